# Made for the terminal: at a terminal the text reports of plangoals,
# planstat, planweek and plandiff fit its width ($COLUMNS, else the
# terminal's own size), cut at display columns, where East Asian wide
# characters and emoji take two and combining marks none.  Pipes get
# exactly the output they always had: tests/data/wide/*.out were written
# by the tools before any of this.  The terminal is script(1)'s
# pseudo-terminal; colstest (tests/unit/colstest.c) measures what it
# shows.

=== display columns of code points: ASCII, CJK, emoji, combining, zero-width, fullwidth, Hangul
$ colstest code 41 E9 4E00 AC00 1F680 1F389 301 200B 200D FE0F AD FF21 3000 1160 20000
> 41 1
> E9 1
> 4E00 2
> AC00 2
> 1F680 2
> 1F389 2
> 301 0
> 200B 0
> 200D 0
> FE0F 0
> AD 1
> FF21 2
> 3000 2
> 1160 0
> 20000 2

=== display columns of lines: colour escapes count none, text_escape's escapes their length
$ printf 'abc\n\350\250\210\347\224\273 2026\n\033[31mred\033[0m\ne\314\201\n\\u202E\\x1B\n\360\237\232\200!\n' | colstest cols
> 3
> 9
> 3
> 1
> 10
> 3

=== a cut never splits a character, an escape or a base and its combining mark
$ { printf '\350\250\210\347\224\273\nab\\u202Ecd\nab\\x1Bcd\ne\314\201x\n\033[1mab\n' | colstest cut 3 && printf 'ab\\u202Ecd\n' | colstest cut 8 && printf 'e\314\201x\n' | colstest cut 1; } | sed "s/$(printf '\314\201')/<U+0301>/" | tr '\033' '~'
> 計 | 2
> ab | 2
> ab | 2
> e<U+0301>x | 2
> ~[1mab | 2
> ab\u202E | 8
> e<U+0301> | 1

=== into a pipe the four tools write what they always did, whatever COLUMNS says
$ cd tests/data/wide && for c in '' 40; do COLUMNS=$c plangoals --today 2026-11-23 wide.md | cmp - plangoals.out && COLUMNS=$c planstat --today 2026-11-23 wide.md wide-new.md | cmp - planstat.out && COLUMNS=$c planweek --today 2026-11-23 -b wide.md wide-new.md | cmp - planweek.out && { COLUMNS=$c plandiff wide.md wide-new.md | cmp - plandiff.out; } && echo same; done
> same
> same

=== the pipe output is wider than the terminals below: the fitting is what makes them fit
$ cd tests/data/wide && { plangoals --today 2026-11-23 wide.md; planstat --today 2026-11-23 wide.md wide-new.md; planweek --today 2026-11-23 -b wide.md wide-new.md; plandiff wide.md wide-new.md; } | colstest max
> 239

=== COLUMNS=80 at a terminal: no line of the four tools is wider
$ command -v script >/dev/null || exit 77; cd tests/data/wide && COLUMNS=80 LC_ALL=C.UTF-8 TERM=xterm NO_COLOR= script -qec 'plangoals --today 2026-11-23 wide.md; planstat --today 2026-11-23 wide.md wide-new.md; planweek --today 2026-11-23 -b wide.md wide-new.md; plandiff wide.md wide-new.md' $TMP/ts | tr -d '\r' >$TMP/out; colstest max <$TMP/out; grep -c '…' $TMP/out
> 80
> 23

=== COLUMNS=120 at a terminal: no line of the four tools is wider
$ command -v script >/dev/null || exit 77; cd tests/data/wide && COLUMNS=120 LC_ALL=C.UTF-8 TERM=xterm NO_COLOR= script -qec 'plangoals --today 2026-11-23 wide.md; planstat --today 2026-11-23 wide.md wide-new.md; planweek --today 2026-11-23 -b wide.md wide-new.md; plandiff wide.md wide-new.md' $TMP/ts | tr -d '\r' | colstest max
> 120

=== no COLUMNS: the terminal's own size (stty cols), for each tool
$ command -v script >/dev/null || exit 77; cd tests/data/wide && for t in 'plangoals --today 2026-11-23 wide.md' 'planstat --today 2026-11-23 wide.md wide-new.md' 'planweek --today 2026-11-23 -b wide.md wide-new.md' 'plandiff wide.md wide-new.md'; do env -u COLUMNS LC_ALL=C.UTF-8 TERM=xterm script -qec "stty cols 70; $t" $TMP/ts | tr -d '\r' | colstest max; done
> 70
> 69
> 70
> 70

=== a COLUMNS that is not a positive number is passed over for the terminal's size
$ command -v script >/dev/null || exit 77; cd tests/data/wide && for c in 0 -5 abc 80x; do COLUMNS=$c LC_ALL=C.UTF-8 TERM=xterm script -qec "stty cols 60; plangoals --today 2026-11-23 wide.md" $TMP/ts | tr -d '\r' | colstest max; done
> 60
> 60
> 60
> 60

=== a locale that is not UTF-8 cuts with "...", as it draws ASCII bars
$ command -v script >/dev/null || exit 77; cd tests/data/wide && COLUMNS=80 LC_ALL=C LANG= TERM=xterm script -qec 'planstat --today 2026-11-23 wide.md' $TMP/ts | tr -d '\r' >$TMP/out; colstest max <$TMP/out; grep -c '\.\.\.' $TMP/out; grep -c "$(printf '\342\200\246')" $TMP/out || :
> 80
> 5
> 0

=== at a terminal planstat's columns line up by display columns, CJK titles and all
$ command -v script >/dev/null || exit 77; cd tests/data/wide && for c in 80 120; do COLUMNS=$c LC_ALL=C.UTF-8 TERM=xterm script -qec 'planstat --today 2026-11-23 wide.md' $TMP/ts | tr -d '\r' >$TMP/out; colstest at % <$TMP/out | uniq | wc -l; colstest at ' total' <$TMP/out | grep -v - | uniq | wc -l; done
> 1
> 1
> 1
> 1

=== at a terminal plangoals' titles and texts are cut with an ellipsis, the places and dates after them kept
$ command -v script >/dev/null || exit 77; cd tests/data/wide && COLUMNS=60 LC_ALL=C.UTF-8 NO_COLOR=1 script -qec 'plangoals --today 2026-11-23 wide.md' $TMP/ts | tr -d '\r' | sed -n '1,3p;9p'
> wide.md:3:  goal 1/3 33%  新しいウェブ…  deadline:2026-12-31
> wide.md:5:    [x] デザイン…  due:2026-10-01  done:2026-10-02
> wide.md:6:    [ ] トップページを書…  due:2026-11-20  overdue
> wide.md:16:   [ ] one thing with a…  due:2026-10-15  overdue

=== at a terminal JSON, Markdown and plancheck's diagnostics are never cut
$ command -v script >/dev/null || exit 77; cd tests/data/wide && COLUMNS=40 LC_ALL=C.UTF-8 NO_COLOR=1 script -qec 'plangoals -f json --today 2026-11-23 wide.md; planstat -f markdown --today 2026-11-23 wide.md; plancheck --today 2026-11-23 wide.md' $TMP/ts | tr -d '\r' >$TMP/out; { plangoals -f json --today 2026-11-23 wide.md; planstat -f markdown --today 2026-11-23 wide.md; plancheck --today 2026-11-23 wide.md; } | cmp - $TMP/out && echo whole
> whole

=== the four man pages say the same of COLUMNS
$ for t in plangoals planstat planweek plandiff; do mandoc -Tutf8 man/$t.1 | col -b | awk '/^ENVIRONMENT/ { on = 1; next } /^[A-Z]/ { on = 0 } on' | cksum; done | sort -u | wc -l; mandoc -Tutf8 man/plandiff.1 | col -b | grep -c 'COLUMNS if it is a positive number'
> 1
> 1
