/* fuzz_diff: two arbitrary documents, split at the first NUL byte (or in
 * half), parsed as an old and a new version of a plan, matched, and
 * diffed by plandiff's own code in each output format (to /dev/null:
 * the formatting still runs under the sanitizers). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define main plandiff_main
#include "plandiff.c"
#undef main

static void
check(const struct plan *o, const struct plan *n, const struct plan_match *m)
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_ctx *ctx;
	const char *s = (const char *)data, *nul;
	size_t half;
	struct plan *o, *n;
	struct plan_match *m;
	struct match_side *so, *sn;
	char err[256];

	if (ctx == NULL) {
		if ((ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL ||
		    freopen("/dev/null", "w", stdout) == NULL)
			abort();
		progname = "fuzz_diff";
	}
	nul = memchr(s, '\0', size);
	half = nul != NULL ? (size_t)(nul - s) : size / 2;
	o = plan_parse(ctx, "old", s, half);
	if (nul != NULL)
		half++;
	n = plan_parse(ctx, "new", s + half, size - half);
	m = plan_match_new(o, n);
	check(o, n, m);
	plan_match_free(m);
	so = match_side_new(o);
	sn = match_side_new(n);
	for (fmt = FMT_TEXT; fmt <= FMT_JSON; fmt++)
		plan_diff(o, n, so, sn);
	match_side_free(so);
	match_side_free(sn);
	plan_free(o);
	plan_free(n);
	return 0;
}
