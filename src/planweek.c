/* planweek: the weekly report of plan documents, for people and cron. */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_MARKDOWN, FMT_JSON };
enum sect { S_DONE, S_WIN, S_FEEDBACK, S_DUE, S_SCHEDULED, S_REVIEW,
    S_OVERDUE, S_GOAL_OVERDUE, S_STALLED, S_DEADLINE, S_CHANGE, S_NEW,
    S_REMOVED, S_COUNT };

static const char *const sect_names[S_COUNT] = { "completed", "win",
    "feedback", "due", "scheduled", "review", "overdue", "overdue-goal",
    "stalled", "deadline", "change", "new", "removed" };
static const char *const sect_titles[S_COUNT] = { "Completed", "Wins",
    "Feedback received", "Due next", "Scheduled", "Review due", "Overdue",
    "Overdue goals", "Stalled goals", "Deadlines in the next 30 days",
    "Goals since the baseline", "New milestones", "Removed milestones" };

static const char *const fmts[] = { "text", "markdown", "json", NULL };

#define STALL_DAYS 14
#define SOON_DAYS 30
#define WEEKS 8

/* One line of a section. */
struct item {
	enum sect sect;
	long line;		/* 0: none (a removed milestone) */
	const char *goal, *text;
	long day;		/* the date the line is about, or LONG_MIN */
	int then, now;		/* percents, for goals */
	size_t seq;		/* order found, to keep it among equals */
	long gline;		/* its goal's line, to group Completed */
	long next_line;		/* S_DONE of a recurring task: the next
				 * occurrence's line, 0 for none */
	long next_due;		/* and its due day, or LONG_MIN */
	char *file;		/* where line is, when not the report's
				 * plan (plan_where), else NULL */
};

struct report {
	char *name;		/* the plan's, kept: the plan is freed */
	char *plan_json;	/* its front matter's record, or NULL */
	struct item *it;	/* goal and text kept too, once reported */
	size_t n, cap;
	size_t count[S_COUNT];	/* items by section */
	size_t done_period;
	size_t done_now, total_now;	/* at the period's end */
	size_t done_then, total_then;	/* before it */
	size_t week[WEEKS];
	int news;		/* something happened in the period (-q) */
};

struct week {
	struct cli cli;
	const char *week, *since_arg, *until_arg, *base_arg, *rev;
	enum fmt fmt;
	long today, since, until;	/* the period: since..until */
	int quiet, unicode, weekly;
	int no_git;			/* --no-git: no baseline from git */
	struct plan *base;		/* -b or -g: the plan as it was */
	const struct plan *then;	/* the baseline of this report */
	struct report *reps;		/* one a plan, printed at the end */
	size_t nreps, capreps;
	struct buf out;
};

static struct item *
add(struct report *r, enum sect s, long line, const char *goal,
    const char *text, long day)
{
	struct item *it;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->it = xrealloc(r->it, r->cap, sizeof *r->it);
	}
	it = &r->it[r->n];
	*it = (struct item){ s, line, goal, text, day, -1, -1, r->n, 0, 0,
	    LONG_MIN, NULL };
	r->n++;
	return it;
}


static int
has(const struct milestone *m, enum field f)
{
	return m->date[f].kind == DATE_OK;
}

/* Done in the period: by its done date, or else (with a baseline) open
 * then and done now. */
static int
done_in_period(const struct week *w, const struct milestone *m,
    const struct plan_match *pm, size_t i)
{
	long o;

	if (m->state != MS_DONE)
		return 0;
	if (has(m, F_DONE))
		return m->date[F_DONE].day >= w->since &&
		    m->date[F_DONE].day <= w->until;
	if (pm == NULL || (o = pm->ms_old[i]) < 0)
		return 0;
	return ms_open(&w->then->ms[o]);
}

/* Milestones done and counted in all of a plan, less minus done. */
static void
overall(const struct plan *p, size_t minus, size_t *done, size_t *total)
{
	size_t g;

	*done = *total = 0;
	for (g = 0; g < p->ngoals; g++) {
		*done += p->goals[g].n[MS_DONE];
		*total += goal_total(&p->goals[g]);
	}
	*done -= minus;
}

static void
milestone_items(const struct week *w, const struct plan *p,
    const struct plan_match *pm, struct report *r)
{
	long today = w->today, since = w->since, until = w->until;
	long len = until - since + 1;
	long mon = until - date_weekday(until);
	size_t i, after = 0, later = 0, done = 0;

	for (i = 0; i < p->nms; i++) {
		const struct milestone *m = &p->ms[i];
		const char *goal = goal_title(p, &p->goals[m->goal]);
		long due = has(m, F_DUE) ? m->date[F_DUE].day : 0;

		if (done_in_period(w, m, pm, i)) {
			struct item *it = add(r, S_DONE, m->line, goal, m->text,
			    has(m, F_DONE) ? m->date[F_DONE].day : LONG_MIN);
			long nx = ms_next(p, i);

			it->gline = p->goals[m->goal].line;
			if (nx >= 0) {
				it->next_line = p->ms[nx].line;
				it->next_due = has(&p->ms[nx], F_DUE) ?
				    p->ms[nx].date[F_DUE].day : LONG_MIN;
			}
			r->done_period++;
		}
		if (m->state == MS_DONE)
			done++;
		if (m->state == MS_DONE && has(m, F_DONE)) {
			long d = m->date[F_DONE].day, k;

			if (d >= since)
				after++;
			if (d > until)
				later++;
			k = (d - (mon - 7L * (WEEKS - 1))) / 7;
			if (d >= mon - 7L * (WEEKS - 1) && k < WEEKS)
				r->week[k]++;
		}
		/* What comes next runs from today, where overdue ends. */
		if (ms_open(m) && has(m, F_DUE) && due >= today &&
		    due < today + len)
			add(r, S_DUE, m->line, goal, m->text, due);
		else if (ms_open(m) && has(m, F_SCHEDULED) &&
		    m->date[F_SCHEDULED].day >= today &&
		    m->date[F_SCHEDULED].day < today + len)
			add(r, S_SCHEDULED, m->line, goal, m->text,
			    m->date[F_SCHEDULED].day);
		if (ms_late(m, today)) {
			add(r, S_OVERDUE, m->line, goal, m->text, due);
			/* It fell due in the period: news. */
			if (due >= since && due <= until)
				r->news = 1;
		}
	}
	/* The headline is as of the period's end: what was done after it
	 * (by done date) is taken back. */
	if (later > done)
		later = done;
	if (after > done)
		after = done;
	overall(p, until >= today ? 0 : later, &r->done_now, &r->total_now);
	if (pm == NULL)
		overall(p, after, &r->done_then, &r->total_then);
	else
		overall(w->then, 0, &r->done_then, &r->total_then);
	if (r->done_period > 0)
		r->news = 1;
}

/* Nothing done in the last 14 days, by date or since the baseline. */
static int
stalled(const struct week *w, const struct plan *p,
    const struct plan_match *pm, size_t g)
{
	const struct goal *gp = &p->goals[g];
	long today = w->today;
	enum gstatus st = goal_status(p, gp, today);
	size_t i;

	if (st == ST_DONE || st == ST_NONE)
		return 0;
	for (i = gp->first; i < gp->first + gp->count; i++) {
		const struct milestone *m = &p->ms[i];

		if (m->state != MS_DONE)
			continue;
		if (has(m, F_DONE) && m->date[F_DONE].day >= today - STALL_DAYS)
			return 0;
		if (!has(m, F_DONE) && w->until >= today - STALL_DAYS &&
		    done_in_period(w, m, pm, i))
			return 0;
	}
	return 1;
}

/* The last done date of a goal's milestones on or before day, or
 * LONG_MIN. */
static long
last_done(const struct plan *p, const struct goal *gp, long day)
{
	long last = LONG_MIN, d;
	size_t i;

	for (i = gp->first; i < gp->first + gp->count; i++) {
		const struct milestone *m = &p->ms[i];

		if (m->state == MS_DONE && has(m, F_DONE) &&
		    (d = m->date[F_DONE].day) <= day && d > last)
			last = d;
	}
	return last;
}

static void
goal_items(const struct week *w, const struct plan *p,
    const struct plan_match *pm, struct report *r)
{
	long today = w->today, since = w->since, until = w->until;
	size_t g;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];
		long dl = gp->deadline.day, last;

		if (stalled(w, p, pm, g)) {
			add(r, S_STALLED, gp->line, goal_title(p, gp), NULL,
			    LONG_MIN)->now = goal_percent(gp);
			/* Stalled in the period: its last milestone was
			 * done STALL_DAYS before a day of it. */
			last = last_done(p, gp, until);
			if (last != LONG_MIN && last + STALL_DAYS >= since - 1)
				r->news = 1;
		}
		if (goal_late(gp, today, 0)) {
			add(r, S_GOAL_OVERDUE, gp->line, goal_title(p, gp), NULL,
			    dl)->now = goal_percent(gp);
			if (dl >= since && dl <= until)
				r->news = 1;
		} else if (gp->deadline.kind == DATE_OK && dl >= today &&
		    dl <= today + SOON_DAYS) {
			add(r, S_DEADLINE, gp->line, goal_title(p, gp), NULL,
			    dl)->now = goal_percent(gp);
			/* It came within SOON_DAYS in the period. */
			if (dl - SOON_DAYS >= since && dl - SOON_DAYS <= until)
				r->news = 1;
		}
	}
}

/* A career plan's news: goals that reached 100% in the period (by the
 * done dates, else since the baseline) and the items of its wins
 * section dated in it; feedback dated in it; a next review in the
 * period to come. */
static void
career_items(const struct week *w, const struct plan *p,
    const struct plan_diff *d, struct report *r)
{
	long since = w->since, until = w->until, today = w->today;
	long len = until - since + 1, last;
	size_t g, i;

	if (!p->career)
		return;
	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];
		int then = -1;

		if (goal_percent(gp) != 100)
			continue;
		last = last_done(p, gp, LONG_MAX);
		for (i = 0; last == LONG_MIN && d != NULL && i < d->ng; i++)
			if (d->g[i].n == (long)g && d->g[i].o >= 0)
				then = goal_percent(&d->po->goals[d->g[i].o]);
		if ((last >= since && last <= until) || (last == LONG_MIN &&
		    then >= 0 && then < 100)) {
			add(r, S_WIN, gp->line, goal_title(p, gp), NULL,
			    last)->now = 100;
			r->news = 1;
		}
	}
	for (i = 0; i < p->nitems; i++) {
		const struct sitem *it = &p->items[i];
		enum sec_kind k = p->sections[it->section].kind;

		if ((k != SEC_WINS && k != SEC_FEEDBACK) ||
		    it->date.kind != DATE_OK || it->date.day < since ||
		    it->date.day > until)
			continue;
		add(r, k == SEC_WINS ? S_WIN : S_FEEDBACK, it->line, NULL,
		    it->text, it->date.day)->now = -1;
		r->news = 1;
	}
	/* A reminder given once, in the period before it: news (-q), as
	 * the mail cron sends is where it is read. */
	if (p->next_review.kind == DATE_OK && p->next_review.day >= today &&
	    p->next_review.day < today + len) {
		add(r, S_REVIEW, p->next_review.line, NULL, "next review",
		    p->next_review.day);
		r->news = 1;
	}
}

/* What changed since the baseline: every goal's percent then and now,
 * milestones added and removed. */
static void
baseline_items(const struct plan_diff *d, struct report *r)
{
	const struct plan *p = d->pn, *base = d->po;
	size_t i, j;

	for (i = 0; i < d->ng; i++) {
		const struct goal_diff *gd = &d->g[i];
		struct item *it;

		if (gd->n < 0)
			continue;
		it = add(r, S_CHANGE, p->goals[gd->n].line,
		    goal_title(p, &p->goals[gd->n]), NULL, LONG_MIN);
		it->then = gd->o >= 0 ? goal_percent(&base->goals[gd->o]) :
		    -2;	/* a new goal */
		it->now = goal_percent(&p->goals[gd->n]);
	}
	for (j = 0; j < 2; j++)
		for (i = 0; i < d->nc; i++) {
			const struct change *c = &d->c[i];
			const struct milestone *m;

			if (j == 0 && c->kind == K_ADDED) {
				m = &p->ms[c->n];
				add(r, S_NEW, m->line,
				    goal_title(p, &p->goals[m->goal]),
				    m->text, LONG_MIN);
			} else if (j == 1 && c->kind == K_REMOVED) {
				m = &base->ms[c->o];
				add(r, S_REMOVED, 0,
				    goal_title(base, &base->goals[m->goal]),
				    m->text, LONG_MIN);
			}
		}
}

/* ---- output ---- */

static void
fmt_day(char out[11], long day)
{
	date_format(day, out);
}

static void
period_label(const struct week *wk, struct buf *b)
{
	char s[11], u[11];
	int y, w;

	fmt_day(s, wk->since);
	fmt_day(u, wk->until);
	if (wk->weekly) {
		date_isoweek(wk->since, &y, &w);
		buf_printf(b, "Week %04d-W%02d (%s to %s)", y, w, s, u);
	} else {
		buf_printf(b, "%s to %s", s, u);
	}
}

static void
sparkline(struct buf *b, const struct report *r, int unicode, int fmt_md)
{
	static const char *const uni[] = { "\xe2\x96\x81", "\xe2\x96\x82",
	    "\xe2\x96\x83", "\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86",
	    "\xe2\x96\x87", "\xe2\x96\x88" };
	static const char ascii[] = "_.-=+*#@";
	size_t k, max = 0;

	for (k = 0; k < WEEKS; k++)
		if (r->week[k] > max)
			max = r->week[k];
	for (k = 0; k < WEEKS; k++) {
		size_t lv = max ? r->week[k] * 7 / max : 0;

		if (unicode)
			buf_adds(b, uni[lv]);
		else
			buf_addc(b, ascii[lv]);
	}
	if (fmt_md)
		buf_addc(b, '`');
	buf_adds(b, " (");
	for (k = 0; k < WEEKS; k++)
		buf_printf(b, "%s%zu", k ? " " : "", r->week[k]);
	buf_addc(b, ')');
}

/* "3 milestones completed; 40% done (+10)" */
static void
progress(struct buf *b, const struct report *r)
{
	int now = percent_of(r->done_now, r->total_now);
	int then = percent_of(r->done_then, r->total_then);

	buf_printf(b, "%zu milestone%s completed; ", r->done_period,
	    r->done_period == 1 ? "" : "s");
	if (now >= 0) {
		buf_printf(b, "%d%% done", now);
		if (then >= 0)
			buf_printf(b, " (%+d)", now - then);
	} else {
		buf_adds(b, "no milestones");
	}
}

static void
headline(const struct week *w, struct buf *b, const char *name,
    const struct report *r)
{
	period_label(w, b);
	buf_printf(b, ": %s\n", name);
	progress(b, r);
	buf_adds(b, "; last 8 weeks: ");
	/* In Markdown the ASCII line would be read as emphasis. */
	if (w->fmt == FMT_MARKDOWN)
		buf_addc(b, '`');
	sparkline(b, r, w->unicode, w->fmt == FMT_MARKDOWN);
}

static void
pct_text(struct buf *b, int pct)
{
	if (pct >= 0)
		buf_printf(b, "%d%%", pct);
	else
		buf_addc(b, '-');
}

/* "1 day", "3 days": in a static buffer, one at a time. */
static const char *
days(long n)
{
	static char s[32];

	snprintf(s, sizeof s, "%ld day%s", n, n == 1 || n == -1 ? "" : "s");
	return s;
}

/* Text from a plan into a line: escaped for Markdown, or a span that
 * may be cut at a terminal. */
static void
out(struct line *l, int md, const char *s)
{
	if (md)
		md_str(&l->b, s);
	else
		line_span(l, s, strlen(s));
}

/* A plan's name: never cut, as what names a place. */
static void
place(struct line *l, int md, const char *s)
{
	if (md)
		md_str(&l->b, s);
	else
		buf_adds(&l->b, s);
}

/* The words after the place: what each section says of a line. */
static void
item_text(struct line *l, int md, long today, const struct item *it)
{
	struct buf *b = &l->b;
	char d[11];

	if (it->day != LONG_MIN)
		fmt_day(d, it->day);
	switch (it->sect) {
	case S_DONE:
		out(l, md, it->text);
		if (it->day != LONG_MIN)
			buf_printf(b, " (done %s", d);
		else
			buf_adds(b, " (ticked since the baseline");
		if (it->next_line > 0 && it->next_due != LONG_MIN) {
			fmt_day(d, it->next_due);
			buf_printf(b, "; next due %s", d);
		} else if (it->next_line > 0)
			buf_printf(b, "; next on line %ld", it->next_line);
		buf_addc(b, ')');
		break;
	case S_DUE:
	case S_SCHEDULED:
	case S_OVERDUE:
		out(l, md, it->text);
		buf_printf(b, " (%s %s", it->sect == S_SCHEDULED ? "scheduled" :
		    "due", d);
		if (it->sect == S_OVERDUE)
			buf_printf(b, ", %s late", days(today - it->day));
		buf_adds(b, ") - ");
		out(l, md, it->goal);
		break;
	case S_GOAL_OVERDUE:
		out(l, md, it->goal);
		buf_printf(b, " (deadline %s, %s late, ", d,
		    days(today - it->day));
		pct_text(b, it->now);
		buf_addc(b, ')');
		break;
	case S_STALLED:
		out(l, md, it->goal);
		buf_adds(b, " (");
		pct_text(b, it->now);
		buf_addc(b, ')');
		break;
	case S_DEADLINE:
		out(l, md, it->goal);
		buf_printf(b, " (deadline %s, %s%s, ", d, it->day == today ?
		    "" : "in ", it->day == today ? "today" :
		    days(it->day - today));
		pct_text(b, it->now);
		buf_addc(b, ')');
		break;
	case S_CHANGE:
		out(l, md, it->goal);
		buf_adds(b, ": ");
		if (it->then == -2)
			buf_adds(b, "new");
		else
			pct_text(b, it->then);
		buf_adds(b, " -> ");
		pct_text(b, it->now);
		break;
	case S_NEW:
	case S_REMOVED:
		out(l, md, it->text);
		buf_adds(b, " - ");
		out(l, md, it->goal);
		break;
	case S_WIN:
		if (it->goal == NULL) {
			out(l, md, it->text);
			break;
		}
		out(l, md, it->goal);
		if (it->day != LONG_MIN)
			buf_printf(b, " (reached 100%% on %s)", d);
		else
			buf_adds(b, " (reached 100% since the baseline)");
		break;
	case S_FEEDBACK:
		out(l, md, it->text);
		break;
	case S_REVIEW:
		buf_printf(b, "next review %s (%s%s)", d, it->day == today ?
		    "" : "in ", it->day == today ? "today" :
		    days(it->day - today));
		break;
	default:
		break;
	}
}

/* One report for every plan: with more than one, a combined headline
 * (tot) and a line a plan, then each section grouped by plan.  Text
 * lines fit a terminal (line_put); Markdown is never cut. */
static void
text_report(const struct week *w, const struct report *tot)
{
	enum fmt fmt = w->fmt;
	int md = fmt == FMT_MARKDOWN;
	const struct fit *f = &w->cli.fit;
	struct line l = { 0 };
	struct buf h = { 0 }, name = { 0 };
	size_t s, i, k;
	int many = w->nreps > 1;

	if (many)
		buf_printf(&name, "%zu plans", w->nreps);
	headline(w, &h, many ? name.s : w->reps[0].name, tot);
	for (i = 0; i < h.len && h.s[i] != '\n'; i++)
		;
	if (md)
		buf_adds(&l.b, "## ");
	buf_add(&l.b, h.s, i);
	line_put(&l, f);
	if (md)
		line_put(&l, f);
	buf_add(&l.b, h.s + i + 1, h.len - i - 1);
	line_put(&l, f);
	for (k = 0; many && k < w->nreps; k++) {
		h.len = 0;
		progress(&h, &w->reps[k]);
		if (k == 0 && md)
			line_put(&l, f);
		buf_adds(&l.b, md ? "- " : "  ");
		place(&l, md, w->reps[k].name);
		buf_printf(&l.b, ": %s", h.s);
		line_put(&l, f);
	}
	buf_free(&h);
	buf_free(&name);
	for (s = 0; s < S_COUNT; s++) {
		if (tot->count[s] == 0)
			continue;
		line_put(&l, f);
		buf_printf(&l.b, md ? "### %s" : "%s", sect_titles[s]);
		if (s == S_DUE || s == S_SCHEDULED || s == S_REVIEW) {
			char a[11], b[11];

			fmt_day(a, w->today);
			fmt_day(b, w->today + w->until - w->since);
			buf_printf(&l.b, " (%s to %s)", a, b);
		}
		line_put(&l, f);
		if (md)
			line_put(&l, f);
		for (k = 0; k < w->nreps; k++) {
			const struct report *r = &w->reps[k];
			long lastgoal = 0;

			for (i = 0; i < r->n; i++) {
				const struct item *it = &r->it[i];

				if (it->sect != s)
					continue;
				if (s == S_DONE && it->gline != lastgoal) {
					lastgoal = it->gline;
					buf_adds(&l.b, md ? "- " : "  ");
					out(&l, md, it->goal);
					line_put(&l, f);
				}
				buf_adds(&l.b, s == S_DONE ? (md ? "  - " :
				    "    ") : (md ? "- " : "  "));
				if (it->line > 0) {
					place(&l, md, it->file ? it->file :
					    r->name);
					buf_printf(&l.b, ":%ld: ", it->line);
				}
				item_text(&l, md, w->today, it);
				line_put(&l, f);
			}
		}
	}
	buf_free(&l.b);
}

static void
json_day(struct buf *b, const char *key, long day)
{
	if (day == LONG_MIN)
		json_knull(b, key);
	else
		json_kday(b, key, day);
}

static void
json_pct(struct buf *b, const char *key, int pct)
{
	if (pct >= 0)
		json_knum(b, key, pct);
	else
		json_knull(b, key);
}

static void
json_report(struct week *w, const char *type, const struct report *r)
{
	struct buf *b = &w->out;
	size_t i;

	if (r->plan_json != NULL)	/* what its front matter says */
		buf_adds(b, r->plan_json);
	json_begin(b, NULL);
	json_kstr(b, "type", type);
	if (r->name != NULL)
		json_kstr(b, "file", r->name);
	else
		json_knum(b, "files", (long long)w->nreps);
	json_day(b, "since", w->since);
	json_day(b, "until", w->until);
	json_knum(b, "completed", (long long)r->done_period);
	json_pct(b, "percent", percent_of(r->done_now, r->total_now));
	json_pct(b, "percent_before", percent_of(r->done_then,
	    r->total_then));
	json_list(b, "weeks");
	for (i = 0; i < WEEKS; i++)
		json_knum(b, NULL, (long long)r->week[i]);
	json_list_end(b);
	json_end(b);
	buf_addc(b, '\n');
	for (i = 0; i < r->n; i++) {
		const struct item *it = &r->it[i];

		json_begin(b, NULL);
		json_kstr(b, "type", sect_names[it->sect]);
		json_kstr(b, "file", it->file ? it->file : r->name);
		if (it->line > 0)
			json_knum(b, "line", it->line);
		else
			json_knull(b, "line");
		json_kstr(b, "goal", it->goal);
		json_kstr(b, "text", it->text);
		json_day(b, "date", it->day);
		json_pct(b, "percent_before", it->then);
		json_pct(b, "percent", it->now);
		if (it->next_line > 0) {
			json_begin(b, "next");
			json_knum(b, "line", it->next_line);
			json_day(b, "due", it->next_due);
			json_end(b);
		}
		json_end(b);
		buf_addc(b, '\n');
		out_write(b);
	}
	out_write(b);
}

/*
 * The baseline of a plan tracked in git, with no -b or -g: the plan as
 * committed last before the period began (git rev-list -1
 * --before=SINCE HEAD -- FILE), so that boxes ticked without a done date
 * count.  None, quietly, for a file git does not track, one committed
 * first in the period, or no git at all.
 */
static struct plan *
git_baseline(struct week *w, const char *path, long since)
{
	char day[11], msg[512];
	char *buf;
	size_t len;
	struct plan *p;
	struct buf name = { 0 };

	if (w->no_git || !strcmp(path, "-"))
		return NULL;
	fmt_day(day, since);
	if (git_show(day, path, &buf, &len, msg, sizeof msg) < 0)
		return NULL;
	git_warnings(day, path, msg);
	buf_printf(&name, "%s:%s", day, path);
	p = plan_parse(w->cli.ctx, name.s, buf, len);
	buf_free(&name);
	free(buf);
	return p;
}

static int report_with(struct week *, const char *, struct plan *,
    struct plan *);

/* Sections in order; Due next and Scheduled by day; else as found. */
static int
by_section(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	if (x->sect != y->sect)
		return x->sect < y->sect ? -1 : 1;
	if ((x->sect == S_DUE || x->sect == S_SCHEDULED ||
	    x->sect == S_FEEDBACK) && x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int
report_plan(void *tool, const char *path, struct plan *p)
{
	struct week *w = tool;
	struct plan *own = NULL;
	char err[512];

	/* -g: each plan's baseline is itself in git at REV. */
	if (w->rev != NULL) {
		if (!strcmp(path, "-")) {
			warnx("-g: standard input is in no revision");
			return 2;
		}
		if ((own = plan_load_git(w->cli.ctx, w->rev, path, err,
		    sizeof err)) == NULL) {
			warnx("%s:%s: %s", w->rev, path, err);
			return 2;
		}
		git_warnings(w->rev, path, err);
	} else if (w->base == NULL) {
		own = git_baseline(w, path, w->since);
	}
	/* The baseline is cut by the same filters as the plan. */
	if (own != NULL)
		cli_filter(&w->cli, own);
	return report_with(w, path, p, own);
}

static int
report_with(struct week *w, const char *path, struct plan *p,
    struct plan *own)
{
	struct plan *base = w->base ? w->base : own;
	int from_git = own != NULL && w->rev == NULL;
	struct plan_diff *d = base ? plan_diff_new(base, p,
	    plan_match_new(base, p)) : NULL;
	const struct plan_match *pm = d ? d->m : NULL;
	struct report r = { 0 };
	size_t i, k;

	w->then = base;
	milestone_items(w, p, pm, &r);
	goal_items(w, p, pm, &r);
	if (d != NULL)
		baseline_items(d, &r);
	career_items(w, p, d, &r);
	/* A period that has ended, with the plan from git: the headline
	 * is the plan as committed by the period's end. */
	if (from_git && w->until < w->today) {
		struct plan *end = git_baseline(w, path, w->until + 1);

		if (end != NULL) {
			cli_filter(&w->cli, end);
			overall(end, 0, &r.done_now, &r.total_now);
		}
		plan_free(end);
	}
	/* Goals that did not change are no news. */
	for (i = 0; i < r.n; i++)
		if (r.it[i].sect == S_CHANGE && r.it[i].then == r.it[i].now)
			r.it[i].sect = S_COUNT;
	if (r.n > 0)
		qsort(r.it, r.n, sizeof *r.it, by_section);
	for (i = 0; i < r.n; i++)
		if (r.it[i].sect != S_COUNT)
			r.count[r.it[i].sect]++;
	/* -q: news is what happened in the period, not what stands. */
	if (r.count[S_CHANGE] || r.count[S_NEW] || r.count[S_REMOVED])
		r.news = 1;
	/* Kept for the one report at the end: the plan is freed. */
	k = 0;
	for (i = 0; i < r.n; i++)
		if (r.it[i].sect != S_COUNT) {
			r.it[k] = r.it[i];
			r.it[k].goal = r.it[k].goal ? xstrdup(r.it[k].goal) :
			    NULL;
			r.it[k].text = r.it[k].text ? xstrdup(r.it[k].text) :
			    NULL;
			/* A plan written by plangoals -f markdown names
			 * where its lines came from. */
			if (r.it[k].line > 0) {
				const char *f = plan_where(p, r.it[k].line,
				    &r.it[k].line);

				if (f != p->name)
					r.it[k].file = xstrdup(f);
			}
			if (r.it[k].next_line > 0)
				plan_where(p, r.it[k].next_line,
				    &r.it[k].next_line);
			k++;
		}
	r.n = k;
	r.name = xstrdup(p->name);
	if (p->fm_lines > 0 && w->fmt == FMT_JSON) {
		struct record rec = { 0 };
		struct buf j = { 0 };

		rec_plan(&rec, p);
		out_json(&j, &rec);
		rec_free(&rec);
		r.plan_json = j.s;
	}
	if (w->nreps == w->capreps) {
		w->capreps = w->capreps ? w->capreps * 2 : 16;
		w->reps = xrealloc(w->reps, w->capreps, sizeof *w->reps);
	}
	w->reps[w->nreps++] = r;
	plan_diff_free(d);
	plan_free(own);
	return 0;
}

/* The report of every plan read, or nothing under -q when nothing
 * happened in any. */
static void
print_reports(struct week *w)
{
	struct report tot = { 0 };
	size_t i, k, news = 0;

	for (i = 0; i < w->nreps; i++) {
		const struct report *r = &w->reps[i];

		news |= (size_t)r->news;
		tot.done_period += r->done_period;
		tot.done_now += r->done_now;
		tot.total_now += r->total_now;
		tot.done_then += r->done_then;
		tot.total_then += r->total_then;
		for (k = 0; k < WEEKS; k++)
			tot.week[k] += r->week[k];
		for (k = 0; k < S_COUNT; k++)
			tot.count[k] += r->count[k];
	}
	if (w->nreps == 0 || (w->quiet && !news))
		return;
	if (w->fmt != FMT_JSON) {
		text_report(w, &tot);
		return;
	}
	for (i = 0; i < w->nreps; i++)
		json_report(w, "period", &w->reps[i]);
	if (w->nreps > 1)
		json_report(w, "total", &tot);
}

static void
free_reports(struct week *w)
{
	size_t i, k;

	for (i = 0; i < w->nreps; i++) {
		for (k = 0; k < w->reps[i].n; k++) {
			free((char *)w->reps[i].it[k].goal);
			free((char *)w->reps[i].it[k].text);
			free(w->reps[i].it[k].file);
		}
		free(w->reps[i].it);
		free(w->reps[i].name);
		free(w->reps[i].plan_json);
	}
	free(w->reps);
}

/* Parse YYYY-Www: four digits, a week of that year. */
static int
parse_week(const char *s, long *mon)
{
	char *end;
	long y, w;

	if (strlen(s) != 8 || strspn(s, "0123456789") != 4 || s[4] != '-' ||
	    (s[5] != 'W' && s[5] != 'w'))
		return 0;
	y = strtol(s, &end, 10);
	if (end != s + 4)
		return 0;
	w = strtol(s + 6, &end, 10);
	if (*end != '\0' || s[6] < '0' || s[6] > '9')
		return 0;
	*mon = date_isoweek_monday((int)y, (int)w);
	return *mon != -1;
}

static int
parse_date_opt(const char *name, const char *arg, long *day)
{
	if (date_parse(arg, strlen(arg), day))
		return 1;
	warnx("%s: '%s' is not a date (YYYY-MM-DD)", name, arg);
	return 0;
}

enum { O_SINCE = 256, O_UNTIL, O_NO_GIT };

static int
option(void *tool, int c, const char *arg)
{
	struct week *w = tool;

	switch (c) {
	case 'w': w->week = arg; break;
	case O_SINCE: w->since_arg = arg; break;
	case O_UNTIL: w->until_arg = arg; break;
	case 'b': w->base_arg = arg; break;
	case 'g': w->rev = arg; break;
	case 'q': w->quiet = 1; break;
	case O_NO_GIT: w->no_git = 1; break;
	default: return 2;
	}
	return -1;
}

/* The period: -w, --since/--until, or the last whole ISO week. */
static int
set_period(struct week *w)
{
	long mon;

	if (w->week && (w->since_arg || w->until_arg)) {
		warnx("-w and --since/--until exclude each other");
		return 0;
	}
	if (w->week) {
		if (!parse_week(w->week, &mon)) {
			warnx("-w: '%s' is not a week (YYYY-Www)", w->week);
			return 0;
		}
		/* Dates are written with four-digit years. */
		if (mon + 6 > date_days(9999, 12, 31)) {
			warnx("-w: week %s ends after 9999-12-31", w->week);
			return 0;
		}
		w->since = mon, w->until = mon + 6, w->weekly = 1;
		return 1;
	}
	if (w->since_arg || w->until_arg) {
		if (w->until_arg == NULL || w->since_arg == NULL) {
			warnx("--since and --until go together");
			return 0;
		}
		if (!parse_date_opt("--since", w->since_arg, &w->since) ||
		    !parse_date_opt("--until", w->until_arg, &w->until))
			return 0;
		if (w->since > w->until) {
			warnx("--since %s is after --until %s", w->since_arg,
			    w->until_arg);
			return 0;
		}
		return 1;
	}
	w->since = w->today - date_weekday(w->today) - 7;
	w->until = w->since + 6;
	w->weekly = 1;
	if (w->since < date_days(1, 1, 1)) {
		warnx("the week before today starts before 0001-01-01");
		return 0;
	}
	return 1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "since", required_argument, NULL, O_SINCE },
		{ "until", required_argument, NULL, O_UNTIL },
		{ "no-git", no_argument, NULL, O_NO_GIT },
		{ NULL, 0, NULL, 0 }
	};
	struct week w = { 0 };
	char **av;
	int status, nfiles;

	cli_init("planweek");
	w.cli = (struct cli){
		.synopsis = "[-f text|markdown|json] [-w YYYY-Www | "
		    "--since YYYY-MM-DD --until YYYY-MM-DD] [-b file | -g rev] "
		    "[--no-git] [-q] [-G regex] [--today YYYY-MM-DD] [file ...]",
		.help = "  -w YYYY-Www        the report of that ISO week "
		    "(default: last week)\n"
		    "  --since, --until   the report of a period of days "
		    "instead\n"
		    "  -b FILE            compare with the plan as it was in "
		    "FILE\n"
		    "  -g REV             compare with the plan as it was in "
		    "git at REV: a revision,\n"
		    "                     a date (2026-11-16) or a span "
		    "(1 week ago)\n"
		    "  --no-git           no baseline from git's history\n"
		    "  -q                 print nothing when nothing happened\n",
		.formats = fmts,
		.flags = CLI_TODAY | CLI_MARKER | CLI_PLANS | CLI_FILTER |
		    CLI_RULES,
		.shortopts = "w:b:g:q",
		.longopts = longopts,
		.option = option,
		.tool = &w,
	};
	if ((status = cli_parse(&w.cli, argc, argv)) >= 0)
		return status;
	w.fmt = (enum fmt)w.cli.format;
	w.today = w.cli.today;
	av = w.cli.operands;
	nfiles = w.cli.noperands;
	if (!set_period(&w))
		return cli_end(&w.cli, 2);
	if (w.base_arg && w.rev) {
		warnx("-b and -g exclude each other");
		return cli_end(&w.cli, 2);
	}
	if (w.rev && nfiles == 0) {
		warnx("-g needs plan files: standard input is in no revision");
		return cli_end(&w.cli, 2);
	}
	if (w.base_arg && (nfiles > 1 || (!strcmp(w.base_arg, "-") &&
	    (nfiles == 0 || !strcmp(av[0], "-"))))) {
		warnx("-b needs exactly one plan, not on standard input too");
		return cli_end(&w.cli, 2);
	}
	w.unicode = w.fmt == FMT_TEXT && w.cli.unicode;
	/* The baseline is read as the plan is, with its .planrules. */
	if (w.base_arg && cli_rules(&w.cli, nfiles ? av[0] : "-") != 0)
		return cli_end(&w.cli, 2);
	if (w.base_arg &&
	    (w.base = plan_load(w.cli.ctx, w.base_arg)) == NULL) {
		warn_read(w.base_arg);
		return cli_end(&w.cli, 2);
	}
	if (w.base != NULL)
		cli_filter(&w.cli, w.base);
	status = cli_each(&w.cli, report_plan);
	print_reports(&w);
	free_reports(&w);
	plan_free(w.base);
	buf_free(&w.out);
	return cli_end(&w.cli, status);
}
