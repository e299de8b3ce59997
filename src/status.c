/* status.c: a goal's status, its overdue and next milestones, bars. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan.h"

const char status_names[ST_COUNT][16] = { "done", "no-milestones",
    "overdue", "at-risk", "not-started", "on-track" };


int
goal_start(const struct plan *p, const struct goal *g, long *day)
{
	size_t i;
	int f, found = 0;

	if (g->start.kind == DATE_OK) {
		*day = g->start.day;
		return 1;
	}
	for (i = g->first; i < g->first + g->count; i++)
		for (f = 0; f < F_COUNT; f++) {
			const struct pdate *d = &p->ms[i].date[f];

			if (d->kind == DATE_OK && (!found || d->day < *day)) {
				*day = d->day;
				found = 1;
			}
		}
	return found;
}

/* The share of the time from start to deadline gone by today lags the
 * percent done by more than 25 points.  Integer arithmetic: exact. */
static int
at_risk(const struct plan *p, const struct goal *g, long today)
{
	long start;
	long long span, gone;

	if (g->deadline.kind != DATE_OK || !goal_start(p, g, &start) ||
	    g->deadline.day <= start)
		return 0;
	span = (long long)g->deadline.day - start;
	gone = (long long)today - start;
	if (gone <= 0)
		return 0;
	if (gone > span)
		gone = span;
	/* gone/span*100 - pct > 25 */
	return gone * 100 - (long long)goal_percent(g) * span > 25 * span;
}

enum gstatus
goal_status(const struct plan *p, const struct goal *g, long today)
{
	size_t total = goal_total(g);

	if (total > 0 && g->n[MS_DONE] == total)
		return ST_DONE;
	if (total == 0)
		return ST_NONE;
	if (goal_late(g, today, 0))
		return ST_OVERDUE;
	if (at_risk(p, g, today))
		return ST_AT_RISK;
	if (g->n[MS_DONE] == 0)
		return ST_NOT_STARTED;
	return ST_ON_TRACK;
}

int
status_rank(enum gstatus s)
{
	static const int rank[ST_COUNT] = { 5, 4, 0, 1, 2, 3 };

	return rank[s];
}

size_t
goal_overdue(const struct plan *p, const struct goal *g, long today)
{
	size_t i, n = 0;

	for (i = g->first; i < g->first + g->count; i++)
		n += ms_late(&p->ms[i], today);
	return n;
}

const struct milestone *
goal_next_due(const struct plan *p, const struct goal *g, long today)
{
	const struct milestone *best = NULL;
	size_t i;

	for (i = g->first; i < g->first + g->count; i++) {
		const struct milestone *m = &p->ms[i];

		if (ms_open(m) && m->date[F_DUE].kind == DATE_OK &&
		    m->date[F_DUE].day >= today && (best == NULL ||
		    m->date[F_DUE].day < best->date[F_DUE].day))
			best = m;
	}
	return best;
}
