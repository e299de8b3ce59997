#!/bin/sh
# planmark's milestone counts against cmark-gfm's (GitHub's parser) on the
# real-world corpus beside the project.  [ ] and [x] items must match
# cmark-gfm's count of task items and of checked ones, except where
# tests/corpus-diff.tsv says planmark differs on purpose, and why; [/]
# and [-] are planmark's own and left out of the comparison.
corpus=${CORPUS:-../shared/corpus}
diffs=tests/corpus-diff.tsv
if [ ! -f "$corpus/EXPECTED.tsv" ]; then
	echo "corpus: no $corpus/EXPECTED.tsv: skipped" >&2
	exit 77
fi
tab=$(printf '\t')
n=0 same=0 bad=0
tail -n +2 "$corpus/EXPECTED.tsv" | {
while IFS=$tab read -r f tasks checked q1 q2; do
	n=$((n + 1))
	row=$(grep -F "$f$tab" "$diffs" | head -n 1)
	dt=0 dd=0 why=
	[ -n "$row" ] && IFS=$tab read -r _ dt dd why <<-EOT
	$row
	EOT
	if ! json=$(plangoals -f json "$corpus/$f"); then
		echo "$f: plangoals failed"
		bad=$((bad + 1))
		continue
	fi
	got=$(printf '%s\n' "$json" | jq -r -s \
	    '"\(map(.open + .done) | add // 0) \(map(.done) | add // 0)"')
	want="$((tasks + dt)) $((checked + dd))"
	if [ "$got" != "$want" ]; then
		echo "$f: planmark $got, expected $want (cmark-gfm $tasks $checked)"
		bad=$((bad + 1))
	elif [ -n "$why" ]; then
		echo "$f: differs on purpose ($dt tasks, $dd done): $why"
	else
		same=$((same + 1))
	fi
done
echo "$n files: $same as cmark-gfm, $((n - same - bad)) differ as declared, $bad wrong"
[ "$bad" = 0 ]
}
