# Pathological inputs (issue 7): each tool against a bare libcmark parse
# of the same generated input; see tests/hostile.sh for sizes and bounds.
=== hostile: 100 000 nested block quotes
$ sh tests/hostile.sh quotes

=== hostile: 100 000 nested list items
$ sh tests/hostile.sh lists

=== hostile: a million task items in one list
$ sh tests/hostile.sh tasks

=== hostile: a 50 MB single line
$ sh tests/hostile.sh line

=== hostile: a 1 MB heading
$ sh tests/hostile.sh heading

=== hostile: a file of NUL bytes
$ sh tests/hostile.sh nul

=== hostile: invalid UTF-8 throughout
$ sh tests/hostile.sh utf8

=== hostile: 10 000 headings through all levels and 2 000 nested goal items
$ sh tests/hostile.sh tree

=== hostile: a million goals
$ sh tests/hostile.sh goals

=== hostile: libcmark 0.30 quadratic case ![[]() repeated: no cost of planmark's own
$ sh tests/hostile.sh links

=== hostile: libcmark 0.30 quadratic case, blank lines in nested items: no cost of planmark's own
$ sh tests/hostile.sh blanks

=== hostile: 131 072 milestones colliding in the old unkeyed hash: plandiff and planweek -b stay linear (issue 16)
$ sh tests/hostile.sh flood

=== every tool names the libcmark it is linked with (its limits are the tools')
$ for t in plangoals planstat planweek plantally plancheck plandiff; do $t --version | sed 's/.*, \(libcmark [0-9.]*\),.*/\1/'; done | sort -u | wc -l; plangoals --version | grep -c "libcmark $(pkg-config --modversion libcmark),"
> 1
> 1

