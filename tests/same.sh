#!/bin/sh
# Output stays the same: every tool, in every format, on samples/, the
# test data and the corpus beside the project, against the checksums in
# tests/same.sum (one line a command: sha256 of its stdout, stderr and
# exit status, then the command).  A change meant to alter output
# updates the list with `sh tests/same.sh -u` and says so in its commit.
# Run from the project root with the tools on PATH.
sums=tests/same.sum
corpus=${CORPUS:-../shared/corpus}
update=0
[ "$1" = -u ] && update=1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/planmark-same.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# The commands, one a line, with FILE for each input.
cmds() {
	for fmt in text json tsv markdown; do
		echo "plangoals --today 2026-11-23 -f $fmt FILE"
	done
	echo "plangoals --today 2026-11-23 -s open FILE"
	echo "plangoals --today 2026-11-23 -s done -f json FILE"
	for fmt in text json sarif; do
		echo "plancheck --today 2026-11-23 -l info -f $fmt FILE"
	done
	echo "plancheck --today 2026-11-23 -s FILE"
	for fmt in text markdown json tsv; do
		echo "planstat --today 2026-11-23 -f $fmt FILE"
	done
	echo "planstat --today 2026-11-23 -S status FILE"
	echo "planstat --today 2026-11-23 -S progress FILE"
	echo "planstat --today 2026-11-23 -S deadline FILE FILE"
	for fmt in text markdown json; do
		echo "planweek --today 2026-11-23 -f $fmt FILE"
		echo "planweek --today 2026-11-23 -f $fmt -b tests/data/diff-old.md FILE"
	done
	echo "planweek --today 2026-12-02 -w 2026-W47 FILE"
	for fmt in text markdown json; do
		echo "plandiff -f $fmt tests/data/diff-old.md FILE"
		echo "plandiff -f $fmt FILE samples/career.md"
	done
	echo "plangoals -G '^(Aim|Ship)' --today 2026-11-23 FILE"
	echo "plangoals -f json - <FILE"
	echo "planstat --today 2026-11-23 - <FILE"
	echo "plantally FILE"
	echo "plantally --percent --check FILE"
	echo "plantally --both --only-marked FILE"
}

inputs() {
	ls samples/*.md tests/data/*.md
	[ -d "$corpus" ] && ls "$corpus"/*.md
}

: >"$tmp/now"
inputs | while IFS= read -r f; do
	# A name with a blank is one operand (quoted in the key too).
	case $f in *" "*) f="'$f'" ;; esac
	cmds | while IFS= read -r c; do
		cmd=$(printf '%s\n' "$c" | sed "s|FILE|$f|g")
		sh -c "$cmd" >"$tmp/o" 2>"$tmp/e"
		echo "exit $?" >>"$tmp/o"
		cat "$tmp/e" >>"$tmp/o"
		sum=$(sha256sum <"$tmp/o" | cut -c1-16)
		# The corpus's place is not the project's: name it by its
		# base name.
		printf '%s %s\n' "$sum" "$(printf '%s' "$cmd" |
		    sed "s|$corpus/|CORPUS/|g")"
	done
done >"$tmp/now"
if [ $update = 1 ]; then
	cp "$tmp/now" "$sums"
	echo "same: $(wc -l <"$sums") outputs written to $sums"
	exit 0
fi
# Corpus lines count only when the corpus is here.
if [ -d "$corpus" ]; then cp "$sums" "$tmp/want"; else
	grep -v ' CORPUS/' "$sums" >"$tmp/want"; fi
if cmp -s "$tmp/want" "$tmp/now"; then
	echo "same: every output as before"
	exit 0
fi
diff "$tmp/want" "$tmp/now" | sed -n 's/^> [0-9a-f]* /changed: /p' | head -20
echo "same: $(diff "$tmp/want" "$tmp/now" | grep -c '^>') of $(wc -l <"$tmp/now") outputs changed"
exit 1
