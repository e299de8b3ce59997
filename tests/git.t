# git workflows that never mislead (issue 13): history by date, in a
# fresh clone as a cron server has it (tests/git-clone.sh).

=== fresh clone: -g DATE is the last commit before that day that has the file
$ . tests/git-clone.sh && plandiff -g 2026-11-16 plan.md; echo "exit $?"
> --- 2026-11-16:plan.md
> +++ plan.md
> plan.md:1: goal: Learn Go by 2027-06-30: 0/2 (0%) -> 1/3 (33%)
> plan.md:2:   completed: Tour of Go (open -> done)
> plan.md:4:   added: Read the spec
> exit 1

=== fresh clone: a date is a day from its start; a time of day too
$ . tests/git-clone.sh && plandiff -f json -g 2026-11-18 plan.md | jq -r 'select(.type=="completed") | .text'; plandiff -g '2026-11-18 12:00:01' plan.md | grep -c completed; plandiff -g 2026-11-18T11:59 plan.md | grep -c completed
> Tour of Go
> 0
> 1

=== fresh clone: planweek -g DATE counts a box ticked without a done date
$ . tests/git-clone.sh && planweek --today 2026-11-23 -g 2026-11-16 plan.md | sed -n 2p
> 1 milestone completed; 33% done (+33); last 8 weeks: ________ (0 0 0 0 0 0 0 0)

=== a span back from now, with spaces or dots, by commit date
$ command -v git >/dev/null || exit 77; export HOME=$TMP GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@example.com; now=$(date +%s) && git init -q $TMP/s && cd $TMP/s && printf '# G\n- [ ] a\n' >p.md && git add p.md && GIT_COMMITTER_DATE="$((now - 30 * 86400)) +0000" git commit -qm a && printf -- '- [ ] b\n' >>p.md && GIT_COMMITTER_DATE="$((now - 3 * 86400)) +0000" git commit -qam b && printf -- '- [ ] c\n' >>p.md && for s in '1 week ago' 1.week.ago '2 days ago' '4.days.ago' '5 weeks ago'; do plandiff -f json -g "$s" p.md | jq -r 'select(.type=="added") | .text' | tr '\n' ' '; echo "| $s"; done 2>&1
> b c | 1 week ago
> b c | 1.week.ago
> c | 2 days ago
> b c | 4.days.ago
> plandiff: 5 weeks ago:p.md: no commit before 5 weeks ago has p.md
> | 5 weeks ago

=== fresh clone: no commit before the date: exit 2, said
$ . tests/git-clone.sh && plandiff -g 2026-11-01 plan.md
! plandiff: 2026-11-01:plan.md: no commit before 2026-11-01 00:00:00 has plan.md
? 2

=== commits that do not touch the file do not count
$ . tests/git-clone.sh && echo x >other && git add other && GIT_COMMITTER_DATE='2026-11-10 12:00:00 +0000' git commit -qm other && plandiff -f json -g 2026-11-16 plan.md | jq -r 'select(.type=="completed") | .text'
> Tour of Go

=== what only looks like a date or a span is a revision, and git does not know it
$ . tests/git-clone.sh && for r in 2026-13-01 '2026-11-16 25:00' 'yesterday' 'week ago' '1 fortnight ago' nosuch; do plandiff -g "$r" plan.md; echo "exit $?"; done 2>&1
> plandiff: 2026-13-01:plan.md: '2026-13-01' does not name a commit
> exit 2
> plandiff: 2026-11-16 25:00:plan.md: '2026-11-16 25:00' does not name a commit
> exit 2
> plandiff: yesterday:plan.md: 'yesterday' does not name a commit
> exit 2
> plandiff: week ago:plan.md: 'week ago' does not name a commit
> exit 2
> plandiff: 1 fortnight ago:plan.md: '1 fortnight ago' does not name a commit
> exit 2
> plandiff: nosuch:plan.md: 'nosuch' does not name a commit
> exit 2

=== fresh clone: the reflog does not go back a week, and git's warning reaches stderr
$ . tests/git-clone.sh && plandiff -g 'HEAD@{1.week.ago}' plan.md 2>&1 >/dev/null | sed 's/back to .*/back to DATE/'; planweek --today 2026-11-23 -g 'HEAD@{1.week.ago}' plan.md 2>&1 >/dev/null | sed 's/back to .*/back to DATE/'
> plandiff: HEAD@{1.week.ago}:plan.md: warning: log for 'HEAD' only goes back to DATE
> planweek: HEAD@{1.week.ago}:plan.md: warning: log for 'HEAD' only goes back to DATE

=== a file name that is a pathspec pattern is that file, not what the pattern matches
$ . tests/git-clone.sh && cp plan.md '[p]lan.md' && git add . && GIT_COMMITTER_DATE='2026-11-20 12:00:00 +0000' git commit -qm copy && plandiff -g 2026-11-19 '[p]lan.md'
! plandiff: 2026-11-19:[p]lan.md: no commit before 2026-11-19 00:00:00 has [p]lan.md
? 2

# planweek takes its baseline from git's history by itself.
=== fresh clone: planweek with no option counts a box ticked without a done date, from the last commit before the week
$ . tests/git-clone.sh && planweek --today 2026-11-23 plan.md
> Week 2026-W47 (2026-11-16 to 2026-11-22): plan.md
> 1 milestone completed; 50% done (+50); last 8 weeks: ________ (0 0 0 0 0 0 0 0)
>
> Completed
>   Learn Go by 2027-06-30
>     plan.md:2: Tour of Go (ticked since the baseline)
>
> Goals since the baseline
>   plan.md:1: Learn Go by 2027-06-30: 0% -> 33%
>
> New milestones
>   plan.md:4: Read the spec - Learn Go by 2027-06-30

=== --no-git: no baseline
$ . tests/git-clone.sh && planweek --no-git --today 2026-11-23 plan.md | sed -n 2p
> 0 milestones completed; 33% done (+0); last 8 weeks: ________ (0 0 0 0 0 0 0 0)

=== the same plan outside git, in a directory given, and a plan committed first in the period: no baseline, nothing said
$ . tests/git-clone.sh && cp plan.md $TMP/loose.md && printf '# H\n- [x] z\n' >late.md && git add late.md && GIT_COMMITTER_DATE='2026-11-17 12:00:00 +0000' git commit -qm late && planweek -f json --today 2026-11-23 ../loose.md . | jq -c 'select(.type=="period") | [.file,.completed]'
> ["../loose.md",0]
> ["./late.md",0]
> ["./plan.md",1]
