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

int
git_show(const char *rev, const char *path, char **buf, size_t *len,
    char *msg, size_t msglen)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 :
	    (size_t)(slash - path)) : xstrdup(".");
	struct buf spec = { 0 }, out = { 0 }, err = { 0 };
	int po[2], pe[2], st = 0, ok = -1, e, rd;
	pid_t pid;
	char *argv[] = { "git", "-C", dir, "show", NULL, NULL };

	if (rev[0] == '-') {	/* git would take it for an option */
		snprintf(msg, msglen, "a revision cannot start with '-'");
		goto done;
	}
	buf_printf(&spec, "%s:./%s", rev, slash ? slash + 1 : path);
	argv[4] = spec.s;
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
	if ((rd = drain(po[0], pe[0], &out, &err)) == -1)
		snprintf(msg, msglen, "reading from git: %s", strerror(errno));
	close(po[0]);
	close(pe[0]);
	while (waitpid(pid, &st, 0) == -1 && errno == EINTR)
		;
	if (rd == -1) {
		;	/* msg says why */
	} else if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
		ok = 0;
		*len = out.len;
		buf_addc(&out, '\0');
		*buf = out.s;
		out.s = NULL;
	} else {
		first_line(&err, msg, msglen, WIFEXITED(st) ?
		    WEXITSTATUS(st) : 128 + WTERMSIG(st));
	}
	goto done;
fail:
	snprintf(msg, msglen, "cannot run git: %s", strerror(errno));
done:
	buf_free(&out);
	buf_free(&err);
	buf_free(&spec);
	free(dir);
	return ok;
}

struct plan *
plan_load_git(struct plan_ctx *ctx, const char *rev, const char *path,
    char *msg, size_t msglen)
{
	char *buf;
	size_t len;
	struct plan *p;
	struct buf name = { 0 };

	if (git_show(rev, path, &buf, &len, msg, msglen) == -1)
		return NULL;
	buf_printf(&name, "%s:%s", rev, path);
	p = plan_parse(ctx, name.s, buf, len);
	buf_free(&name);
	free(buf);
	return p;
}
