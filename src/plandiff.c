/* plandiff: what changed in a plan between two versions, by goal and
 * milestone rather than by line. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_MARKDOWN, FMT_JSON };	/* as in fmts[] */

static const char *const fmts[] = { "text", "markdown", "json", NULL };

struct pdiff {
	struct cli cli;
	const char *rev;	/* -g */
	enum fmt fmt;
	int header;		/* the file header has been printed */
	int driver;		/* run by git as its diff driver */
	const char *hold, *hnew;	/* the header's names, if not the plans' */
	const char *rold, *rnew;	/* the two versions' bytes (driver) */
	struct plan_ctx *ctxo, *ctxn;	/* one for each version's thread */
	size_t rold_len, rnew_len;
	struct buf out;
	struct line line;	/* text and Markdown lines */
};

/* Where a goal's changes are, for the printers. */
struct gview {
	const struct plan_diff *d;
	const struct goal *o, *n;	/* NULL on a side without */
	const struct change *c;
	size_t nc;
};

/* ---- output ---- */

static void
text_out(struct buf *b, enum fmt fmt, const char *s)
{
	if (fmt == FMT_MARKDOWN)
		md_str(b, s);
	else
		buf_adds(b, s);
}

static void
counts(struct buf *b, const struct goal *g)
{
	int pct;

	if (g == NULL) {
		buf_adds(b, "none");
		return;
	}
	buf_printf(b, "%zu/%zu", g->n[MS_DONE], goal_total(g));
	if ((pct = goal_percent(g)) >= 0)
		buf_printf(b, " (%d%%)", pct);
}

static void
date_text(struct buf *b, enum fmt fmt, const struct pdate *p)
{
	char s[11];

	if (p->kind == DATE_OK) {
		date_format(p->day, s);
		buf_adds(b, s);
	} else if (p->kind == DATE_BAD) {
		buf_adds(b, "invalid ");
		text_out(b, fmt, p->text);
	} else {
		buf_adds(b, "none");
	}
}

/* Days a due date moved; 0 when either side has none. */
static long
days_moved(const struct milestone *o, const struct milestone *n)
{
	if (o->date[F_DUE].kind != DATE_OK || n->date[F_DUE].kind != DATE_OK)
		return 0;
	return n->date[F_DUE].day - o->date[F_DUE].day;
}

/* What follows a milestone's text: the detail of its change.  At a
 * terminal the title a milestone moved from may be cut (l). */
static void
ms_detail(struct line *l, enum fmt fmt, const struct plan_diff *d,
    const struct change *c)
{
	const struct milestone *o = c->o >= 0 ? &d->po->ms[c->o] : NULL;
	const struct milestone *n = c->n >= 0 ? &d->pn->ms[c->n] : NULL;
	struct buf *b = &l->b;
	const char *s;
	long days;

	switch (c->kind) {
	case K_MOVED:
		buf_adds(b, " (from: ");
		s = goal_title(d->po, &d->po->goals[o->goal]);
		if (fmt == FMT_MARKDOWN)
			md_str(b, s);
		else
			line_span(l, s, strlen(s));
		buf_addc(b, ')');
		break;
	case K_COMPLETED: case K_REOPENED: case K_CANCELLED: case K_STATE:
		buf_printf(b, " (%s -> %s", ms_status(o), ms_status(n));
		if (c->next >= 0) {
			/* A recurring task: the occurrence written next. */
			buf_printf(b, "; next: line %ld",
			    d->pn->ms[c->next].line);
			if (d->pn->ms[c->next].date[F_DUE].kind != DATE_NONE) {
				buf_adds(b, ", due ");
				date_text(b, fmt,
				    &d->pn->ms[c->next].date[F_DUE]);
			}
		}
		buf_addc(b, ')');
		break;
	case K_REDATED:
		buf_adds(b, ": ");
		date_text(b, fmt, &o->date[F_DUE]);
		buf_adds(b, " -> ");
		date_text(b, fmt, &n->date[F_DUE]);
		if ((days = days_moved(o, n)) != 0)
			buf_printf(b, " (%+ld day%s)", days,
			    labs(days) == 1 ? "" : "s");
		break;
	default:
		break;
	}
}

static const char *
ms_text(const struct plan_diff *d, const struct change *c)
{
	return c->n >= 0 ? d->pn->ms[c->n].text : d->po->ms[c->o].text;
}

/* A goal's changes as lines that fit a terminal: titles and milestone
 * texts are what is cut. */
static void
text_goal(struct pdiff *t, const struct gview *v)
{
	const struct plan_diff *d = v->d;
	const struct goal *o = v->o, *n = v->n;
	enum change_kind k = n == NULL ? K_GOAL_REMOVED : o == NULL ?
	    K_GOAL_ADDED : v->nc && v->c[0].kind == K_GOAL_RENAMED ?
	    K_GOAL_RENAMED : K_GOAL;
	struct line *l = &t->line;
	const struct fit *f = &t->cli.fit;
	const char *s;
	size_t i;

	if (n != NULL)
		buf_printf(&l->b, "%s:%ld: %s: ", d->pn->name, n->line,
		    change_names[k]);
	else
		buf_printf(&l->b, "%s:%ld: %s: ", d->po->name, o->line,
		    change_names[k]);
	if (k == K_GOAL_RENAMED) {
		s = goal_title(d->po, o);
		line_span(l, s, strlen(s));
		buf_adds(&l->b, " -> ");
	}
	s = n ? goal_title(d->pn, n) : goal_title(d->po, o);
	line_span(l, s, strlen(s));
	buf_adds(&l->b, ": ");
	counts(&l->b, o);
	buf_adds(&l->b, " -> ");
	counts(&l->b, n);
	line_put(l, f);
	for (i = 0; i < v->nc; i++) {
		const struct change *c = &v->c[i];

		if (c->kind < K_ADDED)
			continue;
		if (c->n >= 0)
			buf_printf(&l->b, "%s:%ld:   ", d->pn->name,
			    d->pn->ms[c->n].line);
		else
			buf_printf(&l->b, "%s:%ld:   ", d->po->name,
			    d->po->ms[c->o].line);
		buf_printf(&l->b, "%s: ", change_names[c->kind]);
		s = ms_text(d, c);
		line_span(l, s, strlen(s));
		ms_detail(l, FMT_TEXT, d, c);
		line_put(l, f);
	}
}

static void
md_goal(struct pdiff *t, const struct gview *v)
{
	const struct plan_diff *d = v->d;
	const struct goal *o = v->o, *n = v->n;
	struct line *l = &t->line;
	struct buf *b = &l->b;
	size_t i;

	buf_adds(b, "### ");
	md_str(b, n ? goal_title(d->pn, n) : goal_title(d->po, o));
	if (o == NULL)
		buf_adds(b, " (added)");
	else if (n == NULL)
		buf_adds(b, " (removed)");
	else if (v->nc && v->c[0].kind == K_GOAL_RENAMED) {
		buf_adds(b, " (renamed from ");
		md_str(b, goal_title(d->po, o));
		buf_addc(b, ')');
	}
	buf_adds(b, "\n\nProgress: ");
	counts(b, o);
	buf_adds(b, " -> ");
	counts(b, n);
	buf_adds(b, "\n\n");
	for (i = 0; i < v->nc; i++) {
		const struct change *c = &v->c[i];

		if (c->kind < K_ADDED)
			continue;
		buf_printf(b, "- %s: ", change_names[c->kind]);
		md_str(b, ms_text(d, c));
		ms_detail(l, FMT_MARKDOWN, d, c);
		if (c->n >= 0)
			buf_printf(b, " (line %ld)\n", d->pn->ms[c->n].line);
		else
			buf_printf(b, " (old line %ld)\n",
			    d->po->ms[c->o].line);
	}
	if (v->nc > 0 && v->c[v->nc - 1].kind >= K_ADDED)
		buf_addc(b, '\n');
	l->nspan = 0;
	out_write(b);
}

static void
json_line(struct buf *b, const char *key, long line)
{
	if (line > 0)
		json_knum(b, key, line);
	else
		json_knull(b, key);
}

static void
json_counts(struct buf *b, const char *key, const struct goal *g)
{
	int pct;

	if (g == NULL) {
		json_knull(b, key);
		return;
	}
	json_begin(b, key);
	json_knum(b, "done", (long long)g->n[MS_DONE]);
	json_knum(b, "total", (long long)goal_total(g));
	if ((pct = goal_percent(g)) >= 0)
		json_knum(b, "percent", pct);
	else
		json_knull(b, "percent");
	json_end(b);
}

static void
json_ms(struct buf *b, const struct plan_diff *d, const struct change *c)
{
	const struct milestone *o = c->o >= 0 ? &d->po->ms[c->o] : NULL;
	const struct milestone *n = c->n >= 0 ? &d->pn->ms[c->n] : NULL;

	json_begin(b, NULL);
	json_kstr(b, "type", change_names[c->kind]);
	json_kstr(b, "goal", n ? goal_title(d->pn, &d->pn->goals[n->goal]) :
	    goal_title(d->po, &d->po->goals[o->goal]));
	json_kstr(b, "text", ms_text(d, c));
	json_line(b, "line", n ? n->line : 0);
	json_line(b, "old_line", o ? o->line : 0);
	json_kstr(b, "state", ms_state_names[n ? n->state : o->state]);
	switch (c->kind) {
	case K_MOVED:
		json_kstr(b, "from",
		    goal_title(d->po, &d->po->goals[o->goal]));
		break;
	case K_COMPLETED: case K_REOPENED: case K_CANCELLED: case K_STATE:
		json_kstr(b, "before", ms_status(o));
		json_kstr(b, "after", ms_status(n));
		if (c->next >= 0) {
			json_begin(b, "next");
			json_knum(b, "line", d->pn->ms[c->next].line);
			json_kdate(b, "due", &d->pn->ms[c->next].date[F_DUE]);
			json_end(b);
		}
		break;
	case K_REDATED:
		json_kdate(b, "before", &o->date[F_DUE]);
		json_kdate(b, "after", &n->date[F_DUE]);
		if (o->date[F_DUE].kind == DATE_OK &&
		    n->date[F_DUE].kind == DATE_OK)
			json_knum(b, "days", days_moved(o, n));
		else
			json_knull(b, "days");
		break;
	default:
		break;
	}
	json_end(b);
	buf_addc(b, '\n');
}

/* Every goal gets a "goal" object, changed or not; then its changes. */
static void
json_goal(struct buf *b, const struct gview *v, int changed)
{
	const struct goal *o = v->o, *n = v->n;
	size_t i;

	json_begin(b, NULL);
	json_kstr(b, "type", "goal");
	json_kstr(b, "goal", n ? goal_title(v->d->pn, n) :
	    goal_title(v->d->po, o));
	json_line(b, "line", n ? n->line : 0);
	json_line(b, "old_line", o ? o->line : 0);
	json_counts(b, "before", o);
	json_counts(b, "after", n);
	json_kbool(b, "changed", changed);
	json_end(b);
	buf_addc(b, '\n');
	for (i = 0; i < v->nc; i++) {
		const struct change *c = &v->c[i];

		if (c->kind >= K_ADDED) {
			json_ms(b, v->d, c);
			continue;
		}
		json_begin(b, NULL);
		json_kstr(b, "type", change_names[c->kind]);
		json_kstr(b, "goal", n ? goal_title(v->d->pn, n) :
	    goal_title(v->d->po, o));
		if (c->kind == K_GOAL_RENAMED)
			json_kstr(b, "from", goal_title(v->d->po, o));
		json_line(b, "line", n ? n->line : 0);
		json_line(b, "old_line", o ? o->line : 0);
		json_end(b);
		buf_addc(b, '\n');
	}
	out_write(b);
}

static void
file_header(struct pdiff *t, const struct plan_diff *d)
{
	if (t->fmt == FMT_JSON) {
		json_begin(&t->out, NULL);
		json_kstr(&t->out, "type", "diff");
		json_kstr(&t->out, "old", d->po->name);
		json_kstr(&t->out, "new", d->pn->name);
		json_end(&t->out);
		buf_addc(&t->out, '\n');
		out_write(&t->out);
	} else if (t->fmt == FMT_MARKDOWN) {
		fputs("## Changes from ", stdout);
		md_text(d->po->name);
		fputs(" to ", stdout);
		md_text(d->pn->name);
		fputs("\n\n", stdout);
	} else {
		buf_printf(&t->line.b, "--- %s", t->hold ? t->hold :
		    d->po->name);
		line_put(&t->line, &t->cli.fit);
		buf_printf(&t->line.b, "+++ %s", t->hnew ? t->hnew :
		    d->pn->name);
		line_put(&t->line, &t->cli.fit);
	}
	t->header = 1;
}

/* ---- what the goals and milestones do not show ---- */

/* Mark lines from..to (1-based) in *k, growing it. */
static void
mark(unsigned char **k, size_t *n, long from, long to)
{
	long i;

	if (from < 1)
		return;
	if ((size_t)to >= *n) {
		size_t m = (size_t)to + 1 > *n * 2 ? (size_t)to + 1 : *n * 2;

		*k = xrealloc(*k, m, 1);
		memset(*k + *n, 0, m - *n);
		*n = m;
	}
	for (i = from; i <= to; i++)
		(*k)[i] = 1;
}

/* A line of the text diff, for a terminal or Markdown: escaped, no line
 * end; then git's note when the text ends without one. */
static void
text_line(struct pdiff *t, const struct tline *l)
{
	size_t n = text_line_end(l->s, l->len), en;
	char *e = t->cli.po.display ? text_escape(l->s, n, &en) : NULL;

	buf_addc(&t->line.b, l->op);
	if (e != NULL) {
		buf_add(&t->line.b, e, en);
		free(e);
	} else {
		buf_add(&t->line.b, l->s, n);
	}
	line_put(&t->line, &t->cli.fit);
	if (n == l->len)
		fputs("\\ No newline at end of file\n", stdout);
}

static void
json_tline(struct buf *b, const struct tline *l)
{
	size_t n = text_line_end(l->s, l->len), cn;
	struct buf s = { 0 };
	char *c;

	buf_addc(&s, l->op);
	buf_add(&s, l->s, n);
	if (utf8_is_clean(s.s, s.len)) {
		json_kstr(b, NULL, s.s);
	} else {
		c = utf8_clean(s.s, s.len, &cn);
		json_key(b, NULL);
		json_str(b, c, cn);
		free(c);
	}
	buf_free(&s);
}

/*
 * As git's diff driver, plandiff must show at least what git would: the
 * lines that changed and that no change above accounts for (prose, a
 * file with no goals, a milestone's second line), as a unified diff,
 * the hunks holding such a line.  Returns the number of hunks.
 */
static size_t
other_changes(struct pdiff *t, const struct plan_diff *d)
{
	unsigned char *ko = NULL, *kn = NULL;
	size_t nko = 0, nkn = 0, i, j, fence = 3;
	struct tdiff *td;

	if (t->rold_len == t->rnew_len &&
	    memcmp(t->rold, t->rnew, t->rold_len) == 0)
		return 0;
	for (i = 0; i < d->nc; i++) {
		const struct change *c = &d->c[i];
		const struct goal *g;

		if (c->kind >= K_ADDED) {
			if (c->o >= 0)
				mark(&ko, &nko, d->po->ms[c->o].line,
				    d->po->ms[c->o].line);
			if (c->n >= 0)
				mark(&kn, &nkn, d->pn->ms[c->n].line,
				    d->pn->ms[c->n].line);
			continue;
		}
		if (c->kind == K_GOAL)
			continue;
		if (c->o >= 0 && c->kind != K_GOAL_ADDED) {
			g = &d->po->goals[c->o];
			mark(&ko, &nko, g->line, g->title_end);
		}
		if (c->n >= 0 && c->kind != K_GOAL_REMOVED) {
			g = &d->pn->goals[c->n];
			mark(&kn, &nkn, g->line, g->title_end);
		}
	}
	td = text_diff(t->rold, t->rold_len, t->rnew, t->rnew_len, ko, nko,
	    kn, nkn);
	free(ko);
	free(kn);
	if (td->nh == 0) {
		text_diff_free(td);
		return 0;
	}
	if (t->fmt == FMT_JSON) {
		for (i = 0; i < td->nh; i++) {
			const struct thunk *h = &td->h[i];

			json_begin(&t->out, NULL);
			json_kstr(&t->out, "type", "lines");
			json_knum(&t->out, "old_line", h->os);
			json_knum(&t->out, "old_count", h->oc);
			json_knum(&t->out, "line", h->ns);
			json_knum(&t->out, "count", h->nc);
			json_list(&t->out, "lines");
			for (j = h->first; j < h->first + h->count; j++)
				json_tline(&t->out, &td->l[j]);
			json_list_end(&t->out);
			json_end(&t->out);
			buf_addc(&t->out, '\n');
			out_write(&t->out);
		}
		i = td->nh;
		text_diff_free(td);
		return i;
	}
	if (!t->header)
		file_header(t, d);
	if (t->fmt == FMT_MARKDOWN) {
		/* A fence longer than any run of backticks in the lines. */
		for (i = 0; i < td->nl; i++) {
			size_t run = 0;

			for (j = 0; j < td->l[i].len; j++) {
				run = td->l[i].s[j] == '`' ? run + 1 : 0;
				if (run >= fence)
					fence = run + 1;
			}
		}
		fputs(d->nc ? "Other changes, line by line:\n\n" :
		    "No goal or milestone changed; the lines that did:\n\n",
		    stdout);
		for (j = 0; j < fence; j++)
			putchar('`');
		fputs("diff\n", stdout);
	} else {
		fputs(d->nc ? "other changes, line by line:\n" :
		    "no goal or milestone changed; the lines that did:\n",
		    stdout);
	}
	for (i = 0; i < td->nh; i++) {
		const struct thunk *h = &td->h[i];

		printf("@@ -%ld", h->os);
		if (h->oc != 1)
			printf(",%ld", h->oc);
		printf(" +%ld", h->ns);
		if (h->nc != 1)
			printf(",%ld", h->nc);
		fputs(" @@\n", stdout);
		for (j = h->first; j < h->first + h->count; j++)
			text_line(t, &td->l[j]);
	}
	if (t->fmt == FMT_MARKDOWN) {
		for (j = 0; j < fence; j++)
			putchar('`');
		fputs("\n\n", stdout);
	}
	i = td->nh;
	text_diff_free(td);
	return i;
}

/* Compare and print; returns the number of changes. */
static size_t
print_diff(struct pdiff *t, const struct plan *po, const struct plan *pn,
    const struct match_side *so, const struct match_side *sn)
{
	struct plan_diff *d = plan_diff_new(po, pn, plan_match_sides(so, sn));
	size_t i, changes = d->nc;

	if (t->fmt == FMT_JSON)
		file_header(t, d);
	for (i = 0; i < d->ng; i++) {
		const struct goal_diff *gd = &d->g[i];
		struct gview v = { d, gd->o >= 0 ? &po->goals[gd->o] : NULL,
			gd->n >= 0 ? &pn->goals[gd->n] : NULL,
			d->c + gd->first, gd->count };
		int changed = gd->counts || gd->count > 0;

		if (t->fmt == FMT_JSON) {
			json_goal(&t->out, &v, changed);
			continue;
		}
		if (!changed)
			continue;
		if (!t->header)
			file_header(t, d);
		(t->fmt == FMT_MARKDOWN ? md_goal : text_goal)(t, &v);
	}
	if (t->driver)
		changes += other_changes(t, d);
	plan_diff_free(d);
	return changes;
}

static void *
free_run(void *p)
{
	plan_free(p);
	return NULL;
}

/* Millions of small blocks: free the two plans at once too. */
static void
free_both(struct plan *po, struct plan *pn)
{
	pthread_t t;

	if (po != NULL && pthread_create(&t, NULL, free_run, po) == 0) {
		plan_free(pn);
		pthread_join(t, NULL);
		return;
	}
	plan_free(po);
	plan_free(pn);
}

/* ---- input ---- */

/*
 * Loading one version.  The two versions are parsed at once, the old in
 * a thread of its own with its own context: on two cores that halves the
 * wall time, and each thread's allocations stay in their own arena.
 * Errors are kept and reported after both, in order.
 */
struct job {
	struct plan_ctx *ctx;
	const struct cli *cli;	/* its filters */
	const char *path;	/* the file, or with rev the file in git */
	const char *rev;
	const char *label;	/* the name to show (git's temporary files) */
	struct plan *p;
	struct match_side *side;	/* its texts, ready to match */
	int keep;		/* keep the bytes read in raw */
	char *raw;
	size_t rawlen;
	int err;		/* errno, when p is NULL and rev is not */
	char msg[512];		/* git's complaint, when rev is set */
};

static void *
job_run(void *arg)
{
	struct job *j = arg;
	struct buf name = { 0 };
	char *buf;
	size_t len;

	if (j->rev != NULL) {
		if (git_show(j->rev, j->path, &buf, &len, j->msg,
		    sizeof j->msg) < 0)
			return NULL;
		buf_printf(&name, "%s:%s", j->rev, j->path);
		j->p = plan_parse(j->ctx, name.s, buf, len);
		buf_free(&name);
		free(buf);
	} else if (j->label == NULL) {
		if ((j->p = plan_load(j->ctx, j->path)) == NULL)
			j->err = errno;
	} else if (read_all(j->path, &buf, &len) == -1) {
		j->err = errno;
	} else {
		j->p = plan_parse(j->ctx, j->label, buf, len);
		if (j->keep) {
			j->raw = buf;
			j->rawlen = len;
		} else {
			free(buf);
		}
	}
	if (j->p != NULL) {
		cli_filter(j->cli, j->p);
		j->side = match_side_new(j->p);
	}
	return NULL;
}

/* The job's plan, or NULL after saying why. */
static struct plan *
job_result(struct job *j)
{
	if (j->p != NULL) {
		if (j->rev != NULL)
			git_warnings(j->rev, j->path, j->msg);
		return j->p;
	}
	if (j->rev != NULL) {
		warnx("%s:%s: %s", j->rev, j->path, j->msg);
	} else {
		errno = j->err;
		warn_read(j->path);
	}
	return NULL;
}

static void
load_both(struct job *o, struct job *n)
{
	pthread_t t;
	int threaded = pthread_create(&t, NULL, job_run, o) == 0;

	if (!threaded)
		job_run(o);
	job_run(n);
	if (threaded)
		pthread_join(t, NULL);
}

/* git's label for a side of an external diff: a/PATH, or /dev/null;
 * prefix NULL: the path itself, as the file is in the work tree. */
static char *
git_label(const char *file, const char *prefix, const char *path)
{
	struct buf b = { 0 };

	if (!strcmp(file, "/dev/null"))
		buf_adds(&b, "/dev/null");
	else
		buf_printf(&b, "%s%s", prefix ? prefix : "", path);
	return b.s;
}

static int
option(void *tool, int c, const char *arg)
{
	struct pdiff *t = tool;

	if (c != 'g')
		return 2;
	t->rev = arg;
	return -1;
}

/* Load a pair of versions, compare and print; the status. */
static int
run_pair(struct pdiff *t, struct job *jo, struct job *jn)
{
	struct plan *po, *pn;
	int status = 2;

	load_both(jo, jn);
	po = job_result(jo);
	pn = po != NULL ? job_result(jn) : jn->p;
	if (po != NULL && pn != NULL) {
		t->rold = jo->raw;
		t->rold_len = jo->rawlen;
		t->rnew = jn->raw;
		t->rnew_len = jn->rawlen;
		status = print_diff(t, po, pn, jo->side, jn->side) > 0;
		/* git stops at an external diff that exits non-zero. */
		if (t->driver)
			status = 0;
	}
	match_side_free(jo->side);
	match_side_free(jn->side);
	free_both(po, pn);
	free(jo->raw);
	free(jn->raw);
	return status;
}

/* -g: each file (a directory: its plans) against itself in git. */
static int
each_rev(void *tool, const char *path, struct plan *unused)
{
	struct pdiff *t = tool;
	struct job jo = { 0 }, jn = { 0 };

	(void)unused;
	if (!strcmp(path, "-")) {
		warnx("only one version can come from standard input");
		return 2;
	}
	jo.ctx = t->ctxo;
	jn.ctx = t->ctxn;
	jo.cli = jn.cli = &t->cli;
	jo.rev = t->rev;
	jo.path = jn.path = path;
	t->header = 0;
	return run_pair(t, &jo, &jn);
}

int
main(int argc, char *argv[])
{
	struct pdiff t = { 0 };
	struct job jo = { 0 }, jn = { 0 };
	const char *rev;
	char err[300], *lo = NULL, *ln = NULL, *hn = NULL, **av;
	int r, n, driver, status = 2, k;

	cli_init("plandiff");
	t.cli = (struct cli){
		.synopsis = "[-f text|markdown|json] [-G regex] old new\n"
		    "[-f text|markdown|json] [-G regex] -g rev file ...",
		.help = "  -g REV             compare each file as it was in "
		    "git at REV with the file: a\n"
		    "                     revision, a date (2026-11-16) or a "
		    "span (1 week ago)\n",
		.formats = fmts,
		.flags = CLI_MARKER | CLI_FILTER,
		.shortopts = "g:",
		.option = option,
		.tool = &t,
	};
	/* Run by git as its diff driver: git's arguments are operands,
	 * never options, whatever they look like. */
	k = git_diff_driver(argc, argv);
	if ((r = cli_parse(&t.cli, argc - k, argv)) >= 0)
		return r;
	t.fmt = (enum fmt)t.cli.format;
	rev = t.rev;
	av = t.cli.operands;
	n = t.cli.noperands;
	if (k > 0) {
		if (n > 0) {
			cli_usage(&t.cli, stderr);
			return cli_end(&t.cli, 2);
		}
		av = argv + argc - k;
		n = k;
	}
	/* git's external diff: path old-file old-hex old-mode new-file
	 * new-hex new-mode, and for a rename new-path and a message. */
	driver = rev == NULL && (n == 7 || n == 9);
	if (rev ? n < 1 : !(n == 2 || driver)) {
		cli_usage(&t.cli, stderr);
		return cli_end(&t.cli, 2);
	}
	if (!rev && n == 2 && !strcmp(av[0], "-") && !strcmp(av[1], "-")) {
		warnx("only one version can come from standard input");
		return cli_end(&t.cli, 2);
	}
	/* The old version is parsed in a thread: a context of its own. */
	if ((t.ctxn = plan_ctx_new(&t.cli.po, err, sizeof err)) == NULL ||
	    (t.ctxo = plan_ctx_new(&t.cli.po, err, sizeof err)) == NULL) {
		warnx("%s", err);
		plan_ctx_free(t.ctxn);
		return cli_end(&t.cli, 2);
	}
	jo.ctx = t.ctxo;
	jn.ctx = t.ctxn;
	jo.cli = jn.cli = &t.cli;
	if (rev) {
		status = cli_each(&t.cli, each_rev);
	} else {
		if (driver) {
			/* Places in the new version name the file where it
			 * is, so that an editor opens it; the old version,
			 * which is not in the work tree, keeps git's a/.  The
			 * header is git's. */
			jo.label = lo = git_label(av[1], "a/", av[0]);
			jn.label = ln = git_label(av[4], NULL,
			    av[n == 9 ? 7 : 0]);
			t.hnew = hn = git_label(av[4], "b/", av[n == 9 ? 7 : 0]);
			jo.keep = jn.keep = t.driver = 1;
			/* A file named "-" is a file here, not standard
			 * input. */
			jo.path = strcmp(av[1], "-") ? av[1] : "./-";
			jn.path = strcmp(av[4], "-") ? av[4] : "./-";
		} else {
			jo.path = av[0];
			jn.path = av[1];
		}
		status = run_pair(&t, &jo, &jn);
	}
	plan_ctx_free(t.ctxn);
	plan_ctx_free(t.ctxo);
	free(lo);
	free(ln);
	free(hn);
	buf_free(&t.out);
	buf_free(&t.line.b);
	return cli_end(&t.cli, status);
}
