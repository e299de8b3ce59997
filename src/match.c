/*
 * match.c: pair the goals and milestones of two versions of a plan.
 *
 * Everything goes through hash tables of normalised text, so the work
 * is linear in the size of the two documents.  The tables hash with
 * SipHash-1-3 under a random key drawn for each match, so no document
 * can be built whose texts all fall in one bucket (issue 16: with an
 * unkeyed hash 2^18 texts could, and a diff took minutes).
 */
/* getentropy() is in POSIX 2024, not yet in the 2008 we ask for. */
#define _DEFAULT_SOURCE

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "plan.h"

/* ---- normalised text ---- */

struct cut {
	size_t start, end;	/* a date field's bytes */
};

struct cuts {
	struct cut c[8];
	size_t n;
};

static void
note_field(void *arg, enum field f, const struct pdate *d, size_t start,
    size_t end)
{
	struct cuts *cs = arg;

	(void)f;
	(void)d;
	if (cs->n < sizeof cs->c / sizeof cs->c[0])
		cs->c[cs->n++] = (struct cut){ start, end };
}

static int
in_cut(const struct cuts *cs, size_t i)
{
	size_t k;

	for (k = 0; k < cs->n; k++)
		if (i >= cs->c[k].start && i < cs->c[k].end)
			return 1;
	return 0;
}

/* Append s normalised and a NUL to b; date fields are cut only when
 * dates is set (a milestone's text has had them removed by the model). */
static void
norm(struct buf *b, const char *s, int dates)
{
	size_t len = strlen(s), i, o;
	struct cuts cs = { .n = 0 };
	int space = 0;
	char *out;

	if (dates)
		date_fields(s, len, note_field, &cs);
	buf_add(b, s, len + 1);		/* room, and a NUL at the end */
	out = b->s + b->len - len - 1;
	o = 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (cs.n && in_cut(&cs, i))
			continue;
		switch (c) {
		case '*': case '_': case '`': case '~':
			continue;
		case ' ': case '\t': case '\n': case '\r':
			space = o > 0;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = 0;
		out[o++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : (char)c;
	}
	out[o++] = '\0';
	b->len = (size_t)(out - b->s) + o;
}

char *
match_norm(const char *s)
{
	struct buf b = { 0 };

	norm(&b, s, 1);
	return b.s;
}

/* ---- a table of keys (goal, text), each with a queue of items ---- */

struct key {
	uint64_t h;
	long goal;
	const char *text;
	long head, tail;	/* items with this key, through link */
	long next;		/* next key in the bucket */
};

struct hkey {
	uint64_t k0, k1;
};

struct table {
	struct hkey key;	/* the hash's */
	long *bucket;
	size_t mask;
	struct key *k;
	size_t nk;
	long *link;		/* item -> next item of its key */
};

/* ---- SipHash-1-3 (Aumasson and Bernstein), keyed per match ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define SIPROUND(v0, v1, v2, v3) do {					\
	v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);	\
	v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;				\
	v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;				\
	v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);	\
} while (0)

static uint64_t
load64(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	    (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 |
	    (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
	    (uint64_t)p[7] << 56;
}

/* SipHash-1-3 of the message: the goal as a first 8-byte word, then s. */
static uint64_t
siphash13(const struct hkey *key, long goal, const char *s, size_t len)
{
	uint64_t v0 = key->k0 ^ 0x736f6d6570736575ULL;
	uint64_t v1 = key->k1 ^ 0x646f72616e646f6dULL;
	uint64_t v2 = key->k0 ^ 0x6c7967656e657261ULL;
	uint64_t v3 = key->k1 ^ 0x7465646279746573ULL;
	const unsigned char *p = (const unsigned char *)s;
	uint64_t m = (uint64_t)goal, b = (uint64_t)(len + 8) << 56;
	size_t i;

	v3 ^= m;
	SIPROUND(v0, v1, v2, v3);
	v0 ^= m;
	for (i = 0; i + 8 <= len; i += 8) {
		m = load64(p + i);
		v3 ^= m;
		SIPROUND(v0, v1, v2, v3);
		v0 ^= m;
	}
	for (; i < len; i++)
		b |= (uint64_t)p[i] << (8 * (i & 7));
	v3 ^= b;
	SIPROUND(v0, v1, v2, v3);
	v0 ^= b;
	v2 ^= 0xff;
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	return v0 ^ v1 ^ v2 ^ v3;
}

/*
 * A fresh random key: getentropy, else /dev/urandom, else what varies
 * between runs (time, pid, where the stack is).  Drawn once a match and
 * kept in its tables, so there is no global state and threads need no
 * lock; the result of a match never depends on the key.
 */
static void
hkey_new(struct hkey *key)
{
	unsigned char r[16];
	struct timespec ts;
	int fd, ok = getentropy(r, sizeof r) == 0;

	if (!ok && (fd = open("/dev/urandom", O_RDONLY)) != -1) {
		ok = read(fd, r, sizeof r) == (ssize_t)sizeof r;
		close(fd);
	}
	if (ok) {
		key->k0 = load64(r);
		key->k1 = load64(r + 8);
		return;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	key->k0 = (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 32 ^
	    (uint64_t)(uintptr_t)&ts;
	key->k1 = (uint64_t)getpid() << 32 ^ (uint64_t)clock();
}

static uint64_t
hash(const struct table *t, long goal, const char *s)
{
	return siphash13(&t->key, goal, s, strlen(s));
}

static void
table_init(struct table *t, const struct hkey *key, size_t nitems)
{
	size_t n = 16;

	t->key = *key;
	while (n < 2 * nitems)
		n *= 2;
	t->bucket = xmalloc(n * sizeof *t->bucket);
	memset(t->bucket, 0xff, n * sizeof *t->bucket);	/* all -1 */
	t->mask = n - 1;
	t->k = xcalloc(nitems + 1, sizeof *t->k);
	t->nk = 0;
	t->link = xcalloc(nitems + 1, sizeof *t->link);
}

static void
table_free(struct table *t)
{
	free(t->bucket);
	free(t->k);
	free(t->link);
}

static struct key *
table_find(const struct table *t, long goal, const char *text)
{
	uint64_t h = hash(t, goal, text);
	long i;

	for (i = t->bucket[h & t->mask]; i >= 0; i = t->k[i].next)
		if (t->k[i].h == h && t->k[i].goal == goal &&
		    !strcmp(t->k[i].text, text))
			return &t->k[i];
	return NULL;
}

/* Items are added in document order, so each queue is in order. */
static void
table_add(struct table *t, long goal, const char *text, long item)
{
	struct key *k = table_find(t, goal, text);

	t->link[item] = -1;
	if (k != NULL) {
		t->link[k->tail] = item;
		k->tail = item;
		return;
	}
	k = &t->k[t->nk];
	k->h = hash(t, goal, text);
	k->goal = goal;
	k->text = text;
	k->head = k->tail = item;
	k->next = t->bucket[k->h & t->mask];
	t->bucket[k->h & t->mask] = (long)t->nk++;
}

/* The first item of the key not yet taken, or -1; taken ones are
 * dropped from the queue so each is passed over once. */
static long
table_first(const struct table *t, long goal, const char *text,
    const long *partner)
{
	struct key *k = table_find(t, goal, text);

	if (k == NULL)
		return -1;
	while (k->head >= 0 && partner[k->head] >= 0)
		k->head = t->link[k->head];
	return k->head;
}

/* ---- matching ---- */

struct match_side {
	const struct plan *p;
	char **gnorm, **mnorm;	/* into text */
	struct buf text;	/* every normalised string, one after another */
};

struct match_side *
match_side_new(const struct plan *p)
{
	struct match_side *s = xcalloc(1, sizeof *s);
	size_t *off = xcalloc(p->ngoals + p->nms + 1, sizeof *off), i;

	s->p = p;
	s->gnorm = xcalloc(p->ngoals + 1, sizeof *s->gnorm);
	s->mnorm = xcalloc(p->nms + 1, sizeof *s->mnorm);
	for (i = 0; i < p->ngoals; i++) {
		off[i] = s->text.len;
		norm(&s->text, p->goals[i].title, 1);
	}
	for (i = 0; i < p->nms; i++) {
		off[p->ngoals + i] = s->text.len;
		norm(&s->text, p->ms[i].text, 0);
	}
	buf_add(&s->text, "", 0);	/* never NULL, even for no text */
	for (i = 0; i < p->ngoals; i++)
		s->gnorm[i] = s->text.s + off[i];
	for (i = 0; i < p->nms; i++)
		s->mnorm[i] = s->text.s + off[p->ngoals + i];
	free(off);
	return s;
}

void
match_side_free(struct match_side *s)
{
	if (s == NULL)
		return;
	free(s->gnorm);
	free(s->mnorm);
	buf_free(&s->text);
	free(s);
}

static long *
minus_ones(size_t n)
{
	long *a = xmalloc((n + 1) * sizeof *a);

	memset(a, 0xff, (n + 1) * sizeof *a);
	return a;
}

static void
pair(long *a2b, long *b2a, long a, long b)
{
	a2b[a] = b;
	b2a[b] = a;
}

static void
match_titles(struct plan_match *m, const struct match_side *o,
    const struct match_side *n, const struct hkey *key)
{
	struct table t;
	size_t i;
	long j;

	table_init(&t, key, o->p->ngoals);
	for (i = 0; i < o->p->ngoals; i++)
		table_add(&t, -1, o->gnorm[i], (long)i);
	for (i = 0; i < n->p->ngoals; i++)
		if ((j = table_first(&t, -1, n->gnorm[i], m->goal_new)) >= 0)
			pair(m->goal_new, m->goal_old, j, (long)i);
	table_free(&t);
}

/* How many of a candidate's items to look at for one text: enough for
 * real plans, and it bounds the work on a text repeated everywhere. */
#define VOTE_LOOK 8

/* A goal left over in the new version takes the left-over old goal
 * that holds more than half of its milestones (and of that goal's). */
static void
match_renames(struct plan_match *m, const struct match_side *o,
    const struct match_side *n, const struct table *any)
{
	const struct plan *op = o->p, *np = n->p;
	size_t *votes = xcalloc(op->ngoals + 1, sizeof *votes);
	long *stamp = minus_ones(op->ngoals), *touched;
	size_t g, i, nt, most = 0;

	for (g = 0; g < np->ngoals; g++)
		if (np->goals[g].count > most)
			most = np->goals[g].count;
	touched = xcalloc(most * VOTE_LOOK + 1, sizeof *touched);
	for (g = 0; g < np->ngoals; g++) {
		const struct goal *gp = &np->goals[g];
		long best = -1;

		if (m->goal_old[g] >= 0 || gp->count == 0)
			continue;
		nt = 0;
		for (i = gp->first; i < gp->first + gp->count; i++) {
			struct key *k = table_find(any, -1, n->mnorm[i]);
			long it;
			int look = 0;

			for (it = k ? k->head : -1; it >= 0 && look < VOTE_LOOK;
			    it = any->link[it], look++) {
				long og = (long)op->ms[it].goal;

				if (m->goal_new[og] >= 0 || stamp[og] == (long)i)
					continue;
				stamp[og] = (long)i;
				if (votes[og]++ == 0)
					touched[nt++] = og;
			}
		}
		for (i = 0; i < nt; i++) {
			long og = touched[i];
			size_t most = op->goals[og].count > gp->count ?
			    op->goals[og].count : gp->count;

			if (votes[og] * 2 > most && (best < 0 ||
			    votes[og] > votes[best]))
				best = og;
		}
		for (i = 0; i < nt; i++)
			votes[touched[i]] = 0;
		if (best >= 0)
			pair(m->goal_new, m->goal_old, best, (long)g);
	}
	free(touched);
	free(stamp);
	free(votes);
}

static void
match_milestones(struct plan_match *m, const struct match_side *o,
    const struct match_side *n, const struct table *any)
{
	const struct plan *np = n->p;
	struct table t;
	size_t i;
	long j;

	table_init(&t, &any->key, o->p->nms);
	for (i = 0; i < o->p->nms; i++)
		table_add(&t, (long)o->p->ms[i].goal, o->mnorm[i], (long)i);
	for (i = 0; i < np->nms; i++) {
		long og = m->goal_old[np->ms[i].goal];

		if (og >= 0 && (j = table_first(&t, og, n->mnorm[i],
		    m->ms_new)) >= 0)
			pair(m->ms_new, m->ms_old, j, (long)i);
	}
	/* What is left: the same text under another goal is a move. */
	for (i = 0; i < np->nms; i++)
		if (m->ms_old[i] < 0 && (j = table_first(any, -1, n->mnorm[i],
		    m->ms_new)) >= 0)
			pair(m->ms_new, m->ms_old, j, (long)i);
	table_free(&t);
}

static struct match_pair *
pairs(const long *b2a, size_t nb, const long *a2b, size_t na, size_t *np)
{
	struct match_pair *pr = xcalloc(na + nb + 1, sizeof *pr);
	size_t i, k = 0;

	for (i = 0; i < nb; i++)
		pr[k++] = (struct match_pair){ b2a[i], (long)i, 0 };
	for (i = 0; i < na; i++)
		if (a2b[i] < 0)
			pr[k++] = (struct match_pair){ (long)i, -1, 0 };
	*np = k;
	return pr;
}

/* When Obsidian Tasks completes a recurring task it writes the next
 * occurrence beside the done one, with the same text: the old open task
 * is the done one, not the new open one (which would read as re-dated,
 * and the done one as added). */
static void
match_recurring(struct plan_match *m, const struct match_side *o,
    const struct match_side *n)
{
	const struct plan *old = o->p, *new = n->p;
	size_t i;
	long j, k, ol;

	for (i = 0; i < new->nms; i++) {
		const struct milestone *d = &new->ms[i];

		if (m->ms_old[i] >= 0 || d->state != MS_DONE || d->recur == NULL)
			continue;
		for (k = -1; k <= 1; k += 2) {
			const struct milestone *nx;

			j = (long)i + k;
			if (j < 0 || (size_t)j >= new->nms)
				continue;
			nx = &new->ms[j];
			if (nx->goal != d->goal || !ms_open(nx) ||
			    nx->recur == NULL || (ol = m->ms_old[j]) < 0 ||
			    !ms_open(&old->ms[ol]) ||
			    strcmp(n->mnorm[i], n->mnorm[j]) != 0)
				continue;
			m->ms_old[j] = -1;
			m->ms_old[i] = ol;
			m->ms_new[ol] = (long)i;
			break;
		}
	}
}

struct plan_match *
plan_match_new(const struct plan *old, const struct plan *new)
{
	struct match_side *o = match_side_new(old), *n = match_side_new(new);
	struct plan_match *m = plan_match_sides(o, n);

	match_side_free(o);
	match_side_free(n);
	return m;
}

struct plan_match *
plan_match_sides(const struct match_side *o, const struct match_side *n)
{
	const struct plan *old = o->p, *new = n->p;
	struct plan_match *m = xcalloc(1, sizeof *m);
	struct table any;
	struct hkey key;
	size_t i;

	m->goal_new = minus_ones(old->ngoals);
	m->goal_old = minus_ones(new->ngoals);
	m->ms_new = minus_ones(old->nms);
	m->ms_old = minus_ones(new->nms);
	hkey_new(&key);
	table_init(&any, &key, old->nms);
	for (i = 0; i < old->nms; i++)
		table_add(&any, -1, o->mnorm[i], (long)i);
	match_titles(m, o, n, &key);
	match_renames(m, o, n, &any);
	match_milestones(m, o, n, &any);
	match_recurring(m, o, n);
	table_free(&any);
	m->goals = pairs(m->goal_old, new->ngoals, m->goal_new, old->ngoals,
	    &m->ngoals);
	m->ms = pairs(m->ms_old, new->nms, m->ms_new, old->nms, &m->nms);
	for (i = 0; i < m->nms; i++) {
		struct match_pair *pr = &m->ms[i];

		if (pr->old >= 0 && pr->new >= 0)
			pr->moved = m->goal_new[old->ms[pr->old].goal] !=
			    (long)new->ms[pr->new].goal;
	}
	return m;
}

void
plan_match_free(struct plan_match *m)
{
	if (m == NULL)
		return;
	free(m->goals);
	free(m->ms);
	free(m->goal_new);
	free(m->goal_old);
	free(m->ms_new);
	free(m->ms_old);
	free(m);
}
