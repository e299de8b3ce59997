/* fuzz_diff: two arbitrary documents, split at the first NUL byte (or in
 * half), parsed as an old and a new version of a plan, matched, and
 * diffed by the library (diff.c); the match and the change list must
 * hold together.  The two texts are also compared line by line
 * (textdiff.c): with no line marked, the hunks must turn the old text
 * into the new, byte for byte. */
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

/* The length of the line at s (its end: LF, CR LF or CR, included). */
static size_t
line_len(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && s[i] != '\n' && s[i] != '\r')
		i++;
	if (i < len && s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
		return i + 2;
	return i < len ? i + 1 : i;
}

/* Apply the hunks to a, as patch would: each hunk's old lines must be
 * a's lines at its place, and the result must be b. */
static void
check_text(const char *a, size_t alen, const char *b, size_t blen)
{
	struct tdiff *t = text_diff(a, alen, b, blen, NULL, 0, NULL, 0);
	char *out = malloc(alen + blen + 1);
	size_t olen = 0, at = 0, h, j, n;
	long line = 1, start;

	if (out == NULL)
		abort();
	for (h = 0; h < t->nh; h++) {
		const struct thunk *k = &t->h[h];

		start = k->oc ? k->os : k->os + 1;
		for (; line < start; line++) {	/* the same on both sides */
			if (at >= alen)
				abort();
			n = line_len(a + at, alen - at);
			memcpy(out + olen, a + at, n);
			olen += n;
			at += n;
		}
		for (j = k->first; j < k->first + k->count; j++) {
			const struct tline *l = &t->l[j];

			if (l->op != '+') {
				if (l->len > alen - at ||
				    memcmp(l->s, a + at, l->len) != 0)
					abort();
				at += l->len;
				line++;
			}
			if (l->op != '-') {
				memcpy(out + olen, l->s, l->len);
				olen += l->len;
			}
		}
	}
	memcpy(out + olen, a + at, alen - at);
	olen += alen - at;
	if (olen != blen || memcmp(out, b, blen) != 0)
		abort();
	free(out);
	text_diff_free(t);
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
	check_text(s, nul != NULL ? half - 1 : half, s + half, size - half);
	m = plan_match_new(o, n);
	check_match(o, n, m);
	d = plan_diff_new(o, n, m);
	check_diff(d);
	plan_diff_free(d);
	plan_free(o);
	plan_free(n);
	return 0;
}
