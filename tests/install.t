# make install and uninstall, the samples for cron and systemd, and a
# set-up that says what it needs (issue 13, findings 3 and 6).

=== make install: tools, man pages, and the samples under PREFIX/share/planmark
$ make -s install PREFIX=$TMP/p >/dev/null && cd $TMP/p && find . -type f | LC_ALL=C sort && ls -l share/planmark | awk '/^-/ { print substr($1, 1, 4), $NF }'
> ./bin/plancheck
> ./bin/plandiff
> ./bin/plangoals
> ./bin/planstat
> ./bin/plantally
> ./bin/planweek
> ./share/man/man1/plancheck.1
> ./share/man/man1/plandiff.1
> ./share/man/man1/plangoals.1
> ./share/man/man1/planstat.1
> ./share/man/man1/plantally.1
> ./share/man/man1/planweek.1
> ./share/man/man5/plan.5
> ./share/man/man5/planrules.5
> ./share/man/man7/planmark.7
> ./share/planmark/career-template.md
> ./share/planmark/crontab
> ./share/planmark/planweek.service
> ./share/planmark/planweek.timer
> ./share/planmark/pre-commit
> ./share/planmark/weekly-mail.sh
> -rw- career-template.md
> -rw- crontab
> -rw- planweek.service
> -rw- planweek.timer
> -rwx pre-commit
> -rwx weekly-mail.sh

=== make install: the samples and the man pages name where this install put things
$ make -s install PREFIX=$TMP/p >/dev/null && cd $TMP/p && grep -h "^PATH=\|weekly-mail.sh dana\|^ExecStart\|^Environment" share/planmark/crontab share/planmark/planweek.service | sed "s|$TMP|TMP|g"; grep -h 'share/planmark' share/man/man1/plancheck.1 share/man/man7/planmark.7 | sed "s|$TMP|TMP|g" | LC_ALL=C sort -u
> PATH=TMP/p/bin:/usr/bin:/bin
> # 0 8 * * 1  TMP/p/share/planmark/weekly-mail.sh dana@example.org "$HOME/notes/plan.md"
> Environment=PATH=TMP/p/bin:/usr/bin:/bin
> ExecStart=TMP/p/share/planmark/weekly-mail.sh %u %h/notes/plan.md
> .Dl cp TMP/p/share/planmark/pre-commit .git/hooks/pre-commit
> .It Pa TMP/p/share/planmark/
> .Pa TMP/p/share/planmark )
> .Pa TMP/p/share/planmark/pre-commit
> cp TMP/p/share/planmark/pre-commit .git/hooks/pre-commit

=== make uninstall removes exactly what install wrote
$ mkdir -p $TMP/p/bin $TMP/p/share/man/man1 && echo mine >$TMP/p/bin/other && echo mine >$TMP/p/share/man/man1/other.1 && make -s install PREFIX=$TMP/p >/dev/null && make -s uninstall PREFIX=$TMP/p >/dev/null && cd $TMP/p && find . | LC_ALL=C sort
> .
> ./bin
> ./bin/other
> ./share
> ./share/man
> ./share/man/man1
> ./share/man/man1/other.1
> ./share/man/man5
> ./share/man/man7

=== DESTDIR: the files go under it, the paths written in do not
$ make -s install DESTDIR=$TMP/d PREFIX=/opt/pm >/dev/null && grep '^PATH=' $TMP/d/opt/pm/share/planmark/crontab && make -s uninstall DESTDIR=$TMP/d PREFIX=/opt/pm >/dev/null && find $TMP/d -type f | wc -l
> PATH=/opt/pm/bin:/usr/bin:/bin
> 0

=== the crontab's job in cron's own environment finds the tools (env -i, PATH=/usr/bin:/bin)
$ make -s install PREFIX=$TMP/p >/dev/null && mkdir -p $TMP/home/notes $TMP/nohome && printf '# G\n- [x] a\n' >$TMP/home/notes/plan.md && vars=$(grep -E '^[A-Z_]+=' $TMP/p/share/planmark/crontab | tr '\n' ' ') && job=$(grep -E '^[0-9]' $TMP/p/share/planmark/crontab | head -n 1 | cut -d' ' -f6-) && for h in home nohome; do env -i PATH=/usr/bin:/bin HOME=$TMP/$h LOGNAME=dana SHELL=/bin/sh $vars /bin/sh -c "$job" >$TMP/out 2>&1; echo "exit $?"; sed "s|$TMP|TMP|" $TMP/out; done
> exit 0
> exit 2
> planweek: TMP/nohome/notes/plan.md: No such file or directory

=== a plain make without the libraries names the command to run, not a compiler error
$ mkdir $TMP/src && cp -r Makefile src tests samples man $TMP/src/ && cd $TMP/src && PKG_CONFIG_LIBDIR=$TMP/none make -s >$TMP/out 2>&1; echo "exit $?"; grep -v '^make' $TMP/out | sed 's/run: sudo /run: /'; ls build bin 2>&1 | sed 's/.*: //'
> exit 2
> planmark: missing: libcmark-dev libpcre2-dev
> planmark: run: apt-get install libcmark-dev libpcre2-dev
> No such file or directory
> No such file or directory

=== make demo needs only what the build needs: no mandoc, jq or git
$ mkdir $TMP/pb && for f in /usr/bin/* /bin/*; do case ${f##*/} in jq|mandoc|git|setfattr|setfacl) ;; *) [ -e "$TMP/pb/${f##*/}" ] || ln -s "$f" "$TMP/pb/${f##*/}" ;; esac; done && PATH=$TMP/pb make -s demo >$TMP/out 2>$TMP/err; echo "exit $?"; cat $TMP/err; grep -c '^\$ ' $TMP/out; grep -c 'jq is not installed' $TMP/out; PATH=$TMP/pb /bin/sh tests/deps.sh --check 2>&1 | sed 's/run: sudo /run: /'
> exit 0
> 7
> 1
> planmark: missing: mandoc jq git attr acl
> planmark: run: apt-get install mandoc jq git attr acl

=== the systemd service's command in a bare environment: weekly-mail.sh finds planweek and mails the news
$ make -s install PREFIX=$TMP/p >/dev/null && printf '#!/bin/sh\necho "mail $*"; cat\n' >$TMP/p/bin/mail && chmod +x $TMP/p/bin/mail && mkdir -p $TMP/home/notes && printf '# G\n- [x] a done:2026-11-20\n' >$TMP/home/notes/plan.md && path=$(sed -n 's/^Environment=PATH=//p' $TMP/p/share/planmark/planweek.service) && cmd=$(sed -n 's/^ExecStart=//p' $TMP/p/share/planmark/planweek.service | sed "s|%u|dana|; s|%h|$TMP/home|") && env -i PATH=$path HOME=$TMP/home /bin/sh -c "$cmd --today 2026-11-23" >$TMP/out; echo "exit $?"; sed "s|$TMP|TMP|g" $TMP/out
> exit 0
> mail -s Plan report: Week 2026-W47 (2026-11-16 to 2026-11-22): TMP/home/notes/plan.md dana
> Week 2026-W47 (2026-11-16 to 2026-11-22): TMP/home/notes/plan.md
> 1 milestone completed; 100% done (+100); last 8 weeks: _______@ (0 0 0 0 0 0 0 1)
>
> Completed
>   G
>     TMP/home/notes/plan.md:2: a (done 2026-11-20)
