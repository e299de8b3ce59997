# Output and input faults, the same for every tool (issue 7): a full
# disk, a closed pipe, a file that is gone by the time it is read, a
# directory given as a file.  The documented exit status: 2 for an I/O
# error, 0 for a reader that went away (nothing is lost that anyone reads).
# Each case loops over the tools; "run" gives each its usual arguments.

=== a full disk: a message and exit 2 from every tool
$ for t in plangoals planstat planweek plantally plancheck; do case $t in planweek) a="--today 2026-11-23 -w 2026-W47";; plancheck) a="--today 2026-11-23";; *) a=;; esac; $t $a samples/draft.md >/dev/full; echo "$t $?"; done 2>&1
> plangoals: write error: No space left on device
> plangoals 2
> planstat: write error: No space left on device
> planstat 2
> planweek: write error: No space left on device
> planweek 2
> plantally: write error: No space left on device
> plantally 2
> plancheck: write error: No space left on device
> plancheck 2

=== a full disk after a few files: still exit 2, not a partial success
$ for t in plangoals planstat plantally plancheck; do $t samples/*.md samples/*.md samples/*.md >/dev/full; echo "$t $?"; done 2>&1
> plangoals: write error: No space left on device
> plangoals 2
> planstat: write error: No space left on device
> planstat 2
> plantally: write error: No space left on device
> plantally 2
> plancheck: write error: No space left on device
> plancheck 2

=== a closed pipe: every tool stops quietly with exit 0
# Output larger than a pipe's buffer, so the write does fail with EPIPE.
$ cd $TMP && awk 'BEGIN { for (i = 0; i < 20000; i++) printf "## Goal: g%d by 2026-12\n- [ ] t%d due:2026-11-20\n- [x] d%d done:2026-11-18\n", i, i, i }' >big.md && for t in plangoals planstat planweek plantally plancheck; do case $t in planweek) a="--today 2026-11-23 -w 2026-W47";; plancheck) a="--today 2026-11-23";; *) a=;; esac; { $t $a big.md big.md 2>err; echo "$t $?" >st; } | true; cat st err; done
> plangoals 0
> planstat 0
> planweek 0
> plantally 0
> plancheck 0

=== a file gone between listing and reading: reported, the next file still read, exit 2
# (planstat adds its total of all files; the rest is b.md's output alone)
$ cp samples/draft.md $TMP/a.md && cp samples/draft.md $TMP/b.md && cd $TMP && set -- *.md && rm a.md && for t in plangoals planstat planweek plantally plancheck; do case $t in planweek) a="--today 2026-11-23 -w 2026-W47";; plancheck) a="--today 2026-11-23";; *) a=;; esac; { $t $a "$@"; echo $? >st; } | grep -v "^(all files)" >out; $t $a b.md | cmp -s - out && echo "$t $(cat st), b.md printed whole"; done 2>&1
> plangoals: a.md: No such file or directory
> plangoals 2, b.md printed whole
> planstat: a.md: No such file or directory
> planstat 2, b.md printed whole
> planweek: a.md: No such file or directory
> planweek 2, b.md printed whole
> plantally: a.md: No such file or directory
> plantally 2, b.md printed whole
> plancheck: a.md: No such file or directory
> plancheck 2, b.md printed whole

=== a directory with no plans gives nothing, exit 0 (a directory stands for its plans)
$ mkdir -p $TMP/empty/sub && echo '- [ ] x' >$TMP/empty/sub/notes.txt && for t in plangoals planstat planweek plantally plancheck; do $t $TMP/empty; echo "$t $?"; done 2>&1
> plangoals 0
> planstat 0
> planweek 0
> plantally 0
> plancheck 0

=== a directory as planweek's baseline: reported, exit 2
$ planweek --today 2026-11-23 -b tests/data samples/career.md >/dev/null
! planweek: tests/data: Is a directory
? 2

=== plantally -i on a directory edits its plans; a missing file is reported, exit 2
$ mkdir $TMP/d && cp samples/career.md $TMP/c.md && cp samples/career.md $TMP/d/p.md && echo keep >$TMP/d/notes.txt && plantally -i $TMP/d $TMP/none.md 2>&1 | sed "s|$TMP|TMP|"; cmp -s samples/career.md $TMP/d/p.md || echo edited; plantally --check $TMP/d; echo $?; cat $TMP/d/notes.txt; ls -A $TMP $TMP/d | sed "s|$TMP|TMP|"
> plantally: TMP/none.md: No such file or directory
> edited
> 0
> keep
> TMP:
> c.md
> d
>
> TMP/d:
> notes.txt
> p.md

=== plantally -i with the disk full after half the file: the file is as it was
# A file size limit of a few blocks lets the temporary file be written in
# part; the original must stay whole and the temporary file go.
$ [ -z "$WRAP" ] || exit 77; awk 'BEGIN { for (i = 0; i < 5000; i++) printf "## Goal: g%d\n- [x] a\n- [ ] b\n", i }' >$TMP/big.md && cp $TMP/big.md $TMP/orig && (ulimit -f 8; plantally -i $TMP/big.md 2>&1; echo "exit $?") | sed "s|$TMP|TMP|" && cmp $TMP/orig $TMP/big.md && ls -A $TMP
> plantally: TMP/big.md: writing a temporary file: File too large
> exit 2
> big.md
> orig

=== plancheck: a directory or a missing file as the rules file: reported, exit 2, nothing checked
$ plancheck -r tests/data samples/career.md; echo "exit $?"; plancheck -r tests/data/no-such.rules samples/career.md; echo "exit $?"
> exit 2
> exit 2
! plancheck: tests/data: Is a directory
! plancheck: tests/data/no-such.rules: No such file or directory

=== --help and --version on a full disk: exit 2 too
$ for t in plangoals planstat planweek plantally plancheck; do $t --help >/dev/full; $t --version >/dev/full; done 2>&1 | grep -c ': write error: No space left on device$'; for t in plangoals planstat planweek plantally plancheck; do $t --help >/dev/full 2>/dev/null; h=$?; $t --version >/dev/full 2>/dev/null; echo "$t $h $?"; done
> 10
> plangoals 2 2
> planstat 2 2
> planweek 2 2
> plantally 2 2
> plancheck 2 2

=== a closed standard output: a message and exit 2
$ for t in plangoals planstat planweek plantally plancheck; do case $t in plantally) a=;; *) a="--today 2026-11-23";; esac; $t $a samples/draft.md >&-; echo "$t $?"; done 2>&1
> plangoals: write error: Bad file descriptor
> plangoals 2
> planstat: write error: Bad file descriptor
> planstat 2
> planweek: write error: Bad file descriptor
> planweek 2
> plantally: write error: Bad file descriptor
> plantally 2
> plancheck: write error: Bad file descriptor
> plancheck 2

# ---- plandiff: two operands, exit 1 when something changed ----

=== plandiff: a full disk, a closed standard output: a message and exit 2
$ plandiff tests/data/diff-old.md tests/data/diff-new.md >/dev/full; echo "exit $?"; plandiff tests/data/diff-old.md tests/data/diff-new.md >&-; echo "exit $?"; plandiff --help >/dev/full; echo "exit $?"
> exit 2
> exit 2
> exit 2
! plandiff: write error: No space left on device
! plandiff: write error: Bad file descriptor
! plandiff: write error: No space left on device

=== plandiff: a closed pipe is quiet, exit 0 as for every tool
$ cd $TMP && awk 'BEGIN { for (i = 0; i < 20000; i++) printf "## Goal: g%d\n- [ ] t%d\n", i, i }' >o.md && sed 's/\[ \]/[x]/' o.md >n.md && { plandiff o.md n.md 2>err; echo "exit $?" >st; } | true; cat st err
> exit 0

=== plandiff: a version gone before it is read, or a directory: reported, exit 2
$ plandiff tests/data/diff-old.md tests/data/no-such.md; echo "exit $?"; plandiff tests/data tests/data/diff-new.md; echo "exit $?"
> exit 2
> exit 2
! plandiff: tests/data/no-such.md: No such file or directory
! plandiff: tests/data: Is a directory
