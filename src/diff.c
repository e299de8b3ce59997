/* diff.c: the changes between two matched versions of a plan, goal by
 * goal: goals added, removed, renamed; milestones added, removed, moved
 * to another goal, their state or status changed, their due date
 * moved. */
#include <stdlib.h>
#include <string.h>

#include "plan.h"

const char change_names[K_COUNT][16] = { "goal", "goal-added",
    "goal-removed", "goal-renamed", "added", "removed", "moved",
    "completed", "reopened", "cancelled", "state", "redated" };

static void
add(struct plan_diff *d, enum change_kind k, long o, long n)
{
	if (d->nc == d->capc) {
		d->capc = d->capc ? d->capc * 2 : 32;
		d->c = xrealloc(d->c, d->capc, sizeof *d->c);
	}
	d->c[d->nc++] = (struct change){ k, o, n, -1 };
}

/* The next occurrence written beside recurring milestone n of the new
 * version, done now: a neighbour under the same goal with the same
 * text, open, recurring, and new; -1 for none. */
static long
next_occurrence(const struct plan_diff *d, long n)
{
	long j;

	if (d->m->ms_old[n] < 0 || (j = ms_next(d->pn, (size_t)n)) < 0 ||
	    d->m->ms_old[j] >= 0)
		return -1;
	return j;
}

enum change_kind
state_change(enum ms_state was, enum ms_state is)
{
	if (was == is)
		return K_COUNT;
	if (is == MS_DONE)
		return K_COMPLETED;
	if (is == MS_CANCELLED)
		return K_CANCELLED;
	if (was == MS_DONE || was == MS_CANCELLED)
		return K_REOPENED;
	return K_STATE;		/* open and active */
}

static int
date_differs(const struct pdate *a, const struct pdate *b)
{
	if (a->kind != b->kind)
		return 1;
	if (a->kind == DATE_OK)
		return a->day != b->day;
	return a->kind == DATE_BAD && strcmp(a->text, b->text) != 0;
}

/* What happened to milestone n of the new version. */
static void
ms_changes(struct plan_diff *d, long gn, long n)
{
	const struct milestone *mn = &d->pn->ms[n], *mo;
	long o = d->m->ms_old[n];
	enum change_kind k;

	if (o < 0) {
		/* The next occurrence of a recurring milestone is named
		 * with its completion, not added. */
		if ((n > 0 && next_occurrence(d, n - 1) == n) ||
		    ((size_t)n + 1 < d->pn->nms &&
		    next_occurrence(d, n + 1) == n))
			return;
		add(d, K_ADDED, -1, n);
		return;
	}
	mo = &d->po->ms[o];
	if (d->m->goal_new[mo->goal] != gn)
		add(d, K_MOVED, o, n);
	if ((k = state_change(mo->state, mn->state)) != K_COUNT) {
		add(d, k, o, n);
		if (k == K_COMPLETED)
			d->c[d->nc - 1].next = next_occurrence(d, n);
	}
	else if (strcmp(ms_status(mo), ms_status(mn)) != 0)
		add(d, K_STATE, o, n);	/* open to forwarded, ... */
	if (date_differs(&mo->date[F_DUE], &mn->date[F_DUE]))
		add(d, K_REDATED, o, n);
}

static int
renamed(const struct goal *a, const struct goal *b)
{
	char *x = match_norm(a->title), *y = match_norm(b->title);
	int r = strcmp(x, y) != 0;

	free(x);
	free(y);
	return r;
}

/* The changes of one goal pair. */
static void
goal_changes(struct plan_diff *d, struct goal_diff *gd)
{
	const struct goal *o = gd->o >= 0 ? &d->po->goals[gd->o] : NULL;
	const struct goal *n = gd->n >= 0 ? &d->pn->goals[gd->n] : NULL;
	size_t i;

	gd->first = d->nc;
	if (o == NULL)
		add(d, K_GOAL_ADDED, gd->o, gd->n);
	else if (n == NULL)
		add(d, K_GOAL_REMOVED, gd->o, gd->n);
	else if (renamed(o, n))
		add(d, K_GOAL_RENAMED, gd->o, gd->n);
	if (n != NULL)
		for (i = n->first; i < n->first + n->count; i++)
			ms_changes(d, gd->n, (long)i);
	if (o != NULL)
		for (i = o->first; i < o->first + o->count; i++)
			if (d->m->ms_new[i] < 0)
				add(d, K_REMOVED, (long)i, -1);
	gd->count = d->nc - gd->first;
	gd->counts = o == NULL || n == NULL ||
	    o->n[MS_DONE] != n->n[MS_DONE] || goal_total(o) != goal_total(n);
}

struct plan_diff *
plan_diff_new(const struct plan *po, const struct plan *pn,
    struct plan_match *m)
{
	struct plan_diff *d = xcalloc(1, sizeof *d);
	size_t i;

	d->po = po;
	d->pn = pn;
	d->m = m;
	d->ng = m->ngoals;
	d->g = xcalloc(d->ng + 1, sizeof *d->g);
	for (i = 0; i < d->ng; i++) {
		d->g[i].o = m->goals[i].old;
		d->g[i].n = m->goals[i].new;
		goal_changes(d, &d->g[i]);
	}
	return d;
}

void
plan_diff_free(struct plan_diff *d)
{
	if (d == NULL)
		return;
	plan_match_free(d->m);
	free(d->g);
	free(d->c);
	free(d);
}
