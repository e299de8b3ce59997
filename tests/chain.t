# Chains that keep their meaning: plangoals -f markdown writes after each
# heading and goal a marker of where it and its milestones were written
# (plan(5), PLACES), and every tool that reads the plan again reports
# those places.  The round trip of every plan, places and all, is in
# tests/plangoals.t.

=== the README's chain: planstat names each goal's file and line, as it does reading the plans
$ plangoals -f markdown samples/career.md samples/team-okrs.md | planstat -f json --today 2026-11-23 | jq -r 'select(.type == "goal") | "\(.file):\(.line): \(.title)"' >$TMP/chain; planstat -f json --today 2026-11-23 samples/career.md samples/team-okrs.md | jq -r 'select(.type == "goal") | "\(.file):\(.line): \(.title)"' | cmp - $TMP/chain && grep -c '^samples/' $TMP/chain
> 11

=== after a chain plangoals, planstat, planweek and plancheck show the places of the first files (b.md's preamble milestone joins a.md's last goal, as without markers)
$ cd $TMP && printf '# Plan\n\n## Goal: Ship it by 2026-12-01\n\n- [ ] a due:2026-11-01\n  - [x] b done:2026-11-20\n- [ ] c due:2026-11-25\n\n# Goal: other\n- [ ] d\n' >a.md && printf -- '- [ ] pre\n\n# B plan\n\n- Goal: learn\n  - [ ] x due:2026-11-24\n' >b.md && plangoals -s open -f markdown a.md b.md >c.md && for t in plangoals planstat planweek plancheck; do echo "$t:"; $t --today 2026-11-23 <c.md; done
> plangoals:
> a.md:3:  goal 0/2 0%  Ship it by 2026-12-01  deadline:2026-12-01
> a.md:5:    [ ] a  due:2026-11-01  overdue
> a.md:7:    [ ] c  due:2026-11-25
> a.md:9:  goal 0/2 0%  other
> a.md:10:   [ ] d
> b.md:1:    [ ] pre
> b.md:5:  goal 0/1 0%  learn
> b.md:6:      [ ] x  due:2026-11-24
> planstat:
> a.md:3:      Ship it by 2026-12-01  0/2   0% [--------------------]  at-risk       deadline:2026-12-01 (+8d) overdue:1 next:2026-11-25 c
> a.md:9:    other                    0/2   0% [--------------------]  not-started
> b.md:5:      learn                  0/1   0% [--------------------]  not-started   next:2026-11-24 x
> <stdin>:1: (file total)             0/5   0% [--------------------]  total         overdue:1 next:2026-11-24 x
> planweek:
> Week 2026-W47 (2026-11-16 to 2026-11-22): <stdin>
> 0 milestones completed; 0% done (+0); last 8 weeks: ________ (0 0 0 0 0 0 0 0)
>
> Due next (2026-11-23 to 2026-11-29)
>   b.md:6: x (due 2026-11-24) - learn
>   a.md:7: c (due 2026-11-25) - Ship it by 2026-12-01
>
> Overdue
>   a.md:5: a (due 2026-11-01, 22 days late) - Ship it by 2026-12-01
>
> Stalled goals
>   a.md:3: Ship it by 2026-12-01 (0%)
>   a.md:9: other (0%)
>   b.md:5: learn (0%)
>
> Deadlines in the next 30 days
>   a.md:3: Ship it by 2026-12-01 (deadline 2026-12-01, in 8 days, 0%)
> plancheck:
> a.md:5:3: warning: milestone is overdue (due 2026-11-01) [plan-milestone-overdue]
> a.md:9:1: info: one-word title "other"; say what about it you want to achieve [S-title-short]
> a.md:9:1: error: no deadline for "other": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
> b.md:5:3: info: one-word title "learn"; say what about it you want to achieve [S-title-short]
> b.md:5:3: error: no deadline for "learn": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
? 1

=== a chain of chains, and plantally between, keep the places
$ cd $TMP && printf '## Goal: Ship it by 2026-12-01\n\ntext\n\n- [ ] a\n- [x] b\n' >a.md && plangoals -f markdown a.md | plangoals -f markdown | plantally | plangoals
> a.md:1: goal 1/2 50%  Ship it by 2026-12-01  deadline:2026-12-01
> a.md:5:   [ ] a
> a.md:6:   [x] b

=== a file name with a space, '%' or '>' is percent-encoded in the marker and read back as it was
$ cd $TMP && printf '# Goal: g\n- [ ] a\n' >'we ird%>.md' && plangoals -f markdown -- 'we ird%>.md' | tee m.md | grep -c 'planmark: we%20ird%25%3E.md:1 2 -->'; plangoals -f json <m.md | jq -r '"\(.file):\(.line) \(.milestones[0].line)"'
> 1
> we ird%>.md:1 2

=== a plan from standard input has no place to name: no marker
$ printf '# Goal: g\n- [ ] a\n' | plangoals -f markdown
>
> # Goal: g
>
> - [ ] a

=== markers that are not whole, or name too many milestones, are passed over
$ printf '<!-- planmark: x -->\n<!-- planmark: :3 -->\n<!-- planmark: a:b 4 -->\n# Goal: t\n<!-- planmark: q.md:99999999999999999999 1 2 -->\n- [ ] x\n<!-- planmark: q.md:0 7 8 9 -->\n- [ ] y\n' | plangoals
> <stdin>:4: goal 0/2 0%  t
> <stdin>:6:   [ ] x
> q.md:7:      [ ] y

=== a chained career plan is no career plan: its Markdown keeps the section headings but not their items, and plancheck gives no plan-level finding on what was left out
$ plangoals -s open -f markdown samples/career.md | plancheck --today 2026-11-23 -l info; echo "$?"; plangoals -f markdown samples/career.md | planstat --by area --today 2026-11-23 | wc -l
> 0
> 0
