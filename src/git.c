/*
 * git.c: read a file as it was in a git revision.
 *
 * git runs without a shell (fork and execvp), so a revision or a path
 * cannot smuggle in a command.  git is run in the file's directory and
 * given REV:./NAME, which git resolves from there, so a path relative to
 * the current directory or an absolute one both work.
 */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plan.h"

/* Bound what git may say on stderr: only its first line is used. */
#define ERR_MAX 4096

static void
child(int out[2], int err[2], char *argv[])
{
	dup2(out[1], 1);
	dup2(err[1], 2);
	close(out[0]);
	close(out[1]);
	close(err[0]);
	close(err[1]);
	execvp(argv[0], argv);
	/* Only async-signal-safe calls here: the parent may have threads. */
	(void)!write(2, "cannot run git\n", 15);
	_exit(127);
}

/* Read both pipes to their end: stdout whole, stderr up to ERR_MAX. */
static int
drain(int fo, int fe, struct buf *out, struct buf *err)
{
	struct pollfd pf[2] = { { fo, POLLIN, 0 }, { fe, POLLIN, 0 } };
	char chunk[65536];
	size_t max = input_max();
	int open = 2;

	while (open > 0) {
		int k;

		if (poll(pf, 2, -1) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		for (k = 0; k < 2; k++) {
			ssize_t n;

			if (pf[k].fd < 0 || pf[k].revents == 0)
				continue;
			n = read(pf[k].fd, chunk, sizeof chunk);
			if (n == -1 && errno == EINTR)
				continue;
			if (n <= 0) {
				pf[k].fd = -1;
				open--;
			} else if (k == 0) {
				if ((size_t)n > max - out->len) {
					errno = EFBIG;
					return -1;
				}
				buf_add(out, chunk, (size_t)n);
			} else if (err->len < ERR_MAX) {
				buf_add(err, chunk, (size_t)n);
			}
		}
	}
	return 0;
}

/* git's first line of complaint, without its "fatal: ". */
static void
first_line(struct buf *err, char *msg, size_t msglen, int status)
{
	const char *s;
	size_t n;

	buf_addc(err, '\0');	/* makes err->s a string, even empty */
	s = err->s;
	if (!strncmp(s, "fatal: ", 7))
		s += 7;
	n = strcspn(s, "\n");
	if (n == 0)
		snprintf(msg, msglen, "git exited with status %d", status);
	else
		snprintf(msg, msglen, "%.*s", (int)n, s);
}

/* Run git with argv: 0 with its output in *out and what it said on
 * stderr added to *warn (if not NULL), or -1 with why in msg. */
static int
git_run(char *argv[], struct buf *out, struct buf *warn, char *msg,
    size_t msglen)
{
	struct buf err = { 0 };
	int po[2], pe[2], st = 0, ok = -1, e, rd;
	pid_t pid;

	if (pipe(po) == -1)
		goto fail;
	if (pipe(pe) == -1) {
		e = errno;
		close(po[0]);
		close(po[1]);
		errno = e;
		goto fail;
	}
	if ((pid = fork()) == -1) {
		e = errno;
		close(po[0]);
		close(po[1]);
		close(pe[0]);
		close(pe[1]);
		errno = e;
		goto fail;
	}
	if (pid == 0)
		child(po, pe, argv);
	close(po[1]);
	close(pe[1]);
	if ((rd = drain(po[0], pe[0], out, &err)) == -1) {
		if (errno == EFBIG)
			snprintf(msg, msglen, "reading from git: larger than "
			    "PLANMARK_MAX_BYTES (%zu bytes)", input_max());
		else
			snprintf(msg, msglen, "reading from git: %s",
			    strerror(errno));
	}
	close(po[0]);
	close(pe[0]);
	while (waitpid(pid, &st, 0) == -1 && errno == EINTR)
		;
	if (rd == -1)
		;	/* msg says why */
	else if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
		ok = 0;
		if (warn != NULL)
			buf_add(warn, err.s, err.len);
	}
	else
		first_line(&err, msg, msglen, WIFEXITED(st) ?
		    WEXITSTATUS(st) : 128 + WTERMSIG(st));
	buf_free(&err);
	return ok;
fail:
	snprintf(msg, msglen, "cannot run git: %s", strerror(errno));
	buf_free(&err);
	return -1;
}

/* In git's complaint, the commit's id as the user named it. */
static void
name_rev(char *msg, size_t msglen, const char *id, const char *rev)
{
	struct buf b = { 0 };
	char *at = strstr(msg, id);
	size_t idlen = strlen(id);

	if (at == NULL)
		return;
	buf_printf(&b, "%.*s%s%s", (int)(at - msg), msg, rev, at + idlen);
	snprintf(msg, msglen, "%s", b.s);
	buf_free(&b);
}

static const char *const units[] = { "second", "minute", "hour", "day",
    "week", "month", "year", NULL };

/* A span back from now: N UNIT[s] ago, words apart by spaces or dots
 * ("2 weeks ago", "1.week.ago"), as git's words for --before. */
static int
span(const char *s, struct buf *b)
{
	size_t n = strspn(s, "0123456789"), u;
	int k;

	if (n == 0 || n > 6 || (s[n] != ' ' && s[n] != '.'))
		return 0;
	for (k = 0; units[k] != NULL; k++) {
		u = strlen(units[k]);
		if (strncmp(s + n + 1, units[k], u) != 0)
			continue;
		u += n + 1;
		if (s[u] == 's')
			u++;
		if ((s[u] == ' ' || s[u] == '.') && !strcmp(s + u + 1, "ago")) {
			buf_printf(b, "%.*s %s%s ago", (int)n, s, units[k],
			    n == 1 && s[0] == '1' ? "" : "s");
			return 1;
		}
	}
	return 0;
}

int
git_when(const char *s, struct buf *before)
{
	long day;
	size_t n = strlen(s);

	if (span(s, before))
		return 1;
	if (n < 10 || !date_parse(s, 10, &day))
		return 0;
	if (n == 10) {		/* a day: from its start, local time */
		buf_printf(before, "%.10s 00:00:00", s);
		return 1;
	}
	/* A time of that day: HH:MM or HH:MM:SS after a space or T. */
	if ((s[10] == ' ' || s[10] == 'T') && (n == 16 || n == 19) &&
	    strspn(s + 11, "0123456789:") == n - 11 && s[13] == ':' &&
	    (n == 16 || s[16] == ':')) {
		int hh = (s[11] - '0') * 10 + s[12] - '0';
		int mm = (s[14] - '0') * 10 + s[15] - '0';
		int ss = n == 19 ? (s[17] - '0') * 10 + s[18] - '0' : 0;

		if (s[11] == ':' || s[12] == ':' || s[14] == ':' ||
		    s[15] == ':' || (n == 19 && (s[17] == ':' ||
		    s[18] == ':')) || hh > 23 || mm > 59 || ss > 59)
			return 0;
		buf_printf(before, "%.10s %02d:%02d:%02d", s, hh, mm, ss);
		return 1;
	}
	return 0;
}

/* The commit id (a line of hex) in out, cut to it: its length or 0. */
static size_t
one_id(struct buf *out)
{
	size_t n;

	for (n = out->len; n > 0 && (out->s[n - 1] == '\n' ||
	    out->s[n - 1] == '\r'); n--)
		;
	if (n == 0 || memchr(out->s, '\n', n) != NULL)
		return 0;
	out->s[n] = '\0';
	return n;
}

/* git's warnings, a line each, into msg (as much as fits). */
static void
warnings(struct buf *w, char *msg, size_t msglen)
{
	size_t n = w->len;

	while (n > 0 && (w->s[n - 1] == '\n' || w->s[n - 1] == '\r'))
		n--;
	snprintf(msg, msglen, "%.*s", (int)n, n ? w->s : "");
}

int
git_show(const char *rev, const char *path, char **buf, size_t *len,
    char *msg, size_t msglen)
{
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	char *dir = slash ? xstrndup(path, slash == path ? 1 :
	    (size_t)(slash - path)) : xstrdup(".");
	struct buf spec = { 0 }, out = { 0 }, commit = { 0 }, warn = { 0 },
	    when = { 0 }, opt = { 0 };
	int ok = -1;
	size_t n;
	char *verify[] = { "git", "-C", dir, "rev-parse", "--verify",
	    "--end-of-options", NULL, NULL };
	char *list[] = { "git", "--literal-pathspecs", "-C", dir, "rev-list",
	    "-1", NULL, "HEAD", "--", NULL, NULL };
	char *show[] = { "git", "-C", dir, "cat-file", "blob", NULL, NULL };

	if (rev[0] == '-') {	/* git would take it for an option */
		snprintf(msg, msglen, "a revision cannot start with '-'");
		goto done;
	}
	if (git_when(rev, &when)) {
		/* A date or a span: the last commit before it that has the
		 * file (git rev-list -1 --before=WHEN HEAD -- NAME), by
		 * commit date, so a fresh clone knows it too. */
		buf_printf(&opt, "--before=%s", when.s);
		list[6] = opt.s;
		list[9] = (char *)name;
		if (git_run(list, &commit, &warn, msg, msglen) == -1)
			goto done;
		if ((n = one_id(&commit)) == 0) {
			snprintf(msg, msglen, "no commit before %s has %s",
			    when.s, name);
			ok = -2;
			goto done;
		}
	} else {
		/* REV must name one commit: not a range (A..B), a path
		 * (:/text, REV:PATH) or a tree. */
		buf_printf(&spec, "%s^{commit}", rev);
		verify[6] = spec.s;
		if (git_run(verify, &commit, &warn, msg, msglen) == -1) {
			if (strncmp(msg, "cannot run git", 14) != 0 &&
			    strncmp(msg, "reading from git", 16) != 0)
				snprintf(msg, msglen,
				    "'%s' does not name a commit", rev);
			goto done;
		}
		if ((n = one_id(&commit)) == 0) {
			snprintf(msg, msglen, "'%s' does not name a commit",
			    rev);
			goto done;
		}
	}
	/* The blob itself, by the commit's id: no textconv, no log. */
	spec.len = 0;
	buf_printf(&spec, "%.*s:./%s", (int)n, commit.s, name);
	show[5] = spec.s;
	if (git_run(show, &out, &warn, msg, msglen) == -1) {
		name_rev(msg, msglen, commit.s, rev);
		if (strncmp(msg, "cannot run git", 14) != 0 &&
		    strncmp(msg, "reading from git", 16) != 0)
			ok = -2;	/* the commit has no such file */
		goto done;
	}
	ok = 0;
	*len = out.len;
	buf_addc(&out, '\0');
	*buf = out.s;
	out.s = NULL;
	warnings(&warn, msg, msglen);
done:
	buf_free(&out);
	buf_free(&commit);
	buf_free(&spec);
	buf_free(&warn);
	buf_free(&when);
	buf_free(&opt);
	free(dir);
	return ok;
}

void
git_warnings(const char *rev, const char *path, const char *msg)
{
	size_t n;

	while (*msg != '\0') {
		n = strcspn(msg, "\n");
		if (n > 0)
			warnx("%s:%s: %.*s", rev, path, (int)n, msg);
		msg += n + (msg[n] == '\n');
	}
}

struct plan *
plan_load_git(struct plan_ctx *ctx, const char *rev, const char *path,
    char *msg, size_t msglen)
{
	char *buf;
	size_t len;
	struct plan *p;
	struct buf name = { 0 };

	if (git_show(rev, path, &buf, &len, msg, msglen) < 0)
		return NULL;
	buf_printf(&name, "%s:%s", rev, path);
	p = plan_parse(ctx, name.s, buf, len);
	buf_free(&name);
	free(buf);
	return p;
}

/* An object name as git gives an external diff: hex, or "." for none. */
static int
is_hex(const char *s)
{
	size_t n = strspn(s, "0123456789abcdef");

	return !strcmp(s, ".") || ((n == 40 || n == 64) && s[n] == '\0');
}

/* A mode as git gives it: six octal digits, or "." for none. */
static int
is_mode(const char *s)
{
	return !strcmp(s, ".") ||
	    (strspn(s, "01234567") == 6 && s[6] == '\0');
}

int
git_diff_driver(int argc, char *argv[])
{
	char **a;

	if (getenv("GIT_DIFF_PATH_COUNTER") == NULL ||
	    getenv("GIT_DIFF_PATH_TOTAL") == NULL)
		return 0;
	/* path old-file old-hex old-mode new-file new-hex new-mode: the
	 * last is a mode, which a rename's message never is. */
	if (argc - 1 >= 7) {
		a = argv + argc - 7;
		if (is_hex(a[2]) && is_mode(a[3]) && is_hex(a[5]) &&
		    is_mode(a[6])) {
			return 7;
		}
	}
	/* ... new-path message, for a rename. */
	if (argc - 1 >= 9) {
		a = argv + argc - 9;
		if (is_hex(a[2]) && is_mode(a[3]) && is_hex(a[5]) &&
		    is_mode(a[6])) {
			return 9;
		}
	}
	return 0;
}
