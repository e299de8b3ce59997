# plancheck: SMART rules, rules files, output formats, exit codes.

=== goals that keep every built-in rule: no findings
$ plancheck --today 2026-11-23 tests/data/check-good.md

=== every built-in rule fires on a goal that breaks it
$ plancheck --today 2026-11-23 tests/data/check-bad.md
> tests/data/check-bad.md:3:1: warning: vague "Improve" with nothing to make it specific in "Improve"; say what exactly will change, and by how much [S-vague-verb]
> tests/data/check-bad.md:3:1: info: one-word title "Improve"; say what about it you want to achieve [S-title-short]
> tests/data/check-bad.md:3:1: warning: nothing to measure in "Improve": "Improve" says which way, not how far; add a number, a level or a Measure: line [M-vague]
> tests/data/check-bad.md:3:1: error: no deadline for "Improve": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
> tests/data/check-bad.md:5:8: warning: hedge "try to": commit to the goal or drop it [S-hedge]
> tests/data/check-bad.md:5:22: warning: hedge "hopefully": commit to the goal or drop it [S-hedge]
> tests/data/check-bad.md:11:11: warning: goal "Finish the migration of every service we own to the new cluster and retire the old one" is past its deadline 2026-10-31 and not complete [plan-overdue]
> tests/data/check-bad.md:13:3: warning: milestone is overdue (due 2026-11-01) [plan-milestone-overdue]
> tests/data/check-bad.md:13:3: warning: milestone due 2026-11-01, after the deadline of "Finish the migration of every service we own to the new cluster and retire the old one" [plan-milestone-after-deadline]
> tests/data/check-bad.md:14:3: warning: milestone due 2027-01-15, after the deadline of "Finish the migration of every service we own to the new cluster and retire the old one" [plan-milestone-after-deadline]
> tests/data/check-bad.md:15:3: error: invalid date "2027-02-30" [plan-invalid-date]
> tests/data/check-bad.md:25:1: warning: duplicate goal title "Ship the docs site" [plan-duplicate-title]
? 1

=== A-load: more than 50 open milestones due in one week
$ { echo '## Goal: Ship 60 small fixes'; echo; echo 'Why: users asked. Deadline: 2027-06-30'; echo; i=0; while [ $i -lt 51 ]; do echo "- [ ] fix $i due:2027-01-0$((4 + i % 5))"; i=$((i + 1)); done; } >$TMP/load.md && plancheck --today 2026-11-23 $TMP/load.md | sed "s|$TMP|TMP|"
> TMP/load.md:1:1: warning: 51 open milestones due in the week of 2027-01-04 for "Ship 60 small fixes": split the work or move dates [A-load]

=== A-load: 50 in a week, or 51 spread over two weeks, is fine
$ { echo '## Goal: Ship 60 small fixes'; echo; echo 'Why: users asked. Deadline: 2027-06-30'; echo; i=0; while [ $i -lt 51 ]; do echo "- [ ] fix $i due:2027-01-$((10 + i % 2))"; i=$((i + 1)); done; } >$TMP/load.md && plancheck --today 2026-11-23 $TMP/load.md

=== A-load counts open milestones only
$ { echo '## Goal: Ship 60 small fixes'; echo; echo 'Why: users asked. Deadline: 2027-06-30'; echo; i=0; while [ $i -lt 51 ]; do echo "- [x] fix $i due:2027-01-05"; i=$((i + 1)); done; } >$TMP/load.md && plancheck --today 2026-11-23 $TMP/load.md

=== S-vague-verb is quiet when the title has a number
$ plancheck --today 2026-11-23 --no-defaults -r /dev/stdin tests/data/check-good.md
< [S-vague-verb]
< criterion = S
< scope = title
< forbid = (?i)^(?=\D*$)\W*(?:improve|work on)\b
< [T]
< criterion = T
< check = deadline

=== the samples: a first draft, with the weaknesses the docs show
$ plancheck --today 2026-11-23 -- samples/draft.md
> samples/draft.md:14:1: warning: area to improve "I rarely write up what I fixed, so the next person starts over. #docs" has no goal that addresses it: set one, or drop the area [plan-area-without-goal]
> samples/draft.md:26:3: warning: milestone is overdue (due 2026-11-13) [plan-milestone-overdue]
> samples/draft.md:27:3: warning: milestone is overdue (due 2026-11-20) [plan-milestone-overdue]
> samples/draft.md:30:1: warning: vague "Get better" with nothing to make it specific in "Get better at presenting"; say what exactly will change, and by how much [S-vague-verb]
> samples/draft.md:30:1: warning: nothing to measure in "Get better at presenting": "Get better" says which way, not how far; add a number, a level or a Measure: line [M-vague]
> samples/draft.md:30:1: error: no deadline for "Get better at presenting": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
> samples/draft.md:30:1: info: no resources or support named for "Get better at presenting": a course, a mentor, a coach, time or budget (a Support: or Resources: line) [plan-goal-support]
> samples/draft.md:32:10: warning: hedge "try to": commit to the goal or drop it [S-hedge]
> samples/draft.md:32:37: warning: hedge "maybe": commit to the goal or drop it [S-hedge]
> samples/draft.md:33:1: warning: hedge "probably": commit to the goal or drop it [S-hedge]
> samples/draft.md:40:1: warning: no dated feedback in the last 90 days (the last is dated 2026-07-02, 144 days ago): ask your manager, peers or clients, and log it with its date [plan-feedback-age]
? 1

=== the samples: the filled-in career plan passes, with no finding at all, on the samples' day, today and at the end of the year
$ plancheck --today 2026-11-23 -- samples/career.md && plancheck --today 2026-12-01 -- samples/career.md && plancheck --today 2026-12-31 -l info -- samples/career.md
? 0

=== the samples: every goal of the filled-in career plan is S+ M+ A+ R+ T+, the draft's vague goal S- M- T-
$ plancheck -s --today 2026-11-23 -- samples/draft.md samples/career.md
> samples/draft.md:17: S+ M+ A+ R+ T+  Automate the weekly disk-usage report with a Python script
> samples/draft.md:30: S- M- A+ R+ T-  Get better at presenting
> samples/career.md:39: S+ M+ A+ R+ T+  Lead the ledger partitioning project end to end
> samples/career.md:57: S+ M+ A+ R+ T+  Write design docs people can act on
> samples/career.md:72: S+ M+ A+ R+ T+  Mentor two engineers through their first on-call
> samples/career.md:86: S+ M+ A+ R+ T+  Give two lightning talks and speak in every architecture review
> total: 6 goals: S 5+ 1- 0? M 5+ 1- 0? A 6+ 0- 0? R 6+ 0- 0? T 5+ 1- 0?
? 1

=== the samples: the empty career template warns only that no feedback is logged yet
$ plancheck --today 2026-11-23 -- samples/career-template.md
> samples/career-template.md:49:1: warning: no dated feedback in the last 90 days (none is dated): ask your manager, peers or clients, and log it with its date [plan-feedback-age]
? 0

=== scorecard
$ plancheck -s --today 2026-11-23 tests/data/check-good.md tests/data/check-bad.md
> tests/data/check-good.md:3: S+ M+ A+ R+ T+  Ship the billing export to 3 customers
> tests/data/check-good.md:13: S+ M+ A+ R+ T+  Run a 10 km race by Q2 2027
> tests/data/check-bad.md:3: S- M- A+ R? T-  Improve
> tests/data/check-bad.md:7: S+ M+ A+ R+ T+  Finish the migration of every service we own to the new cluster and retire the old one
> tests/data/check-bad.md:17: S+ M+ A+ R+ T+  Ship the docs site
> tests/data/check-bad.md:25: S+ M+ A+ R+ T+  Ship the docs site
> total: 6 goals: S 5+ 1- 0? M 5+ 1- 0? A 6+ 0- 0? R 5+ 0- 1? T 5+ 1- 0?
? 1

=== scorecard: a letter without rules is marked '.'
$ plancheck -s --no-defaults -r /dev/stdin --today 2026-11-23 tests/data/check-good.md
< [T]
< criterion = T
< check = deadline
> tests/data/check-good.md:3: S. M. A. R. T+  Ship the billing export to 3 customers
> tests/data/check-good.md:13: S. M. A. R. T+  Run a 10 km race by Q2 2027
> total: 2 goals: S 0+ 0- 0? M 0+ 0- 0? A 0+ 0- 0? R 0+ 0- 0? T 2+ 0- 0?

# ---- exit codes and -l ----

=== exit 0: only warnings and infos below the default level
$ plancheck --today 2026-11-23 tests/data/check-warn.md
> tests/data/check-warn.md:3:1: info: one-word title "Fitness"; say what about it you want to achieve [S-title-short]
> tests/data/check-warn.md:6:1: warning: hedge "maybe": commit to the goal or drop it [S-hedge]
> tests/data/check-warn.md:6:15: warning: "because my coach says": a reason that is someone else's say-so; say why it matters to you [R-say-so]

=== -l warning: warnings fail
$ plancheck -l warning --today 2026-11-23 tests/data/check-warn.md >/dev/null
? 1

=== -l info with only infos
$ printf '## Goal: Fitness\n\nWhy: stamina. Measure: 3 runs a week.\nDeadline: 2027-05-31\n\n- [ ] Join the club\n' | plancheck -l info --today 2026-11-23
> <stdin>:1:1: info: one-word title "Fitness"; say what about it you want to achieve [S-title-short]
? 1

=== -l warning with only infos
$ printf '## Goal: Fitness\n\nWhy: stamina. Measure: 3 runs a week.\nDeadline: 2027-05-31\n\n- [ ] Join the club\n' | plancheck -l warning --today 2026-11-23 >/dev/null

=== -l off is not a failing level
$ plancheck -l off tests/data/check-good.md
! plancheck: unknown level 'off' (error, warning, info)
? 2

=== bad format
$ plancheck -f xml tests/data/check-good.md
! plancheck: unknown format 'xml' (text, json, sarif)
? 2

=== bad option
$ plancheck -x
! plancheck: invalid option -- 'x'
! usage: plancheck [-f text|json|sarif] [-l LEVEL] [-r FILE]... [-s] [--no-defaults] [--print-rules] [--since REV] [-G regex] [--today YYYY-MM-DD] [file ...]
? 2

=== help
$ plancheck --help
> usage: plancheck [-f text|json|sarif] [-l LEVEL] [-r FILE]... [-s] [--no-defaults] [--print-rules] [--since REV] [-G regex] [--today YYYY-MM-DD] [file ...]
>
>   -f FORMAT          output format: text, json, sarif (default text)
>   -l LEVEL           fail (exit 1) at findings of LEVEL or above: error (default), warning, info
>   -r FILE            rules from FILE, for every plan, instead of .planrules
>   -s                 a SMART scorecard of each goal, not the findings
>   --no-defaults      without the built-in rules
>   --print-rules      print the built-in rules
>   --since REV        only findings the file did not have in git at REV
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
> See plancheck(1).

=== bad --today
$ plancheck --today tomorrow tests/data/check-good.md
! plancheck: --today: 'tomorrow' is not a date (YYYY-MM-DD)
? 2

=== an unreadable file: reported, the rest still checked, exit 2
$ plancheck --today 2026-11-23 tests/data/no-such.md tests/data/check-warn.md | wc -l
> 3
! plancheck: tests/data/no-such.md: No such file or directory

=== exit 2 wins over findings
$ plancheck --today 2026-11-23 tests/data/no-such.md tests/data/check-bad.md >/dev/null
! plancheck: tests/data/no-such.md: No such file or directory
? 2

# ---- output formats ----

=== JSON Lines parsed back
$ plancheck -f json --today 2026-11-23 tests/data/check-bad.md | jq -r '[.file, .line, .column, .level, .rule, .criterion, .goal, (.match // "null")] | @tsv' | head -6
> tests/data/check-bad.md	3	1	warning	S-vague-verb	S	Improve	Improve
> tests/data/check-bad.md	3	1	info	S-title-short	S	Improve	null
> tests/data/check-bad.md	3	1	warning	M-vague	M	Improve	Improve
> tests/data/check-bad.md	3	1	error	T-deadline	T	Improve	null
> tests/data/check-bad.md	5	8	warning	S-hedge	S	Improve	try to
> tests/data/check-bad.md	5	22	warning	S-hedge	S	Improve	hopefully

=== JSON: every object has exactly the documented keys
$ plancheck -f json --today 2026-11-23 tests/data/check-bad.md samples/*.md | jq -c 'keys' | sort -u
> ["column","criterion","file","goal","level","line","match","message","rule"]

=== JSON: one line per text diagnostic, same messages
$ plancheck -f json --today 2026-11-23 samples/draft.md | jq -r '"\(.file):\(.line):\(.column): \(.level): \(.message) [\(.rule)]"' >$TMP/j; plancheck --today 2026-11-23 samples/draft.md | cmp - $TMP/j && echo same
> same

=== SARIF: the required fields
$ plancheck -f sarif --today 2026-11-23 tests/data/check-bad.md | jq -r '.version, ."$schema", (.runs | length), .runs[0].tool.driver.name, (.runs[0].tool.driver.rules | length), (.runs[0].results | length), ([.runs[0].results[] | select(.ruleId and (.level | IN("error", "warning", "note")) and .message.text and .locations[0].physicalLocation.artifactLocation.uri and .locations[0].physicalLocation.region.startLine and .locations[0].physicalLocation.region.startColumn)] | length)'
> 2.1.0
> https://json.schemastore.org/sarif-2.1.0.json
> 1
> plancheck
> 26
> 12
> 12

=== SARIF: levels mapped, info is a note
$ plancheck -f sarif --today 2026-11-23 tests/data/check-bad.md | jq -r '.runs[0].results[1] | "\(.ruleId) \(.level) \(.locations[0].physicalLocation.artifactLocation.uri):\(.locations[0].physicalLocation.region.startLine)"'
> S-title-short note tests/data/check-bad.md:3

=== line order (issue 14): by line, then column, then rule order, across goals too: the outer goal's milestone after the inner goal's hedge
$ printf '## Goal: Run a half marathon under 2 hours by 2027-05-01\n\n- Goal: Maybe swim a mile by 2027-06-01\n- [ ] Sign up for the race due:2026-11-01\n' | plancheck --today 2026-11-23
> <stdin>:3:9: warning: hedge "Maybe": commit to the goal or drop it [S-hedge]
> <stdin>:4:3: warning: milestone is overdue (due 2026-11-01) [plan-milestone-overdue]

=== line order: on one line and column, the rules in the order of the rules file
$ printf '[b-second]\ncriterion = S\nforbid = Learn\nmessage = second\n[a-first]\ncriterion = S\nforbid = Learn\nmessage = first\n' >$TMP/r && printf '## Goal: Learn Go\n' | plancheck --no-defaults -r $TMP/r | cut -d' ' -f3-
> second [b-second]
> first [a-first]

=== line order in text, JSON and SARIF alike, on every plan we have
$ for f in samples/*.md tests/data/*.md; do plancheck --today 2026-11-23 -- "$f" | cut -d: -f2,3 | sort -t: -c -s -n -k1,1 -k2,2 || echo "text: $f"; plancheck -f json --today 2026-11-23 -- "$f" | jq -r '"\(.line):\(.column)"' | sort -t: -c -s -n -k1,1 -k2,2 || echo "json: $f"; plancheck -f sarif --today 2026-11-23 -- "$f" | jq -r '.runs[0].results[].locations[0].physicalLocation.region | "\(.startLine):\(.startColumn)"' | sort -t: -c -s -n -k1,1 -k2,2 || echo "sarif: $f"; done 2>&1; plancheck -f json --today 2026-11-23 tests/data/check-bad.md | jq -r .line | uniq | tr '\n' ' '; echo
> 3 5 11 13 14 15 25 

=== SARIF: no findings is still a valid log, names encoded as URIs
$ cp tests/data/check-good.md "$TMP/a plan.md" && cd $TMP && plancheck -f sarif --today 2026-11-23 "a plan.md" - <"a plan.md" | jq -c '[.runs[0].results, .runs[0].tool.driver.rules[0].id]'
> [[],"S-vague-verb"]

=== SARIF: file names as URI references
$ cp tests/data/check-warn.md "$TMP/a plan.md" && cd $TMP && plancheck -f sarif --today 2026-11-23 "a plan.md" | jq -r '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri'
> a%20plan.md

# ---- the built-in rules as a rules file ----

=== --print-rules prints the embedded rules file verbatim
$ plancheck --print-rules | cmp - src/builtin.rules && echo same
> same

=== --print-rules used as the only rules file gives the same results
$ plancheck --print-rules >$TMP/b.rules && for f in tests/data/check-*.md samples/*.md; do plancheck -f json --today 2026-11-23 "$f" >$TMP/1; plancheck -f json --today 2026-11-23 --no-defaults -r $TMP/b.rules "$f" >$TMP/2; cmp $TMP/1 $TMP/2 || echo "$f differs"; done

=== --no-defaults without rules: nothing to check
$ plancheck --no-defaults --today 2026-11-23 tests/data/check-bad.md

# ---- rules files ----

=== a user file changes a built-in rule's level and message in two lines
$ plancheck --today 2026-11-23 -r /dev/stdin tests/data/check-warn.md
< [R-say-so]
< level = error
< message = why "%g"? 100%% sure?
> tests/data/check-warn.md:3:1: info: one-word title "Fitness"; say what about it you want to achieve [S-title-short]
> tests/data/check-warn.md:6:1: warning: hedge "maybe": commit to the goal or drop it [S-hedge]
> tests/data/check-warn.md:6:15: error: why "Fitness"? 100% sure? [R-say-so]
? 1

=== a later file overrides an earlier one; off silences a rule
$ printf '[R-say-so]\nlevel = error\n' >$TMP/1.rules && printf '# quiet\n[R-say-so]\nlevel = off\n\n[S-hedge]\nlevel = off\n' >$TMP/2.rules && plancheck --today 2026-11-23 -r $TMP/1.rules -r $TMP/2.rules tests/data/check-warn.md
> tests/data/check-warn.md:3:1: info: one-word title "Fitness"; say what about it you want to achieve [S-title-short]

=== a regex is verbatim to the end of the line: # ; = stay
$ cat >$TMP/r && printf '## Goal: Pay #1 invoice; a=b\n' | plancheck --no-defaults -r $TMP/r
< [odd]
< criterion = S
< scope = text
< level = error
< forbid = #1 invoice; a=b   
< message = found %m in %g
> <stdin>:1:14: error: found #1 invoice; a=b in Pay #1 invoice; a=b [odd]
? 1

=== CRLF rules files
$ printf '[odd]\r\ncriterion = S\r\nscope = title\r\nlevel = info\r\nforbid = Pay$\r\n' >$TMP/r && printf '## Goal: Pay\n' | plancheck --no-defaults -r $TMP/r
> <stdin>:1:1: info: goal "Pay" breaks the rule: "Pay" [odd]

=== a rule without message gets a plain one
$ cat >$TMP/r && printf '## Goal: Pay\n' | plancheck --no-defaults -r $TMP/r
< [needs-why]
< criterion = R
< require = Why:
> <stdin>:1:1: warning: goal "Pay" breaks the rule [needs-why]

=== milestone scope: require is a demand on each milestone, cancelled ones excepted
$ printf '[ms-due]\ncriterion = T\nscope = milestone\nrequire = due:\nmessage = milestone without a due date\n[ms-tbd]\ncriterion = S\nscope = milestone\nforbid = TBD\nlevel = info\n' >$TMP/r && plancheck --today 2026-11-23 --no-defaults -r $TMP/r
< ## Goal: Pay
<
< - [ ] send it due:2027-01-01
< - [ ] ask TBD
< - [-] drop it TBD
> <stdin>:4:3: warning: milestone without a due date [ms-due]
> <stdin>:4:11: info: goal "Pay" breaks the rule: "TBD" [ms-tbd]

=== a forbid rule reports at most 10 matches a goal
$ printf '[x]\ncriterion = S\nforbid = x\n' >$TMP/r && plancheck --no-defaults -r $TMP/r | wc -l
< ## Goal: x x x x x x
<
< x x x x x x x x x x
> 10

=== empty matches do not loop, and step over whole characters
$ printf '[e]\ncriterion = S\nforbid = (?=é)\nmessage = [%%m]\n' >$TMP/r && plancheck --no-defaults -r $TMP/r
< ## Goal: x
<
< aéé
> <stdin>:3:2: warning: [] [e]
> <stdin>:3:4: warning: [] [e]

=== a runaway regex stops at pcre2's limits, the rest goes on, exit 2
$ { printf '## Goal: '; i=0; while [ $i -lt 60 ]; do printf aaaaa; i=$((i + 1)); done; printf 'b\n\nDeadline: 2027-01-01\n'; } >$TMP/run.md && printf '[boom]\ncriterion = S\nscope = text\nforbid = (a+)+$\n[boom2]\ncriterion = M\nscope = title\nrequire = ^(?:a|aa)+$\n[after]\ncriterion = T\nlevel = error\ncheck = deadline\n' >$TMP/r && timeout 20 plancheck --no-defaults -r $TMP/r $TMP/run.md $TMP/run.md 2>&1 | sed "s|$TMP|TMP|; s/\"a*b*\(\.\.\.\)*\"/\"A\"/"
> plancheck: TMP/run.md:1: rule boom: regex hit its match limit on goal "A"
> plancheck: TMP/run.md:1: rule boom2: regex hit its match limit on goal "A"
> plancheck: TMP/run.md:1: rule boom: regex hit its match limit on goal "A"
> plancheck: TMP/run.md:1: rule boom2: regex hit its match limit on goal "A"

=== a runaway regex: exit status 2
$ { printf '## Goal: '; i=0; while [ $i -lt 60 ]; do printf aaaaa; i=$((i + 1)); done; printf 'b\n'; } >$TMP/run.md && printf '[boom]\ncriterion = S\nscope = title\nforbid = (a+)+$\n[t]\ncriterion = T\nlevel = error\ncheck = deadline\n' >$TMP/r && { timeout 20 plancheck --no-defaults -r $TMP/r $TMP/run.md 2>/dev/null; echo "exit $?"; } | sed "s|$TMP|TMP|; s/\"a*b*\(\.\.\.\)*\"/\"A\"/"
> TMP/run.md:1:1: error: goal "A" breaks the rule [t]
> exit 2

# ---- rules file errors: FILE:LINE: message, exit 2 ----

=== unknown key
$ printf '[a]\ncriterion = S\ncolour = red\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:3: unknown key 'colour'
? 2

=== unknown level
$ printf '[a]\nlevel = fatal\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: unknown level 'fatal' (error, warning, info or off)
? 2

=== unknown scope
$ printf '[a]\nscope = body\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: unknown scope 'body' (title, text or milestone)
? 2

=== unknown criterion
$ printf '[a]\ncriterion = X\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: unknown criterion 'X' (S, M, A, R, T or plan)
? 2

=== unknown check
$ printf '[a]\ncheck = spelling\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: unknown check 'spelling'
? 2

=== bad count
$ printf '[a]\ncheck = min-milestones\ncount = 0\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:3: count must be a number from 1 to 1000000, not '0'
? 2

=== section without ]
$ printf '# rules\n[a\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: section without a closing ']'
? 2

=== bad rule id
$ printf '[a b]\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:1: bad rule id: use letters, digits, '-', '_' and '.'
? 2

=== a key before any section
$ printf 'level = error\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:1: key before the first '[ID]' section
? 2

=== a line that is none of the three
$ printf '[a]\nlevel error\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: expected '[ID]', 'key = value' or a '#' comment
? 2

=== missing key
$ printf '[a]\n = x\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:2: missing key before '='
? 2

=== a rule with no predicate
$ printf '\n[a]\ncriterion = S\n' >$TMP/r && cd $TMP && plancheck --no-defaults -r r /dev/null
! plancheck: r:2: rule a has no require, forbid or check
? 2

=== a rule with no criterion
$ printf '[a]\ncheck = deadline\n' >$TMP/r && cd $TMP && plancheck --no-defaults -r r /dev/null
! plancheck: r:1: rule a has no criterion
? 2

=== forbid combined with require
$ printf '[a]\ncriterion = S\nrequire = x\nforbid = y\n' >$TMP/r && cd $TMP && plancheck --no-defaults -r r /dev/null
! plancheck: r:1: rule a: forbid cannot be combined with require or check
? 2

=== an empty value unsets a regex
$ printf '[S-hedge]\nforbid =\ncheck = deadline\n' >$TMP/r && cd $TMP && printf '## Goal: Maybe run 5 km\n\nWhy: fun. Deadline: 2027-01-01\n\n- [ ] run\n' | plancheck -r r --today 2026-11-23

=== a bad regex: file, line, column and pcre2's message
$ printf '[a]\ncriterion = S\nforbid =   ab(c\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:3:16: rule a: bad regex: missing closing parenthesis
? 2

=== a bad regex in the middle
$ printf '[a]\ncriterion = S\nforbid = a)b\n' >$TMP/r && cd $TMP && plancheck -r r /dev/null
! plancheck: r:3:11: rule a: bad regex: unmatched closing parenthesis
? 2

=== an unreadable rules file
$ cd $TMP && plancheck -r nothere /dev/null
! plancheck: nothere: No such file or directory
? 2

# ---- .planrules discovery ----

=== .planrules in the plan's directory, on top of the built-ins
$ mkdir -p $TMP/team/q1 && cp tests/data/check-warn.md $TMP/team/q1/plan.md && printf '[S-hedge]\nlevel = off\n' >$TMP/team/q1/.planrules && cd $TMP && plancheck --today 2026-11-23 team/q1/plan.md
> team/q1/plan.md:3:1: info: one-word title "Fitness"; say what about it you want to achieve [S-title-short]
> team/q1/plan.md:6:15: warning: "because my coach says": a reason that is someone else's say-so; say why it matters to you [R-say-so]

=== .planrules in a parent directory; the nearest wins
$ mkdir -p $TMP/team/q1 $TMP/team/q2 && cp tests/data/check-warn.md $TMP/team/q1/plan.md && cp tests/data/check-warn.md $TMP/team/q2/plan.md && printf '[S-hedge]\nlevel = off\n' >$TMP/team/.planrules && printf '[R-say-so]\nlevel = off\n' >$TMP/team/q2/.planrules && cd $TMP && plancheck --today 2026-11-23 team/q1/plan.md team/q2/plan.md team/q1/plan.md | awk '{ print $1, $2, $NF }'
> team/q1/plan.md:3:1: info: [S-title-short]
> team/q1/plan.md:6:15: warning: [R-say-so]
> team/q2/plan.md:3:1: info: [S-title-short]
> team/q2/plan.md:6:1: warning: [S-hedge]
> team/q1/plan.md:3:1: info: [S-title-short]
> team/q1/plan.md:6:15: warning: [R-say-so]

=== stdin: .planrules in the current directory
$ printf '[S-title-short]\nlevel = off\n[S-hedge]\nlevel = off\n[R-say-so]\nlevel = off\n' >$TMP/.planrules && cd $TMP && plancheck --today 2026-11-23 - <$OLDPWD/tests/data/check-warn.md

=== -r replaces discovery
$ printf '[S-title-short]\nlevel = off\n' >$TMP/.planrules && printf '[R-say-so]\nlevel = off\n' >$TMP/r && cp tests/data/check-warn.md $TMP/p.md && cd $TMP && plancheck -r r --today 2026-11-23 p.md | awk '{ print $1, $2, $NF }'
> p.md:3:1: info: [S-title-short]
> p.md:6:1: warning: [S-hedge]

=== --no-defaults with a .planrules: only its rules
$ printf '[T]\ncriterion = T\nlevel = info\ncheck = deadline\n' >$TMP/.planrules && cd $TMP && printf '## Goal: Pay\n' | plancheck --no-defaults
> <stdin>:1:1: info: goal "Pay" breaks the rule [T]

=== .planrules: the search stops at the repository's root: one above it is not used (issue 16)
$ mkdir -p $TMP/outer/repo/q1 && git init -q $TMP/outer/repo && cp tests/data/check-warn.md $TMP/outer/repo/q1/plan.md && printf '[S-hedge]\nlevel = off\n[R-say-so]\nlevel = off\n[S-title-short]\nlevel = off\n' >$TMP/outer/.planrules && cd $TMP && plancheck --today 2026-11-23 outer/repo/q1/plan.md | awk '{ print $NF }'; printf '[S-hedge]\nlevel = off\n' >outer/repo/.planrules && plancheck --today 2026-11-23 outer/repo/q1/plan.md | awk '{ print $NF }'
> [S-title-short]
> [S-hedge]
> [R-say-so]
> [S-title-short]
> [R-say-so]

=== .planrules: the search stops at $HOME too
$ mkdir -p $TMP/home/notes && cp tests/data/check-warn.md $TMP/home/notes/plan.md && printf '[S-hedge]\nlevel = off\n' >$TMP/.planrules && cd $TMP && HOME=$TMP/home plancheck --today 2026-11-23 home/notes/plan.md | awk '{ print $NF }'; HOME=/nonexistent plancheck --today 2026-11-23 home/notes/plan.md | awk '{ print $NF }'
> [S-title-short]
> [S-hedge]
> [R-say-so]
> [S-title-short]
> [R-say-so]

=== .planrules writable by group or others: skipped with a warning (once), the next one up used
$ mkdir -p $TMP/shared/q1 && cp tests/data/check-warn.md $TMP/shared/q1/plan.md && cp tests/data/check-warn.md $TMP/shared/q1/b.md && printf '[S-title-short]\nlevel = off\n' >$TMP/.planrules && printf '[S-hedge]\nlevel = off\n[R-say-so]\nlevel = off\n' >$TMP/shared/.planrules && chmod 666 $TMP/shared/.planrules && cd $TMP && plancheck --today 2026-11-23 shared/q1/plan.md shared/q1/b.md 2>&1 | sed "s|$(pwd -P)|TMP|" | awk '/^plancheck:/ { print; next } { print $1, $NF }'
> plancheck: TMP/shared/.planrules: not used: writable by group or others
> shared/q1/plan.md:6:1: [S-hedge]
> shared/q1/plan.md:6:15: [R-say-so]
> shared/q1/b.md:6:1: [S-hedge]
> shared/q1/b.md:6:15: [R-say-so]

=== .planrules owned by another user: skipped with a warning (as root, the file is given to nobody)
$ [ "$(id -u)" = 0 ] || exit 77; mkdir -p $TMP/sticky && cp tests/data/check-warn.md $TMP/sticky/plan.md && printf '[S-hedge]\nlevel = off\n[R-say-so]\nlevel = off\n[S-title-short]\nlevel = off\n' >$TMP/sticky/.planrules && chown 65534 $TMP/sticky/.planrules && cd $TMP && plancheck --today 2026-11-23 sticky/plan.md 2>&1 | sed "s|$(pwd -P)|TMP|" | awk '/^plancheck:/ { print; next } { print $1, $NF }'; echo "exit $?"
> plancheck: TMP/sticky/.planrules: not used: owned by another user
> sticky/plan.md:3:1: [S-title-short]
> sticky/plan.md:6:1: [S-hedge]
> sticky/plan.md:6:15: [R-say-so]
> exit 0

=== rules files: 1 MiB at most, refused before reading
$ head -c 1048577 /dev/zero | tr '\0' '#' >$TMP/big.rules && plancheck -r $TMP/big.rules tests/data/check-good.md 2>&1 | sed "s|$TMP|TMP|"; head -c 1048576 /dev/zero | tr '\0' '#' >$TMP/big.rules && plancheck -r $TMP/big.rules tests/data/check-good.md && echo ok; head -c 1048577 /dev/zero | tr '\0' '#' | plancheck -r - tests/data/check-good.md
> plancheck: TMP/big.rules: larger than 1024 KiB
> ok
! plancheck: -: larger than 1024 KiB
? 2

=== rules files: at most 1000 rules in all; reading is linear (40 000 sections naming 1000 rules)
$ awk 'BEGIN { for (i = 0; i < 1000; i++) printf "[r%d]\ncriterion = S\nforbid = a%d\n", i, i; for (i = 0; i < 40000; i++) printf "[r%d]\n", i % 1000 }' >$TMP/many.rules && timeout 10 plancheck --no-defaults -r $TMP/many.rules tests/data/check-good.md && echo ok; printf '[x1]\n[x2]\n[x3]\n[x4]\n[x5]\n[x6]\n[x7]\n' >>$TMP/many.rules; timeout 10 plancheck --no-defaults -r $TMP/many.rules tests/data/check-good.md 2>&1 | sed "s|$TMP|TMP|"
> ok
> plancheck: TMP/many.rules:43001: more than 1000 rules

=== rules files: a regex too large compiled is refused
$ { printf '[big]\ncriterion = S\nforbid = (?:'; awk 'BEGIN { for (i = 0; i < 1000; i++) printf "w%d|", i; printf "zz" }'; printf ')\n'; } >$TMP/r && plancheck -r $TMP/r tests/data/check-good.md 2>&1 | sed "s|$TMP|TMP|; s/: [0-9]* KiB/: N KiB/"
> plancheck: TMP/r:3:10: rule big: regex too large: N KiB compiled, at most 64

=== %g and %m expand to 1 KiB at most, a message to about 8 KiB
$ { printf '## Goal: '; awk 'BEGIN { for (i = 0; i < 1000; i++) printf "abcd" }'; printf '\n'; } >$TMP/p.md && { printf '[t]\ncriterion = T\nlevel = error\ncheck = deadline\nmessage = '; awk 'BEGIN { for (i = 0; i < 5000; i++) printf "%%g" }'; printf '\n'; } >$TMP/r && plancheck --no-defaults -r $TMP/r $TMP/p.md >$TMP/out; echo "exit $?"; sed "s|$TMP|T|" $TMP/out | wc -c; grep -o 'abcd\.\.\.' $TMP/out | wc -l
> exit 1
> 8243
> 8

=== a bad .planrules: said once, its plans skipped, others checked, exit 2
$ mkdir -p $TMP/bad && printf '[x\n' >$TMP/bad/.planrules && cp tests/data/check-warn.md $TMP/bad/a.md && cp tests/data/check-warn.md $TMP/bad/b.md && cp tests/data/check-good.md $TMP/good.md && cd $TMP && plancheck --today 2026-11-23 bad/a.md good.md bad/b.md 2>&1 | sed "s|$(pwd -P)|TMP|"
> plancheck: TMP/bad/.planrules:1: section without a closing ']'
? 0

=== a bad .planrules: exit 2
$ mkdir -p $TMP/bad && printf '[x\n' >$TMP/bad/.planrules && cp tests/data/check-good.md $TMP/bad/a.md && cd $TMP && plancheck bad/a.md 2>/dev/null
? 2

# ---- samples/pre-commit ----

=== the pre-commit hook checks the staged content, names with spaces too
$ root=$PWD && cd $TMP && git init -q r && cd r && mkdir "team plans" && printf '## Goal: Improve\n' >"team plans/q 1.md" && printf '# notes\n' >README.md && git add . && printf '## Goal: Ship 3 reports by 2027-03-31\n\nWhy: the board asks.\n\n- [ ] draft\n' >"team plans/q 1.md" && PLANCHECK_ARGS='--today 2026-11-23' sh $root/samples/pre-commit 2>&1 | awk '{ print $1, $2, $3, $NF }'
> team plans/q 1.md:1:1: [S-vague-verb]
> team plans/q 1.md:1:1: [S-title-short]
> team plans/q 1.md:1:1: [M-vague]
> team plans/q 1.md:1:1: [T-deadline]
> pre-commit: plancheck reported anyway)

=== the pre-commit hook: a staged plan named like an option is checked, not taken for one (issue 16)
$ root=$PWD && cd $TMP && git init -q r && cd r && printf '## Goal: Improve\n' >-h.md && printf '## Goal: Improve\n' >--version.md && git add -- -h.md --version.md && PLANCHECK_ARGS='--today 2026-11-23' sh $root/samples/pre-commit >$TMP/o 2>&1; echo "exit $?"; awk '{ print $1, $NF }' $TMP/o | sort -u
> exit 1
> --version.md:1:1: [M-vague]
> --version.md:1:1: [S-title-short]
> --version.md:1:1: [S-vague-verb]
> --version.md:1:1: [T-deadline]
> -h.md:1:1: [M-vague]
> -h.md:1:1: [S-title-short]
> -h.md:1:1: [S-vague-verb]
> -h.md:1:1: [T-deadline]
> pre-commit: anyway)

=== the pre-commit hook: exit 1 on findings
$ root=$PWD && cd $TMP && git init -q r && cd r && printf '## Goal: Improve\n' >"a b.md" && git add . && sh $root/samples/pre-commit >/dev/null 2>&1
? 1

=== the pre-commit hook: good staged plans and their staged .planrules pass
$ root=$PWD && cd $TMP && git init -q r && cd r && mkdir -p "team plans" && printf '## Goal: Ship 3 reports by 2027-03-31\n\n- [ ] draft\n- [ ] send\n' >"team plans/q 1.md" && printf '[R-why]\nlevel = off\n' >"team plans/.planrules" && git add . && PLANCHECK_ARGS='--today 2026-11-23' sh $root/samples/pre-commit

=== the pre-commit hook: nothing staged, nothing to do
$ root=$PWD && cd $TMP && git init -q r && cd r && sh $root/samples/pre-commit

# ---- SMART by meaning: a case for each kind of writing (issue 11) ----

=== S and M: a vague verb anywhere in the sentence, with nothing to measure (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: This spring I want to eat healthier and get fitter
> <stdin>:1: S- M- A? R? T+  This spring I want to eat healthier and get fitter
> total: 1 goal: S 0+ 1- 0? M 0+ 1- 0? A 0+ 0- 1? R 0+ 0- 1? T 1+ 0- 0?
? 1

=== S and M: a vague verb anywhere in the sentence, with nothing to measure (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: This spring I want to eat healthier and get fitter
> <stdin>:1:3: warning: vague "healthier" with nothing to make it specific in "This spring I want to eat healthier and get fitter"; say what exactly will change, and by how much [S-vague-verb]
> <stdin>:1:3: warning: nothing to measure in "This spring I want to eat healthier and get fitter": "healthier" says which way, not how far; add a number, a level or a Measure: line [M-vague]
? 1

=== S and M: vague words people use for goals (save money, build my network, be happier) (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Save money
< - Goal: Build my network
< - Goal: Be happier at work
> <stdin>:1: S- M- A? R? T-  Save money
> <stdin>:2: S- M- A? R? T-  Build my network
> <stdin>:3: S- M- A? R? T-  Be happier at work
> total: 3 goals: S 0+ 3- 0? M 0+ 3- 0? A 0+ 0- 3? R 0+ 0- 3? T 0+ 3- 0?
? 1

=== S and M: vague words people use for goals (save money, build my network, be happier) (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Save money
< - Goal: Build my network
< - Goal: Be happier at work
> <stdin>:1:3: warning: vague "Save money" with nothing to make it specific in "Save money"; say what exactly will change, and by how much [S-vague-verb]
> <stdin>:1:3: warning: nothing to measure in "Save money": "Save money" says which way, not how far; add a number, a level or a Measure: line [M-vague]
> <stdin>:1:3: error: no deadline for "Save money": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
> <stdin>:2:3: warning: vague "Build my network" with nothing to make it specific in "Build my network"; say what exactly will change, and by how much [S-vague-verb]
> <stdin>:2:3: warning: nothing to measure in "Build my network": "Build my network" says which way, not how far; add a number, a level or a Measure: line [M-vague]
> <stdin>:2:3: error: no deadline for "Build my network": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
> <stdin>:3:3: warning: vague "happier" with nothing to make it specific in "Be happier at work"; say what exactly will change, and by how much [S-vague-verb]
> <stdin>:3:3: warning: nothing to measure in "Be happier at work": "happier" says which way, not how far; add a number, a level or a Measure: line [M-vague]
> <stdin>:3:3: error: no deadline for "Be happier at work": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
? 1

=== S and M: a number glued to its unit excuses the vague verb (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Get faster on the bike: 40km in under 90 minutes by June 2027
< - Goal: Improve my deadlift to 120kg by March 2027
> <stdin>:1: S+ M+ A? R? T+  Get faster on the bike: 40km in under 90 minutes by June 2027
> <stdin>:2: S+ M+ A? R? T+  Improve my deadlift to 120kg by March 2027
> total: 2 goals: S 2+ 0- 0? M 2+ 0- 0? A 0+ 0- 2? R 0+ 0- 2? T 2+ 0- 0?

=== S and M: a number glued to its unit excuses the vague verb (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Get faster on the bike: 40km in under 90 minutes by June 2027
< - Goal: Improve my deadlift to 120kg by March 2027

=== S and M: a grade or a level is a measure (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Raise my statistics grade from a C to a B this semester
< - Goal: Improve my Japanese to JLPT N2 by December 2027
> <stdin>:1: S+ M+ A? R? T+  Raise my statistics grade from a C to a B this semester
> <stdin>:2: S+ M+ A? R? T+  Improve my Japanese to JLPT N2 by December 2027
> total: 2 goals: S 2+ 0- 0? M 2+ 0- 0? A 0+ 0- 2? R 0+ 0- 2? T 2+ 0- 0?

=== S and M: a grade or a level is a measure (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Raise my statistics grade from a C to a B this semester
< - Goal: Improve my Japanese to JLPT N2 by December 2027

=== M: a yes/no outcome needs no number (a named course, a named role) (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Complete the Kubernetes Administrator course by October
< - Goal: Be promoted to staff engineer in the 2027 cycle, by 2027-09-30
> <stdin>:1: S+ M+ A? R? T+  Complete the Kubernetes Administrator course by October
> <stdin>:2: S+ M+ A? R? T+  Be promoted to staff engineer in the 2027 cycle, by 2027-09-30
> total: 2 goals: S 2+ 0- 0? M 2+ 0- 0? A 0+ 0- 2? R 0+ 0- 2? T 2+ 0- 0?

=== M: a yes/no outcome needs no number (a named course, a named role) (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Complete the Kubernetes Administrator course by October
< - Goal: Be promoted to staff engineer in the 2027 cycle, by 2027-09-30

=== S: a title of any length is fine; length is advice only (info) (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Write and send a one-page summary of the quarter's incidents to the whole platform group every second Friday, with the three lessons we want the next on-call rotation to keep in mind
> <stdin>:1: S+ M+ A? R? T-  Write and send a one-page summary of the quarter's incidents to the whole platform group every second Friday, with the three lessons we want the next on-call rotation to keep in mind
> total: 1 goal: S 1+ 0- 0? M 1+ 0- 0? A 0+ 0- 1? R 0+ 0- 1? T 0+ 1- 0?
? 1

=== S: a title of any length is fine; length is advice only (info) (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Write and send a one-page summary of the quarter's incidents to the whole platform group every second Friday, with the three lessons we want the next on-call rotation to keep in mind
> <stdin>:1:3: info: title of more than 24 words; name the goal in a few words and put the detail below it [S-title-long]
> <stdin>:1:3: error: no deadline for "Write and send a one-page summary of the quarter's incidents to the whole platform group every second Friday, with the three lessons we want the next on-call rotation to keep in mind": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
? 1

=== S: a hedge in the goal's own text fails S (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Maybe learn to sail someday
> <stdin>:1: S- M? A? R? T-  Maybe learn to sail someday
> total: 1 goal: S 0+ 1- 0? M 0+ 0- 1? A 0+ 0- 1? R 0+ 0- 1? T 0+ 1- 0?
? 1

=== S: a hedge in the goal's own text fails S (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Maybe learn to sail someday
> <stdin>:1:3: error: no deadline for "Maybe learn to sail someday": add "Deadline: YYYY-MM-DD", "by the end of Q2" or due:YYYY-MM-DD to the goal [T-deadline]
> <stdin>:1:9: warning: hedge "Maybe": commit to the goal or drop it [S-hedge]
> <stdin>:1:29: warning: hedge "someday": commit to the goal or drop it [S-hedge]
? 1

=== A: a way to the goal is evidence for A; an impossible target is evidence against (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Cut support tickets by 30% by June 2027 by rewriting the three worst help pages
< - Goal: Never again miss a single gym session in 2027
> <stdin>:1: S+ M+ A+ R? T+  Cut support tickets by 30% by June 2027 by rewriting the three worst help pages
> <stdin>:2: S+ M? A- R? T+  Never again miss a single gym session in 2027
> total: 2 goals: S 2+ 0- 0? M 1+ 0- 1? A 1+ 1- 0? R 0+ 0- 2? T 2+ 0- 0?
? 1

=== A: a way to the goal is evidence for A; an impossible target is evidence against (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Cut support tickets by 30% by June 2027 by rewriting the three worst help pages
< - Goal: Never again miss a single gym session in 2027
> <stdin>:2:3: warning: "Never again" asks for the impossible; set a target you can reach [A-absurd]
? 1

=== A: a deadline before the day the plan was written fails A (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< ---
< date: 2027-01-10
< ---
< - Goal: Submit the grant report by 2026-12-01
> <stdin>:4: S+ M? A- R? T+  Submit the grant report by 2026-12-01
> total: 1 goal: S 1+ 0- 0? M 0+ 0- 1? A 0+ 1- 0? R 0+ 0- 1? T 1+ 0- 0?
? 1

=== A: a deadline before the day the plan was written fails A (findings)
$ plancheck --today 2026-11-23 -l info
< ---
< date: 2027-01-10
< ---
< - Goal: Submit the grant report by 2026-12-01
> <stdin>:4:3: warning: deadline 2026-12-01 of "Submit the grant report by 2026-12-01" is before the plan was written [A-deadline-before-plan]
? 1

=== R: a reason in its usual forms (To ..., I will; so that; so I have; WHY?) (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: To move into data engineering, I will finish two Postgres projects by May 2027
< - Goal: Read 12 books in 2027 so I have something to talk about at the book club
< - Goal: Ship the offline mode by 2027-04-30
<   WHY? Half our users ride the subway.
< - Goal: Cut cloud spend by 15% by 2027-06-30
<
<   Why: the runway ends in 2028.
> <stdin>:1: S+ M+ A+ R+ T+  To move into data engineering, I will finish two Postgres projects by May 2027
> <stdin>:2: S+ M+ A? R+ T+  Read 12 books in 2027 so I have something to talk about at the book club
> <stdin>:3: S+ M+ A? R+ T+  Ship the offline mode by 2027-04-30 WHY? Half our users ride the subway.
> <stdin>:5: S+ M+ A? R+ T+  Cut cloud spend by 15% by 2027-06-30
> total: 4 goals: S 4+ 0- 0? M 4+ 0- 0? A 1+ 0- 3? R 4+ 0- 0? T 4+ 0- 0?

=== R: a reason in its usual forms (To ..., I will; so that; so I have; WHY?) (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: To move into data engineering, I will finish two Postgres projects by May 2027
< - Goal: Read 12 books in 2027 so I have something to talk about at the book club
< - Goal: Ship the offline mode by 2027-04-30
<   WHY? Half our users ride the subway.
< - Goal: Cut cloud spend by 15% by 2027-06-30
<
<   Why: the runway ends in 2028.

=== R: someone else's say-so is evidence against R (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Run a marathon by October 2027 because my dad wants me to
> <stdin>:1: S+ M? A? R- T+  Run a marathon by October 2027 because my dad wants me to
> total: 1 goal: S 1+ 0- 0? M 0+ 0- 1? A 0+ 0- 1? R 0+ 1- 0? T 1+ 0- 0?
? 1

=== R: someone else's say-so is evidence against R (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Run a marathon by October 2027 because my dad wants me to
> <stdin>:1:40: warning: "because my dad wants": a reason that is someone else's say-so; say why it matters to you [R-say-so]
? 1

=== T: relative spans against --today (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Cut build time to 5 minutes within the next quarter
< - Goal: Get the AWS associate certificate in six months
< - Goal: Swim 2 km three times a week over the next 8 weeks
> <stdin>:1: S+ M+ A? R? T+  Cut build time to 5 minutes within the next quarter
> <stdin>:2: S+ M+ A? R? T+  Get the AWS associate certificate in six months
> <stdin>:3: S+ M+ A? R? T+  Swim 2 km three times a week over the next 8 weeks
> total: 3 goals: S 3+ 0- 0? M 3+ 0- 0? A 0+ 0- 3? R 0+ 0- 3? T 3+ 0- 0?

=== T: relative spans against --today (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Cut build time to 5 minutes within the next quarter
< - Goal: Get the AWS associate certificate in six months
< - Goal: Swim 2 km three times a week over the next 8 weeks

=== T: named periods (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Reduce churn by 2% by the end of the fiscal year
< - Goal: Lead 4 design reviews by the end of Q2
< - Goal: Pass 5 exams this semester
< - Goal: Close 40 tickets by year-end
> <stdin>:1: S+ M+ A? R? T+  Reduce churn by 2% by the end of the fiscal year
> <stdin>:2: S+ M+ A? R? T+  Lead 4 design reviews by the end of Q2
> <stdin>:3: S+ M+ A? R? T+  Pass 5 exams this semester
> <stdin>:4: S+ M+ A? R? T+  Close 40 tickets by year-end
> total: 4 goals: S 4+ 0- 0? M 4+ 0- 0? A 0+ 0- 4? R 0+ 0- 4? T 4+ 0- 0?

=== T: named periods (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Reduce churn by 2% by the end of the fiscal year
< - Goal: Lead 4 design reviews by the end of Q2
< - Goal: Pass 5 exams this semester
< - Goal: Close 40 tickets by year-end

=== T: a month or day without a year, a weekday (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Publish 3 posts by October
< - Goal: Pay off the $900 card balance by December 31st
< - Goal: Send 2 drafts to my editor by Wednesday
> <stdin>:1: S+ M+ A? R? T+  Publish 3 posts by October
> <stdin>:2: S+ M+ A? R? T+  Pay off the $900 card balance by December 31st
> <stdin>:3: S+ M+ A? R? T+  Send 2 drafts to my editor by Wednesday
> total: 3 goals: S 3+ 0- 0? M 3+ 0- 0? A 0+ 0- 3? R 0+ 0- 3? T 3+ 0- 0?

=== T: a month or day without a year, a weekday (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Publish 3 posts by October
< - Goal: Pay off the $900 card balance by December 31st
< - Goal: Send 2 drafts to my editor by Wednesday

=== T: written dates in day-month and month-day order, and with slashes or dots (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Launch 2 pilots on March 31, 2027
< - Goal: Launch 2 pilots by 31 March 2027
< - Goal: Launch 2 pilots by 31.03.2027
< - Goal: Launch 2 pilots by 2027/03/31
< - Goal: Launch 2 pilots by 2027.03.31
> <stdin>:1: S+ M+ A? R? T+  Launch 2 pilots on March 31, 2027
> <stdin>:2: S+ M+ A? R? T+  Launch 2 pilots by 31 March 2027
> <stdin>:3: S+ M+ A? R? T+  Launch 2 pilots by 31.03.2027
> <stdin>:4: S+ M+ A? R? T+  Launch 2 pilots by 2027/03/31
> <stdin>:5: S+ M+ A? R? T+  Launch 2 pilots by 2027.03.31
> total: 5 goals: S 5+ 0- 0? M 5+ 0- 0? A 0+ 0- 5? R 0+ 0- 5? T 5+ 0- 0?

=== T: written dates in day-month and month-day order, and with slashes or dots (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Launch 2 pilots on March 31, 2027
< - Goal: Launch 2 pilots by 31 March 2027
< - Goal: Launch 2 pilots by 31.03.2027
< - Goal: Launch 2 pilots by 2027/03/31
< - Goal: Launch 2 pilots by 2027.03.31

=== T: labels in bold, on their own line, Due date: and Target: (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< ## Goal: Hire 2 engineers
<
< **Deadline:** Q2 2027
<
< ## Goal: Migrate 3 services
<
< Deadline:
< March 31, 2027
<
< ## Goal: Write 10 runbooks
<
< Due date: 2027-05-15
<
< ## Goal: Sell 500 copies
<
< Target: end of H1 2027
> <stdin>:1: S+ M+ A? R? T+  Hire 2 engineers
> <stdin>:5: S+ M+ A? R? T+  Migrate 3 services
> <stdin>:10: S+ M+ A? R? T+  Write 10 runbooks
> <stdin>:14: S+ M+ A? R? T+  Sell 500 copies
> total: 4 goals: S 4+ 0- 0? M 4+ 0- 0? A 0+ 0- 4? R 0+ 0- 4? T 4+ 0- 0?

=== T: labels in bold, on their own line, Due date: and Target: (findings)
$ plancheck --today 2026-11-23 -l info
< ## Goal: Hire 2 engineers
<
< **Deadline:** Q2 2027
<
< ## Goal: Migrate 3 services
<
< Deadline:
< March 31, 2027
<
< ## Goal: Write 10 runbooks
<
< Due date: 2027-05-15
<
< ## Goal: Sell 500 copies
<
< Target: end of H1 2027

=== T: a rhythm is time-bound too (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Call one customer every week
< - Goal: Write 500 words daily
> <stdin>:1: S+ M+ A? R? T+  Call one customer every week
> <stdin>:2: S+ M+ A? R? T+  Write 500 words daily
> total: 2 goals: S 2+ 0- 0? M 2+ 0- 0? A 0+ 0- 2? R 0+ 0- 2? T 2+ 0- 0?

=== T: a rhythm is time-bound too (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Call one customer every week
< - Goal: Write 500 words daily

=== T: an ambiguous numeric date is named (plan-unclear-date, info), not guessed (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< - Goal: Launch 2 pilots by 03/04/2027
> <stdin>:1: S+ M+ A? R? T+  Launch 2 pilots by 03/04/2027
> total: 1 goal: S 1+ 0- 0? M 1+ 0- 0? A 0+ 0- 1? R 0+ 0- 1? T 1+ 0- 0?
? 1

=== T: an ambiguous numeric date is named (plan-unclear-date, info), not guessed (findings)
$ plancheck --today 2026-11-23 -l info
< - Goal: Launch 2 pilots by 03/04/2027
> <stdin>:1:3: info: date "03/04/2027" reads two ways (day/month or month/day); write it as YYYY-MM-DD [plan-unclear-date]
? 1

=== What is a goal: plain items under a heading that names goals; a heading of checkboxes alone is held to no SMART rule (scorecard)
$ plancheck -s --today 2026-11-23 -l info
< # 2027 plan
<
< Last reviewed 2027-01-04.
<
< ## Goals for 2027
<
< - Run a half marathon in under 2 hours
< - [ ] Read 24 books
< - Save more
<
< ## Reading
<
< - [ ] The Overstory
> <stdin>:7: S+ M+ A? R? T+  Run a half marathon in under 2 hours
> <stdin>:8: S+ M+ A+ R? T+  Read 24 books
> <stdin>:9: S- M- A? R? T+  Save more
> total: 3 goals: S 2+ 1- 0? M 2+ 1- 0? A 1+ 0- 2? R 0+ 0- 3? T 3+ 0- 0?
? 1

=== What is a goal: plain items under a heading that names goals; a heading of checkboxes alone is held to no SMART rule (findings)
$ plancheck --today 2026-11-23 -l info
< # 2027 plan
<
< Last reviewed 2027-01-04.
<
< ## Goals for 2027
<
< - Run a half marathon in under 2 hours
< - [ ] Read 24 books
< - Save more
<
< ## Reading
<
< - [ ] The Overstory
> <stdin>:9:3: warning: vague "more" with nothing to make it specific in "Save more"; say what exactly will change, and by how much [S-vague-verb]
> <stdin>:9:3: warning: nothing to measure in "Save more": "more" says which way, not how far; add a number, a level or a Measure: line [M-vague]
? 1

=== the scorecard as JSON Lines: verdicts, deadline and deadline as written, totals
$ plancheck -s -f json --today 2026-11-23
< - Goal: Lead 4 design reviews by the end of Q2
< - Goal: Get better at chess
> {"file":"<stdin>","line":1,"goal":"Lead 4 design reviews by the end of Q2","S":"+","M":"+","A":"?","R":"?","T":"+","smart":true,"deadline":"2027-06-30","deadline_text":"end of Q2"}
> {"file":"<stdin>","line":2,"goal":"Get better at chess","S":"-","M":"-","A":"?","R":"?","T":"-","smart":false,"deadline":null,"deadline_text":null}
> {"total":2,"S+":1,"S-":1,"S?":0,"M+":1,"M-":1,"M?":0,"A+":0,"A-":0,"A?":2,"R+":0,"R-":0,"R?":2,"T+":1,"T-":1,"T?":0}
? 1

=== rules: match and absent take '+', '-' or '?'
$ plancheck --no-defaults -r /dev/stdin /dev/null
< [x]
< criterion = R
< require = because
< absent = no
! plancheck: /dev/stdin:4: absent must be '+', '-' or '?', not 'no'
? 2

=== rules: goals names kinds of goal
$ plancheck --no-defaults -r /dev/stdin /dev/null
< [x]
< criterion = T
< check = deadline
< goals = marked headings
! plancheck: /dev/stdin:4: unknown kind of goal 'headings' (marked, listed, section or preamble)
? 2

=== rules: goals = section holds a heading of checkboxes to a rule; match/absent set the verdicts
$ plancheck -s --no-defaults -r /dev/stdin --today 2026-11-23 tests/data/goals-owner.md
< [T-any]
< criterion = T
< check = deadline
< goals = marked listed section
< [R-reason]
< criterion = R
< scope = text
< require = (?i)because
< match = +
< absent = ?
> tests/data/goals-owner.md:7: S. M. A. R? T+  Ship the mobile app
> tests/data/goals-owner.md:16: S. M. A. R. T-  Reading
> tests/data/goals-owner.md:19: S. M. A. R? T+  Learn to juggle by 2027-03
> tests/data/goals-owner.md:22: S. M. A. R? T-  fix the bike
> tests/data/goals-owner.md:26: S. M. A. R. T-  Sub-section with its own tasks
> tests/data/goals-owner.md:34: S. M. A. R? T+  Write more
> total: 6 goals: S 0+ 0- 0? M 0+ 0- 0? A 0+ 0- 0? R 0+ 0- 4? T 3+ 3- 0?

=== rules: an unless pattern excuses a forbid
$ printf '[S-vague]\ncriterion = S\nscope = title\nforbid = (?i)\\bimprove\\b\nunless = \\d\n' >$TMP/r && plancheck -s --no-defaults -r $TMP/r --today 2026-11-23
< - Goal: Improve my 5k time to 24 minutes
< - Goal: Improve my posture
> <stdin>:1: S+ M. A. R. T.  Improve my 5k time to 24 minutes
> <stdin>:2: S- M. A. R. T.  Improve my posture
> total: 2 goals: S 1+ 1- 0? M 0+ 0- 0? A 0+ 0- 0? R 0+ 0- 0? T 0+ 0- 0?

=== rules: an info rule never fails its letter
$ printf '[S-info]\ncriterion = S\nlevel = info\nscope = title\nforbid = .\n' >$TMP/r && plancheck -s --no-defaults -r $TMP/r --today 2026-11-23
< - Goal: Anything at all
> <stdin>:1: S? M. A. R. T.  Anything at all
> total: 1 goal: S 0+ 0- 1? M 0+ 0- 0? A 0+ 0- 0? R 0+ 0- 0? T 0+ 0- 0?

# Checks on what changed (issue 13, finding 5).
=== --since REV: only findings the file did not have in REV; lines as they are now
$ . tests/plandiff-repo.sh && printf '## Goal: Get better at speaking\n- [ ] talk\n' >p.md && git add p.md && git commit -qm p && printf '# Intro\n\n## Goal: Get better at speaking\n- [ ] talk\n\n## Goal: Try to ship 3 reports by 2027-03-31\nWhy: the board asks.\n' >p.md && plancheck --today 2026-11-23 --since HEAD p.md; echo "exit $?"
> p.md:6:10: warning: hedge "Try to": commit to the goal or drop it [S-hedge]
> exit 0

=== --since REV: an error that was there already does not fail; a new one does
$ . tests/plandiff-repo.sh && printf '## Goal: Improve\n' >p.md && git add p.md && git commit -qm p && plancheck --today 2026-11-23 --since HEAD p.md; echo "exit $?"; printf '## Goal: Improve\n## Goal: Grow\n' >p.md && plancheck --today 2026-11-23 --since HEAD p.md | awk '{ print $1, $NF }'
> exit 0
> p.md:2:1: [S-vague-verb]
> p.md:2:1: [S-title-short]
> p.md:2:1: [M-vague]
> p.md:2:1: [T-deadline]

=== --since REV: a finding there once and now twice is new once
$ . tests/plandiff-repo.sh && printf '## Goal: Improve\n' >p.md && git add p.md && git commit -qm p && printf '## Goal: Improve\n## Goal: Improve\n' >p.md && plancheck --today 2026-11-23 --since HEAD p.md | awk '{ print $1, $NF }'
> p.md:2:1: [S-vague-verb]
> p.md:2:1: [S-title-short]
> p.md:2:1: [M-vague]
> p.md:2:1: [T-deadline]
> p.md:2:1: [plan-duplicate-title]

=== --since REV: a file not in REV is all new; json and a date work too
$ . tests/git-clone.sh && printf '## Goal: Improve\n' >new.md && plancheck -f json --today 2026-11-23 --since HEAD new.md | jq -r .rule | wc -l; plancheck -f json --today 2026-11-23 --since 2026-11-20 plan.md | wc -l
> 4
> 0

=== --since: a revision git does not know, and standard input: exit 2
$ . tests/plandiff-repo.sh && plancheck --since nosuch sub/plan.md; echo "exit $?"; plancheck --since HEAD - </dev/null; echo "exit $?"
! plancheck: nosuch:sub/plan.md: 'nosuch' does not name a commit
! plancheck: --since: standard input is in no revision
> exit 2
> exit 2

=== the pre-commit hook reports only what the commit adds: adopting it on an old plan blocks nothing that was there
$ . tests/plandiff-repo.sh && mkdir -p 'team plans' && printf '## Goal: Get better at speaking\n- [ ] maybe talk\n' >'team plans/p.md' && git add . && git commit -qm p && cp "$OLDPWD/samples/pre-commit" .git/hooks/pre-commit && printf '\n## Goal: Ship 3 reports by 2027-03-31\n\nWhy: the board asks.\n\n- [ ] draft\n' >>'team plans/p.md' && git add . && PLANCHECK_ARGS='--today 2026-11-23' git commit -qm good; echo "exit $?"; printf '\n## Goal: Write more\n' >>'team plans/p.md' && git add . && PLANCHECK_ARGS='--today 2026-11-23' git commit -qm bad 2>&1 | awk '{ print $1, $NF }'; git log --format=%s | head -n 1; PLANCHECK_SINCE= PLANCHECK_ARGS='--today 2026-11-23' git commit -qm bad 2>&1 | grep -c 'p.md:1:'
> exit 0
> team [S-vague-verb]
> team [M-vague]
> team [T-deadline]
> pre-commit: anyway)
> good
> 3

=== plan-unknown-status: a box mark plan(5) gives no meaning is counted open and named (info)
$ plancheck --today 2026-11-23 -l info tests/data/goals-marks.md | grep unknown-status
> tests/data/goals-marks.md:13:3: info: the box mark "~" has no meaning here; it is counted as open [plan-unknown-status]
> tests/data/goals-marks.md:14:3: info: the box mark "=" has no meaning here; it is counted as open [plan-unknown-status]

=== career plan: an area to improve with no goal, feedback 120 days old and a passed review date, each at its place
$ plancheck --today 2026-12-01 tests/data/plan-career.md
> tests/data/plan-career.md:4:14: warning: review of the plan is overdue: the next review, 2026-10-15, has passed (47 days ago); review it and write the date of the next [plan-review-overdue]
> tests/data/plan-career.md:20:1: warning: area to improve "Saying no to side projects" has no goal that addresses it: set one, or drop the area [plan-area-without-goal]
> tests/data/plan-career.md:60:1: warning: no dated feedback in the last 90 days (the last is dated 2026-08-03, 120 days ago): ask your manager, peers or clients, and log it with its date [plan-feedback-age]
? 0

=== career plan: the same as JSON, a plan-level finding has no goal
$ plancheck --today 2026-12-01 -f json -l warning tests/data/plan-career.md | jq -c '[.line, .rule, .goal]'
> [4,"plan-review-overdue",null]
> [20,"plan-area-without-goal",null]
> [60,"plan-feedback-age",null]

=== career plan: goals linked by tag, line and anchor score R+, an unlinked one R? without its Why:, and no support named is info
< ## Areas to improve
< - Delegation #delegate
< - Estimating
< ## Goal: Hand two projects to Sam by 2027-03-31
< #delegate
< - [ ] Pick the projects
< - [ ] Hand over the first
< ## Goal: Ship three estimates within 20% by 2027-06-30
< - [ ] First estimate
< - [ ] Second estimate
$ cat >$TMP/c.md; plancheck --today 2026-12-01 -s $TMP/c.md | sed "s|$TMP/||"; plancheck --today 2026-12-01 $TMP/c.md | grep -v 'Why:' | sed "s|$TMP/||"
> c.md:4: S+ M+ A+ R+ T+  Hand two projects to Sam by 2027-03-31
> c.md:8: S+ M+ A+ R? T+  Ship three estimates within 20% by 2027-06-30
> total: 2 goals: S 2+ 0- 0? M 2+ 0- 0? A 2+ 0- 0? R 1+ 0- 1? T 2+ 0- 0?
> c.md:1:1: warning: no dated feedback in the last 90 days (none is dated): ask your manager, peers or clients, and log it with its date [plan-feedback-age]
> c.md:3:1: warning: area to improve "Estimating" has no goal that addresses it: set one, or drop the area [plan-area-without-goal]
> c.md:4:1: info: no resources or support named for "Hand two projects to Sam by 2027-03-31": a course, a mentor, a coach, time or budget (a Support: or Resources: line) [plan-goal-support]
> c.md:8:1: info: no resources or support named for "Ship three estimates within 20% by 2027-06-30": a course, a mentor, a coach, time or budget (a Support: or Resources: line) [plan-goal-support]
> c.md:8:1: info: goal "Ship three estimates within 20% by 2027-06-30" may address the area "Estimating" (both say "Estimating"): if it does, say so with an Addresses: line [plan-link-suggestion]

=== career plan: no plan-level finding and no R+ from links on a plain task list, the corpus or the test data
$ for f in samples/obsidian.md samples/*.md tests/data/*.md ../shared/corpus/*.md; do case $f in */plan-career.md|samples/career*|samples/draft.md) continue;; esac; [ -f "$f" ] && plancheck --today 2026-12-01 -l info -- "$f"; done | grep -c 'plan-area-without-goal\|plan-feedback-age\|plan-review-overdue\|plan-goal-support\|plan-link-suggestion'
> 0
? 1

=== career plan: .planrules [sections] names the headings of a team's own plans
< # Plan
< ## Stretch topics
< - Public speaking
< ## Feedback
< - 2026-11-20 Priya: good
$ mkdir -p $TMP/s && cd $TMP/s && printf '[sections]\nweaknesses = (?i)^stretch topics$\n' >.planrules && cat >p.md && plancheck --today 2026-12-01 p.md; printf '[sections]\nweakness = x\n' >.planrules; plancheck p.md 2>&1 | sed "s|$TMP/s/||"; printf '[sections]\nwins = (\n' >.planrules; plancheck p.md 2>&1 | sed "s|$TMP/s/||"
> p.md:3:1: warning: area to improve "Public speaking" has no goal that addresses it: set one, or drop the area [plan-area-without-goal]
> plancheck: .planrules:2: unknown section 'weakness' (aspirations, strengths, weaknesses, feedback, resources, reviews or wins)
> plancheck: .planrules:2: section wins: column 2: missing closing parenthesis

=== career plan: a resources section under a goal's heading is the goal's support; without it, info
< ## Areas to improve
< - Delegation #delegate
< ## Goal: Hand two projects to Sam by 2027-03-31
< Why: so that I lead, not do.
< #delegate
< ### Resources
< - [ ] Pick the projects
< - [ ] Hand over the first
< ## Feedback
< - 2026-11-20 Priya: ok
$ cat >$TMP/r.md; plancheck --today 2026-12-01 -l info $TMP/r.md; echo "exit $?"; sed "s/^### Resources$/### Steps/" $TMP/r.md | plancheck --today 2026-12-01 -l info
> exit 0
> <stdin>:3:1: info: no resources or support named for "Hand two projects to Sam by 2027-03-31": a course, a mentor, a coach, time or budget (a Support: or Resources: line) [plan-goal-support]
? 1

=== career plan: with no next review set, a last review more than 180 days ago; the reviews section gives the dates too
< ## Growth areas
< - Delegation
<
< Last reviewed: 2026-04-01
< ## Feedback
< - 2026-11-20 Priya: fine
$ plancheck --today 2026-12-01 | grep review; printf '## Growth areas\n- Delegation\n## Reviews\n- 2026-04-01 with Priya\n- 2027-01-10 next, with Priya\n' | plangoals --today 2026-12-01 -f json | jq -c 'select(.type == "review") | [.last_review, .last_review_line, .next_review, .next_review_line]'
> <stdin>:4:16: warning: review of the plan is overdue: the last review, 2026-04-01, was 244 days ago (more than 180) and no next one is set; review it and write the date of the next [plan-review-overdue]
> ["2026-04-01",4,"2027-01-10",5]

=== S-hedge: "kind of" and "one day" are hedges as adverbs, not in "the kind of tool", "one day a week" or "in one day"
$ for t in "I kind of want to lead the on-call rota" "Build the kind of runbook people reuse" "Spend one day a week on design docs" "Finish the cutover in one day" "One day I will run the migration"; do printf '## Goal: %s by 2027-03-31\n\nMeasure: 3 docs. Support: Priya.\n\n- [ ] a\n' "$t" | plancheck --today 2026-11-23 -l info; echo "$?"; done
> <stdin>:1:12: warning: hedge "kind of": commit to the goal or drop it [S-hedge]
> 1
> 0
> 0
> 0
> <stdin>:1:10: warning: hedge "One day": commit to the goal or drop it [S-hedge]
> 1

=== career plan: an unmarked heading over milestones is a goal: its shared tag addresses the area, its Support: line counts, and the SMART rules score it
< # Plan
<
< ## Areas to improve
<
< - Presenting to big rooms #talks
<
< ## Give three talks at the meetup by 2027-03-31 #talks
<
< Support: Priya reviews each talk.
<
< - [x] Pick topics
< - [ ] First talk
<
< ## Get better at estimating
<
< - [ ] Estimate the next project
<
< ## Feedback
<
< - 2026-11-20 Priya: good
$ cd $TMP && cat >c.md && plancheck --today 2026-11-23 -s c.md; plancheck --today 2026-11-23 c.md | awk '{ print $1, $2, $NF }'
> c.md:7: S+ M+ A+ R+ T+  Give three talks at the meetup by 2027-03-31 #talks
> c.md:14: S- M- A+ R? T-  Get better at estimating
> total: 2 goals: S 1+ 1- 0? M 1+ 1- 0? A 2+ 0- 0? R 1+ 0- 1? T 1+ 1- 0?
> c.md:14:1: warning: [S-vague-verb]
> c.md:14:1: warning: [M-vague]
> c.md:14:1: error: [T-deadline]
> c.md:14:1: info: [plan-goal-support]
