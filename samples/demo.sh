#!/bin/sh
# make demo: run each tool on the samples and show what it prints.  The
# samples' world is on 2026-11-23, so every run passes that as --today.
cd "$(dirname "$0")/.." || exit 2
PATH=$PWD/bin:$PATH
run() {
	printf '\n$ %s\n' "$*"
	sh -c "$*"
}
run plangoals --today 2026-11-23 samples/career.md
# jq is for the tests, not the build: without it, that pipeline is left out.
if command -v jq >/dev/null 2>&1; then
	run "plangoals -f json -- samples/*.md | jq -r 'select(.done < .total) | \"\(.percent)%\t\(.title)\"' | sort -n | head -5"
else
	printf '\n(jq is not installed: the pipeline through jq is left out)\n'
fi
[ -x bin/plancheck ] && run plancheck --today 2026-11-23 samples/draft.md
[ -x bin/plancheck ] && run plancheck -s --today 2026-11-23 samples/draft.md samples/career.md
[ -x bin/planstat ] && run planstat --today 2026-11-23 samples/team-okrs.md
[ -x bin/planweek ] && run planweek --today 2026-11-23 samples/obsidian.md
[ -x bin/plantally ] && run "plantally --check samples/career.md"
[ -x bin/plandiff ] && run "sed 's/- \[ \] Lucía: runbook/- [x] Lucía: runbook/' samples/career.md | plandiff samples/career.md -"
exit 0
