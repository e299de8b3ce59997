# The frame every tool shares (src/cli.c): its own name in every
# message however it is run, help that names the man page, exit codes.

=== every tool names itself for a bad option, run by a path
$ for t in plangoals plancheck planstat planweek plandiff plantally; do ./bin/$t -Z 2>&1 >/dev/null | head -n 1; echo "$t $?"; done
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
! usage: planstat [-f text|markdown|json|tsv] [-S deadline|progress|status|file] [--today YYYY-MM-DD] [file ...]
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
