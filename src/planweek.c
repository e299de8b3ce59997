/* planweek: the weekly report of plan documents, for people and cron. */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_MARKDOWN, FMT_JSON };
enum sect { S_DONE, S_DUE, S_OVERDUE, S_STALLED, S_DEADLINE, S_CHANGE,
    S_NEW, S_REMOVED, S_COUNT };

static const char *const sect_names[S_COUNT] = { "completed", "due",
    "overdue", "stalled", "deadline", "change", "new", "removed" };
static const char *const sect_titles[S_COUNT] = { "Completed", "Due next",
    "Overdue", "Stalled goals", "Deadlines in the next 30 days",
    "Goals since the baseline", "New milestones", "Removed milestones" };

static enum fmt fmt = FMT_TEXT;
static long today, since, until;
static int quiet, fancy, weekly;
static struct plan *base;

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
};

struct report {
	struct item *it;
	size_t n, cap;
	size_t done_period;
	int pct_now, pct_then;
	size_t week[WEEKS];
};

static void
usage(FILE *f)
{
	fprintf(f, "usage: %s [-f text|markdown|json] [-w YYYY-Www | "
	    "--since YYYY-MM-DD --until YYYY-MM-DD] [-b file | -g rev] [-q] "
	    "[--today YYYY-MM-DD] [file ...]\n", progname);
}

static struct item *
add(struct report *r, enum sect s, long line, const char *goal,
    const char *text, long day)
{
	struct item *it;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->it = xrealloc(r->it, r->cap, sizeof *r->it);
	}
	it = &r->it[r->n++];
	*it = (struct item){ s, line, goal, text, day, -1, -1 };
	return it;
}

static int
is_open(const struct milestone *m)
{
	return m->state == MS_OPEN || m->state == MS_ACTIVE;
}

static int
has(const struct milestone *m, enum field f)
{
	return m->date[f].kind == DATE_OK;
}

/* Done in the period: by its done date, or else (with a baseline) open
 * then and done now. */
static int
done_in_period(const struct milestone *m, const struct plan_match *pm,
    size_t i)
{
	long o;

	if (m->state != MS_DONE)
		return 0;
	if (has(m, F_DONE))
		return m->date[F_DONE].day >= since &&
		    m->date[F_DONE].day <= until;
	if (pm == NULL || (o = pm->ms_old[i]) < 0)
		return 0;
	return is_open(&base->ms[o]);
}

static int
overall(const struct plan *p, size_t minus)
{
	size_t g, done = 0, total = 0;

	for (g = 0; g < p->ngoals; g++) {
		done += p->goals[g].n[MS_DONE];
		total += goal_total(&p->goals[g]);
	}
	return percent_of(done - minus, total);
}

static void
milestone_items(const struct plan *p, const struct plan_match *pm,
    struct report *r)
{
	long len = until - since + 1;
	long mon = until - date_weekday(until);
	size_t i, after = 0;

	for (i = 0; i < p->nms; i++) {
		const struct milestone *m = &p->ms[i];
		const char *goal = p->goals[m->goal].title;
		long due = has(m, F_DUE) ? m->date[F_DUE].day : 0;

		if (done_in_period(m, pm, i)) {
			add(r, S_DONE, m->line, goal, m->text, has(m, F_DONE) ?
			    m->date[F_DONE].day : LONG_MIN);
			r->done_period++;
		}
		if (m->state == MS_DONE && has(m, F_DONE)) {
			long d = m->date[F_DONE].day, k;

			if (d >= since)
				after++;
			k = (d - (mon - 7L * (WEEKS - 1))) / 7;
			if (d >= mon - 7L * (WEEKS - 1) && k < WEEKS)
				r->week[k]++;
		}
		if (is_open(m) && has(m, F_DUE) && due > until &&
		    due <= until + len)
			add(r, S_DUE, m->line, goal, m->text, due);
		if (is_open(m) && has(m, F_DUE) && due < today)
			add(r, S_OVERDUE, m->line, goal, m->text, due);
	}
	r->pct_now = overall(p, 0);
	if (pm == NULL) {
		/* Then: before the period, taking back what was done since. */
		size_t goals_done = 0, g;

		for (g = 0; g < p->ngoals; g++)
			goals_done += p->goals[g].n[MS_DONE];
		r->pct_then = overall(p, after > goals_done ? goals_done :
		    after);
	} else {
		r->pct_then = overall(base, 0);
	}
}

/* Nothing done in the last 14 days, by date or since the baseline. */
static int
stalled(const struct plan *p, const struct plan_match *pm, size_t g)
{
	const struct goal *gp = &p->goals[g];
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
		if (!has(m, F_DONE) && until >= today - STALL_DAYS &&
		    done_in_period(m, pm, i))
			return 0;
	}
	return 1;
}

static void
goal_items(const struct plan *p, const struct plan_match *pm,
    struct report *r)
{
	size_t g;

	for (g = 0; g < p->ngoals; g++) {
		const struct goal *gp = &p->goals[g];

		if (stalled(p, pm, g))
			add(r, S_STALLED, gp->line, gp->title, NULL,
			    LONG_MIN)->now = goal_percent(gp);
		if (gp->deadline.kind == DATE_OK && gp->deadline.day >= today &&
		    gp->deadline.day <= today + SOON_DAYS)
			add(r, S_DEADLINE, gp->line, gp->title, NULL,
			    gp->deadline.day)->now = goal_percent(gp);
	}
}

static void
baseline_items(const struct plan *p, const struct plan_match *pm,
    struct report *r)
{
	size_t i;

	for (i = 0; i < pm->ngoals; i++) {
		const struct match_pair *pr = &pm->goals[i];
		int then = pr->old >= 0 ? goal_percent(&base->goals[pr->old]) :
		    -2;	/* a new goal */
		struct item *it;

		if (pr->new < 0)
			continue;
		it = add(r, S_CHANGE, p->goals[pr->new].line,
		    p->goals[pr->new].title, NULL, LONG_MIN);
		it->then = then;
		it->now = goal_percent(&p->goals[pr->new]);
	}
	for (i = 0; i < p->nms; i++)
		if (pm->ms_old[i] < 0)
			add(r, S_NEW, p->ms[i].line, p->goals[p->ms[i].goal].title,
			    p->ms[i].text, LONG_MIN);
	for (i = 0; i < base->nms; i++)
		if (pm->ms_new[i] < 0)
			add(r, S_REMOVED, 0, base->goals[base->ms[i].goal].title,
			    base->ms[i].text, LONG_MIN);
}

/* ---- output ---- */

static void
fmt_day(char out[11], long day)
{
	date_format(day, out);
}

static void
period_label(struct buf *b)
{
	char s[11], u[11];
	int y, w;

	fmt_day(s, since);
	fmt_day(u, until);
	if (weekly) {
		date_isoweek(since, &y, &w);
		buf_printf(b, "Week %04d-W%02d (%s to %s)", y, w, s, u);
	} else {
		buf_printf(b, "%s to %s", s, u);
	}
}

static void
sparkline(struct buf *b, const struct report *r)
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

		if (fancy)
			buf_adds(b, uni[lv]);
		else
			buf_addc(b, ascii[lv]);
	}
	buf_adds(b, " (");
	for (k = 0; k < WEEKS; k++)
		buf_printf(b, "%s%zu", k ? " " : "", r->week[k]);
	buf_addc(b, ')');
}

static void
headline(struct buf *b, const struct plan *p, const struct report *r)
{
	period_label(b);
	buf_printf(b, ": %s\n", p->name);
	buf_printf(b, "%zu milestone%s completed; ", r->done_period,
	    r->done_period == 1 ? "" : "s");
	if (r->pct_now >= 0) {
		buf_printf(b, "%d%% done", r->pct_now);
		if (r->pct_then >= 0)
			buf_printf(b, " (%+d)", r->pct_now - r->pct_then);
	} else {
		buf_adds(b, "no milestones");
	}
	buf_adds(b, "; last 8 weeks: ");
	sparkline(b, r);
}

static void
pct_text(int pct)
{
	if (pct >= 0)
		printf("%d%%", pct);
	else
		fputs("-", stdout);
}

/* The words after the place: what each section says of a line. */
static void
item_text(const struct item *it, void (*out)(const char *))
{
	char d[11];

	if (it->day != LONG_MIN)
		fmt_day(d, it->day);
	switch (it->sect) {
	case S_DONE:
		out(it->text);
		if (it->day != LONG_MIN)
			printf(" (done %s)", d);
		else
			fputs(" (ticked since the baseline)", stdout);
		break;
	case S_DUE:
	case S_OVERDUE:
		out(it->text);
		printf(" (due %s", d);
		if (it->sect == S_OVERDUE)
			printf(", %ld days late", today - it->day);
		fputs(") - ", stdout);
		out(it->goal);
		break;
	case S_STALLED:
		out(it->goal);
		fputs(" (", stdout);
		pct_text(it->now);
		putchar(')');
		break;
	case S_DEADLINE:
		out(it->goal);
		printf(" (deadline %s, in %ld days, ", d, it->day - today);
		pct_text(it->now);
		putchar(')');
		break;
	case S_CHANGE:
		out(it->goal);
		fputs(": ", stdout);
		if (it->then == -2)
			fputs("new", stdout);
		else
			pct_text(it->then);
		fputs(" -> ", stdout);
		pct_text(it->now);
		break;
	case S_NEW:
	case S_REMOVED:
		out(it->text);
		fputs(" - ", stdout);
		out(it->goal);
		break;
	default:
		break;
	}
}

static void
plain(const char *s)
{
	fputs(s, stdout);
}

static void
md_out(const char *s)
{
	md_text(s);
}

static void
text_report(const struct plan *p, const struct report *r, size_t *count)
{
	struct buf h = { 0 };
	size_t s, i;
	const char *lastgoal = NULL;

	headline(&h, p, r);
	if (fmt == FMT_MARKDOWN) {
		fputs("## ", stdout);
		for (i = 0; i < h.len && h.s[i] != '\n'; i++)
			putchar(h.s[i]);
		printf("\n\n%s\n", h.s + i + 1);
	} else {
		printf("%.*s\n", (int)h.len, h.s);
	}
	buf_free(&h);
	for (s = 0; s < S_COUNT; s++) {
		if (count[s] == 0)
			continue;
		printf(fmt == FMT_MARKDOWN ? "\n### %s" : "\n%s",
		    sect_titles[s]);
		if (s == S_DUE) {
			char a[11], b[11];

			fmt_day(a, until + 1);
			fmt_day(b, 2 * until - since + 1);
			printf(" (%s to %s)", a, b);
		}
		fputs(fmt == FMT_MARKDOWN ? "\n\n" : "\n", stdout);
		for (i = 0; i < r->n; i++) {
			const struct item *it = &r->it[i];

			if (it->sect != s)
				continue;
			if (s == S_DONE && it->goal != lastgoal) {
				lastgoal = it->goal;
				fputs(fmt == FMT_MARKDOWN ? "- " : "  ", stdout);
				(fmt == FMT_MARKDOWN ? md_out : plain)(it->goal);
				putchar('\n');
			}
			fputs(s == S_DONE ? (fmt == FMT_MARKDOWN ? "  - " :
			    "    ") : (fmt == FMT_MARKDOWN ? "- " : "  "),
			    stdout);
			if (it->line > 0) {
				if (fmt == FMT_MARKDOWN)
					md_text(p->name);
				else
					fputs(p->name, stdout);
				printf(":%ld: ", it->line);
			}
			item_text(it, fmt == FMT_MARKDOWN ? md_out : plain);
			putchar('\n');
		}
	}
}

static void
json_day(long day)
{
	char d[11];

	if (day == LONG_MIN) {
		fputs("null", stdout);
		return;
	}
	fmt_day(d, day);
	printf("\"%s\"", d);
}

static void
json_pct(int pct)
{
	if (pct >= 0)
		printf("%d", pct);
	else
		fputs("null", stdout);
}

static void
json_report(const struct plan *p, const struct report *r)
{
	size_t i;

	fputs("{\"type\":\"period\",\"file\":", stdout);
	json_cstr(stdout, p->name);
	fputs(",\"since\":", stdout);
	json_day(since);
	fputs(",\"until\":", stdout);
	json_day(until);
	printf(",\"completed\":%zu,\"percent\":", r->done_period);
	json_pct(r->pct_now);
	fputs(",\"percent_before\":", stdout);
	json_pct(r->pct_then);
	fputs(",\"weeks\":[", stdout);
	for (i = 0; i < WEEKS; i++)
		printf("%s%zu", i ? "," : "", r->week[i]);
	fputs("]}\n", stdout);
	for (i = 0; i < r->n; i++) {
		const struct item *it = &r->it[i];

		printf("{\"type\":\"%s\",\"file\":", sect_names[it->sect]);
		json_cstr(stdout, p->name);
		fputs(",\"line\":", stdout);
		if (it->line > 0)
			printf("%ld", it->line);
		else
			fputs("null", stdout);
		fputs(",\"goal\":", stdout);
		json_cstr(stdout, it->goal);
		fputs(",\"text\":", stdout);
		json_cstr(stdout, it->text);
		fputs(",\"date\":", stdout);
		json_day(it->day);
		fputs(",\"percent_before\":", stdout);
		json_pct(it->then);
		fputs(",\"percent\":", stdout);
		json_pct(it->now);
		fputs("}\n", stdout);
	}
}

static void
report_plan(const struct plan *p)
{
	struct plan_match *pm = base ? plan_match_new(base, p) : NULL;
	struct report r = { 0 };
	size_t count[S_COUNT] = { 0 }, i, any = 0;

	milestone_items(p, pm, &r);
	goal_items(p, pm, &r);
	if (pm != NULL)
		baseline_items(p, pm, &r);
	for (i = 0; i < r.n; i++)
		count[r.it[i].sect]++;
	/* Goals that did not change are no news. */
	for (i = 0; i < r.n; i++)
		if (r.it[i].sect == S_CHANGE && r.it[i].then == r.it[i].now)
			r.it[i].sect = S_COUNT, count[S_CHANGE]--;
	for (i = 0; i < S_COUNT; i++)
		any += count[i];
	if (!(quiet && any == 0)) {
		static int shown;
		size_t k = 0;

		if (shown++ && fmt != FMT_JSON)
			putchar('\n');
		for (i = 0; i < r.n; i++)
			if (r.it[i].sect != S_COUNT)
				r.it[k++] = r.it[i];
		r.n = k;
		if (fmt == FMT_JSON)
			json_report(p, &r);
		else
			text_report(p, &r, count);
	}
	free(r.it);
	plan_match_free(pm);
}

/* Parse YYYY-Www. */
static int
parse_week(const char *s, long *mon)
{
	char *end;
	long y, w;

	if (strlen(s) != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w'))
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

struct args {
	const char *today, *week, *since, *until, *base, *rev;
};

static int
parse_opts(int argc, char *argv[], struct args *a)
{
	static const struct option longopts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "today", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const fmts[] = { "text", "markdown", "json", NULL };
	int c, k;

	while ((c = getopt_long(argc, argv, "f:w:b:g:qhV", longopts, NULL)) !=
	    -1)
		switch (c) {
		case 'f':
			if ((k = opt_word("format", optarg, fmts)) < 0)
				return 2;
			fmt = (enum fmt)k;
			break;
		case 'w': a->week = optarg; break;
		case 's': a->since = optarg; break;
		case 'u': a->until = optarg; break;
		case 'b': a->base = optarg; break;
		case 'g': a->rev = optarg; break;
		case 'q': quiet = 1; break;
		case 'T': a->today = optarg; break;
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

/* The period: -w, --since/--until, or the last whole ISO week. */
static int
set_period(const struct args *a)
{
	long mon;

	if (a->week && (a->since || a->until)) {
		warnx("-w and --since/--until exclude each other");
		return 0;
	}
	if (a->week) {
		if (!parse_week(a->week, &mon)) {
			warnx("-w: '%s' is not a week (YYYY-Www)", a->week);
			return 0;
		}
		since = mon, until = mon + 6, weekly = 1;
		return 1;
	}
	if (a->since || a->until) {
		if (a->until == NULL || a->since == NULL) {
			warnx("--since and --until go together");
			return 0;
		}
		if (!parse_date_opt("--since", a->since, &since) ||
		    !parse_date_opt("--until", a->until, &until))
			return 0;
		if (since > until) {
			warnx("--since %s is after --until %s", a->since,
			    a->until);
			return 0;
		}
		return 1;
	}
	since = today - date_weekday(today) - 7;
	until = since + 6;
	weekly = 1;
	return 1;
}

int
main(int argc, char *argv[])
{
	struct plan_ctx *ctx;
	struct args a = { 0 };
	char err[300];
	int i, r, status = 0, nfiles;

	tool_init("planweek");
	/* getopt names argv[0]: say planweek under a wrapper too. */
	argv[0] = (char *)progname;
	if ((r = parse_opts(argc, argv, &a)) != 0)
		return r < 0 ? 0 : r;
	if (!today_opt(a.today, &today))
		return 2;
	if (!set_period(&a))
		return 2;
	nfiles = argc - optind;
	if (a.base && a.rev) {
		warnx("-b and -g exclude each other");
		return 2;
	}
	if (a.rev && (nfiles != 1 || !strcmp(argv[optind], "-"))) {
		warnx("-g needs exactly one plan file");
		return 2;
	}
	if (a.base && (nfiles > 1 || (!strcmp(a.base, "-") && (nfiles == 0 ||
	    !strcmp(argv[optind], "-"))))) {
		warnx("-b needs exactly one plan, not on standard input too");
		return 2;
	}
	fancy = fmt == FMT_TEXT && out_fancy();
	if ((ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL) {
		warnx("%s", err);
		return 2;
	}
	plan_ctx_today(ctx, today);
	if (a.base && (base = plan_load(ctx, a.base)) == NULL) {
		warn("%s", a.base);
		plan_ctx_free(ctx);
		return 2;
	}
	if (a.rev &&
	    (base = plan_load_git(ctx, a.rev, argv[optind])) == NULL) {
		plan_ctx_free(ctx);
		return 2;
	}
	for (i = optind; i < argc || i == optind; i++) {
		const char *path = i < argc ? argv[i] : "-";
		struct plan *p = plan_load(ctx, path);

		if (p == NULL) {
			warn("%s", path);
			status = 2;
			continue;
		}
		report_plan(p);
		plan_free(p);
		out_flush();
	}
	plan_free(base);
	plan_ctx_free(ctx);
	return out_close(status);
}
