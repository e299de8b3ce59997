# Colour and Unicode: --color=auto|always|never in every tool; auto gives
# colour to a terminal unless NO_COLOR is set and not empty or TERM is
# dumb; Unicode bars only to a terminal in a UTF-8 locale.  Pipes get
# plain ASCII, as before.  The terminal is script(1)'s pseudo-terminal.

=== plancheck colours its levels with --color=always, as compilers do
$ printf '# Goal: A by 2026-01-01\n- [ ] b\n' >$TMP/c.md && plancheck --color=always --today 2026-11-23 $TMP/c.md | sed -n 1p | sed "s|$TMP/||" | od -c | sed -n 1,2p | sed 's/  */ /g'
> 0000000 c . m d : 1 : 1 : 033 [ 3 3 m w
> 0000020 a r n i n g : 033 [ 0 m g o a l

=== --color=never and a pipe: no escapes from any tool
$ printf '# Goal: A by 2026-01-01\n- [ ] b due:2026-02-01\n' >$TMP/c.md && cd $TMP && { plancheck --color=never c.md; plangoals --color=never --today 2026-11-23 c.md; planstat --today 2026-11-23 c.md; planweek --today 2026-11-23 c.md; } | tr -dc '\033' | wc -c
> 0

=== an unknown --color word
$ planstat --color=sometimes
! planstat: unknown --color 'sometimes' (auto, always, never)
? 2

=== a terminal gets colour and Unicode bars; an empty NO_COLOR does not turn colour off
$ command -v script >/dev/null || exit 77; printf '# Goal: A by 2026-01-01\n- [x] a\n- [ ] b\n' >$TMP/c.md && NO_COLOR= LC_ALL=C.UTF-8 TERM=xterm script -qec "planstat --today 2026-11-23 $TMP/c.md" /dev/null >$TMP/out; grep -c "$(printf '\033\\[31m')overdue" $TMP/out; grep -c "$(printf '\342\226\210')" $TMP/out
> 1
> 2

=== NO_COLOR=1 turns colour off at a terminal, bars stay
$ command -v script >/dev/null || exit 77; printf '# Goal: A by 2026-01-01\n- [x] a\n- [ ] b\n' >$TMP/c.md && NO_COLOR=1 LC_ALL=C.UTF-8 TERM=xterm script -qec "planstat --today 2026-11-23 $TMP/c.md" /dev/null >$TMP/out; tr -dc '\033' <$TMP/out | wc -c; grep -c "$(printf '\342\226\210')" $TMP/out
> 0
> 2

=== TERM=dumb: no colour, ASCII bars
$ command -v script >/dev/null || exit 77; printf '# Goal: A by 2026-01-01\n- [x] a\n- [ ] b\n' >$TMP/c.md && LC_ALL=C.UTF-8 TERM=dumb script -qec "planstat --today 2026-11-23 $TMP/c.md" /dev/null >$TMP/out; tr -dc '\033' <$TMP/out | wc -c; grep -c '\[##########----------\]' $TMP/out
> 0
> 2

=== a locale that is not UTF-8: ASCII bars at a terminal
$ command -v script >/dev/null || exit 77; printf '# Goal: A by 2026-01-01\n- [x] a\n- [ ] b\n' >$TMP/c.md && LC_ALL=C LANG= TERM=xterm script -qec "planstat --today 2026-11-23 $TMP/c.md" /dev/null >$TMP/out; grep -c '\[##########----------\]' $TMP/out
> 2
