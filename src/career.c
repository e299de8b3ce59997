/*
 * career.c: the sections of a career plan (plan.5, CAREER PLANS).
 *
 * After the walk has found goals and headings, each heading's title is
 * matched against the section patterns; only a plan with a section
 * pays for more: its sections' items, feedback and review dates, and
 * the links from goals to areas and aspirations.  A plan without one
 * is left exactly as the walk made it.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "plan.h"

const char sec_names[SEC_COUNT][12] = { "aspirations", "strengths",
	"weaknesses", "feedback", "resources", "reviews", "wins" };
const char link_names[3][8] = { "tag", "anchor", "line" };

/* The headings of each section, as plan(5) lists them: a heading's
 * title from its start, after any numbering or emoji. */
#define LEAD "(?i)^[^\\p{L}]*(?:my\\s+|our\\s+|the\\s+)?"
static const char *const sec_body[SEC_COUNT] = {
	"(?:where\\s+I\\s+want\\s+to\\s+(?:be|go)|vision|"
	    "aspirations?|ambitions?|long[- ]term\\s+goals?|north\\s+star|"
	    "career\\s+(?:vision|aspirations?|direction))\\b",
	"(?:(?:key\\s+|core\\s+)?strengths|what\\s+I(?:'m|\\s+am)\\s+"
	    "good\\s+at)\\b",
	"(?:weaknesses|weak\\s+(?:spots|points)|areas?\\s+(?:to|for|of)"
	    "\\s+(?:improve(?:ment)?|development|growth)|(?:improvement|"
	    "growth|development|focus)\\s+areas?|skills?\\s+to\\s+(?:develop|"
	    "improve|build|learn)|skill\\s+gaps?|gaps\\s+to\\s+close|"
	    "areas?\\s+to\\s+work\\s+on)\\b",
	"(?:feedback(?:\\s+(?:log|received|notes|I(?:'ve|\\s+have)\\s+"
	    "(?:had|received)))?|(?:peer|360|manager)\\s+feedback)\\s*$",
	"(?:resources(?:\\s+(?:and|&)\\s+support)?|support(?:\\s+"
	    "(?:and|&)\\s+resources)?|mentors?|mentoring\\s+(?:and|&)\\s+"
	    "coaching|coaching|courses|learning\\s+resources|help\\s+I\\s+"
	    "need)\\s*$",
	"(?:reviews?|review\\s+(?:log|history|dates)|(?:progress\\s+)?"
	    "check-?ins|progress\\s+reviews?)\\s*$",
	"(?:wins|achievements|accomplishments|successes|celebrations?|"
	    "brag\\s+(?:doc|document|list)|what\\s+went\\s+well)\\s*$",
};

/* Each section's regex; with plan(5)'s all, also one regex of them
 * all, a group each, so that a heading costs one match. */
struct career_re {
	pcre2_code *re[SEC_COUNT];
	pcre2_code *all;
	pcre2_match_data *md;
};

static pcre2_code *
compile(const char *s, int *ec, PCRE2_SIZE *off)
{
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP, ec, off, NULL);

	if (re != NULL && getenv("PLANMARK_NO_JIT") == NULL)
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

struct career_re *
career_re_new(const char *const pattern[SEC_COUNT], char *err,
    size_t errlen)
{
	struct career_re *c = xcalloc(1, sizeof *c);
	struct buf b = { 0 };
	PCRE2_SIZE off;
	int ec, k, own = 0;

	for (k = 0; k < SEC_COUNT; k++) {
		b.len = 0;
		if (pattern && pattern[k]) {
			buf_adds(&b, pattern[k]);
			own = 1;
		} else {
			buf_adds(&b, LEAD);
			buf_adds(&b, sec_body[k]);
		}
		if ((c->re[k] = compile(b.s, &ec, &off)) == NULL) {
			char msg[256];

			pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg,
			    sizeof msg);
			snprintf(err, errlen, "section %s: column %zu: %s",
			    sec_names[k], (size_t)off + 1, msg);
			buf_free(&b);
			career_re_free(c);
			return NULL;
		}
	}
	if (!own) {
		b.len = 0;
		buf_adds(&b, LEAD "(?:");
		for (k = 0; k < SEC_COUNT; k++) {
			buf_adds(&b, k ? "|(" : "(");
			buf_adds(&b, sec_body[k]);
			buf_addc(&b, ')');
		}
		buf_addc(&b, ')');
		c->all = compile(b.s, &ec, &off);
	}
	buf_free(&b);
	c->md = pcre2_match_data_create(SEC_COUNT + 1, NULL);
	return c;
}

void
career_re_free(struct career_re *c)
{
	if (c == NULL)
		return;
	for (int k = 0; k < SEC_COUNT; k++)
		pcre2_code_free(c->re[k]);
	pcre2_code_free(c->all);
	pcre2_match_data_free(c->md);
	free(c);
}

int
career_heading(const struct career_re *c, const char *title, void *mctx)
{
	size_t len = strlen(title);
	PCRE2_SIZE *ov;
	int k;

	if (c->all != NULL) {
		if (pcre2_match(c->all, (PCRE2_SPTR)title, len, 0, 0, c->md,
		    mctx) < 0)
			return -1;
		ov = pcre2_get_ovector_pointer(c->md);
		for (k = 0; k < SEC_COUNT; k++)
			if (ov[2 * (k + 1)] != PCRE2_UNSET)
				return k;
		return -1;
	}
	for (k = 0; k < SEC_COUNT; k++)
		if (pcre2_match(c->re[k], (PCRE2_SPTR)title, len, 0, 0,
		    c->md, mctx) >= 0)
			return k;
	return -1;
}

/* ---- source lines ---- */

struct lines {
	const char *src;
	size_t *off;		/* start of line n at off[n - 1] */
	long n;
	size_t srclen;
};

static void
lines_index(struct lines *L, const char *src, size_t len)
{
	size_t cap = 64, i = 0;

	L->src = src;
	L->srclen = len;
	L->off = xmalloc(cap * sizeof *L->off);
	L->n = 0;
	for (;;) {
		if ((size_t)L->n == cap)
			L->off = xrealloc(L->off, cap *= 2, sizeof *L->off);
		L->off[L->n++] = i;
		while (i < len && src[i] != '\n' && src[i] != '\r')
			i++;
		if (i >= len)
			break;
		if (src[i] == '\r' && i + 1 < len && src[i + 1] == '\n')
			i++;
		i++;
		if (i >= len)
			break;
	}
}

/* Line n (from 1): its text without the end, in *len. */
static const char *
line_at(const struct lines *L, long n, size_t *len)
{
	size_t s, e;

	if (n < 1 || n > L->n) {
		*len = 0;
		return "";
	}
	s = L->off[n - 1];
	for (e = s; e < L->srclen && L->src[e] != '\n' && L->src[e] != '\r';
	    e++)
		;
	*len = e - s;
	return L->src + s;
}

/* ---- text ---- */

static int
lc(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
is_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

/* Does s (len) start with w, ASCII case ignored?  Its length or 0. */
static size_t
prefix(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w), k;

	if (len < n)
		return 0;
	for (k = 0; k < n; k++)
		if (lc((unsigned char)s[k]) != w[k])
			return 0;
	return n;
}

/* Plain text of Markdown source: markup dropped, links' text kept,
 * white space squeezed, into b (NUL ended). */
static void
plain(struct buf *b, const char *s, size_t len)
{
	size_t i, start = b->len;
	int space = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '*' || c == '`' || c == '~' || (c == '_' &&
		    (i == 0 || !is_word((unsigned char)s[i - 1]) ||
		    i + 1 == len || !is_word((unsigned char)s[i + 1]))))
			continue;
		if (c == '[' && i + 1 < len && s[i + 1] == '[') {
			/* [[target|label]] or [[target]]: the label. */
			size_t e = i + 2, bar = 0;

			while (e + 1 < len && !(s[e] == ']' && s[e + 1] == ']'))
				if (s[e++] == '|')
					bar = e;
			if (e + 1 < len) {
				size_t from = bar ? bar : i + 2;

				if (space && b->len > start)
					buf_addc(b, ' ');
				space = 0;
				buf_add(b, s + from, e - from);
				i = e + 1;
				continue;
			}
		}
		if (c == ']' && i + 1 < len && s[i + 1] == '(') {
			size_t e = i + 2;

			while (e < len && s[e] != ')')
				e++;
			i = e;
			continue;
		}
		if (c == '[')
			continue;
		if (c == ' ' || c == '\t' || c == ']') {
			space = c != ']' || space;
			continue;
		}
		if (space && b->len > start)
			buf_addc(b, ' ');
		space = 0;
		buf_addc(b, c);
	}
	buf_addc(b, '\0');
	b->len--;
}

/* GitHub's anchor of a heading: lower case, spaces to '-', other
 * punctuation dropped. */
static void
slug(struct buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == ' ')
			buf_addc(b, '-');
		else if (is_word(c) || c == '-')
			buf_addc(b, lc(c));
	}
	buf_addc(b, '\0');
	b->len--;
}

/* #tags in s (len) added to b, a space between. */
static void
tags_in(struct buf *b, const char *s, size_t len)
{
	size_t i, e;

	for (i = 0; i < len; i++) {
		if (s[i] != '#' || (i > 0 && s[i - 1] != ' ' &&
		    s[i - 1] != '\t' && s[i - 1] != '(' && s[i - 1] != ','))
			continue;
		for (e = i + 1; e < len && (is_word((unsigned char)s[e]) ||
		    s[e] == '-' || s[e] == '/'); e++)
			;
		/* A tag has a letter: #2 is a number. */
		size_t k;

		for (k = i + 1; k < e && s[k] >= '0' && s[k] <= '9'; k++)
			;
		if (e == i + 1 || k == e)
			continue;
		if (b->len > 0)
			buf_addc(b, ' ');
		buf_add(b, s + i + 1, e - i - 1);
		i = e;
	}
}

/* Is there a word listed in both words and other? */
static int
share_word(const char *a, const char *b)
{
	const char *e;
	char w[128];

	for (; *a; a = *e ? e + 1 : e) {
		if ((e = strchr(a, ' ')) == NULL)
			e = a + strlen(a);
		if ((size_t)(e - a) >= sizeof w)
			continue;
		memcpy(w, a, (size_t)(e - a));
		w[e - a] = '\0';
		if (word_listed(b, w))
			return 1;
	}
	return 0;
}

/* ---- what a line says ---- */

/* Skip list markers, boxes, quotes and emphasis at the start. */
static size_t
skip_lead(const char *s, size_t len)
{
	size_t i = 0;

	for (;;) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '>' ||
		    s[i] == '*' || s[i] == '_' || s[i] == '#'))
			i++;
		if (i + 1 < len && (s[i] == '-' || s[i] == '+') &&
		    (s[i + 1] == ' ' || s[i + 1] == '\t'))
			i += 2;
		else if (i + 3 <= len && s[i] == '[' && s[i + 2] == ']')
			i += 3;
		else
			return i;
	}
}

/* A date at the start of s, after markup: its length (from s) or 0. */
static size_t
lead_date(const char *s, size_t len, struct pdate *d)
{
	size_t i = skip_lead(s, len), n;

	while (i < len && (s[i] == '(' || s[i] == '['))
		i++;
	memset(d, 0, sizeof *d);
	if ((n = date_when(s + i, len - i, d)) == 0 || d->kind != DATE_OK)
		return 0;
	return i + n;
}

/* Who gave a piece of feedback, after its date: "Priya:", ", from
 * Priya (1:1):", " — Marek, after ...". */
static size_t
who_after(const char *s, size_t len, size_t i, size_t *at)
{
	size_t e, words = 1;

	while (i < len && (s[i] == ' ' || s[i] == '*' || s[i] == '_' ||
	    s[i] == ')' || s[i] == ']' || s[i] == ',' || s[i] == ':' ||
	    s[i] == ';' || s[i] == '-' || (unsigned char)s[i] == 0xE2))
		/* U+2013 and U+2014: E2 80 93, E2 80 94 */
		i += (unsigned char)s[i] == 0xE2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x80 ? 3 :
		    (unsigned char)s[i] == 0xE2 ? len : 1;
	if (i >= len)
		return 0;
	if (prefix(s + i, len - i, "from "))
		i += 5;
	else if (prefix(s + i, len - i, "by "))
		i += 3;
	for (e = i; e < len && s[e] != ':' && s[e] != '(' && s[e] != ',' &&
	    s[e] != ';' && s[e] != '.' && s[e] != '*' && s[e] != '_' &&
	    (unsigned char)s[e] != 0xE2 && !(s[e] == ' ' && e + 1 < len &&
	    s[e + 1] == '-'); e++)
		if (s[e] == ' ')
			words++;
	while (e > i && s[e - 1] == ' ')
		e--;
	if (e == i || words > 4 || !is_word((unsigned char)s[i]))
		return 0;
	*at = i;
	return e - i;
}

/* ---- building ---- */

struct build {
	struct plan *p;
	struct lines L;
	struct buf tmp;
	int display;
	long *goal_at;		/* per line: a goal's index + 1, or 0 */
	size_t capsec, capitems, caplinks;
};

static const char *
keep(struct build *bd, const char *s, size_t len)
{
	size_t n = len;
	char *e;
	const char *d;

	if (!bd->display || (e = text_escape(s, len, &n)) == NULL)
		return plan_strndup(bd->p, s, len);
	d = plan_strndup(bd->p, e, n);
	free(e);
	return d;
}

static struct sitem *
new_item(struct build *bd, size_t sec, long line, int col)
{
	struct plan *p = bd->p;
	struct sitem *it;

	if (p->nitems == bd->capitems)
		p->items = xrealloc(p->items, bd->capitems = bd->capitems * 2 +
		    16, sizeof *p->items);
	it = &p->items[p->nitems++];
	memset(it, 0, sizeof *it);
	it->section = sec;
	it->line = it->end = line;
	it->col = col;
	it->tags = "";
	p->sections[sec].count++;
	return it;
}

/* An item's text, tags, anchor, date and who from its source lines. */
static void
fill_item(struct build *bd, struct sitem *it, const char *title)
{
	struct buf src = { 0 }, t = { 0 };
	size_t len, i, n, at, wl;
	const char *s;
	long l;

	for (l = it->line; l <= it->end; l++) {
		s = line_at(&bd->L, l, &len);
		if (l == it->line && !title) {
			i = skip_lead(s, len);
			/* "1." and "1)" lists */
			for (n = i; n < len && s[n] >= '0' && s[n] <= '9'; n++)
				;
			if (n > i && n + 1 < len && (s[n] == '.' ||
			    s[n] == ')') && s[n + 1] == ' ')
				i = n + 2;
			s += i, len -= i;
		}
		while (len > 0 && (*s == ' ' || *s == '\t' || *s == '>'))
			s++, len--;
		if (src.len > 0)
			buf_addc(&src, ' ');
		buf_add(&src, s, len);
	}
	if (title != NULL) {
		src.len = 0;
		buf_adds(&src, title);
	}
	buf_addc(&src, '\0');
	src.len--;
	/* An Obsidian block id "^id" or "{#id}" at the end: its anchor. */
	for (n = src.len; n > 0 && src.s[n - 1] == ' '; n--)
		;
	for (i = n; i > 0 && src.s[i - 1] != ' '; i--)
		;
	if (n > i + 1 && src.s[i] == '^') {
		it->anchor = keep(bd, src.s + i, n - i);
		src.len = i;
	} else if (n > i + 3 && src.s[i] == '{' && src.s[i + 1] == '#' &&
	    src.s[n - 1] == '}') {
		it->anchor = keep(bd, src.s + i + 2, n - i - 3);
		src.len = i;
	}
	plain(&t, src.s, src.len);
	it->text = keep(bd, t.s, t.len);
	if (title != NULL && it->anchor == NULL) {
		t.len = 0;
		slug(&t, title);
		it->anchor = keep(bd, t.s, t.len);
	}
	t.len = 0;
	tags_in(&t, src.s, src.len);
	if (t.len > 0)
		it->tags = keep(bd, t.s, t.len);
	if ((n = lead_date(src.s, src.len, &it->date)) > 0) {
		it->date.line = it->line;
		it->date.col = it->col;
		if ((wl = who_after(src.s, src.len, n, &at)) > 0) {
			t.len = 0;
			plain(&t, src.s + at, wl);
			if (t.len > 0)
				it->who = keep(bd, t.s, t.len);
		}
	}
	buf_free(&t);
	buf_free(&src);
}

static int
blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	return i == len;
}

/* A thematic break or a setext underline. */
static int
rule_line(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	char c = 0;

	while (i < len && s[i] == ' ')
		i++;
	for (; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\t')
			continue;
		if (c == 0 && (s[i] == '-' || s[i] == '=' || s[i] == '*' ||
		    s[i] == '_'))
			c = s[i];
		if (s[i] != c)
			return 0;
		n++;
	}
	return n >= 2 && c == '=' ? 1 : n >= 3;
}

/* Does a line close an HTML comment? */
static int
has_end(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 3 <= len; i++)
		if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
			return 1;
	return 0;
}

/* A list item's marker at s: its indentation, or -1. */
static int
list_marker(const char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len && s[i] == ' ')
		i++;
	if (i + 1 < len && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
	    (s[i + 1] == ' ' || s[i + 1] == '\t'))
		return (int)i;
	for (n = i; n < len && n - i < 9 && s[n] >= '0' && s[n] <= '9'; n++)
		;
	if (n > i && n + 1 < len && (s[n] == '.' || s[n] == ')') &&
	    s[n + 1] == ' ')
		return (int)i;
	return -1;
}

static int
fence_line(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && i < 4 && s[i] == ' ')
		i++;
	return i + 3 <= len && ((s[i] == '`' && s[i + 1] == '`' &&
	    s[i + 2] == '`') || (s[i] == '~' && s[i + 1] == '~' &&
	    s[i + 2] == '~'));
}

static const struct {
	const char *w;
	int next;
} review_keys[] = {
	{ "next review", 1 }, { "next check-in", 1 },
	{ "review due", 1 }, { "review by", 1 },
	{ "last reviewed", 0 }, { "last review", 0 },
	{ "reviewed", 0 },
};

/* The review key s starts with: its index + 1, or 0. */
static int
review_key(const char *s, size_t len)
{
	size_t k;

	for (k = 0; k < sizeof review_keys / sizeof review_keys[0]; k++)
		if (prefix(s, len, review_keys[k].w))
			return (int)k + 1;
	return 0;
}

/* The items of a section: its list items, its paragraphs, and its
 * sub-headings (each with what is under it). */
static void
section_items(struct build *bd, size_t sec)
{
	struct plan *p = bd->p;
	struct section *S = &p->sections[sec];
	struct sitem *cur = NULL;
	long l, hcur = -1, last = -1;
	int infence = 0, incomment = 0, base = -1, gbase = -1, ind;
	size_t len, h = (size_t)S->heading + 1;

	S->first = p->nitems;
	for (l = S->line + 1; l <= S->end; l++) {
		const char *s = line_at(&bd->L, l, &len);
		int m;

		if (h < p->nheadings && p->headings[h].line == l) {
			/* A sub-heading: an item of its own. */
			cur = new_item(bd, sec, l, 1);
			hcur = (long)(p->nitems - 1);
			cur->end = l;
			h++;
			continue;
		}
		if (fence_line(s, len)) {
			infence = !infence;
			continue;
		}
		if (infence)
			continue;
		/* A comment (the template's guidance) is no item. */
		if (incomment || (len >= 4 && !memcmp(s + (len > 0 &&
		    s[0] == ' '), "<!--", 4))) {
			incomment = !has_end(s, len);
			continue;
		}
		if (blank(s, len) || rule_line(s, len)) {
			if (hcur < 0)
				cur = NULL;
			continue;
		}
		if (hcur >= 0) {
			p->items[hcur].end = l;
			continue;
		}
		m = list_marker(s, len);
		for (ind = 0; ind < (int)len && s[ind] == ' '; ind++)
			;
		if (bd->goal_at[l - 1]) {
			/* A goal is no item, nor what is nested in it. */
			cur = NULL;
			gbase = ind;
			continue;
		}
		if (gbase >= 0 && ind > gbase)
			continue;
		gbase = -1;
		if (m >= 0 && (last < 0 || base < 0 || m <= base)) {
			cur = new_item(bd, sec, l, m + 1);
			last = (long)(p->nitems - 1);
			base = m;
			continue;
		}
		if (cur == NULL && last >= 0 && base >= 0 && ind > base)
			cur = &p->items[last];
		if (cur == NULL) {
			cur = new_item(bd, sec, l, ind + 1);
			last = (long)(p->nitems - 1);
			base = -1;
			continue;
		}
		cur->end = l;
	}
	size_t n = S->first, all = p->nitems;

	for (size_t i = S->first; i < all; i++) {
		struct sitem *it = &p->items[i];
		const char *title = NULL;
		size_t tl;

		for (size_t k = (size_t)S->heading + 1; k < p->nheadings &&
		    p->headings[k].line <= it->line; k++)
			if (p->headings[k].line == it->line)
				title = p->headings[k].title;
		fill_item(bd, it, title);
		/* A paragraph ending in a colon introduces what follows
		 * ("What that looks like:"): no item of its own. */
		tl = strlen(it->text);
		if (title == NULL && tl > 0 && it->text[tl - 1] == ':' &&
		    list_marker(line_at(&bd->L, it->line, &tl), tl) < 0) {
			S->count--;
			continue;
		}
		/* "Next review: ..." is the plan's date, not an item. */
		if (title == NULL && review_key(it->text, strlen(it->text))) {
			S->count--;
			continue;
		}
		p->items[n++] = *it;
	}
	p->nitems = n;
}

/* "Next review: DATE", "**Last reviewed** on DATE", ... */
static void
review_line(struct plan *p, const char *s, size_t len, long line)
{
	size_t i = skip_lead(s, len), n, k, j;
	struct pdate d;
	int r = review_key(s + i, len - i);

	if (r > 0) {
		k = (size_t)r - 1;
		n = strlen(review_keys[k].w);
		j = i + n;
		/* The date, after a colon, markup, or a few words such as
		 * "on", "is", "date". */
		for (int w = 0; w < 4 && j < len; w++) {
			while (j < len && (s[j] == ' ' || s[j] == ':' ||
			    s[j] == '*' || s[j] == '_' || s[j] == '=' ||
			    s[j] == '-' || s[j] == '('))
				j++;
			memset(&d, 0, sizeof d);
			if (date_when(s + j, len - j, &d) > 0 &&
			    d.kind == DATE_OK) {
				int next = review_keys[k].next;
				struct pdate *to = next ? &p->next_review :
				    &p->last_review;

				d.line = line;
				d.col = (int)j + 1;
				if (to->kind != DATE_OK || (next ?
				    d.day < to->day : d.day > to->day))
					*to = d;
				return;
			}
			if (prefix(s + j, len - j, "on ") ||
			    prefix(s + j, len - j, "by ") ||
			    prefix(s + j, len - j, "is ") ||
			    prefix(s + j, len - j, "at "))
				j += 3;
			else if (prefix(s + j, len - j, "date"))
				j += 4;
			else
				break;
		}
		return;
	}
}

/* Front matter keys next_review, last_reviewed and their spellings. */
static void
review_front(struct plan *p, const char *s, size_t len, long line)
{
	static const char *const next[] = { "next_review", "next-review",
		"nextreview", "review_due", "review-due" };
	static const char *const last[] = { "last_reviewed", "last-reviewed",
		"lastreviewed", "last_review", "last-review", "reviewed" };
	size_t k, n, j;
	struct pdate d;

	for (int w = 0; w < 2; w++) {
		const char *const *keys = w ? last : next;
		size_t nk = w ? 6 : 5;

		for (k = 0; k < nk; k++) {
			if ((n = prefix(s, len, keys[k])) == 0)
				continue;
			j = n;
			while (j < len && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (j >= len || (s[j] != ':' && s[j] != '='))
				continue;
			j++;
			while (j < len && (s[j] == ' ' || s[j] == '"' ||
			    s[j] == '\''))
				j++;
			memset(&d, 0, sizeof d);
			if (date_when(s + j, len - j, &d) > 0 &&
			    d.kind == DATE_OK) {
				d.line = line;
				d.col = (int)j + 1;
				*(w ? &p->last_review : &p->next_review) = d;
			}
			return;
		}
	}
}

/* ---- links ---- */

static void
add_link(struct build *bd, size_t goal, long item, size_t sec,
    enum link_how how, long line)
{
	struct plan *p = bd->p;
	size_t i;

	for (i = 0; i < p->nlinks; i++)
		if (p->links[i].goal == goal && p->links[i].item == item &&
		    p->links[i].section == sec)
			return;
	if (p->nlinks == bd->caplinks)
		p->links = xrealloc(p->links, bd->caplinks = bd->caplinks * 2 +
		    16, sizeof *p->links);
	p->links[p->nlinks++] = (struct plink){ goal, item, sec, how, line };
}

static int
linkable(const struct plan *p, size_t sec)
{
	enum sec_kind k = p->sections[sec].kind;

	return k == SEC_ASPIRATIONS || k == SEC_WEAKNESSES;
}

/* An anchor named in a link: to the items and sections it names.  A
 * heading's is compared as GitHub makes it, so that [[Note#Weak
 * spots]] and [x](#weak-spots) both find it; a block id as written. */
static void
link_anchor(struct build *bd, size_t g, const char *a, size_t n, long line)
{
	struct plan *p = bd->p;
	struct buf want = { 0 };
	size_t i;

	if (n > 0 && a[0] == '^')
		buf_add(&want, a, n);
	else {
		char *t = xstrndup(a, n);

		slug(&want, t);
		free(t);
	}
	for (i = 0; i < p->nitems; i++) {
		const char *an = p->items[i].anchor;

		if (an != NULL && linkable(p, p->items[i].section) &&
		    !strcmp(an, want.s))
			add_link(bd, g, (long)i, p->items[i].section,
			    LINK_ANCHOR, line);
	}
	for (i = 0; i < p->nsections; i++) {
		bd->tmp.len = 0;
		slug(&bd->tmp, p->headings[p->sections[i].heading].title);
		if (linkable(p, i) && !strcmp(bd->tmp.s, want.s))
			add_link(bd, g, -1, i, LINK_ANCHOR, line);
	}
	buf_free(&want);
}

/* Does normalised text t hold name n as whole words? */
static int
names(const char *t, const char *n)
{
	size_t nl = strlen(n);
	const char *f;

	if (nl == 0)
		return 0;
	for (f = strstr(t, n); f != NULL; f = strstr(f + 1, n))
		if ((f == t || !is_word((unsigned char)f[-1])) &&
		    !is_word((unsigned char)f[nl]))
			return 1;
	return 0;
}

/* "Addresses: speaking up in meetings, weakness 2": each name. */
static void
link_named(struct build *bd, size_t g, const char *v, size_t len,
    long line)
{
	struct plan *p = bd->p;
	size_t a = 0, e, i;

	while (a < len) {
		for (e = a; e < len && v[e] != ',' && v[e] != ';'; e++)
			;
		bd->tmp.len = 0;
		plain(&bd->tmp, v + a, e - a);
		char *n = match_norm(bd->tmp.s);

		for (i = 0; *n && i < p->nitems; i++) {
			if (!linkable(p, p->items[i].section))
				continue;
			char *t = match_norm(p->items[i].text);

			if (names(t, n))
				add_link(bd, g, (long)i, p->items[i].section,
				    LINK_LINE, line);
			free(t);
		}
		for (i = 0; *n && i < p->nsections; i++) {
			char *t = match_norm(
			    p->headings[p->sections[i].heading].title);

			if (linkable(p, i) && !strcmp(t, n))
				add_link(bd, g, -1, i, LINK_LINE, line);
			free(t);
		}
		free(n);
		a = e + 1;
	}
}

/* Where a goal's own lines end: before the next goal or section. */
static long
goal_end(const struct plan *p, size_t g)
{
	const struct goal *gp = &p->goals[g];
	long end = LONG_MAX;
	size_t i;

	for (i = 0; i < p->ngoals; i++)
		if (p->goals[i].line > gp->line && p->goals[i].line - 1 < end)
			end = p->goals[i].line - 1;
	for (i = 0; i < p->nsections; i++) {
		const struct section *S = &p->sections[i];

		/* A section under a goal's heading ("### Resources") is
		 * the goal's own. */
		if (gp->kind == G_HEADING && gp->heading >= 0 &&
		    p->headings[S->heading].level >
		    p->headings[gp->heading].level)
			continue;
		if (S->line > gp->line && S->line - 1 < end)
			end = S->line - 1;
	}
	if (gp->kind == G_HEADING && gp->heading >= 0)
		for (i = (size_t)gp->heading + 1; i < p->nheadings; i++)
			if (p->headings[i].level <=
			    p->headings[gp->heading].level) {
				if (p->headings[i].line - 1 < end)
					end = p->headings[i].line - 1;
				break;
			}
	return end;
}

/* Names a resource or support: a course, a mentor, a coach. */
static int
support_word(const char *s, size_t len)
{
	static const char *const w[] = { "resource", "support", "mentor",
		"coach", "course", "class", "training", "workshop", "book",
		"tutor", "sponsor", "with the help of", "help from",
		"budget", "conference", "pairing with", "pair with" };
	size_t i, k;

	for (i = 0; i < len; i++) {
		if (i > 0 && is_word((unsigned char)s[i - 1]))
			continue;
		for (k = 0; k < sizeof w / sizeof w[0]; k++)
			if (prefix(s + i, len - i, w[k]))
				return 1;
	}
	return 0;
}

/* A goal's links, and whether it names support, from its lines. */
static void
goal_links(struct build *bd, size_t g)
{
	struct plan *p = bd->p;
	struct goal *gp = &p->goals[g];
	struct buf tags = { 0 };
	long l, end = goal_end(p, g);
	size_t len, i, k;
	const char *s;

	if (end > bd->L.n)
		end = bd->L.n;
	for (l = gp->line; l <= end; l++) {
		s = line_at(&bd->L, l, &len);
		tags.len = 0;
		tags_in(&tags, s, len);
		buf_addc(&tags, '\0');
		if (tags.s[0])
			for (i = 0; i < p->nitems; i++)
				if (linkable(p, p->items[i].section) &&
				    share_word(tags.s, p->items[i].tags))
					add_link(bd, g, (long)i,
					    p->items[i].section, LINK_TAG, l);
		for (i = 0; i + 1 < len; i++) {
			size_t a = 0;

			if (s[i] == '(' && s[i + 1] == '#' && i > 0 &&
			    s[i - 1] == ']')
				a = i + 2;
			else if (s[i] == '[' && s[i + 1] == '[') {
				for (k = i + 2; k < len && s[k] != '#' &&
				    s[k] != ']'; k++)
					;
				if (k < len && s[k] == '#')
					a = k + 1;
			}
			if (a == 0)
				continue;
			for (k = a; k < len && s[k] != ')' && s[k] != ']' &&
			    s[k] != '|' && (s[k] != ' ' || s[i] == '['); k++)
				;
			link_anchor(bd, g, s + a, k - a, l);
		}
		i = skip_lead(s, len);
		for (k = 0; k < 6; k++) {
			static const char *const key[] = { "addresses",
				"areas", "area", "aspirations", "aspiration",
				"serves" };
			size_t n = prefix(s + i, len - i, key[k]), c;

			if (n == 0 || (i + n < len &&
			    is_word((unsigned char)s[i + n])))
				continue;
			for (c = i + n; c < len && s[c] != ':' && c - i < 40;
			    c++)
				;
			if (c < len && s[c] == ':') {
				c++;
				while (c < len && (s[c] == '*' || s[c] == '_' ||
				    s[c] == ' '))
					c++;
				link_named(bd, g, s + c, len - c, l);
			}
			break;
		}
		if (!gp->support && support_word(s, len))
			gp->support = 1;
	}
	buf_free(&tags);
}

/* A resources item that names a goal gives it support. */
static void
support_items(struct plan *p)
{
	size_t i, g;

	for (i = 0; i < p->nitems; i++) {
		if (p->sections[p->items[i].section].kind != SEC_RESOURCES)
			continue;
		char *t = match_norm(p->items[i].text);

		for (g = 0; g < p->ngoals; g++) {
			char *n = match_norm(p->goals[g].title);

			if (strlen(n) > 3 && names(t, n))
				p->goals[g].support = 1;
			free(n);
		}
		free(t);
	}
}

/* ---- the whole ---- */

static void
career_clear(struct plan *p)
{
	free(p->sections);
	free(p->items);
	free(p->links);
	p->sections = NULL;
	p->items = NULL;
	p->links = NULL;
	p->nsections = p->nitems = p->nlinks = 0;
	p->career = 0;
	memset(&p->next_review, 0, sizeof p->next_review);
	memset(&p->last_review, 0, sizeof p->last_review);
	for (size_t g = 0; g < p->ngoals; g++)
		p->goals[g].support = 0;
}

void
plan_career(struct plan *p, const struct career_re *c, void *mctx,
    long today, int display)
{
	struct build bd = { .p = p, .display = display };
	size_t i, g, sec;
	long l;
	int *kind;

	career_clear(p);
	if (p->nheadings == 0)
		return;
	kind = xmalloc(p->nheadings * sizeof *kind);
	for (i = 0; i < p->nheadings; i++) {
		kind[i] = career_heading(c, p->headings[i].title, mctx);
		if (kind[i] >= 0)
			p->nsections++;
	}
	if (p->nsections == 0) {
		free(kind);
		return;
	}
	/* A goal's heading is no section. */
	for (g = 0; g < p->ngoals; g++)
		if (p->goals[g].kind == G_HEADING && p->goals[g].heading >= 0 &&
		    kind[p->goals[g].heading] >= 0) {
			kind[p->goals[g].heading] = -1;
			p->nsections--;
		}
	if (p->nsections == 0) {
		free(kind);
		return;
	}
	lines_index(&bd.L, p->src, p->srclen);
	bd.goal_at = xcalloc((size_t)bd.L.n + 1, sizeof *bd.goal_at);
	for (g = 0; g < p->ngoals; g++)
		if (p->goals[g].line >= 1 && p->goals[g].line <= bd.L.n)
			bd.goal_at[p->goals[g].line - 1] = (long)g + 1;
	p->sections = xcalloc(p->nsections, sizeof *p->sections);
	bd.capsec = p->nsections;
	for (i = 0, sec = 0; i < p->nheadings; i++) {
		struct section *S;
		size_t k;

		if (kind[i] < 0)
			continue;
		S = &p->sections[sec];
		S->kind = (enum sec_kind)kind[i];
		S->heading = (long)i;
		S->line = p->headings[i].line;
		S->end = bd.L.n;
		/* It ends at a heading as high, a goal's or another
		 * section's. */
		for (k = i + 1; k < p->nheadings; k++)
			if (p->headings[k].level <= p->headings[i].level ||
			    kind[k] >= 0 || (p->headings[k].line >= 1 &&
			    p->headings[k].line <= bd.L.n &&
			    bd.goal_at[p->headings[k].line - 1])) {
				S->end = p->headings[k].line - 1;
				break;
			}
		if (S->kind == SEC_ASPIRATIONS || S->kind == SEC_WEAKNESSES)
			p->career = 1;
		sec++;
	}
	for (sec = 0; sec < p->nsections; sec++) {
		/* Sub-headings of a section are its items unless they end
		 * it. */
		section_items(&bd, sec);
	}
	/* Review dates: front matter, lines anywhere, the review log. */
	for (l = 1; l <= bd.L.n; l++) {
		size_t len;
		const char *s = line_at(&bd.L, l, &len);

		if (l <= p->fm_lines)
			review_front(p, s, len, l);
		else if (len > 8)
			review_line(p, s, len, l);
	}
	for (i = 0; i < p->nitems; i++) {
		const struct sitem *it = &p->items[i];

		if (p->sections[it->section].kind != SEC_REVIEWS ||
		    it->date.kind != DATE_OK)
			continue;
		if (it->date.day <= today && (p->last_review.kind != DATE_OK ||
		    it->date.day > p->last_review.day))
			p->last_review = it->date;
		else if (it->date.day > today &&
		    (p->next_review.kind != DATE_OK ||
		    p->next_review.line == it->line))
			p->next_review = it->date;
	}
	/* A heading whose section holds milestones is a goal of the
	 * career plan too, marked or not: what it says links it. */
	for (g = 0; g < p->ngoals; g++)
		if (p->goals[g].kind != G_PREAMBLE)
			goal_links(&bd, g);
	support_items(p);
	free(kind);
	free(bd.goal_at);
	free(bd.L.off);
	buf_free(&bd.tmp);
}

int
goal_addresses(const struct plan *p, size_t g)
{
	size_t i;

	for (i = 0; i < p->nlinks; i++)
		if (p->links[i].goal == g)
			return 1;
	return 0;
}

static int
links_item(const struct plan *p, const struct plink *l, size_t item)
{
	return l->item == (long)item || (l->item < 0 &&
	    l->section == p->items[item].section);
}

size_t
item_goals(const struct plan *p, size_t item)
{
	size_t i, j, n = 0;

	for (i = 0; i < p->nlinks; i++) {
		if (!links_item(p, &p->links[i], item))
			continue;
		for (j = 0; j < i && !(p->links[j].goal == p->links[i].goal &&
		    links_item(p, &p->links[j], item)); j++)
			;
		n += j == i;
	}
	return n;
}

int
item_is_area(const struct plan *p, size_t item)
{
	return p->sections[p->items[item].section].kind == SEC_WEAKNESSES;
}

/* ---- suggestions ---- */

/* Words too common to say two texts are about the same thing. */
static const char *const stop[] = { "about", "above", "after", "again",
	"always", "among", "around", "because", "before", "being", "below",
	"between", "could", "doing", "during", "every", "first", "having",
	"however", "into", "least", "other", "their", "there", "these",
	"thing", "things", "those", "through", "under", "until", "where",
	"which", "while", "would", "should", "without", "yourself",
	"myself", "really", "still", "think", "something", "people",
	"better", "anything", "everything", "months", "weeks", "years",
	"within", "least", "three", "seven", "eight", "twenty", "thirty",
	"forty", "fifty", "hundred", "thousand", "goal", "goals",
	"deadline", "measure", "reason", "support", "resources" };

/* The stem of a significant word (its first 5 letters, lower case) at
 * s: 1 with it in out, else 0; *n is the word's length either way. */
static int
stem_at(const char *s, size_t len, size_t *n, char out[6])
{
	size_t k, i;
	char w[24];

	for (k = 0; k < len && is_word((unsigned char)s[k]); k++)
		;
	*n = k;
	if (k < 5 || k >= sizeof w)
		return 0;
	for (i = 0; i < k; i++) {
		if ((unsigned char)s[i] >= 0x80 || (s[i] >= '0' && s[i] <= '9'))
			return 0;
		w[i] = (char)lc((unsigned char)s[i]);
	}
	w[k] = '\0';
	for (i = 0; i < sizeof stop / sizeof stop[0]; i++)
		if (!strcmp(w, stop[i]))
			return 0;
	memcpy(out, w, 5);
	out[5] = '\0';
	return 1;
}

/* The stems of a text, each once, into b: "stem stem ..." */
static void
stems(struct buf *b, const char *s, size_t len)
{
	size_t i, n;
	char st[6];

	for (i = 0; i < len; i += n ? n : 1) {
		if (i > 0 && is_word((unsigned char)s[i - 1])) {
			n = 0;
			continue;
		}
		if (!stem_at(s + i, len - i, &n, st))
			continue;
		buf_addc(b, '\0');
		b->len--;
		if (word_listed(b->s, st))
			continue;
		if (b->len > 0 && b->s[b->len - 1] != ' ')
			buf_addc(b, ' ');
		buf_add(b, st, 5);
	}
	buf_addc(b, '\0');
	b->len--;
}

long
career_suggest(const struct plan *p, size_t g, char *word, size_t wlen)
{
	const struct goal *gp = &p->goals[g];
	struct buf gs = { 0 }, is = { 0 };
	size_t i, k, most = 0, n;
	long best = -1;
	const char *e, *w;

	buf_addc(&gs, '\0');
	gs.len = 0;
	stems(&gs, gp->title, strlen(gp->title));
	for (i = 0; i < gp->ntext; i++)
		stems(&gs, gp->text[i].s, gp->text[i].len);
	for (i = 0; i < p->nitems; i++) {
		enum sec_kind sk = p->sections[p->items[i].section].kind;

		if (sk != SEC_WEAKNESSES && sk != SEC_ASPIRATIONS)
			continue;
		is.len = 0;
		buf_addc(&is, '\0');
		is.len = 0;
		stems(&is, p->items[i].text, strlen(p->items[i].text));
		for (n = 0, w = is.s; w && *w; w = *e ? e + 1 : e) {
			char st[6];

			if ((e = strchr(w, ' ')) == NULL)
				e = w + strlen(w);
			memcpy(st, w, 5);
			st[5] = '\0';
			if (word_listed(gs.s, st))
				n++;
		}
		if (n > most) {
			most = n;
			best = (long)i;
		}
	}
	if (best >= 0 && wlen > 0) {
		/* The first shared word as the item writes it. */
		const char *t = p->items[best].text;
		size_t tl = strlen(t);
		char st[6];

		word[0] = '\0';
		for (k = 0; k < tl; k += n ? n : 1) {
			if (k > 0 && is_word((unsigned char)t[k - 1])) {
				n = 0;
				continue;
			}
			if (stem_at(t + k, tl - k, &n, st) &&
			    word_listed(gs.s, st)) {
				snprintf(word, wlen, "%.*s", (int)n, t + k);
				break;
			}
		}
	}
	buf_free(&gs);
	buf_free(&is);
	return best;
}
