#!/bin/sh
# make bench: each tool against a bare libcmark parse-and-walk of the same
# generated document, best of RUNS runs, as time and peak memory ratios.
# BENCH_MB sets the document's size (default 100).
mb=${BENCH_MB:-100} runs=${RUNS:-3}
b=build/bench
doc=tests/bench/data/plan-${mb}m.md
mkdir -p tests/bench/data
[ -s "$doc" ] || $b/gen "$mb" >"$doc" || exit 2
best() {	# best time and the memory of that run, over $runs runs
	i=0 bt= bm=
	while [ $i -lt "$runs" ]; do
		# plancheck exits 1 when it finds something: that is no failure.
		out=$($b/runstat "$@")
		[ $? -le 1 ] || { echo "bench: $* failed" >&2; exit 2; }
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
row "plancheck -f json" bin/plancheck -f json "$doc"
