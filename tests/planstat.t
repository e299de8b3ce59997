# planstat: progress summaries.  Dates: --today 2026-02-20 unless said.

=== every status rule, in order, with the heading subtotal and file total
$ planstat --today 2026-02-20 tests/data/stat-rules.md
> tests/data/stat-rules.md:1:  Status rules                               6/20  30% [######--------------]  subtotal      overdue:1 cancelled:2 next:2026-02-20 two
> tests/data/stat-rules.md:3:    Finished by 2026-01-31                    2/2 100% [####################]  done          deadline:2026-01-31 (-20d) cancelled:1
> tests/data/stat-rules.md:8:    Nothing to tick by 2026-01-01             0/0    - [--------------------]  no-milestones deadline:2026-01-01 (-50d)
> tests/data/stat-rules.md:12:   Only cancelled                            0/0    - [--------------------]  no-milestones cancelled:1
> tests/data/stat-rules.md:15:   Late by 2026-02-19                        1/2  50% [##########----------]  overdue       deadline:2026-02-19 (-1d)
> tests/data/stat-rules.md:19:   Behind                                    1/5  20% [####----------------]  at-risk       deadline:2026-04-11 (+50d)
> tests/data/stat-rules.md:26:   Exactly 25 behind                         1/4  25% [#####---------------]  on-track      deadline:2026-04-11 (+50d)
> tests/data/stat-rules.md:32:   Behind by milestone dates by 2026-04-11   0/2   0% [--------------------]  at-risk       deadline:2026-04-11 (+50d)
> tests/data/stat-rules.md:36:   Not begun by 2026-12-31                   0/2   0% [--------------------]  not-started   deadline:2026-12-31 (+314d) overdue:1 next:2026-03-01 two
> tests/data/stat-rules.md:40:   Going well by 2026-12-31                  1/3  33% [######--------------]  on-track      deadline:2026-12-31 (+314d) next:2026-02-20 two
> tests/data/stat-rules.md:1:  (file total)                               6/20  30% [######--------------]  total         overdue:1 cancelled:2 next:2026-02-20 two

=== subtotals roll up through the heading tree; one-goal headings add none
$ planstat --today 2026-02-20 tests/data/stat-tree.md
> tests/data/stat-tree.md:1:  Roadmap        4/7  57% [###########---------]  subtotal      cancelled:1
> tests/data/stat-tree.md:3:    Alpha        1/2  50% [##########----------]  on-track
> tests/data/stat-tree.md:7:      Alpha sub  2/2 100% [####################]  done
> tests/data/stat-tree.md:11:   Area         1/2  50% [##########----------]  subtotal      cancelled:1
> tests/data/stat-tree.md:13:     Beta       0/1   0% [--------------------]  not-started
> tests/data/stat-tree.md:16:     Gamma      1/1 100% [####################]  done          cancelled:1
> tests/data/stat-tree.md:20:   Delta        0/1   0% [--------------------]  not-started
> tests/data/stat-tree.md:1:  (file total)   4/7  57% [###########---------]  total         cancelled:1

=== several files: a grand total
$ planstat --today 2026-02-20 tests/data/stat-tree.md tests/data/stat-rules.md | tail -n 3
> tests/data/stat-rules.md:40:   Going well by 2026-12-31                  1/3  33% [######--------------]  on-track      deadline:2026-12-31 (+314d) next:2026-02-20 two
> tests/data/stat-rules.md:1:  (file total)                               6/20  30% [######--------------]  total         overdue:1 cancelled:2 next:2026-02-20 two
> (all files)  10/27  37% [#######-------------]  total         overdue:1 cancelled:3 next:2026-02-20 two

=== tsv: one row per goal with a header
$ planstat -f tsv --today 2026-02-20 tests/data/stat-rules.md
> file	line	title	done	total	cancelled	percent	overdue	next_due	deadline	days_left	status
> tests/data/stat-rules.md	3	Finished by 2026-01-31	2	2	1	100	0		2026-01-31	-20	done
> tests/data/stat-rules.md	8	Nothing to tick by 2026-01-01	0	0	0		0		2026-01-01	-50	no-milestones
> tests/data/stat-rules.md	12	Only cancelled	0	0	1		0				no-milestones
> tests/data/stat-rules.md	15	Late by 2026-02-19	1	2	0	50	0		2026-02-19	-1	overdue
> tests/data/stat-rules.md	19	Behind	1	5	0	20	0		2026-04-11	50	at-risk
> tests/data/stat-rules.md	26	Exactly 25 behind	1	4	0	25	0		2026-04-11	50	on-track
> tests/data/stat-rules.md	32	Behind by milestone dates by 2026-04-11	0	2	0	0	0		2026-04-11	50	at-risk
> tests/data/stat-rules.md	36	Not begun by 2026-12-31	0	2	0	0	1	2026-03-01	2026-12-31	314	not-started
> tests/data/stat-rules.md	40	Going well by 2026-12-31	1	3	0	33	0	2026-02-20	2026-12-31	314	on-track

=== markdown: a table per file
$ planstat -f markdown --today 2026-02-20 tests/data/stat-tree.md
> ### tests/data/stat-tree.md
>
> | Where | Goal | Done | % | Progress | Status | Deadline | Days left | Cancelled | Overdue | Next due |
> |---|---|--:|--:|---|---|---|--:|--:|--:|---|
> | tests/data/stat-tree.md:1 | **Roadmap** | 4/7 | 57% | `[#####-----]` | subtotal |  |  | 1 | 0 |  |
> | tests/data/stat-tree.md:3 | Alpha | 1/2 | 50% | `[#####-----]` | on-track |  |  | 0 | 0 |  |
> | tests/data/stat-tree.md:7 | Alpha sub | 2/2 | 100% | `[##########]` | done |  |  | 0 | 0 |  |
> | tests/data/stat-tree.md:11 | **Area** | 1/2 | 50% | `[#####-----]` | subtotal |  |  | 1 | 0 |  |
> | tests/data/stat-tree.md:13 | Beta | 0/1 | 0% | `[----------]` | not-started |  |  | 0 | 0 |  |
> | tests/data/stat-tree.md:16 | Gamma | 1/1 | 100% | `[##########]` | done |  |  | 1 | 0 |  |
> | tests/data/stat-tree.md:20 | Delta | 0/1 | 0% | `[----------]` | not-started |  |  | 0 | 0 |  |
> |  | **Total** | 4/7 | 57% | `[#####-----]` | total |  |  | 1 | 0 |  |
>

=== json: one object per goal, then headings, then the file; parsed back
$ planstat -f json --today 2026-02-20 tests/data/stat-tree.md | jq -c '[.type,.file,.line,.title,.done,.total,.cancelled,.percent,.status]'
> ["goal","tests/data/stat-tree.md",3,"Alpha",1,2,0,50,"on-track"]
> ["goal","tests/data/stat-tree.md",7,"Alpha sub",2,2,0,100,"done"]
> ["goal","tests/data/stat-tree.md",13,"Beta",0,1,0,0,"not-started"]
> ["goal","tests/data/stat-tree.md",16,"Gamma",1,1,1,100,"done"]
> ["goal","tests/data/stat-tree.md",20,"Delta",0,1,0,0,"not-started"]
> ["heading","tests/data/stat-tree.md",1,"Roadmap",4,7,1,57,null]
> ["heading","tests/data/stat-tree.md",3,"Alpha",3,4,0,75,null]
> ["heading","tests/data/stat-tree.md",11,"Area",1,2,1,50,null]
> ["file","tests/data/stat-tree.md",null,null,4,7,1,57,null]

=== json: every object has every key; the grand total has no file
$ planstat -f json --today 2026-02-20 tests/data/stat-tree.md tests/data/stat-rules.md | jq -c 'keys' | sort | uniq -c | sed 's/^ *//'
> 21 ["cancelled","days_left","deadline","done","file","line","next_due","overdue","percent","status","title","total","type"]

=== json: the grand total
$ planstat -f json --today 2026-02-20 tests/data/stat-tree.md tests/data/stat-rules.md | jq -c 'select(.type=="total") | [.file,.done,.total,.percent,.overdue,.next_due]'
> [null,10,27,37,1,{"date":"2026-02-20","text":"two"}]

=== json: overdue, next due, deadline and days left
$ planstat -f json --today 2026-02-20 tests/data/stat-rules.md | jq -c 'select(.type=="goal") | [.title,.overdue,.next_due.date,.deadline,.days_left,.percent]'
> ["Finished by 2026-01-31",0,null,"2026-01-31",-20,100]
> ["Nothing to tick by 2026-01-01",0,null,"2026-01-01",-50,null]
> ["Only cancelled",0,null,null,null,null]
> ["Late by 2026-02-19",0,null,"2026-02-19",-1,50]
> ["Behind",0,null,"2026-04-11",50,20]
> ["Exactly 25 behind",0,null,"2026-04-11",50,25]
> ["Behind by milestone dates by 2026-04-11",0,null,"2026-04-11",50,0]
> ["Not begun by 2026-12-31",1,"2026-03-01","2026-12-31",314,0]
> ["Going well by 2026-12-31",0,"2026-02-20","2026-12-31",314,33]

=== at-risk: 24% done with half the time gone lags by 26 points
$ { echo '# G start:2026-01-01 due:2026-04-11'; for i in 1 2 3 4 5 6; do echo "- [x] d$i"; done; for i in $(seq 19); do echo "- [ ] o$i"; done; } | planstat -f tsv --today 2026-02-20 | cut -f4-7,12
> done	total	cancelled	percent	status
> 6	25	0	24	at-risk

=== at-risk: nothing before the start date counts as time gone
$ printf '# G start:2026-03-01 due:2026-04-11\n- [ ] a\n' | planstat -f tsv --today 2026-02-20 | cut -f7,12
> percent	status
> 0	not-started

=== at-risk: all the time gone, even past the deadline day itself
$ printf '# G start:2026-01-01 due:2026-02-20\n- [x] a\n- [x] b\n- [x] c\n- [ ] d\n' | planstat -f tsv --today 2026-02-20 | cut -f7,12
> percent	status
> 75	on-track

=== at-risk: on the deadline day with 74% done
$ { echo '# G start:2026-01-01 due:2026-02-20'; for i in $(seq 74); do echo "- [x] d$i"; done; for i in $(seq 26); do echo "- [ ] o$i"; done; } | planstat -f tsv --today 2026-02-20 | cut -f7,12
> percent	status
> 74	at-risk

=== percent is rounded down: 2/3 is 66, 199/200 is 99, 0/1 is 0
$ { echo '# A'; echo '- [x] a'; echo '- [x] b'; echo '- [ ] c'; echo '# B'; for i in $(seq 199); do echo "- [x] m$i"; done; echo '- [ ] last'; echo '# C'; echo '- [/] a'; } | planstat -f tsv --today 2026-02-20 | cut -f3,4,5,7
> title	done	total	percent
> A	2	3	66
> B	199	200	99
> C	0	1	0

=== cancelled milestones count in neither done nor total
$ printf '# A\n- [x] a\n- [-] b\n- [-] c\n- [ ] d\n' | planstat -f tsv --today 2026-02-20 | cut -f4-7
> done	total	cancelled	percent
> 1	2	2	50

=== -S deadline: earliest first, none last, ties in document order
$ planstat -S deadline -f tsv --today 2026-02-20 tests/data/stat-rules.md | cut -f2,10
> line	deadline
> 8	2026-01-01
> 3	2026-01-31
> 15	2026-02-19
> 19	2026-04-11
> 26	2026-04-11
> 32	2026-04-11
> 36	2026-12-31
> 40	2026-12-31
> 12	

=== -S progress: least done first, no milestones last
$ planstat -S progress -f tsv --today 2026-02-20 tests/data/stat-rules.md | cut -f2,7
> line	percent
> 32	0
> 36	0
> 19	20
> 26	25
> 40	33
> 15	50
> 3	100
> 8	
> 12	

=== -S status: overdue, at-risk, not-started, on-track, no-milestones, done
$ planstat -S status -f tsv --today 2026-02-20 tests/data/stat-rules.md | cut -f2,12
> line	status
> 15	overdue
> 19	at-risk
> 32	at-risk
> 36	not-started
> 26	on-track
> 40	on-track
> 8	no-milestones
> 12	no-milestones
> 3	done

=== -S file is document order; sorted goals come before the subtotals
$ planstat -S status --today 2026-02-20 tests/data/stat-tree.md | awk '{ print $1 }'
> tests/data/stat-tree.md:13:
> tests/data/stat-tree.md:20:
> tests/data/stat-tree.md:3:
> tests/data/stat-tree.md:7:
> tests/data/stat-tree.md:16:
> tests/data/stat-tree.md:1:
> tests/data/stat-tree.md:3:
> tests/data/stat-tree.md:11:
> tests/data/stat-tree.md:1:

=== stdin, as - or no operand
$ printf '# A\n- [x] a\n- [ ] b\n' | planstat --today 2026-02-20 - && printf '# A\n- [x] a\n' | planstat -f tsv --today 2026-02-20 | cut -f1,12
> <stdin>:1: A             1/2  50% [##########----------]  on-track
> <stdin>:1: (file total)  1/2  50% [##########----------]  total
> file	status
> <stdin>	done

=== an empty document: a zero total
$ planstat -f json --today 2026-02-20 </dev/null | jq -c '[.type,.done,.total,.percent]'
> ["file",0,0,null]

=== hostile bytes: no crash, valid JSON
$ printf '\000\377# \376Goal\n- [x] \300a\n- [ ] b\n' | planstat -f json --today 2026-02-20 | jq -c '[.type,.done,.total]'
> ["goal",1,2]
> ["file",1,2]

=== Unicode bars only on a terminal in a UTF-8 locale; NO_COLOR leaves the bars
$ command -v script >/dev/null || exit 77; printf '# A\n- [x] a\n- [ ] b\n' >$TMP/a.md; LC_ALL=C.UTF-8 script -qec "planstat --today 2026-02-20 $TMP/a.md" /dev/null | tr -d '\r' | grep -c '█'; NO_COLOR=1 LC_ALL=C.UTF-8 script -qec "planstat --today 2026-02-20 $TMP/a.md" /dev/null | tr -d '\r' | grep -c '█'; LC_ALL=C.UTF-8 planstat --today 2026-02-20 $TMP/a.md | grep -c '#'
> 2
> 2
> 2

=== an unreadable file: reported, the others still summed, exit 2
$ planstat -f tsv --today 2026-02-20 tests/data/no-such-file.md tests/data/stat-tree.md >$TMP/o; s=$?; cut -f2 $TMP/o; exit $s
> line
> 3
> 7
> 13
> 16
> 20
! planstat: tests/data/no-such-file.md: No such file or directory
? 2

=== exit 2: unknown format
$ planstat -f html
! planstat: unknown format 'html' (text, markdown, json, tsv)
? 2

=== exit 2: unknown sort
$ planstat -S size
! planstat: unknown sort 'size' (file, deadline, progress, status)
? 2

=== exit 2: a bad --today
$ planstat --today 2026-02-30
! planstat: --today: '2026-02-30' is not a date (YYYY-MM-DD)
? 2

=== exit 2: an unknown option prints the usage
$ planstat -x
! planstat: invalid option -- 'x'
! usage: planstat [-f text|markdown|json|tsv] [-S deadline|progress|status|file] [--by goal|area] [-G regex] [--today YYYY-MM-DD] [file ...]
? 2

=== -h prints the usage on stdout
$ planstat -h
> usage: planstat [-f text|markdown|json|tsv] [-S deadline|progress|status|file] [--by goal|area] [-G regex] [--today YYYY-MM-DD] [file ...]
>
>   -f FORMAT          output format: text, markdown, json, tsv (default text)
>   -S KEY             sort goals by deadline, progress, status or file (default)
>   --by area          each area to improve and aspiration of a career plan
>                      with the goals that address it
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
> See planstat(1).

=== -V prints the version
$ planstat -V | sed 's/ .*//'
> planstat

=== the file total is FILE:1: (issue 14): every line of the text report but the grand total starts with file:line:
$ planstat --today 2026-11-23 -- samples/*.md tests/data/stat-*.md | grep -v '^(all files)' | grep -cv '^[^ :]*:[0-9][0-9]*:'; planstat --today 2026-11-23 samples/career.md | tail -n 1 | awk '{ print $1, $2, $3 }'
> 0
> samples/career.md:1: (file total)

=== the file total is an entry of vim's quickfix list with the default errorformat, at the file's first line
$ command -v vim >/dev/null 2>&1 || exit 77; planstat --today 2026-11-23 samples/career.md samples/team-okrs.md >$TMP/qf && vim -Nu NONE -i NONE -es -c "cgetfile $TMP/qf" -c "call writefile(map(getqflist(), {_, e -> e.valid . ' ' . bufname(e.bufnr) . ':' . e.lnum}), '$TMP/out')" -c 'qa!' </dev/null; paste -d ' ' $TMP/out $TMP/qf | grep -F '(file total)' | cut -d ' ' -f1,2; paste -d ' ' $TMP/out $TMP/qf | grep -v '^1 '
> 1 samples/career.md:1
> 1 samples/team-okrs.md:1
> 0 :0 (all files)  18/52  34% [######--------------]  total         overdue:1 cancelled:2 next:2026-11-27 Rewrite the onboarding guide for the new cluster layout

=== a title heading over goal sections is one row, its subtotal; a marked heading goal one row, its own
$ printf '# Plan\n- [x] own\n## A\n- [x] a\n- [ ] b\n## B\n- [ ] c\n# Goal: M\n- [ ] m\n## Goal: N\n- [ ] n\n' | planstat --today 2026-12-01
> <stdin>:1:  Plan          2/4  50% [##########----------]  subtotal
> <stdin>:3:    A           1/2  50% [##########----------]  on-track
> <stdin>:6:    B           0/1   0% [--------------------]  not-started
> <stdin>:8:  M             0/1   0% [--------------------]  not-started
> <stdin>:10:   N           0/1   0% [--------------------]  not-started
> <stdin>:1:  (file total)  2/6  33% [######--------------]  total

=== front matter: a plan record first in JSON, and no goal made of it
$ planstat -f json --today 2026-12-01 tests/data/goals-front.md | jq -c '[.type, .title, .deadline]'
> ["plan",null,"2026-12-24"]
> ["goal","Wrap presents","2026-12-24"]
> ["file",null,null]


=== --by area: areas to improve with no goal first, then those addressed with their goals and combined progress, then aspirations
$ planstat --by area --today 2026-12-01 --color=never tests/data/plan-career.md
> tests/data/plan-career.md:20: Saying no to side projects                        0/0    - [--------------------]  area         no goal
> tests/data/plan-career.md:17: Speaking up in planning meetings #speaking        1/2  50% [##########----------]  area         goals:1
> tests/data/plan-career.md:22:   Present one design in every monthly archite...  1/2  50% [##########----------]  on-track      deadline:2027-05-31 (+181d) next:2026-12-08 Present the partitioning design
> tests/data/plan-career.md:18: Estimating work longer than a sprint              1/2  50% [##########----------]  area         goals:1
> tests/data/plan-career.md:31:   Estimate three projects within 20% of their...  1/2  50% [##########----------]  on-track      deadline:2027-06-30 (+211d) next:2027-01-31 Estimate the ledger project
> tests/data/plan-career.md:19: Writing short design docs                         1/2  50% [##########----------]  area         goals:1
> tests/data/plan-career.md:41:   Write three design docs of at most two page...  1/2  50% [##########----------]  on-track      deadline:2027-04-30 (+150d) next:2027-01-15 Draft the partitioning doc
> tests/data/plan-career.md:9:  Be the person others ask about Postgres perfo...  0/0    - [--------------------]  aspiration   no goal
> tests/data/plan-career.md:8:  Lead the platform team's on-call practice wit...  0/2   0% [--------------------]  aspiration   goals:1
> tests/data/plan-career.md:49:   Run the on-call rotation alone by 2027-03-31    0/2   0% [--------------------]  not-started   deadline:2027-03-31 (+120d) next:2027-01-15 Shadow Marek for two weeks

=== --by area as JSON, TSV and Markdown
$ planstat --by area -f json --today 2026-12-01 tests/data/plan-career.md | head -n 2; planstat --by area -f tsv --today 2026-12-01 tests/data/plan-career.md | head -n 3; planstat --by area -f markdown --today 2026-12-01 tests/data/plan-career.md | sed -n "3,7p"
> {"type":"area","file":"tests/data/plan-career.md","line":20,"title":"Saying no to side projects","goals":0,"done":0,"total":0,"percent":null,"addressed_by":[]}
> {"type":"area","file":"tests/data/plan-career.md","line":17,"title":"Speaking up in planning meetings #speaking","goals":1,"done":1,"total":2,"percent":50,"addressed_by":[{"line":22,"title":"Present one design in every monthly architecture review","percent":50,"status":"on-track"}]}
> type	file	line	title	goals	done	total	percent
> area	tests/data/plan-career.md	20	Saying no to side projects	0	0	0	
> area	tests/data/plan-career.md	17	Speaking up in planning meetings #speaking	1	1	2	50
> | Where | What | Title | Goals | Done | % | Progress |
> |---|---|---|--:|--:|--:|---|
> | tests/data/plan-career.md:20 | area | **Saying no to side projects** | 0 | 0/0 |  | `[----------]` |
> | tests/data/plan-career.md:17 | area | **Speaking up in planning meetings \#speaking** | 1 | 1/2 | 50% | `[#####-----]` |
> | tests/data/plan-career.md:22 | goal | Present one design in every monthly architecture review | | 1/2 | 50% | `[#####-----]` |

=== --by area: nothing for a plan that is no career plan; a bad word is said
$ planstat --by area samples/obsidian.md; planstat --by area -f tsv samples/obsidian.md; planstat --by goals samples/obsidian.md
> type	file	line	title	goals	done	total	percent
! planstat: unknown by 'goals' (goal, area)
? 2

=== career plan: -f json adds the career records to the goal rows
$ planstat -f json --today 2026-12-01 tests/data/plan-career.md | jq -r .type | sort | uniq -c | sed "s/^ *//"
> 4 area
> 2 aspiration
> 2 feedback
> 1 file
> 4 goal
> 1 heading
> 1 item
> 4 link
> 1 review
> 4 section
