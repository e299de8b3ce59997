# The examples in README.md and in the man pages' EXAMPLES run as shown
# (issue 14); see tests/examples.sh for the rules.

=== every $ command of README.md and of the man pages' EXAMPLES prints what it shows
$ sh tests/examples.sh
> examples: every command prints what it shows

=== '...' stands for any lines, a line ending in ' ...' for the lines it starts; commands of a block share a shell
$ printf '%s\n' '```' '$ printf "a\\nb\\nc\\nd\\n"' a ... d '$ printf "long line\\n"; false' 'long ...' '$ echo $?' 1 '$ true' '```' '```' 'not run' '```' >$TMP/x.md && sh tests/examples.sh $TMP/x.md
> examples: every command prints what it shows

=== a line shown but not printed, a line printed but not shown, a cut that does not match: each fails, with the place and a diff
$ printf '%s\n' text '```' '$ printf "a\\nb\\n"' a '$ printf "a\\nb\\n"' a b c '$ printf "x y\\n"' 'y ...' '$ printf "a\\nb\\n" |' '    sed 1d' b '```' >$TMP/x.md && sh tests/examples.sh $TMP/x.md | sed "s|$TMP|TMP|"
> examples: TMP/x.md:3: $ printf "a\nb\n"
>   @@ -1 +1,2 @@
>    a
>   +b
> examples: TMP/x.md:5: $ printf "a\nb\n"
>   @@ -1,3 +1,2 @@
>    a
>    b
>   -c
> examples: TMP/x.md:9: $ printf "x y\n"
>   @@ -1 +1 @@
>   -y ...
>   +x y
> examples: 3 of 4 differ from what they show

=== make lint's check of the rendered pages (issue 14): a [ ] that mdoc takes for delimiters renders as empty quotes, and is caught
$ printf '.Dd December 1, 2026\n.Dt T 1\n.Os\n.Sh NAME\n.Nm t\n.Nd test\n.Sh DESCRIPTION\nA box\n.Sq [ ] ,\nor\n.Dq\nnothing.\n' >$TMP/t.1 && { sh tests/manlint.sh $TMP/t.1 >$TMP/out; echo "exit $?"; sed "s|$TMP|TMP|" $TMP/out; sh tests/manlint.sh man/plangoals.1 man/planrules.5; echo "exit $?"; }
> exit 1
> TMP/t.1: rendered line 7: empty quotes: A box [‘’], or “” nothing.
> exit 0
