#!/bin/sh
# make bench: each tool against a bare libcmark parse-and-walk of the same
# generated document, best of RUNS runs, as ratios of wall time, user CPU
# time and peak memory.
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
# The best of $runs runs by wall time: "wall peak user sys" of that run.
# Wall time on a shared machine swings with the kernel's page-fault cost;
# user CPU time shows the work the program itself does.
best() {
	i=0 bestrun=
	while [ $i -lt "$runs" ]; do
		out=$($b/runstat "$@")
		# ok: the highest exit status that is not a failure (diff: 1)
		[ $? -le "${ok:-0}" ] || { echo "bench: $* failed" >&2; exit 2; }
		bestrun=$(printf '%s\n%s\n' "$bestrun" "$out" |
		    awk 'NF && (b == "" || $1 < t) { t = $1; b = $0 } END { print b }')
		i=$((i + 1))
	done
	echo "$bestrun"
}
printf '%-26s %8s %8s %10s %6s %6s %6s\n' "$(wc -c <"$doc") bytes" wall user \
    "peak KiB" wall× user× mem×
row() {	# the first row, the bare parse, is the base of the ratios
	name=$1; shift
	set -- $(best "$@")
	[ -n "$base_t" ] || base_t=$1 base_m=$2 base_u=$3
	awk -v n="$name" -v t="$1" -v m="$2" -v u="$3" -v bt="$base_t" \
	    -v bm="$base_m" -v bu="$base_u" 'BEGIN {
		printf "%-26s %8.2f %8.2f %10d %6.2f %6.2f %6.2f\n", n, t, u, m,
		    t / bt, u / bu, m / bm }'
}
row "bare libcmark parse+walk" $b/bare "$doc"
row "plangoals -f json" bin/plangoals -f json "$doc"
row "planstat -f json" bin/planstat -f json "$doc"
ok=1
row "plancheck -f json" bin/plancheck -f json "$doc"
row "plandiff OLD NEW" bin/plandiff "$doc" "$doc2"
ok=0
