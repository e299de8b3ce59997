#!/bin/sh
# hostile.sh CASE: generate a pathological input (into $TMP, never into
# the repository) and run every tool on it, comparing each tool's wall
# time and peak memory with a bare libcmark parse-and-walk of the same
# bytes (build/bench/bare, timed by build/bench/runstat).  A tool passes
# when it exits 0 or 1 with time <= TF * bare + 1 s and peak memory <=
# MF * bare + 64 MiB (TF 10, MF 4; twice bare for planweek -b and
# plandiff, which parse two versions): a generous bound that still
# catches anything quadratic of planmark's own.  Prints nothing on
# success; on failure the measurements, and exits 1.
#
# Sizes: as the issue names them (100 000 nested quotes, a 50 MB line,
# a million goals, ...) divided by HOSTILE_DIV: by default 1, and 10 when
# the tools are the sanitizer build (BIN=bin-asan), whose factors are
# larger too (TF 40, MF 12, 2 s); the three slowest cases run at a
# quarter unless HOSTILE_FULL=1 (see big() below).  Under valgrind (WRAP
# set) the cases are skipped (exit 77).  HOSTILE_LOG names a file to
# append every measurement to (for the report).
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
bin=$root/${BIN:-bin}
b=$root/build/bench
[ -z "$WRAP" ] || exit 77
if [ ! -x "$b/bare" ] || [ ! -x "$b/runstat" ] || [ ! -x "$b/flood" ]; then
	make -s -C "$root" build/bench/bare build/bench/runstat \
	    build/bench/flood >&2 || exit 2
fi
tf=10 mf=4 div=${HOSTILE_DIV:-1} slack=1
case ${BIN:-bin} in
*asan*) tf=40 mf=12 div=${HOSTILE_DIV:-10} slack=2 ;;
esac
tmp=${TMP:-$(mktemp -d)}
mkdir -p "$tmp" || exit 2
doc=$tmp/hostile.md
n() { echo $(($1 / div)); }	# a size, scaled
# The three slowest cases (a million items or goals: 4 s a parse here)
# run at a quarter of the size in the suite; HOSTILE_FULL=1 runs them whole.
big() { if [ -n "$HOSTILE_FULL" ]; then n "$1"; else n $(($1 / 4)); fi; }

gen() {
	case $1 in
	quotes)		# 100 000 nested block quotes, a milestone inside
		awk -v n="$(n 100000)" 'BEGIN { for (i = 0; i < n; i++)
		    printf "> "; print "- [ ] deep due:2026-12-01" }' ;;
	lists)		# 100 000 nested list items on one line
		awk -v n="$(n 100000)" 'BEGIN { for (i = 0; i < n; i++)
		    printf "- "; print "[ ] Goal: deep by 2026-12" }' ;;
	tasks)		# 1 000 000 task items in one list
		echo "# Goal: many milestones by 2027"
		awk -v n="$(big 1000000)" 'BEGIN { for (i = 0; i < n; i++)
		    printf "- [%s] task %d due:2026-12-%02d\n",
		    i % 3 ? " " : "x", i, i % 28 + 1 }' ;;
	line)		# a 50 MB single line in a task item
		printf '# Goal: long\n- [ ] '
		yes 'lorem ipsum 2026-11-23 due:2026-12-01' |
		    head -c "$(n 50000000)" | tr '\n' ' ' ;;
	heading)	# a 1 MB heading
		printf '# Goal: '
		yes 'a heading by Q4 2026' | head -c "$(n 1000000)" |
		    tr '\n' ' '
		printf '\n- [ ] one\n' ;;
	nul)		# 10 MB of NUL bytes
		head -c "$(n 10000000)" /dev/zero ;;
	utf8)		# invalid UTF-8 throughout
		awk -v n="$(big 200000)" 'BEGIN { for (i = 0; i < n; i++)
		    printf "## Goal: \377\376 %d \300\200 by 2026-12\n" \
		    "- [ ] \355\240\200 x \364\220\200\200 due:2026-12-01\n" \
		    "  \342\202 [due:: \3602026-13-01]\n", i }' ;;
	tree)		# 10 000 headings climbing and falling through levels
			# 1..6, then 2 000 nested goal list items
		awk -v n="$(n 10000)" -v m="$(n 2000)" 'BEGIN {
		    for (i = 0; i < n; i++) {
			l = i % 10; if (l > 5) l = 10 - l
			for (j = 0; j <= l; j++) printf "#"
			printf " Goal: level %d #%d\n- [ ] m%d\n", l + 1, i, i
		    }
		    print ""
		    for (i = 0; i < m; i++) {
			for (j = 0; j < i; j++) printf "  "
			printf "- Goal: item %d\n", i
		    } }' ;;
	goals)		# a million goals
		awk -v n="$(big 1000000)" 'BEGIN { for (i = 0; i < n; i++)
		    printf "- Goal: goal %d by 2027-%02d\n", i, i % 12 + 1 }' ;;
	links)		# libcmark 0.30 quadratic: ![[]() repeated (bounded)
		awk -v n="$(n 8000)" 'BEGIN { for (i = 0; i < n; i++)
		    printf "![[]()"; print "" }' ;;
	blanks)		# libcmark 0.30 quadratic: blank lines in nested
			# list items (bounded)
		awk -v n="$(n 1500)" 'BEGIN { for (i = 0; i < n; i++) {
		    for (j = 0; j < i; j++) printf "  "
		    printf "- [ ] item %d\n\n", i } }' ;;
	flood)		# 131 072 milestone texts in one bucket of the old
			# unkeyed hash (issue 16: quadratic matching)
		"$b/flood" "$(n 131072)" ;;
	*)	echo "hostile.sh: no case $1" >&2; exit 2 ;;
	esac
}

measure() {	# measure NAME CMD...: sets t and m
	name=$1; shift
	out=$("$b/runstat" "$@" 2>"$tmp/err")
	st=$?
	set -- $out	# wall seconds, peak KiB, user and system seconds
	t=$1 m=$2
	if [ "$st" -gt 1 ] || [ -z "$out" ]; then
		echo "hostile $case: $name: exit status $st" >&2
		head -5 "$tmp/err" >&2
		fail=1
	fi
}

case=$1
gen "$case" >"$doc" || exit 2
size=$(wc -c <"$doc")
measure bare "$b/bare" "$doc"
bt=$t bm=$m fail=0
cp "$doc" "$tmp/old.md"
for tool in plangoals planstat planweek plantally plancheck plandiff; do
	[ -x "$bin/$tool" ] || continue
	k=1	# documents the tool parses: its bound is k bare parses
	case $tool in
	planweek) set -- "$bin/$tool" --today 2026-11-23 -b "$doc" "$doc"; k=2 ;;
	plandiff) set -- "$bin/$tool" "$tmp/old.md" "$doc"; k=2 ;;
	*) set -- "$bin/$tool" "$doc" ;;
	esac
	measure "$tool" "$@"
	ok=$(awk -v t="$t" -v m="$m" -v bt="$bt" -v bm="$bm" -v tf="$tf" \
	    -v mf="$mf" -v s="$slack" -v k="$k" 'BEGIN {
	    ok = t <= tf * k * bt + s && m <= mf * k * bm + 65536; print ok }')
	line=$(awk -v c="$case" -v z="$size" -v n="$tool" -v t="$t" \
	    -v m="$m" -v bt="$bt" -v bm="$bm" 'BEGIN {
	    r = 0; if (bt >= 0.001) r = t / bt
	    fmt = "%-8s %10d bytes %-10s %7.3fs (bare %6.3fs, x%5.2f)"
	    fmt = fmt " %8d KiB (bare %7d, x%5.2f)"
	    printf fmt "\n", c, z, n, t, bt, r, m, bm, m / bm }')
	[ -z "$HOSTILE_LOG" ] || echo "$line" >>"$HOSTILE_LOG"
	if [ "$ok" != 1 ]; then
		echo "hostile: too slow or too big: $line" >&2
		fail=1
	fi
done
rm -f "$doc" "$tmp/old.md"
exit $fail
