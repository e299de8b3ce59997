#!/bin/sh
# weekly-mail.sh: mail the planweek report of a plan, if there is news.
#
#   weekly-mail.sh ADDRESS PLAN [planweek options...]
#
# When PLAN is in a git repository the plan as committed a week ago is
# the baseline (planweek -b), so boxes ticked without a done date count.
# Sends with mail(1) if present, else sendmail(8); sends nothing when
# planweek -q has nothing to report.  Exit status: that of planweek, or
# 2 for bad usage or no mailer.
set -u
[ $# -ge 2 ] || { echo "usage: weekly-mail.sh address plan [option ...]" >&2; exit 2; }
to=$1 plan=$2
shift 2
dir=$(dirname "$plan") base=$(basename "$plan")
tmp=$(mktemp "${TMPDIR:-/tmp}/weekly.XXXXXX") || exit 2
trap 'rm -f "$tmp" "$tmp.base"' EXIT HUP INT TERM

if git -C "$dir" show "HEAD@{1.week.ago}:./$base" >"$tmp.base" 2>/dev/null; then
	planweek -q -b "$tmp.base" "$@" -- "$plan" >"$tmp"
else
	planweek -q "$@" -- "$plan" >"$tmp"
fi
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
