# planweek: the weekly report.

=== the default period is the last whole ISO week before today (a Monday)
$ printf '# G\n- [ ] b\n' | planweek -f json --today 2026-11-23 | jq -c 'select(.type=="period") | [.since,.until]'
> ["2026-11-16","2026-11-22"]

=== on a Sunday the week still running does not count
$ printf '# G\n- [ ] b\n' | planweek -f json --today 2026-11-22 | jq -c 'select(.type=="period") | [.since,.until]'
> ["2026-11-09","2026-11-15"]

=== across the year boundary into week 53 of 2026
$ printf '# G\n- [x] a done:2026-12-30\n- [x] b done:2027-01-03\n- [x] c done:2027-01-04\n- [ ] d\n' | planweek -f json --today 2027-01-06 | jq -c 'select(.type=="period") | [.since,.until,.completed]'
> ["2026-12-28","2027-01-03",2]

=== -w names a week; 2026 has a week 53
$ printf '# G\n- [x] a done:2026-12-30\n- [ ] d\n' | planweek --today 2027-02-01 -w 2026-W53 | head -n 1
> Week 2026-W53 (2026-12-28 to 2027-01-03): <stdin>

=== -w: week 1 of 2025 starts in 2024
$ printf '# G\n- [ ] d\n' | planweek -f json --today 2025-02-01 -w 2025-W01 | jq -c 'select(.type=="period") | [.since,.until]'
> ["2024-12-30","2025-01-05"]

=== -w: 2027 has no week 53
$ printf '# G\n' | planweek -w 2027-W53
! planweek: -w: '2027-W53' is not a week (YYYY-Www)
? 2

=== --since/--until across a leap day; the next period is as long
$ printf '# G\n- [x] a done:2028-02-29\n- [ ] b due:2028-03-04\n- [ ] c due:2028-03-05\n' | planweek -f json --today 2028-03-02 --since 2028-02-28 --until 2028-03-01 | jq -c '[.type,.since,.until,.completed,.text,.date]'
> ["period","2028-02-28","2028-03-01",1,null,null]
> ["completed",null,null,null,"a","2028-02-29"]
> ["due",null,null,null,"b","2028-03-04"]

=== --since: no February 29 in 2027
$ printf '# G\n' | planweek --since 2027-02-29 --until 2027-03-01
! planweek: --since: '2027-02-29' is not a date (YYYY-MM-DD)
? 2

=== --since after --until
$ printf '# G\n' | planweek --since 2027-03-02 --until 2027-03-01
! planweek: --since 2027-03-02 is after --until 2027-03-01
? 2

=== --since without --until
$ printf '# G\n' | planweek --since 2027-03-02
! planweek: --since and --until go together
? 2

=== -w with --since
$ printf '# G\n' | planweek -w 2027-W02 --since 2027-03-02 --until 2027-03-03
! planweek: -w and --since/--until exclude each other
? 2

=== every section from done dates alone, and the headline
$ planweek --today 2026-11-23 samples/career.md && planweek --today 2026-11-23 samples/draft.md
> Week 2026-W47 (2026-11-16 to 2026-11-22): samples/career.md
> 3 milestones completed; 34% done (+11); last 8 weeks: --_-_--@ (1 1 0 1 0 1 1 3)
>
> Completed
>   Write design docs people can act on
>     samples/career.md:67: Ask Tomás to review my last doc for structure only (done 2026-11-16)
>     samples/career.md:69: Short doc for the retry-budget change (done 2026-11-21)
>   Give two lightning talks and speak in every architecture review
>     samples/career.md:97: Sign up for the January lightning talks (done 2026-11-22)
>
> Feedback received
>   samples/career.md:107: 2026-11-20, Priya (1:1): the options section of the partitioning doc is strong. She wants the recommendation in the first paragraph, not at the end. Promo timing looks realistic if the cutover lands before June.
>
> Stalled goals
>   samples/career.md:72: Mentor two engineers through their first on-call (28%)
> Week 2026-W47 (2026-11-16 to 2026-11-22): samples/draft.md
> 1 milestone completed; 28% done (+14); last 8 weeks: ____@__@ (0 0 0 0 1 0 0 1)
>
> Completed
>   Automate the weekly disk-usage report with a Python script
>     samples/draft.md:25: Ask Ruth for read access to the metrics database (done 2026-11-17)
>
> Overdue
>   samples/draft.md:26: Script that reads one server's numbers (due 2026-11-13, 10 days late) - Automate the weekly disk-usage report with a Python script
>   samples/draft.md:27: Same for all forty servers, output as CSV (due 2026-11-20, 3 days late) - Automate the weekly disk-usage report with a Python script
>
> Stalled goals
>   samples/draft.md:30: Get better at presenting (0%)

=== due next period and deadlines within 30 days
$ printf '# G by 2026-12-20\n- [x] a done:2026-11-20\n- [ ] b due:2026-11-29\n- [ ] c due:2026-11-30\n' | planweek --today 2026-11-23
> Week 2026-W47 (2026-11-16 to 2026-11-22): <stdin>
> 1 milestone completed; 33% done (+33); last 8 weeks: _______@ (0 0 0 0 0 0 0 1)
>
> Completed
>   G by 2026-12-20
>     <stdin>:2: a (done 2026-11-20)
>
> Due next (2026-11-23 to 2026-11-29)
>   <stdin>:3: b (due 2026-11-29) - G by 2026-12-20
>
> Deadlines in the next 30 days
>   <stdin>:1: G by 2026-12-20 (deadline 2026-12-20, in 27 days, 33%)

=== baseline: renamed goal, reordered and duplicate milestones, a move, new and removed
$ planweek --today 2026-11-23 -b tests/data/week-old.md tests/data/week-new.md
> Week 2026-W47 (2026-11-16 to 2026-11-22): tests/data/week-new.md
> 4 milestones completed; 45% done (+36); last 8 weeks: @_______ (1 0 0 0 0 0 0 0)
>
> Completed
>   Learn Go by 2027-06-30
>     tests/data/week-new.md:5: Write a CLI tool (ticked since the baseline)
>   Run more
>     tests/data/week-new.md:9: Run 5 km (ticked since the baseline)
>     tests/data/week-new.md:10: Run 5 km (ticked since the baseline)
>   Grow vegetables
>     tests/data/week-new.md:15: Dig the beds (ticked since the baseline)
>
> Overdue
>   tests/data/week-new.md:16: Plant garlic (due 2026-11-20, 3 days late) - Grow vegetables
>
> Goals since the baseline
>   tests/data/week-new.md:3: Learn Go by 2027-06-30: 33% -> 66%
>   tests/data/week-new.md:8: Run more: 0% -> 50%
>   tests/data/week-new.md:14: Grow vegetables: 0% -> 25%
>
> New milestones
>   tests/data/week-new.md:12: Run a 10 km race - Run more
>
> Removed milestones
>   Drop the old wiki - Cleanup

=== baseline on stdin with -
$ planweek -f json --today 2026-11-23 -b - tests/data/week-new.md <tests/data/week-old.md | jq -c 'select(.type=="new" or .type=="removed") | [.type,.line,.text]'
> ["new",12,"Run a 10 km race"]
> ["removed",null,"Drop the old wiki"]

=== baseline: the same plan is no news
$ printf '# G\n- [x] a\n- [-] b\n' >$TMP/p.md; planweek -q --today 2026-11-23 -b $TMP/p.md $TMP/p.md

=== -q: nothing to report prints nothing and exits 0
$ printf '# G\n- [x] a\n' | planweek -q --today 2026-11-23

=== -q: what stands is no news: a milestone due next, a goal stalled for long
$ printf '# G\n- [ ] a due:2026-11-25\n' | planweek -q --today 2026-11-23

=== -q: a milestone that fell due in the period is news, and the whole report is printed
$ printf '# G\n- [ ] a due:2026-11-20\n- [ ] b due:2026-11-25\n' | planweek -q --today 2026-11-23
> Week 2026-W47 (2026-11-16 to 2026-11-22): <stdin>
> 0 milestones completed; 0% done (+0); last 8 weeks: ________ (0 0 0 0 0 0 0 0)
>
> Due next (2026-11-23 to 2026-11-29)
>   <stdin>:3: b (due 2026-11-25) - G
>
> Overdue
>   <stdin>:2: a (due 2026-11-20, 3 days late) - G
>
> Stalled goals
>   <stdin>:1: G (0%)

=== without -q the headline is printed even when there is nothing else
$ printf '# G\n- [x] a\n' | planweek --today 2026-11-23
> Week 2026-W47 (2026-11-16 to 2026-11-22): <stdin>
> 0 milestones completed; 100% done (+0); last 8 weeks: ________ (0 0 0 0 0 0 0 0)

=== markdown
$ printf '# G\n- [x] a_b done:2026-11-20\n- [ ] c\n' | planweek -f markdown --today 2026-11-23
> ## Week 2026-W47 (2026-11-16 to 2026-11-22): <stdin>
>
> 1 milestone completed; 50% done (+50); last 8 weeks: `_______@` (0 0 0 0 0 0 0 1)
>
> ### Completed
>
> - G
>   - \<stdin\>:2: a\_b (done 2026-11-20)

=== json: every line parses, with the same keys for each item
$ planweek -f json --today 2026-11-23 -b tests/data/week-old.md tests/data/week-new.md | jq -c 'select(.type!="period") | keys' | sort -u
> ["date","file","goal","line","percent","percent_before","text","type"]

=== json: the headline
$ planweek -f json --today 2026-11-23 samples/career.md | jq -c 'select(.type=="period")'
> {"type":"period","file":"samples/career.md","since":"2026-11-16","until":"2026-11-22","completed":3,"percent":34,"percent_before":23,"weeks":[1,1,0,1,0,1,1,3]}

=== hostile bytes: no crash
$ printf '\000\377# G\376\n- [x] \300 done:2026-11-20\n' | planweek -f json --today 2026-11-23 | jq -c '[.type,.completed]'
> ["period",1]
> ["completed",null]

=== -b with several plans
$ planweek -b tests/data/week-old.md tests/data/week-new.md tests/data/week-old.md
! planweek: -b needs exactly one plan, not on standard input too
? 2

=== -b - with the plan on stdin too
$ planweek -b - </dev/null
! planweek: -b needs exactly one plan, not on standard input too
? 2

=== an unreadable baseline
$ planweek -b tests/data/no-such.md tests/data/week-new.md
! planweek: tests/data/no-such.md: No such file or directory
? 2

=== an unreadable plan: reported, the others still reported, exit 2
$ planweek --today 2026-11-23 tests/data/no-such.md tests/data/week-old.md
> Week 2026-W47 (2026-11-16 to 2026-11-22): tests/data/week-old.md
> 0 milestones completed; 9% done (+0); last 8 weeks: ________ (0 0 0 0 0 0 0 0)
>
> Stalled goals
>   tests/data/week-old.md:3: Learn Go by 2027-06-30 (33%)
>   tests/data/week-old.md:8: Run more (0%)
>   tests/data/week-old.md:14: Old name for the garden (0%)
>   tests/data/week-old.md:19: Cleanup (0%)
! planweek: tests/data/no-such.md: No such file or directory
? 2

=== exit 2: unknown format
$ planweek -f tsv
! planweek: unknown format 'tsv' (text, markdown, json)
? 2

=== exit 2: bad -w
$ planweek -w 2026-47
! planweek: -w: '2026-47' is not a week (YYYY-Www)
? 2

=== exit 2: bad --today
$ planweek --today tomorrow
! planweek: --today: 'tomorrow' is not a date (YYYY-MM-DD)
? 2

=== exit 2: an unknown option prints the usage
$ planweek -x
! planweek: invalid option -- 'x'
! usage: planweek [-f text|markdown|json] [-w YYYY-Www | --since YYYY-MM-DD --until YYYY-MM-DD] [-b file | -g rev] [--no-git] [-q] [-G regex] [--today YYYY-MM-DD] [file ...]
? 2

=== -h
$ planweek -h
> usage: planweek [-f text|markdown|json] [-w YYYY-Www | --since YYYY-MM-DD --until YYYY-MM-DD] [-b file | -g rev] [--no-git] [-q] [-G regex] [--today YYYY-MM-DD] [file ...]
>
>   -f FORMAT          output format: text, markdown, json (default text)
>   -w YYYY-Www        the report of that ISO week (default: last week)
>   --since, --until   the report of a period of days instead
>   -b FILE            compare with the plan as it was in FILE
>   -g REV             compare with the plan as it was in git at REV: a revision,
>                      a date (2026-11-16) or a span (1 week ago)
>   --no-git           no baseline from git's history
>   -q                 print nothing when nothing happened
>   -G REGEX           what marks a goal (pcre2; default Goal: or Objective:)
>   --today YYYY-MM-DD the day to count from (default today)
>   --tag WORD         milestones with #WORD, +WORD or @WORD (all of those given)
>   --priority LEVEL   milestones of a priority: highest, high, medium, low,
>                      lowest, none, or A to E
>   --state STATE      milestones open, active, done or cancelled
>   --due FROM..TO     milestones due in a range (an end may be left out)
>   --done FROM..TO    milestones done in a range
>   --goal REGEX       goals whose title matches (pcre2)
>   --color[=WHEN]     colour: auto (default), always, never
>   -h, --help         this help
>   -V, --version      version of the tool and its libraries
>
> See planweek(1).

=== samples/weekly-mail.sh mails the report, and nothing when there is no news
$ mkdir $TMP/bin; printf '#!/bin/sh\necho "mail $*"; cat\n' >$TMP/bin/mail; chmod +x $TMP/bin/mail; printf '# G\n- [x] a done:2026-11-20\n' >$TMP/p.md; printf '# G\n- [x] a\n' >$TMP/q.md; PATH=$TMP/bin:$PATH sh samples/weekly-mail.sh me@example.org $TMP/p.md --today 2026-11-23 | sed "s|$TMP|TMP|g"; PATH=$TMP/bin:$PATH sh samples/weekly-mail.sh me@example.org $TMP/q.md --today 2026-11-23
> mail -s Plan report: Week 2026-W47 (2026-11-16 to 2026-11-22): TMP/p.md me@example.org
> Week 2026-W47 (2026-11-16 to 2026-11-22): TMP/p.md
> 1 milestone completed; 100% done (+100); last 8 weeks: _______@ (0 0 0 0 0 0 0 1)
>
> Completed
>   G
>     TMP/p.md:2: a (done 2026-11-20)

# Dates at the ends of the four-digit years (issue 16, finding 12).
=== -w: a week that ends after 9999-12-31 is refused, not shown cut short; the week before it is whole
$ planweek -w 9999-W52 samples/career.md; echo "exit $?"; planweek -w 9999-W51 samples/career.md | head -n 1
> exit 2
> Week 9999-W51 (9999-12-20 to 9999-12-26): samples/career.md
! planweek: -w: week 9999-W52 ends after 9999-12-31

=== -w: the year is four digits, no sign
$ planweek -w +026-W07 samples/career.md; planweek -w ' 026-W07' samples/career.md
! planweek: -w: '+026-W07' is not a week (YYYY-Www)
! planweek: -w: ' 026-W07' is not a week (YYYY-Www)
? 2

=== year 0000 is never printed: a --today whose week before is in year 0 is refused; 0001-W01 is the first week
$ planweek --today 0001-01-01 samples/career.md; echo "exit $?"; planweek --today 0001-01-08 samples/career.md | head -n 1; planweek -w 0001-W01 -f json samples/career.md | head -n 1 | jq -r .since
> exit 2
> Week 0001-W01 (0001-01-01 to 0001-01-07): samples/career.md
> 0001-01-01
! planweek: the week before today starts before 0001-01-01

# planweek reads right on any day (issue 13, finding 4).
=== on each day of a week: no milestone both due next and overdue; due next runs from today
$ printf '# G\n- [ ] a due:2026-11-22\n- [ ] b due:2026-11-24\n- [ ] c due:2026-11-26\n- [ ] d due:2026-11-29\n- [ ] e due:2026-12-03\n' >$TMP/p.md; for d in 23 24 25 26 27 28 29; do planweek -f json --today 2026-11-$d $TMP/p.md | jq -r 'select(.type=="due" or .type=="overdue") | "\(.type):\(.text)"' | sort | tr '\n' ' ' ; planweek -f json --today 2026-11-$d $TMP/p.md | jq -r 'select(.type=="due" or .type=="overdue") | .text' | sort | uniq -d | sed 's/^/TWICE: /'; echo "| 11-$d"; done
> due:b due:c due:d overdue:a | 11-23
> due:b due:c due:d overdue:a | 11-24
> due:c due:d overdue:a overdue:b | 11-25
> due:c due:d overdue:a overdue:b | 11-26
> due:d due:e overdue:a overdue:b overdue:c | 11-27
> due:d due:e overdue:a overdue:b overdue:c | 11-28
> due:d due:e overdue:a overdue:b overdue:c | 11-29

=== one day, one day late, a deadline today: singular
$ printf '# G by 2026-11-23\n- [ ] a due:2026-11-22\n# H by 2026-11-24\n- [ ] b\n' | planweek --today 2026-11-23 | sed -n '/^Overdue/,$p'
> Overdue
>   <stdin>:2: a (due 2026-11-22, 1 day late) - G by 2026-11-23
>
> Stalled goals
>   <stdin>:1: G by 2026-11-23 (0%)
>   <stdin>:3: H by 2026-11-24 (0%)
>
> Deadlines in the next 30 days
>   <stdin>:1: G by 2026-11-23 (deadline 2026-11-23, today, 0%)
>   <stdin>:3: H by 2026-11-24 (deadline 2026-11-24, in 1 day, 0%)

=== a goal past its deadline is an overdue goal, not only stalled
$ printf '# Goal: Ship by 2026-11-20\n- [x] a done:2026-11-01\n- [ ] b\n# Goal: Done by 2026-11-01\n- [x] c done:2026-10-30\n' | planweek --today 2026-11-23 | sed -n '/^Overdue goals/,$p'
> Overdue goals
>   <stdin>:1: Ship by 2026-11-20 (deadline 2026-11-20, 3 days late, 50%)
>
> Stalled goals
>   <stdin>:1: Ship by 2026-11-20 (50%)

=== scheduled milestones are listed on their day, by day
$ printf '# G\n- [ ] read ⏳ 2026-11-27\n- [ ] write [scheduled:: 2026-11-24]\n- [ ] later ⏳ 2026-12-10\n- [x] gone ⏳ 2026-11-25\n' | planweek --today 2026-11-23 | sed -n '/^Scheduled/,/^$/p'
> Scheduled (2026-11-23 to 2026-11-29)
>   <stdin>:3: write (scheduled 2026-11-24) - G
>   <stdin>:2: read (scheduled 2026-11-27) - G
>

=== a past week's headline is as of that week's end: what was done later is not in it
$ printf '# G\n- [x] a done:2026-11-10\n- [x] b done:2026-11-18\n- [x] c done:2026-11-26\n- [ ] d\n' | planweek -f json --today 2026-12-02 -w 2026-W47 | jq -c 'select(.type=="period") | [.completed,.percent_before,.percent]'
> [1,25,50]

=== -q: a goal that stalled in the period is news; one stalled for long is not
$ printf '# G\n- [x] a done:2026-11-03\n- [ ] b\n' | planweek -q --today 2026-11-23 | sed -n '/^Stalled/,$p'; printf '# G\n- [x] a done:2026-10-03\n- [ ] b\n' | planweek -q --today 2026-11-23
> Stalled goals
>   <stdin>:1: G (50%)

=== -q: a deadline that came within 30 days in the period is news; one that was already is not
$ printf '# G by 2026-12-18\n- [ ] b\n- [x] a done:2026-11-22\n' | planweek -q --today 2026-11-23 | grep -c deadline; printf '# G by 2026-12-10\n- [ ] b\n- [x] a done:2026-11-12\n' | planweek -q --today 2026-11-23
> 1

=== -q: a completion in the period is news
$ printf '# G\n- [x] a done:2026-11-18\n' | planweek -q --today 2026-11-23 | head -n 2
> Week 2026-W47 (2026-11-16 to 2026-11-22): <stdin>
> 1 milestone completed; 100% done (+100); last 8 weeks: _______@ (0 0 0 0 0 0 0 1)

=== markdown: the sparkline is code, not emphasis
$ printf '# G\n- [x] a done:2026-11-20\n- [x] b done:2026-11-10\n' | planweek -f markdown --today 2026-11-23 | sed -n 3p
> 1 milestone completed; 100% done (+50); last 8 weeks: `______@@` (0 0 0 0 0 0 1 1)

# Many plans, one report (issue 13, finding 4).
=== many plans: one report, a combined headline, a line a plan, each section grouped by plan
$ planweek --today 2026-11-23 samples/career.md samples/draft.md samples/team-okrs.md | sed -n '1,6p;/^Overdue$/,/^$/p'
> Week 2026-W47 (2026-11-16 to 2026-11-22): 3 plans
> 9 milestones completed; 33% done (+15); last 8 weeks: ____..-@ (1 1 0 1 2 2 3 9)
>   samples/career.md: 3 milestones completed; 34% done (+11)
>   samples/draft.md: 1 milestone completed; 28% done (+14)
>   samples/team-okrs.md: 5 milestones completed; 34% done (+19)
>
> Overdue
>   samples/draft.md:26: Script that reads one server's numbers (due 2026-11-13, 10 days late) - Automate the weekly disk-usage report with a Python script
>   samples/draft.md:27: Same for all forty servers, output as CSV (due 2026-11-20, 3 days late) - Automate the weekly disk-usage report with a Python script
>   samples/team-okrs.md:33: Rollback in under 5 minutes, tested in a game day (due 2026-11-20, 3 days late) - Deploys are boring
>

=== 500 daily notes in a directory: one report, not 500
$ mkdir $TMP/notes && for i in $(seq 100 599); do printf '# Day %s\n- [x] note %s done:2026-11-20\n' $i $i >$TMP/notes/d$i.md; done && planweek --today 2026-11-23 $TMP/notes | sed -n '1,2p;/^Completed/p' | sed "s|$TMP|TMP|"; planweek --today 2026-11-23 $TMP/notes | wc -l
> Week 2026-W47 (2026-11-16 to 2026-11-22): 500 plans
> 500 milestones completed; 100% done (+100); last 8 weeks: _______@ (0 0 0 0 0 0 0 500)
> Completed
> 1504

=== many plans, json: a period object a plan, then the total
$ planweek -f json --today 2026-11-23 samples/career.md samples/draft.md samples/team-okrs.md | jq -c 'select(.type=="period" or .type=="total") | [.type,.file,.files,.completed,.percent,.percent_before]'
> ["period","samples/career.md",null,3,34,23]
> ["period","samples/draft.md",null,1,28,14]
> ["period","samples/team-okrs.md",null,5,34,15]
> ["total",null,3,9,33,18]

=== many plans, -q: one plan with news prints the whole report; none prints nothing
$ printf '# A\n- [x] a\n' >$TMP/a.md; printf '# B\n- [x] b done:2026-11-20\n' >$TMP/b.md; cd $TMP && planweek -q --today 2026-11-23 a.md b.md | sed -n 1,4p; planweek -q --today 2026-11-23 a.md a.md
> Week 2026-W47 (2026-11-16 to 2026-11-22): 2 plans
> 1 milestone completed; 100% done (+50); last 8 weeks: _______@ (0 0 0 0 0 0 0 1)
>   a.md: 0 milestones completed; 100% done (+0)
>   b.md: 1 milestone completed; 100% done (+100)

=== a todo.txt done date ("x 2026-11-25") counts as the day a milestone was completed
$ printf '# G\n- [x] x 2026-11-25 Pay council tax +house\n- [x] x 2026-11-10 2026-11-01 earlier\n- [ ] b\n' | planweek --today 2026-11-30 -f json | jq -c 'select(.type=="period" or .type=="completed") | [.type,.completed,.text,.date]'
> ["period",1,null,null]
> ["completed",null,"Pay council tax","2026-11-25"]

=== a recurring task completed by Obsidian is a completion naming the next occurrence, not a new milestone against a baseline
$ printf '# Chores\n- [ ] Water plants 🔁 every week 📅 2026-11-25\n' >$TMP/o.md; printf '# Chores\n- [ ] Water plants 🔁 every week 📅 2026-12-02\n- [x] Water plants 🔁 every week 📅 2026-11-25 ✅ 2026-11-25\n' | planweek --today 2026-11-30 -f json -b $TMP/o.md | jq -c 'select(.type=="completed" or .type=="new" or .type=="due") | [.type,.line,.text,.next]'; printf '# Chores\n- [x] Water plants 🔁 every week 📅 2026-11-25 ✅ 2026-11-25\n- [ ] Water plants 🔁 every week 📅 2026-12-02\n' | planweek --today 2026-11-30 | sed -n 4,6p
> ["completed",3,"Water plants",{"line":2,"due":"2026-12-02"}]
> ["due",2,"Water plants",null]
> Completed
>   Chores
>     <stdin>:2: Water plants (done 2026-11-25; next due 2026-12-02)

=== front matter: a plan record before the period in JSON; its deadline is the goals' when they name none
$ planweek --today 2026-12-01 -f json tests/data/goals-front.md | jq -c 'select(.type=="plan" or .type=="period" or .type=="deadline") | [.type,.deadline,.date]'
> ["plan","2026-12-24",null]
> ["period",null,null]
> ["deadline",null,"2026-12-24"]

=== career plan: Wins (a goal that reached 100% in the week, a dated win), Feedback received in the week, Review due in the week to come
< # Plan
< Next review: 2026-12-04
<
< ## Areas to improve
< - Delegation
<
< ## Goal: Hand two projects to Sam by 2027-03-31
< Addresses: delegation
< - [x] Pick the projects done:2026-11-24
< - [x] Hand over the first done:2026-11-27
<
< ## Goal: Hand over the pager by 2027-03-31
< Addresses: delegation
< - [x] Write the runbook done:2026-10-01
< - [ ] Hand over due:2026-12-20
<
< ## Feedback
< - 2026-11-26 Priya: good delegation so far
< - 2026-11-02 Marek: old news
<
< ## Wins
< - 2026-11-25 Shipped the retry budget
$ planweek --today 2026-12-01
> Week 2026-W48 (2026-11-23 to 2026-11-29): <stdin>
> 2 milestones completed; 75% done (+50); last 8 weeks: _______@ (0 0 0 0 0 0 0 2)
>
> Completed
>   Hand two projects to Sam by 2027-03-31
>     <stdin>:9: Pick the projects (done 2026-11-24)
>     <stdin>:10: Hand over the first (done 2026-11-27)
>
> Wins
>   <stdin>:7: Hand two projects to Sam by 2027-03-31 (reached 100% on 2026-11-27)
>   <stdin>:22: 2026-11-25 Shipped the retry budget
>
> Feedback received
>   <stdin>:18: 2026-11-26 Priya: good delegation so far
>
> Review due (2026-12-01 to 2026-12-07)
>   <stdin>:2: next review 2026-12-04 (in 3 days)
>
> Stalled goals
>   <stdin>:12: Hand over the pager by 2027-03-31 (50%)

=== career plan: the new sections in JSON
$ planweek --today 2026-12-01 --since 2026-06-01 --until 2026-11-30 --no-git -f json samples/career.md tests/data/plan-career.md | jq -c "select(.type == \"win\" or .type == \"feedback\" or .type == \"review\") | [.type, .file, .line, .date, .text]"
> ["win","samples/career.md",138,"2026-11-12","2026-11-12 Partitioning options drafted; Marek called them the clearest comparison he has read this year."]
> ["feedback","samples/career.md",117,"2026-09-18","2026-09-18, Marek, after the ledger incident: best incident timeline this year. Asked me to turn it into the team template."]
> ["feedback","samples/career.md",114,"2026-10-09","2026-10-09, Priya (1:1): agreed on Sam and Lucía for mentoring. Reminded me not to also pick up the pager-rotation rewrite."]
> ["feedback","samples/career.md",111,"2026-10-30","2026-10-30, peer feedback (anonymous): \"Dana's reviews are the most useful on the team. I would like to hear more from Dana in planning.\""]
> ["feedback","samples/career.md",107,"2026-11-20","2026-11-20, Priya (1:1): the options section of the partitioning doc is strong. She wants the recommendation in the first paragraph, not at the end. Promo timing looks realistic if the cutover lands before June."]
> ["review","samples/career.md",134,"2027-01-15","next review"]
> ["feedback","tests/data/plan-career.md",61,"2026-06-20","2026-06-20, from Marek: strong on Postgres, quiet in meetings."]
> ["feedback","tests/data/plan-career.md",60,"2026-08-03","2026-08-03 Priya: good incident write-up; speak up earlier in planning."]

=== career plan: a goal ticked to 100% since the baseline, with no done dates, is a win
$ printf '## Areas to improve\n- Delegation #delegate\n## Goal: Hand two projects to Sam by 2027-03-31\n#delegate\n- [x] Pick the projects\n- [ ] Hand over the first\n' >$TMP/old.md && sed "s/- \[ \] Hand/- [x] Hand/" $TMP/old.md >$TMP/new.md && planweek --today 2026-12-01 -b $TMP/old.md $TMP/new.md | sed -n "/^Wins/,/^\$/p" | sed "s|$TMP/||"
> Wins
>   new.md:3: Hand two projects to Sam by 2027-03-31 (reached 100% since the baseline)
>

=== -q: a next review in the period to come is news, as the mail is where the reminder is read; a week later there is none
< # Plan
<
< ## Areas to improve
<
< - Speaking #talk
<
< ## Goal: Give a talk by 2027-03-31 #talk
<
< - [ ] Pick the meetup
<
< Next review: 2026-12-03
$ cat >$TMP/q.md && planweek -q --no-git --today 2026-12-01 $TMP/q.md | sed "s|$TMP/||" | grep -A1 '^Review due'; echo "$?"; planweek -q --no-git --today 2026-12-10 $TMP/q.md; echo "$?"
> Review due (2026-12-01 to 2026-12-07)
>   q.md:11: next review 2026-12-03 (in 2 days)
> 0
> 0
