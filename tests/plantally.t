# plantally: tallies written at the end of goal headings and goal items,
# every other byte unchanged.

=== samples: output minus the tallies is the input, byte for byte
$ sh tests/plantally-roundtrip.sh samples/*

=== corpus: the same round trip on every file (skipped without it)
$ sh tests/plantally-roundtrip.sh

=== the tallies written into a sample agree with plangoals
$ plantally samples/team-okrs.md | grep -n ' \[[0-9]*/[0-9]*\]$'
> 1:# Platform team OKRs 2027-Q1 [9/26]
> 14:## Objective: The public API is fast enough that nobody asks [2/7]
> 26:## Objective: Deploys are boring [due:: 2027-03-31] [1/4]
> 35:- Goal: Retire the Jenkins build farm by February 2027 [2/4]
> 41:## Objective: On-call is sustainable [1/5]
> 56:### Docs [1/2]
> 61:### Tooling [1/3]

=== only those lines change
$ plantally samples/team-okrs.md | diff samples/team-okrs.md - | grep -c '^>'
> 7

=== idempotent: a second run gives the same bytes
$ plantally samples/career.md >$TMP/a && plantally $TMP/a >$TMP/b && cmp $TMP/a $TMP/b && plantally --both samples/obsidian.md >$TMP/c && plantally $TMP/c | cmp - $TMP/c && echo same
> same

=== CRLF and a BOM are kept, trailing blanks and the closing sequence too
$ printf '\357\273\277# Goal: ship ##  \r\n\r\n- [x] a\r\n- [ ] b\r\n' | plantally >$TMP/o && printf '\357\273\277# Goal: ship [1/2] ##  \r\n\r\n- [x] a\r\n- [ ] b\r\n' | cmp - $TMP/o && echo same
> same

=== CRLF setext heading: the tally ends the text's last line
$ printf 'Goal: ship\r\nit soon \t\r\n===\r\n- [x] a\r\n' | plantally >$TMP/o && printf 'Goal: ship\r\nit soon [1/1] \t\r\n===\r\n- [x] a\r\n' | cmp - $TMP/o && echo same
> same

=== a lone CR ends a line, as libcmark counts
$ printf '# A\r- [ ] a\r# B\r- [x] b' | plantally | tr '\r' '|'; echo
> # A [0/1]|- [ ] a|# B [1/1]|- [x] b

=== invalid UTF-8 and NUL bytes on a heading line stay as they were
$ printf '# Caf\351 \000 plan\n- [x] a\n' | plantally >$TMP/o && printf '# Caf\351 \000 plan [1/1]\n- [x] a\n' | cmp - $TMP/o && echo same
> same

=== no final line end: none is added
$ printf '## Goal: x\n- [ ] a\n## Goal: y [5/5]' | plantally >$TMP/o; wc -l <$TMP/o; tail -n 1 $TMP/o; echo
> 2
> ## Goal: y [0/0]

=== ATX closing sequences, escaped and empty headings
< # Goal: closed ###
< - [x] a
< ## Goal: not closed\#
< - [ ] b
< ## Goal: hash#
< - [ ] c
< #
< - [ ] d
< ### ###
< - [ ] e
< > ## Quoted ##
< > - [x] f
$ plantally
> # Goal: closed [1/1] ###
> - [x] a
> ## Goal: not closed\# [0/1]
> - [ ] b
> ## Goal: hash# [0/1]
> - [ ] c
> # [1/3]
> - [ ] d
> ### [0/1] ###
> - [ ] e
> > ## Quoted [1/1] ##
> > - [x] f

=== setext headings, in a block quote and in a list
< Goal: first
<   two lines
< ---------
< - [x] a
<
< > Quoted
< > heading
< > ===
< > - [ ] b
<
< - Item heading
<   ---
<   - [x] c
$ plantally
> Goal: first
>   two lines [1/1]
> ---------
> - [x] a
>
> > Quoted
> > heading [1/2]
> > ===
> > - [ ] b
>
> - Item heading [1/1]
>   ---
>   - [x] c

=== goal list items: the end of the title's last line, so the tally ends the title (issue 16)
< ## Team
<
< - Goal: Retire Jenkins
<   by February
<   - [x] move jobs
<   - [ ] turn it off
< - Goal: keep the hard break\
<   here
<   - [x] done
< - Goal: no milestones
$ plantally
> ## Team
>
> - Goal: Retire Jenkins
>   by February [1/2]
>   - [x] move jobs
>   - [ ] turn it off
> - Goal: keep the hard break\
>   here [1/1]
>   - [x] done
> - Goal: no milestones

=== existing tallies updated in place, in their own form, never duplicated
< # Goal: a [9/9]
< - [x] a
< - [ ] b
< - [-] cancelled
< # Goal: b  [40%]
< - [x] a
< - [ ] b
< - [ ] c
< # Goal: c [2/5 40%] ##
< - [ ] a
< # Goal: d [1/2] [0%]
< - [x] a
< # Goal: e [%]
< - [x] a
< # Goal: right [1/1]
< - [x] a
< # Goal: empty [3/3]
$ plantally
> # Goal: a [1/2]
> - [x] a
> - [ ] b
> - [-] cancelled
> # Goal: b  [33%]
> - [x] a
> - [ ] b
> - [ ] c
> # Goal: c [0/1 0%] ##
> - [ ] a
> # Goal: d [1/1 100%]
> - [x] a
> # Goal: e [100%]
> - [x] a
> # Goal: right [1/1]
> - [x] a
> # Goal: empty [0/0]

=== --percent and --both choose the form everywhere
< # Goal: a [1/2]
< - [x] a
< - [x] b
< - [ ] c
< # Goal: b
< - [ ] a
$ plantally --percent && echo --- && plantally --both <tests/data/tally-forms.md
> # Goal: a [66%]
> - [x] a
> - [x] b
> - [ ] c
> # Goal: b [0%]
> - [ ] a
> ---
> # Goal: a [2/3 66%]
> - [x] a
> - [x] b
> - [ ] c
> # Goal: b [0/1 0%]
> - [ ] a

=== --only-marked touches only headings that hold a tally
$ plantally --only-marked tests/data/tally-forms.md
> # Goal: a [2/3]
> - [x] a
> - [x] b
> - [ ] c
> # Goal: b
> - [ ] a

=== --check: exit 1 and name what is missing or stale
$ plantally --check tests/data/tally-forms.md
> tests/data/tally-forms.md:1: stale tally [1/2], should be [2/3]
> tests/data/tally-forms.md:5: missing tally [0/1]
? 1

=== --check passes on plantally's own output
$ plantally tests/data/tally-forms.md | plantally --check && echo ok
> ok

=== --check with --only-marked ignores headings without a tally
$ plantally --fraction --only-marked tests/data/tally-forms.md | plantally --check --only-marked && echo ok
> ok

=== -i edits in place and keeps the mode
$ cp tests/data/tally-forms.md $TMP/p.md && chmod 640 $TMP/p.md && plantally -i $TMP/p.md && plantally tests/data/tally-forms.md | cmp - $TMP/p.md && stat -c %a $TMP/p.md && ls -A $TMP
> 640
> p.md

=== -i leaves a file that does not change alone (its time stays)
$ plantally tests/data/tally-forms.md >$TMP/p.md && touch -d @978307200 $TMP/p.md && plantally -i $TMP/p.md && stat -c %Y $TMP/p.md
> 978307200

=== -i on a symbolic link edits its target, the link stays a link
$ cp tests/data/tally-forms.md $TMP/t.md && ln -s t.md $TMP/link.md && plantally -i $TMP/link.md && test -L $TMP/link.md && plantally tests/data/tally-forms.md | cmp - $TMP/t.md && echo ok
> ok

=== -i where the new file cannot be written: original intact, no temp file, exit 2
# Root ignores directory permissions, so a read-only directory cannot
# make this fail in CI; a file size limit of 0 binds root too and fails
# the write of the temporary file.  Errors go through a pipe, which the
# limit does not bind.  Skipped under a wrapper (valgrind writes files).
$ [ -z "$WRAP" ] || exit 77; cp tests/data/tally-forms.md $TMP/p.md && (ulimit -f 0; plantally -i $TMP/p.md 2>&1; echo "exit $?") | sed "s|$TMP|TMP|" && cmp tests/data/tally-forms.md $TMP/p.md && ls -A $TMP
> plantally: TMP/p.md: writing a temporary file: File too large
> exit 2
> p.md

=== -i in a read-only directory: fails cleanly (skipped as root, see above)
$ [ "$(id -u)" != 0 ] || exit 77; mkdir $TMP/ro && cp tests/data/tally-forms.md $TMP/ro/p.md && chmod 555 $TMP/ro && plantally -i $TMP/ro/p.md 2>&1 | sed "s|$TMP|TMP|"; chmod 755 $TMP/ro; cmp tests/data/tally-forms.md $TMP/ro/p.md && ls -A $TMP/ro
> plantally: TMP/ro/p.md: creating a temporary file: Permission denied
> p.md

=== -i: one file fails, the next is still edited
$ cp tests/data/tally-forms.md $TMP/p.md && plantally -i $TMP/none.md $TMP/p.md 2>&1 | sed "s|$TMP|TMP|"; plantally --check $TMP/p.md && echo edited
> plantally: TMP/none.md: No such file or directory
> edited

=== -i refuses standard input
$ plantally -i -
! plantally: -: cannot edit standard input in place
? 2

=== -i needs files
$ plantally -i
! plantally: -i needs files to edit
! usage: plantally [-i] [--percent|--fraction|--both] [--only-marked] [--check] [-G regex] [file ...]
? 2

=== -i and --check together are refused
$ plantally -i --check samples/career.md
! plantally: -i and --check cannot be used together
! usage: plantally [-i] [--percent|--fraction|--both] [--only-marked] [--check] [-G regex] [file ...]
? 2

=== an unreadable file: reported, exit 2, the others still printed
$ plantally tests/data/nonexistent.md tests/data/tally-forms.md | head -n 1
> # Goal: a [2/3]
! plantally: tests/data/nonexistent.md: No such file or directory

=== a custom goal marker
< ## KR: latency
< - [x] a
< - KR: errors
<   - [ ] b
$ plantally -G '^KR:' | grep -n '\['
> 1:## KR: latency [1/1]
> 2:- [x] a
> 3:- KR: errors [0/1]
> 4:  - [ ] b

=== a bad option prints the usage
$ plantally --bogus
! plantally: unrecognized option '--bogus'
! usage: plantally [-i] [--percent|--fraction|--both] [--only-marked] [--check] [-G regex] [file ...]
? 2

=== a bad short option and a missing argument
$ plantally -z; plantally -G
! plantally: invalid option -- 'z'
! usage: plantally [-i] [--percent|--fraction|--both] [--only-marked] [--check] [-G regex] [file ...]
! plantally: option requires an argument -- 'G'
! usage: plantally [-i] [--percent|--fraction|--both] [--only-marked] [--check] [-G regex] [file ...]
? 2

=== --help
$ plantally --help
> usage: plantally [-i] [--percent|--fraction|--both] [--only-marked] [--check] [-G regex] [file ...]
>
>   -i                 edit the files in place
>   --fraction         tallies as [3/7] (default for a title without one)
>   --percent          tallies as [42%]
>   --both             tallies as [3/7 42%]
>   --only-marked      only titles that have a tally already
>   --check            list missing and stale tallies, exit 1 if any
>   -G REGEX           what marks a goal (pcre2; default Goal: or Objective:)
>   --color[=WHEN]     colour: auto (default), always, never
>   -h, --help         this help
>   -V, --version      version of the tool and its libraries
>
> See plantally(1).

=== empty input gives empty output
$ printf '' | plantally | wc -c
> 0
=== a tally plantally wrote is no part of the goal's title: no change for plandiff
$ cp samples/career.md $TMP/c.md && plantally -i --both $TMP/c.md && plandiff samples/career.md $TMP/c.md; echo "plandiff $?"; plangoals -f tsv $TMP/c.md | tail -n +2 | cut -f4 | sort -u; printf '# Goal: Run [1/2] [50%%]\n\n- [x] a\n- [ ] b\n' | plangoals
> plandiff 0
> Give two lightning talks and speak in every architecture review
> Lead the ledger partitioning project end to end
> Mentor two engineers through their first on-call
> Write design docs people can act on
> <stdin>:1: goal 1/2 50%  Run
> <stdin>:3:   [x] a
> <stdin>:4:   [ ] b

# plantally -i against other programs and signals (issue 16, finding 6).
# build/shim.so (tests/unit/shim.c) acts at plantally's first fsync, once
# the new version is written and before the file is replaced; make check
# builds it, and these cases skip without it (a file run alone after
# make all).
=== -i: a file appended to while plantally runs is not replaced; the tallied version is left beside it, exit 2
$ [ -z "$WRAP" ] && [ -f build/shim.so ] || exit 77; cp tests/data/tally-forms.md $TMP/p.md && LD_PRELOAD=$PWD/build/shim.so ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 PLANMARK_SHIM=append:$TMP/p.md plantally -i $TMP/p.md 2>&1 | sed "s|$TMP|TMP|g; s|plantally\.[A-Za-z0-9]*|plantally.XXXXXX|"; tail -n 1 $TMP/p.md; ls -A $TMP | sed 's/plantally\..*/plantally.XXXXXX/'; plantally tests/data/tally-forms.md | cmp - $TMP/.plantally.* && echo tallied
> plantally: TMP/p.md: changed since it was read; left as it is, the tallied version is in TMP/.plantally.XXXXXX
> - [ ] added while plantally ran
> .plantally.XXXXXX
> p.md
> tallied

=== -i: a file saved by rename while plantally runs (an editor's save) is not replaced either
$ [ -z "$WRAP" ] && [ -f build/shim.so ] || exit 77; cp tests/data/tally-forms.md $TMP/p.md && LD_PRELOAD=$PWD/build/shim.so ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 PLANMARK_SHIM=rename:$TMP/p.md plantally -i $TMP/p.md 2>&1 | sed "s|$TMP|TMP|g; s|plantally\.[A-Za-z0-9]*|plantally.XXXXXX|"; cmp tests/data/tally-forms.md $TMP/p.md && echo same
> plantally: TMP/p.md: changed since it was read; left as it is, the tallied version is in TMP/.plantally.XXXXXX
> same

=== -i: SIGHUP, SIGINT or SIGTERM while the temporary file is written: it is removed, the file is as it was
# The sed drops the shell's own note of how its child died.  Where the
# suite itself runs with SIGHUP or SIGINT ignored (nohup, a background
# job), plantally keeps them ignored, as it should, and the case is skipped.
$ [ -z "$WRAP" ] && [ -f build/shim.so ] || exit 77; case $(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status 2>/dev/null) in *[1235679abdefABDEF]) exit 77;; esac; cp tests/data/tally-forms.md $TMP/p.md && for s in 1 2 15; do LD_PRELOAD=$PWD/build/shim.so ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 PLANMARK_SHIM=signal:$s sh -c 'plantally -i "$1"; echo "signal '$s': exit $?" >&2' sh $TMP/p.md 2>&1 | sed '/^Hangup$/d; /^Terminated$/d'; cmp tests/data/tally-forms.md $TMP/p.md && ls -A $TMP; done
> signal 1: exit 129
> p.md
> signal 2: exit 130
> p.md
> signal 15: exit 143
> p.md

=== -i keeps hard links: a file with two names is written in place, both names see the tallies
$ cp tests/data/tally-forms.md $TMP/p.md && ln $TMP/p.md $TMP/q.md && i=$(stat -c %i $TMP/p.md) && plantally -i $TMP/p.md && [ "$(stat -c %i,%h $TMP/p.md)" = "$i,2" ] && plantally tests/data/tally-forms.md | cmp - $TMP/q.md && ls -A $TMP
> p.md
> q.md

=== -i on a hard-linked file that changed while plantally ran: refused, as it was left
$ [ -z "$WRAP" ] && [ -f build/shim.so ] || exit 77; cp tests/data/tally-forms.md $TMP/p.md && ln $TMP/p.md $TMP/q.md && LD_PRELOAD=$PWD/build/shim.so ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 PLANMARK_SHIM=append:$TMP/p.md plantally -i --percent $TMP/p.md 2>&1 | sed "s|$TMP|TMP|"; grep -c '%' $TMP/q.md; tail -n 1 $TMP/q.md
> plantally: TMP/p.md: changed since it was read; left as it is
> 0
> - [ ] added while plantally ran

=== -i keeps extended attributes and ACLs
$ command -v setfattr >/dev/null && command -v setfacl >/dev/null || exit 77; cp tests/data/tally-forms.md $TMP/p.md && chmod 640 $TMP/p.md && setfattr -n user.planmark -v kept $TMP/p.md && setfacl -m u:65534:rw $TMP/p.md || exit 77; plantally -i $TMP/p.md && plantally tests/data/tally-forms.md | cmp - $TMP/p.md && getfattr --absolute-names --only-values -n user.planmark $TMP/p.md && echo && getfacl -cp $TMP/p.md && ls -A $TMP
> kept
> user::rw-
> user:nobody:rw-
> group::r--
> mask::rw-
> other::---
>
> p.md

=== -i refuses a file the user cannot write, even in a directory the user can (a rename would replace it)
$ d=$(mktemp -d) && chmod 777 $d && cp tests/data/tally-forms.md $d/p.md && chmod 444 $d/p.md && if [ "$(id -u)" = 0 ]; then run="setpriv --reuid=65534 --regid=65534 --clear-groups"; else run=; fi; $run plantally -i $d/p.md 2>&1 | sed "s|$d|D|"; cmp tests/data/tally-forms.md $d/p.md && ls -A $d; rm -rf $d
> plantally: D/p.md: cannot edit: Permission denied
> p.md

# plantally never changes the document's structure (issue 16, finding 7).
=== a setext heading whose last text line is a lone list marker gets no tally: one would make that line a list item
< Ship it
< *
< ====
< - [ ] a
<
< Goal: Counting
< 1.
< ---
< - [x] b
<
< > Quoted
< > +
< > ===
< > - [x] c
$ plantally >$TMP/o; cat $TMP/o; plangoals -f tsv <$TMP/o | cut -f2,4 | sort -u; plantally --check <$TMP/o && echo checked
> Ship it
> *
> ====
> - [ ] a
>
> Goal: Counting
> 1.
> ---
> - [x] b
>
> > Quoted
> > +
> > ===
> > - [x] c
> 14	Quoted +
> 4	Ship it *
> 9	Counting 1.
> line	goal
> checked

=== a goal item whose title ends in a lone marker gets no tally either
< - Goal: ship
<   1)
<   - [ ] a
$ plantally; plantally --check && echo checked
> - Goal: ship
>   1)
>   - [ ] a
> checked

=== the tally of a multi-line goal item ends its title: a second run changes nothing, plandiff sees no rename
< - Goal: a goal whose
<   title runs over
<   three lines [0/2]
<   - [ ] a
<   - [x] b
$ plantally >$TMP/a.md && cat $TMP/a.md && plantally $TMP/a.md | cmp - $TMP/a.md && plandiff $TMP/a.md - <$TMP/a.md && plangoals $TMP/a.md | head -n 1 | sed "s|$TMP|TMP|"
> - Goal: a goal whose
>   title runs over
>   three lines [1/2]
>   - [ ] a
>   - [x] b
> TMP/a.md:1: goal 1/2 50%  a goal whose title runs over three lines

=== a stale run of tallies of 64 bytes and more is reported by --check and made one
< # Goal: long [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [50%]
< - [x] a
< - [x] b
$ cat >$TMP/a.md; plantally --check <$TMP/a.md; plantally <$TMP/a.md
> <stdin>:1: stale tally [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [1/2] [50%], should be [2/2 100%]
> # Goal: long [2/2 100%]
> - [x] a
> - [x] b

=== the model of every sample, test plan and corpus plan read back after plantally is the same but for its tallies, in every form
$ for f in samples/*.md tests/data/*.md ../shared/corpus/*.md; do [ -f "$f" ] || continue; plangoals -f json <"$f" >$TMP/a 2>&1; for o in --fraction --percent --both; do plantally $o "$f" | plangoals -f json 2>&1 | cmp -s - $TMP/a || echo "$f $o"; done; done

=== a tally after an Obsidian emoji with no date does not become that field's value (found by fuzz_tally)
< - Goal: x ⏳
<   - [x] a
$ plantally --both >$TMP/a.md; cat $TMP/a.md; plangoals -f json $TMP/a.md | jq -r .title
> - Goal: x ⏳ [1/1 100%]
>   - [x] a
> x

=== a plan that starts with two byte order marks: the heading on line 1 gets its tally there, not at the end of the file (found by fuzz_tally)
$ printf '\357\273\277\357\273\277# Goal: a\n- [x] a\n- [ ] b\n' | plantally >$TMP/o; head -c 6 $TMP/o | od -An -tx1 | tr -d ' '; tail -c +7 $TMP/o
> efbbbfefbbbf
> # Goal: a [1/2]
> - [x] a
> - [ ] b

=== a listed goal that is its own box gets no tally: it would land in its milestone's text
< ## Stretch goals
<
< - [ ] Archive repair tool
< - [x] Faster builds
$ plantally --check; echo $?
> 0

=== an unmarked title's tally is the goals under it, as planstat's subtotal; a marked goal's its own
$ printf '# Plan\n- [x] own\n## A\n- [x] a\n- [ ] b\n## B\n- [ ] c\n# Goal: M\n- [ ] m\n## Goal: N\n- [ ] n\n' | plantally
> # Plan [2/4]
> - [x] own
> ## A [1/2]
> - [x] a
> - [ ] b
> ## B [0/1]
> - [ ] c
> # Goal: M [0/1]
> - [ ] m
> ## Goal: N [0/1]
> - [ ] n

=== -i leaves YAML and TOML front matter byte for byte, and tallies the goals after it
$ printf -- '---\r\ntags: daily\r\ndue: 2026-12-24\r\n---\r\n\r\n- [ ] a\r\n- [x] b\r\n## Goal: G\r\n- [x] c\r\n' >$TMP/y.md && head -c 47 $TMP/y.md >$TMP/y.fm && plantally -i $TMP/y.md && head -c 47 $TMP/y.md | cmp - $TMP/y.fm && tail -n 2 $TMP/y.md | tr -d '\r'; printf '+++\ntitle = "x"\n+++\n# Goal: H\n- [ ] d\n' | plantally
> ## Goal: G [1/1]
> - [x] c
> +++
> title = "x"
> +++
> # Goal: H [0/1]
> - [ ] d

=== a listed goal that is its own box with boxes under it gets no tally either
< ## Stretch goals
<
< - [ ] Archive repair tool
<   - [x] read the format
<   - [ ] write the fixer
$ plantally
> ## Stretch goals
>
> - [ ] Archive repair tool
>   - [x] read the format
>   - [ ] write the fixer

=== a line of dashes indented four columns is a setext heading's text, not its underline: the tally goes on the last line
< Ship it
<     ---
< more
< -----
< - [ ] a
$ plantally
> Ship it
>     ---
> more [0/1]
> -----
> - [ ] a

=== a closing # followed by a vertical tab still closes the heading: the tally goes before it
$ printf '# Plan #\v\n- [ ] a\n' | plantally | od -c | sed 's/  */ /g'
> 0000000 # P l a n [ 0 / 1 ] # \v \n
> 0000020 - [ ] a \n
> 0000030

=== a setext heading whose text is a lone # gets no tally: it would open an ATX heading
$ printf '#\f\n---\n- [ ] a\n' | plantally | od -c | sed 's/  */ /g'
> 0000000 # \f \n - - - \n - [ ] a \n
> 0000017

=== a setext heading whose last line is a form feed alone, after a lone CR: the tally starts that line, with no blank that would move the text a column on
$ printf '    code\f\r\f\f\t\n-\n- [ ] a\n' | plantally | tr '\f\r\t' 'FRT'; printf '\f\n-\n- [ ] a\n' | plantally | plantally --check; echo "check $?"
>     codeFR[0/1]FFT
> -
> - [ ] a
> check 0

=== an ATX heading with no text still takes a blank before its tally
$ printf '##\n- [ ] a\n' | plantally
> ## [0/1]
> - [ ] a

=== the tallies plantally -i writes change no finding of plancheck: "[0/2]" after "Get better at presenting" is no measure (every sample and test plan)
$ n=0; for f in samples/*.md tests/data/*.md; do cp "$f" $TMP/x.md && plantally -i $TMP/x.md 2>/dev/null; plancheck -l info --today 2026-11-23 -f json "$f" | jq -c 'del(.file)' | grep -v plan-tally >$TMP/a; plancheck -l info --today 2026-11-23 -f json $TMP/x.md | jq -c 'del(.file)' | grep -v plan-tally >$TMP/b; cmp -s $TMP/a $TMP/b || echo "differs: $f"; n=$((n + 1)); done; echo "$n plans"; cp samples/draft.md $TMP/d.md && plantally -i $TMP/d.md && grep -n '^## Goal: Get better at presenting' $TMP/d.md && plancheck -s --today 2026-11-23 $TMP/d.md | grep presenting | cut -d' ' -f2-6
> 29 plans
> 30:## Goal: Get better at presenting [0/2]
> S- M- A+ R+ T-
