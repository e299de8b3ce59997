#!/bin/sh
# The man pages as people read them: mandoc -Tlint finds nothing, and
# the rendered text has no empty quotes.  `.Sq [ ] ,` renders as [‘’]:
# mdoc takes a lone [ and ] as delimiters, not as the quoted text (write
# `.Sq "[ ]"`).  Arguments: the pages.  Prints what it finds, exits 1.
st=0
out=$(mandoc -Tlint -Wwarning "$@" 2>&1)
[ -z "$out" ] || { printf '%s\n' "$out"; st=1; }
out=$(for f in "$@"; do
	mandoc -Tutf8 "$f" | grep -n '‘’\|“”' |
	    sed "s|^\([0-9]*\):[[:space:]]*|$f: rendered line \1: empty quotes: |"
done)
[ -z "$out" ] || { printf '%s\n' "$out"; st=1; }
exit $st
