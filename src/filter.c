/*
 * filter.c: choosing what to look at.  The filters every tool takes
 * (--tag, --priority, --state, --due, --done, --goal) select milestones
 * and goals of a plan before any tool counts or checks: the plan is cut
 * down in place, so that every count, rule and report sees only what
 * was chosen.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <limits.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

const char *const filter_states[] = { "open", "done", "active",
    "cancelled", NULL };			/* as enum ms_state */

void
filter_init(struct filter *f)
{
	memset(f, 0, sizeof *f);
	f->due_from = f->done_from = LONG_MIN;
	f->due_to = f->done_to = LONG_MAX;
}

void
filter_free(struct filter *f)
{
	free(f->tags);
	if (f->goal_re != NULL)
		pcre2_code_free(f->goal_re);
	filter_init(f);
}

int
filter_active(const struct filter *f)
{
	return f->ntags || f->priorities || f->states || f->due || f->done ||
	    f->goal_re != NULL;
}

int
filter_tag(struct filter *f, const char *arg, char *err, size_t errlen)
{
	const char *word = arg;

	if (*word == '#' || *word == '+' || *word == '@')
		word++;
	if (*word == '\0' || strpbrk(word, " \t") != NULL) {
		snprintf(err, errlen, "--tag: '%s' is not a word", arg);
		return -1;
	}
	f->tags = xrealloc(f->tags, f->ntags + 1, sizeof *f->tags);
	f->tags[f->ntags++] = word;
	return 0;
}

int
filter_priority(struct filter *f, const char *s, char *err, size_t errlen)
{
	size_t n = strlen(s);
	int k;

	/* todo.txt's letters, bare or in parentheses. */
	if (n == 3 && s[0] == '(' && s[2] == ')')
		s++, n = 1;
	if (n == 1 && ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z')) {
		k = (*s | 0x20) - 'a' + PRI_HIGHEST;
		f->priorities |= 1u << (k > PRI_LOWEST ? PRI_LOWEST : k);
		return 0;
	}
	for (k = PRI_HIGHEST; k <= PRI_LOWEST; k++)
		if (strcmp(s, priority_names[k]) == 0) {
			f->priorities |= 1u << k;
			return 0;
		}
	if (strcmp(s, "none") == 0) {
		f->priorities |= 1u << PRI_NONE;
		return 0;
	}
	snprintf(err, errlen, "--priority: unknown level '%s' (highest, "
	    "high, medium, low, lowest, none, or A to E)", s);
	return -1;
}

int
filter_state(struct filter *f, const char *s, char *err, size_t errlen)
{
	int k;

	for (k = 0; filter_states[k] != NULL; k++)
		if (strcmp(s, filter_states[k]) == 0) {
			f->states |= 1u << k;
			return 0;
		}
	snprintf(err, errlen, "--state: unknown state '%s' (open, active, "
	    "done, cancelled)", s);
	return -1;
}

/* The first day of the period a WHEN names, from its last day and how
 * it was written: a day, an ISO week, a quarter, a year, or a month. */
static long
period_start(const char *t, size_t n, long last)
{
	int y, m, d;
	size_t i;

	date_ymd(last, &y, &m, &d);
	for (i = 0; i + 1 < n; i++) {
		if ((t[i] == 'W' || t[i] == 'w') && t[i + 1] >= '0' &&
		    t[i + 1] <= '9')
			return last - 6;
		if ((t[i] == 'Q' || t[i] == 'q') && t[i + 1] >= '1' &&
		    t[i + 1] <= '4')
			return date_days(y, m - 2, 1);
	}
	if (n >= 10 && t[4] == '-' && t[7] == '-')
		return last;
	for (i = 0; i < n && t[i] >= '0' && t[i] <= '9'; i++)
		;
	if (i == n || (n > 4 && strncmp(t, "end of ", 7) == 0))
		return date_days(y, 1, 1);
	return date_days(y, m, 1);
}

/* One end of a range: 0 and *day, or -1. */
static int
range_end(const char *s, size_t n, const struct date_ref *r, int from,
    long *day)
{
	struct pdate d;

	if (date_expr(s, n, r, &d) != n || d.kind != DATE_OK)
		return -1;
	*day = from ? period_start(s, n, d.day) : d.day;
	return 0;
}

int
filter_range(const char *opt, const char *arg, long today, long *from,
    long *to, char *err, size_t errlen)
{
	struct date_ref r = { .today = today, .has_today = 1 };
	const char *dots = strstr(arg, "..");
	size_t n = dots ? (size_t)(dots - arg) : strlen(arg);

	*from = LONG_MIN;
	*to = LONG_MAX;
	if ((n > 0 && range_end(arg, n, &r, 1, from) == -1) ||
	    (dots == NULL && range_end(arg, n, &r, 0, to) == -1) ||
	    (dots != NULL && dots[2] != '\0' &&
	    range_end(dots + 2, strlen(dots + 2), &r, 0, to) == -1) ||
	    (dots != NULL && n == 0 && dots[2] == '\0')) {
		snprintf(err, errlen, "%s: '%s' is not FROM..TO with dates "
		    "as plan(5) reads them", opt, arg);
		return -1;
	}
	if (*from > *to) {
		snprintf(err, errlen, "%s: '%s' ends before it starts", opt,
		    arg);
		return -1;
	}
	return 0;
}

int
filter_goal(struct filter *f, const char *re, char *err, size_t errlen)
{
	PCRE2_SIZE off;
	int ec;
	char msg[256];

	if (f->goal_re != NULL)
		pcre2_code_free(f->goal_re);
	f->goal_re = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP, &ec, &off, NULL);
	if (f->goal_re == NULL) {
		pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
		snprintf(err, errlen, "--goal: bad regex: column %zu: %s",
		    (size_t)off + 1, msg);
		return -1;
	}
	if (getenv("PLANMARK_NO_JIT") == NULL)
		pcre2_jit_compile(f->goal_re, PCRE2_JIT_COMPLETE);
	return 0;
}

static int
in_range(const struct pdate *d, int on, long from, long to)
{
	return !on || (d->kind == DATE_OK && d->day >= from && d->day <= to);
}

/* Every word of --tag among the milestone's tags, projects, contexts. */
static int
has_tags(const struct filter *f, const struct milestone *m)
{
	size_t i;

	for (i = 0; i < f->ntags; i++)
		if (!word_listed(m->tags, f->tags[i]) &&
		    !word_listed(m->projects, f->tags[i]) &&
		    !word_listed(m->contexts, f->tags[i]))
			return 0;
	return 1;
}

static int
ms_chosen(const struct filter *f, const struct milestone *m)
{
	return has_tags(f, m) &&
	    (!f->priorities || (f->priorities & 1u << m->priority)) &&
	    (!f->states || (f->states & 1u << m->state)) &&
	    in_range(&m->date[F_DUE], f->due, f->due_from, f->due_to) &&
	    in_range(&m->date[F_DONE], f->done, f->done_from, f->done_to);
}

void
plan_filter(struct plan *p, const struct filter *f)
{
	pcre2_match_data *md = NULL;
	struct rx_bounds *rx = NULL;
	size_t g, i, ng = 0, nm = 0;
	long *map = NULL;
	int by_ms = f->ntags || f->priorities || f->states || f->due ||
	    f->done;

	if (!filter_active(f))
		return;
	if (f->goal_re != NULL) {
		md = pcre2_match_data_create_from_pattern(f->goal_re, NULL);
		rx = rx_bounds_new();
	}
	if (p->nlinks > 0)
		map = xmalloc(p->ngoals * sizeof *map);
	for (g = 0; g < p->ngoals; g++) {
		struct goal gp = p->goals[g];
		const char *t = goal_title(p, &gp);
		int chosen = 0;
		size_t first = nm;

		if (map != NULL)
			map[g] = -1;
		if (f->goal_re != NULL) {
			chosen = pcre2_match(f->goal_re, (PCRE2_SPTR)t,
			    strlen(t), 0, 0, md, rx_context(rx)) >= 0;
			if (!chosen)
				continue;
		}
		memset(gp.n, 0, sizeof gp.n);
		for (i = gp.first; i < gp.first + gp.count; i++) {
			if (by_ms && !ms_chosen(f, &p->ms[i]))
				continue;
			p->ms[nm] = p->ms[i];
			p->ms[nm].goal = ng;
			gp.n[p->ms[nm].state]++;
			nm++;
		}
		gp.first = first;
		gp.count = nm - first;
		if (gp.count == 0 && !chosen)
			continue;
		if (map != NULL)
			map[g] = (long)ng;
		p->goals[ng++] = gp;
	}
	/* A career plan's links follow their goals. */
	for (i = 0, g = 0; map != NULL && i < p->nlinks; i++)
		if (map[p->links[i].goal] >= 0) {
			p->links[g] = p->links[i];
			p->links[g++].goal = (size_t)map[p->links[i].goal];
		}
	if (map != NULL)
		p->nlinks = g;
	free(map);
	p->ngoals = ng;
	p->nms = nm;
	if (md != NULL)
		pcre2_match_data_free(md);
	rx_bounds_free(rx);
}
