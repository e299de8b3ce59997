# Sourced by tests/plandiff.t from the project root: a git repository
# in $TMP/r whose sub/plan.md is tests/data/diff-old.md in HEAD~1 and
# diff-new.md in HEAD, with plandiff as the diff driver of *.md; the
# shell is left in $TMP/r.  No git: skip (77).
command -v git >/dev/null 2>&1 || exit 77
GIT_CONFIG_NOSYSTEM=1 HOME=$TMP GIT_TERMINAL_PROMPT=0
export GIT_CONFIG_NOSYSTEM HOME GIT_TERMINAL_PROMPT
data=$(pwd)/tests/data
git init -q "$TMP/r" && cd "$TMP/r" && mkdir sub &&
git config user.name 'Plan Tester' &&
git config user.email tester@example.com &&
git config diff.plan.command plandiff &&
echo '*.md diff=plan' >.gitattributes &&
cp "$data/diff-old.md" sub/plan.md && git add . &&
git commit -qm 'first plan' &&
cp "$data/diff-new.md" sub/plan.md && git commit -qam 'second plan' ||
    exit 2
