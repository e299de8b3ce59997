# Resource limits on user regexes (issue 7).  A goal marker given with -G
# runs on every heading and list item title; a hostile one must neither
# hang a tool nor grow its memory.  A title on which the regex hits a
# limit is taken as not marked.  Each case runs under timeout(1), so a
# missing limit fails the case (status 124) instead of hanging the suite.

=== -G: the match limit stops catastrophic backtracking
# (a|aa)+b on 60 a's and "cb" takes about 10^12 steps unbounded (the b
# is there, so the matcher cannot give up at once).
$ awk 'BEGIN { printf "# "; for (i = 0; i < 60; i++) printf "a"; print "cb\n- [ ] x" }' >$TMP/m.md && timeout 20 plangoals -f json -G '(a|aa)+b' $TMP/m.md | jq -c '[.kind, .total]'
> ["section",1]

=== -G: the match limit in plantally too
$ awk 'BEGIN { printf "# "; for (i = 0; i < 60; i++) printf "a"; print "cb\n- [ ] x" }' >$TMP/m.md && timeout 20 plantally --only-marked -G '(a|aa)+b' $TMP/m.md | head -c 12; echo
> # aaaaaaaaaa

=== -G: the stack (depth, heap) limit stops a regex that would recurse through a long title
# A group with a capture repeated over 600 000 characters needs far more
# than the matcher's stack; unbounded it would match the whole title.
$ awk 'BEGIN { printf "# "; for (i = 0; i < 300000; i++) printf "ab"; print "\n- [ ] x" }' >$TMP/d.md && timeout 20 plangoals -f json -G '(?:(a)|b)*$' $TMP/d.md | jq -c '[.kind, .total]'
> ["section",1]

=== -G: the same regex on a short title matches: the limit is not a ban
$ printf '# abab\n- [ ] x\n' | plangoals -f json -G '(?:(a)|b)*$' | jq -c '[.kind, .total]'
> ["heading",1]

=== -G: the match limit applies to each title: 200 such items take 200 limits' time
$ awk 'BEGIN { for (i = 0; i < 200; i++) print "- aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacb" }' >$TMP/l.md && timeout 60 plangoals -f json -G '(a|aa)+b' $TMP/l.md | wc -l
> 0

# ---- plancheck: the rules come from anyone on a team ----

=== plancheck: the stack (depth, heap) limit stops a rule, reported as such, exit 2
$ awk 'BEGIN { printf "## Goal: "; for (i = 0; i < 300000; i++) printf "ab"; print "\n\nDeadline: 2027-01-01" }' >$TMP/d.md && printf '[deep]\ncriterion = S\nscope = title\nrequire = ^(?:(a)|b)*$\n[t]\ncriterion = T\nlevel = error\ncheck = deadline\n' >$TMP/r && { timeout 20 plancheck --no-defaults -r $TMP/r $TMP/d.md 2>&1; echo "exit $?"; } | sed "s|$TMP|TMP|; s/\"[ab]*\"/\"ABAB\"/"
> plancheck: TMP/d.md:1: rule deep: regex hit its depth or heap limit on goal "ABAB"
> exit 2

=== plancheck: the same rule on a short title passes, no limit
$ printf '[deep]\ncriterion = S\nscope = title\nrequire = ^(?:(a)|b)*$\n' >$TMP/r && plancheck --no-defaults -r $TMP/r
< ## Goal: abab

=== plancheck: the match limit is reported as the match limit
$ awk 'BEGIN { printf "## Goal: "; for (i = 0; i < 60; i++) printf "a"; print "cb" }' >$TMP/m.md && printf '[boom]\ncriterion = S\nscope = title\nrequire = ^(a|aa)+b\n' >$TMP/r && { timeout 20 plancheck --no-defaults -r $TMP/r $TMP/m.md 2>&1; echo "exit $?"; } | sed "s|$TMP|TMP|"
> plancheck: TMP/m.md:1: rule boom: regex hit its match limit on goal "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacb"
> exit 2

=== plancheck: a forbid rule reports at most 10 matches a goal, each goal its own 10
$ awk 'BEGIN { printf "## Goal: x\n\n"; for (i = 0; i < 10000; i++) printf "maybe "; print "\n\n## Goal: y\n"; for (i = 0; i < 3; i++) print "maybe" }' >$TMP/f.md && printf '[hedge]\ncriterion = S\nscope = text\nforbid = maybe\nmessage = [%%m]\n' >$TMP/r && plancheck --no-defaults -r $TMP/r $TMP/f.md | sed "s|$TMP|TMP|" | cut -d: -f2 | uniq -c | sed 's/^ *//'
> 10 3
> 1 7
> 1 8
> 1 9

=== plancheck: a million matches on one line take a bounded time
$ awk 'BEGIN { printf "## Goal: x\n\n"; for (i = 0; i < 1000000; i++) printf "a"; print "" }' >$TMP/f.md && printf '[a]\ncriterion = S\nscope = text\nforbid = a\n' >$TMP/r && timeout 20 plancheck --no-defaults -r $TMP/r $TMP/f.md | wc -l
> 10

=== plancheck: the built-in rules on a title of 100 000 words: no limit hit, the long title reported
# S-title-long was ^(?:\S+\s+){12,}\S.*, which ran out of JIT stack on a
# 1 MB heading (found by tests/hostile.sh); {12} finds the same titles.
$ awk 'BEGIN { printf "## Goal: "; for (i = 0; i < 100000; i++) printf "w%d ", i; print "by 2027-01-01\n\nMeasure: 3 of 3; plan: steps below, because of x\n- [ ] a\n- [ ] b" }' >$TMP/t.md && plancheck --today 2026-11-23 $TMP/t.md | sed "s|$TMP|TMP|"
> TMP/t.md:1:1: info: title of more than 24 words; name the goal in a few words and put the detail below it [S-title-long]

# ---- the interpreter's limits: PLANMARK_NO_JIT=1 runs pcre2 without JIT ----

=== no JIT, -G: the depth or heap limit stops a regex that would recurse through a long title
$ awk 'BEGIN { printf "# "; for (i = 0; i < 300000; i++) printf "ab"; print "\n- [ ] x" }' >$TMP/d.md && PLANMARK_NO_JIT=1 timeout 60 plangoals -f json -G '(?:(a)|b)*$' $TMP/d.md | jq -c '[.kind, .total]'
> ["section",1]

=== no JIT, -G: the match limit
$ awk 'BEGIN { printf "# "; for (i = 0; i < 60; i++) printf "a"; print "cb\n- [ ] x" }' >$TMP/m.md && PLANMARK_NO_JIT=1 timeout 60 plangoals -f json -G '(a|aa)+b' $TMP/m.md | jq -c '[.kind, .total]'
> ["section",1]

=== no JIT, plancheck: the depth or heap limit, reported as such
$ awk 'BEGIN { printf "## Goal: "; for (i = 0; i < 300000; i++) printf "ab"; print "" }' >$TMP/d.md && printf '[deep]\ncriterion = S\nscope = title\nrequire = ^(?:(a)|b)*$\n' >$TMP/r && { PLANMARK_NO_JIT=1 timeout 60 plancheck --no-defaults -r $TMP/r $TMP/d.md 2>&1; echo "exit $?"; } | sed "s|$TMP|TMP|; s/\"[ab]*\"/\"ABAB\"/"
> plancheck: TMP/d.md:1: rule deep: regex hit its depth or heap limit on goal "ABAB"
> exit 2

# The input cap (issue 16, finding 11).
=== PLANMARK_MAX_BYTES: a larger file is refused with one line, exit 2, the next file still read
$ head -c 3000 samples/career.md >$TMP/a.md && PLANMARK_MAX_BYTES=2999 plangoals $TMP/a.md samples/obsidian.md 2>&1 >/dev/null | sed "s|$TMP|TMP|"; PLANMARK_MAX_BYTES=3000 plangoals $TMP/a.md | wc -l
> plangoals: TMP/a.md: larger than PLANMARK_MAX_BYTES (2999 bytes)
> 16

=== PLANMARK_MAX_BYTES with a unit, on a pipe (no size known in advance)
$ head -c 3000 samples/career.md | PLANMARK_MAX_BYTES=2k plangoals
! plangoals: -: larger than PLANMARK_MAX_BYTES (2048 bytes)
? 2

=== PLANMARK_MAX_BYTES binds plantally and planweek -b too
$ head -c 3000 samples/career.md >$TMP/a.md && PLANMARK_MAX_BYTES=1k plantally $TMP/a.md 2>&1 | sed "s|$TMP|TMP|"; PLANMARK_MAX_BYTES=1k planweek --today 2026-11-23 -b $TMP/a.md samples/obsidian.md 2>&1 >/dev/null | sed "s|$TMP|TMP|"
> plantally: TMP/a.md: larger than PLANMARK_MAX_BYTES (1024 bytes)
> planweek: TMP/a.md: larger than PLANMARK_MAX_BYTES (1024 bytes)

=== the default cap is 256 MiB: a sparse file one byte over it is refused without being read
$ truncate -s 268435457 $TMP/big.md && timeout 20 plangoals $TMP/big.md 2>&1 | sed "s|$TMP|TMP|"
> plangoals: TMP/big.md: larger than PLANMARK_MAX_BYTES (268435456 bytes)

=== PLANMARK_MAX_BYTES bounds what git gives for -g too
$ . tests/plandiff-repo.sh && PLANMARK_MAX_BYTES=100 plandiff -g HEAD~1 sub/plan.md
! plandiff: HEAD~1:sub/plan.md: reading from git: larger than PLANMARK_MAX_BYTES (100 bytes)
? 2
