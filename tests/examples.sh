#!/bin/sh
# The examples people read are the examples that run (issue 14): every
# `$ command` in a fenced block of README.md and in the EXAMPLES section
# (planmark(7): PIPELINES) of each man page, as mandoc renders it, is run
# with the tools on PATH (tests/run.sh puts them there) in a directory
# holding a copy of samples/, and what it prints, stdout and stderr
# together as a terminal shows them, must be what the example shows
# under it.
#
#   - A command line ending in \ or | goes on in the next line.
#   - The commands of one block run in one shell, in order, so that
#     `$ echo $?` shows the status of the command before it.
#   - A shown line `...` stands for any number of lines (none too); a
#     shown line ending in ` ...` stands for every line that starts with
#     what comes before it.  Every other shown line must be printed as
#     shown, in the order shown.
#   - A block without a `$ ` line (a rules file, a crontab line, a
#     command to adapt) is not run.
#
# Arguments: the files to take examples from (default: README.md and
# every man page).  Prints one line when all match; else, per example,
# what differs, and exits 1.
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
cd "$root" || exit 2
command -v mandoc >/dev/null 2>&1 || { echo "examples: no mandoc" >&2; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/planmark-ex.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
bs=$(printf '\b')
[ $# -gt 0 ] || set -- README.md man/*.[157]

# Stage 1: the blocks of every file as "@@begin FILE:LINE", its lines,
# "@@end".  A man page is rendered with markers around each display of
# its EXAMPLES, so the text compared is the text a reader sees.
for f in "$@"; do
	case $f in
	*.md)
		awk -v f="$f" '
		/^```/ { if (!inb) { inb = 1; print "@@begin " f ":" NR }
			else { inb = 0; print "@@end" } next }
		inb' "$f" ;;
	*)
		awk '
		/^\.Sh / { ex = ($0 == ".Sh EXAMPLES" || $0 == ".Sh PIPELINES") }
		ex && /^\.Dl / {
			print ".Dl \\&@@begin " NR; print; print ".Dl \\&@@end"
			next }
		ex && /^\.Bd -literal/ { print; print "\\&@@begin " NR; bd = 1; next }
		bd && /^\.Ed/ { print "\\&@@end"; bd = 0 }
		{ print }' "$f" >"$tmp/page"
		mandoc -Tutf8 "$tmp/page" | awk -v f="$f" -v bs="$bs" '
		{ gsub("." bs, "") }
		/^ *@@begin [0-9]+$/ {
			ind = index($0, "@") - 1; inb = 1
			print "@@begin " f ":" $2; next }
		inb && /^ *@@end$/ { inb = 0; print "@@end"; next }
		inb { print substr($0, ind + 1) }' ;;
	esac
done >"$tmp/blocks"

# Stage 2: per block with commands, a script running each command with
# its output to its own file; per command, what it should show.
awk -v d="$tmp" '
function flush() {
	if (nc == 0) return
	print "cd \"$1\"" >(d "/b" nb ".sh")
	for (i = 1; i <= nc; i++) {
		print "{ " cmd[i] >(d "/b" nb ".sh")
		print "} >\"$2/o" nb "." i "\" 2>&1" >(d "/b" nb ".sh")
		printf "%s", want[i] >(d "/w" nb "." i)
		close(d "/w" nb "." i)
		print nb, i, where[i], first[i] >(d "/list")
	}
	close(d "/b" nb ".sh")
}
/^@@begin / { nb++; nc = 0; loc = $2; n = 0; cont = 0; next }
/^@@end$/ { flush(); next }
{ n++ }
cont { cmd[nc] = cmd[nc] "\n" $0; cont = /(\\|\|)$/; next }
/^\$ / {
	nc++; cmd[nc] = substr($0, 3); want[nc] = ""; first[nc] = cmd[nc]
	split(loc, p, ":")
	where[nc] = p[1] ~ /\.md$/ ? p[1] ":" (p[2] + n) : loc
	cont = /(\\|\|)$/; next }
nc > 0 { want[nc] = want[nc] $0 "\n" }
' "$tmp/blocks"

[ -s "$tmp/list" ] || { echo "examples: no \$ commands found"; exit 1; }

# Stage 3: run each block in a copy of samples/ (what an example writes
# stays there), compare each command's output with its example.
mkdir "$tmp/run" && cp -R samples "$tmp/run/" || exit 2
for s in "$tmp"/b*.sh; do
	LC_ALL=C sh "$s" "$tmp/run" "$tmp" </dev/null
done
failed=0 total=0
while read -r b i where cmd; do
	total=$((total + 1))
	awk '
	# m(i, j): shown lines i.. match output lines j..
	function m(i, j,   k) {
		if (i > nw) return j > ng
		if (w[i] == "...") {
			for (k = j; k <= ng + 1; k++) if (m(i + 1, k)) return 1
			return 0 }
		if (j > ng) return 0
		if (w[i] ~ / \.\.\.$/) {
			if (index(g[j], substr(w[i], 1, length(w[i]) - 4)) != 1)
				return 0 }
		else if (w[i] != g[j]) return 0
		return m(i + 1, j + 1)
	}
	FILENAME == ARGV[1] { w[++nw] = $0; next }
	{ g[++ng] = $0 }
	END { exit !m(1, 1) }' "$tmp/w$b.$i" "$tmp/o$b.$i" && continue
	failed=$((failed + 1))
	echo "examples: $where: \$ $cmd"
	diff -u "$tmp/w$b.$i" "$tmp/o$b.$i" | sed '1,2d; s/^/  /'
done <"$tmp/list"
if [ "$failed" != 0 ]; then
	echo "examples: $failed of $total differ from what they show"
	exit 1
fi
echo "examples: every command prints what it shows"
