/*
 * plantally: write progress tallies ([2/5], [40%], [2/5 40%]) at the end
 * of each goal's heading or goal list item, changing no other byte.
 *
 * The model gives each goal's line in the cleaned text (plan.h).  The
 * bytes a tally replaces or follows (the tally itself, spaces, tabs, an
 * ATX closing sequence) are ASCII, which cleaning never changes, and
 * cleaning keeps every line ending; so an edit found on the cleaned line
 * is placed on the raw line by its distance from the line's end.
 */
/* realpath() is XSI. */
#define _XOPEN_SOURCE 700

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan.h"

/* Bits: a run "[1/2] [50%]" is both. */

struct tally {
	struct cli cli;
	enum tally_form form;	/* none given: keep what is there */
	int only_marked, check, inplace;
};

/* One tally to write: on a line, the bytes between back_from and back_to
 * before the line's end are replaced (equal: an insertion). */
struct edit {
	long line;
	size_t back_from, back_to;
	int bare;		/* an insertion with no blank before it */
	size_t old, oldlen;	/* the tallies there now, in the cleaned
				 * text (oldlen 0: none) */
	char text[64];		/* the tally it should be */
};

struct edits {
	struct edit *v;
	size_t n, cap;
};


/* ---- lines, counted as libcmark counts them ---- */

static size_t
line_end(const char *s, size_t n, size_t off)
{
	while (off < n && s[off] != '\n' && s[off] != '\r')
		off++;
	return off;
}

static size_t
next_line(const char *s, size_t n, size_t off)
{
	off = line_end(s, n, off);
	if (off < n)
		off += s[off] == '\r' && off + 1 < n && s[off + 1] == '\n' ?
		    2 : 1;
	return off;
}

/* A forward-only cursor: edits and goals come in line order. */
struct cursor {
	const char *s;
	size_t n, off;
	long line;
};

static size_t
seek_line(struct cursor *c, long line)
{
	while (c->line < line && c->off < c->n) {
		c->off = next_line(c->s, c->n, c->off);
		c->line++;
	}
	return c->off;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* ---- tallies ---- */

/* A goal's counts as its tally shows them. */
struct counts {
	size_t done, total;
};

static void
tally_text(const struct counts *n, enum tally_form form, char *out,
    size_t len)
{
	int pct = percent_of(n->done, n->total);

	if (pct < 0)
		pct = 0;
	switch (form) {
	case TALLY_PERCENT:
		snprintf(out, len, "[%d%%]", pct);
		break;
	case TALLY_BOTH:
		snprintf(out, len, "[%zu/%zu %d%%]", n->done, n->total, pct);
		break;
	default:
		snprintf(out, len, "[%zu/%zu]", n->done, n->total);
		break;
	}
}

/* Each heading's counts: the goals under it at any depth, its own
 * included, as planstat's subtotal.  An unmarked heading's tally is
 * these, so a title "# Plan" over goal sections shows the whole
 * plan's; a marked goal's is its own. */
static struct counts *
heading_counts(const struct plan *p)
{
	struct counts *h = xcalloc(p->nheadings + 1, sizeof *h);
	size_t g;
	long k;
	int depth;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		/* Levels rise strictly towards the root: at most 6 steps. */
		for (k = gp->heading, depth = 0; k >= 0 && depth++ < 8;
		    k = p->headings[k].parent) {
			h[k].done += gp->n[MS_DONE];
			h[k].total += goal_total(gp);
		}
	}
	return h;
}

/* ---- where a goal's tally goes ---- */

/* White space that ends a heading's or a paragraph's text, as
 * CommonMark strips it: blanks, and the vertical tab and form feed. */
static int
end_space(char c)
{
	return is_blank(c) || c == '\v' || c == '\f';
}

/* Skip container marks (indentation, '>') at the start of a line. */
static size_t
skip_containers(const char *s, size_t b, size_t e)
{
	while (b < e && (is_blank(s[b]) || s[b] == '>'))
		b++;
	return b;
}

/* How far the text at t is indented past the line's last '>' (or its
 * start, b). */
static size_t
indent_at(const char *s, size_t b, size_t t)
{
	size_t k = t;

	while (k > b && s[k - 1] != '>')
		k--;
	return t - k;
}

/* A setext underline: container marks, then a run of = or - indented
 * at most 3 columns more than the heading's text (ind) is; one indented
 * more is the paragraph's text. */
static int
underline(const char *s, size_t b, size_t e, size_t ind)
{
	size_t t = skip_containers(s, b, e);
	char c;

	if (t > b && indent_at(s, b, t) > ind + 3)
		return 0;
	b = t;
	if (b == e || (s[b] != '=' && s[b] != '-'))
		return 0;
	for (c = s[b]; b < e && s[b] == c; b++)
		;
	while (b < e && is_blank(s[b]))
		b++;
	return b == e;
}

/*
 * A lone list marker (*, +, -, or 1. 1)): a paragraph line that, given
 * a tally, would start a list item and end the heading or the goal's
 * paragraph (an empty item cannot interrupt a paragraph; a full one can).
 */
static int
lone_marker(const char *s, size_t lo, size_t hi)
{
	size_t k;

	if (hi - lo == 1 && (s[lo] == '*' || s[lo] == '+' || s[lo] == '-'))
		return 1;
	for (k = lo; k < hi && k - lo < 9 && s[k] >= '0' && s[k] <= '9'; k++)
		;
	return k > lo && k + 1 == hi && (s[k] == '.' || s[k] == ')');
}

/*
 * For a goal, the line its tally goes on and the content's bounds there
 * in the cleaned text: [*lo, *hi) where a tally may stand, hi before
 * trailing blanks and an ATX closing sequence.  The line is the last of
 * the title's text (a setext heading's, a goal item's paragraph's), so
 * the tally ends the title.  0 if there is no place: that line is a lone
 * list marker, which a tally would make a list item.  *atxp: the title
 * is an ATX heading's (its tally always takes a blank before it).
 */
static int
tally_place(const struct plan *p, const struct goal *g, struct cursor *c,
    long *linep, size_t *lop, size_t *hip, int *atxp)
{
	const char *s = p->src;
	size_t b = seek_line(c, g->line), e, lo, hi, k;
	long last = g->title_end;
	int atx = 0;

	if (c->line != g->line || g->col < 1)
		return 0;
	e = line_end(s, p->srclen, b);
	/* libcmark skips a byte order mark it is given (the cleaned text
	 * keeps a second one) and counts columns after it. */
	if (b == 0 && p->srclen >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		b = 3;
	lo = b + (size_t)g->col - 1;
	if (lo > e)
		return 0;
	if (g->kind != G_ITEM) {
		for (k = lo; k < e && k - lo < 7 && s[k] == '#'; k++)
			;
		atx = k > lo && k - lo <= 6 && (k == e || is_blank(s[k]));
		if (atx) {
			lo = k;
		} else {
			/* Setext: the text's last line is the one before the
			 * first underline; the text holds no blank line.
			 * Without such an underline this is no heading we
			 * understand: no tally. */
			size_t nb = next_line(s, p->srclen, b), ne;

			for (;; last++) {
				if (nb >= p->srclen)
					return 0;
				ne = line_end(s, p->srclen, nb);
				if (skip_containers(s, nb, ne) == ne)
					return 0;
				if (underline(s, nb, ne, indent_at(s, b, lo)))
					break;
				nb = next_line(s, p->srclen, nb);
			}
		}
	}
	*linep = g->line;
	if (last > g->line) {
		b = seek_line(c, last);
		if (c->line != last)
			return 0;
		e = line_end(s, p->srclen, b);
		lo = skip_containers(s, b, e);
		*linep = last;
	}
	hi = e;
	while (hi > lo && end_space(s[hi - 1]))
		hi--;
	if (atx) {
		for (k = hi; k > lo && s[k - 1] == '#'; k--)
			;
		if (k < hi && (k == lo || is_blank(s[k - 1])))
			for (hi = k; hi > lo && end_space(s[hi - 1]); hi--)
				;
	}
	if (*linep != g->line && lone_marker(s, lo, hi))
		return 0;
	/* Text that is # to ###### alone would open an ATX heading
	 * once a tally follows it ("#" above "---"). */
	if (!atx && hi > lo && hi - lo <= 6 &&
	    strspn(s + lo, "#") >= hi - lo)
		return 0;
	*lop = lo;
	*hip = hi;
	*atxp = atx;
	return 1;
}

static void
add_edit(struct edits *ed, const struct edit *e)
{
	if (ed->n == ed->cap)
		ed->v = xrealloc(ed->v, ed->cap = ed->cap * 2 + 16,
		    sizeof *ed->v);
	ed->v[ed->n++] = *e;
}

static int
by_line(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	return (x->line > y->line) - (x->line < y->line);
}

/* The tallies of a plan that are missing or stale, in line order. */
static void
find_edits(const struct tally *t, const struct plan *p, struct edits *ed)
{
	struct cursor c = { p->src, p->srclen, 0, 1 };
	struct counts *hc = heading_counts(p), n;
	long last = 0;
	size_t g;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];
		struct edit e = { 0 };
		enum tally_form form = TALLY_FRACTION;
		unsigned have = TALLY_NONE;
		size_t lo, hi, start, run, first;
		int atx;

		if (gp->kind == G_PREAMBLE)
			continue;
		if (gp->kind == G_SECTION && gp->heading >= 0)
			n = hc[gp->heading];
		else
			n = (struct counts){ gp->n[MS_DONE], goal_total(gp) };
		/* A listed goal that is its own box ("- [ ] Run a 10k"
		 * under "Goals", with or without boxes under it): its
		 * tally would land in its milestone's text. */
		if (gp->listed && gp->count > 0 &&
		    p->ms[gp->first].line == gp->line)
			continue;
		if (gp->line < c.line)	/* out of order: start over */
			c.off = 0, c.line = 1;
		if (!tally_place(p, gp, &c, &e.line, &lo, &hi, &atx))
			continue;
		/* A run of tallies at the end becomes one. */
		first = run = hi;
		while ((start = tally_at(p->src, lo, run, &form)) !=
		    (size_t)-1) {
			have |= form;
			first = run = start;
			while (run > lo && is_blank(p->src[run - 1]))
				run--;
		}
		if (have == TALLY_NONE && (t->only_marked || n.total == 0))
			continue;
		start = first;
		form = t->form != TALLY_NONE ? t->form :
		    have != TALLY_NONE ? (enum tally_form)have : TALLY_FRACTION;
		tally_text(&n, form, e.text, sizeof e.text);
		if (have != TALLY_NONE) {
			e.old = start;
			e.oldlen = hi - start;
			if (e.oldlen == strlen(e.text) &&
			    memcmp(p->src + start, e.text, e.oldlen) == 0)
				continue;
		}
		if (e.line == last)	/* one tally a line */
			continue;
		last = e.line;
		e.back_from = line_end(p->src, p->srclen, hi) - start;
		e.back_to = line_end(p->src, p->srclen, hi) - hi;
		/* On a line with no text before it (a setext heading's
		 * or an item's text that is white space alone, "\f"), a
		 * blank would start the text a column further on. */
		e.bare = hi == lo && !atx;
		add_edit(ed, &e);
	}
	if (ed->n > 1)
		qsort(ed->v, ed->n, sizeof *ed->v, by_line);
	free(hc);
}

/* The raw bytes with the edits made. */
static void
apply_edits(const char *raw, size_t len, const struct edits *ed,
    struct buf *out)
{
	struct cursor c = { raw, len, 0, 1 };
	size_t i, pos = 0;

	for (i = 0; i < ed->n; i++) {
		const struct edit *e = &ed->v[i];
		size_t b = seek_line(&c, e->line), le, from, to;

		if (c.line != e->line)
			break;
		le = line_end(raw, len, b);
		if (e->back_from > le - b || e->back_to > e->back_from)
			continue;	/* cannot happen: see the top */
		from = le - e->back_from;
		to = le - e->back_to;
		if (from < pos)
			continue;
		buf_add(out, raw + pos, from - pos);
		if (from == to && !e->bare)
			buf_addc(out, ' ');
		buf_adds(out, e->text);
		pos = to;
	}
	buf_add(out, raw + pos, len - pos);
}

/* ---- in place ---- */

/*
 * The temporary file being written, for the signal handler to remove:
 * set and cleared with SIGINT, SIGTERM and SIGHUP blocked.
 */
static char *volatile live_tmp;

static void
on_signal(int sig)
{
	if (live_tmp != NULL)
		unlink(live_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };

/* Handle the signals that stop us, but those ignored when we started
 * (nohup) stay ignored. */
static void
catch_signals(void)
{
	size_t i;

	for (i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++) {
		struct sigaction sa, old;

		if (sigaction(stop_signals[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sigemptyset(&sa.sa_mask);
		sigaction(stop_signals[i], &sa, NULL);
	}
}

/* Block (how SIG_BLOCK) or unblock (SIG_SETMASK to *old) them. */
static void
hold_signals(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++)
		sigaddset(&set, stop_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void
release_signals(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

static int
write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* What a file was when it was read: compared again before replacing. */
struct seen {
	struct stat st;
	const char *raw;	/* its bytes */
	size_t len;
};

static int
same_time(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec == b->tv_sec && a->tv_nsec == b->tv_nsec;
}

/* 1 if the file open at fd is still the one read (the same inode, size,
 * modification time and bytes), 0 if not, -1 with errno on error. */
static int
unchanged(int fd, const struct seen *sn)
{
	struct stat st;
	char chunk[65536];
	size_t off = 0;

	if (fstat(fd, &st) == -1)
		return -1;
	if (st.st_dev != sn->st.st_dev || st.st_ino != sn->st.st_ino ||
	    st.st_size != sn->st.st_size ||
	    !same_time(&st.st_mtim, &sn->st.st_mtim))
		return 0;
	if (lseek(fd, 0, SEEK_SET) == -1)
		return -1;
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);

		if (n == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			return off == sn->len;
		if ((size_t)n > sn->len - off ||
		    memcmp(chunk, sn->raw + off, (size_t)n) != 0)
			return 0;
		off += (size_t)n;
	}
}

#ifdef __linux__
#include <sys/xattr.h>

/*
 * Give the file at to the extended attributes of the file at from, and
 * so its ACLs (Linux keeps them as system.posix_acl_* attributes).  An
 * attribute the new file already has as it is (an SELinux label) is
 * left alone.  0, or -1 with errno and *name (to free) the attribute
 * that failed, or NULL.
 */
static int
copy_xattrs(int from, int to, char **name)
{
	ssize_t n = flistxattr(from, NULL, 0), v, w;
	char *names, *p, *val = NULL, *have = NULL;
	int rc = -1, e;

	*name = NULL;
	if (n == -1)
		return errno == ENOTSUP ? 0 : -1;
	if (n == 0)
		return 0;
	names = xmalloc((size_t)n);
	if ((n = flistxattr(from, names, (size_t)n)) == -1)
		goto done;
	for (p = names; p < names + n; p += strlen(p) + 1) {
		if ((v = fgetxattr(from, p, NULL, 0)) == -1)
			goto fail;
		val = xrealloc(val, (size_t)v + 1, 1);
		have = xrealloc(have, (size_t)v + 1, 1);
		if ((v = fgetxattr(from, p, val, (size_t)v)) == -1)
			goto fail;
		w = fgetxattr(to, p, have, (size_t)v);
		if (w == v && memcmp(val, have, (size_t)v) == 0)
			continue;
		if (fsetxattr(to, p, val, (size_t)v, 0) == -1)
			goto fail;
	}
	rc = 0;
	goto done;
fail:
	*name = xstrdup(p);
done:
	e = errno;
	free(names);
	free(val);
	free(have);
	errno = e;
	return rc;
}
#else
/* Elsewhere extended attributes and ACLs are not carried over. */
static int
copy_xattrs(int from, int to, char **name)
{
	(void)from;
	(void)to;
	*name = NULL;
	return 0;
}
#endif

/*
 * A file with more than one link is rewritten in place, so its links
 * stay one file: its room is made first (so a full disk fails before a
 * byte is written), then the bytes, then the length, with the signals
 * that would stop us half way held.
 */
static int
rewrite_file(const char *path, const char *real, const struct seen *sn,
    const struct buf *out)
{
	const char *what = "opening it to write";
	sigset_t old;
	int fd, same, e;

	if ((fd = open(real, O_RDWR)) == -1)
		goto fail;
	what = "reading it again";
	if ((same = unchanged(fd, sn)) == -1)
		goto fail;
	if (same == 0) {
		warnx("%s: changed since it was read; left as it is",
		    path);
		close(fd);
		return -1;
	}
	hold_signals(&old);
	what = "making room";
	if (out->len > sn->len &&
	    (e = posix_fallocate(fd, 0, (off_t)out->len)) != 0) {
		/* glibc may have written part of the room: cut it off */
		(void)!ftruncate(fd, (off_t)sn->len);
		errno = e;
		release_signals(&old);
		goto fail;
	}
	what = "writing it in place";
	if (lseek(fd, 0, SEEK_SET) == -1 ||
	    write_all(fd, out->s, out->len) == -1 ||
	    ftruncate(fd, (off_t)out->len) == -1 || fsync(fd) == -1) {
		release_signals(&old);
		goto fail;
	}
	release_signals(&old);
	e = close(fd);
	fd = -1;
	if (e == 0)
		return 0;
fail:
	e = errno;
	if (fd != -1)
		close(fd);
	errno = e;
	warn("%s: %s", path, what);
	return -1;
}

/*
 * Replace the file at real (a resolved path) by the bytes in out: a
 * temporary file beside it, synced, given the original's owner, mode,
 * extended attributes and ACLs, then renamed over it if the original is
 * still what was read.  On failure the original is untouched and no file
 * is left; if the original changed meanwhile, both are left and the
 * message names the temporary file.
 */
static int
replace_file(const char *path, const char *real, const struct seen *sn,
    const struct buf *out)
{
	const char *slash = strrchr(real, '/');
	size_t dlen = slash ? (size_t)(slash - real) : 0;
	char *tmp = xmalloc(dlen + 32), *xname = NULL;
	const char *what = "creating a temporary file";
	int fd = -1, orig = -1, e, dfd, made = 0, same;
	sigset_t old;

	if (slash == NULL)
		strcpy(tmp, ".plantally.XXXXXX");
	else
		snprintf(tmp, dlen + 32, "%.*s/.plantally.XXXXXX",
		    (int)dlen, real);
	hold_signals(&old);
	if ((fd = mkstemp(tmp)) != -1) {
		made = 1;
		live_tmp = tmp;
	}
	release_signals(&old);
	if (fd == -1)
		goto fail;
	what = "writing a temporary file";
	if (write_all(fd, out->s, out->len) == -1 || fsync(fd) == -1)
		goto fail;
	/* Root may edit another's file: keep its owner when it can. */
	if (fchown(fd, sn->st.st_uid, sn->st.st_gid) == -1) {
		/* not ours to give: the mode still is */
	}
	what = "setting the mode of a temporary file";
	if (fchmod(fd, sn->st.st_mode & 07777) == -1)
		goto fail;
	what = "reading it again";
	if ((orig = open(real, O_RDONLY)) == -1)
		goto fail;
	what = "keeping its extended attributes";
	if (copy_xattrs(orig, fd, &xname) == -1)
		goto fail;
	what = "writing a temporary file";
	e = close(fd);
	fd = -1;
	if (e == -1)
		goto fail;
	/* The last look and the rename, with no signal in between. */
	hold_signals(&old);
	what = "reading it again";
	if ((same = unchanged(orig, sn)) == -1) {
		release_signals(&old);
		goto fail;
	}
	if (same == 0) {
		live_tmp = NULL;
		release_signals(&old);
		warnx("%s: changed since it was read; left as it is, the "
		    "tallied version is in %s", path, tmp);
		close(orig);
		free(tmp);
		return -1;
	}
	what = "renaming the temporary file";
	if (rename(tmp, real) == -1) {
		release_signals(&old);
		goto fail;
	}
	live_tmp = NULL;
	release_signals(&old);
	close(orig);
	/* The rename itself is durable once the directory is synced. */
	if (slash != NULL) {
		tmp[dlen > 0 ? dlen : 1] = '\0';
		if ((dfd = open(tmp, O_RDONLY)) != -1) {
			(void)fsync(dfd);
			close(dfd);
		}
	}
	free(tmp);
	return 0;
fail:
	e = errno;
	if (fd != -1)
		close(fd);
	if (orig != -1)
		close(orig);
	hold_signals(&old);
	if (made)
		unlink(tmp);
	live_tmp = NULL;
	release_signals(&old);
	errno = e;
	if (xname != NULL)
		warn("%s: keeping its extended attribute %s", path, xname);
	else
		warn("%s: %s", path, what);
	free(xname);
	free(tmp);
	return -1;
}

/* ---- one file ---- */

static void
report(const struct plan *p, const struct edits *ed)
{
	size_t i;

	for (i = 0; i < ed->n; i++) {
		const struct edit *e = &ed->v[i];

		if (e->oldlen == 0)
			printf("%s:%ld: missing tally %s\n", p->name, e->line,
			    e->text);
		else
			printf("%s:%ld: stale tally %.*s, should be %s\n",
			    p->name, e->line, (int)(e->oldlen > INT_MAX ?
			    INT_MAX : e->oldlen), p->src + e->old, e->text);
	}
}

/* Tally one file: 0, 1 (--check found tallies to fix), 2 (an error). */
static int
tally_file(void *tool, const char *path, struct plan *unused)
{
	struct tally *t = tool;
	int inplace = t->inplace;
	const char *name = strcmp(path, "-") ? path : "<stdin>";
	char *real = NULL, *raw = NULL;
	struct edits ed = { 0 };
	struct buf out = { 0 };
	struct plan *p = NULL;
	struct seen sn;
	size_t len;
	int rc = 2, fd = -1;

	if (inplace) {
		if (strcmp(path, "-") == 0) {
			warnx("-: cannot edit standard input in place");
			return 2;
		}
		/* Edit the target of a link, not the link. */
		if ((real = realpath(path, NULL)) == NULL ||
		    (fd = open(real, O_RDONLY)) == -1 ||
		    fstat(fd, &sn.st) == -1) {
			warn("%s", path);
			goto done;
		}
		if (!S_ISREG(sn.st.st_mode)) {
			warnx("%s: not a regular file", path);
			goto done;
		}
		/* A rename would replace a file we may not write. */
		if (access(real, W_OK) == -1) {
			warn("%s: cannot edit", path);
			goto done;
		}
		if (read_fd(fd, &raw, &len) == -1) {
			warn_read(path);
			goto done;
		}
		sn.raw = raw;
		sn.len = len;
	} else if (read_all(path, &raw, &len) == -1) {
		warn_read(path);
		goto done;
	}
	(void)unused;
	p = plan_parse(t->cli.ctx, name, raw, len);
	find_edits(t, p, &ed);
	rc = 0;
	if (t->check) {
		report(p, &ed);
		rc = ed.n > 0;
	} else if (!inplace || ed.n > 0) {
		apply_edits(raw, len, &ed, &out);
		if (!inplace)
			fwrite(out.s ? out.s : "", 1, out.len, stdout);
		else if ((sn.st.st_nlink > 1 ? rewrite_file(path, real, &sn,
		    &out) : replace_file(path, real, &sn, &out)) == -1)
			rc = 2;
	}
done:
	if (fd != -1)
		close(fd);
	buf_free(&out);
	free(ed.v);
	plan_free(p);
	free(raw);
	free(real);
	return rc;
}

enum { O_PERCENT = 256, O_FRACTION, O_BOTH, O_ONLY, O_CHECK };

static int
option(void *tool, int c, const char *arg)
{
	struct tally *t = tool;

	(void)arg;
	switch (c) {
	case 'i': t->inplace = 1; break;
	case O_PERCENT: t->form = TALLY_PERCENT; break;
	case O_FRACTION: t->form = TALLY_FRACTION; break;
	case O_BOTH: t->form = TALLY_BOTH; break;
	case O_ONLY: t->only_marked = 1; break;
	case O_CHECK: t->check = 1; break;
	default: return 2;
	}
	return -1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "percent", no_argument, NULL, O_PERCENT },
		{ "fraction", no_argument, NULL, O_FRACTION },
		{ "both", no_argument, NULL, O_BOTH },
		{ "only-marked", no_argument, NULL, O_ONLY },
		{ "check", no_argument, NULL, O_CHECK },
		{ NULL, 0, NULL, 0 }
	};
	struct tally t = { .form = TALLY_NONE };
	int status;

	cli_init("plantally");
	/* A file size limit must fail a write, not kill us mid-edit. */
	signal(SIGXFSZ, SIG_IGN);
	t.cli = (struct cli){
		.synopsis = "[-i] [--percent|--fraction|--both] "
		    "[--only-marked] [--check] [-G regex] [file ...]",
		.help = "  -i                 edit the files in place\n"
		    "  --fraction         tallies as [3/7] (default for a "
		    "title without one)\n"
		    "  --percent          tallies as [42%]\n"
		    "  --both             tallies as [3/7 42%]\n"
		    "  --only-marked      only titles that have a tally "
		    "already\n"
		    "  --check            list missing and stale tallies, "
		    "exit 1 if any\n",
		.flags = CLI_MARKER,
		.shortopts = "i",
		.longopts = longopts,
		.option = option,
		.tool = &t,
	};
	if ((status = cli_parse(&t.cli, argc, argv)) >= 0)
		return status;
	if (t.inplace && t.check) {
		warnx("-i and --check cannot be used together");
		cli_usage(&t.cli, stderr);
		return cli_end(&t.cli, 2);
	}
	if (t.inplace && t.cli.noperands == 0) {
		warnx("-i needs files to edit");
		cli_usage(&t.cli, stderr);
		return cli_end(&t.cli, 2);
	}
	if (t.inplace)
		catch_signals();
	status = cli_each(&t.cli, tally_file);
	return cli_end(&t.cli, status);
}
