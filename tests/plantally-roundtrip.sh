#!/bin/sh
# plantally's byte-exact round trip on plan files (default: samples/ and
# the corpus beside the project).  For each file: take the file with any
# tallies it holds removed (base); plantally's output on base, with the
# tallies removed again, must be base byte for byte; a second run must
# change nothing; and --check must pass on the output.  Exits 77 (the
# harness's "skipped") when the corpus is asked for and absent.
corpus=${CORPUS:-../shared/corpus}
if [ $# -eq 0 ]; then
	if [ ! -d "$corpus" ]; then
		echo "plantally-roundtrip: no $corpus: skipped" >&2
		exit 77
	fi
	set -- "$corpus"/*
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plantally-rt.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
strip() {
	LC_ALL=C sed -E 's/[ 	]\[[0-9]*\/[0-9]*( [0-9]*%)?\]//g;
	    s/[ 	]\[[0-9]*%\]//g' "$1"
}
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	strip "$f" >"$tmp/base"
	if ! plantally "$tmp/base" >"$tmp/out" ||
	    ! plantally "$tmp/out" >"$tmp/again"; then
		echo "$f: plantally failed"
		bad=$((bad + 1))
		continue
	fi
	strip "$tmp/out" >"$tmp/back"
	if ! cmp -s "$tmp/base" "$tmp/back"; then
		echo "$f: output minus tallies differs from the input"
		bad=$((bad + 1))
	elif ! cmp -s "$tmp/out" "$tmp/again"; then
		echo "$f: a second run changes the output"
		bad=$((bad + 1))
	elif ! plantally --check "$tmp/out" >/dev/null; then
		echo "$f: --check fails on the output"
		bad=$((bad + 1))
	fi
done
# Quiet when all is well; no file at all is not well.
[ "$n" -gt 0 ] || { echo "no files"; exit 1; }
[ "$bad" = 0 ]
