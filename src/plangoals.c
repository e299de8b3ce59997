/* plangoals: list the goals and milestones of plan documents. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_TSV, FMT_MARKDOWN };
enum sel { SEL_OPEN, SEL_DONE, SEL_ALL };	/* as in sels[] */

static enum fmt fmt = FMT_TEXT;
static enum sel sel = SEL_ALL;
static long today;

static void
usage(FILE *f)
{
	fprintf(f, "usage: %s [-f text|json|tsv|markdown] [-s open|done|all] "
	    "[-G regex] [--today YYYY-MM-DD] [file ...]\n", progname);
}

static int
selected(const struct milestone *m)
{
	switch (sel) {
	case SEL_OPEN:
		return m->state == MS_OPEN || m->state == MS_ACTIVE;
	case SEL_DONE:
		return m->state == MS_DONE;
	default:
		return 1;
	}
}

/* A goal is shown unless -s left none of its milestones. */
static int
shown(const struct plan *p, const struct goal *g)
{
	size_t i;

	if (sel == SEL_ALL)
		return 1;
	for (i = g->first; i < g->first + g->count; i++)
		if (selected(&p->ms[i]))
			return 1;
	return 0;
}

static const char box[4] = { ' ', 'x', '/', '-' };

static void
print_date(const char *key, const struct pdate *d)
{
	char s[11];

	if (d->kind == DATE_NONE)
		return;
	if (d->kind == DATE_BAD) {
		printf("  %s:invalid(%s)", key, d->text);
		return;
	}
	date_format(d->day, s);
	printf("  %s:%s", key, s);
}

static int
loc_width(const char *name, long line)
{
	return (int)strlen(name) + snprintf(NULL, 0, ":%ld:", line);
}

static void
print_loc(const char *name, long line, int width)
{
	int n = printf("%s:%ld:", name, line);

	printf("%*s", width - n + 1, "");
}

/* Whether a deadline was written other than as a date plan(5) reads
 * on its own ("end of Q2", "in six months"): then both are shown. */
static int
written_differs(const struct goal *gp)
{
	struct pdate d;
	size_t n;

	if (gp->deadline_text == NULL || gp->deadline.kind != DATE_OK)
		return 0;
	n = strlen(gp->deadline_text);
	return date_when(gp->deadline_text, n, &d) != n;
}

static void
text_plan(const struct plan *p)
{
	size_t g, i;
	int w = 0;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		if (!shown(p, gp))
			continue;
		if (loc_width(p->name, gp->line) > w)
			w = loc_width(p->name, gp->line);
		for (i = gp->first; i < gp->first + gp->count; i++)
			if (loc_width(p->name, p->ms[i].line) > w)
				w = loc_width(p->name, p->ms[i].line);
	}
	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];
		int pct = goal_percent(gp);

		if (!shown(p, gp))
			continue;
		print_loc(p->name, gp->line, w);
		printf("goal %zu/%zu", gp->n[MS_DONE], goal_total(gp));
		if (pct >= 0)
			printf(" %d%%", pct);
		printf("  %s", gp->title);
		print_date("deadline", &gp->deadline);
		if (written_differs(gp))
			printf(" (%s)", gp->deadline_text);
		if (gp->n[MS_CANCELLED])
			printf("  cancelled:%zu", gp->n[MS_CANCELLED]);
		if (gp->deadline.kind == DATE_OK && gp->deadline.day < today &&
		    gp->n[MS_DONE] < goal_total(gp))
			printf("  overdue");
		putchar('\n');
		for (i = gp->first; i < gp->first + gp->count; i++) {
			const struct milestone *m = &p->ms[i];
			int f;

			if (!selected(m))
				continue;
			print_loc(p->name, m->line, w);
			printf("%*s[%c] %s", 2 + 2 * (m->depth < 20 ?
			    m->depth : 20), "", box[m->state], m->text);
			for (f = 0; f < F_COUNT; f++)
				print_date(field_names[f], &m->date[f]);
			if ((m->state == MS_OPEN || m->state == MS_ACTIVE) &&
			    m->date[F_DUE].kind == DATE_OK &&
			    m->date[F_DUE].day < today)
				printf("  overdue");
			putchar('\n');
		}
	}
}

static void
json_bad(struct buf *b, const char **sep, const struct pdate *d,
    const char *field)
{
	if (d->kind != DATE_BAD)
		return;
	buf_adds(b, *sep);
	BUF_LIT(b, "{\"line\":");
	buf_num(b, d->line);
	BUF_LIT(b, ",\"field\":\"");
	buf_adds(b, field);
	BUF_LIT(b, "\",\"text\":");
	buf_json(b, d->text, strlen(d->text));
	buf_addc(b, '}');
	*sep = ",";
}

static void
json_invalid(struct buf *b, const struct plan *p, const struct goal *gp)
{
	const char *sep = "";
	size_t i;
	int f;

	BUF_LIT(b, ",\"invalid_dates\":[");
	json_bad(b, &sep, &gp->deadline, "deadline");
	json_bad(b, &sep, &gp->start, "start");
	for (i = gp->first; i < gp->first + gp->count; i++)
		for (f = 0; f < F_COUNT; f++)
			json_bad(b, &sep, &p->ms[i].date[f], field_names[f]);
	buf_addc(b, ']');
}

static const char *const kind_names[] = { "heading", "item", "section",
    "preamble" };

/* A goal's line is built in a buffer and written at once: stdio calls
 * per key were a tenth of a large run. */
static void
json_goal(struct buf *b, const struct plan *p, const struct goal *gp)
{
	static const struct {
		const char *key;
		int state;		/* -1: the total */
	} counts[] = { { ",\"done\":", MS_DONE }, { ",\"active\":", MS_ACTIVE },
	    { ",\"open\":", MS_OPEN }, { ",\"total\":", -1 },
	    { ",\"cancelled\":", MS_CANCELLED } };
	const char *sep = "";
	int pct = goal_percent(gp), s;
	size_t i;

	BUF_LIT(b, "{\"file\":");
	buf_json(b, p->name, strlen(p->name));
	BUF_LIT(b, ",\"line\":");
	buf_num(b, gp->line);
	BUF_LIT(b, ",\"kind\":\"");
	buf_adds(b, kind_names[gp->kind]);
	BUF_LIT(b, "\",\"title\":");
	buf_json(b, gp->title, strlen(gp->title));
	BUF_LIT(b, ",\"deadline\":");
	buf_json_date(b, &gp->deadline);
	BUF_LIT(b, ",\"deadline_text\":");
	if (gp->deadline.kind == DATE_NONE)
		BUF_LIT(b, "null");
	else if (gp->deadline_text != NULL)
		buf_json(b, gp->deadline_text, strlen(gp->deadline_text));
	else
		buf_json(b, gp->deadline.text, strlen(gp->deadline.text));
	BUF_LIT(b, ",\"start\":");
	buf_json_date(b, &gp->start);
	for (s = 0; s < 5; s++) {
		buf_adds(b, counts[s].key);
		buf_num(b, (long long)(counts[s].state < 0 ? goal_total(gp) :
		    gp->n[counts[s].state]));
	}
	BUF_LIT(b, ",\"percent\":");
	if (pct >= 0)
		buf_num(b, pct);
	else
		BUF_LIT(b, "null");
	json_invalid(b, p, gp);
	BUF_LIT(b, ",\"milestones\":[");
	for (i = gp->first; i < gp->first + gp->count; i++) {
		const struct milestone *m = &p->ms[i];

		if (!selected(m))
			continue;
		buf_adds(b, sep);
		BUF_LIT(b, "{\"line\":");
		buf_num(b, m->line);
		BUF_LIT(b, ",\"text\":");
		buf_json(b, m->text, strlen(m->text));
		BUF_LIT(b, ",\"state\":\"");
		buf_adds(b, ms_state_names[m->state]);
		BUF_LIT(b, "\",\"due\":");
		buf_json_date(b, &m->date[F_DUE]);
		BUF_LIT(b, ",\"done_date\":");
		buf_json_date(b, &m->date[F_DONE]);
		BUF_LIT(b, ",\"start\":");
		buf_json_date(b, &m->date[F_START]);
		BUF_LIT(b, ",\"scheduled\":");
		buf_json_date(b, &m->date[F_SCHEDULED]);
		BUF_LIT(b, ",\"depth\":");
		buf_num(b, m->depth);
		buf_addc(b, '}');
		sep = ",";
	}
	BUF_LIT(b, "]}\n");
}

static void
json_plan(const struct plan *p)
{
	struct buf b = { 0 };
	size_t g;

	for (g = 0; g < p->ngoals; g++) {
		if (!shown(p, &p->goals[g]))
			continue;
		b.len = 0;
		json_goal(&b, p, &p->goals[g]);
		fwrite(b.s, 1, b.len, stdout);
	}
	buf_free(&b);
}

/* TSV fields cannot hold tabs or line ends: those become spaces. */
static void
tsv_field(const char *s)
{
	for (; *s; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void
tsv_date(const struct pdate *d)
{
	char s[11];

	putchar('\t');
	if (d->kind == DATE_OK) {
		date_format(d->day, s);
		fputs(s, stdout);
	} else if (d->kind == DATE_BAD) {
		fputs("invalid", stdout);
	}
}

static void
tsv_plan(const struct plan *p)
{
	size_t g, i;
	int f;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		for (i = gp->first; i < gp->first + gp->count; i++) {
			const struct milestone *m = &p->ms[i];

			if (!selected(m))
				continue;
			tsv_field(p->name);
			printf("\t%ld\t%ld\t", m->line, gp->line);
			tsv_field(gp->title);
			printf("\t%s\t%d", ms_state_names[m->state], m->depth);
			for (f = 0; f < F_COUNT; f++)
				tsv_date(&m->date[f]);
			putchar('\t');
			tsv_field(m->text);
			putchar('\n');
		}
	}
}

static void
md_date(const char *key, const struct pdate *d)
{
	char s[11];

	if (d->kind == DATE_OK) {
		date_format(d->day, s);
		printf(" %s:%s", key, s);
	} else if (d->kind == DATE_BAD) {
		printf(" %s:%s", key, d->text);
	}
}

static void
md_plan(const struct plan *p)
{
	size_t g, i;
	int f, any = 0;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		if (!shown(p, gp))
			continue;
		if (!any++) {
			fputs("# ", stdout);
			md_text(p->name);
			putchar('\n');
		}
		/* The deadline as a due field: it wins over any phrase. */
		fputs("\n## Goal: ", stdout);
		md_text(gp->title);
		md_date("due", &gp->deadline);
		md_date("start", &gp->start);
		putchar('\n');
		if (gp->count)
			putchar('\n');
		for (i = gp->first; i < gp->first + gp->count; i++) {
			const struct milestone *m = &p->ms[i];

			if (!selected(m))
				continue;
			printf("- [%c] ", box[m->state]);
			md_text(m->text);
			for (f = 0; f < F_COUNT; f++)
				md_date(field_names[f], &m->date[f]);
			putchar('\n');
		}
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "today", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct plan_opts po = { 0 };
	struct plan_ctx *ctx;
	const char *todayarg = NULL;
	static const char *const fmts[] = { "text", "json", "tsv", "markdown",
	    NULL };
	static const char *const sels[] = { "open", "done", "all", NULL };
	char err[300];
	int c, i, k, status = 0;

	tool_init("plangoals");
	/* getopt names argv[0]: say plangoals under a wrapper too. */
	argv[0] = (char *)progname;
	while ((c = getopt_long(argc, argv, "f:s:G:hV", longopts, NULL)) != -1)
		switch (c) {
		case 'f':
			if ((k = opt_word("format", optarg, fmts)) < 0)
				return 2;
			fmt = (enum fmt)k;
			break;
		case 's':
			if ((k = opt_word("state", optarg, sels)) < 0)
				return 2;
			sel = (enum sel)k;
			break;
		case 'G':
			po.marker = optarg;
			break;
		case 'T':
			todayarg = optarg;
			break;
		case 'h':
			usage(stdout);
			return out_close(0);
		case 'V':
			print_version();
			return out_close(0);
		default:
			usage(stderr);
			return 2;
		}
	if (!today_opt(todayarg, &today))
		return 2;
	if ((ctx = plan_ctx_new(&po, err, sizeof err)) == NULL) {
		warnx("-G: bad regex: %s", err);
		return 2;
	}
	plan_ctx_today(ctx, today);
	if (fmt == FMT_TSV)
		puts("file\tline\tgoal_line\tgoal\tstate\tdepth\tdue\t"
		    "done_date\tstart\tscheduled\ttext");
	for (i = optind; i < argc || i == optind; i++) {
		const char *path = i < argc ? argv[i] : "-";
		struct plan *p = plan_load(ctx, path);

		if (p == NULL) {
			warn("%s", path);
			status = 2;
			continue;
		}
		switch (fmt) {
		case FMT_TEXT: text_plan(p); break;
		case FMT_JSON: json_plan(p); break;
		case FMT_TSV: tsv_plan(p); break;
		case FMT_MARKDOWN: md_plan(p); break;
		}
		plan_free(p);
		out_flush();
	}
	plan_ctx_free(ctx);
	return out_close(status);
}
