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
	char old[64];		/* the tally there now, "" if none */
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

static void
tally_text(const struct goal *g, enum tally_form form, char *out, size_t len)
{
	int pct = goal_percent(g);

	if (pct < 0)
		pct = 0;
	switch (form) {
	case TALLY_PERCENT:
		snprintf(out, len, "[%d%%]", pct);
		break;
	case TALLY_BOTH:
		snprintf(out, len, "[%zu/%zu %d%%]", g->n[MS_DONE],
		    goal_total(g), pct);
		break;
	default:
		snprintf(out, len, "[%zu/%zu]", g->n[MS_DONE], goal_total(g));
		break;
	}
}

/* ---- where a goal's tally goes ---- */

/* A setext underline: container marks, then a run of = or -. */
static int
underline(const char *s, size_t b, size_t e)
{
	char c;

	while (b < e && (is_blank(s[b]) || s[b] == '>'))
		b++;
	if (b == e || (s[b] != '=' && s[b] != '-'))
		return 0;
	for (c = s[b]; b < e && s[b] == c; b++)
		;
	while (b < e && is_blank(s[b]))
		b++;
	return b == e;
}

/*
 * For a goal, the line its tally goes on and the content's bounds there
 * in the cleaned text: [*lo, *hi) where a tally may stand, hi before
 * trailing blanks and an ATX closing sequence.  0 if there is no place.
 */
static int
tally_place(const struct plan *p, const struct goal *g, struct cursor *c,
    long *linep, size_t *lop, size_t *hip)
{
	const char *s = p->src;
	size_t b = seek_line(c, g->line), e, lo, hi, k;
	int atx = 0;

	if (c->line != g->line || g->col < 1)
		return 0;
	e = line_end(s, p->srclen, b);
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
			 * first underline; the text holds no blank line. */
			size_t nb = next_line(s, p->srclen, b), ne;
			long line = g->line;

			while (nb < p->srclen) {
				ne = line_end(s, p->srclen, nb);
				if (underline(s, nb, ne))
					break;
				line++, b = nb, e = ne, lo = b;
				nb = next_line(s, p->srclen, nb);
			}
			seek_line(c, line);
			*linep = line;
		}
	}
	if (atx || g->kind == G_ITEM)
		*linep = g->line;
	hi = e;
	while (hi > lo && is_blank(s[hi - 1]))
		hi--;
	if (atx) {
		for (k = hi; k > lo && s[k - 1] == '#'; k--)
			;
		if (k < hi && (k == lo || is_blank(s[k - 1])))
			for (hi = k; hi > lo && is_blank(s[hi - 1]); hi--)
				;
	}
	/* An item's line may end in a hard break: the tally goes before. */
	if (g->kind == G_ITEM) {
		for (k = hi; k > lo && s[k - 1] == '\\'; k--)
			;
		if ((hi - k) % 2)
			for (hi--; hi > lo && is_blank(s[hi - 1]); hi--)
				;
	}
	*lop = lo;
	*hip = hi;
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
	long last = 0;
	size_t g;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];
		struct edit e = { 0 };
		enum tally_form form = TALLY_FRACTION;
		unsigned have = TALLY_NONE;
		size_t lo, hi, start, run, first;

		if (gp->kind == G_PREAMBLE)
			continue;
		if (gp->line < c.line)	/* out of order: start over */
			c.off = 0, c.line = 1;
		if (!tally_place(p, gp, &c, &e.line, &lo, &hi))
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
		if (have == TALLY_NONE && (t->only_marked ||
		    goal_total(gp) == 0))
			continue;
		start = first;
		form = t->form != TALLY_NONE ? t->form :
		    have != TALLY_NONE ? (enum tally_form)have : TALLY_FRACTION;
		tally_text(gp, form, e.text, sizeof e.text);
		if (have != TALLY_NONE) {
			if (hi - start >= sizeof e.old)
				continue;
			memcpy(e.old, p->src + start, hi - start);
			if (strcmp(e.old, e.text) == 0)
				continue;
		}
		if (e.line == last)	/* one tally a line */
			continue;
		last = e.line;
		e.back_from = line_end(p->src, p->srclen, hi) - start;
		e.back_to = line_end(p->src, p->srclen, hi) - hi;
		add_edit(ed, &e);
	}
	if (ed->n > 1)
		qsort(ed->v, ed->n, sizeof *ed->v, by_line);
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
		if (from == to)
			buf_addc(out, ' ');
		buf_adds(out, e->text);
		pos = to;
	}
	buf_add(out, raw + pos, len - pos);
}

/* ---- in place ---- */

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

/* Replace the file at real (a resolved path) by the bytes in out: a
 * temporary file beside it, synced, given the original's mode, renamed
 * over it.  On failure the original is untouched and no file is left. */
static int
replace_file(const char *path, const char *real, const struct stat *st,
    const struct buf *out)
{
	const char *slash = strrchr(real, '/');
	size_t dlen = slash ? (size_t)(slash - real) : 0;
	char *tmp = xmalloc(dlen + 32);
	const char *what = "creating a temporary file";
	int fd, e, dfd, made = 0;

	if (slash == NULL)
		strcpy(tmp, ".plantally.XXXXXX");
	else
		snprintf(tmp, dlen + 32, "%.*s/.plantally.XXXXXX",
		    (int)dlen, real);
	if ((fd = mkstemp(tmp)) == -1)
		goto fail;
	made = 1;
	what = "writing a temporary file";
	if (write_all(fd, out->s, out->len) == -1 || fsync(fd) == -1)
		goto fail;
	/* Root may edit another's file: keep its owner when it can. */
	if (fchown(fd, st->st_uid, st->st_gid) == -1) {
		/* not ours to give: the mode still is */
	}
	what = "setting the mode of a temporary file";
	if (fchmod(fd, st->st_mode & 07777) == -1)
		goto fail;
	what = "writing a temporary file";
	e = close(fd);
	fd = -1;
	if (e == -1)
		goto fail;
	what = "renaming the temporary file";
	if (rename(tmp, real) == -1)
		goto fail;
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
	if (made)
		unlink(tmp);
	errno = e;
	warn("%s: %s", path, what);
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

		if (e->old[0] == '\0')
			printf("%s:%ld: missing tally %s\n", p->name, e->line,
			    e->text);
		else
			printf("%s:%ld: stale tally %s, should be %s\n",
			    p->name, e->line, e->old, e->text);
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
	struct stat st;
	size_t len;
	int rc = 2;

	if (inplace) {
		if (strcmp(path, "-") == 0) {
			warnx("-: cannot edit standard input in place");
			return 2;
		}
		/* Edit the target of a link, not the link. */
		if ((real = realpath(path, NULL)) == NULL ||
		    stat(real, &st) == -1) {
			warn("%s", path);
			goto done;
		}
		if (!S_ISREG(st.st_mode)) {
			warnx("%s: not a regular file", path);
			goto done;
		}
	}
	if (read_all(real ? real : path, &raw, &len) == -1) {
		warn("%s", path);
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
		else if (replace_file(path, real, &st, &out) == -1)
			rc = 2;
	}
done:
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
	status = cli_each(&t.cli, tally_file);
	return cli_end(&t.cli, status);
}
