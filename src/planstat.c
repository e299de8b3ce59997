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
};

static enum fmt fmt = FMT_TEXT;
static enum sortkey sortkey = S_FILE;
static long today;
static int fancy;

#define TITLE_MAX 48
#define BAR_WIDTH 20

static void
usage(FILE *f)
{
	fprintf(f, "usage: %s [-f text|markdown|json|tsv] "
	    "[-S deadline|progress|status|file] [--today YYYY-MM-DD] "
	    "[file ...]\n", progname);
}

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
goal_row(const struct plan *p, size_t gi, struct row *r)
{
	const struct goal *g = &p->goals[gi];
	const struct milestone *m = goal_next_due(p, g, today);

	memset(r, 0, sizeof *r);
	r->type = R_GOAL;
	r->line = g->line;
	r->title = g->title;
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

static int
cmp_rows(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int d = 0;

	switch (sortkey) {
	case S_DEADLINE:
		if (x->has_deadline != y->has_deadline)
			d = x->has_deadline ? -1 : 1;
		else if (x->has_deadline && x->deadline != y->deadline)
			d = x->deadline < y->deadline ? -1 : 1;
		break;
	case S_PROGRESS:
		d = pct_key(x) - pct_key(y);
		break;
	case S_STATUS:
		d = status_rank(x->status) - status_rank(y->status);
		break;
	case S_FILE:
		break;
	}
	if (d == 0)
		d = x->order < y->order ? -1 : x->order > y->order;
	return d;
}

/* ---- text ---- */

/* Display columns of UTF-8 text: one per code point, near enough. */
static size_t
ucols(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Print s in exactly w columns: cut with an ellipsis, or padded. */
static void
put_cols(const char *s, size_t w)
{
	size_t n = ucols(s), i = 0, col = 0;

	if (n <= w) {
		printf("%s%*s", s, (int)(w - n), "");
		return;
	}
	while (s[i] && col < w - (fancy ? 1 : 3)) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		col++;
	}
	fwrite(s, 1, i, stdout);
	fputs(fancy ? "\xe2\x80\xa6" : "...", stdout);
}

struct widths {
	int place, title, count;
};

static void
row_place(char *out, size_t len, const char *name, const struct row *r)
{
	if (r->type == R_TOTAL)
		snprintf(out, len, "%s", "");
	else if (r->type == R_FILE)
		snprintf(out, len, "%s:", name);
	else
		snprintf(out, len, "%s:%ld:", name, r->line);
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
widen(struct widths *w, const char *name, const struct row *r)
{
	char place[64 + 4096];
	char *t = row_title(r);
	int n;

	row_place(place, sizeof place, name, r);
	if ((n = (int)ucols(place)) > w->place)
		w->place = n;
	if ((n = (int)ucols(t)) > w->title)
		w->title = n > TITLE_MAX ? TITLE_MAX : n;
	if ((n = snprintf(NULL, 0, "%zu/%zu", r->done, r->total)) > w->count)
		w->count = n;
	free(t);
}

static const char *
status_colour(int st)
{
	switch (st) {
	case ST_DONE: return "\033[32m";
	case ST_OVERDUE: return "\033[31m";
	case ST_AT_RISK: return "\033[33m";
	default: return "";
	}
}

/* What follows the status: deadline, counts, the next milestone. */
static void
text_tail(struct buf *b, const struct row *r)
{
	char d[11];

	if (r->has_deadline) {
		date_format(r->deadline, d);
		buf_printf(b, " deadline:%s (%+ldd)", d, r->deadline - today);
	}
	if (r->overdue)
		buf_printf(b, " overdue:%zu", r->overdue);
	if (r->cancelled)
		buf_printf(b, " cancelled:%zu", r->cancelled);
	if (r->has_next) {
		date_format(r->next_due, d);
		buf_printf(b, " next:%s %s", d, r->next_text);
	}
}

static void
text_row(const char *name, const struct row *r, const struct widths *w)
{
	char place[64 + 4096], bar[BAR_WIDTH * 3 + 3], cnt[48], pct[16];
	char *t = row_title(r);
	struct buf tail = { 0 };
	const char *st;
	int pc = percent_of(r->done, r->total);

	row_place(place, sizeof place, name, r);
	if (w->place > 0) {
		put_cols(place, (size_t)w->place);
		putchar(' ');
	}
	put_cols(t, (size_t)w->title);
	free(t);
	snprintf(cnt, sizeof cnt, "%zu/%zu", r->done, r->total);
	if (pc >= 0)
		snprintf(pct, sizeof pct, "%d%%", pc);
	else
		strcpy(pct, "-");
	progress_bar(bar, pc, BAR_WIDTH, fancy);
	printf("  %*s %4s %s  ", w->count, cnt, pct, bar);
	st = r->type == R_GOAL ? status_names[r->status] :
	    r->type == R_HEADING ? "subtotal" : "total";
	text_tail(&tail, r);
	if (fancy && r->type == R_GOAL && *status_colour(r->status))
		printf("%s%s\033[0m", status_colour(r->status), st);
	else
		fputs(st, stdout);
	if (tail.len)
		printf("%*s%.*s", (int)(13 - strlen(st)), "", (int)tail.len,
		    tail.s);
	buf_free(&tail);
	putchar('\n');
}

/* ---- markdown ---- */

static void
md_row(const char *name, const struct row *r)
{
	char bar[BAR_WIDTH + 3];
	const char *em = r->type == R_GOAL ? "" : "**";
	int pc = percent_of(r->done, r->total);

	fputs("| ", stdout);
	if (r->type == R_GOAL || r->type == R_HEADING) {
		md_text(name);
		printf(":%ld", r->line);
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

/* ---- json and tsv ---- */

static void
json_day(int has, long day)
{
	char d[11];

	if (!has) {
		fputs("null", stdout);
		return;
	}
	date_format(day, d);
	printf("\"%s\"", d);
}

static void
json_row(const char *name, const struct row *r)
{
	int pc = percent_of(r->done, r->total);

	printf("{\"type\":\"%s\",\"file\":", type_names[r->type]);
	json_cstr(stdout, r->type == R_TOTAL ? NULL : name);
	if (r->line > 0)
		printf(",\"line\":%ld", r->line);
	else
		fputs(",\"line\":null", stdout);
	fputs(",\"title\":", stdout);
	json_cstr(stdout, r->title);
	printf(",\"done\":%zu,\"total\":%zu,\"cancelled\":%zu,\"percent\":",
	    r->done, r->total, r->cancelled);
	if (pc >= 0)
		printf("%d", pc);
	else
		fputs("null", stdout);
	printf(",\"overdue\":%zu,\"next_due\":", r->overdue);
	if (r->has_next) {
		fputs("{\"date\":", stdout);
		json_day(1, r->next_due);
		fputs(",\"text\":", stdout);
		json_cstr(stdout, r->next_text);
		putchar('}');
	} else {
		fputs("null", stdout);
	}
	fputs(",\"deadline\":", stdout);
	json_day(r->has_deadline, r->deadline);
	if (r->has_deadline)
		printf(",\"days_left\":%ld", r->deadline - today);
	else
		fputs(",\"days_left\":null", stdout);
	fputs(",\"status\":", stdout);
	json_cstr(stdout, r->type == R_GOAL ? status_names[r->status] : NULL);
	fputs("}\n", stdout);
}

static void
tsv_field(const char *s)
{
	for (; *s; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void
tsv_row(const char *name, const struct row *r)
{
	char d[11];
	int pc = percent_of(r->done, r->total);

	tsv_field(name);
	printf("\t%ld\t", r->line);
	tsv_field(r->title);
	printf("\t%zu\t%zu\t%zu\t", r->done, r->total, r->cancelled);
	if (pc >= 0)
		printf("%d", pc);
	printf("\t%zu\t", r->overdue);
	if (r->has_next) {
		date_format(r->next_due, d);
		fputs(d, stdout);
	}
	putchar('\t');
	if (r->has_deadline) {
		date_format(r->deadline, d);
		printf("%s\t%ld", d, r->deadline - today);
	} else {
		putchar('\t');
	}
	printf("\t%s\n", status_names[r->status]);
}

/* ---- one document ---- */

static void
print_row(const char *name, const struct row *r, const struct widths *w)
{
	switch (fmt) {
	case FMT_TEXT: text_row(name, r, w); break;
	case FMT_MARKDOWN: md_row(name, r); break;
	case FMT_JSON: json_row(name, r); break;
	case FMT_TSV: if (r->type == R_GOAL) tsv_row(name, r); break;
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
		h[i].title = p->headings[i].title;
		h[i].indent = p->headings[i].level - 1;
		h[i].status = -1;
	}
	/* A goal's title has its marker and date fields taken out. */
	for (i = 0; i < p->ngoals; i++)
		if ((p->goals[i].kind == G_HEADING ||
		    p->goals[i].kind == G_SECTION) && p->goals[i].heading >= 0)
			h[p->goals[i].heading].title = p->goals[i].title;
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

static void
print_plan(const struct plan *p, struct row *grand)
{
	struct row *goals = xcalloc(p->ngoals + 1, sizeof *goals);
	struct row *heads, file = { 0 };
	struct widths w = { 0, 0, 0 };
	size_t i, j;

	for (i = 0; i < p->ngoals; i++)
		goal_row(p, i, &goals[i]);
	heads = heading_rows(p, goals);
	file.type = R_FILE;
	file.status = -1;
	for (i = 0; i < p->ngoals; i++)
		row_add(&file, &goals[i]);
	if (sortkey != S_FILE)
		qsort(goals, p->ngoals, sizeof *goals, cmp_rows);
	for (i = 0; i < p->ngoals; i++)
		widen(&w, p->name, &goals[i]);
	for (i = 0; i < p->nheadings; i++)
		if (shown(&heads[i]))
			widen(&w, p->name, &heads[i]);
	widen(&w, p->name, &file);
	if (fmt == FMT_MARKDOWN) {
		fputs("### ", stdout);
		md_text(p->name);
		puts("\n");
		md_head();
	}
	if (sortkey == S_FILE && (fmt == FMT_TEXT || fmt == FMT_MARKDOWN)) {
		/* The tree: each subtotal just before the goals it sums. */
		for (i = 0, j = 0; i < p->ngoals || j < p->nheadings;) {
			if (j < p->nheadings && (i == p->ngoals ||
			    heads[j].line <= goals[i].line)) {
				if (shown(&heads[j]))
					print_row(p->name, &heads[j], &w);
				j++;
			} else {
				print_row(p->name, &goals[i++], &w);
			}
		}
	} else {
		for (i = 0; i < p->ngoals; i++)
			print_row(p->name, &goals[i], &w);
		for (i = 0; i < p->nheadings; i++)
			if (shown(&heads[i]))
				print_row(p->name, &heads[i], &w);
	}
	print_row(p->name, &file, &w);
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
}

static void
print_grand(struct row *grand)
{
	struct widths w = { 0, 0, 0 };
	const char *own = grand->title;

	grand->title = NULL;
	widen(&w, "", grand);
	if (fmt == FMT_MARKDOWN) {
		puts("### All files\n");
		md_head();
	}
	print_row("", grand, &w);
	free((char *)own);
}

static int
parse_opts(int argc, char *argv[], const char **todayarg)
{
	static const struct option longopts[] = {
		{ "today", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const fmts[] = { "text", "markdown", "json",
	    "tsv", NULL };
	static const char *const sorts[] = { "file", "deadline", "progress",
	    "status", NULL };
	int c, k;

	while ((c = getopt_long(argc, argv, "f:S:hV", longopts, NULL)) != -1)
		switch (c) {
		case 'f':
			if ((k = opt_word("format", optarg, fmts)) < 0)
				return 2;
			fmt = (enum fmt)k;
			break;
		case 'S':
			if ((k = opt_word("sort", optarg, sorts)) < 0)
				return 2;
			sortkey = (enum sortkey)k;
			break;
		case 'T':
			*todayarg = optarg;
			break;
		case 'h':
			usage(stdout);
			return out_close(0) ? 2 : -1;
		case 'V':
			print_version();
			return out_close(0) ? 2 : -1;
		default:
			usage(stderr);
			return 2;
		}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct plan_ctx *ctx;
	struct row grand = { 0 };
	const char *todayarg = NULL;
	char err[300];
	int i, r, status = 0;

	tool_init("planstat");
	/* getopt names argv[0]: say planstat under a wrapper too. */
	argv[0] = (char *)progname;
	if ((r = parse_opts(argc, argv, &todayarg)) != 0)
		return r < 0 ? 0 : r;
	if (!today_opt(todayarg, &today))
		return 2;
	fancy = fmt == FMT_TEXT && out_fancy();
	if ((ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL) {
		warnx("%s", err);
		return 2;
	}
	plan_ctx_today(ctx, today);
	grand.type = R_TOTAL;
	grand.status = -1;
	if (fmt == FMT_TSV)
		puts("file\tline\ttitle\tdone\ttotal\tcancelled\tpercent\t"
		    "overdue\tnext_due\tdeadline\tdays_left\tstatus");
	for (i = optind; i < argc || i == optind; i++) {
		const char *path = i < argc ? argv[i] : "-";
		struct plan *p = plan_load(ctx, path);

		if (p == NULL) {
			warn("%s", path);
			status = 2;
			continue;
		}
		print_plan(p, &grand);
		plan_free(p);
		out_flush();
	}
	if (argc - optind > 1)
		print_grand(&grand);
	else
		free((char *)grand.title);
	plan_ctx_free(ctx);
	return out_close(status);
}
