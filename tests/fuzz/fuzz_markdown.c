/* fuzz_markdown: plangoals -f markdown round-trips.  The input is a
 * plan; its Markdown (md_plan), read back, must give the same goals
 * (title, deadline, start, milestone counts by state) and the same
 * milestones (state, text, dates, nesting), and the Markdown of that
 * must be the Markdown itself.  An invalid date must stay invalid; its
 * text may change where no field form holds it (md_bad). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

/* Say which property broke, then abort. */
#define FAIL(what) (fprintf(stderr, "fuzz_markdown: %s (line %d)\n", \
    (what), __LINE__), abort())

static void
same_date(const struct pdate *a, const struct pdate *b)
{
	if (a->kind != b->kind || (a->kind == DATE_OK && a->day != b->day))
		(fprintf(stderr, "%d %ld [%s] vs %d %ld [%s]\n", a->kind, a->day, a->text, b->kind, b->day, b->text), FAIL("a date"));
}

/* Milestone nesting as md_plan keeps it: for each, how many of the
 * goal's milestones above it it is nested in. */
static void
depths(const struct plan *p, const struct goal *g, int *out)
{
	int *up = calloc(g->count + 1, sizeof *up);
	size_t i, n = 0;

	if (up == NULL)
		abort();
	for (i = 0; i < g->count; i++) {
		int d = p->ms[g->first + i].depth;

		while (n > 0 && up[n - 1] >= d)
			n--;
		out[i] = (int)n;
		up[n++] = d;
	}
	free(up);
}

static void
same_plan(const struct plan *a, const struct plan *b)
{
	size_t g, i, f;
	int *da, *db;

	if (a->ngoals != b->ngoals || a->nms != b->nms)
		FAIL("the number of goals or milestones");
	da = calloc(a->nms + 1, sizeof *da);
	db = calloc(a->nms + 1, sizeof *db);
	if (da == NULL || db == NULL)
		abort();
	for (g = 0; g < a->ngoals; g++) {
		const struct goal *x = &a->goals[g], *y = &b->goals[g];

		if ((x->kind == G_PREAMBLE) != (y->kind == G_PREAMBLE) ||
		    strcmp(x->title, y->title) || x->count != y->count ||
		    x->first != y->first ||
		    memcmp(x->n, y->n, sizeof x->n) != 0)
			FAIL("a goal's title or counts");
		same_date(&x->deadline, &y->deadline);
		same_date(&x->start, &y->start);
		depths(a, x, da);
		depths(b, y, db);
		if (memcmp(da, db, x->count * sizeof *da) != 0)
			FAIL("the nesting");
	}
	for (i = 0; i < a->nms; i++) {
		const struct milestone *x = &a->ms[i], *y = &b->ms[i];

		if (x->state != y->state || x->goal != y->goal ||
		    strcmp(x->text, y->text))
			FAIL("a milestone's state or text");
		for (f = 0; f < F_COUNT; f++)
			same_date(&x->date[f], &y->date[f]);
	}
	free(da);
	free(db);
}

static struct plan_ctx *
ctx(void)
{
	static struct plan_ctx *c;
	struct plan_opts o = { .keep_text = 0 };
	char err[256];

	if (c == NULL && (c = plan_ctx_new(&o, err, sizeof err)) == NULL)
		abort();
	if (c != NULL)
		plan_ctx_today(c, date_days(2026, 11, 23));
	return c;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct plan *a, *b, *c;
	struct buf m1 = { 0 }, m2 = { 0 };

	a = plan_parse(ctx(), "fuzz.md", (const char *)data, size);
	md_plan(&m1, a, NULL);
	b = plan_parse(ctx(), "fuzz.md", m1.s ? m1.s : "", m1.len);
	same_plan(a, b);
	md_plan(&m2, b, NULL);
	if (m1.len != m2.len || (m1.len && memcmp(m1.s, m2.s, m1.len)))
		FAIL("the Markdown of the Markdown");
	c = b;
	plan_free(a);
	plan_free(c);
	buf_free(&m1);
	buf_free(&m2);
	return 0;
}
