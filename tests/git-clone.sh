# Sourced by tests from the project root: a repository $TMP/o whose
# plan.md was committed on 2026-11-02 (two open milestones), ticked
# without a done date on 2026-11-18 and given a new milestone on
# 2026-11-25, and a fresh clone of it in $TMP/c, where the shell is
# left: a clone's reflog knows only the clone.  TZ is UTC.  No git:
# skip (77).
command -v git >/dev/null 2>&1 || exit 77
GIT_CONFIG_NOSYSTEM=1 HOME=$TMP GIT_TERMINAL_PROMPT=0 TZ=UTC
GIT_AUTHOR_NAME='Plan Tester' GIT_AUTHOR_EMAIL=tester@example.com
GIT_COMMITTER_NAME='Plan Tester' GIT_COMMITTER_EMAIL=tester@example.com
export GIT_CONFIG_NOSYSTEM HOME GIT_TERMINAL_PROMPT TZ GIT_AUTHOR_NAME \
    GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
commit_on() {
	GIT_AUTHOR_DATE="$1 12:00:00 +0000" GIT_COMMITTER_DATE="$1 12:00:00 +0000" \
	    git commit -qam "$2"
}
git init -q "$TMP/o" && cd "$TMP/o" &&
printf '# Goal: Learn Go by 2027-06-30\n- [ ] Tour of Go\n- [ ] Write a CLI tool due:2026-12-20\n' >plan.md &&
git add plan.md && commit_on 2026-11-02 first &&
sed -i 's/- \[ \] Tour/- [x] Tour/' plan.md && commit_on 2026-11-18 ticked &&
printf -- '- [ ] Read the spec\n' >>plan.md && commit_on 2026-11-25 more &&
git clone -q "$TMP/o" "$TMP/c" && cd "$TMP/c" || exit 2
