#!/bin/sh
# make fuzz: run each libFuzzer target for FUZZ_SECONDS (default 60) on a
# corpus seeded from samples/, tests/data/ and ../shared/corpus/ (copied
# into the build directory at run time, never into the repository).
# Arguments: the build directory, then the targets.  A crash leaves its
# input in DIR/crashes/ and makes the run fail.  FUZZ_RUNS=N runs each
# target N times instead (make fuzz-runs), FUZZ_MAX_LEN caps an input.
secs=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:+-runs=$FUZZ_RUNS}
maxlen=${FUZZ_MAX_LEN:-65536}
[ -n "$runs" ] && secs=0
dir=$1; shift
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 2
mkdir -p "$dir/crashes" || exit 2
seed() {	# seed DIR: the plan documents we know
	mkdir -p "$1"
	for f in "$root"/samples/*.md "$root"/tests/data/* \
	    "$root"/../shared/corpus/*.md; do
		[ -f "$f" ] && cp "$f" "$1/"
	done
}
seed_date() {	# seed DIR: one date form a file
	mkdir -p "$1"
	i=0
	for s in 2026-11-23 2026-11 2026-Q4 'Q4 2026' 2026-W48 \
	    'November 2026' 'end of 2026' 2026 2026-02-30 \
	    'due:2026-11-23' '📅 2026-11-23' '[due:: 2026-11-23]' \
	    '✅ 2026-01-01 🛫 2025-12-01 ⏳ 2026-02-01' \
	    'by end of Q3 2027' 'deadline: 2026-W53' 'until March 2027'; do
		printf '%s' "$s" >"$1/seed$i"
		i=$((i + 1))
	done
}
status=0
for t; do
	name=${t##*/}
	corpus=$dir/corpus/$name
	if [ ! -d "$corpus" ]; then
		case $name in
		fuzz_date) seed_date "$corpus" ;;
		fuzz_diff)	# pairs: a sample, NUL, the same sample edited
			seed "$corpus"
			for f in "$corpus"/*; do
				{ cat "$f"; printf '\0'; sed 's/\[ \]/[x]/' "$f"; } \
				    >"$f.pair" && mv "$f.pair" "$f"
			done ;;
		fuzz_rules)	# 0 and a rules file, 1 and a plan
			mkdir -p "$corpus"
			for f in "$root"/src/*.rules "$root"/samples/*.rules \
			    "$root"/tests/data/*.rules; do
				[ -f "$f" ] || continue
				{ printf '\0'; cat "$f"; } \
				    >"$corpus/r-${f##*/}"
			done
			seed "$corpus.plans"
			for f in "$corpus.plans"/*; do
				{ printf '\1'; cat "$f"; } \
				    >"$corpus/p-${f##*/}"
			done
			rm -rf "$corpus.plans" ;;
		*) seed "$corpus" ;;
		esac
	fi
	dict=; [ -f "$root/tests/fuzz/${name#fuzz_}.dict" ] &&
	    dict=-dict="$root/tests/fuzz/${name#fuzz_}.dict"
	"$t" $dict $runs -max_total_time="$secs" -timeout=20 \
	    -rss_limit_mb=2048 -max_len="$maxlen" -print_final_stats=1 \
	    -artifact_prefix="$dir/crashes/$name-" "$corpus" \
	    >"$dir/$name.log" 2>&1
	st=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' \
	    "$dir/$name.log")
	if [ "$st" = 0 ]; then
		if [ -n "$runs" ]; then
			echo "$name: ${execs:-?} runs, no crash"
		else
			echo "$name: ${execs:-?} runs in ${secs}s, no crash"
		fi
	else
		echo "$name: FAILED (exit $st) after ${execs:-?} runs; see $dir/$name.log"
		grep -m3 'ERROR\|SUMMARY\|Test unit written' "$dir/$name.log"
		status=1
	fi
done
exit $status
