# The filters of the frame (--tag, --priority, --state, --due, --done,
# --goal): on every tool that reads plans, and their errors.

=== --tag matches #, + and @ words; every --tag given must match
$ plangoals --today 2026-11-23 --tag house --tag @online tests/data/filter.md
> tests/data/filter.md:3: goal 1/1 100%  House
> tests/data/filter.md:5:   [x] Pay council tax  +house @online  done:2026-11-25

=== --tag is a word, case ignored; a goal left with no milestone is dropped
$ plangoals --today 2026-11-23 -f tsv --tag LEARNING tests/data/filter.md | cut -f2,4,11
> line	goal	text
> 12	Learning	Read the SQLite docs
> 13	Learning	Finish the Rust book
> 14	Learning	Try Zig for a weekend

=== --priority takes the level's name or todo.txt's letter, and may be given again
$ plangoals --today 2026-11-23 --priority '(A)' --priority medium tests/data/filter.md
> tests/data/filter.md:3:  goal 0/1 0%  House
> tests/data/filter.md:6:    [ ] Fix the gutter  !highest +house @home  due:2026-12-05
> tests/data/filter.md:10: goal 0/1 0%  Learning
> tests/data/filter.md:14:   [ ] Try Zig for a weekend  !medium #learning #fun

=== --priority none: milestones with no priority
$ plangoals --today 2026-11-23 -f tsv --priority none tests/data/filter.md | cut -f2,11
> line	text
> 5	Pay council tax
> 8	Buy a ladder
> 13	Finish the Rust book

=== --state, given twice, takes either
$ plangoals --today 2026-11-23 -f tsv --state active --state cancelled tests/data/filter.md | cut -f2,5,11
> line	state	text
> 7	active	Paint the hall
> 8	cancelled	Buy a ladder

=== --due with one period: the whole month
$ plangoals --today 2026-11-23 -f tsv --due 2026-12 tests/data/filter.md | cut -f2,7,11
> line	due	text
> 6	2026-12-05	Fix the gutter
> 7	2026-12-20	Paint the hall

=== --due with an open start, and an ISO week as the end
$ plangoals --today 2026-11-23 -f tsv --due ..2026-W49 tests/data/filter.md | cut -f2,7,11
> line	due	text
> 6	2026-12-05	Fix the gutter

=== --due FROM.. from a quarter's first day
$ plangoals --today 2026-11-23 -f tsv --due Q1\ 2027.. tests/data/filter.md | cut -f2,7,11
> line	due	text
> 12	2027-01-15	Read the SQLite docs

=== --done reads todo.txt's and Obsidian's done dates
$ plangoals --today 2026-11-23 -f tsv --done 2026-11-01..2026-11-30 tests/data/filter.md | cut -f2,8,11
> line	done_date	text
> 5	2026-11-25	Pay council tax
> 13	2026-11-10	Finish the Rust book

=== --goal keeps a chosen goal with no milestone; with another filter, its chosen milestones
$ plangoals --today 2026-11-23 --goal '^(Nothing|House)' --state done tests/data/filter.md
> tests/data/filter.md:3:  goal 1/1 100%  House
> tests/data/filter.md:5:    [x] Pay council tax  +house @online  done:2026-11-25
> tests/data/filter.md:16: goal 0/0  Nothing to do yet

=== planstat counts only what the filters chose
$ planstat --today 2026-11-23 -f tsv --tag learning tests/data/filter.md | cut -f1-8
> file	line	title	done	total	cancelled	percent	overdue
> tests/data/filter.md	10	Learning	1	3	0	33	0

=== plancheck checks only the goals the filters chose
$ plancheck --today 2026-11-23 -f json --goal Learning tests/data/filter.md | jq -r .goal | sort -u
> Learning

=== planweek reports only the chosen milestones
$ planweek --today 2026-11-26 -w 2026-W48 --tag online tests/data/filter.md
> Week 2026-W48 (2026-11-23 to 2026-11-29): tests/data/filter.md
> 1 milestone completed; 100% done (+100); last 8 weeks: _______@ (0 0 0 0 0 0 0 1)
>
> Completed
>   House
>     tests/data/filter.md:5: Pay council tax (done 2026-11-25)

=== plandiff compares only the chosen milestones of both versions
$ cp tests/data/filter.md $TMP/old.md; sed 's/- \[ \] (A) Fix/- [x] (A) Fix/; s/- \[ \] Read the SQLite/- [x] Read the SQLite/' tests/data/filter.md >$TMP/new.md; cd $TMP && plandiff --tag house old.md new.md
> --- old.md
> +++ new.md
> new.md:3: goal: House: 1/3 (33%) -> 2/3 (66%)
> new.md:6:   completed: Fix the gutter (open -> done)
? 1

=== bad filters: one line each, exit 2
$ for o in '--state bogus' '--priority urgent' '--due 2027-13' '--due 2027-03..2027-01' '--done ..' '--goal (' '--tag #'; do plangoals $o tests/data/filter.md; echo "$o: $?"; done
> --state bogus: 2
> --priority urgent: 2
> --due 2027-13: 2
> --due 2027-03..2027-01: 2
> --done ..: 2
> --goal (: 2
> --tag #: 2
! plangoals: --state: unknown state 'bogus' (open, active, done, cancelled)
! plangoals: --priority: unknown level 'urgent' (highest, high, medium, low, lowest, none, or A to E)
! plangoals: --due: '2027-13' is not FROM..TO with dates as plan(5) reads them
! plangoals: --due: '2027-03..2027-01' ends before it starts
! plangoals: --done: '..' is not FROM..TO with dates as plan(5) reads them
! plangoals: --goal: bad regex: column 2: missing closing parenthesis
! plangoals: --tag: '#' is not a word

=== -h lists the filters in every tool that reads plans, and plantally has none
$ for t in plangoals planstat plancheck planweek plandiff plantally; do echo "$t $($t -h | grep -c -e '--tag WORD' -e '--priority LEVEL' -e '--state STATE' -e '--due FROM..TO' -e '--done FROM..TO' -e '--goal REGEX')"; done
> plangoals 6
> planstat 6
> plancheck 6
> planweek 6
> plandiff 6
> plantally 0

=== every tool's man page says the same of the filters
$ for t in plangoals planstat plancheck planweek plandiff; do mandoc -Tutf8 man/$t.1 | col -b | awk '/^FILTERS/ { on = 1; next } /^[A-Z]/ { on = 0 } on' | cksum; done | sort -u | wc -l; mandoc -Tutf8 man/plangoals.1 | col -b | grep -c -e '--tag word' -e '--priority level' -e '--state state' -e '--due from..to' -e '--done from..to' -e '--goal regex'
> 1
> 6
