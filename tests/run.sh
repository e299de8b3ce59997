#!/bin/sh
# The planmark test harness.  Each tests/*.t file holds cases:
#
#   === name
#   $ command, run by sh from the project root with the tools on PATH
#   < a line of standard input ("<" alone: an empty line)
#   > a line of expected standard output
#   ! a line of expected standard error
#   ? expected exit status (0 when absent)
#
# Standard output, standard error and the exit status must all match.
# A case whose command exits 77 (and expects otherwise) is skipped.
# BIN names the directory of the tools (default bin); WRAP, when set,
# runs every tool under it (valgrind).  Arguments: case files to run.
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
bin=$root/${BIN:-bin}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/planmark-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
path=$bin
if [ -n "$WRAP" ]; then
	mkdir "$tmp/wrap"
	for t in "$bin"/*; do
		printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$WRAP" "$t" \
		    >"$tmp/wrap/${t##*/}"
		chmod +x "$tmp/wrap/${t##*/}"
	done
	path=$tmp/wrap
fi
# The project's own history is no test's baseline: git looks for a
# repository no higher than the root (planweek runs git in a plan's
# directory, and finds its baseline there by itself).
GIT_CEILING_DIRECTORIES=$root
export GIT_CEILING_DIRECTORIES
passed=0 failed=0 skipped=0

run_case() {
	[ -n "$name" ] || return 0
	(cd "$root" && PATH="$path:$PATH" TMP="$tmp/scratch" \
	    sh -c "$cmd" <"$tmp/in" >"$tmp/out" 2>"$tmp/err")
	st=$?
	if [ "$st" = 77 ] && [ "$want" != 77 ]; then
		skipped=$((skipped + 1))
		echo "skip: $file: $name"
	elif [ "$st" = "$want" ] && cmp -s "$tmp/out" "$tmp/want_out" &&
	    cmp -s "$tmp/err" "$tmp/want_err"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL: $file: $name"
		echo "  \$ $cmd"
		[ "$st" = "$want" ] || echo "  exit status $st, expected $want"
		diff -u "$tmp/want_out" "$tmp/out" | sed '1,2d; s/^/  stdout /'
		diff -u "$tmp/want_err" "$tmp/err" | sed '1,2d; s/^/  stderr /'
	fi
	rm -rf "$tmp/scratch"
	mkdir "$tmp/scratch"
}

new_case() {
	name=$1 cmd= want=0
	: >"$tmp/in"; : >"$tmp/want_out"; : >"$tmp/want_err"
}

mkdir "$tmp/scratch"
[ $# -gt 0 ] || set -- "$root"/tests/*.t
for casefile in "$@"; do
	file=${casefile#"$root"/}
	name=
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		"=== "*) run_case; new_case "${line#=== }" ;;
		'$ '*) cmd=${line#\$ } ;;
		'<') echo >>"$tmp/in" ;;
		'< '*) printf '%s\n' "${line#< }" >>"$tmp/in" ;;
		'>') echo >>"$tmp/want_out" ;;
		'> '*) printf '%s\n' "${line#> }" >>"$tmp/want_out" ;;
		'!') echo >>"$tmp/want_err" ;;
		'! '*) printf '%s\n' "${line#! }" >>"$tmp/want_err" ;;
		'? '*) want=${line#? } ;;
		''|'#'*) ;;
		*) echo "$file: bad line: $line"; failed=$((failed + 1)) ;;
		esac
	done <"$casefile"
	run_case
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
