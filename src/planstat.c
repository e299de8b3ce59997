/* planstat: a progress summary of every goal of plan documents. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_MARKDOWN, FMT_JSON, FMT_TSV };
enum sortkey { S_FILE, S_DEADLINE, S_PROGRESS, S_STATUS };
enum rtype { R_GOAL, R_HEADING, R_FILE, R_TOTAL };

static const char *const type_names[] = { "goal", "heading", "file",
    "total" };

/* One line of the summary: a goal or a sum of goals. */
struct row {
	enum rtype type;
	long line;		/* 0 for file and total rows */
	const char *where;	/* where it was written (plan_where), or
				 * NULL for the plan's own name */
	long wline;		/* and its line there */
	const char *title;	/* NULL for file and total rows */
	int indent;		/* heading depth, for the text tree */
	size_t done, total, cancelled, overdue, ngoals;
	int has_next;
	long next_due;
	const char *next_text;
	int has_deadline;
	long deadline;
	int status;		/* enum gstatus, or -1 for sums */
	size_t order;		/* document order */
	int marked;		/* a heading that is a marked goal */
};

static const char *const fmts[] = { "text", "markdown", "json", "tsv",
    NULL };
static const char *const sorts[] = { "file", "deadline", "progress",
    "status", NULL };
static const char *const bys[] = { "goal", "area", NULL };

struct stat_tool {
	struct cli cli;
	enum sortkey sortkey;
	int by_area;		/* --by area */
	int colour, unicode;	/* text only */
	int nfiles;		/* files read, for the grand total */
	struct row grand;
	struct buf out;
	struct record rec;
	struct line line;	/* a text row */
};

#define TITLE_MAX 48
#define BAR_WIDTH 20

/* Add the counts of r into sum: a heading, file or grand total. */
static void
row_add(struct row *sum, const struct row *r)
{
	sum->done += r->done;
	sum->total += r->total;
	sum->cancelled += r->cancelled;
	sum->overdue += r->overdue;
	sum->ngoals += r->type == R_GOAL ? 1 : r->ngoals;
	if (r->has_next && (!sum->has_next || r->next_due < sum->next_due)) {
		sum->has_next = 1;
		sum->next_due = r->next_due;
		sum->next_text = r->next_text;
	}
}

static int
goal_indent(const struct plan *p, const struct goal *g)
{
	int level;

	if (g->heading < 0)
		return 0;
	level = p->headings[g->heading].level;
	return g->kind == G_ITEM ? level : level - 1;
}

static void
goal_row(const struct plan *p, size_t gi, long today, struct row *r)
{
	const struct goal *g = &p->goals[gi];
	const struct milestone *m = goal_next_due(p, g, today);

	memset(r, 0, sizeof *r);
	r->type = R_GOAL;
	r->line = g->line;
	r->where = plan_where(p, g->line, &r->wline);
	r->title = goal_title(p, g);
	r->indent = goal_indent(p, g);
	r->done = g->n[MS_DONE];
	r->total = goal_total(g);
	r->cancelled = g->n[MS_CANCELLED];
	r->overdue = goal_overdue(p, g, today);
	if (m != NULL) {
		r->has_next = 1;
		r->next_due = m->date[F_DUE].day;
		r->next_text = m->text;
	}
	if (g->deadline.kind == DATE_OK) {
		r->has_deadline = 1;
		r->deadline = g->deadline.day;
	}
	r->status = goal_status(p, g, today);
	r->order = gi;
}

static int
pct_key(const struct row *r)
{
	int pct = percent_of(r->done, r->total);

	return pct < 0 ? 101 : pct;	/* no milestones last */
}

/* Ties keep document order: qsort is not stable. */
static int
by_order(const struct row *x, const struct row *y)
{
	return x->order < y->order ? -1 : x->order > y->order;
}

static int
by_deadline(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->has_deadline != y->has_deadline)
		return x->has_deadline ? -1 : 1;
	if (x->has_deadline && x->deadline != y->deadline)
		return x->deadline < y->deadline ? -1 : 1;
	return by_order(x, y);
}

static int
by_progress(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int d = pct_key(x) - pct_key(y);

	return d ? d : by_order(x, y);
}

static int
by_status(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int d = status_rank(x->status) - status_rank(y->status);

	return d ? d : by_order(x, y);
}

static int (*const cmp_rows[])(const void *, const void *) = {
	[S_DEADLINE] = by_deadline, [S_PROGRESS] = by_progress,
	[S_STATUS] = by_status
};

/* ---- text ---- */

struct widths {
	int place, title, count, bar;
};

static void
row_place(char *out, size_t len, const char *name, const struct row *r)
{
	if (r->type == R_TOTAL)
		snprintf(out, len, "%s", "");
	else if (r->type == R_FILE)	/* quickfix wants a line: the first */
		snprintf(out, len, "%s:1:", name);
	else
		snprintf(out, len, "%s:%ld:", r->where ? r->where : name,
		    r->where ? r->wline : r->line);
}

static char *
row_title(const struct row *r)
{
	struct buf b = { 0 };

	buf_printf(&b, "%*s", r->indent * 2, "");
	if (r->type == R_FILE)
		buf_adds(&b, "(file total)");
	else if (r->type == R_TOTAL)
		buf_adds(&b, "(all files)");
	else
		buf_adds(&b, r->title);
	buf_addc(&b, '\0');
	return b.s;
}

static void
widen(const struct fit *f, struct widths *w, const char *name,
    const struct row *r)
{
	char place[64 + 4096];
	char *t = row_title(r);
	int n;

	row_place(place, sizeof place, name, r);
	if ((n = (int)fit_cols(f, place, strlen(place))) > w->place)
		w->place = n;
	if ((n = (int)fit_cols(f, t, strlen(t))) > w->title)
		w->title = n > TITLE_MAX ? TITLE_MAX : n;
	if ((n = snprintf(NULL, 0, "%zu/%zu", r->done, r->total)) > w->count)
		w->count = n;
	free(t);
}

/* The longest status, padded to before what follows it. */
#define STATUS_COLS 13

/* At a terminal, the title column takes what the others leave of its
 * width, and the bar shrinks to half where a title would be cut; the
 * rest of a line that does not fit is cut (line_put). */
static void
fit_widths(const struct fit *f, struct widths *w)
{
	int fixed, room;

	w->bar = BAR_WIDTH;
	if (f->width <= 0)
		return;
	for (;;) {
		fixed = (w->place > 0 ? w->place + 1 : 0) + 2 + w->count + 1 +
		    4 + 1 + w->bar + (f->unicode ? 0 : 2) + 2 + STATUS_COLS;
		room = f->width - fixed;
		if (room >= w->title || w->bar == BAR_WIDTH / 2)
			break;
		w->bar = BAR_WIDTH / 2;
	}
	if (room < 10)
		room = 10;
	if (w->title > room)
		w->title = room;
}

static enum hue
status_hue(int st)
{
	switch (st) {
	case ST_DONE: return H_GREEN;
	case ST_OVERDUE: return H_RED;
	case ST_AT_RISK: return H_YELLOW;
	case ST_NOT_STARTED: return H_CYAN;
	default: return H_NONE;
	}
}

/* What follows the status: deadline, counts, the next milestone (the
 * part that may be cut). */
static void
text_tail(struct line *l, const struct row *r, long today)
{
	char d[11];

	if (r->has_deadline) {
		date_format(r->deadline, d);
		buf_printf(&l->b, " deadline:%s (%+ldd)", d,
		    r->deadline - today);
	}
	if (r->overdue)
		buf_printf(&l->b, " overdue:%zu", r->overdue);
	if (r->cancelled)
		buf_printf(&l->b, " cancelled:%zu", r->cancelled);
	if (r->has_next) {
		date_format(r->next_due, d);
		buf_printf(&l->b, " next:%s ", d);
		line_span(l, r->next_text, strlen(r->next_text));
	}
}

/* A text line's start: place, title, counts, percent and bar, in the
 * columns of w. */
static void
row_start(struct stat_tool *t, const char *name, const struct row *r,
    const char *title, const struct widths *w)
{
	char place[64 + 4096], bar[BAR_WIDTH * 3 + 3], cnt[48], pct[16];
	struct buf *b = &t->line.b;
	const struct fit *f = &t->cli.fit;
	int pc = percent_of(r->done, r->total);

	row_place(place, sizeof place, name, r);
	if (w->place > 0) {
		fit_pad(b, f, place, (size_t)w->place);
		buf_addc(b, ' ');
	}
	fit_pad(b, f, title, (size_t)w->title);
	snprintf(cnt, sizeof cnt, "%zu/%zu", r->done, r->total);
	if (pc >= 0)
		snprintf(pct, sizeof pct, "%d%%", pc);
	else
		strcpy(pct, "-");
	progress_bar(bar, pc, w->bar, t->unicode);
	buf_printf(b, "  %*s %4s %s  ", w->count, cnt, pct, bar);
}

static void
text_row(struct stat_tool *t, const char *name, const struct row *r,
    const struct widths *w)
{
	char *title = row_title(r);
	struct line *l = &t->line;
	const struct fit *f = &t->cli.fit;
	const char *st;
	size_t mark;

	row_start(t, name, r, title, w);
	free(title);
	st = r->type == R_GOAL ? status_names[r->status] :
	    r->type == R_HEADING ? "subtotal" : "total";
	if (t->colour && r->type == R_GOAL && status_hue(r->status))
		buf_printf(&l->b, "%s%s%s", out_colour(1,
		    status_hue(r->status)), st, out_colour(1, H_END));
	else
		buf_adds(&l->b, st);
	mark = l->b.len;
	buf_printf(&l->b, "%*s", (int)(STATUS_COLS - strlen(st)), "");
	text_tail(l, r, t->cli.today);
	if (l->b.len == mark + STATUS_COLS - strlen(st))
		l->b.len = mark;	/* no tail: no padding */
	line_put(l, f);
}

/* An area's line: its counts over the goals that address it, and
 * how many they are. */
static void
text_area(struct stat_tool *t, const char *name, const struct row *r,
    int aspiration, size_t ngoals, const struct widths *w)
{
	struct line *l = &t->line;
	const struct fit *f = &t->cli.fit;
	const char *what = aspiration ? "aspiration" : "area";

	row_start(t, name, r, r->title, w);
	if (ngoals == 0 && t->colour && !aspiration)
		buf_printf(&l->b, "%s%s%s", out_colour(1, H_YELLOW), what,
		    out_colour(1, H_END));
	else
		buf_adds(&l->b, what);
	buf_printf(&l->b, "%*s", (int)(STATUS_COLS - strlen(what)), "");
	if (ngoals == 0)
		buf_adds(&l->b, "no goal");
	else
		buf_printf(&l->b, "goals:%zu", ngoals);
	line_put(l, f);
}

/* ---- markdown ---- */

static void
md_row(const char *name, const struct row *r, long today)
{
	char bar[BAR_WIDTH + 3];
	const char *em = r->type == R_GOAL ? "" : "**";
	int pc = percent_of(r->done, r->total);

	fputs("| ", stdout);
	if (r->type == R_GOAL || r->type == R_HEADING) {
		md_text(r->where ? r->where : name);
		printf(":%ld", r->where ? r->wline : r->line);
	}
	printf(" | %s", em);
	if (r->type == R_FILE)
		fputs("Total", stdout);
	else if (r->type == R_TOTAL)
		fputs("All files", stdout);
	else
		md_text(r->title);
	printf("%s | %zu/%zu | ", em, r->done, r->total);
	if (pc >= 0)
		printf("%d%%", pc);
	progress_bar(bar, pc, 10, 0);
	printf(" | `%s` | %s | ", bar, r->type == R_GOAL ?
	    status_names[r->status] : r->type == R_HEADING ? "subtotal" :
	    "total");
	if (r->has_deadline) {
		char d[11];

		date_format(r->deadline, d);
		printf("%s | %ld", d, r->deadline - today);
	} else {
		fputs(" | ", stdout);
	}
	printf(" | %zu | %zu | ", r->cancelled, r->overdue);
	if (r->has_next) {
		char d[11];

		date_format(r->next_due, d);
		printf("%s ", d);
		md_text(r->next_text);
	}
	fputs(" |\n", stdout);
}

static void
md_head(void)
{
	puts("| Where | Goal | Done | % | Progress | Status | Deadline | "
	    "Days left | Cancelled | Overdue | Next due |");
	puts("|---|---|--:|--:|---|---|---|--:|--:|--:|---|");
}

/* ---- json and tsv: one record ---- */

static void
row_record(struct record *rec, const char *name, const struct row *r,
    long today)
{
	int pc = percent_of(r->done, r->total);

	rec_str(rec, "type", type_names[r->type]);
	rec_only(rec, RF_JSON);
	rec_str(rec, "file", r->type == R_TOTAL ? NULL : r->where ? r->where :
	    name);
	if (r->line > 0)
		rec_num(rec, "line", r->where ? r->wline : r->line);
	else
		rec_null(rec, "line");
	rec_str(rec, "title", r->title);
	rec_num(rec, "done", (long long)r->done);
	rec_num(rec, "total", (long long)r->total);
	rec_num(rec, "cancelled", (long long)r->cancelled);
	if (pc >= 0)
		rec_num(rec, "percent", pc);
	else
		rec_null(rec, "percent");
	rec_num(rec, "overdue", (long long)r->overdue);
	if (r->has_next) {
		rec_begin(rec, "next_due");
		rec_day(rec, "date", r->next_due);
		rec_str(rec, "text", r->next_text);
		rec_end(rec);
		rec_day(rec, "next_due", r->next_due);
		rec_only(rec, RF_TSV);
	} else {
		rec_null(rec, "next_due");
	}
	if (r->has_deadline) {
		rec_day(rec, "deadline", r->deadline);
		rec_num(rec, "days_left", r->deadline - today);
	} else {
		rec_null(rec, "deadline");
		rec_null(rec, "days_left");
	}
	rec_str(rec, "status", r->type == R_GOAL ? status_names[r->status] :
	    NULL);
}

/* ---- one document ---- */

static void
print_row(struct stat_tool *t, const char *name, const struct row *r,
    const struct widths *w)
{
	switch ((enum fmt)t->cli.format) {
	case FMT_TEXT:
		text_row(t, name, r, w);
		break;
	case FMT_MARKDOWN:
		md_row(name, r, t->cli.today);
		break;
	case FMT_JSON:
	case FMT_TSV:
		if (t->cli.format == FMT_TSV && r->type != R_GOAL)
			break;
		rec_clear(&t->rec);
		row_record(&t->rec, name, r, t->cli.today);
		if (t->cli.format == FMT_JSON)
			out_json(&t->out, &t->rec);
		else
			out_tsv(&t->out, &t->rec);
		out_write(&t->out);
		break;
	}
}

/* Sum each goal into its heading and every heading above. */
static struct row *
heading_rows(const struct plan *p, const struct row *goals)
{
	struct row *h = xcalloc(p->nheadings + 1, sizeof *h);
	size_t i;

	for (i = 0; i < p->nheadings; i++) {
		h[i].type = R_HEADING;
		h[i].line = p->headings[i].line;
		h[i].where = plan_where(p, h[i].line, &h[i].wline);
		h[i].title = p->headings[i].title;
		h[i].indent = p->headings[i].level - 1;
		h[i].status = -1;
	}
	/* A goal's title has its marker and date fields taken out. */
	for (i = 0; i < p->ngoals; i++)
		if ((p->goals[i].kind == G_HEADING ||
		    p->goals[i].kind == G_SECTION) && p->goals[i].heading >= 0) {
			h[p->goals[i].heading].title = p->goals[i].title;
			h[p->goals[i].heading].marked =
			    p->goals[i].kind == G_HEADING;
		}
	for (i = 0; i < p->ngoals; i++) {
		long k = p->goals[goals[i].order].heading;
		size_t depth = 0;

		/* Levels rise strictly towards the root: at most 6 steps. */
		for (; k >= 0 && depth++ < 8; k = p->headings[k].parent)
			row_add(&h[k], &goals[i]);
	}
	return h;
}

/* A heading's subtotal is shown when it sums two goals or more: with
 * one it would repeat that goal's line. */
static int
shown(const struct row *h)
{
	return h->ngoals >= 2;
}

/* ---- --by area ---- */

/* An area or aspiration and the goals that address it. */
struct area {
	size_t item;
	int aspiration;
	size_t *goals, ngoals;
	struct row sum;
};

static int
by_area_order(const void *a, const void *b)
{
	const struct area *x = a, *y = b;

	if (x->aspiration != y->aspiration)
		return x->aspiration - y->aspiration;
	if ((x->ngoals > 0) != (y->ngoals > 0))
		return x->ngoals > 0 ? 1 : -1;
	return x->item < y->item ? -1 : x->item > y->item;
}

static void
area_record(struct stat_tool *t, const struct plan *p, const struct area *a,
    const struct row *goals)
{
	const struct sitem *it = &p->items[a->item];
	int pc = percent_of(a->sum.done, a->sum.total);
	size_t k;

	rec_clear(&t->rec);
	rec_str(&t->rec, "type", a->aspiration ? "aspiration" : "area");
	rec_str(&t->rec, "file", p->name);
	rec_num(&t->rec, "line", it->line);
	rec_str(&t->rec, "title", it->text);
	rec_num(&t->rec, "goals", (long long)a->ngoals);
	rec_num(&t->rec, "done", (long long)a->sum.done);
	rec_num(&t->rec, "total", (long long)a->sum.total);
	if (pc >= 0)
		rec_num(&t->rec, "percent", pc);
	else
		rec_null(&t->rec, "percent");
	rec_list(&t->rec, "addressed_by");
	rec_only(&t->rec, RF_JSON);
	for (k = 0; k < a->ngoals; k++) {
		const struct row *g = &goals[a->goals[k]];
		int gp = percent_of(g->done, g->total);

		rec_begin(&t->rec, NULL);
		rec_num(&t->rec, "line", g->line);
		rec_str(&t->rec, "title", g->title);
		if (gp >= 0)
			rec_num(&t->rec, "percent", gp);
		else
			rec_null(&t->rec, "percent");
		rec_str(&t->rec, "status", status_names[g->status]);
		rec_end(&t->rec);
	}
	rec_end(&t->rec);
	if (t->cli.format == FMT_JSON)
		out_json(&t->out, &t->rec);
	else
		out_tsv(&t->out, &t->rec);
	out_write(&t->out);
}

static void
area_text(struct stat_tool *t, const struct plan *p, const struct area *a,
    const struct row *goals, const struct widths *w)
{
	struct row r = a->sum;
	size_t k;

	r.type = R_HEADING;
	r.line = p->items[a->item].line;
	r.where = plan_where(p, r.line, &r.wline);
	r.title = p->items[a->item].text;
	r.indent = 0;
	r.status = -1;
	r.has_next = 0;
	if (t->cli.format == FMT_MARKDOWN) {
		char bar[BAR_WIDTH + 3];
		int pc = percent_of(r.done, r.total);

		fputs("| ", stdout);
		md_text(p->name);
		printf(":%ld | %s | **", r.line, a->aspiration ? "aspiration" :
		    "area");
		md_text(r.title);
		printf("** | %zu | %zu/%zu | ", a->ngoals, r.done, r.total);
		if (pc >= 0)
			printf("%d%%", pc);
		progress_bar(bar, pc, 10, 0);
		printf(" | `%s` |\n", bar);
		for (k = 0; k < a->ngoals; k++) {
			const struct row *g = &goals[a->goals[k]];

			pc = percent_of(g->done, g->total);
			fputs("| ", stdout);
			md_text(p->name);
			printf(":%ld | goal | ", g->line);
			md_text(g->title);
			printf(" | | %zu/%zu | ", g->done, g->total);
			if (pc >= 0)
				printf("%d%%", pc);
			progress_bar(bar, pc, 10, 0);
			printf(" | `%s` |\n", bar);
		}
		return;
	}
	text_area(t, p->name, &r, a->aspiration, a->ngoals, w);
	for (k = 0; k < a->ngoals; k++) {
		struct row g = goals[a->goals[k]];

		g.indent = 1;
		text_row(t, p->name, &g, w);
	}
}

/* Each area to improve and aspiration with the goals that address
 * it: areas no goal addresses first. */
static void
print_areas(struct stat_tool *t, const struct plan *p,
    const struct row *goals)
{
	struct area *a;
	struct widths w = { 0, 0, 0, BAR_WIDTH };
	size_t i, k, n = 0;

	if (!p->career)
		return;
	a = xcalloc(p->nitems + 1, sizeof *a);
	for (i = 0; i < p->nitems; i++) {
		enum sec_kind sk = p->sections[p->items[i].section].kind;
		struct area *x;

		if (sk != SEC_WEAKNESSES && sk != SEC_ASPIRATIONS)
			continue;
		x = &a[n++];
		x->item = i;
		x->aspiration = sk == SEC_ASPIRATIONS;
		x->goals = xcalloc(p->nlinks + 1, sizeof *x->goals);
		x->sum.type = R_HEADING;
		for (k = 0; k < p->nlinks; k++) {
			const struct plink *l = &p->links[k];
			size_t j;

			if (l->item != (long)i && !(l->item < 0 &&
			    l->section == p->items[i].section))
				continue;
			for (j = 0; j < x->ngoals && x->goals[j] != l->goal;
			    j++)
				;
			if (j < x->ngoals)
				continue;
			x->goals[x->ngoals++] = l->goal;
			row_add(&x->sum, &goals[l->goal]);
		}
	}
	qsort(a, n, sizeof *a, by_area_order);
	for (i = 0; i < n; i++) {
		struct row r = a[i].sum;

		r.type = R_HEADING;
		r.line = p->items[a[i].item].line;
		r.where = plan_where(p, r.line, &r.wline);
		r.title = p->items[a[i].item].text;
		widen(&t->cli.fit, &w, p->name, &r);
		for (k = 0; k < a[i].ngoals; k++) {
			struct row g = goals[a[i].goals[k]];

			g.indent = 1;
			widen(&t->cli.fit, &w, p->name, &g);
		}
	}
	fit_widths(&t->cli.fit, &w);
	if (t->cli.format == FMT_MARKDOWN) {
		fputs("### ", stdout);
		md_text(p->name);
		puts("\n");
		puts("| Where | What | Title | Goals | Done | % | Progress |");
		puts("|---|---|---|--:|--:|--:|---|");
	}
	for (i = 0; i < n; i++)
		if (t->cli.format == FMT_JSON || t->cli.format == FMT_TSV)
			area_record(t, p, &a[i], goals);
		else
			area_text(t, p, &a[i], goals, &w);
	if (t->cli.format == FMT_MARKDOWN)
		putchar('\n');
	for (i = 0; i < n; i++)
		free(a[i].goals);
	free(a);
}

static int
print_plan(void *tool, const char *path, struct plan *p)
{
	struct stat_tool *t = tool;
	struct row *grand = &t->grand;
	enum fmt fmt = (enum fmt)t->cli.format;
	struct row *goals = xcalloc(p->ngoals + 1, sizeof *goals);
	struct row *heads, file = { 0 };
	struct widths w = { 0, 0, 0, BAR_WIDTH };
	size_t i, j;

	for (i = 0; i < p->ngoals; i++)
		goal_row(p, i, t->cli.today, &goals[i]);
	if (t->by_area) {
		print_areas(t, p, goals);
		free(goals);
		return 0;
	}
	heads = heading_rows(p, goals);
	file.type = R_FILE;
	file.status = -1;
	for (i = 0; i < p->ngoals; i++)
		row_add(&file, &goals[i]);
	(void)path;
	t->nfiles++;
	if (fmt == FMT_JSON && p->fm_lines > 0) {
		rec_clear(&t->rec);
		rec_plan(&t->rec, p);
		out_json(&t->out, &t->rec);
		out_write(&t->out);
	}
	if (fmt == FMT_JSON)
		out_career(&t->out, &t->rec, p);
	if (t->sortkey != S_FILE)
		qsort(goals, p->ngoals, sizeof *goals, cmp_rows[t->sortkey]);
	for (i = 0; i < p->ngoals; i++)
		widen(&t->cli.fit, &w, p->name, &goals[i]);
	for (i = 0; i < p->nheadings; i++)
		if (shown(&heads[i]))
			widen(&t->cli.fit, &w, p->name, &heads[i]);
	widen(&t->cli.fit, &w, p->name, &file);
	fit_widths(&t->cli.fit, &w);
	if (fmt == FMT_MARKDOWN) {
		fputs("### ", stdout);
		md_text(p->name);
		puts("\n");
		md_head();
	}
	if (t->sortkey == S_FILE && (fmt == FMT_TEXT || fmt == FMT_MARKDOWN)) {
		/* The tree: each subtotal just before the goals it sums. */
		for (i = 0, j = 0; i < p->ngoals || j < p->nheadings;) {
			if (j < p->nheadings && (i == p->ngoals ||
			    heads[j].line <= goals[i].line)) {
				if (shown(&heads[j]) && !heads[j].marked)
					print_row(t, p->name, &heads[j], &w);
				j++;
			} else {
				/* A heading that is a goal is one row: an
				 * unmarked one its subtotal (a title "# Plan"
				 * over goal sections), a marked one its own. */
				const struct goal *gp =
				    &p->goals[goals[i].order];

				if (gp->kind != G_SECTION || gp->heading < 0 ||
				    !shown(&heads[gp->heading]))
					print_row(t, p->name, &goals[i], &w);
				i++;
			}
		}
	} else {
		for (i = 0; i < p->ngoals; i++)
			print_row(t, p->name, &goals[i], &w);
		for (i = 0; i < p->nheadings; i++)
			if (shown(&heads[i]))
				print_row(t, p->name, &heads[i], &w);
	}
	print_row(t, p->name, &file, &w);
	if (fmt == FMT_MARKDOWN)
		putchar('\n');
	row_add(grand, &file);
	/* The grand total outlives this document: keep its own copy. */
	if (grand->next_text == file.next_text && file.has_next) {
		free((char *)grand->title);
		grand->title = xstrdup(file.next_text);
		grand->next_text = grand->title;
	}
	free(heads);
	free(goals);
	return 0;
}

static void
print_grand(struct stat_tool *t)
{
	struct widths w = { 0, 0, 0, BAR_WIDTH };
	struct row *grand = &t->grand;
	const char *own = grand->title;

	grand->title = NULL;
	widen(&t->cli.fit, &w, "", grand);
	fit_widths(&t->cli.fit, &w);
	if (t->cli.format == FMT_MARKDOWN) {
		puts("### All files\n");
		md_head();
	}
	print_row(t, "", grand, &w);
	free((char *)own);
}

enum { O_BY = 256 };

static int
option(void *tool, int c, const char *arg)
{
	struct stat_tool *t = tool;
	int k;

	if (c == O_BY) {
		if ((k = opt_word("by", arg, bys)) < 0)
			return 2;
		t->by_area = k == 1;
		return -1;
	}
	if (c != 'S' || (k = opt_word("sort", arg, sorts)) < 0)
		return 2;
	t->sortkey = (enum sortkey)k;
	return -1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "by", required_argument, NULL, O_BY },
		{ NULL, 0, NULL, 0 }
	};
	struct stat_tool t = { .sortkey = S_FILE };
	int status;

	cli_init("planstat");
	t.cli = (struct cli){
		.synopsis = "[-f text|markdown|json|tsv] "
		    "[-S deadline|progress|status|file] [--by goal|area] "
		    "[-G regex] [--today YYYY-MM-DD] [file ...]",
		.help = "  -S KEY             sort goals by deadline, progress, "
		    "status or file (default)\n"
		    "  --by area          each area to improve and aspiration "
		    "of a career plan\n"
		    "                     with the goals that address it\n",
		.formats = fmts,
		.flags = CLI_TODAY | CLI_MARKER | CLI_PLANS | CLI_FILTER |
		    CLI_RULES,
		.shortopts = "S:",
		.longopts = longopts,
		.option = option,
		.tool = &t,
	};
	if ((status = cli_parse(&t.cli, argc, argv)) >= 0)
		return status;
	t.colour = t.cli.format == FMT_TEXT && t.cli.colour;
	t.unicode = t.cli.format == FMT_TEXT && t.cli.unicode;
	t.grand.type = R_TOTAL;
	t.grand.status = -1;
	if (t.cli.format == FMT_TSV && t.by_area)
		puts("type\tfile\tline\ttitle\tgoals\tdone\ttotal\tpercent");
	else if (t.cli.format == FMT_TSV)
		puts("file\tline\ttitle\tdone\ttotal\tcancelled\tpercent\t"
		    "overdue\tnext_due\tdeadline\tdays_left\tstatus");
	status = cli_each(&t.cli, print_plan);
	if (t.by_area)
		free((char *)t.grand.title);
	else if (t.cli.noperands > 1 || t.nfiles > 1)
		print_grand(&t);
	else
		free((char *)t.grand.title);
	buf_free(&t.out);
	buf_free(&t.line.b);
	rec_free(&t.rec);
	return cli_end(&t.cli, status);
}
