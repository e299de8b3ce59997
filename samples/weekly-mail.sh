#!/bin/sh
# weekly-mail.sh: mail the planweek report of a plan, if there is news.
#
#   weekly-mail.sh ADDRESS PLAN [planweek options...]
#
# When PLAN is tracked in git, planweek takes as its baseline the plan
# as committed last before the week began, from git's history (a fresh
# clone has it), so boxes ticked without a done date count.
# Sends with mail(1) if present, else sendmail(8); sends nothing when
# planweek -q has nothing to report.  Exit status: that of planweek, or
# 2 for bad usage or no mailer.
set -u
[ $# -ge 2 ] || { echo "usage: weekly-mail.sh address plan [option ...]" >&2; exit 2; }
to=$1 plan=$2
shift 2
tmp=$(mktemp "${TMPDIR:-/tmp}/weekly.XXXXXX") || exit 2
trap 'rm -f "$tmp"' EXIT HUP INT TERM

planweek -q "$@" -- "$plan" >"$tmp"
st=$?
[ -s "$tmp" ] || exit "$st"

subject="Plan report: $(head -n 1 "$tmp")"
if command -v mail >/dev/null 2>&1; then
	mail -s "$subject" "$to" <"$tmp"
elif command -v sendmail >/dev/null 2>&1; then
	{ printf 'To: %s\nSubject: %s\nContent-Type: text/plain; charset=UTF-8\n\n' \
	    "$to" "$subject"; cat "$tmp"; } | sendmail -t
else
	echo "weekly-mail.sh: no mail(1) or sendmail(8) found" >&2
	exit 2
fi
exit "$st"
