# Text for people never carries a document's control characters to the
# terminal: they are shown as \xHH or \uHHHH (raw bytes, entities that
# libcmark decodes, C1 controls, bidi controls, line separators).  JSON
# escapes them its own way and stays valid UTF-8 whatever the file name.

=== raw ESC and BEL in a title, an entity, a bidi control in a milestone
$ printf '# Goal: Ship \033]0;PWNED\007 it &#27;[2J by 2027-03\n- [ ] step &#x202E;evil &#155;x\n' >$TMP/e.md && cd $TMP && plangoals --today 2026-11-23 e.md
> e.md:1: goal 0/1 0%  Ship \x1B]0;PWNED\x07 it \x1B[2J by 2027-03  deadline:2027-03-31
> e.md:2:   [ ] step \u202Eevil \u009Bx

=== every text output escapes them
$ printf '# Goal: A \033[2J b\n- [ ] x \033[31m\n' >$TMP/e.md && cd $TMP && { planstat --today 2026-11-23 e.md; planweek --today 2026-11-23 e.md; plancheck --today 2026-11-23 e.md; plandiff /dev/null e.md; plangoals -f tsv e.md; plangoals -f markdown e.md; } | tr -dc '\033' | wc -c
> 0

=== JSON keeps the text, escaped as JSON
$ printf '# Goal: A \033[2J b\n- [ ] x\n' | plangoals -f json | jq -c '[.title]'
> ["A \u001b[2J b"]

=== a .planrules message cannot write to the terminal
$ mkdir $TMP/r && cd $TMP/r && printf '[own]\ncriterion = S\nlevel = warning\nrequire = nothing-like-this\nmessage = \033]52;c;cHduZWQ=\007 owned\n' >.planrules && printf '# Goal: A\n- [ ] x\n' >p.md && plancheck --today 2026-11-23 p.md | grep own
> p.md:1:1: warning: \x1B]52;c;cHduZWQ=\x07 owned [own]

=== a file name with ESC and a byte that is not UTF-8
$ cd $TMP && f=$(printf 'n\033[2Jame\377.md') && printf -- '- [ ] x\n' >"$f" && plangoals "$f" && plangoals -f json "$f" | jq -r '.file | @json' && plancheck -f sarif "$f" | jq -e . >/dev/null && echo sarif ok
> n\x1B[2Jame\xFF.md:1: goal 0/1 0%  n\x1B[2Jame\xFF.md
> n\x1B[2Jame\xFF.md:1:   [ ] x
> "n\u001b[2Jame�.md"
> sarif ok

=== a file that cannot be read is named escaped on stderr
$ planstat "$(printf 'no\033[2Jsuch')"
! planstat: no\x1B[2Jsuch: No such file or directory
? 2
