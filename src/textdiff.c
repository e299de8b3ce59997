/*
 * textdiff.c: two texts compared line by line (Myers' O(ND) diff), as
 * the hunks of a unified diff.  plandiff shows with it what changed
 * beyond its goals and milestones, so that as git's diff driver it never
 * hides a change.
 *
 * Lines end as libcmark ends them (LF, CR LF or a lone CR), so that line
 * numbers agree with the model's.  The common head and tail are set
 * aside first; past MAX_D differences the middle is shown as replaced
 * whole, which bounds the memory to about MAX_D squared.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

#define CONTEXT 3
#define MAX_D 1000

struct tl {
	const char *s;
	size_t len;		/* with its line end */
	uint64_t h;
};

static size_t
split(const char *s, size_t len, struct tl **out)
{
	size_t n = 0, cap = 1, i = 0, start;

	*out = xmalloc(sizeof **out);	/* never NULL: la + 0 is then fine */
	while (i < len) {
		uint64_t h = 1469598103934665603ULL;

		start = i;
		while (i < len && s[i] != '\n' && s[i] != '\r') {
			h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
			i++;
		}
		/* CR LF is one line end; a CR or an LF alone is one too. */
		if (i < len && s[i] == '\r') {
			i++;
			if (i < len && s[i] == '\n')
				i++;
		} else if (i < len) {
			i++;
		}
		if (n == cap) {
			cap *= 2;
			*out = xrealloc(*out, cap, sizeof **out);
		}
		(*out)[n].s = s + start;
		(*out)[n].len = i - start;
		(*out)[n].h = h ^ (i - start);
		n++;
	}
	return n;
}

static int
same(const struct tl *a, const struct tl *b)
{
	return a->h == b->h && a->len == b->len &&
	    memcmp(a->s, b->s, a->len) == 0;
}

/* The edit script of a[0..n) to b[0..m) into ops (n + m at most):
 * ' ', '-' or '+'. */
static size_t
myers(const struct tl *a, long n, const struct tl *b, long m, char *ops)
{
	long max = n + m, d, k, x, y, off, dmax;
	long *v, **trace;
	size_t nops = 0, i;
	char *rev;

	if (n == 0 || m == 0) {
		for (x = 0; x < n; x++)
			ops[nops++] = '-';
		for (y = 0; y < m; y++)
			ops[nops++] = '+';
		return nops;
	}
	dmax = max < MAX_D ? max : MAX_D;
	off = dmax + 1;
	v = xcalloc((size_t)(2 * off + 1), sizeof *v);
	trace = xcalloc((size_t)dmax + 1, sizeof *trace);
	for (d = 0; d <= dmax; d++) {
		for (k = -d; k <= d; k += 2) {
			if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
				x = v[off + k + 1];
			else
				x = v[off + k - 1] + 1;
			y = x - k;
			while (x < n && y < m && same(&a[x], &b[y]))
				x++, y++;
			v[off + k] = x;
			if (x >= n && y >= m)
				goto found;
		}
		/* Only diagonals -d..d were reached. */
		trace[d] = xmalloc((size_t)(2 * d + 1) * sizeof *v);
		memcpy(trace[d], v + off - d, (size_t)(2 * d + 1) * sizeof *v);
	}
	/* Too different: all of a out, all of b in. */
	for (d = 0; d <= dmax; d++)
		free(trace[d]);
	free(trace);
	free(v);
	for (x = 0; x < n; x++)
		ops[nops++] = '-';
	for (y = 0; y < m; y++)
		ops[nops++] = '+';
	return nops;
found:
	/* Back from (n, m): round d came from trace[d - 1], by a step down
	 * (a line of b in) or right (a line of a out), then a snake. */
	rev = xmalloc((size_t)(n + m) + 1);
	x = n, y = m;
	for (; d > 0; d--) {
		long *pv = trace[d - 1] + (d - 1), pk, px, py, mx, my;

		k = x - y;
		if (k == -d || (k != d && pv[k - 1] < pv[k + 1]))
			pk = k + 1;
		else
			pk = k - 1;
		px = pv[pk];
		py = px - pk;
		mx = pk == k + 1 ? px : px + 1;
		my = pk == k + 1 ? py + 1 : py;
		while (x > mx && y > my)
			rev[nops++] = ' ', x--, y--;
		if (pk == k + 1)
			rev[nops++] = '+', y--;
		else
			rev[nops++] = '-', x--;
	}
	while (x > 0 && y > 0)
		rev[nops++] = ' ', x--, y--;
	for (i = 0; i < nops; i++)
		ops[i] = rev[nops - 1 - i];
	free(rev);
	for (d = 0; d <= dmax; d++)
		free(trace[d]);
	free(trace);
	free(v);
	return nops;
}

static int
marked(const unsigned char *keep, size_t nkeep, size_t line)
{
	return keep != NULL && line < nkeep && keep[line];
}

struct tdiff *
text_diff(const char *a, size_t alen, const char *b, size_t blen,
    const unsigned char *kold, size_t nkold, const unsigned char *knew,
    size_t nknew)
{
	struct tdiff *t = xcalloc(1, sizeof *t);
	struct tl *la, *lb;
	size_t na = split(a, alen, &la), nb = split(b, blen, &lb);
	size_t pre = 0, suf = 0, nops, i, j, *oline, *nline, hcap = 0;
	char *ops, *all;
	unsigned char *news;

	while (pre < na && pre < nb && same(&la[pre], &lb[pre]))
		pre++;
	while (suf < na - pre && suf < nb - pre &&
	    same(&la[na - 1 - suf], &lb[nb - 1 - suf]))
		suf++;
	all = xmalloc(na + nb + 1);
	memset(all, ' ', pre);
	ops = all + pre;
	nops = pre + myers(la + pre, (long)(na - pre - suf), lb + pre,
	    (long)(nb - pre - suf), ops);
	memset(all + nops, ' ', suf);
	nops += suf;
	/* The lines of the script, numbered from 1 on each side. */
	t->l = xcalloc(nops + 1, sizeof *t->l);
	oline = xcalloc(nops + 1, sizeof *oline);
	nline = xcalloc(nops + 1, sizeof *nline);
	news = xcalloc(nops + 1, 1);
	for (i = 0, j = 0, t->nl = 0; t->nl < nops; t->nl++) {
		struct tline *l = &t->l[t->nl];
		const struct tl *src = all[t->nl] == '+' ? &lb[j] : &la[i];

		l->op = all[t->nl];
		l->s = src->s;
		l->len = src->len;
		oline[t->nl] = i + 1;
		nline[t->nl] = j + 1;
		if (l->op == '-')
			news[t->nl] = !marked(kold, nkold, i + 1);
		else if (l->op == '+')
			news[t->nl] = !marked(knew, nknew, j + 1);
		if (l->op != '+')
			i++;
		if (l->op != '-')
			j++;
	}
	/* Hunks: changes CONTEXT lines around, joined when their context
	 * meets; kept when they hold a change not marked. */
	for (i = 0; i < t->nl; ) {
		size_t first, last, k;
		int keep = 0;
		struct thunk *h;

		if (t->l[i].op == ' ') {
			i++;
			continue;
		}
		first = i >= CONTEXT ? i - CONTEXT : 0;
		last = i;
		for (k = i; k < t->nl; k++) {
			if (t->l[k].op == ' ') {
				if (k - last > 2 * CONTEXT)
					break;
				continue;
			}
			last = k;
			keep |= news[k];
		}
		i = last + 1;
		last = last + CONTEXT < t->nl ? last + CONTEXT : t->nl - 1;
		if (!keep)
			continue;
		if (t->nh == hcap) {
			hcap = hcap ? hcap * 2 : 8;
			t->h = xrealloc(t->h, hcap, sizeof *t->h);
		}
		h = &t->h[t->nh++];
		h->first = first;
		h->count = last - first + 1;
		h->os = (long)oline[first];
		h->ns = (long)nline[first];
		h->oc = h->nc = 0;
		for (k = first; k <= last; k++) {
			h->oc += t->l[k].op != '+';
			h->nc += t->l[k].op != '-';
		}
		/* As diff -u: an empty side starts at the line before. */
		if (h->oc == 0)
			h->os--;
		if (h->nc == 0)
			h->ns--;
	}
	free(oline);
	free(nline);
	free(news);
	free(all);
	free(la);
	free(lb);
	return t;
}

void
text_diff_free(struct tdiff *t)
{
	if (t == NULL)
		return;
	free(t->l);
	free(t->h);
	free(t);
}

size_t
text_line_end(const char *s, size_t len)
{
	if (len > 0 && s[len - 1] == '\n')
		len--;
	if (len > 0 && s[len - 1] == '\r')
		len--;
	return len;
}
