/* fuzz_diff: two arbitrary documents, split at the first NUL byte (or in
 * half), parsed and matched as an old and a new version of a plan. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

static void
check(const struct plan *o, const struct plan *n, const struct plan_match *m)
{
	size_t i;

	for (i = 0; i < m->ngoals; i++)
		if (m->goals[i].old >= (long)o->ngoals ||
		    m->goals[i].new >= (long)n->ngoals)
			abort();
	for (i = 0; i < m->nms; i++)
		if (m->ms[i].old >= (long)o->nms || m->ms[i].new >= (long)n->nms)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_ctx *ctx;
	const char *s = (const char *)data, *nul;
	size_t half;
	struct plan *o, *n;
	struct plan_match *m;
	char err[256];

	if (ctx == NULL && (ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL)
		abort();
	nul = memchr(s, '\0', size);
	half = nul != NULL ? (size_t)(nul - s) : size / 2;
	o = plan_parse(ctx, "old", s, half);
	if (nul != NULL)
		half++;
	n = plan_parse(ctx, "new", s + half, size - half);
	m = plan_match_new(o, n);
	check(o, n, m);
	plan_match_free(m);
	plan_free(o);
	plan_free(n);
	return 0;
}
