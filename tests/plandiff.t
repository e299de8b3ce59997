# plandiff: each kind of change, the formats, the exit codes, and git.

=== every kind of change, text
$ plandiff tests/data/diff-old.md tests/data/diff-new.md
> --- tests/data/diff-old.md
> +++ tests/data/diff-new.md
> tests/data/diff-new.md:3: goal: Learn Go by 2027-06-30: 1/3 (33%) -> 2/4 (50%)
> tests/data/diff-new.md:5:   completed: Write a CLI tool (open -> done)
> tests/data/diff-new.md:5:   redated: Write a CLI tool: 2026-12-01 -> 2026-12-15 (+14 days)
> tests/data/diff-new.md:7:   moved: Buy shoes (from: Run more)
> tests/data/diff-new.md:9: goal: Run more: 0/4 (0%) -> 1/2 (50%)
> tests/data/diff-new.md:10:   completed: Run 5 km (open -> done)
> tests/data/diff-new.md:12:   cancelled: Stretch (open -> cancelled)
> tests/data/diff-new.md:14: goal-renamed: Old name for the garden -> Garden: 0/3 (0%) -> 1/3 (33%)
> tests/data/diff-new.md:17:   completed: Order seeds (open -> done)
> tests/data/diff-new.md:19: goal-added: New: none -> 0/1 (0%)
> tests/data/diff-new.md:20:   added: Something
> tests/data/diff-new.md:22: goal: Write: 1/3 (33%) -> 0/3 (0%)
> tests/data/diff-new.md:23:   reopened: Draft essay (done -> open)
> tests/data/diff-new.md:24:   state: Outline (active -> open)
> tests/data/diff-new.md:25:   redated: Edit: 2026-12-01 -> none
> tests/data/diff-old.md:19: goal-removed: Cleanup: 0/1 (0%) -> none
> tests/data/diff-old.md:20:   removed: Drop the old wiki
? 1

=== json: one object a line, each with a type
$ plandiff -f json tests/data/diff-old.md tests/data/diff-new.md | jq -r .type | sort | uniq -c | sed 's/^ *//'
> 1 added
> 1 cancelled
> 3 completed
> 1 diff
> 6 goal
> 1 goal-added
> 1 goal-removed
> 1 goal-renamed
> 1 moved
> 2 redated
> 1 removed
> 1 reopened
> 1 state

=== json: re-dated by days, null when a side has no due date
$ plandiff -f json tests/data/diff-old.md tests/data/diff-new.md | jq -c 'select(.type=="redated") | [.text,.before,.after,.days,.line,.old_line]'
> ["Write a CLI tool","2026-12-01","2026-12-15",14,5,5]
> ["Edit","2026-12-01",null,null,25,25]

=== json: goal progress before and after, every goal
$ plandiff -f json tests/data/diff-old.md tests/data/diff-new.md | jq -c 'select(.type=="goal") | [.goal,.before.percent,.after.done,.after.total,.changed]'
> ["Learn Go by 2027-06-30",33,2,4,true]
> ["Run more",0,1,2,true]
> ["Garden",0,1,3,true]
> ["New",null,0,1,true]
> ["Write",33,0,3,true]
> ["Cleanup",0,null,null,true]

=== json: moves, renames, additions and removals name their goals
$ plandiff -f json tests/data/diff-old.md tests/data/diff-new.md | jq -c 'select(.type=="moved" or .type=="goal-renamed" or .type=="removed" or .type=="added") | [.type,.goal,.from,.text,.line,.old_line]'
> ["moved","Learn Go by 2027-06-30","Run more","Buy shoes",7,11]
> ["goal-renamed","Garden","Old name for the garden",null,14,14]
> ["added","New",null,"Something",20,null]
> ["removed","Cleanup",null,"Drop the old wiki",null,20]

=== json: the diff object names both versions; unchanged goals too
$ printf '# A\n- [ ] a\n# B\n- [ ] b\n' >$TMP/o.md; printf '# A\n- [x] a\n# B\n- [ ] b\n' | plandiff -f json $TMP/o.md - | jq -c '[.type,.old,.new,.goal,.changed]' | sed "s|$TMP|TMP|"
> ["diff","TMP/o.md","<stdin>",null,null]
> ["goal",null,null,"A",true]
> ["completed",null,null,"A",null]
> ["goal",null,null,"B",false]
? 0

=== markdown: a section per changed goal, text escaped
$ cd $TMP && printf '# Plan\n## Goal: Ship *it*\n- [ ] a_b\n- [ ] c\n' >o.md && printf '# Plan\n## Goal: Ship *it*\n- [x] a_b\n' | plandiff -f markdown o.md -
> ## Changes from o.md to \<stdin\>
>
> ### Ship it
>
> Progress: 0/2 (0%) -> 1/1 (100%)
>
> - completed: a\_b (open -> done) (line 3)
> - removed: c (old line 4)
>
? 1

=== no change: the same file, exit 0 and no output
$ plandiff tests/data/diff-old.md tests/data/diff-old.md

=== no change: CRLF against LF
$ plandiff tests/data/diff-old.md tests/data/diff-crlf.md

=== no change: white space, case and markup only
$ plandiff tests/data/diff-space.md tests/data/diff-old.md

=== no change in json: goal objects only, none changed
$ plandiff -f json tests/data/diff-old.md tests/data/diff-crlf.md | jq -c 'select(.type!="goal" or .changed) | .type'
> "diff"

=== no change: a reordered list and reordered goals
$ printf '# A\n- [ ] a\n- [x] b\n- [ ] c\n# B\n- [ ] d\n' >$TMP/o.md; printf '# B\n- [ ] d\n# A\n- [ ] c\n- [ ] a\n- [x] b\n' | plandiff $TMP/o.md -

=== no change: a date field moved within the text
$ printf '# A\n- [ ] call 📅 2026-12-01 Bob\n' >$TMP/o.md; printf '# A\n- [ ] call Bob due:2026-12-01\n' | plandiff $TMP/o.md -

=== duplicates are matched in order
$ cd $TMP && printf '# A\n- [ ] run\n- [ ] run\n- [ ] run\n' >o.md && printf '# A\n- [x] run\n- [ ] run\n' | plandiff o.md -
> --- o.md
> +++ <stdin>
> <stdin>:1: goal: A: 0/3 (0%) -> 1/2 (50%)
> <stdin>:2:   completed: run (open -> done)
> o.md:4:   removed: run
? 1

=== a move keeps its state change
$ cd $TMP && printf '# Goal: A\n- [ ] x\n# B\n- [ ] y\n' >o.md && printf '# Goal: A\n# B\n- [ ] y\n- [x] X\n' | plandiff o.md -
> --- o.md
> +++ <stdin>
> <stdin>:1: goal: A: 0/1 (0%) -> 0/0
> <stdin>:2: goal: B: 0/1 (0%) -> 1/2 (50%)
> <stdin>:4:   moved: X (from: A)
> <stdin>:4:   completed: X (open -> done)
? 1

=== a re-dated milestone moved by days, earlier
$ cd $TMP && printf '# A\n- [ ] x due:2026-03-01\n' >o.md && printf '# A\n- [ ] x due:2026-02-28\n' | plandiff o.md -
> --- o.md
> +++ <stdin>
> <stdin>:1: goal: A: 0/1 (0%) -> 0/1 (0%)
> <stdin>:2:   redated: x: 2026-03-01 -> 2026-02-28 (-1 day)
? 1

=== a renamed goal with the same milestones
$ cd $TMP && printf '# Goal: Old\n- [ ] a\n- [ ] b\n' >o.md && printf '# Goal: New\n- [ ] a\n- [ ] b\n' | plandiff -f json o.md - | jq -c 'select(.type!="diff")'
> {"type":"goal","goal":"New","line":1,"old_line":1,"before":{"done":0,"total":2,"percent":0},"after":{"done":0,"total":2,"percent":0},"changed":true}
> {"type":"goal-renamed","goal":"New","from":"Old","line":1,"old_line":1}

=== milestones before the first heading match across names
$ printf -- '- [ ] a\n' >$TMP/o.md; printf -- '- [x] a\n' | plandiff -f json $TMP/o.md - | jq -c 'select(.type!="diff" and .type!="goal") | .type'
> "completed"

=== either operand from standard input
$ plandiff tests/data/diff-old.md - <tests/data/diff-crlf.md

=== both operands from standard input: exit 2
$ plandiff - - </dev/null
! plandiff: only one version can come from standard input
? 2

=== one operand: usage, exit 2
$ plandiff tests/data/diff-old.md
! usage: plandiff [-f text|markdown|json] [-G regex] old new
!        plandiff [-f text|markdown|json] [-G regex] -g rev file ...
? 2

=== an unreadable file: exit 2
$ plandiff tests/data/diff-old.md tests/data/no-such.md
! plandiff: tests/data/no-such.md: No such file or directory
? 2

=== an unknown format: exit 2
$ plandiff -f xml tests/data/diff-old.md tests/data/diff-new.md
! plandiff: unknown format 'xml' (text, markdown, json)
? 2

=== a bad option: usage, exit 2
$ plandiff -z a b 2>&1 | sed 1d
> usage: plandiff [-f text|markdown|json] [-G regex] old new
>        plandiff [-f text|markdown|json] [-G regex] -g rev file ...

=== --help: usage on stdout, exit 0
$ plandiff --help
> usage: plandiff [-f text|markdown|json] [-G regex] old new
>        plandiff [-f text|markdown|json] [-G regex] -g rev file ...
>
>   -f FORMAT          output format: text, markdown, json (default text)
>   -g REV             compare each file as it was in git at REV with the file: a
>                      revision, a date (2026-11-16) or a span (1 week ago)
>   -G REGEX           what marks a goal (pcre2; default Goal: or Objective:)
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
> See plandiff(1).

=== git: git diff through diff.plan.command and .gitattributes
$ . tests/plandiff-repo.sh && git diff HEAD~1 | sed -n '1,4p;/removed:/p'
> --- a/sub/plan.md
> +++ b/sub/plan.md
> sub/plan.md:3: goal: Learn Go by 2027-06-30: 1/3 (33%) -> 2/4 (50%)
> sub/plan.md:5:   completed: Write a CLI tool (open -> done)
> a/sub/plan.md:19: goal-removed: Cleanup: 0/1 (0%) -> none
> a/sub/plan.md:20:   removed: Drop the old wiki

=== git: the driver exits 0 on changes, or git would stop
$ . tests/plandiff-repo.sh && printf -- '- [x] q\n' >>sub/plan.md && git diff
> --- a/sub/plan.md
> +++ b/sub/plan.md
> sub/plan.md:22: goal: Write: 0/3 (0%) -> 1/4 (25%)
> sub/plan.md:26:   added: q

=== git: an added file is diffed against /dev/null
$ . tests/plandiff-repo.sh && printf '# G\n- [ ] z\n' >new.md && git add new.md && git diff --cached
> --- /dev/null
> +++ b/new.md
> new.md:1: goal-added: G: none -> 0/1 (0%)
> new.md:2:   added: z

=== git: a deleted file
$ . tests/plandiff-repo.sh && git rm -q sub/plan.md && git diff --cached | sed -n '1,3p'
> --- a/sub/plan.md
> +++ /dev/null
> a/sub/plan.md:3: goal-removed: Learn Go by 2027-06-30: 2/4 (50%) -> none

=== git: a renamed and edited file (nine arguments)
$ . tests/plandiff-repo.sh && git mv sub/plan.md sub/goals.md && printf -- '- [x] q\n' >>sub/goals.md && git add -A && git diff --cached -M
> --- a/sub/plan.md
> +++ b/sub/goals.md
> sub/goals.md:22: goal: Write: 0/3 (0%) -> 1/4 (25%)
> sub/goals.md:26:   added: q

=== git: git log -p --ext-diff shows plan changes
$ . tests/plandiff-repo.sh && git log -p --ext-diff --format='commit: %s' | grep -e '^commit' -e '^---' -e '^+++' -e ':3: '
> commit: second plan
> --- a/sub/plan.md
> +++ b/sub/plan.md
> sub/plan.md:3: goal: Learn Go by 2027-06-30: 1/3 (33%) -> 2/4 (50%)
> commit: first plan
> --- /dev/null
> +++ b/.gitattributes
> --- /dev/null
> +++ b/sub/plan.md
> sub/plan.md:3: goal-added: Learn Go by 2027-06-30: none -> 1/3 (33%)

=== git: -g REV takes the old version from git, in a subdirectory
$ . tests/plandiff-repo.sh && cd sub && plandiff -g HEAD~1 plan.md | sed -n 1,3p
> --- HEAD~1:plan.md
> +++ plan.md
> plan.md:3: goal: Learn Go by 2027-06-30: 1/3 (33%) -> 2/4 (50%)

=== git: -g with a path from the top, exit 1 on changes
$ . tests/plandiff-repo.sh && plandiff -f json -g HEAD~1 sub/plan.md >out; echo $?; jq -c 'select(.type=="diff")' out
> 1
> {"type":"diff","old":"HEAD~1:sub/plan.md","new":"sub/plan.md"}

=== git: -g with an absolute path and a reflog-style revision
$ . tests/plandiff-repo.sh && plandiff -g 'HEAD@{0}' "$PWD/sub/plan.md"

=== git: -g a missing revision: exit 2
$ . tests/plandiff-repo.sh && plandiff -g nosuch sub/plan.md
! plandiff: nosuch:sub/plan.md: 'nosuch' does not name a commit
? 2

=== git: -g a file not in that revision: exit 2
$ . tests/plandiff-repo.sh && printf '# G\n- [ ] z\n' >new.md && plandiff -g HEAD new.md
! plandiff: HEAD:new.md: path 'new.md' exists on disk, but not in 'HEAD'
? 2

=== git: -g a revision that looks like an option: exit 2
$ . tests/plandiff-repo.sh && plandiff -g --output=x sub/plan.md; ls x 2>&1 >/dev/null | sed 's/.*: //'
! plandiff: --output=x:sub/plan.md: a revision cannot start with '-'
> No such file or directory

=== git: -g needs a file operand
$ plandiff -g HEAD
! usage: plandiff [-f text|markdown|json] [-G regex] old new
!        plandiff [-f text|markdown|json] [-G regex] -g rev file ...
? 2

=== git: -g takes many files and directories, each against itself in git; exit the worst
$ . tests/plandiff-repo.sh && printf '# B\n- [ ] b\n' >sub/b.md && git add . && git commit -qm b && printf '# B\n- [x] b\n' >sub/b.md && plandiff -g HEAD sub; echo "exit $?"; plandiff -g HEAD~2 sub/plan.md sub/b.md 2>&1 | grep -e '^---' -e 'b.md'; plandiff -g HEAD~2 sub >/dev/null 2>&1; echo "exit $?"
> --- HEAD:sub/b.md
> +++ sub/b.md
> sub/b.md:1: goal: B: 0/1 (0%) -> 1/1 (100%)
> sub/b.md:2:   completed: b (open -> done)
> exit 1
> --- HEAD~2:sub/plan.md
> plandiff: HEAD~2:sub/b.md: path 'sub/b.md' exists on disk, but not in 'HEAD~2'
> exit 2

=== git: planweek -g takes its baseline from git
$ . tests/plandiff-repo.sh && planweek -f json --today 2026-11-23 -g HEAD~1 sub/plan.md | jq -c 'select(.type=="new" or .type=="removed") | [.type,.text]'
> ["new","Something"]
> ["removed","Drop the old wiki"]

=== git: planweek -g a missing revision: exit 2
$ . tests/plandiff-repo.sh && planweek -g nosuch sub/plan.md
! planweek: nosuch:sub/plan.md: 'nosuch' does not name a commit
? 2

=== git: planweek -g and -b exclude each other
$ planweek -g HEAD -b a b
! planweek: -b and -g exclude each other
? 2

=== git: -g with standard input: exit 2
$ plandiff -g HEAD -
! plandiff: only one version can come from standard input
? 2

=== git: planweek -g applies to each plan; standard input is in no revision
$ . tests/plandiff-repo.sh && printf '# B\n- [ ] b\n' >sub/b.md && git add . && git commit -qm b && printf '# B\n- [x] b\n' >sub/b.md && planweek -f json --today 2026-11-23 -g HEAD sub/plan.md sub/b.md | jq -c 'select(.type=="period" or .type=="total") | [.type,.file,.completed]'; planweek --today 2026-11-23 -g HEAD~2 sub/plan.md sub/b.md | head -n 1; planweek -g HEAD - </dev/null; echo "exit $?"; planweek -g HEAD; echo "exit $?"
> ["period","sub/plan.md",0]
> ["period","sub/b.md",1]
> ["total",null,1]
! planweek: HEAD~2:sub/b.md: path 'sub/b.md' exists on disk, but not in 'HEAD~2'
> Week 2026-W47 (2026-11-16 to 2026-11-22): sub/plan.md
! planweek: -g: standard input is in no revision
> exit 2
! planweek: -g needs plan files: standard input is in no revision
> exit 2

=== a full disk: exit 2
$ plandiff tests/data/diff-old.md tests/data/diff-new.md >/dev/full
! plandiff: write error: No space left on device
? 2

=== a bad option is named by plandiff, whatever path runs it
$ "$(command -v plandiff)" -Z a b
! plandiff: invalid option -- 'Z'
! usage: plandiff [-f text|markdown|json] [-G regex] old new
!        plandiff [-f text|markdown|json] [-G regex] -g rev file ...
? 2

# -g takes only a revision that names one commit (issue 16, finding 9).
=== git: -g a range, a message search, a tree or a path: refused, exit 2
$ . tests/plandiff-repo.sh && for r in HEAD~1..HEAD :/ ':/second' 'HEAD^{tree}' HEAD:sub; do plandiff -g "$r" sub/plan.md; echo "exit $?"; done 2>&1
> plandiff: HEAD~1..HEAD:sub/plan.md: 'HEAD~1..HEAD' does not name a commit
> exit 2
> plandiff: :/:sub/plan.md: ':/' does not name a commit
> exit 2
> plandiff: :/second:sub/plan.md: ':/second' does not name a commit
> exit 2
> plandiff: HEAD^{tree}:sub/plan.md: 'HEAD^{tree}' does not name a commit
> exit 2
> plandiff: HEAD:sub:sub/plan.md: 'HEAD:sub' does not name a commit
> exit 2

=== git: -g names the commit in git's complaint as it was written
$ . tests/plandiff-repo.sh && printf '# G\n- [ ] z\n' >new.md && planweek -g HEAD~1 new.md
! planweek: HEAD~1:new.md: path 'new.md' exists on disk, but not in 'HEAD~1'
? 2

=== git: -g reads the file's bytes: the repository's textconv is not run
$ . tests/plandiff-repo.sh && plandiff -g HEAD~1 sub/plan.md >$TMP/a; git config diff.plan.textconv "sh -c 'echo textconv ran >&2; tr a-z A-Z <\"\$1\"' sh" && plandiff -g HEAD~1 sub/plan.md | cmp - $TMP/a && echo same
> same

# As git's diff driver git's arguments are operands (issue 16, finding 2).
=== git: files named --help.md, -V.md and - in the repository: each diffed, none taken for an option or for standard input
$ . tests/plandiff-repo.sh && echo '/- diff=plan' >>.gitattributes && for f in --help.md -V.md -; do git show HEAD~1:sub/plan.md >./$f; done && git add -- . && git commit -qm names && for f in --help.md -V.md -; do cp sub/plan.md ./$f; done && git diff -- ./--help.md ./-V.md ./- </dev/null >$TMP/out; echo "exit $?"; grep -c 'completed: Write a CLI tool' $TMP/out; grep '^+++' $TMP/out
> exit 0
> 3
> +++ b/-
> +++ b/--help.md
> +++ b/-V.md

=== git: a driver command with options of its own: those are options, git's seven arguments operands
$ . tests/plandiff-repo.sh && git show HEAD~1:sub/plan.md >./-f && echo '/-f diff=plan' >>.gitattributes && git add -- . && git commit -qm f && cp sub/plan.md ./-f && git -c diff.plan.command='plandiff -f json' diff -- ./-f | head -n 1 | jq -r .new
> -f

=== git: outside git (no GIT_DIFF_PATH_* variables) seven arguments starting with - are still options
$ plandiff --help.md a b c d e f 2>&1; echo "exit $?"
> plandiff: unrecognized option '--help.md'
> usage: plandiff [-f text|markdown|json] [-G regex] old new
>        plandiff [-f text|markdown|json] [-G regex] -g rev file ...
> exit 2

# As git's diff driver plandiff never hides a change (issue 13, finding 1).
=== git: a commit that edits a README and a plan's prose: git diff shows both edits
$ . tests/plandiff-repo.sh && printf '# Notes\n\nSome text.\n' >README.md && git add README.md && git commit -qm readme && printf '# Notes\n\nOther text.\n' >README.md && sed -i 's/^# Plan$/&\n\nWhy: to ship./' sub/plan.md && git commit -qam prose && git status --short && git diff HEAD~1; echo "exit $?"
> --- a/README.md
> +++ b/README.md
> no goal or milestone changed; the lines that did:
> @@ -1,3 +1,3 @@
>  # Notes
>  
> -Some text.
> +Other text.
> --- a/sub/plan.md
> +++ b/sub/plan.md
> no goal or milestone changed; the lines that did:
> @@ -1,5 +1,7 @@
>  # Plan
>  
> +Why: to ship.
> +
>  ## Goal: Learn Go by 2027-06-30
>  - [x] Tour of Go
>  - [x] Write a CLI tool 📅 2026-12-15
> exit 0

=== git: a change plandiff reports and one it does not: both shown, the second as lines
$ . tests/plandiff-repo.sh && sed -i 's/^- \[ \] Plant garlic$/- [x] Plant garlic/; s/^# Plan$/&\nWhy: to ship./' sub/plan.md && git diff
> --- a/sub/plan.md
> +++ b/sub/plan.md
> sub/plan.md:15: goal: Garden: 1/3 (33%) -> 2/3 (66%)
> sub/plan.md:17:   completed: Plant garlic (open -> done)
> other changes, line by line:
> @@ -1,4 +1,5 @@
>  # Plan
> +Why: to ship.
>  
>  ## Goal: Learn Go by 2027-06-30
>  - [x] Tour of Go

=== git: only reported changes: no lines
$ . tests/plandiff-repo.sh && sed -i 's/^- \[ \] Plant garlic$/- [x] Plant garlic/' sub/plan.md && git diff
> --- a/sub/plan.md
> +++ b/sub/plan.md
> sub/plan.md:14: goal: Garden: 1/3 (33%) -> 2/3 (66%)
> sub/plan.md:16:   completed: Plant garlic (open -> done)

=== git: what matching forgives (case, spaces, order) is still a change git shows
$ . tests/plandiff-repo.sh && sed -i 's/Dig the  beds/dig the beds/' sub/plan.md && git diff
> --- a/sub/plan.md
> +++ b/sub/plan.md
> no goal or milestone changed; the lines that did:
> @@ -12,7 +12,7 @@
>  - [-] Stretch
>  
>  ## Goal: Garden
> -- [ ] Dig the  beds
> +- [ ] dig the beds
>  - [ ] Plant garlic
>  - [x] Order seeds
>  

=== git: a file with no goals, added; control characters escaped; no newline at the end
$ . tests/plandiff-repo.sh && printf 'a\033[31m\nb' >notes.md && git add notes.md && git diff --cached
> --- /dev/null
> +++ b/notes.md
> no goal or milestone changed; the lines that did:
> @@ -0,0 +1,2 @@
> +a\x1B[31m
> +b
> \ No newline at end of file

=== git: CR LF lines, markdown: the lines in a diff block
$ . tests/plandiff-repo.sh && printf '# A\r\n- [ ] a\r\nx\r\n' >c.md && git add c.md && git commit -qm c && printf '# A\r\n- [ ] a\r\ny ```\r\n' >c.md && git -c diff.plan.command='plandiff -f markdown' diff
> ## Changes from a/c.md to c.md
>
> ### A
>
> Progress: 0/1 (0%) -> 0/1 (0%)
>
> - added: a y \`\`\` (line 2)
> - removed: a x (old line 2)
>
> Other changes, line by line:
>
> ````diff
> @@ -1,3 +1,3 @@
>  # A
>  - [ ] a
> -x
> +y ```
> ````
>

=== git: json: a hunk an object
$ . tests/plandiff-repo.sh && printf 'x\n' >>sub/plan.md && git -c diff.plan.command='plandiff -f json' diff | jq -c 'select(.type=="lines")'
> {"type":"lines","old_line":23,"old_count":3,"line":23,"count":4,"lines":[" - [ ] Draft essay"," - [ ] Outline"," - [ ] Edit","+x"]}

=== git: a mode change alone: nothing
$ . tests/plandiff-repo.sh && chmod +x sub/plan.md && git diff

=== git: the lines shown make a patch: git apply turns the old text into the new, 40 random pairs
$ . tests/plandiff-repo.sh && for seed in $(seq 1 40); do awk -v s=$seed 'BEGIN { srand(s); n = int(rand() * 30); for (i = 0; i < n; i++) print substr("aabbcd", int(rand() * 6) + 1, 1) }' >r.md; git add r.md; git commit -qm r; awk -v s=$seed 'BEGIN { srand(s + 1000) } { r = rand(); if (r < 0.2) next; print; if (r > 0.85) print "n" }' r.md >new; if [ $((seed % 3)) = 0 ]; then printf z >>new; fi; cp new r.md; git diff -- r.md | grep -v '^no goal' >p; git checkout -q r.md; if [ -s p ]; then git apply p || echo "seed $seed: apply failed"; fi; cmp -s r.md new || echo "seed $seed: differs"; git checkout -q r.md; done; echo done
> done

=== a status change within open is reported: [ ] to [>] is forwarded
$ printf '# G\n- [ ] a\n- [ ] b\n- [>] c\n' >$TMP/o.md; printf '# G\n- [>] a\n- [!] b\n- [x] c\n' | plandiff $TMP/o.md - | sed 1d; printf '# G\n- [>] a\n' | plandiff -f json $TMP/o.md - | jq -c 'select(.type=="state") | [.text,.before,.after]'
> +++ <stdin>
> <stdin>:1: goal: G: 0/3 (0%) -> 1/3 (33%)
> <stdin>:2:   state: a (open -> forwarded)
> <stdin>:3:   state: b (open -> important)
> <stdin>:4:   completed: c (forwarded -> done)
> ["a","open","forwarded"]

=== a recurring task completed by Obsidian (next occurrence written beside the done one) is one completion, the next named
$ printf '# Chores\n- [ ] Water plants 🔁 every week 📅 2026-11-25\n- [ ] Other\n' >$TMP/o.md; printf '# Chores\n- [ ] Water plants 🔁 every week 📅 2026-12-02\n- [x] Water plants 🔁 every week 📅 2026-11-25 ✅ 2026-11-25\n- [ ] Other\n' >$TMP/n.md; plandiff $TMP/o.md $TMP/n.md | sed "1,2d; s|$TMP/||"; plandiff -f json $TMP/o.md $TMP/n.md | jq -c 'select(.type=="completed") | [.text,.line,.old_line,.next]'; printf '# Chores\n- [x] Water plants 🔁 every week 📅 2026-11-25 ✅ 2026-11-25\n- [ ] Water plants 🔁 every week 📅 2026-12-02\n- [ ] Other\n' | plandiff -f json $TMP/o.md - | jq -c 'select(.type!="diff" and .type!="goal") | [.type,.line,.next]'
> n.md:1: goal: Chores: 0/2 (0%) -> 1/3 (33%)
> n.md:3:   completed: Water plants (open -> done; next: line 2, due 2026-12-02)
> ["Water plants",3,2,{"line":2,"due":"2026-12-02"}]
> ["completed",2,{"line":3,"due":"2026-12-02"}]
