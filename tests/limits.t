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
