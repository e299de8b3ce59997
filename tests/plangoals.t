# plangoals: the document model and its output formats.

=== milestone rules: what is a task item and which goal owns it
$ plangoals --today 2026-11-23 tests/data/goals-rules.md
> tests/data/goals-rules.md:1:  goal 0/1 0%  goals-rules.md
> tests/data/goals-rules.md:1:    [ ] pre one  due:2026-12-01
> tests/data/goals-rules.md:7:  goal 2/8 25%  Become staff engineer by 2027-06  deadline:2027-06-30  cancelled:1
> tests/data/goals-rules.md:11:   [x] Write design doc  done:2026-10-02
> tests/data/goals-rules.md:12:   [ ] Present at guild  due:2026-12-15
> tests/data/goals-rules.md:13:     [/] draft slides
> tests/data/goals-rules.md:14:     [-] cancelled thing
> tests/data/goals-rules.md:15:   [ ] buy [x] thing
> tests/data/goals-rules.md:19:     [ ] nested under note
> tests/data/goals-rules.md:21:   [ ] quoted task
> tests/data/goals-rules.md:22:     [x] shared line
> tests/data/goals-rules.md:25:   [ ] step under subheading
> tests/data/goals-rules.md:16: goal 1/1 100%  sub goal item
> tests/data/goals-rules.md:17:     [x] inner
> tests/data/goals-rules.md:27: goal 2/4 50%  Housekeeping
> tests/data/goals-rules.md:33:     [ ] code?
> tests/data/goals-rules.md:39:   [x] Upper
> tests/data/goals-rules.md:40:   [x] numbered
> tests/data/goals-rules.md:41:   [ ] paren

=== goal ownership: marked headings claim sub-sections, items, sections, preamble
$ plangoals --today 2026-11-23 tests/data/goals-owner.md
> tests/data/goals-owner.md:3:  goal 1/1 100%  goals-owner.md
> tests/data/goals-owner.md:3:    [x] inbox item before the first heading
> tests/data/goals-owner.md:7:  goal 1/2 50%  Ship the mobile app  deadline:2027-06-30
> tests/data/goals-owner.md:13:   [x] API keys
> tests/data/goals-owner.md:14:   [ ] Push notifications
> tests/data/goals-owner.md:16: goal 0/2 0%  Reading
> tests/data/goals-owner.md:18:   [ ] Read two books
> tests/data/goals-owner.md:24:     [ ] claimed by Reading
> tests/data/goals-owner.md:19: goal 1/2 50%  Learn to juggle by 2027-03  deadline:2027-03-31
> tests/data/goals-owner.md:20:     [x] Three balls
> tests/data/goals-owner.md:21:     [ ] Four balls
> tests/data/goals-owner.md:22: goal 0/0  fix the bike
> tests/data/goals-owner.md:26: goal 0/1 0%  Sub-section with its own tasks
> tests/data/goals-owner.md:28:   [/] its own task
> tests/data/goals-owner.md:34: goal 0/0  Write more  deadline:2027-01-31

=== no heading: the goal is named after the file
$ plangoals tests/data/goals-nohead.md
> tests/data/goals-nohead.md:1: goal 1/2 50%  goals-nohead.md
> tests/data/goals-nohead.md:1:   [ ] one
> tests/data/goals-nohead.md:2:   [x] two

=== deadline forms and milestone date fields
$ plangoals --today 2026-11-23 tests/data/goals-dates.md
> tests/data/goals-dates.md:3:  goal 0/0  day by 2027-03-15  deadline:2027-03-15
> tests/data/goals-dates.md:4:  goal 0/0  month by 2027-02  deadline:2027-02-28
> tests/data/goals-dates.md:5:  goal 0/0  quarter before 2027-Q3  deadline:2027-09-30
> tests/data/goals-dates.md:6:  goal 0/0  quarter words until Q4 2026  deadline:2026-12-31
> tests/data/goals-dates.md:7:  goal 0/0  iso week due 2026-W53  deadline:2027-01-03
> tests/data/goals-dates.md:8:  goal 0/0  month name by March 2028  deadline:2028-03-31
> tests/data/goals-dates.md:9:  goal 0/0  short month by Sep 2027  deadline:2027-09-30
> tests/data/goals-dates.md:10: goal 0/0  end of year by end of 2027  deadline:2027-12-31
> tests/data/goals-dates.md:11: goal 0/0  bare year by 2029.  deadline:2029-12-31
> tests/data/goals-dates.md:12: goal 0/0  not a year, grow by 2000 users
> tests/data/goals-dates.md:13: goal 0/0  impossible by 2027-02-30  deadline:invalid(2027-02-30)
> tests/data/goals-dates.md:14: goal 0/0  leap day by 2028-02-29  deadline:2028-02-29
> tests/data/goals-dates.md:15: goal 0/0  no leap by 2027-02-29  deadline:invalid(2027-02-29)
> tests/data/goals-dates.md:16: goal 0/0  field wins by 2030  deadline:2027-01-10
> tests/data/goals-dates.md:17: goal 0/0  text line  deadline:2027-07-04
> tests/data/goals-dates.md:21: goal 0/0  week that does not exist by 2025-W53  deadline:invalid(2025-W53)
> tests/data/goals-dates.md:23: goal 0/7 0%  Fields
> tests/data/goals-dates.md:25:   [ ] emoji  due:2026-12-01  done:2026-11-02  start:2026-10-01  scheduled:2026-11-15
> tests/data/goals-dates.md:26:   [ ] selector and nbsp  due:2026-12-02  done:2026-11-03
> tests/data/goals-dates.md:27:   [ ] todo.txt  due:2026-12-03  done:2026-11-04  start:2026-10-03  scheduled:2026-11-16
> tests/data/goals-dates.md:28:   [ ] dataview  due:2026-12-04  done:2026-11-05  start:2026-10-04  scheduled:2026-11-17
> tests/data/goals-dates.md:29:   [ ] hourglass  scheduled:2026-11-18
> tests/data/goals-dates.md:30:   [ ] bad ones  due:invalid(2026-13-01)
> tests/data/goals-dates.md:31:   [ ] prose due:tomorrow stays

=== a BOM and CRLF line endings
$ plangoals tests/data/goals-crlf.md
> tests/data/goals-crlf.md:1: goal 1/2 50%  BOM and CRLF
> tests/data/goals-crlf.md:3:   [x] done
> tests/data/goals-crlf.md:4:   [ ] open

=== NUL bytes and invalid UTF-8 become U+FFFD
$ plangoals tests/data/goals-bytes.md
> tests/data/goals-bytes.md:1: goal 1/2 50%  bytes �� here
> tests/data/goals-bytes.md:3:   [ ] nul � byte
> tests/data/goals-bytes.md:4:   [x] bad �( utf8

=== JSON keeps valid UTF-8 for bad input bytes
$ plangoals -f json tests/data/goals-bytes.md | jq -c '[.title, .milestones[].text]'
> ["bytes �� here","nul � byte","bad �( utf8"]

=== JSON Lines: one object per goal, parsed back
$ plangoals -f json tests/data/goals-owner.md | jq -c '[.line, .kind, .title, .deadline, .start, .done, .active, .open, .total, .cancelled, .percent, [.milestones[] | [.line, .state, .depth, .text]]]'
> [3,"preamble","goals-owner.md",null,null,1,0,0,1,0,100,[[3,"done",0,"inbox item before the first heading"]]]
> [7,"heading","Ship the mobile app","2027-06-30",null,1,0,1,2,0,50,[[13,"done",0,"API keys"],[14,"open",0,"Push notifications"]]]
> [16,"section","Reading",null,null,0,0,2,2,0,0,[[18,"open",0,"Read two books"],[24,"open",1,"claimed by Reading"]]]
> [19,"item","Learn to juggle by 2027-03","2027-03-31",null,1,0,1,2,0,50,[[20,"done",1,"Three balls"],[21,"open",1,"Four balls"]]]
> [22,"item","fix the bike",null,null,0,0,0,0,0,null,[]]
> [26,"section","Sub-section with its own tasks",null,null,0,1,0,1,0,0,[[28,"active",0,"its own task"]]]
> [34,"heading","Write more","2027-01-31","2026-11-01",0,0,0,0,0,null,[]]

=== JSON: dates, invalid dates and null
$ plangoals -f json tests/data/goals-dates.md | jq -c 'select(.invalid_dates != [] or .title == "Fields") | [.title, .deadline, .invalid_dates, [.milestones[] | [.due, .done_date, .start, .scheduled]]]'
> ["impossible by 2027-02-30",null,[{"line":13,"field":"deadline","text":"2027-02-30"}],[]]
> ["no leap by 2027-02-29",null,[{"line":15,"field":"deadline","text":"2027-02-29"}],[]]
> ["week that does not exist by 2025-W53",null,[{"line":21,"field":"deadline","text":"2025-W53"}],[]]
> ["Fields",null,[{"line":30,"field":"due","text":"2026-13-01"}],[["2026-12-01","2026-11-02","2026-10-01","2026-11-15"],["2026-12-02","2026-11-03",null,null],["2026-12-03","2026-11-04","2026-10-03","2026-11-16"],["2026-12-04","2026-11-05","2026-10-04","2026-11-17"],[null,null,null,"2026-11-18"],[null,null,null,null],[null,null,null,null]]]

=== JSON: every goal carries the documented keys
$ plangoals -f json tests/data/goals-rules.md | jq -c 'keys'
> ["active","cancelled","deadline","deadline_text","done","file","invalid_dates","kind","line","milestones","open","percent","start","title","total","type"]
> ["active","cancelled","deadline","deadline_text","done","file","invalid_dates","kind","line","milestones","open","percent","start","title","total","type"]
> ["active","cancelled","deadline","deadline_text","done","file","invalid_dates","kind","line","milestones","open","percent","start","title","total","type"]
> ["active","cancelled","deadline","deadline_text","done","file","invalid_dates","kind","line","milestones","open","percent","start","title","total","type"]

=== TSV: a header and one row per milestone
$ plangoals -f tsv tests/data/goals-owner.md
> file	line	goal_line	goal	state	depth	due	done_date	start	scheduled	text	mark	priority	created	recur	tags	projects	contexts
> tests/data/goals-owner.md	3	3	goals-owner.md	done	0					inbox item before the first heading	x						
> tests/data/goals-owner.md	13	7	Ship the mobile app	done	0					API keys	x						
> tests/data/goals-owner.md	14	7	Ship the mobile app	open	0					Push notifications	 						
> tests/data/goals-owner.md	18	16	Reading	open	0					Read two books	 						
> tests/data/goals-owner.md	24	16	Reading	open	1					claimed by Reading	 						
> tests/data/goals-owner.md	20	19	Learn to juggle by 2027-03	done	1					Three balls	x						
> tests/data/goals-owner.md	21	19	Learn to juggle by 2027-03	open	1					Four balls	 						
> tests/data/goals-owner.md	28	26	Sub-section with its own tasks	active	0					its own task	/						

=== -s open keeps open and active milestones and goals with some
$ plangoals -s open tests/data/goals-owner.md
> tests/data/goals-owner.md:7:  goal 1/2 50%  Ship the mobile app  deadline:2027-06-30
> tests/data/goals-owner.md:14:   [ ] Push notifications
> tests/data/goals-owner.md:16: goal 0/2 0%  Reading
> tests/data/goals-owner.md:18:   [ ] Read two books
> tests/data/goals-owner.md:24:     [ ] claimed by Reading
> tests/data/goals-owner.md:19: goal 1/2 50%  Learn to juggle by 2027-03  deadline:2027-03-31
> tests/data/goals-owner.md:21:     [ ] Four balls
> tests/data/goals-owner.md:26: goal 0/1 0%  Sub-section with its own tasks
> tests/data/goals-owner.md:28:   [/] its own task

=== -s done
$ plangoals -s done -f tsv tests/data/goals-owner.md
> file	line	goal_line	goal	state	depth	due	done_date	start	scheduled	text	mark	priority	created	recur	tags	projects	contexts
> tests/data/goals-owner.md	3	3	goals-owner.md	done	0					inbox item before the first heading	x						
> tests/data/goals-owner.md	13	7	Ship the mobile app	done	0					API keys	x						
> tests/data/goals-owner.md	20	19	Learn to juggle by 2027-03	done	1					Three balls	x						

=== -s all is the default
$ plangoals -s all tests/data/goals-nohead.md
> tests/data/goals-nohead.md:1: goal 1/2 50%  goals-nohead.md
> tests/data/goals-nohead.md:1:   [ ] one
> tests/data/goals-nohead.md:2:   [x] two

=== -G replaces the goal marker
$ plangoals -G '(?i)milestone group:' tests/data/goals-owner.md
> tests/data/goals-owner.md:3:  goal 1/1 100%  goals-owner.md
> tests/data/goals-owner.md:3:    [x] inbox item before the first heading
> tests/data/goals-owner.md:11: goal 1/2 50%  Backend work
> tests/data/goals-owner.md:13:   [x] API keys
> tests/data/goals-owner.md:14:   [ ] Push notifications
> tests/data/goals-owner.md:16: goal 1/4 25%  Reading  deadline:2027-03-31
> tests/data/goals-owner.md:18:   [ ] Read two books
> tests/data/goals-owner.md:20:     [x] Three balls
> tests/data/goals-owner.md:21:     [ ] Four balls
> tests/data/goals-owner.md:24:     [ ] claimed by Reading
> tests/data/goals-owner.md:26: goal 0/1 0%  Sub-section with its own tasks
> tests/data/goals-owner.md:28:   [/] its own task

=== -G with a bad regex
$ plangoals -G 'a(' tests/data/goals-owner.md
! plangoals: -G: bad regex: column 3: missing closing parenthesis
? 2

=== stdin when no operand, and -
$ plangoals -f tsv <tests/data/goals-nohead.md && plangoals -f tsv - <tests/data/goals-nohead.md
> file	line	goal_line	goal	state	depth	due	done_date	start	scheduled	text	mark	priority	created	recur	tags	projects	contexts
> <stdin>	1	1	<stdin>	open	0					one	 						
> <stdin>	2	1	<stdin>	done	0					two	x						
> file	line	goal_line	goal	state	depth	due	done_date	start	scheduled	text	mark	priority	created	recur	tags	projects	contexts
> <stdin>	1	1	<stdin>	open	0					one	 						
> <stdin>	2	1	<stdin>	done	0					two	x						

=== several files, one at a time
$ plangoals -f tsv tests/data/goals-nohead.md tests/data/goals-crlf.md
> file	line	goal_line	goal	state	depth	due	done_date	start	scheduled	text	mark	priority	created	recur	tags	projects	contexts
> tests/data/goals-nohead.md	1	1	goals-nohead.md	open	0					one	 						
> tests/data/goals-nohead.md	2	1	goals-nohead.md	done	0					two	x						
> tests/data/goals-crlf.md	3	1	BOM and CRLF	done	0					done	x						
> tests/data/goals-crlf.md	4	1	BOM and CRLF	open	0					open	 						

=== an unreadable file is reported and the others still processed
$ plangoals tests/data/goals-nohead.md tests/data/no-such.md tests/data/goals-crlf.md
> tests/data/goals-nohead.md:1: goal 1/2 50%  goals-nohead.md
> tests/data/goals-nohead.md:1:   [ ] one
> tests/data/goals-nohead.md:2:   [x] two
> tests/data/goals-crlf.md:1: goal 1/2 50%  BOM and CRLF
> tests/data/goals-crlf.md:3:   [x] done
> tests/data/goals-crlf.md:4:   [ ] open
! plangoals: tests/data/no-such.md: No such file or directory
? 2

=== a directory stands for the plans under it
$ plangoals -f json tests/data | jq -r .file | uniq | head -n 3
> tests/data/check-bad.md
> tests/data/check-good.md
> tests/data/check-warn.md

=== unknown option
$ plangoals -z tests/data/goals-nohead.md
! plangoals: invalid option -- 'z'
! usage: plangoals [-f text|json|tsv|markdown] [-s open|done|all] [-G regex] [--today YYYY-MM-DD] [file ...]
? 2

=== unknown format
$ plangoals -f xml tests/data/goals-nohead.md
! plangoals: unknown format 'xml' (text, json, tsv, markdown)
? 2

=== unknown state
$ plangoals -s later tests/data/goals-nohead.md
! plangoals: unknown state 'later' (open, done, all)
? 2

=== --today must be a date
$ plangoals --today 2026-02-30 tests/data/goals-nohead.md
! plangoals: --today: '2026-02-30' is not a date (YYYY-MM-DD)
? 2

=== --today without a value
$ plangoals --today
! plangoals: option '--today' requires an argument
! usage: plangoals [-f text|json|tsv|markdown] [-s open|done|all] [-G regex] [--today YYYY-MM-DD] [file ...]
? 2

=== --help
$ plangoals --help
> usage: plangoals [-f text|json|tsv|markdown] [-s open|done|all] [-G regex] [--today YYYY-MM-DD] [file ...]
>
>   -f FORMAT          output format: text, json, tsv, markdown (default text)
>   -s STATE           milestones to show: open, done, all (default all)
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
> See plangoals(1).

=== --version names the libraries
$ plangoals --version | sed 's/[0-9][0-9.]*/N/g'
> plangoals (planmark) N, libcmark N, pcreN N N-N-N

=== a write error is reported
$ plangoals tests/data/goals-owner.md >/dev/full
! plangoals: write error: No space left on device
? 2

=== an empty file has no goals
$ plangoals /dev/null

=== 100 000 nested block quotes
$ awk 'BEGIN { s = ""; for (i = 0; i < 100000; i++) s = s ">"; print s " - [x] deep" }' | plangoals -f tsv | cut -f 2,5,6,11
> line	state	depth	text
> 1	done	0	deep

=== 10 000 nested list items, each a task
$ awk 'BEGIN { for (i = 0; i < 10000; i++) { s = ""; for (j = 0; j < i; j++) s = s "  "; print s "- [ ] t" i } }' | plangoals -f json | jq -c '[.total, (.milestones | length), .milestones[-1].depth]'
> [10000,10000,9999]

=== markdown output reads back as the same plan, each heading and goal with a marker of where it and its milestones were
$ plangoals -f markdown tests/data/goals-owner.md
> <!-- planmark: tests/data/goals-owner.md:0 3 -->
> - [x] inbox item before the first heading
>
> # Yearly plan
> <!-- planmark: tests/data/goals-owner.md:5 -->
>
> ## Goal: Ship the mobile app due:2027-06-30
> <!-- planmark: tests/data/goals-owner.md:7 13 14 -->
>
> - [x] API keys
> - [ ] Push notifications
>
> ### Backend work
> <!-- planmark: tests/data/goals-owner.md:11 -->
>
> ## Goal: Reading
> <!-- planmark: tests/data/goals-owner.md:16 18 24 -->
>
> - [ ] Read two books
>   - [ ] claimed by Reading
>
> - Goal: Learn to juggle by 2027-03 due:2027-03-31
>   <!-- planmark: tests/data/goals-owner.md:19 20 21 -->
>   - [x] Three balls
>   - [ ] Four balls
>
> - Goal: fix the bike
>   <!-- planmark: tests/data/goals-owner.md:22 -->
>
> ### Goal: Sub-section with its own tasks
> <!-- planmark: tests/data/goals-owner.md:26 28 -->
>
> - [/] its own task
>
> ## Notes without tasks
> <!-- planmark: tests/data/goals-owner.md:30 -->
>
> ## Goal: Write more due:2027-01-31 start:2026-11-01
> <!-- planmark: tests/data/goals-owner.md:34 -->
>

=== markdown round trip keeps every goal, count, date and nesting, and now each place too, on our plans and the corpus
$ n=0; bad=0; norm='del(.kind, .deadline_text) | .milestones |= (reduce .[] as $m ({s: [], o: []}; (.s | map(select(. < $m.depth))) as $t | .o += [$m | .depth = ($t | length)] | .s = $t + [$m.depth]) | .o)'; for f in tests/data/*.md samples/*.md ../shared/corpus/*.md; do [ -f "$f" ] || continue; n=$((n + 1)); plangoals --today 2026-11-23 -f json -- "$f" | jq -c "select(.type == null) | select(.kind != \"preamble\") // del(.title) | $norm" >$TMP/a; plangoals --today 2026-11-23 -f markdown -- "$f" | plangoals --today 2026-11-23 -f json | jq -c "select(.type == null) | select(.kind != \"preamble\") // del(.title) | $norm" >$TMP/b; cmp -s $TMP/a $TMP/b || { bad=$((bad + 1)); echo "differs: $f"; }; done; echo "$bad differ"; [ "$n" -gt 50 ]
> 0 differ

=== a closed pipe is a quiet exit
$ cd $TMP && awk 'BEGIN { for (i = 0; i < 200000; i++) print "- [ ] task " i }' >big.md; { plangoals big.md; echo $? >st; } | head -n 1; cat st
> big.md:1:      goal 0/200000 0%  big.md
> 0

=== no milestone is dropped: goal totals add up to every box in the tree
$ plangoals -f json tests/data/goals-rules.md tests/data/goals-owner.md samples/*.md | jq -s 'map(.total + .cancelled) | add'
> 123

=== counts against cmark-gfm on the shared corpus; planmark differs on purpose where declared
$ sh tests/corpus.sh
> INFOTECH-School__T3G-IV-game__Assets__Scripts__Prefab_Setup_Guide.md: differs on purpose (0 tasks, -1 done): cmark-gfm reads "- [ ] Press [X] to grab" as done; planmark takes the state from the box at the start only
> bryce-seefieldt__portfolio-docs__docs___meta__templates__template-phase-implementation-guide.md: differs on purpose (0 tasks, -3 done): cmark-gfm reads open items with an [x] later on the line as done; planmark takes the state from the box at the start only
> hye0ngyun__WebPractice__readme.md: differs on purpose (21 tasks, 9 done): cmark-gfm misses items that share a line with their parent's marker ("- - [x] Float"); planmark counts them
> miskcoo__ugreen_leds_controller__README.md: differs on purpose (12 tasks, 7 done): cmark-gfm misses task items inside block quotes; planmark counts them, as GitHub.com shows them
> wiredzenith__FallDetection__ProjectLog.md: differs on purpose (2 tasks, 0 done): cmark-gfm misses task items inside block quotes; planmark counts them, as GitHub.com shows them
> 33 files: 28 as cmark-gfm, 5 differ as declared, 0 wrong

# ---- goals lists, reference dates, deadline labels (issue 11) ----

=== plain items under "Goals for 2027" are goals, each due at the year's end; relative deadlines count from the plan's "Last reviewed" day
$ plangoals --today 2026-11-23
< # Family plan
<
< Last reviewed 2027-01-04 with Sam.
<
< ## Goals for 2027
<
< - Run a half marathon in under 2 hours
< - Paint the fence in six months
< - [x] Book the summer trip
<
< ## Q3 2027 OKRs
<
< - Ship the garden shed by August
<
< ## Reading
<
< - [ ] The Overstory
> <stdin>:7:  goal 0/0  Run a half marathon in under 2 hours  deadline:2027-12-31
> <stdin>:8:  goal 0/0  Paint the fence in six months  deadline:2027-07-04 (six months)
> <stdin>:9:  goal 1/1 100%  Book the summer trip  deadline:2027-12-31
> <stdin>:9:    [x] Book the summer trip
> <stdin>:13: goal 0/0  Ship the garden shed by August  deadline:2027-08-31 (August)
> <stdin>:15: goal 0/1 0%  Reading
> <stdin>:17:   [ ] The Overstory

=== front matter dates the plan; a bold label and a label on its own line
$ plangoals -f json --today 2026-11-23 | jq -c '[.title, .deadline, .deadline_text]'
< ---
< title: Work plan
< date: 2027-02-01
< ---
<
< ## Goal: Hire 2 engineers
<
< **Deadline:** end of Q2
<
< ## Goal: Migrate 3 services within the next quarter
<
< ## Goal: Write 10 runbooks
<
< Deadline:
< 31 March 2027
> ["Work plan",null,null]
> ["Hire 2 engineers","2027-06-30","end of Q2"]
> ["Migrate 3 services within the next quarter","2027-06-30","next quarter"]
> ["Write 10 runbooks","2027-03-31","31 March 2027"]

=== a Key results heading under a marked objective stays its milestones
$ plangoals --today 2026-11-23
< ## Objective: Make onboarding painless
<
< ### Key results
<
< - [ ] New hires ship code in week one
< - [ ] Setup takes under an hour
> <stdin>:1: goal 0/2 0%  Make onboarding painless
> <stdin>:5:   [ ] New hires ship code in week one
> <stdin>:6:   [ ] Setup takes under an hour

=== todo.txt and Obsidian Tasks fields: priority, tags, projects, contexts, recurrence, created, todo.txt done date; cut from the text
$ plangoals --today 2026-11-30 tests/data/goals-tasks.md
> tests/data/goals-tasks.md:1:  goal 2/9 22%  Chores
> tests/data/goals-tasks.md:3:    [x] Pay council tax  +house @desk  done:2026-11-25  created:2026-11-20
> tests/data/goals-tasks.md:4:    [ ] Call mom  !highest #family @phone
> tests/data/goals-tasks.md:5:    [ ] Clean the gutters  !lowest  created:2026-11-01
> tests/data/goals-tasks.md:6:    [ ] 2026-12-24 a leading date alone is text
> tests/data/goals-tasks.md:7:    [ ] Water plants  !high recur:every week  due:2026-12-02  created:2026-11-01
> tests/data/goals-tasks.md:8:    [ ] Fix #12 and C# and +1, then, ok  #tag recur:+1w  start:2026-12-10
> tests/data/goals-tasks.md:9:    [ ] Renew passport  !low recur:every year  created:2026-10-01
> tests/data/goals-tasks.md:10:   [x] Book dentist  !highest #health/teeth #Über  created:2026-11-02
> tests/data/goals-tasks.md:11:   [ ] mail@example.com and a#b stay text  !low

=== the fields of a task in JSON: mark, priority, created, recur, tags, projects, contexts
$ plangoals -f json tests/data/goals-tasks.md | jq -c '.milestones[] | [.line,.text,.mark,.priority,.done_date,.created,.start,.recur,.tags,.projects,.contexts]'
> [3,"Pay council tax","x",null,"2026-11-25","2026-11-20",null,null,[],["house"],["desk"]]
> [4,"Call mom"," ","highest",null,null,null,null,["family"],[],["phone"]]
> [5,"Clean the gutters"," ","lowest",null,"2026-11-01",null,null,[],[],[]]
> [6,"2026-12-24 a leading date alone is text"," ",null,null,null,null,null,[],[],[]]
> [7,"Water plants"," ","high",null,"2026-11-01",null,"every week",[],[],[]]
> [8,"Fix #12 and C# and +1, then, ok"," ",null,null,null,"2026-12-10","+1w",["tag"],[],[]]
> [9,"Renew passport"," ","low",null,"2026-10-01",null,"every year",[],[],[]]
> [10,"Book dentist","X","highest",null,"2026-11-02",null,null,["health/teeth","Über"],[],[]]
> [11,"mail@example.com and a#b stay text"," ","low",null,null,null,null,[],[],[]]

=== the fields of a task in TSV: new columns after text
$ plangoals -f tsv tests/data/goals-tasks.md | cut -f 2,11-
> line	text	mark	priority	created	recur	tags	projects	contexts
> 3	Pay council tax	x		2026-11-20			house	desk
> 4	Call mom	 	highest			family		phone
> 5	Clean the gutters	 	lowest	2026-11-01				
> 6	2026-12-24 a leading date alone is text	 						
> 7	Water plants	 	high	2026-11-01	every week			
> 8	Fix #12 and C# and +1, then, ok	 			+1w	tag		
> 9	Renew passport	 	low	2026-10-01	every year			
> 10	Book dentist	X	highest	2026-11-02		health/teeth Über		
> 11	mail@example.com and a#b stay text	 	low					

=== the fields of a task read back from plangoals' Markdown as they were
$ plangoals -f markdown tests/data/goals-tasks.md >$TMP/a.md && plangoals -f json $TMP/a.md | jq -c '.milestones[] | [.text,.priority,.created,.recur,.tags,.projects,.contexts]' >$TMP/b && plangoals -f json tests/data/goals-tasks.md | jq -c '.milestones[] | [.text,.priority,.created,.recur,.tags,.projects,.contexts]' | diff - $TMP/b && grep -c '' $TMP/b
> 9


=== every status has a meaning: forwarded, scheduled, important, question, starred open; unknown punctuation open; letters and digits no box
$ plangoals tests/data/goals-marks.md && plangoals -f json tests/data/goals-marks.md | jq -c '[.milestones[] | .mark + .state]'
> tests/data/goals-marks.md:1:  goal 2/11 18%  Every status  cancelled:1
> tests/data/goals-marks.md:3:    [ ] open
> tests/data/goals-marks.md:4:    [x] done
> tests/data/goals-marks.md:5:    [x] done too
> tests/data/goals-marks.md:6:    [/] active
> tests/data/goals-marks.md:7:    [-] cancelled
> tests/data/goals-marks.md:8:    [>] forwarded to next week  forwarded
> tests/data/goals-marks.md:9:    [<] scheduled for Monday  scheduled
> tests/data/goals-marks.md:10:   [!] important  important
> tests/data/goals-marks.md:11:   [?] a question  question
> tests/data/goals-marks.md:12:   [*] starred  starred
> tests/data/goals-marks.md:13:   [~] an unknown mark, counted open  unknown
> tests/data/goals-marks.md:14:   [=] another  unknown
> [" open","xdone","Xdone","/active","-cancelled",">open","<open","!open","?open","*open","~open","=open"]

=== the mark reads back from plangoals' Markdown
$ plangoals -f markdown tests/data/goals-marks.md | plangoals -f json | jq -c '[.milestones[] | .mark + .state]'
> [" open","xdone","Xdone","/active","-cancelled",">open","<open","!open","?open","*open","~open","=open"]

=== a box on the line after a link reference definition in the same item is read there
$ printf -- '- [X]:u\n  [-]\n' | plangoals -f json | jq -c '[.line,.cancelled,(.milestones[]|[.line,.mark,.state])]'
> [2,1,[2,"-","cancelled"]]

=== a definition's title is no deadline, and a goal item after a definition is on its own line
$ printf '# H\n\n- [r]: /u "by 2027-01-01"\n  Goal: B\n  - [ ] x\n' | plangoals -f json | jq -c '[.line,.title,.deadline]'
> [4,"B",null]

=== a marked item nested in a milestone is a goal
$ printf '# H\n- [ ] t\n  - Goal: B\n    - [ ] u\n' | plangoals
> <stdin>:1: goal 0/1 0%  H
> <stdin>:2:   [ ] t
> <stdin>:3: goal 0/1 0%  B
> <stdin>:4:       [ ] u

=== prose nested in a milestone belongs to its goal: its deadline counts
$ printf '## Goal: X\n- [ ] a\n  - note: deadline Q2 2027\n' | plangoals --today 2026-12-01
> <stdin>:1: goal 0/1 0%  X  deadline:2027-06-30
> <stdin>:2:   [ ] a

=== a heading that is no goal loses its date fields, as a goal title does
$ printf -- '- [ ] a\n# Plan by 2027-03 due:2027-05-10\n## A\n- [ ] x\n## B\n- [ ] y\n' | planstat -f json --today 2026-12-01 | jq -c 'select(.type=="heading") | .title'
> "Plan by 2027-03"

=== a time after a field's date is part of the field
$ printf '# G\n- [ ] a due:2027-01-10T10:00 b\n- [ ] c due:2027-01-10T10:00:05+01:00\n- [ ] d due:2027-01-10T10\n' | plangoals
> <stdin>:1: goal 0/3 0%  G
> <stdin>:2:   [ ] a b  due:2027-01-10
> <stdin>:3:   [ ] c  due:2027-01-10
> <stdin>:4:   [ ] d  due:invalid(2027-01-10T10)

=== a goal's due field may name a month or a quarter, as the phrase does
$ printf '# Goal: T due:2027-06\n# Goal: U due 2027-06\n# Goal: V due:2027-Q3\n' | plangoals
> <stdin>:1: goal 0/0  T  deadline:2027-06-30
> <stdin>:2: goal 0/0  U due 2027-06  deadline:2027-06-30
> <stdin>:3: goal 0/0  V  deadline:2027-09-30

=== YAML front matter is no heading: its due is the plan's deadline, for goals that name none
$ plangoals tests/data/goals-front.md
> tests/data/goals-front.md:6: goal 1/2 50%  Wrap presents  deadline:2026-12-24
> tests/data/goals-front.md:8:   [ ] buy paper
> tests/data/goals-front.md:9:   [x] list names

=== front matter in JSON: a plan record before the goals; its title names the preamble goal
$ plangoals -f json tests/data/goals-front.md | jq -c 'select(.type=="plan")'; printf -- '---\ntitle: "Daily note"\ntags:\n  - daily\n  - work # a comment\ncreated: 2026-11-30\n---\n- [ ] a\n' | plangoals -f json | jq -c '[.type, .title, .date, .tags] | map(select(. != null))'
> {"type":"plan","file":"tests/data/goals-front.md","front_matter_lines":4,"title":null,"date":null,"deadline":"2026-12-24","deadline_text":"2026-12-24","tags":["daily"]}
> ["plan","Daily note","2026-11-30",["daily","work"]]
> ["goal","Daily note"]

=== TOML front matter: its date is the reference day of relative deadlines
$ printf '+++\ntitle = "Q1"\ndate = 2027-01-01\ntags = ["work", "okr"]\n+++\n# Goal: Ship it in six months\n- [ ] a\n' | plangoals --today 2026-06-01
> <stdin>:6: goal 0/1 0%  Ship it in six months  deadline:2027-07-01 (six months)
> <stdin>:7:   [ ] a

=== a front matter never closed is Markdown, as before
$ printf -- '---\ntitle: x\n\n- [ ] a\n' | plangoals
> <stdin>:4: goal 0/1 0%  <stdin>
> <stdin>:4:   [ ] a

=== a heading that is no goal does not end the section of the goal above it: its prose is that goal's
$ printf '## Goal: X\n- [ ] a\n### Notes\nWe ship by 2027-04-30.\n## Reading\n- [ ] b\n### Sub\nDeadline: Q3 2027\n' | plangoals --today 2026-12-01
> <stdin>:1: goal 0/1 0%  X  deadline:2027-04-30
> <stdin>:2:   [ ] a
> <stdin>:5: goal 0/1 0%  Reading  deadline:2027-09-30
> <stdin>:6:   [ ] b

=== a heading inside a block quote or a list item is a heading, and may be a goal
$ printf '> ## Goal: Q\n> - [ ] a\n\n- ## In item\n  - [ ] b\n' | plangoals
> <stdin>:1: goal 0/1 0%  Q
> <stdin>:2:   [ ] a
> <stdin>:4: goal 0/1 0%  In item
> <stdin>:5:     [ ] b

=== fields in code spans count; in a link's destination or a URL's path they do not
$ printf '# G\n- [ ] read `due:2027-01-10`\n- [ ] see [notes](https://x.org/due:2027-01-10)\n- [ ] see <https://x.org/due:2027-01-10>\n' | plangoals
> <stdin>:1: goal 0/3 0%  G
> <stdin>:2:   [ ] read  due:2027-01-10
> <stdin>:3:   [ ] see notes
> <stdin>:4:   [ ] see https://x.org/due:2027-01-10

=== an empty box is an open milestone with an empty text (GitHub shows it as text)
$ printf -- '- [ ]\n- [x]\n' | plangoals -f json | jq -c '[.open, .done, [.milestones[].text]]'
> [1,1,["",""]]

=== where a key:value field's value ends: at a comma or blank, before a final dot, after an ISO time
$ printf '# G\n- [ ] a due:2027-01-10, then b\n- [ ] c due:2027-01-10.\n- [ ] d due:2027-01-10T09:30Z e\n- [ ] f due:2027-01-10x\n' | plangoals
> <stdin>:1: goal 0/4 0%  G
> <stdin>:2:   [ ] a , then b  due:2027-01-10
> <stdin>:3:   [ ] c .  due:2027-01-10
> <stdin>:4:   [ ] d e  due:2027-01-10
> <stdin>:5:   [ ] f  due:invalid(2027-01-10x)

=== a goal's due:VALUE may name a period; the calendar emoji wants a day, so the Markdown of an invalid one stays invalid
$ printf -- '- Goal: A 📅 2027\n- Goal: B due:2027-06\n' >$TMP/p.md; plangoals -f json $TMP/p.md | jq -c '[.title, .deadline, (.invalid_dates | length)]'; plangoals -f markdown $TMP/p.md | plangoals -f json | jq -c '[.title, .deadline, (.invalid_dates | length)]'
> ["A",null,1]
> ["B","2027-06-30",0]
> ["A",null,1]
> ["B","2027-06-30",0]

=== a recurrence rule with a character the emoji form cannot hold reads back from the Markdown
$ printf -- '- [ ] Clean the filter [repeat:: every 2nd #week]\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '[.milestones[] | .recur, .tags]'
> - [ ] Clean the filter \[repeat:: every 2nd \#week\]
> ["every 2nd #week",[]]

=== an empty recurrence (the emoji alone) reads back from the Markdown
$ printf -- '- [ ] Box model 🔁\n' | plangoals -f markdown | plangoals -f json | jq -c '[.milestones[] | .text, .recur]'
> ["Box model",""]

=== a sign glued to a field stays glued to the word before when the field is cut, and is no context
$ printf -- '- [ ] a due:2026-12-03@home b\n' | plangoals -f json | jq -c '.milestones[0] | [.text, .contexts, .due]'
> ["a@home b",[],"2026-12-03"]

=== a text that starts as a todo.txt task only once a field is cut keeps its fields first in the Markdown
$ printf -- '- [ ] #chores (F) Clean the gutters 🔁 every week\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '.milestones[0] | [.text, .priority, .tags, .recur]'
> - [ ] #chores (F) Clean the gutters 🔁 every week
> ["(F) Clean the gutters",null,["chores"],"every week"]

=== career plan: sections, areas, feedback and links as typed JSON records
$ plangoals --today 2026-12-01 -f json tests/data/plan-career.md | grep -v '"kind":'
> {"type":"review","file":"tests/data/plan-career.md","last_review":"2026-07-01","last_review_line":3,"next_review":"2026-10-15","next_review_line":4}
> {"type":"section","file":"tests/data/plan-career.md","line":6,"end":10,"section":"aspirations","title":"Where I want to be","items":2}
> {"type":"section","file":"tests/data/plan-career.md","line":11,"end":14,"section":"strengths","title":"Strengths","items":1}
> {"type":"section","file":"tests/data/plan-career.md","line":15,"end":21,"section":"weaknesses","title":"Areas to improve","items":4}
> {"type":"section","file":"tests/data/plan-career.md","line":58,"end":61,"section":"feedback","title":"Feedback","items":2}
> {"type":"aspiration","file":"tests/data/plan-career.md","line":8,"end":8,"section":"aspirations","text":"Lead the platform team's on-call practice within two years #oncall","date":null,"who":null,"tags":["oncall"],"anchor":null,"goals":1}
> {"type":"aspiration","file":"tests/data/plan-career.md","line":9,"end":9,"section":"aspirations","text":"Be the person others ask about Postgres performance","date":null,"who":null,"tags":[],"anchor":null,"goals":0}
> {"type":"item","file":"tests/data/plan-career.md","line":13,"end":13,"section":"strengths","text":"Calm under pressure during incidents.","date":null,"who":null,"tags":[],"anchor":null}
> {"type":"area","file":"tests/data/plan-career.md","line":17,"end":17,"section":"weaknesses","text":"Speaking up in planning meetings #speaking","date":null,"who":null,"tags":["speaking"],"anchor":null,"goals":1}
> {"type":"area","file":"tests/data/plan-career.md","line":18,"end":18,"section":"weaknesses","text":"Estimating work longer than a sprint","date":null,"who":null,"tags":[],"anchor":null,"goals":1}
> {"type":"area","file":"tests/data/plan-career.md","line":19,"end":19,"section":"weaknesses","text":"Writing short design docs","date":null,"who":null,"tags":[],"anchor":"docs","goals":1}
> {"type":"area","file":"tests/data/plan-career.md","line":20,"end":20,"section":"weaknesses","text":"Saying no to side projects","date":null,"who":null,"tags":[],"anchor":null,"goals":0}
> {"type":"feedback","file":"tests/data/plan-career.md","line":60,"end":60,"section":"feedback","text":"2026-08-03 Priya: good incident write-up; speak up earlier in planning.","date":"2026-08-03","who":"Priya","tags":[],"anchor":null}
> {"type":"feedback","file":"tests/data/plan-career.md","line":61,"end":61,"section":"feedback","text":"2026-06-20, from Marek: strong on Postgres, quiet in meetings.","date":"2026-06-20","who":"Marek","tags":[],"anchor":null}
> {"type":"link","file":"tests/data/plan-career.md","line":25,"goal_line":22,"goal":"Present one design in every monthly architecture review","how":"tag","section":"weaknesses","item_line":17,"item":"Speaking up in planning meetings #speaking"}
> {"type":"link","file":"tests/data/plan-career.md","line":34,"goal_line":31,"goal":"Estimate three projects within 20% of their actual length","how":"line","section":"weaknesses","item_line":18,"item":"Estimating work longer than a sprint"}
> {"type":"link","file":"tests/data/plan-career.md","line":43,"goal_line":41,"goal":"Write three design docs of at most two pages by 2027-04-30","how":"anchor","section":"weaknesses","item_line":19,"item":"Writing short design docs"}
> {"type":"link","file":"tests/data/plan-career.md","line":52,"goal_line":49,"goal":"Run the on-call rotation alone by 2027-03-31","how":"line","section":"aspirations","item_line":8,"item":"Lead the platform team's on-call practice within two years #oncall"}

=== career plan: a plain task list and a plan with only a "What went well" heading have no career records
$ plangoals -f json samples/obsidian.md | grep -vc '"type":"goal"'; printf '# Retro\n\n## What went well\n\n- [x] shipped\n' | plangoals -f json | grep -vc '"type":"goal"'
> 0
> 0
? 1

=== career plan: feedback entries in the ways people write them, a dated sub-heading, review dates in front matter
< ---
< next_review: 2027-02-01
< last-reviewed: 2026-11-02
< ---
< ## Growth areas
< - Delegation
< ## Feedback received
< - 2026-11-20 Priya: more delegation
< - **2026-10-01**, from Tomás (peer): clear docs
<
< 2026-09-01 — Marek — on-call went well
< ### 2026-08-15 Lucía
< Thanks for the runbook walkthrough.
$ plangoals -f json | jq -c 'select(.type != "goal") | [.type, .line, .date, .who, .last_review, .next_review]'
> ["plan",null,null,null,null,null]
> ["review",null,null,null,"2026-11-02","2027-02-01"]
> ["section",5,null,null,null,null]
> ["section",7,null,null,null,null]
> ["area",6,null,null,null,null]
> ["feedback",8,"2026-11-20","Priya",null,null]
> ["feedback",9,"2026-10-01","Tomás",null,null]
> ["feedback",11,"2026-09-01","Marek",null,null]
> ["feedback",12,"2026-08-15","Lucía",null,null]

=== career plan: links to a section by an Obsidian heading link and a Markdown anchor, to an item by its block id
< ## Weak spots
< - Delegation ^deleg
< - Estimating
< ## Goal: A by 2027-01-01
< See [[Career#Weak spots]].
< ## Goal: B by 2027-01-01
< See [[#^deleg]] and [x](#weak-spots).
$ plangoals -f json | jq -c 'select(.type == "link" or .type == "area") | [.type, .line, .goal, .item_line, .goals]'
> ["area",2,null,null,2]
> ["area",3,null,null,2]
> ["link",5,"A by 2027-01-01",1,null]
> ["link",7,"B by 2027-01-01",2,null]
> ["link",7,"B by 2027-01-01",1,null]
=== a recurrence with a square bracket reads back from the Markdown, in Dataview's round brackets
$ printf -- '- [x] rec:[\n- [ ] rec:1w[due:: 2026-01-01]\n' | plangoals -s all -f markdown | tee $TMP/m.md; plangoals -s all -f json $TMP/m.md | jq -c '.milestones[] | [.text, .recur, .due]'
> - [x] (repeat:: \[)
> - [ ] 2026-01-01\] (repeat:: 1w\[due::)
> ["","[",null]
> ["2026-01-01]","1w[due::",null]

=== a field that cutting another makes is read too, so the text left holds none and reads back from the Markdown as itself
$ printf -- '- [ ] a [repe[due:: 2026-01-01]at:: x] b\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '.milestones[] | [.text, .recur, .due]'
> - [ ] a b due:2026-01-01 rec:x
> ["a b","x","2026-01-01"]

=== a text that leaves a field open goes after the fields in the Markdown when one of them would close it
$ printf -- '- [ ] [repeat:: x)y] (due:: a\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '.milestones[] | [.text, .recur, .due]'
> - [ ] \[repeat:: x)y\] (due:: a
> ["(due:: a","x)y",null]

=== a heading that is no goal keeps its date fields in the Markdown: cut, its title would read as a goal's
$ printf -- '## due:2 Goal:\n\n# Plan\n- [ ] a\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '[.title, .total]'
> 
> ## due:2 Goal:
> 
> # Goal: Plan
> 
> - [ ] a
> ["Plan",1]

=== an invalid front-matter deadline that prose cannot hold goes back to the front matter in the Markdown; a control character in it as '?'
$ printf -- '---\ndue: 4\n---\n- [ ] a\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c 'select(.kind) | [.deadline, .deadline_text]'; printf -- '---\ndue: a\020b\n---\n- [ ] a\n' | plangoals -f markdown | head -n 2 | tail -n 1
> ---
> due: "4"
> ---
> 
> - [ ] a
> [null,"4"]
> due: "a?b"

=== the preamble's invalid deadline with no year ("June 31") goes back to its prose in the Markdown, not to the front matter, which would give it to the goal without one (fuzz_markdown)
$ printf -- '- [ ] a (Target: June 31. 2026)\n\nTarget: June 31\n\n# G\n\n- [ ] b\n' | plangoals --today 2026-11-23 -f markdown | tee $TMP/m.md; plangoals --today 2026-11-23 -f json $TMP/m.md | jq -c '[.title, .deadline, .deadline_text]'
> Deadline: June 31
> 
> - [ ] a (Target: June 31. 2026)
> 
> # Goal: G
> 
> - [ ] b
> ["m.md",null,"June 31"]
> ["G",null,null]

=== a milestone's tags are escaped in the Markdown: two with underscores made strong emphasis and lost them (fuzz_markdown)
$ printf -- '- [ ] x #\\_\\_a #b\\_\\_ +p\\_q @c\\_\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '.milestones[0] | [.text, .tags, .projects, .contexts]'
> - [ ] x #\_\_a #b\_\_ +p\_q @c\_
> ["x",["__a","b__"],["p_q"],["c_"]]

=== a goal's labelled Deadline: line wins over a deadline phrase on an earlier line of its text, and a label alone over the phrase above it
$ printf '## Goal: Shorter design docs\n\nWhy: the feedback in October asked for it.\nMeasure: no rewrites for four weeks.\nDeadline: 2027-04-30\n\n- [ ] a\n\n## Goal: Talks\n\nWhy: asked for within a year.\nDue date:\nMarch 31, 2027\n\n- [ ] b\n\n## Goal: Docs\n\nWhy: by the end of October.\n\n- [ ] c\n' | plangoals --today 2026-11-23 -f json | jq -c '[.title, .deadline, .deadline_text]'
> ["Shorter design docs","2027-04-30","2027-04-30"]
> ["Talks","2027-03-31","March 31, 2027"]
> ["Docs","2027-10-31","end of October"]

=== a long invalid front-matter deadline is cut at a character's start
$ printf -- '---\ndue: a日日日日日日日日\n---\n- [ ] a\n' | plangoals -f json | jq -c 'select(.kind) | .deadline_text'
> "a日日日日日日日"

=== a goal's title that leaves a field open goes after its fields in the Markdown when one of them would close it
$ printf -- '# [due::)](completion::\n- [ ] a\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '[.title, .deadline_text]'
> 
> # Goal: 📅 ) (completion::
> 
> - [ ] a
> ["(completion::",")"]

=== the Markdown of the Markdown is the Markdown: an invalid date written as '?' puts no field before the text
$ printf -- '- [ ] a (completion::-\342\200\257])\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f markdown <$TMP/m.md | cmp - $TMP/m.md && echo same
> - [ ] a ✅ ?
> same

=== a tag after a vertical tab or form feed is a tag, as after any white space the text is squeezed from
$ printf -- '- [ ] a\v#b c\f@d\n' | plangoals -f json | jq -c '.milestones[0] | [.text, .tags, .contexts]'
> ["a c",["b"],["d"]]

=== a goal that is its own box takes its milestone's invalid date (the form feed before it is a blank, as in the text); its Markdown holds it as its title reads it, and the Markdown of the Markdown is the Markdown
$ printf -- '# goal\n- [x] 📅\f]\n' | plangoals -s all -f markdown | tee $TMP/m.md | tr '\f' F; plangoals -s all -f markdown <$TMP/m.md | cmp - $TMP/m.md && echo same
> 
> # goal
> 
> - Goal: 📅 \]
>   - [x] 📅 \]
> same

=== an empty invalid deadline goes after the goal's start in the Markdown, where it takes no field as its value
$ printf -- '# Objective:📅🛫2\n- [ ] a 📅🛫2 #t\n' | plangoals -f markdown | tee $TMP/m.md; plangoals -f json $TMP/m.md | jq -c '[(.invalid_dates | map([.field, .text])), (.milestones[0] | [.due, .start])]'
> 
> # Goal: start:2 📅 
> 
> - [ ] \[due:: \] start:2 #t a
> [[["deadline",""],["start","2"],["due",""],["start","2"]],[null,null]]

=== a field whose value follows form feeds is read as a field, as the text shows them as a space; the Markdown reads back the same (fuzz_markdown found it)
$ printf -- '- [ ] Present design due:\f\f2026-12-08\n' | plangoals -f json | jq -c '.milestones[] | [.text, .due]'; printf -- '- [ ] Present design due:\f\f2026-12-08\n' | plangoals -f markdown | plangoals -f json | jq -c '.milestones[] | [.text, .due]'
> ["Present design","2026-12-08"]
> ["Present design","2026-12-08"]
