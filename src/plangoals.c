/* plangoals: list the goals and milestones of plan documents. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_TSV, FMT_MARKDOWN };	/* as in fmts[] */
enum sel { SEL_OPEN, SEL_DONE, SEL_ALL };		/* as in sels[] */

static const char *const fmts[] = { "text", "json", "tsv", "markdown",
    NULL };
static const char *const sels[] = { "open", "done", "all", NULL };

struct goals {
	struct cli cli;
	enum sel sel;
	struct buf out;
	struct record rec;
	struct line line;	/* a text line */
};

static int
selected(enum sel sel, const struct milestone *m)
{
	switch (sel) {
	case SEL_OPEN:
		return ms_open(m);
	case SEL_DONE:
		return m->state == MS_DONE;
	default:
		return 1;
	}
}

/* A goal is shown unless -s left none of its milestones. */
static int
shown(enum sel sel, const struct plan *p, const struct goal *g)
{
	size_t i;

	if (sel == SEL_ALL)
		return 1;
	for (i = g->first; i < g->first + g->count; i++)
		if (selected(sel, &p->ms[i]))
			return 1;
	return 0;
}

/* The box as shown: the mark as written, but [X] as [x]. */
static char
box(const struct milestone *m)
{
	return m->mark == 'X' ? 'x' : m->mark;
}

/* A status beyond the box's state (forwarded, unknown), or NULL. */
static const char *
status_word(const struct milestone *m)
{
	const char *s = ms_status(m);

	return strcmp(s, ms_state_names[m->state]) ? s : NULL;
}

static void
print_date(struct buf *b, const char *key, const struct pdate *d)
{
	char s[11];

	if (d->kind == DATE_NONE)
		return;
	if (d->kind == DATE_BAD) {
		buf_printf(b, "  %s:invalid(%s)", key, d->text);
		return;
	}
	date_format(d->day, s);
	buf_printf(b, "  %s:%s", key, s);
}

/* Words with their sign: "#a #b". */
static void
print_words(struct buf *b, char sign, const char *words)
{
	if (*words == '\0')
		return;
	buf_printf(b, " %c", sign);
	for (; *words; words++)
		if (*words == ' ')
			buf_printf(b, " %c", sign);
		else
			buf_addc(b, *words);
}

/* A task's priority, tags, projects, contexts and recurrence, short:
 * "  !high #home +house @phone recur:every week". */
static void
print_task(struct buf *b, const struct milestone *m)
{
	if (m->priority == PRI_NONE && !*m->tags && !*m->projects &&
	    !*m->contexts && m->recur == NULL)
		return;
	buf_addc(b, ' ');
	if (m->priority != PRI_NONE)
		buf_printf(b, " !%s", priority_names[m->priority]);
	print_words(b, '#', m->tags);
	print_words(b, '+', m->projects);
	print_words(b, '@', m->contexts);
	if (m->recur != NULL)
		buf_printf(b, " recur:%s", m->recur);
}

/* The columns of a place: bytes in a pipe, as always; display columns
 * at a terminal. */
static int
loc_width(const struct fit *f, const char *name, long line)
{
	size_t n = f->width > 0 ? text_cols(name, strlen(name)) :
	    strlen(name);

	return (int)n + snprintf(NULL, 0, ":%ld:", line);
}

static void
print_loc(struct buf *b, const struct fit *f, const char *name, long line,
    int width)
{
	buf_printf(b, "%s:%ld:%*s", name, line,
	    width - loc_width(f, name, line) + 1, "");
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
text_plan(struct goals *t, const struct plan *p)
{
	long today = t->cli.today;
	enum sel sel = t->sel;
	const struct fit *f = &t->cli.fit;
	struct line *l = &t->line;
	struct buf *b = &l->b;
	const char *s, *name;
	size_t g, i;
	long ol;
	int w = 0;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		if (!shown(sel, p, gp))
			continue;
		name = plan_where(p, gp->line, &ol);
		if (loc_width(f, name, ol) > w)
			w = loc_width(f, name, ol);
		for (i = gp->first; i < gp->first + gp->count; i++) {
			name = plan_where(p, p->ms[i].line, &ol);
			if (loc_width(f, name, ol) > w)
				w = loc_width(f, name, ol);
		}
	}
	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];
		int pct = goal_percent(gp);

		if (!shown(sel, p, gp))
			continue;
		name = plan_where(p, gp->line, &ol);
		print_loc(b, f, name, ol, w);
		buf_printf(b, "goal %zu/%zu", gp->n[MS_DONE], goal_total(gp));
		if (pct >= 0)
			buf_printf(b, " %d%%", pct);
		buf_adds(b, "  ");
		s = goal_title(p, gp);
		line_span(l, s, strlen(s));
		print_date(b, "deadline", &gp->deadline);
		if (written_differs(gp))
			buf_printf(b, " (%s)", gp->deadline_text);
		if (gp->n[MS_CANCELLED])
			buf_printf(b, "  cancelled:%zu", gp->n[MS_CANCELLED]);
		if (goal_late(gp, today, 0))
			buf_printf(b, "  %soverdue%s", out_colour(t->cli.colour,
			    H_RED), out_colour(t->cli.colour, H_END));
		line_put(l, f);
		for (i = gp->first; i < gp->first + gp->count; i++) {
			const struct milestone *m = &p->ms[i];
			int fi;

			if (!selected(sel, m))
				continue;
			name = plan_where(p, m->line, &ol);
			print_loc(b, f, name, ol, w);
			buf_printf(b, "%*s[%c] ", 2 + 2 * (m->depth < 20 ?
			    m->depth : 20), "", box(m));
			line_span(l, m->text, strlen(m->text));
			if (status_word(m) != NULL)
				buf_printf(b, "  %s", status_word(m));
			print_task(b, m);
			for (fi = 0; fi < F_COUNT; fi++)
				print_date(b, field_names[fi], &m->date[fi]);
			if (ms_late(m, today))
				buf_printf(b, "  %soverdue%s",
				    out_colour(t->cli.colour, H_RED),
				    out_colour(t->cli.colour, H_END));
			line_put(l, f);
		}
	}
}

/* The dates that could not be read, each with its place and field. */
static void
rec_bad(struct record *r, const struct plan *p, const struct pdate *d,
    const char *field)
{
	long ol;

	if (d->kind != DATE_BAD)
		return;
	plan_where(p, d->line, &ol);
	rec_begin(r, NULL);
	rec_num(r, "line", ol);
	rec_str(r, "field", field);
	rec_str(r, "text", d->text);
	rec_end(r);
}

static const char *const kind_names[] = { "heading", "item", "section",
    "preamble" };

/* A goal and its milestones, one JSON line. */
static void
goal_record(struct record *r, enum sel sel, const struct plan *p,
    const struct goal *gp)
{
	int pct = goal_percent(gp), f;
	size_t i;
	long ol;

	rec_str(r, "type", "goal");	/* as planstat's, and the others */
	rec_str(r, "file", plan_where(p, gp->line, &ol));
	rec_num(r, "line", ol);
	rec_str(r, "kind", kind_names[gp->kind]);
	rec_str(r, "title", goal_title(p, gp));
	rec_date(r, "deadline", &gp->deadline);
	rec_str(r, "deadline_text", gp->deadline.kind == DATE_NONE ? NULL :
	    gp->deadline_text ? gp->deadline_text : gp->deadline.text);
	rec_only(r, RF_JSON);
	rec_date(r, "start", &gp->start);
	rec_num(r, "done", (long long)gp->n[MS_DONE]);
	rec_num(r, "active", (long long)gp->n[MS_ACTIVE]);
	rec_num(r, "open", (long long)gp->n[MS_OPEN]);
	rec_num(r, "total", (long long)goal_total(gp));
	rec_num(r, "cancelled", (long long)gp->n[MS_CANCELLED]);
	if (pct >= 0)
		rec_num(r, "percent", pct);
	else
		rec_null(r, "percent");
	rec_list(r, "invalid_dates");
	rec_bad(r, p, &gp->deadline, "deadline");
	rec_bad(r, p, &gp->start, "start");
	for (i = gp->first; i < gp->first + gp->count; i++)
		for (f = 0; f < F_COUNT; f++)
			rec_bad(r, p, &p->ms[i].date[f], field_names[f]);
	rec_end(r);
	rec_list(r, "milestones");
	for (i = gp->first; i < gp->first + gp->count; i++) {
		const struct milestone *m = &p->ms[i];

		if (!selected(sel, m))
			continue;
		plan_where(p, m->line, &ol);
		rec_begin(r, NULL);
		rec_num(r, "line", ol);
		rec_str(r, "text", m->text);
		rec_str(r, "state", ms_state_names[m->state]);
		rec_strn(r, "mark", &m->mark, 1);
		rec_str(r, "priority", m->priority == PRI_NONE ? NULL :
		    priority_names[m->priority]);
		rec_date(r, "due", &m->date[F_DUE]);
		rec_date(r, "done_date", &m->date[F_DONE]);
		rec_date(r, "start", &m->date[F_START]);
		rec_date(r, "scheduled", &m->date[F_SCHEDULED]);
		rec_date(r, "created", &m->date[F_CREATED]);
		rec_str(r, "recur", m->recur);
		rec_words(r, "tags", m->tags);
		rec_words(r, "projects", m->projects);
		rec_words(r, "contexts", m->contexts);
		rec_num(r, "depth", m->depth);
		rec_end(r);
	}
	rec_end(r);
}

/* A milestone with its goal, one TSV row. */
static void
tsv_date(struct record *r, const char *key, const struct pdate *d)
{
	if (d->kind == DATE_BAD)
		rec_str(r, key, "invalid");
	else
		rec_date(r, key, d);
}

/* A milestone with its goal, one TSV row; the columns after text came
 * later, and are last so that the earlier keep their numbers. */
static void
ms_record(struct record *r, const struct plan *p, const struct goal *gp,
    const struct milestone *m)
{
	long ol, gl;
	int f;

	plan_where(p, gp->line, &gl);
	rec_str(r, "file", plan_where(p, m->line, &ol));
	rec_num(r, "line", ol);
	rec_num(r, "goal_line", gl);
	rec_str(r, "goal", goal_title(p, gp));
	rec_str(r, "state", ms_state_names[m->state]);
	rec_num(r, "depth", m->depth);
	for (f = 0; f <= F_SCHEDULED; f++)
		tsv_date(r, f == F_DONE ? "done_date" : field_names[f],
		    &m->date[f]);
	rec_str(r, "text", m->text);
	rec_strn(r, "mark", &m->mark, 1);
	rec_str(r, "priority", priority_names[m->priority]);
	tsv_date(r, "created", &m->date[F_CREATED]);
	rec_str(r, "recur", m->recur ? m->recur : "");
	rec_str(r, "tags", m->tags);
	rec_str(r, "projects", m->projects);
	rec_str(r, "contexts", m->contexts);
}

/* A goal's line is built and written at once: stdio calls per key were
 * a tenth of a large run. */
static void
json_plan(struct goals *t, const struct plan *p)
{
	size_t g;

	if (p->fm_lines > 0) {
		rec_clear(&t->rec);
		rec_plan(&t->rec, p);
		out_json(&t->out, &t->rec);
		out_write(&t->out);
	}
	out_career(&t->out, &t->rec, p);
	for (g = 0; g < p->ngoals; g++) {
		if (!shown(t->sel, p, &p->goals[g]))
			continue;
		rec_clear(&t->rec);
		goal_record(&t->rec, t->sel, p, &p->goals[g]);
		out_json(&t->out, &t->rec);
		out_write(&t->out);
	}
}

static void
tsv_plan(struct goals *t, const struct plan *p)
{
	size_t g, i;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		for (i = gp->first; i < gp->first + gp->count; i++) {
			if (!selected(t->sel, &p->ms[i]))
				continue;
			rec_clear(&t->rec);
			ms_record(&t->rec, p, gp, &p->ms[i]);
			out_tsv(&t->out, &t->rec);
			out_write(&t->out);
		}
	}
}

static int
pick_goal(void *arg, const struct plan *p, size_t g)
{
	return shown(*(enum sel *)arg, p, &p->goals[g]);
}

static int
pick_ms(void *arg, const struct plan *p, size_t i)
{
	return selected(*(enum sel *)arg, &p->ms[i]);
}

static void
md_out(struct goals *t, const struct plan *p)
{
	struct pick k = { pick_goal, pick_ms, &t->sel };

	md_plan(&t->out, p, &k);
	out_write(&t->out);
}

static int
option(void *tool, int c, const char *arg)
{
	struct goals *t = tool;
	int k;

	if (c != 's')
		return 2;
	if ((k = opt_word("state", arg, sels)) < 0)
		return 2;
	t->sel = (enum sel)k;
	return -1;
}

static int
each(void *tool, const char *path, struct plan *p)
{
	struct goals *t = tool;

	(void)path;
	switch ((enum fmt)t->cli.format) {
	case FMT_TEXT: text_plan(t, p); break;
	case FMT_JSON: json_plan(t, p); break;
	case FMT_TSV: tsv_plan(t, p); break;
	case FMT_MARKDOWN: md_out(t, p); break;
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct goals t = { .sel = SEL_ALL };
	int status;

	cli_init("plangoals");
	t.cli = (struct cli){
		.synopsis = "[-f text|json|tsv|markdown] [-s open|done|all] "
		    "[-G regex] [--today YYYY-MM-DD] [file ...]",
		.help = "  -s STATE           milestones to show: open, done, "
		    "all (default all)\n",
		.formats = fmts,
		.flags = CLI_TODAY | CLI_MARKER | CLI_PLANS | CLI_FILTER |
		    CLI_RULES,
		.shortopts = "s:",
		.option = option,
		.tool = &t,
	};
	if ((status = cli_parse(&t.cli, argc, argv)) >= 0)
		return status;
	if (t.cli.format == FMT_TSV)
		puts("file\tline\tgoal_line\tgoal\tstate\tdepth\tdue\t"
		    "done_date\tstart\tscheduled\ttext\tmark\tpriority\t"
		    "created\trecur\ttags\tprojects\tcontexts");
	status = cli_each(&t.cli, each);
	buf_free(&t.out);
	buf_free(&t.line.b);
	rec_free(&t.rec);
	return cli_end(&t.cli, status);
}
