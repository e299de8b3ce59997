/*
 * model.c: a plan document as goals and milestones (see plan.5).
 *
 * One walk over libcmark's tree records headings, goal candidates,
 * milestones and prose lines in document order, each milestone and line
 * tagged with the heading and the goal list item it stands in.  Which
 * unmarked headings are goals depends on the milestones found below
 * them, so ownership is settled after the walk, in linear time.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "plan.h"

#define DEFAULT_MARKER "^(?:goal|objective)(?:\\s+#?\\d+)?\\s*:"
/* A heading whose list items are goals: "Goals for 2027", "2027
 * resolutions", "Q1 OKRs", "Objectives", "Key results". */
#define GOALS_HEADING "\\b(?:goals?|objectives?|resolutions?|okrs?|" \
	"key\\s+results?|targets?)\\b"

const char ms_state_names[4][10] = { "open", "done", "active",
    "cancelled" };

struct plan_ctx {
	int dflt;		/* the default marker: see may_mark() */
	pcre2_code *marker;
	pcre2_match_data *md;
	struct rx_bounds *rx;
	pcre2_match_context *mc;	/* rx's */
	int keep_text;
	int display;
	long today;		/* for deadlines relative to today */
	pcre2_code *goals_re;	/* a heading that names goals */
	struct career_re *career;	/* plan(5)'s section headings */
	const struct career_re *sections;	/* a .planrules', or NULL */
};

/* A heading or a marked list item: a goal if it ends up owning one. */
struct cand {
	enum goal_kind kind;
	long line;
	int col;
	long title_end;		/* the last line of its title's text */
	long heading;		/* heading index (itself for headings) */
	char *title;		/* goal title, marker removed */
	struct pdate due, start;/* fields in the title */
	struct span title_span;
	long goal;		/* index in plan->goals, or -1 */
	int listed;		/* an unmarked item of a list of goals */
};

/* Where a milestone or a prose line stands. */
struct owner {
	long item;		/* enclosing marked item's cand, or -1 */
	long heading;		/* current heading, or -1 */
};

struct pspan {
	struct span sp;
	struct owner o;
};

struct walk {
	struct plan *p;
	struct plan_ctx *ctx;
	struct cand *cands;
	size_t ncands, capcands;
	long *hcand;		/* heading index -> cand index */
	long *hclaim;		/* heading -> nearest marked heading's cand */
	char *hgoals;		/* heading names goals (its list items are) */
	size_t caphead;
	long *hstack;		/* open headings, outermost first */
	size_t nhstack;
	struct owner *mown;	/* per milestone */
	size_t capms;
	struct pspan *spans;
	size_t nspans, capspans;
	long *items;		/* per enclosing list item: the nearest
				 * marked goal item's cand, or -1 */
	char *istask;		/* per enclosing list item: a task? */
	size_t nitems, capitems;
	size_t in_task;		/* enclosing task items */
	int bq;			/* enclosing block quotes */
	cmark_node *skip_para;	/* a goal item's title paragraph */
	cmark_node *task_para;	/* a milestone's own paragraph */
	struct buf words[3];	/* a task's tags, projects, contexts */
	struct buf recur;	/* and its recurrence */
	/* line cursor into the source */
	long cur_line;
	size_t cur_off;
	struct buf tmp;
};

struct plan_ctx *
plan_ctx_new(const struct plan_opts *o, char *err, size_t errlen)
{
	struct plan_ctx *c = xcalloc(1, sizeof *c);
	const char *re = o && o->marker ? o->marker : DEFAULT_MARKER;
	uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED;
	PCRE2_SIZE off;
	int ec;

	if (!(o && o->marker)) {
		flags |= PCRE2_CASELESS;
		c->dflt = 1;
	}
	c->marker = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    flags, &ec, &off, NULL);
	if (c->marker == NULL) {
		char msg[256];

		pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
		snprintf(err, errlen, "column %zu: %s", (size_t)off + 1, msg);
		free(c);
		return NULL;
	}
	/* Valgrind cannot follow JIT code: PLANMARK_NO_JIT turns it off. */
	if (getenv("PLANMARK_NO_JIT") == NULL)
		pcre2_jit_compile(c->marker, PCRE2_JIT_COMPLETE);
	c->md = pcre2_match_data_create_from_pattern(c->marker, NULL);
	/* A hostile -G must not hang a tool or eat its memory. */
	c->rx = rx_bounds_new();
	c->mc = rx_context(c->rx);
	c->keep_text = o ? o->keep_text : 0;
	c->display = o ? o->display : 0;
	if (!date_today(NULL, &c->today))
		c->today = 0;
	c->goals_re = pcre2_compile((PCRE2_SPTR)GOALS_HEADING,
	    PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS,
	    &ec, &off, NULL);
	c->career = career_re_new(NULL, NULL, 0);
	return c;
}

void
plan_ctx_today(struct plan_ctx *c, long today)
{
	c->today = today;
}

void
plan_ctx_sections(struct plan_ctx *c, const struct career_re *sections)
{
	c->sections = sections;
}

void
plan_ctx_free(struct plan_ctx *c)
{
	if (c == NULL)
		return;
	pcre2_match_data_free(c->md);
	rx_bounds_free(c->rx);
	pcre2_code_free(c->marker);
	pcre2_code_free(c->goals_re);
	career_re_free(c->career);
	free(c);
}

/* ---- the model's strings ---- */

/* Titles and texts live in large blocks freed with the plan: a million
 * milestones are a million small strings, and malloc's own bookkeeping
 * cost more than the strings. */
#define POOL_BLOCK 65536

struct pool {
	struct pool *next;
	size_t len, cap;
	char s[];
};

char *
plan_strndup(struct plan *p, const char *s, size_t n)
{
	struct pool *b = p->pool;
	char *d;

	if (b == NULL || b->cap - b->len <= n) {
		size_t cap = n >= POOL_BLOCK ? n + 1 : POOL_BLOCK;

		b = xmalloc(sizeof *b + cap);
		b->next = p->pool;
		b->len = 0;
		b->cap = cap;
		p->pool = b;
	}
	d = b->s + b->len;
	memcpy(d, s, n);
	d[n] = '\0';
	b->len += n + 1;
	return d;
}

/* A string of the model: for display, escaped (text_escape); *len is
 * its length in and out. */
static char *
model_str(struct walk *w, const char *s, size_t *len)
{
	char *e, *d;

	if (!w->ctx->display || (e = text_escape(s, *len, len)) == NULL)
		return plan_strndup(w->p, s, *len);
	d = plan_strndup(w->p, e, *len);
	free(e);
	return d;
}

/* ---- source lines ---- */

static size_t
line_end(const struct plan *p, size_t off)
{
	const char *s = p->src + off;
	size_t n = p->srclen - off;
	const char *nl = memchr(s, '\n', n);
	const char *cr = memchr(s, '\r', nl ? (size_t)(nl - s) : n);

	if (cr)
		return (size_t)(cr - p->src);
	return nl ? (size_t)(nl - p->src) : p->srclen;
}

/* Start of the next line: CRLF, LF and CR end lines, as in libcmark. */
static size_t
next_line(const struct plan *p, size_t off)
{
	off = line_end(p, off);
	if (off < p->srclen)
		off += p->src[off] == '\r' && off + 1 < p->srclen &&
		    p->src[off + 1] == '\n' ? 2 : 1;
	return off;
}

/* Offset of the start of a line (from 1).  The walk asks in document
 * order, so the cursor mostly moves forward; backward is rare and short. */
static size_t
line_off(struct walk *w, long line)
{
	const struct plan *p = w->p;

	while (w->cur_line > line && w->cur_off > 0) {
		size_t o = w->cur_off - 1;	/* on the previous line end */

		if (o > 0 && p->src[o] == '\n' && p->src[o - 1] == '\r')
			o--;
		while (o > 0 && p->src[o - 1] != '\n' && p->src[o - 1] != '\r')
			o--;
		w->cur_off = o;
		w->cur_line--;
	}
	while (w->cur_line < line && w->cur_off < p->srclen) {
		w->cur_off = next_line(p, w->cur_off);
		w->cur_line++;
	}
	return w->cur_off;
}

/* ---- plain text of inline content ---- */

/* Append the text of a block's inlines, markup removed. */
static void
inline_text(cmark_node *block, struct buf *b)
{
	cmark_node *n = cmark_node_first_child(block);

	while (n != NULL) {
		cmark_node *next;

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			buf_adds(b, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_addc(b, ' ');
			break;
		default:
			break;
		}
		if ((next = cmark_node_first_child(n)) != NULL) {
			n = next;
			continue;
		}
		while (n != block && cmark_node_next(n) == NULL)
			n = cmark_node_parent(n);
		n = n == block ? NULL : cmark_node_next(n);
	}
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v';
}

/* Collapse white space in place (NBSP stays), trim; returns new len. */
static size_t
squeeze(char *s, size_t len)
{
	size_t i, o = 0;
	int sp = 1;

	for (i = 0; i < len; i++) {
		if (is_space((unsigned char)s[i])) {
			sp = 1;
			continue;
		}
		if (sp && o > 0)
			s[o++] = ' ';
		sp = 0;
		s[o++] = s[i];
	}
	s[o] = '\0';
	return o;
}

/* ---- goals' fields ---- */

struct cut {
	struct pdate *date;	/* F_COUNT dates to fill */
	size_t (*ranges)[2];	/* byte ranges to cut from the text: */
	size_t nranges, cap;	/* own[] or, past it, allocated */
	size_t own[32][2];
	/* A task's other fields (task_fields), when words is set. */
	const char *s;
	struct buf *words;	/* tags, projects, contexts */
	int due_key;		/* the due date came as due:VALUE */
	int pri;
	struct buf *recur;	/* the recurrence's value */
	int has_recur;
};

static void
cut_range(struct cut *c, size_t s, size_t e)
{
	if (c->ranges == NULL) {
		c->ranges = c->own;
		c->cap = sizeof c->own / sizeof c->own[0];
	}
	if (c->nranges == c->cap) {
		size_t (*r)[2] = xcalloc(c->cap *= 2, sizeof *r);

		memcpy(r, c->ranges, c->nranges * sizeof *r);
		if (c->ranges != c->own)
			free(c->ranges);
		c->ranges = r;
	}
	c->ranges[c->nranges][0] = s;
	c->ranges[c->nranges][1] = e;
	c->nranges++;
}

static void
cut_free(struct cut *c)
{
	if (c->ranges != c->own)
		free(c->ranges);
	c->ranges = NULL;
	c->nranges = c->cap = 0;
}

static void
field_found(void *arg, enum field f, const struct pdate *d, size_t s,
    size_t e)
{
	struct cut *c = arg;

	if (c->date[f].kind == DATE_NONE) {
		c->date[f] = *d;
		if (f == F_DUE && c->s != NULL)
			c->due_key = (c->s[s] | 0x20) == 'd';
	}
	cut_range(c, s, e);
}

static void
xfield_found(void *arg, enum xfield x, int pri, size_t v, size_t vlen,
    size_t s, size_t e)
{
	struct cut *c = arg;
	struct buf *b;

	switch (x) {
	case X_PRIORITY:
		if (c->pri == PRI_NONE)
			c->pri = pri;
		break;
	case X_RECUR:
		if (!c->has_recur) {
			c->has_recur = 1;
			c->recur->len = 0;
			buf_add(c->recur, c->s + v, vlen);
		}
		break;
	default:
		b = &c->words[x - X_TAG];
		if (b->len > 0)
			buf_addc(b, ' ');
		buf_add(b, c->s + v, vlen);
		break;
	}
	cut_range(c, s, e);
}

/* Cut the ranges c found out of s; the new length of the (squeezed)
 * text. */
static size_t
cut_out(struct cut *c, char *s, size_t len)
{
	size_t i, o = 0, r = 0;

	if (c->nranges == 0)
		return squeeze(s, len);
	for (i = 0; i < len; i++) {
		while (r < c->nranges && i >= c->ranges[r][1])
			r++;
		if (r < c->nranges && i >= c->ranges[r][0])
			continue;
		/* A sign glued to a cut field ("due:2026-12-03@x") stays
		 * glued to the word before: cutting the field must not
		 * make a tag, project or context of it. */
		if (r > 0 && i == c->ranges[r - 1][1] && o > 0 &&
		    strchr("#+@", s[i]) != NULL && s[i] != '\0')
			while (o > 0 && is_space((unsigned char)s[o - 1]))
				o--;
		s[o++] = s[i];
	}
	return squeeze(s, o);
}

/* Passes of take_fields and read_task: each takes the fields that
 * cutting the last one's made, one level of nesting. */
#define TASK_PASSES 16

/* Read the date fields of a text and cut them out; returns the new
 * length of the (squeezed) text.  As for a task's text (read_task),
 * the text is read again while a pass cuts a field. */
static size_t
take_fields(char *s, size_t len, struct pdate date[F_COUNT], int *due_key)
{
	struct cut c = { .date = date, .s = s };
	int pass;

	/* Every field form holds ':' or starts with an emoji (lead byte
	 * 0xE2 or 0xF0): most texts have neither, and need no scan. */
	for (pass = 0; pass < TASK_PASSES &&
	    strcspn(s, ":\xE2\xF0") < len; pass++) {	/* NUL-terminated */
		c.nranges = 0;
		date_fields(s, len, field_found, &c);
		if (c.nranges == 0)
			break;
		len = cut_out(&c, s, len);
	}
	if (due_key != NULL)
		*due_key = c.due_key;
	cut_free(&c);
	return pass == 0 ? squeeze(s, len) : len;	/* cut_out squeezes */
}

/* What a task's text holds beyond its text. */
struct task {
	struct pdate date[F_COUNT];
	int pri;
	struct buf words[3];	/* tags, projects, contexts */
	struct buf recur;
	int has_recur;
};

/*
 * The same for a milestone's text (s, len bytes and a NUL), with the
 * other fields of a task: priority, tags, projects, contexts,
 * recurrence.  Cutting a field can make one of the text around it
 * ("[repe[due:: D]at:: x]" leaves "[repeat:: x]"), and what is left
 * must hold none, or it would not read back as itself (plangoals -f
 * markdown writes it again with the fields after it): the text is read
 * again while a pass cuts anything, up to TASK_PASSES passes.  The
 * first field of a kind wins, from the first pass that has one; only
 * the first reads a todo.txt start.
 * Returns the new length.
 */
static size_t
read_task(char *s, size_t len, struct task *t)
{
	struct cut c = { .date = t->date, .s = s, .words = t->words,
	    .recur = &t->recur };
	int pass;
	size_t i;

	c.pri = PRI_NONE;
	for (i = 0; i < len && is_space((unsigned char)s[i]); i++)
		;
	for (pass = 0; pass < TASK_PASSES; pass++) {
		/* Beyond take_fields' bytes, '#', '+' and '@' start
		 * words, and todo.txt's "x " and "(A)" the text (the
		 * first pass's: a text that starts so once a field is cut
		 * did not, and keeps it as text). */
		if (strcspn(s, ":#+@\xE2\xF0") >= len && (pass > 0 ||
		    (s[i] != '(' && !(s[i] == 'x' && (s[i + 1] == ' ' ||
		    s[i + 1] == '\t')))))
			break;
		c.nranges = 0;
		task_fields(s, len, pass == 0, field_found, xfield_found,
		    &c);
		if (c.nranges == 0)
			break;
		len = cut_out(&c, s, len);
	}
	cut_free(&c);
	t->pri = c.pri;
	t->has_recur = c.has_recur;
	return pass == 0 ? squeeze(s, len) : len;	/* cut_out squeezes */
}

static void
take_task(struct walk *w, struct milestone *m, size_t len)
{
	struct task t = { .pri = PRI_NONE };
	int k;

	m->tags = m->projects = m->contexts = "";
	t.recur = w->recur;
	for (k = 0; k < 3; k++) {
		t.words[k] = w->words[k];
		t.words[k].len = 0;
	}
	read_task(m->text, len, &t);
	memcpy(m->date, t.date, sizeof m->date);
	m->priority = (unsigned char)t.pri;
	if (t.has_recur)
		m->recur = plan_strndup(w->p, t.recur.s, t.recur.len);
	for (k = 0; k < 3; k++) {
		if (t.words[k].len > 0)
			*(k == 0 ? &m->tags : k == 1 ? &m->projects :
			    &m->contexts) = plan_strndup(w->p, t.words[k].s,
			    t.words[k].len);
		w->words[k] = t.words[k];
	}
	w->recur = t.recur;
}

static int
same_date(const struct pdate *a, const struct pdate *b)
{
	return a->kind == b->kind && (a->kind == DATE_OK ? a->day == b->day :
	    a->kind == DATE_NONE || strcmp(a->text, b->text) == 0);
}

int
task_reads_as(const char *s, size_t len, const struct milestone *m)
{
	struct task t = { .pri = PRI_NONE };
	const char *w[3] = { m->tags, m->projects, m->contexts };
	char *c = xstrndup(s, len);
	int ok, k, f;

	len = read_task(c, len, &t);
	ok = len == strlen(m->text) && memcmp(c, m->text, len) == 0 &&
	    t.pri == m->priority && (m->recur != NULL) == t.has_recur &&
	    (m->recur == NULL || (t.recur.len == strlen(m->recur) &&
	    memcmp(t.recur.s, m->recur, t.recur.len) == 0));
	for (f = 0; f < F_COUNT; f++)
		ok = ok && same_date(&t.date[f], &m->date[f]);
	for (k = 0; k < 3; k++) {
		ok = ok && t.words[k].len == strlen(w[k]) &&
		    (t.words[k].len == 0 ||
		    memcmp(t.words[k].s, w[k], t.words[k].len) == 0);
		buf_free(&t.words[k]);
	}
	buf_free(&t.recur);
	free(c);
	return ok;
}

/* The length of s (len bytes) without the tallies that end it and the
 * blanks before them. */
static size_t
tallies_end(const char *s, size_t len)
{
	enum tally_form f;
	size_t at, n = len;

	while (n > 0 && (at = tally_at(s, 0, n, &f)) != (size_t)-1) {
		n = at;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
	}
	return n;
}

/* A goal's progress tallies (plantally(1) writes them at the end of
 * its title) are not part of what the goal is called; a title of
 * tallies alone is empty, as it was before plantally gave it one. */
static size_t
drop_tallies(char *s, size_t len)
{
	size_t n = tallies_end(s, len);

	if (n < len)
		s[n] = '\0';
	return n;
}

/* A line of a goal's title without the tallies plantally(1) wrote at
 * its end: the rules read what the goal says, and "[0/2]" is no
 * measure of it. */
static void
span_untally(struct span *sp)
{
	size_t n = sp->len, k;

	while (n > 0 && (sp->s[n - 1] == ' ' || sp->s[n - 1] == '\t' ||
	    sp->s[n - 1] == '\r'))
		n--;
	if ((k = tallies_end(sp->s, n)) < n)
		sp->len = k;
}

/* A goal's title after its marker (s, len bytes and a NUL): tallies
 * dropped, date fields cut into date; returns its new length.  A goal's
 * due:VALUE field may name any period: "due:2027-06", as the phrase
 * "due 2027-06" does (not 📅 2027-06). */
static size_t
title_fields(char *s, size_t len, struct pdate date[F_COUNT])
{
	int due_key = 0;

	/* Tallies first: a field's value must not run into one. */
	len = drop_tallies(s, len);
	len = take_fields(s, len, date, &due_key);
	if (date[F_DUE].kind == DATE_BAD && due_key) {
		struct pdate d;
		size_t n = strlen(date[F_DUE].text);

		if (date_when(date[F_DUE].text, n, &d) == n &&
		    d.kind == DATE_OK)
			date[F_DUE] = d;
	}
	return len;
}

int
title_reads_as(const char *s, size_t len, const struct goal *g)
{
	struct pdate date[F_COUNT] = { 0 }, due = g->deadline,
	    start = g->start;
	char *c;
	int ok;

	while (len > 0 && is_space((unsigned char)*s))
		s++, len--;
	c = xstrndup(s, len);
	len = title_fields(c, squeeze(c, len), date);	/* as the walk */
	/* An unclear date is no field's: it is written as prose. */
	if (due.kind == DATE_UNCLEAR)
		due.kind = DATE_NONE;
	if (start.kind == DATE_UNCLEAR)
		start.kind = DATE_NONE;
	ok = strcmp(c, g->title) == 0 && same_date(&date[F_DUE], &due) &&
	    same_date(&date[F_START], &start);
	free(c);
	return ok;
}

static long
marker_len(struct plan_ctx *c, const char *s, size_t len)
{
	int rc = pcre2_match(c->marker, (PCRE2_SPTR)s, len, 0,
	    PCRE2_NO_UTF_CHECK, c->md, c->mc);

	if (rc < 0)
		return -1;
	return (long)pcre2_get_ovector_pointer(c->md)[1];
}

/* ---- the walk ---- */

static size_t para_start(struct walk *, cmark_node *, long *);

static long
add_cand(struct walk *w, enum goal_kind kind, cmark_node *n, char *title,
    size_t tlen, long mlen)
{
	struct cand *c;
	const char *t = title + mlen;
	size_t len = tlen - (size_t)mlen;
	struct pdate date[F_COUNT] = { 0 };
	size_t off;

	if (w->ncands == w->capcands)
		w->cands = xrealloc(w->cands,
		    w->capcands = w->capcands * 2 + 16, sizeof *w->cands);
	c = &w->cands[w->ncands];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	if (kind == G_ITEM) {
		off = para_start(w, n, &c->line);
		c->col = (int)(off - line_off(w, c->line)) + 1;
	} else {
		c->line = cmark_node_get_start_line(n);
		c->col = cmark_node_get_start_column(n);
	}
	/* libcmark 0.30 ends a setext heading past its underline: only a
	 * paragraph's end is used. */
	c->title_end = kind == G_ITEM ? cmark_node_get_end_line(n) : c->line;
	if (c->title_end < c->line)
		c->title_end = c->line;
	c->goal = -1;
	c->heading = -1;
	while (len > 0 && is_space((unsigned char)*t))
		t++, len--;
	c->title = model_str(w, t, &len);
	/* "Goal:" alone, or with fields alone, has an empty title. */
	title_fields(c->title, len, date);
	c->due = date[F_DUE];
	c->start = date[F_START];
	c->due.line = c->start.line = c->line;
	c->due.col = c->start.col = c->col;
	off = line_off(w, c->line) + (size_t)c->col - 1;
	if (off > w->p->srclen)
		off = w->p->srclen;
	c->title_span.s = w->p->src + off;
	c->title_span.len = line_end(w->p, off) - off;
	c->title_span.line = c->line;
	c->title_span.col = c->col;
	return (long)w->ncands++;
}

static struct owner
here(const struct walk *w)
{
	struct owner o;

	o.item = w->nitems ? w->items[w->nitems - 1] : -1;
	o.heading = w->nhstack ? w->hstack[w->nhstack - 1] : -1;
	return o;
}

static void
on_heading(struct walk *w, cmark_node *n)
{
	struct plan *p = w->p;
	struct heading *h;
	int level = cmark_node_get_heading_level(n);
	long idx = (long)p->nheadings, mlen;

	if (p->nheadings == w->caphead) {
		w->caphead = w->caphead * 2 + 16;
		p->headings = xrealloc(p->headings, w->caphead,
		    sizeof *p->headings);
		w->hcand = xrealloc(w->hcand, w->caphead, sizeof *w->hcand);
		w->hclaim = xrealloc(w->hclaim, w->caphead,
		    sizeof *w->hclaim);
		w->hgoals = xrealloc(w->hgoals, w->caphead, 1);
		w->hstack = xrealloc(w->hstack, w->caphead,
		    sizeof *w->hstack);
	}
	while (w->nhstack > 0 &&
	    p->headings[w->hstack[w->nhstack - 1]].level >= level)
		w->nhstack--;
	h = &p->headings[p->nheadings++];
	h->line = cmark_node_get_start_line(n);
	h->level = level;
	h->parent = w->nhstack ? w->hstack[w->nhstack - 1] : -1;
	w->tmp.len = 0;
	buf_add(&w->tmp, "", 0);
	inline_text(n, &w->tmp);
	w->tmp.len = drop_tallies(w->tmp.s, squeeze(w->tmp.s, w->tmp.len));
	size_t tlen = w->tmp.len;
	struct pdate dates[F_COUNT] = { 0 };

	/* As a goal's title: without its date fields. */
	h->title = model_str(w, w->tmp.s, &tlen);
	h->text = h->title;
	if (take_fields(h->title, tlen, dates, NULL) != tlen) {
		tlen = w->tmp.len;
		h->text = model_str(w, w->tmp.s, &tlen);
	}
	mlen = marker_len(w->ctx, w->tmp.s, w->tmp.len);
	w->hcand[idx] = add_cand(w, mlen >= 0 ? G_HEADING : G_SECTION, n,
	    w->tmp.s, w->tmp.len, mlen >= 0 ? mlen : 0);
	w->cands[w->hcand[idx]].heading = idx;
	w->hclaim[idx] = mlen >= 0 ? w->hcand[idx] :
	    h->parent >= 0 ? w->hclaim[h->parent] : -1;
	/* Under a marked goal, "Key results" are its milestones. */
	w->hgoals[idx] = w->hclaim[idx] < 0 && w->ctx->goals_re != NULL &&
	    pcre2_match(w->ctx->goals_re, (PCRE2_SPTR)h->title,
	    strlen(h->title), 0, PCRE2_NO_UTF_CHECK, w->ctx->md,
	    w->ctx->mc) >= 0;
	/* "Long-term goals" are aspirations, not goals. */
	if (w->hgoals[idx] && career_heading(w->ctx->career, h->title,
	    w->ctx->mc) == SEC_ASPIRATIONS)
		w->hgoals[idx] = 0;
	w->hstack[w->nhstack++] = idx;
}

/* Where the text of a later line of a paragraph starts: after the
 * indentation and up to one '>' per enclosing block quote. */
static size_t
cont_start(struct walk *w, long line)
{
	const struct plan *p = w->p;
	size_t start = line_off(w, line), end = line_end(p, start);
	int q = w->bq;

	for (;;) {
		while (start < end && (p->src[start] == ' ' ||
		    p->src[start] == '\t'))
			start++;
		if (q-- > 0 && start < end && p->src[start] == '>')
			start++;
		else
			return start;
	}
}

/* Does a link reference definition start at s: "[label]:"? */
static int
is_refdef(const char *s, size_t len)
{
	size_t i;

	if (len < 4 || s[0] != '[')
		return 0;
	for (i = 1; i < len && s[i] != ']'; i++)
		if (s[i] == '[')
			return 0;
		else if (s[i] == '\\')
			i++;
	return i > 1 && i + 1 < len && s[i + 1] == ':';
}

/* The line breaks in a paragraph's text. */
static long
para_breaks(cmark_node *para)
{
	cmark_iter *it = cmark_iter_new(para);
	cmark_event_type ev;
	const char *lit;
	long n = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);

		if (ev != CMARK_EVENT_ENTER)
			continue;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			n++;
			break;
		case CMARK_NODE_HTML_INLINE:
			for (lit = cmark_node_get_literal(c); lit && *lit; lit++)
				n += *lit == '\n';
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	return n;
}

/* Where a paragraph's text starts: its line, and its offset returned.
 * libcmark 0.30 starts a paragraph that begins with link reference
 * definitions on the first definition's line, though the definitions
 * are no part of its text: that starts as many lines before its end as
 * it has line breaks. */
static size_t
para_start(struct walk *w, cmark_node *para, long *linep)
{
	const struct plan *p = w->p;
	long line = cmark_node_get_start_line(para), l;
	size_t off = line_off(w, line) +
	    (size_t)cmark_node_get_start_column(para) - 1;

	if (off > p->srclen)
		off = p->srclen;
	if (off < p->srclen && p->src[off] == '[' &&
	    is_refdef(p->src + off, line_end(p, off) - off) &&
	    (l = cmark_node_get_end_line(para) - para_breaks(para)) > line) {
		line = l;
		off = cont_start(w, line);
	}
	*linep = line;
	return off;
}

/* What each mark in a box means (plan.5); other ASCII punctuation is
 * an unknown mark, counted open. */
static const struct {
	char mark;
	unsigned char state;
	char name[10];
} marks[] = {
	{ ' ', MS_OPEN, "open" }, { 'x', MS_DONE, "done" },
	{ 'X', MS_DONE, "done" }, { '/', MS_ACTIVE, "active" },
	{ '-', MS_CANCELLED, "cancelled" }, { '>', MS_OPEN, "forwarded" },
	{ '<', MS_OPEN, "scheduled" }, { '!', MS_OPEN, "important" },
	{ '?', MS_OPEN, "question" }, { '*', MS_OPEN, "starred" },
};

/* The state a mark gives, or -1 for no box: a letter or a digit
 * ("[1] Knuth, 1984" is a reference), a bracket, a backslash or a
 * backquote, or anything not ASCII. */
static int
mark_state(char c)
{
	size_t k;

	for (k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (marks[k].mark == c)
			return marks[k].state;
	if (c <= ' ' || c >= 0x7F || (c >= '0' && c <= '9') ||
	    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '[' ||
	    c == ']' || c == '\\' || c == '`')
		return -1;
	return MS_OPEN;
}

const char *
ms_status(const struct milestone *m)
{
	size_t k;

	for (k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (marks[k].mark == m->mark)
			return marks[k].name;
	return "unknown";
}

/* The box of a task item's first paragraph, from the source: its state
 * or -1.  The tree decides what is a list item's first paragraph; the
 * source decides what the paragraph starts with, as GitHub does. */
static int
box_state(struct walk *w, cmark_node *para, size_t *offp, long *linep)
{
	const struct plan *p = w->p;
	size_t off = para_start(w, para, linep);
	const char *s;
	size_t n;

	s = p->src + off;
	n = p->srclen - off;
	*offp = off;
	if (n < 3 || s[0] != '[' || s[2] != ']')
		return -1;
	if (n > 3 && s[3] != ' ' && s[3] != '\t' && s[3] != '\n' &&
	    s[3] != '\r')
		return -1;
	return mark_state(s[1]);
}

/* The text of a task's paragraph without its box: the tree's text starts
 * with the box unless "[x]" was a link to a defined reference. */
static int
strip_box(cmark_node *para, struct buf *b, size_t *skip)
{
	cmark_node *first = cmark_node_first_child(para);

	if (b->len >= 3 && b->s[0] == '[' && b->s[2] == ']') {
		*skip = 3;
		return 1;
	}
	if (first != NULL && cmark_node_get_type(first) == CMARK_NODE_LINK) {
		struct buf t = { 0 };

		inline_text(first, &t);
		*skip = t.len;
		buf_free(&t);
		return *skip <= b->len;
	}
	return 0;
}

/* Add the milestone of a task item's first paragraph; 0 if its text
 * turns out not to start with the box after all. */
static int
add_milestone(struct walk *w, cmark_node *para, int state, size_t off,
    long line)
{
	struct plan *p = w->p;
	struct milestone *m;
	size_t skip, len;

	w->tmp.len = 0;
	buf_add(&w->tmp, "", 0);
	inline_text(para, &w->tmp);
	if (!strip_box(para, &w->tmp, &skip))
		return 0;
	if (p->nms == w->capms) {
		w->capms = w->capms * 2 + 64;
		p->ms = xrealloc(p->ms, w->capms, sizeof *p->ms);
		w->mown = xrealloc(w->mown, w->capms, sizeof *w->mown);
	}
	m = &p->ms[p->nms];
	memset(m, 0, sizeof *m);
	w->mown[p->nms++] = here(w);
	m->line = line;
	m->col = (int)(off - line_off(w, line)) + 1;
	m->depth = (int)w->nitems;
	m->state = (enum ms_state)state;
	m->mark = p->src[off + 1];
	len = w->tmp.len - skip;
	m->text = model_str(w, w->tmp.s + skip, &len);
	take_task(w, m, len);
	for (int f = 0; f < F_COUNT; f++) {
		m->date[f].line = m->line;
		m->date[f].col = m->col;
	}
	m->src = p->src + off;
	m->srclen = line_end(p, off) - off;
	return 1;
}

/* Whether a paragraph starting with byte c may start with the default
 * marker once its markup is gone: rendering every list item's text
 * only to find it is no goal would cost more than the rest of the walk. */
static int
may_mark(const struct plan_ctx *c, unsigned char ch)
{
	if (!c->dflt)
		return 1;
	return (ch | 0x20) == 'g' || (ch | 0x20) == 'o' || ch >= 0x80 ||
	    (ch > ' ' && ch < '0') || (ch > '9' && ch < 'A') ||
	    (ch > 'Z' && ch < 'a') || ch > 'z';
}

/* Is a list item here one of a list of goals: a top-level item in the
 * section of a heading that names goals? */
static int
goals_list_here(const struct walk *w)
{
	return w->nitems == 0 && w->in_task == 0 && w->bq == 0 &&
	    w->nhstack > 0 &&
	    w->hgoals[w->hstack[w->nhstack - 1]];
}

static long
add_listed(struct walk *w, cmark_node *para, char *t, size_t len)
{
	long goal = add_cand(w, G_ITEM, para, t, len, 0);

	w->cands[goal].listed = 1;
	w->cands[goal].heading = w->hstack[w->nhstack - 1];
	return goal;
}

static void
on_item_enter(struct walk *w, cmark_node *item)
{
	cmark_node *para = cmark_node_first_child(item);
	long goal = w->nitems ? w->items[w->nitems - 1] : -1;
	size_t off;
	long line;
	int state, listed = goals_list_here(w);

	if (w->nitems == w->capitems) {
		w->capitems = w->capitems * 2 + 16;
		w->items = xrealloc(w->items, w->capitems, sizeof *w->items);
		w->istask = xrealloc(w->istask, w->capitems, 1);
	}
	w->istask[w->nitems] = 0;
	if (para != NULL && cmark_node_get_type(para) == CMARK_NODE_PARAGRAPH) {
		if ((state = box_state(w, para, &off, &line)) >= 0 &&
		    add_milestone(w, para, state, off, line)) {
			/* A box in a list of goals: a goal that is its own
			 * milestone. */
			if (listed) {
				struct milestone *m = &w->p->ms[w->p->nms - 1];

				goal = add_listed(w, para, m->text,
				    strlen(m->text));
				w->cands[goal].due = m->date[F_DUE];
				w->mown[w->p->nms - 1].item = goal;
			}
			w->istask[w->nitems] = 1;
			w->task_para = para;
			w->items[w->nitems++] = goal;
			w->in_task++;
			return;
		}
		/* A marked item is a goal even inside a milestone. */
		if (off < w->p->srclen && (listed ||
		    may_mark(w->ctx, (unsigned char)w->p->src[off]))) {
			long mlen;

			w->tmp.len = 0;
			buf_add(&w->tmp, "", 0);
			inline_text(para, &w->tmp);
			w->tmp.len = squeeze(w->tmp.s, w->tmp.len);
			mlen = marker_len(w->ctx, w->tmp.s, w->tmp.len);
			if (mlen >= 0) {
				goal = add_cand(w, G_ITEM, para, w->tmp.s,
				    w->tmp.len, mlen);
				w->cands[goal].heading = w->nhstack ?
				    w->hstack[w->nhstack - 1] : -1;
				w->skip_para = para;
			} else if (listed && w->tmp.len > 0) {
				goal = add_listed(w, para, w->tmp.s,
				    w->tmp.len);
				w->skip_para = para;
			}
		}
	}
	w->items[w->nitems++] = goal;
}

static void
on_item_exit(struct walk *w)
{
	if (w->nitems > 0 && w->istask[--w->nitems])
		w->in_task--;
}

static void
add_span(struct walk *w, const char *s, size_t len, long line, int col)
{
	struct pspan *ps;

	if (w->nspans == w->capspans)
		w->spans = xrealloc(w->spans,
		    w->capspans = w->capspans * 2 + 64, sizeof *w->spans);
	ps = &w->spans[w->nspans++];
	ps->sp.s = s;
	ps->sp.len = len;
	ps->sp.line = line;
	ps->sp.col = col;
	ps->o = here(w);
}

static int label_line(const char *, size_t);

/* A prose paragraph's lines.  Lines after the first lose their
 * container prefixes: indentation and up to one '>' per block quote. */
static void
on_paragraph(struct walk *w, cmark_node *para, int skip_first)
{
	const struct plan *p = w->p;
	long first, line, last = cmark_node_get_end_line(para);
	size_t off = para_start(w, para, &first);
	struct date_ref r = { .today = w->ctx->today, .has_today = 1 };
	struct pdate d;
	int after_label = 0;

	for (line = first + skip_first; line <= last && off < p->srclen;
	    line++) {
		size_t end, start = line > first ? cont_start(w, line) : off;

		end = line_end(p, start);
		/* Without keep_text only lines that may hold a deadline
		 * are kept, for settle() to pick the goal's first. */
		if (end > start && (w->ctx->keep_text || after_label ||
		    date_deadline_ref(p->src + start, end - start, &r, &d,
		    NULL) || label_line(p->src + start, end - start) == 2))
			add_span(w, p->src + start, end - start, line,
			    (int)(start - line_off(w, line)) + 1);
		/* "Deadline:" alone: the date is on the next line. */
		after_label = !w->ctx->keep_text && end > start &&
		    label_line(p->src + start, end - start) == 2;
		off = next_line(p, end);
	}
}

static void
walk_tree(struct walk *w, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_HEADING:
			on_heading(w, n);
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			break;
		case CMARK_NODE_ITEM:
			if (ev == CMARK_EVENT_ENTER)
				on_item_enter(w, n);
			else
				on_item_exit(w);
			break;
		case CMARK_NODE_BLOCK_QUOTE:
			w->bq += ev == CMARK_EVENT_ENTER ? 1 : -1;
			break;
		case CMARK_NODE_PARAGRAPH:
			/* A goal item's first line is its title span; the
			 * rest of its paragraph is its text.  Prose nested
			 * in a milestone is its goal's. */
			if (n != w->task_para)
				on_paragraph(w, n, n == w->skip_para);
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
}

/* ---- deadlines and the plan's own date ---- */

static int
is_blank_or_mark(int c)
{
	return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '>' ||
	    c == '#' || c == '-';
}

/* A day written in a line (YYYY-MM-DD, Month D, YYYY, ...): 1 and *day
 * for the first whole day found. */
static int
day_in(const char *s, size_t len, long *day)
{
	struct date_ref r = { 0 };
	struct pdate d;
	size_t i, n;

	for (i = 0; i < len; i++) {
		if (i > 0 && (s[i - 1] & 0xC0) == 0x80)
			continue;
		n = date_expr(s + i, len - i, &r, &d);
		if (n >= 8 && d.kind == DATE_OK) {
			*day = d.day;
			return 1;
		}
	}
	return 0;
}

/* The case-insensitive prefix w of s, after blanks and markup. */
static size_t
starts(const char *s, size_t len, const char *w)
{
	size_t i = 0, n = strlen(w);

	while (i < len && is_blank_or_mark((unsigned char)s[i]))
		i++;
	if (len - i < n)
		return 0;
	for (size_t k = 0; k < n; k++)
		if ((s[i + k] | 0x20) != w[k])
			return 0;
	return i + n;
}

/* ---- front matter ---- */

/* A line that is only s, blanks after it allowed. */
static int
fence(const char *l, size_t n, const char *s)
{
	size_t k = strlen(s);

	if (n < k || memcmp(l, s, k) != 0)
		return 0;
	while (k < n && (l[k] == ' ' || l[k] == '\t'))
		k++;
	return k == n;
}

/* A front matter value: blanks around, quotes and a YAML comment off. */
static void
fm_value(const char **v, size_t *n)
{
	const char *s = *v;
	size_t len = *n;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	if (len > 0 && (*s == '"' || *s == '\'')) {
		const char *q = memchr(s + 1, *s, len - 1);

		if (q != NULL) {
			*v = s + 1;
			*n = (size_t)(q - s - 1);
			return;
		}
	}
	for (size_t i = 0; i < len; i++)
		if (s[i] == '#' && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
			len = i;
			break;
		}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*v = s;
	*n = len;
}

/* Add the words of a tags value ("a, b", "[a, b]", "[\"a\", \"b\"]",
 * "#a #b") to b, one space between. */
static void
fm_tags(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, j;

	while (i < n) {
		while (i < n && strchr(" \t,[]\"'#", s[i]) != NULL)
			i++;
		for (j = i; j < n && strchr(" \t,[]\"'", s[j]) == NULL; j++)
			;
		if (j > i) {
			if (b->len > 0)
				buf_addc(b, ' ');
			buf_add(b, s + i, j - i);
		}
		i = j;
	}
}

/* Read the front matter, if the document starts with one: its lines,
 * and the plan's title, deadline, tags and the day it was written
 * (date, else created, else updated). */
static long
front_matter(struct plan *p, long *day, int *has_day)
{
	static const char *const dkeys[] = { "date", "created", "updated" };
	const char *open, *key, *v;
	size_t off = 0, e, n, k;
	long line, best[3];
	int have[3] = { 0 }, toml, in_tags = 0;
	struct buf tags = { 0 };
	struct pdate d;

	*has_day = 0;
	e = line_end(p, 0);
	if (fence(p->src, e, "---"))
		toml = 0, open = "---";
	else if (fence(p->src, e, "+++"))
		toml = 1, open = "+++";
	else
		return 0;
	for (line = 2, off = next_line(p, 0); off < p->srclen; line++) {
		const char *l = p->src + off;

		e = line_end(p, off) - off;
		if (fence(l, e, open) || (!toml && fence(l, e, "...")))
			break;
		off = next_line(p, off);
		/* A YAML list under "tags:": "  - work". */
		if (in_tags && e > 0 && (l[0] == ' ' || l[0] == '\t' ||
		    l[0] == '-')) {
			for (k = 0; k < e && (l[k] == ' ' || l[k] == '\t'); k++)
				;
			if (k < e && l[k] == '-') {
				v = l + k + 1;
				n = e - k - 1;
				fm_value(&v, &n);
				fm_tags(&tags, v, n);
			}
			continue;
		}
		in_tags = 0;
		/* "key: value" (YAML) or "key = value" (TOML) at the start. */
		for (k = 0; k < e && (l[k] == '_' || l[k] == '-' ||
		    ((l[k] | 0x20) >= 'a' && (l[k] | 0x20) <= 'z')); k++)
			;
		key = l;
		n = k;
		while (toml && k < e && (l[k] == ' ' || l[k] == '\t'))
			k++;
		if (n == 0 || k >= e || l[k] != (toml ? '=' : ':'))
			continue;
		v = l + k + 1;
		e -= k + 1;
		fm_value(&v, &e);
		if (n == 5 && !memcmp(key, "title", 5) && p->title == NULL)
			p->title = plan_strndup(p, v, e);
		else if (n == 4 && !memcmp(key, "tags", 4)) {
			if (e == 0)
				in_tags = 1;
			fm_tags(&tags, v, e);
		} else if (((n == 3 && !memcmp(key, "due", 3)) ||
		    (n == 8 && !memcmp(key, "deadline", 8))) &&
		    p->deadline.kind == DATE_NONE && e > 0) {
			/* A time after the day is no part of it. */
			if (date_when(v, e, &d) == 0 || d.kind == DATE_NONE) {
				d.kind = DATE_BAD;
				d.day = 0;
				n = e < sizeof d.text ? e : sizeof d.text - 1;
				/* Cut at a character's start, as date.c
				 * does: a cut one would end the text of
				 * the field that writes it again. */
				while (n < e && n > 0 &&
				    ((unsigned char)v[n] & 0xC0) == 0x80)
					n--;
				memcpy(d.text, v, n);
				d.text[n] = '\0';
			}
			d.line = line;
			d.col = (int)(v - l) + 1;
			p->deadline = d;
		} else {
			for (int i = 0; i < 3; i++)
				if (n == strlen(dkeys[i]) &&
				    !memcmp(key, dkeys[i], n) && !have[i] &&
				    date_when(v, e, &d) > 0 &&
				    d.kind == DATE_OK) {
					best[i] = d.day;
					have[i] = 1;
				}
		}
	}
	if (off >= p->srclen) {		/* never closed: no front matter */
		p->title = NULL;
		memset(&p->deadline, 0, sizeof p->deadline);
		buf_free(&tags);
		return 0;
	}
	if (tags.len > 0)
		p->tags = plan_strndup(p, tags.s, tags.len);
	buf_free(&tags);
	for (int i = 0; i < 3; i++)
		if (have[i]) {
			*day = best[i];
			*has_day = 1;
			break;
		}
	return line;
}

/* The day the plan was written: its front matter's, else a "Last
 * reviewed", "Updated" or "As of" line near the top. */
static int
plan_written(const struct plan *p, long *day)
{
	static const char *const top[] = { "last reviewed", "last updated",
		"last revised", "reviewed", "updated", "revised", "as of" };
	size_t off = 0, e, k, n;
	long line;

	for (line = 1; off < p->srclen && line <= p->fm_lines + 40; line++) {
		const char *s = p->src + off;

		e = line_end(p, off) - off;
		if (line > p->fm_lines + 12)
			break;
		if (line > p->fm_lines)
			for (k = 0; k < sizeof top / sizeof top[0]; k++)
				if ((n = starts(s, e, top[k])) > 0 &&
				    day_in(s + n, e - n, day))
					return 1;
		off = next_line(p, off);
	}
	return 0;
}

/* The period a heading's title names (a year, "Q1 2027", "H2 2026",
 * "2027-Q3"): its last day, its year, and *at, *n where it is. */
static int
heading_period(const char *t, long *day, int *year, size_t *at, size_t *n)
{
	size_t len = strlen(t), i;
	struct pdate d;
	int y, m, dd;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)t[i];

		if (i > 0 && ((t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z'))
			continue;
		if ((i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') ||
		    !((c >= '0' && c <= '9') || (c | 0x20) == 'q' ||
		    (c | 0x20) == 'h'))
			continue;
		if ((c | 0x20) == 'h' && i + 1 < len && t[i + 1] >= '1' &&
		    t[i + 1] <= '2') {
			/* "H1 2027": half a year, as a quarter pair. */
			char q[8] = "Q0 ";
			size_t j = i + 2;

			while (j < len && t[j] == ' ')
				j++;
			if (j + 4 > len || j == i + 2)
				continue;
			q[1] = (char)(t[i + 1] == '1' ? '2' : '4');
			memcpy(q + 3, t + j, 4);
			if (date_when(q, 7, &d) == 7 && d.kind == DATE_OK) {
				*day = d.day;
				*at = i;
				*n = j + 4 - i;
			} else
				continue;
		} else if ((*n = date_when(t + i, len - i, &d)) == 0 ||
		    d.kind != DATE_OK || !(*n == 4 || strchr(d.text, 'Q') ||
		    strchr(d.text, 'q')))
			continue;	/* a year or a quarter, no month */
		else
			*at = i;
		*day = d.day;
		date_ymd(d.day, &y, &m, &dd);
		*year = y;
		return 1;
	}
	return 0;
}

/* A line that starts with a deadline label ("Deadline:", "**Due
 * date:**"): 1, and 2 if it is only the label (the date is on the next
 * line); else 0. */
static int
label_line(const char *s, size_t len)
{
	static const char *const labels[] = { "deadline:", "due:",
		"due date:", "target:", "target date:", "by when:", "when:",
		"timeline:", "timeframe:" };
	size_t n, k;

	for (k = 0; k < sizeof labels / sizeof labels[0]; k++)
		if ((n = starts(s, len, labels[k])) > 0) {
			while (n < len && is_blank_or_mark((unsigned char)s[n]))
				n++;
			return n == len ? 2 : 1;
		}
	return 0;
}

static void
set_deadline(struct plan *p, struct goal *gp, const struct pdate *d,
    const char *t, size_t n, long line, int col)
{
	char f[11];

	gp->deadline = *d;
	gp->deadline.line = line;
	gp->deadline.col = col;
	if (d->kind == DATE_OK) {
		date_format(d->day, f);
		if (n == 10 && !memcmp(t, f, 10))
			return;
	}
	gp->deadline_text = plan_strndup(p, t, n);
}

static void
find_deadline(struct plan *p, struct goal *gp)
{
	struct date_ref r = { .today = p->ref, .has_today = 1 };
	struct pdate d;
	size_t i, n, at;
	long h, day;
	int pass;

	/* The nearest heading above (or the goal's own) that names a
	 * period supplies its year. */
	for (h = gp->heading; h >= 0; h = p->headings[h].parent)
		if (heading_period(p->headings[h].title, &day, &r.year, &at,
		    &n))
			break;
	if (gp->deadline.kind != DATE_NONE)
		return;
	if ((n = date_deadline_ref(gp->title, strlen(gp->title), &r, &d,
	    &at)) > 0) {
		set_deadline(p, gp, &d, gp->title + at, n, gp->line, gp->col);
		return;
	}
	/* A labelled line ("Deadline: Q2 2027") first, then any line: "the
	 * feedback in October" in a Why: line is no deadline beside it. */
	for (pass = 0; pass < 2; pass++)
	for (i = gp->kind == G_PREAMBLE ? 0 : 1; i < gp->ntext; i++) {
		const struct span *sp = &gp->text[i];
		int label = label_line(sp->s, sp->len);

		if (pass == 0 && label == 0)
			continue;
		if ((n = date_deadline_ref(sp->s, sp->len, &r, &d, &at)) > 0) {
			set_deadline(p, gp, &d, sp->s + at, n, sp->line,
			    sp->col + (int)at);
			return;
		}
		if (i + 1 < gp->ntext && label == 2) {
			const struct span *nx = &gp->text[i + 1];

			at = 0;
			while (at < nx->len &&
			    is_blank_or_mark((unsigned char)nx->s[at]))
				at++;
			if ((n = date_expr(nx->s + at, nx->len - at, &r,
			    &d)) > 0) {
				set_deadline(p, gp, &d, nx->s + at, n,
				    nx->line, nx->col + (int)at);
				return;
			}
		}
	}
	if (h >= 0 && gp->kind != G_PREAMBLE) {
		heading_period(p->headings[h].title, &day, &r.year, &at, &n);
		d.kind = DATE_OK;
		d.day = day;
		set_deadline(p, gp, &d, p->headings[h].title + at, n,
		    p->headings[h].line, 1);
	} else if (p->deadline.kind != DATE_NONE) {
		/* The plan's own, from its front matter. */
		set_deadline(p, gp, &p->deadline, p->deadline.text,
		    strlen(p->deadline.text), p->deadline.line,
		    p->deadline.col);
	}
}

/* ---- settling ownership ---- */

static void
add_bad(struct plan *p, const struct pdate *d, size_t *cap)
{
	if (d->kind != DATE_BAD)
		return;
	if (p->nbad == *cap)
		p->bad = xrealloc(p->bad, *cap = *cap * 2 + 8, sizeof *p->bad);
	p->bad[p->nbad++] = *d;
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s && s[1] ? s + 1 : path;
}

const char *
goal_title(const struct plan *p, const struct goal *g)
{
	if (g->kind != G_PREAMBLE)
		return g->title;
	return p->title != NULL && *p->title ? p->title : base_name(p->name);
}

/* What the walk left for settle's passes: who owns each milestone and
 * each heading's section. */
struct settle {
	long *mcand;		/* per milestone: its cand, -1: preamble */
	long *goal_up;		/* per heading: the goal its section is */
	int preamble;		/* milestones before the first heading */
	long first_pre;		/* the first of them */
};

/* Which cand owns each milestone; the goals numbered: the preamble
 * first, then every cand but the unmarked headings that own nothing. */
static void
number_goals(struct walk *w, struct settle *st)
{
	struct plan *p = w->p;
	size_t i;

	st->first_pre = -1;
	for (i = 0; i < p->nms; i++) {
		struct owner o = w->mown[i];
		long *mc = &st->mcand[i];

		if (o.item >= 0)
			*mc = o.item;
		else if (o.heading < 0)
			*mc = -1, st->preamble = 1;
		else if (w->hclaim[o.heading] >= 0)
			*mc = w->hclaim[o.heading];
		else
			*mc = w->hcand[o.heading];
		if (*mc >= 0)
			w->cands[*mc].goal = 0;	/* used */
		else if (st->first_pre < 0)
			st->first_pre = (long)i;
	}
	p->ngoals = (size_t)st->preamble;
	for (i = 0; i < w->ncands; i++) {
		struct cand *c = &w->cands[i];

		if (c->kind != G_SECTION || c->goal == 0)
			c->goal = (long)p->ngoals++;
		else
			c->goal = -1;
	}
	for (i = 0; i < p->nheadings; i++) {
		long gi = w->cands[w->hcand[i]].goal;

		st->goal_up[i] = gi >= 0 ? gi : p->headings[i].parent >= 0 ?
		    st->goal_up[p->headings[i].parent] : -1;
	}
}

/* The goals themselves, from their cands. */
static void
make_goals(struct walk *w, const struct settle *st)
{
	struct plan *p = w->p;
	size_t i;

	p->goals = xcalloc(p->ngoals, sizeof *p->goals);
	if (st->preamble) {
		struct goal *gp = &p->goals[0];

		gp->kind = G_PREAMBLE;
		gp->line = gp->title_end = p->ms[st->first_pre].line;
		gp->col = 1;
		gp->heading = -1;
		gp->title = plan_strndup(p, "", 0);
	}
	for (i = 0; i < w->ncands; i++) {
		struct cand *c = &w->cands[i];
		struct goal *gp;

		if (c->goal < 0)
			continue;
		gp = &p->goals[c->goal];
		gp->kind = c->kind;
		gp->line = c->line;
		gp->col = c->col;
		gp->title_end = c->title_end;
		gp->heading = c->heading;
		gp->title = c->title;
		gp->listed = c->listed;
		gp->start = c->start;
		gp->deadline = c->due;
	}
}

/* Milestones in goal order, document order within a goal; the goals'
 * counts by state. */
static void
order_milestones(struct walk *w, const struct settle *st)
{
	struct plan *p = w->p;
	size_t i, j, g, *fill, *dest;

	fill = xcalloc(p->ngoals + 1, sizeof *fill);
	for (i = 0; i < p->nms; i++) {
		g = st->mcand[i] >= 0 ? (size_t)w->cands[st->mcand[i]].goal : 0;
		p->ms[i].goal = g;
		p->goals[g].count++;
	}
	for (g = 0, j = 0; g < p->ngoals; g++) {
		p->goals[g].first = fill[g] = j;
		j += p->goals[g].count;
	}
	/* Permute in place: a second array would double the biggest
	 * allocation of a large plan.  Mostly nothing moves. */
	dest = xmalloc((p->nms ? p->nms : 1) * sizeof *dest);
	for (i = 0; i < p->nms; i++) {
		dest[i] = fill[p->ms[i].goal]++;
		p->goals[p->ms[i].goal].n[p->ms[i].state]++;
	}
	for (i = 0; i < p->nms; i++)
		while (dest[i] != i) {
			size_t d = dest[i];
			struct milestone t = p->ms[d];

			p->ms[d] = p->ms[i];
			p->ms[i] = t;
			dest[i] = dest[d];
			dest[d] = d;
		}
	free(dest);
	free(fill);
}

/* Each goal's text: its title line, then the prose it owns. */
static void
gather_text(struct walk *w, const struct settle *st)
{
	struct plan *p = w->p;
	long *sgoal = xmalloc((w->nspans + 1) * sizeof *sgoal);
	size_t i, j, g, *fill = xcalloc(p->ngoals + 1, sizeof *fill);

	for (i = 0; i < w->ncands; i++)
		if (w->cands[i].goal >= 0)
			fill[w->cands[i].goal]++;
	for (i = 0; i < w->nspans; i++) {
		struct owner o = w->spans[i].o;
		long gi = o.item >= 0 ? w->cands[o.item].goal :
		    o.heading >= 0 ? st->goal_up[o.heading] :
		    st->preamble ? 0 : -1;

		sgoal[i] = gi;
		if (gi >= 0)
			fill[gi]++;
	}
	for (g = 0, j = 0; g < p->ngoals; g++) {
		size_t n = fill[g];

		p->goals[g].text = NULL;
		fill[g] = j;
		j += n;
	}
	p->nspans = j;
	p->spans = xcalloc(j, sizeof *p->spans);
	for (i = 0; i < w->ncands; i++)
		if (w->cands[i].goal >= 0)
			p->spans[fill[w->cands[i].goal]++] =
			    w->cands[i].title_span;
	for (i = 0; i < w->nspans; i++)
		if (sgoal[i] >= 0)
			p->spans[fill[sgoal[i]]++] = w->spans[i].sp;
	for (g = 0, j = 0; g < p->ngoals; g++) {
		struct goal *gp = &p->goals[g];

		gp->text = p->spans + j;
		gp->ntext = fill[g] - j;
		j = fill[g];
		for (i = 0; i < gp->ntext; i++)
			if (gp->text[i].line >= gp->line &&
			    gp->text[i].line <= gp->title_end)
				span_untally(&gp->text[i]);
	}
	free(fill);
	free(sgoal);
}

/* Deadlines: a due field, else a phrase in the title, else in the
 * text, else the period a heading above names; then every impossible
 * date, in goal order. */
static void
find_deadlines(struct plan *p)
{
	size_t g, i, j, capbad = 0;

	for (g = 0; g < p->ngoals; g++) {
		struct goal *gp = &p->goals[g];

		find_deadline(p, gp);
		add_bad(p, &gp->start, &capbad);
		add_bad(p, &gp->deadline, &capbad);
		for (i = gp->first; i < gp->first + gp->count; i++)
			for (j = 0; j < F_COUNT; j++)
				add_bad(p, &p->ms[i].date[j], &capbad);
	}
}

/* From what the walk found to the model, in named passes. */
static void
settle(struct walk *w)
{
	struct plan *p = w->p;
	struct settle st = { 0 };

	st.mcand = xmalloc((p->nms + 1) * sizeof *st.mcand);
	st.goal_up = xmalloc((p->nheadings + 1) * sizeof *st.goal_up);
	number_goals(w, &st);
	make_goals(w, &st);
	order_milestones(w, &st);
	gather_text(w, &st);
	find_deadlines(p);
	free(st.goal_up);
	free(st.mcand);
}

/* The name as shown: escaped for display; for JSON, valid UTF-8 (a
 * name from the command line may be any bytes), U+FFFD for a bad byte. */
static char *
plan_name(const struct plan_ctx *ctx, const char *name)
{
	size_t len = strlen(name), n;
	char *s;

	if (ctx->display && (s = text_escape(name, len, &n)) != NULL)
		return s;
	if (!ctx->display && !utf8_is_clean(name, len))
		return utf8_clean(name, len, &n);
	return xstrdup(name);
}

/* The Markdown of a plan: its front matter's lines are given to
 * libcmark empty, so that the line numbers stay the file's. */
static cmark_node *
parse_md(const struct plan *p)
{
	static const char nl[8] = "\n\n\n\n\n\n\n\n";
	cmark_parser *cp;
	cmark_node *doc;
	size_t off = 0;
	long n;

	if (p->fm_lines == 0)
		return cmark_parse_document(p->src, p->srclen,
		    CMARK_OPT_DEFAULT);
	for (n = 0; n < p->fm_lines; n++)
		off = next_line(p, off);
	if ((cp = cmark_parser_new(CMARK_OPT_DEFAULT)) == NULL)
		xnomem();
	for (n = p->fm_lines; n > 0; n -= 8)
		cmark_parser_feed(cp, nl, n < 8 ? (size_t)n : 8);
	cmark_parser_feed(cp, p->src + off, p->srclen - off);
	doc = cmark_parser_finish(cp);
	cmark_parser_free(cp);
	return doc;
}

/* ---- where lines came from: the markers of plangoals -f markdown ---- */

#define MARKER "<!-- planmark: "
#define MARKER_LEN (sizeof MARKER - 1)

static int
by_origin_line(const void *a, const void *b)
{
	const struct origin *x = a, *y = b;

	return x->line < y->line ? -1 : x->line > y->line;
}

static int
by_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

static void
add_origin(struct plan *p, size_t *cap, long line, long oline,
    const char *file)
{
	if (p->norig == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		p->orig = xrealloc(p->orig, *cap, sizeof *p->orig);
	}
	p->orig[p->norig].line = line;
	p->orig[p->norig].oline = oline;
	p->orig[p->norig++].file = file;
}

/* A number of a marker at *s: 0 or more, else -1; *s after it. */
static long
marker_num(const char **s, const char *e)
{
	long n = 0;

	if (*s >= e || **s < '0' || **s > '9')
		return -1;
	for (; *s < e && **s >= '0' && **s <= '9'; (*s)++)
		if ((n = n * 10 + (**s - '0')) > 1L << 40)
			return -1;
	return n;
}

static int
hex_val(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ?
	    c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* One marker line, s..e after MARKER: "FILE:LINE MS... -->", the file
 * name percent-encoded.  The heading or goal on the line above (unless
 * LINE is 0) and the milestones after it, in order, were written there. */
static void
read_marker(struct plan *p, const struct plan_ctx *ctx, size_t *cap,
    long at, const char *s, const char *e, const long *msl, size_t nms)
{
	const char *sp = memchr(s, ' ', (size_t)(e - s)), *c, *q;
	struct buf name = { 0 };
	const char *file;
	size_t lo = 0, hi = nms, n;
	long line;
	char *esc;

	if (sp == NULL)
		return;
	for (c = sp; c > s && c[-1] != ':'; c--)
		;
	if (c == s || c - 1 == s)
		return;
	q = c;
	if ((line = marker_num(&q, e)) < 0 || q != sp)
		return;
	for (q = s; q < c - 1; q++) {
		if (*q == '%' && c - 1 - q > 2 && hex_val(q[1]) >= 0 &&
		    hex_val(q[2]) >= 0) {
			buf_addc(&name, hex_val(q[1]) * 16 + hex_val(q[2]));
			q += 2;
		} else {
			buf_addc(&name, *q);
		}
	}
	/* Decoded bytes may be anything: shown as any name is. */
	if (ctx->display && (esc = text_escape(name.s, name.len, &n)) != NULL) {
		file = plan_strndup(p, esc, n);
		free(esc);
	} else if (!utf8_is_clean(name.s, name.len)) {
		esc = utf8_clean(name.s, name.len, &n);
		file = plan_strndup(p, esc, n);
		free(esc);
	} else {
		file = plan_strndup(p, name.s, name.len);
	}
	buf_free(&name);
	if (line > 0 && at > 1)
		add_origin(p, cap, at - 1, line, file);
	/* The first milestone below the marker, then one a number. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (msl[mid] <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (q = sp; q < e && *q == ' '; q++) {
		q++;
		if (q + 3 <= e && !memcmp(q, "-->", 3))
			break;
		if ((line = marker_num(&q, e)) < 0 || lo >= nms)
			break;
		add_origin(p, cap, msl[lo++], line, file);
		q--;
	}
}

/* The markers: lines that are one alone, but for indentation.  Only
 * read where a '<' starts a line, so a plan without them costs a
 * memchr. */
static void
read_origins(struct plan *p, const struct plan_ctx *ctx)
{
	const char *s = p->src, *end = p->src + p->srclen, *lt, *eol, *b;
	long line = 1, *msl = NULL;
	size_t cap = 0, i;

	for (;;) {
		if ((lt = memchr(s, '<', (size_t)(end - s))) == NULL)
			break;
		for (; (b = memchr(s, '\n', (size_t)(lt - s))) != NULL; s = b + 1)
			line++;
		eol = memchr(lt, '\n', (size_t)(end - lt));
		if (eol == NULL)
			eol = end;
		for (b = lt; b > s && b[-1] == ' '; b--)
			;
		if (b == s && (size_t)(eol - lt) > MARKER_LEN + 3 &&
		    !memcmp(lt, MARKER, MARKER_LEN)) {
			if (msl == NULL) {
				msl = xcalloc(p->nms + 1, sizeof *msl);
				for (i = 0; i < p->nms; i++)
					msl[i] = p->ms[i].line;
				qsort(msl, p->nms, sizeof *msl, by_long);
			}
			read_marker(p, ctx, &cap, line, lt + MARKER_LEN, eol,
			    msl, p->nms);
		}
		if (eol == end)
			break;
		s = eol + 1;
		line++;
	}
	free(msl);
	if (p->norig > 1)
		qsort(p->orig, p->norig, sizeof *p->orig, by_origin_line);
}

const char *
plan_where(const struct plan *p, long line, long *oline)
{
	size_t lo = 0, hi = p->norig;

	*oline = line;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->orig[mid].line < line)
			lo = mid + 1;
		else if (p->orig[mid].line > line)
			hi = mid;
		else {
			*oline = p->orig[mid].oline;
			return p->orig[mid].file;
		}
	}
	return p->name;
}

/* Build the model over src, which the plan then owns. */
static struct plan *
parse_owned(struct plan_ctx *ctx, const char *name, char *src, size_t len)
{
	struct plan *p = xcalloc(1, sizeof *p);
	struct walk w = { .p = p, .ctx = ctx, .cur_line = 1 };
	cmark_node *doc;

	p->name = plan_name(ctx, name);
	p->src = src;
	p->srclen = len;
	p->tags = "";
	p->ref = ctx->today;
	p->fm_lines = front_matter(p, &p->ref, &p->ref_own);
	if (!p->ref_own)
		p->ref_own = plan_written(p, &p->ref);
	doc = parse_md(p);
	walk_tree(&w, doc);
	cmark_node_free(doc);
	settle(&w);
	read_origins(p, ctx);
	/* The walk kept plan(5)'s headings ("Career goals" stays a list
	 * of goals); the sections are a rules file's, if it names any. */
	plan_career(p, ctx->sections ? ctx->sections : ctx->career, ctx->mc,
	    ctx->today, ctx->display);
	/* plangoals' Markdown (it has markers) keeps a career plan's
	 * headings but not their items: no career plan to check. */
	if (p->norig > 0)
		p->career = 0;
	free(w.cands);
	free(w.hcand);
	free(w.hclaim);
	free(w.hgoals);
	free(w.hstack);
	free(w.mown);
	free(w.spans);
	free(w.items);
	free(w.istask);
	buf_free(&w.tmp);
	for (int k = 0; k < 3; k++)
		buf_free(&w.words[k]);
	buf_free(&w.recur);
	return p;
}

struct plan *
plan_parse(struct plan_ctx *ctx, const char *name, const char *buf,
    size_t len)
{
	size_t n;
	char *src = utf8_clean(buf, len, &n);

	return parse_owned(ctx, name, src, n);
}

struct plan *
plan_load(struct plan_ctx *ctx, const char *path)
{
	const char *name = strcmp(path, "-") ? path : "<stdin>";
	char *buf, *src;
	size_t len, n;

	if (read_all(path, &buf, &len) == -1)
		return NULL;
	/* Clean text, the common case, is used as read: no second copy. */
	if (utf8_is_clean(buf, len))
		return parse_owned(ctx, name, buf, len);
	src = utf8_clean(buf, len, &n);
	free(buf);
	return parse_owned(ctx, name, src, n);
}

void
plan_free(struct plan *p)
{
	if (p == NULL)
		return;
	while (p->pool != NULL) {
		struct pool *next = p->pool->next;

		free(p->pool);
		p->pool = next;
	}
	free(p->goals);
	free(p->ms);
	free(p->headings);
	free(p->spans);
	free(p->bad);
	free(p->orig);
	free(p->sections);
	free(p->items);
	free(p->links);
	free(p->src);
	free(p->name);
	free(p);
}

size_t
goal_total(const struct goal *g)
{
	return g->n[MS_OPEN] + g->n[MS_ACTIVE] + g->n[MS_DONE];
}

int
percent_of(size_t done, size_t total)
{
	if (total == 0)
		return -1;
	/* Rounded down, so 100 means all done. */
	if (done <= SIZE_MAX / 100)
		return (int)(done * 100 / total);
	return (int)(done / (total / 100));
}

int
goal_percent(const struct goal *g)
{
	return percent_of(g->n[MS_DONE], goal_total(g));
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int
word_listed(const char *words, const char *w)
{
	size_t n = strlen(w), k;
	const char *e;

	for (; *words; words = *e ? e + 1 : e) {
		e = strchr(words, ' ');
		if (e == NULL)
			e = words + strlen(words);
		if ((size_t)(e - words) != n)
			continue;
		for (k = 0; k < n; k++)
			if (lower(words[k]) != lower(w[k]))
				break;
		if (k == n)
			return 1;
	}
	return 0;
}

long
ms_next(const struct plan *p, size_t i)
{
	const struct milestone *m = &p->ms[i], *x;
	long k, j;

	if (m->state != MS_DONE || m->recur == NULL)
		return -1;
	for (k = -1; k <= 1; k += 2) {
		j = (long)i + k;
		if (j < 0 || (size_t)j >= p->nms)
			continue;
		x = &p->ms[j];
		if (x->goal == m->goal && ms_open(x) && x->recur != NULL &&
		    strcmp(x->text, m->text) == 0)
			return j;
	}
	return -1;
}

int
ms_open(const struct milestone *m)
{
	return m->state == MS_OPEN || m->state == MS_ACTIVE;
}

int
ms_late(const struct milestone *m, long today)
{
	return ms_open(m) && m->date[F_DUE].kind == DATE_OK &&
	    m->date[F_DUE].day < today;
}

int
goal_late(const struct goal *g, long today, int empty)
{
	size_t total = goal_total(g);

	if (g->deadline.kind != DATE_OK || g->deadline.day >= today)
		return 0;
	return total == 0 ? empty : g->n[MS_DONE] < total;
}

/* ---- progress tallies ---- */

static size_t
digits(const char *s, size_t i, size_t e)
{
	size_t k = i;

	while (k < e && k - i < 20 && s[k] >= '0' && s[k] <= '9')
		k++;
	return k;
}

/* A tally ending exactly at e and starting at or after lo: its start, or
 * (size_t)-1.  Empty cookies as Org mode writes them ([/], [%]) count. */
size_t
tally_at(const char *s, size_t lo, size_t e, enum tally_form *form)
{
	size_t i, k;

	if (e == lo || s[e - 1] != ']')
		return (size_t)-1;
	for (i = e - 1; i > lo && e - i < 48 && s[i - 1] != '['; i--)
		;
	if (i == lo || s[i - 1] != '[')
		return (size_t)-1;
	k = digits(s, i, e);
	if (k + 2 == e && s[k] == '%') {
		*form = TALLY_PERCENT;
	} else if (k < e && s[k] == '/') {
		k = digits(s, k + 1, e);
		if (k + 1 == e) {
			*form = TALLY_FRACTION;
		} else if (s[k] == ' ') {
			k = digits(s, k + 1, e);
			if (k + 2 != e || s[k] != '%')
				return (size_t)-1;
			*form = TALLY_BOTH;
		} else {
			return (size_t)-1;
		}
	} else {
		return (size_t)-1;
	}
	i--;				/* on the '[' */
	if (i > lo && s[i - 1] != ' ' && s[i - 1] != '\t')
		return (size_t)-1;
	return i;
}
