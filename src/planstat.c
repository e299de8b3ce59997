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

struct stat_tool {
	struct cli cli;
	enum sortkey sortkey;
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

static void
text_row(struct stat_tool *t, const char *name, const struct row *r,
    const struct widths *w)
{
	char place[64 + 4096], bar[BAR_WIDTH * 3 + 3], cnt[48], pct[16];
	char *title = row_title(r);
	struct line *l = &t->line;
	const struct fit *f = &t->cli.fit;
	const char *st;
	size_t mark;
	int pc = percent_of(r->done, r->total);

	row_place(place, sizeof place, name, r);
	if (w->place > 0) {
		fit_pad(&l->b, f, place, (size_t)w->place);
		buf_addc(&l->b, ' ');
	}
	fit_pad(&l->b, f, title, (size_t)w->title);
	free(title);
	snprintf(cnt, sizeof cnt, "%zu/%zu", r->done, r->total);
	if (pc >= 0)
		snprintf(pct, sizeof pct, "%d%%", pc);
	else
		strcpy(pct, "-");
	progress_bar(bar, pc, w->bar, t->unicode);
	buf_printf(&l->b, "  %*s %4s %s  ", w->count, cnt, pct, bar);
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

static int
option(void *tool, int c, const char *arg)
{
	struct stat_tool *t = tool;
	int k;

	if (c != 'S' || (k = opt_word("sort", arg, sorts)) < 0)
		return 2;
	t->sortkey = (enum sortkey)k;
	return -1;
}

int
main(int argc, char *argv[])
{
	struct stat_tool t = { .sortkey = S_FILE };
	int status;

	cli_init("planstat");
	t.cli = (struct cli){
		.synopsis = "[-f text|markdown|json|tsv] "
		    "[-S deadline|progress|status|file] [--today YYYY-MM-DD] "
		    "[file ...]",
		.help = "  -S KEY             sort goals by deadline, progress, "
		    "status or file (default)\n",
		.formats = fmts,
		.flags = CLI_TODAY | CLI_PLANS | CLI_FILTER,
		.shortopts = "S:",
		.option = option,
		.tool = &t,
	};
	if ((status = cli_parse(&t.cli, argc, argv)) >= 0)
		return status;
	t.colour = t.cli.format == FMT_TEXT && t.cli.colour;
	t.unicode = t.cli.format == FMT_TEXT && t.cli.unicode;
	t.grand.type = R_TOTAL;
	t.grand.status = -1;
	if (t.cli.format == FMT_TSV)
		puts("file\tline\ttitle\tdone\ttotal\tcancelled\tpercent\t"
		    "overdue\tnext_due\tdeadline\tdays_left\tstatus");
	status = cli_each(&t.cli, print_plan);
	if (t.cli.noperands > 1 || t.nfiles > 1)
		print_grand(&t);
	else
		free((char *)t.grand.title);
	buf_free(&t.out);
	buf_free(&t.line.b);
	rec_free(&t.rec);
	return cli_end(&t.cli, status);
}
