/* fuzz_diff: two arbitrary documents, split at the first NUL byte (or in
 * half), parsed as an old and a new version of a plan, matched, and
 * diffed by the library (diff.c); the match and the change list must
 * hold together. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

static void
check_match(const struct plan *o, const struct plan *n,
    const struct plan_match *m)
{
	size_t i;

	for (i = 0; i < m->ngoals; i++)
		if (m->goals[i].old >= (long)o->ngoals ||
		    m->goals[i].new >= (long)n->ngoals ||
		    (m->goals[i].old < 0 && m->goals[i].new < 0))
			abort();
	for (i = 0; i < m->nms; i++)
		if (m->ms[i].old >= (long)o->nms || m->ms[i].new >= (long)n->nms)
			abort();
}

static void
check_diff(const struct plan_diff *d)
{
	size_t i, sum = 0;

	for (i = 0; i < d->ng; i++) {
		if (d->g[i].first != sum || d->g[i].first + d->g[i].count >
		    d->nc)
			abort();
		sum += d->g[i].count;
	}
	if (sum != d->nc)
		abort();
	for (i = 0; i < d->nc; i++) {
		const struct change *c = &d->c[i];
		int goal = c->kind < K_ADDED;
		long no = goal ? (long)d->po->ngoals : (long)d->po->nms;
		long nn = goal ? (long)d->pn->ngoals : (long)d->pn->nms;

		if (c->kind >= K_COUNT || c->o >= no || c->n >= nn ||
		    (c->o < 0 && c->n < 0))
			abort();
		if ((c->kind == K_ADDED) != (c->o < 0 && !goal))
			abort();
		if ((c->kind == K_REMOVED) != (c->n < 0 && !goal))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_ctx *ctx;
	const char *s = (const char *)data, *nul;
	size_t half;
	struct plan *o, *n;
	struct plan_match *m;
	struct plan_diff *d;
	char err[256];

	if (ctx == NULL) {
		if ((ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL)
			abort();
		set_progname("fuzz_diff");
	}
	nul = memchr(s, '\0', size);
	half = nul != NULL ? (size_t)(nul - s) : size / 2;
	o = plan_parse(ctx, "old", s, half);
	if (nul != NULL)
		half++;
	n = plan_parse(ctx, "new", s + half, size - half);
	m = plan_match_new(o, n);
	check_match(o, n, m);
	d = plan_diff_new(o, n, m);
	check_diff(d);
	plan_diff_free(d);
	plan_free(o);
	plan_free(n);
	return 0;
}
