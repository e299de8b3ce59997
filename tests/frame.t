# The frame every tool shares (src/cli.c): its own name in every
# message however it is run, help that names the man page, exit codes.

=== every tool names itself for a bad option, run by a path
$ for t in plangoals plancheck planstat planweek plandiff plantally; do "$(command -v $t)" -Z 2>&1 >/dev/null | head -n 1; echo "$t $?"; done
> plangoals: invalid option -- 'Z'
> plangoals 0
> plancheck: invalid option -- 'Z'
> plancheck 0
> planstat: invalid option -- 'Z'
> planstat 0
> planweek: invalid option -- 'Z'
> planweek 0
> plandiff: invalid option -- 'Z'
> plandiff 0
> plantally: invalid option -- 'Z'
> plantally 0

=== a bad option exits 2 in every tool
$ for t in plangoals plancheck planstat planweek plandiff plantally; do $t --no-such-option 2>/dev/null; echo "$t $?"; done
> plangoals 2
> plancheck 2
> planstat 2
> planweek 2
> plandiff 2
> plantally 2

=== a long option without its argument
$ planstat --today
! planstat: option '--today' requires an argument
! usage: planstat [-f text|markdown|json|tsv] [-S deadline|progress|status|file] [--by goal|area] [-G regex] [--today YYYY-MM-DD] [file ...]
? 2

=== --help ends by naming the man page, on stdout, exit 0
$ for t in plangoals plancheck planstat planweek plandiff plantally; do $t --help | tail -n 1; done
> See plangoals(1).
> See plancheck(1).
> See planstat(1).
> See planweek(1).
> See plandiff(1).
> See plantally(1).

=== -G with a bad regex is said by the tool that got it
$ plantally -G '(' tests/data/goals-owner.md
! plantally: -G: bad regex: column 2: missing closing parenthesis
? 2

=== an unreadable operand is said, the others still done, exit 2
$ planstat -f tsv tests/data/no-such.md tests/data/goals-nohead.md >$TMP/out; echo $?; cut -f 1 $TMP/out | sort -u
> 2
> file
> tests/data/goals-nohead.md
! planstat: tests/data/no-such.md: No such file or directory

=== the preamble has no title of its own: it is shown by the file's name
$ printf -- '- [ ] a\n# Heading\n- [ ] b\n' | plangoals -f json | jq -c '[.kind, .title]'
> ["preamble","<stdin>"]
> ["section","Heading"]

=== a directory gives its plans, sorted, hidden directories and other files left out, each file once
$ mkdir -p $TMP/v/a/.obsidian $TMP/v/b && cd $TMP && printf -- '- [ ] x\n' >v/b/z.md && printf -- '- [x] y\n' >v/a/one.markdown && printf -- '- [ ] h\n' >v/a/.obsidian/h.md && echo '- [ ] t' >v/a/notes.txt && printf -- '- [ ] r\n' >v/root.md && ln -s b v/link && plangoals v v/b/z.md ./v/root.md
> v/a/one.markdown:1: goal 1/1 100%  one.markdown
> v/a/one.markdown:1:   [x] y
> v/b/z.md:1: goal 0/1 0%  z.md
> v/b/z.md:1:   [ ] x
> v/root.md:1: goal 0/1 0%  root.md
> v/root.md:1:   [ ] r

=== a directory's plans are summed in one grand total
$ mkdir -p $TMP/v && cd $TMP && printf -- '- [x] a\n' >v/1.md && printf -- '- [ ] b\n' >v/2.md && planstat -f tsv v | cut -f 1-5 && planstat -f json v | jq -c 'select(.type == "total") | [.done, .total]'
> file	line	title	done	total
> v/1.md	1	1.md	1	1
> v/2.md	1	2.md	0	1
> [1,2]

=== every tool that reads plans takes a directory
$ mkdir -p $TMP/v && cd $TMP && printf '# Goal: A by 2027-01\n- [ ] b\n' >v/1.md && for t in plangoals plancheck planstat planweek plantally; do $t v >/dev/null; echo "$t $?"; done
> plangoals 0
> plancheck 0
> planstat 0
> planweek 0
> plantally 0

=== a .planrules' [sections] are the sections of planstat --by area, plangoals -f json and planweek too, not of plancheck alone
$ mkdir -p $TMP/de && cp tests/data/sections-de.md $TMP/de/plan.md && printf '[sections]\naspirations = (?i)^wohin ich will$\nweaknesses = (?i)^entwicklungsfelder$\nfeedback = (?i)^r\\x{fc}ckmeldungen$\n' >$TMP/de/.planrules && cd $TMP/de && planstat --by area --today 2026-11-23 plan.md | awk '{ print $1, $2 }'; plangoals -f json plan.md | jq -r 'select(.type != "goal") | [.type, .section // "-", .line // "-"] | @tsv'; planweek --no-git --today 2026-11-23 plan.md | grep -A1 '^Feedback'; plancheck --today 2026-11-23 plan.md | awk '{ print $1, $NF }'
> plan.md:10: Schätzen
> plan.md:9: Präsentieren
> plan.md:16: Give
> plan.md:5: Teamleitung
> plan.md:16: Give
> review	-	-
> section	aspirations	3
> section	weaknesses	7
> section	feedback	12
> aspiration	aspirations	5
> area	weaknesses	9
> area	weaknesses	10
> feedback	feedback	14
> link	aspirations	18
> link	weaknesses	18
> Feedback received
>   plan.md:14: 2026-11-20 Priya: klarer schreiben
> plan.md:10:1: [plan-area-without-goal]

=== without the .planrules the same plan is no career plan to any tool
$ mkdir -p $TMP/de && cp tests/data/sections-de.md $TMP/de/plan.md && cd $TMP/de && rm -f .planrules && planstat --by area --today 2026-11-23 plan.md; plangoals -f json plan.md | jq -r 'select(.type != "goal") | .type'; planweek --no-git --today 2026-11-23 plan.md | grep -c '^Feedback'; plancheck --today 2026-11-23 plan.md
> 0

=== a bad .planrules: every tool that reads it says so and leaves the plan (exit 2); one not trusted is named and not used
$ mkdir -p $TMP/bad && cp tests/data/sections-de.md $TMP/bad/plan.md && cd $TMP/bad && printf '[sections]\nwins = (\n' >.planrules && for t in plangoals planstat planweek plancheck; do $t plan.md; echo "$t $?"; done 2>&1 | sed "s|$(pwd -P)/||"; printf '[sections]\nweaknesses = (?i)^entwicklungsfelder$\n' >.planrules && chmod 666 .planrules && { planstat --by area --today 2026-11-23 plan.md; echo "planstat $?"; } 2>&1 | sed "s|$(pwd -P)/||"
> plangoals: .planrules:2: section wins: column 2: missing closing parenthesis
> plangoals 2
> planstat: .planrules:2: section wins: column 2: missing closing parenthesis
> planstat 2
> planweek: .planrules:2: section wins: column 2: missing closing parenthesis
> planweek 2
> plancheck: .planrules:2: section wins: column 2: missing closing parenthesis
> plancheck 2
> planstat: .planrules: not used: writable by group or others
> planstat 0
