#!/bin/sh
# make bench: each tool against a bare libcmark parse-and-walk of the same
# generated document, best of RUNS runs, as time and peak memory ratios.
# BENCH_MB sets the document's size (default 100).
mb=${BENCH_MB:-100} runs=${RUNS:-3}
b=build/bench
doc=tests/bench/data/plan-${mb}m.md
mkdir -p tests/bench/data
[ -s "$doc" ] || $b/gen "$mb" >"$doc" || exit 2
# A second version with 1% of the milestones changed, in turn: ticked or
# unticked, re-dated, reworded (a removal and an addition), deleted.
doc2=tests/bench/data/plan-${mb}m-1pct.md
[ -s "$doc2" ] || awk 'BEGIN { srand(42) }
/^ *([-*+]|[0-9]+[.)]) \[.\] / && rand() < 0.01 {
	k = n++ % 4
	if (k == 0) { if (!sub(/\[ \]/, "[x]")) sub(/\[.\]/, "[ ]") }
	else if (k == 1) { if (!sub(/due:2026-/, "due:2027-")) $0 = $0 " due:2027-01-15" }
	else if (k == 2) $0 = $0 " (revised)"
	else next
}
{ print }' "$doc" >"$doc2" || exit 2
best() {	# best time and the memory of that run, over $runs runs
	i=0 bt= bm=
	while [ $i -lt "$runs" ]; do
		out=$($b/runstat "$@")
		# ok: the highest exit status that is not a failure (diff: 1)
		[ $? -le "${ok:-0}" ] || { echo "bench: $* failed" >&2; exit 2; }
		t=${out% *} m=${out#* }
		if [ -z "$bt" ] || [ "$(echo "$t < $bt" | bc)" = 1 ]; then
			bt=$t bm=$m
		fi
		i=$((i + 1))
	done
	echo "$bt $bm"
}
set -- $(best $b/bare "$doc"); base_t=$1 base_m=$2
printf '%-34s %8s %10s %7s %7s\n' "$(ls -l "$doc" | awk '{print $5}') bytes" seconds "peak KiB" time mem
printf '%-34s %8s %10s %7s %7s\n' "bare libcmark parse+walk" "$base_t" "$base_m" 1.00 1.00
row() {
	name=$1; shift
	set -- $(best "$@")
	printf '%-34s %8s %10s %7.2f %7.2f\n' "$name" "$1" "$2" \
	    "$(echo "$1 / $base_t" | bc -l)" "$(echo "$2 / $base_m" | bc -l)"
}
row "plangoals -f json" bin/plangoals -f json "$doc"
row "planstat -f json" bin/planstat -f json "$doc"
ok=1
row "plancheck -f json" bin/plancheck -f json "$doc"
row "plandiff OLD NEW" bin/plandiff "$doc" "$doc2"
ok=0
