/* out.c: the output layer: records rendered as JSON Lines, TSV and
 * SARIF; escaping for JSON and Markdown; progress bars; whether the
 * terminal gets colour. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan.h"

/* ---- JSON ---- */

/* The escape of a byte in a JSON string, or NULL for the byte itself.
 * The model holds valid UTF-8 only, so only escaping is needed. */
static const char *
json_esc(unsigned char c, char tmp[7])
{
	if (c >= 0x20 && c != '"' && c != '\\')
		return NULL;
	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\n': return "\\n";
	case '\t': return "\\t";
	case '\r': return "\\r";
	default:
		snprintf(tmp, 7, "\\u%04x", c);
		return tmp;
	}
}

void
json_str(struct buf *b, const char *s, size_t len)
{
	size_t i, run = 0;
	const char *e;
	char tmp[7];

	/* Room for the text and its quotes at once: escapes are rare. */
	if (b->s == NULL || b->cap - b->len <= len + 2)
		buf_grow(b, len + 2);
	b->s[b->len++] = '"';
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\')
			continue;
		e = json_esc((unsigned char)s[i], tmp);
		buf_add(b, s + run, i - run);
		buf_adds(b, e);
		run = i + 1;
	}
	buf_add(b, s + run, len - run);
	buf_addc(b, '"');
}

/* A value after a key or an opening bracket needs no comma; any other
 * value follows one.  The last byte written tells which (json_key). */
void
json_key(struct buf *b, const char *key)
{
	size_t n = key != NULL ? strlen(key) : 0;
	char *p, c;

	/* Room for a comma, the key in quotes and a colon at once; keys
	 * are ours, plain ASCII. */
	if (b->s == NULL || b->cap - b->len <= n + 4)
		buf_grow(b, n + 4);
	p = b->s + b->len;
	c = b->len ? p[-1] : '\n';
	if (c != '{' && c != '[' && c != ':' && c != '\n')
		*p++ = ',';
	if (key != NULL) {
		*p++ = '"';
		memcpy(p, key, n);
		p += n;
		*p++ = '"';
		*p++ = ':';
	}
	*p = '\0';
	b->len = (size_t)(p - b->s);
}

void
json_begin(struct buf *b, const char *key)
{
	json_key(b, key);
	buf_addc(b, '{');
}

void
json_end(struct buf *b)
{
	buf_addc(b, '}');
}

void
json_list(struct buf *b, const char *key)
{
	json_key(b, key);
	buf_addc(b, '[');
}

void
json_list_end(struct buf *b)
{
	buf_addc(b, ']');
}

void
json_kstr(struct buf *b, const char *key, const char *s)
{
	json_key(b, key);
	if (s == NULL)
		buf_add(b, "null", 4);
	else
		json_str(b, s, strlen(s));
}

void
json_knum(struct buf *b, const char *key, long long n)
{
	json_key(b, key);
	buf_num(b, n);
}

void
json_kbool(struct buf *b, const char *key, int v)
{
	json_key(b, key);
	if (v)
		buf_add(b, "true", 4);
	else
		buf_add(b, "false", 5);
}

void
json_knull(struct buf *b, const char *key)
{
	json_key(b, key);
	buf_add(b, "null", 4);
}

void
json_kday(struct buf *b, const char *key, long day)
{
	char s[12];

	json_key(b, key);
	date_format(day, s + 1);
	s[0] = s[11] = '"';
	buf_add(b, s, sizeof s);
}

void
json_kdate(struct buf *b, const char *key, const struct pdate *d)
{
	if (d->kind == DATE_OK)
		json_kday(b, key, d->day);
	else
		json_knull(b, key);
}

/* ---- records ---- */

static struct rfield *
rec_add(struct record *r, const char *key, enum rf_type t)
{
	struct rfield *f;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->f = xrealloc(r->f, r->cap, sizeof *r->f);
	}
	f = &r->f[r->n++];
	memset(f, 0, sizeof *f);
	f->key = key;
	f->type = t;
	return f;
}

void
rec_clear(struct record *r)
{
	r->n = 0;
}

void
rec_free(struct record *r)
{
	free(r->f);
	r->f = NULL;
	r->n = r->cap = 0;
}

void
rec_strn(struct record *r, const char *key, const char *s, size_t len)
{
	struct rfield *f = rec_add(r, key, RF_STR);

	f->s = s;
	f->n = (long long)len;
}

void
rec_str(struct record *r, const char *key, const char *s)
{
	if (s == NULL)
		rec_null(r, key);
	else
		rec_strn(r, key, s, strlen(s));
}

void
rec_num(struct record *r, const char *key, long long n)
{
	rec_add(r, key, RF_NUM)->n = n;
}

void
rec_null(struct record *r, const char *key)
{
	rec_add(r, key, RF_NULL);
}

void
rec_day(struct record *r, const char *key, long day)
{
	rec_add(r, key, RF_DAY)->n = day;
}

void
rec_date(struct record *r, const char *key, const struct pdate *d)
{
	if (d->kind == DATE_OK)
		rec_day(r, key, d->day);
	else
		rec_null(r, key);
}

void
rec_begin(struct record *r, const char *key)
{
	rec_add(r, key, RF_BEGIN);
}

void
rec_list(struct record *r, const char *key)
{
	rec_add(r, key, RF_LIST);
}

void
rec_plan(struct record *r, const struct plan *p)
{
	rec_str(r, "type", "plan");
	rec_str(r, "file", p->name);
	rec_num(r, "front_matter_lines", p->fm_lines);
	rec_str(r, "title", p->title);
	if (p->ref_own)
		rec_day(r, "date", p->ref);
	else
		rec_null(r, "date");
	rec_date(r, "deadline", &p->deadline);
	rec_str(r, "deadline_text", p->deadline.kind == DATE_NONE ? NULL :
	    p->deadline.text);
	rec_words(r, "tags", p->tags);
}

void
rec_words(struct record *r, const char *key, const char *words)
{
	const char *e;

	rec_list(r, key);
	for (; *words; words = *e ? e + 1 : e) {
		if ((e = strchr(words, ' ')) == NULL)
			e = words + strlen(words);
		rec_strn(r, NULL, words, (size_t)(e - words));
	}
	rec_end(r);
}

void
rec_end(struct record *r)
{
	rec_add(r, NULL, RF_END);
}

void
rec_only(struct record *r, unsigned flags)
{
	if (r->n > 0)
		r->f[r->n - 1].flags |= flags;
}

void
out_json(struct buf *b, const struct record *r)
{
	enum rf_type open[32];
	size_t i;
	int depth = 0;

	buf_addc(b, '{');
	for (i = 0; i < r->n; i++) {
		const struct rfield *f = &r->f[i];

		if (f->flags & RF_TSV)
			continue;
		switch (f->type) {
		case RF_STR:
			json_key(b, f->key);
			json_str(b, f->s, (size_t)f->n);
			break;
		case RF_NUM: json_knum(b, f->key, f->n); break;
		case RF_NULL: json_knull(b, f->key); break;
		case RF_DAY: json_kday(b, f->key, (long)f->n); break;
		case RF_BEGIN:
		case RF_LIST:
			if (depth < 32)
				open[depth] = f->type;
			depth++;
			if (f->type == RF_BEGIN)
				json_begin(b, f->key);
			else
				json_list(b, f->key);
			break;
		case RF_END:
			if (depth > 0 && --depth < 32 && open[depth] == RF_LIST)
				json_list_end(b);
			else
				json_end(b);
			break;
		}
	}
	buf_add(b, "}\n", 2);
}

/* TSV fields cannot hold tabs or line ends: those become spaces. */
void
tsv_str(struct buf *b, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		buf_addc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ?
		    ' ' : s[i]);
}

/* Only the top level: what is nested is for JSON. */
void
out_tsv(struct buf *b, const struct record *r)
{
	size_t i;
	int depth = 0, any = 0;
	char d[11];

	for (i = 0; i < r->n; i++) {
		const struct rfield *f = &r->f[i];

		if (f->type == RF_BEGIN || f->type == RF_LIST) {
			depth++;
			continue;
		}
		if (f->type == RF_END) {
			depth--;
			continue;
		}
		if (depth > 0 || (f->flags & RF_JSON))
			continue;
		if (any++)
			buf_addc(b, '\t');
		switch (f->type) {
		case RF_STR: tsv_str(b, f->s, (size_t)f->n); break;
		case RF_NUM: buf_num(b, f->n); break;
		case RF_DAY:
			date_format((long)f->n, d);
			buf_adds(b, d);
			break;
		default: break;
		}
	}
	buf_addc(b, '\n');
}

const struct rfield *
rec_get(const struct record *r, const char *key)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->f[i].key != NULL && !strcmp(r->f[i].key, key))
			return &r->f[i];
	return NULL;
}

void
out_write(struct buf *b)
{
	if (b->len > 0)		/* b->s may be NULL yet */
		fwrite(b->s, 1, b->len, stdout);
	b->len = 0;
}

/* ---- SARIF ---- */

static const char sarif_levels[4][8] = { "none", "note", "warning",
	"error" };

/* A file name as a URI reference: unreserved bytes and '/' as they are. */
static void
json_uri(struct buf *out, const char *s)
{
	struct buf b = { 0 };

	for (; *s; s++)
		if (strchr("-._~/", *s) || (*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))
			buf_addc(&b, *s);
		else
			buf_printf(&b, "%%%02X", (unsigned char)*s);
	json_str(out, b.s ? b.s : "", b.len);
	buf_free(&b);
}

static const char *
rec_s(const struct record *r, const char *key)
{
	const struct rfield *f = rec_get(r, key);

	return f != NULL && f->type == RF_STR ? f->s : NULL;
}

static long long
rec_n(const struct record *r, const char *key)
{
	const struct rfield *f = rec_get(r, key);

	return f != NULL && f->type == RF_NUM ? f->n : 0;
}

void
sarif_begin(struct buf *b)
{
	BUF_LIT(b, "{\"version\":\"2.1.0\",\"$schema\":\"https://json."
	    "schemastore.org/sarif-2.1.0.json\",\"runs\":[{\"results\":[");
}

void
sarif_result(struct buf *b, const struct record *r, int first)
{
	int lv = level_parse(rec_s(r, "level") ? rec_s(r, "level") : "");

	buf_adds(b, first ? "\n" : ",\n");
	json_begin(b, NULL);
	json_kstr(b, "ruleId", rec_s(r, "rule"));
	json_kstr(b, "level", sarif_levels[lv < 0 ? 0 : lv]);
	json_begin(b, "message");
	json_kstr(b, "text", rec_s(r, "message"));
	json_end(b);
	json_list(b, "locations");
	json_begin(b, NULL);
	json_begin(b, "physicalLocation");
	json_begin(b, "artifactLocation");
	json_key(b, "uri");
	json_uri(b, rec_s(r, "file") ? rec_s(r, "file") : "");
	json_end(b);
	json_begin(b, "region");
	json_knum(b, "startLine", rec_n(r, "line"));
	json_knum(b, "startColumn", rec_n(r, "column"));
	json_end(b);
	json_end(b);
	json_end(b);
	json_list_end(b);
	json_begin(b, "properties");
	json_kstr(b, "criterion", rec_s(r, "criterion"));
	json_kstr(b, "goal", rec_s(r, "goal"));
	json_end(b);
	json_end(b);
}

void
sarif_rules(struct buf *b, const char *tool)
{
	buf_add(b, "\n]", 2);
	json_begin(b, "tool");
	json_begin(b, "driver");
	json_kstr(b, "name", tool);
	json_kstr(b, "version", PLANMARK_VERSION);
	json_kstr(b, "informationUri", "https://github.com/planmark/planmark");
	json_list(b, "rules");
}

void
sarif_rule(struct buf *b, const struct rule_info *ri, int first)
{
	buf_adds(b, first ? "\n" : ",\n");
	json_begin(b, NULL);
	json_kstr(b, "id", ri->id);
	json_begin(b, "shortDescription");
	json_kstr(b, "text", ri->description);
	json_end(b);
	json_begin(b, "defaultConfiguration");
	json_kstr(b, "level", sarif_levels[ri->level]);
	json_end(b);
	json_begin(b, "properties");
	json_kstr(b, "criterion", ri->criterion);
	json_end(b);
	json_end(b);
}

void
sarif_end(struct buf *b)
{
	BUF_LIT(b, "\n]}}}]}\n");
}

/* ---- text ---- */

void
out_text(struct buf *b, const char *s)
{
	size_t n, len = strlen(s);
	char *e = text_escape(s, len, &n);

	if (e == NULL) {
		buf_add(b, s, len);
	} else {
		buf_add(b, e, n);
		free(e);
	}
}

/* ---- Markdown ---- */

/* The length of a character that must not reach a terminal raw (as in
 * text_escape: C0 but tab, DEL, C1, U+2028, U+2029 and the bidi
 * controls) at s, or 0; *cp its code point. */
static size_t
md_control(const unsigned char *s, unsigned *cp)
{
	if (*s < 0x20 || *s == 0x7f) {
		*cp = *s;
		return *s == '\t' ? 0 : 1;
	}
	if (s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f) {
		*cp = s[1];
		return 2;
	}
	if (s[0] == 0xd8 && s[1] == 0x9c) {		/* U+061C */
		*cp = 0x61c;
		return 2;
	}
	if (s[0] == 0xe2 && (s[1] == 0x80 || s[1] == 0x81)) {
		*cp = 0x2000 | (unsigned)(s[1] & 0x3f) << 6 |
		    (unsigned)(s[2] & 0x3f);
		if (*cp == 0x200e || *cp == 0x200f ||
		    (*cp >= 0x2028 && *cp <= 0x202e) ||
		    (*cp >= 0x2066 && *cp <= 0x2069))
			return 3;
	}
	return 0;
}

/* Markdown text that reads back as the same plain text: ASCII
 * punctuation that could start markup is escaped, and characters that
 * must not reach a terminal are written as character references. */
void
md_str(struct buf *b, const char *s)
{
	const unsigned char *u;
	size_t n, k;
	unsigned cp;

	while (*s) {
		n = strcspn(s, "\\`*_[]<>&!#|~\x01\x02\x03\x04\x05\x06"
		    "\x07\x08\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14"
		    "\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"
		    "\xc2\xd8\xe2");
		buf_add(b, s, n);
		s += n;
		if (*s == '\0')
			break;
		u = (const unsigned char *)s;
		if ((k = md_control(u, &cp)) > 0) {
			buf_printf(b, "&#x%X;", cp);
			s += k;
		} else if (*u >= 0x80) {
			buf_addc(b, *s++);
		} else {
			buf_addc(b, '\\');
			buf_addc(b, *s++);
		}
	}
}

void
md_text(const char *s)
{
	struct buf b = { 0 };

	md_str(&b, s);
	if (b.len)
		fwrite(b.s, 1, b.len, stdout);
	buf_free(&b);
}

/* A line of Markdown written with its plain text, as the model reads
 * it, to check that it reads back (task_reads_as). */
struct mdl {
	struct buf plain, md;
};

static void
mdl_clear(struct mdl *l)
{
	l->plain.len = l->md.len = 0;
	buf_add(&l->plain, "", 0);
	buf_add(&l->md, "", 0);
}

/* Text with no markup in it, both ways alike. */
static void
mdl_raw(struct mdl *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&l->plain, fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	buf_vprintf(&l->md, fmt, ap);
	va_end(ap);
}

/* Text that may hold markup: escaped in the Markdown (md_str). */
static void
mdl_str(struct mdl *l, const char *s)
{
	buf_adds(&l->plain, s);
	md_str(&l->md, s);
}

/* A task's words with their sign: " #a #b". */
static void
md_words(struct mdl *l, char sign, const char *words)
{
	const char *e;

	while (*words) {
		e = strchr(words, ' ');
		if (e == NULL)
			e = words + strlen(words);
		mdl_raw(l, " %c%.*s", sign, (int)(e - words), words);
		words = *e ? e + 1 : e;
	}
}

/* The task fields of a milestone as plan(5) reads them back: the
 * priority as its Obsidian Tasks emoji, the words with their signs. */
static void
md_task(struct mdl *l, const struct milestone *m)
{
	static const char *const pri[] = { "", "\xF0\x9F\x94\xBA",
		"\xE2\x8F\xAB", "\xF0\x9F\x94\xBC", "\xF0\x9F\x94\xBD",
		"\xE2\x8F\xAC" };

	if (m->priority != PRI_NONE && m->priority < 6)
		mdl_raw(l, " %s", pri[m->priority]);
	md_words(l, '#', m->tags);
	md_words(l, '+', m->projects);
	md_words(l, '@', m->contexts);
}

/* The forms of a recurrence: after the emoji (its value runs to a
 * field's key or the end, so last on the line), todo.txt's rec:V (no
 * blank in V), Dataview's [repeat:: V] (no [ or ]) and (repeat:: V)
 * (no ( or )). */
enum { RECUR_EMOJI, RECUR_REC, RECUR_SQUARE, RECUR_ROUND, RECUR_FORMS };

/* The form a recurrence is written in first: the emoji for a rule of
 * letters, digits, blanks, ',' and '!' with a blank, rec: for one
 * without, else the brackets. */
static int
md_recur_form(const char *r)
{
	const char *e;

	if (*r == '\0')
		return RECUR_EMOJI;		/* the emoji alone */
	for (e = r; *e && ((*e >= 'a' && *e <= 'z') || (*e >= 'A' &&
	    *e <= 'Z') || (*e >= '0' && *e <= '9') ||
	    strchr(" ,!", *e) != NULL); e++)
		;
	if (*e != '\0')
		return RECUR_SQUARE;
	return strchr(r, ' ') != NULL ? RECUR_EMOJI : RECUR_REC;
}

/* The recurrence in a form; 0 if that form cannot hold it. */
static int
md_recur(struct mdl *l, const char *r, int form)
{
	if (r == NULL)
		return 1;
	switch (form) {
	case RECUR_EMOJI:
		mdl_raw(l, " \xF0\x9F\x94\x81");
		if (*r != '\0') {
			mdl_raw(l, " ");
			mdl_str(l, r);
		}
		return 1;
	case RECUR_REC:
		if (*r == '\0' || strpbrk(r, " \t") != NULL)
			return 0;
		mdl_raw(l, " rec:");
		mdl_str(l, r);
		return 1;
	default:
		if (*r == '\0' || strpbrk(r, form == RECUR_SQUARE ? "[]" :
		    "()") != NULL)
			return 0;
		mdl_str(l, form == RECUR_SQUARE ? " [repeat:: " :
		    " (repeat:: ");
		mdl_str(l, r);
		mdl_str(l, form == RECUR_SQUARE ? "]" : ")");
		return 1;
	}
}

struct one_field {
	int ok;			/* fields seen: 1 if the one wanted */
	enum field f;
	const struct pdate *d;
	size_t end;
};

static void
one_field(void *arg, enum field f, const struct pdate *d, size_t s,
    size_t e)
{
	struct one_field *o = arg;

	(void)s;
	o->ok += o->ok == 0 && f == o->f && d->kind == o->d->kind &&
	    strcmp(d->text, o->d->text) == 0 ? 1 : 2;
	o->end = e;
}

/* 1 if t (n bytes) reads as exactly the field f, invalid as d, whole;
 * for a goal's, once its white space is squeezed, as a title's is
 * (t is changed). */
static int
md_reads_as(char *t, int n, enum field f, const struct pdate *d, int goal)
{
	struct one_field o = { 0, f, d, 0 };
	int i, k = 0, sp = 0;

	if (n <= 0)
		return 0;
	for (i = 0; goal && i < n; i++) {
		if (memchr(" \t\n\r\f\v", t[i], 6) != NULL) {
			sp = 1;
			continue;
		}
		if (sp && k > 0)
			t[k++] = ' ';
		sp = 0;
		t[k++] = t[i];
	}
	if (goal)
		n = k;
	date_fields(t, (size_t)n, one_field, &o);
	return n > 0 && o.ok == 1 && o.end == (size_t)n;
}

/* An invalid date in the first form that reads back as the same field
 * with the same text: key:V, the field's emoji and V (a V with a
 * colon), [key:: V] (a V with blanks); for a goal's deadline, not
 * the first.  A V that none can hold (blanks
 * and brackets) goes after the emoji with its blanks as '_': invalid
 * still, and never lost. */
static void
md_bad(struct mdl *l, enum field f, const struct pdate *d, int goal)
{
	static const char emoji[F_COUNT][5] = { "\xF0\x9F\x93\x85",
		"\xE2\x9C\x85", "\xF0\x9F\x9B\xAB", "\xE2\x8F\xB3",
		"\xE2\x9E\x95" };
	struct pdate v = *d;
	char t[64];
	size_t i;

	/* A goal's due:VALUE may name a period (plan(5)): not that form. */
	if (!(goal && f == F_DUE) && md_reads_as(t, snprintf(t, sizeof t,
	    "%s:%s", field_names[f], d->text), f, d, goal)) {
		mdl_raw(l, " %s:", field_names[f]);
		mdl_str(l, d->text);
	} else if (md_reads_as(t, snprintf(t, sizeof t, "%s %s", emoji[f],
	    d->text), f, d, goal)) {
		mdl_raw(l, " %s ", emoji[f]);
		mdl_str(l, d->text);
	} else if (md_reads_as(t, snprintf(t, sizeof t, "[%s:: %s]",
	    field_names[f], d->text), f, d, goal)) {
		mdl_str(l, " [");
		mdl_raw(l, "%s:: ", field_names[f]);
		mdl_str(l, d->text);
		mdl_str(l, "]");
	} else {
		for (i = 0; v.text[i]; i++)
			if (memchr(" \t\n\r\f\v", v.text[i], 6) != NULL)
				v.text[i] = '_';
		if (!md_reads_as(t, snprintf(t, sizeof t, "%s %s", emoji[f],
		    v.text), f, &v, goal))
			strcpy(v.text, "?");
		mdl_raw(l, " %s ", emoji[f]);
		mdl_str(l, v.text);
	}
}

/* A date as a field that reads back the same: the day as key:DATE, an
 * invalid date as written after the field's emoji (whatever follows
 * the emoji is its value); an unclear one is left to the caller. */
static void
md_field(struct mdl *l, enum field f, const struct pdate *d, int goal)
{
	char s[11];

	if (d->kind == DATE_OK) {
		date_format(d->day, s);
		mdl_raw(l, " %s:%s", field_names[f], s);
	} else if (d->kind == DATE_BAD) {
		md_bad(l, f, d, goal);
	}
}

static int
md_goal_shown(const struct pick *k, const struct plan *p, size_t g)
{
	return k == NULL || k->goal == NULL || k->goal(k->arg, p, g);
}

static void
title_field(void *arg, enum field f, const struct pdate *d, size_t s,
    size_t e)
{
	struct pdate *t = arg;

	(void)s, (void)e;
	if (t[F_COUNT].kind == DATE_NONE)
		t[F_COUNT].kind = DATE_OK;	/* any field at all */
	if (t[f].kind == DATE_NONE)
		t[f] = *d;
}

static int
same_pdate(const struct pdate *a, const struct pdate *b)
{
	return a->kind == b->kind && (a->kind != DATE_OK || a->day == b->day)
	    && (a->kind == DATE_OK || strcmp(a->text, b->text) == 0);
}

/* A goal's title and fields as plain text: the fields first or not,
 * the start before the deadline or not. */
static void
md_goal_fields(struct mdl *l, const struct goal *g, int first, int swap)
{
	int i;

	mdl_clear(l);
	for (i = 0; first && i < 2; i++)
		md_field(l, (i ^ swap) ? F_START : F_DUE,
		    (i ^ swap) ? &g->start : &g->deadline, 1);
	if (*g->title) {
		mdl_raw(l, " ");
		mdl_str(l, g->title);
	}
	for (i = 0; !first && i < 2; i++)
		md_field(l, (i ^ swap) ? F_START : F_DUE,
		    (i ^ swap) ? &g->start : &g->deadline, 1);
}

/* A goal's line: its marker, title and own fields.  A title that
 * holds fields (cutting one out can make one) gives its own dates; when
 * they are not the goal's, the goal's come first, since the first field
 * of a kind wins.  Where that would not read back as written (a title
 * that ends with "(completion::" and an invalid date after the emoji
 * that closes it, an empty invalid date that takes the next field as
 * its value), the other order, and the start first. */
static void
md_goal_line(struct buf *b, const struct goal *g)
{
	struct pdate t[F_COUNT + 1] = { 0 };
	struct mdl l = { 0 };
	int first, try;

	date_fields(g->title, strlen(g->title), title_field, t);
	first = t[F_COUNT].kind != DATE_NONE &&
	    (!same_pdate(&t[F_DUE], &g->deadline) ||
	    !same_pdate(&t[F_START], &g->start));
	for (try = 0; try < 4; try++) {
		md_goal_fields(&l, g, first ^ (try & 1), try >> 1);
		if (title_reads_as(l.plain.s, l.plain.len, g))
			break;
	}
	if (try == 4)	/* none does: the first */
		md_goal_fields(&l, g, first, 0);
	BUF_LIT(b, "Goal:");
	buf_add(b, l.md.s, l.md.len);
	buf_addc(b, '\n');
	buf_free(&l.plain);
	buf_free(&l.md);
}

/* An unclear deadline ("by 03/04/2027") read from a goal's prose, as
 * prose again: the title's own phrase, if any, gave it. */
static void
md_unclear(struct buf *b, const struct goal *g, int indent)
{
	struct pdate d;

	if (g->deadline.kind != DATE_UNCLEAR ||
	    date_deadline_ref(g->title, strlen(g->title), NULL, &d, NULL))
		return;
	buf_printf(b, "\n%*sDeadline: ", indent, "");
	md_str(b, g->deadline.text);
	buf_addc(b, '\n');
}

/* A text that starts as a todo.txt task: "(A) " or "x " and a date. */
static int
todo_start(const char *t)
{
	long day;

	return (t[0] == '(' && t[1] >= 'A' && t[1] <= 'Z' && t[2] == ')' &&
	    (t[3] == '\0' || t[3] == ' ')) || (t[0] == 'x' && t[1] == ' ' &&
	    strlen(t) >= 12 && date_parse(t + 2, 10, &day));
}

/* A milestone's text and fields as plain text, in an order: 0 the
 * text first, 1 the fields first, the recurrence last, 2 the fields
 * and the recurrence first; the recurrence in form rf.  0 if the
 * recurrence cannot be written so. */
static int
md_ms_line(struct mdl *l, const struct milestone *m, int order, int rf,
    int rev)
{
	int f;

	mdl_clear(l);
	if (order == 0 && *m->text) {
		mdl_raw(l, " ");
		mdl_str(l, m->text);
	}
	for (f = 0; f < F_COUNT; f++)
		md_field(l, (enum field)(rev ? F_COUNT - 1 - f : f),
		    &m->date[rev ? F_COUNT - 1 - f : f], 0);
	md_task(l, m);
	if (order == 2 && !md_recur(l, m->recur, rf))
		return 0;
	if (order != 0 && *m->text) {
		mdl_raw(l, " ");
		mdl_str(l, m->text);
	}
	return order == 2 || md_recur(l, m->recur, rf);
}

/* A milestone's line after its box, as Markdown that reads back as its
 * text and fields.  Fields after the text, unless an invalid one holds
 * a bracket that could close a field the text leaves open, or the text
 * starts as a todo.txt task does ("(F) ...", "x 2026-11-25 ..."), which
 * it did not where it was; the recurrence in its first form
 * (md_recur_form).  Where that would not read back as written (a text
 * that ends with an unclosed "[start:: " and a field that closes it),
 * the other orders and forms, and the dates in reverse order, as the
 * model reads them. */
static void
md_ms(struct buf *b, const struct milestone *m, struct mdl *l)
{
	int rf, try, f, first = todo_start(m->text);
	int tries = m->recur != NULL ? 3 * RECUR_FORMS : 2;

	/* As written: an invalid date's text may not be (md_bad). */
	for (f = 0; f < F_COUNT; f++)
		if (m->date[f].kind == DATE_BAD) {
			mdl_clear(l);
			md_field(l, (enum field)f, &m->date[f], 0);
			first |= strpbrk(l->plain.s, "()[]") != NULL;
		}
	rf = m->recur != NULL ? md_recur_form(m->recur) : 0;
	for (try = 0; try < 2 * tries; try++)
		if (md_ms_line(l, m, try % 3 == 0 ? first : try % 3 == 1 ?
		    !first : 2, (rf + try % tries / 3) % RECUR_FORMS,
		    try >= tries) && task_reads_as(l->plain.s, l->plain.len, m))
			break;
	if (try == 2 * tries)	/* none does: the first */
		md_ms_line(l, m, first, rf, 0);
	buf_add(b, l->md.s, l->md.len);
}

/* A goal's milestones, list items indented by nesting under a list
 * item at indent (its content's column, 0 for none).  What is kept is
 * the nesting of milestones in milestones: each is indented once for
 * each milestone above it that it is nested in (list items that are
 * not milestones between them leave no trace). */
static void
md_milestones(struct buf *b, const struct plan *p, const struct goal *g,
    const struct pick *k, int indent)
{
	int *up = xcalloc(g->count + 1, sizeof *up);
	struct mdl l = { 0 };
	size_t i, n = 0;

	for (i = g->first; i < g->first + g->count; i++) {
		const struct milestone *m = &p->ms[i];

		if (k != NULL && k->ms != NULL && !k->ms(k->arg, p, i))
			continue;
		while (n > 0 && up[n - 1] >= m->depth)
			n--;
		buf_printf(b, "%*s- [%c]", indent + 2 * (int)n, "",
		    m->mark);
		up[n++] = m->depth;
		md_ms(b, m, &l);
		buf_addc(b, '\n');
	}
	buf_free(&l.plain);
	buf_free(&l.md);
	free(up);
}

/* 1 if "Deadline: " and the invalid date's text reads as it. */
static int
md_prose_due(const struct pdate *d)
{
	struct pdate r;
	char t[64];
	int n = snprintf(t, sizeof t, "Deadline: %s", d->text);

	return n > 0 && (size_t)n < sizeof t &&
	    date_deadline_ref(t, (size_t)n, NULL, &r, NULL) > 0 &&
	    r.kind == DATE_BAD && strcmp(r.text, d->text) == 0;
}

/* A front matter that gives the plan the invalid deadline t as its
 * own: "due:" and t, in the quotes the front matter takes off (fm_value
 * in model.c).  What it cannot hold (both quotes, or a character that
 * must not reach a terminal: it is not escaped there) is '?', and a
 * value that would then read as a date is "?" alone: invalid still. */
static int
md_front_due(struct buf *b, const char *t)
{
	char v[sizeof ((struct pdate *)0)->text];
	const unsigned char *u;
	struct pdate d;
	size_t i = 0, k;
	unsigned cp;
	char q;

	if (*t == '\0')
		return 0;
	q = strchr(t, '"') == NULL ? '"' : '\'';
	for (u = (const unsigned char *)t; *u && i < sizeof v - 1; u += k) {
		k = md_control(u, &cp);
		v[i++] = k > 0 || *u == (unsigned char)q ? '?' : (char)*u;
		k = k > 0 ? k : 1;
	}
	v[i] = '\0';
	if (date_when(v, i, &d) > 0 && d.kind != DATE_NONE &&
	    (d.kind != DATE_BAD || strcmp(d.text, v) != 0))
		strcpy(v, "?");
	buf_printf(b, "---\ndue: %c%s%c\n---\n\n", q, v, q);
	return 1;
}

/*
 * A plan again, as Markdown that reads back as the same goals,
 * milestones, states and dates: the headings at their levels (a goal's
 * with the marker "Goal:", so that no heading that names goals makes
 * its milestones goals of their own), each goal item as a "- Goal:" item
 * under its heading with its milestones nested, the preamble's
 * milestones first; dates as fields, which win over any phrase.
 */
void
md_plan(struct buf *b, const struct plan *p, const struct pick *k)
{
	size_t g = 0, h = 0;

	if (p->ngoals > 0 && p->goals[0].kind == G_PREAMBLE) {
		const struct goal *gp = &p->goals[0];
		char day[11];

		/* Its deadline was in its prose, and goes there again; an
		 * invalid one, which prose may not read as one ("due: 4"
		 * in the front matter), in the front matter. */
		if (gp->deadline.kind == DATE_BAD &&
		    !md_prose_due(&gp->deadline) &&
		    md_front_due(b, gp->deadline.text)) {
			;
		} else if (gp->deadline.kind == DATE_OK) {
			date_format(gp->deadline.day, day);
			buf_printf(b, "Deadline: %s\n\n", day);
		} else if (gp->deadline.kind != DATE_NONE) {
			BUF_LIT(b, "Deadline: ");
			md_str(b, gp->deadline.text);
			BUF_LIT(b, "\n\n");
		}
		if (md_goal_shown(k, p, 0))
			md_milestones(b, p, gp, k, 0);
		g = 1;
	}
	while (g < p->ngoals || h < p->nheadings) {
		const struct goal *gp = g < p->ngoals ? &p->goals[g] : NULL;
		int own = gp != NULL && gp->kind != G_ITEM &&
		    gp->heading == (long)h;

		if (h < p->nheadings && (gp == NULL || own ||
		    p->headings[h].line < gp->line)) {
			buf_printf(b, "\n%.*s ", p->headings[h].level,
			    "######");
			if (own && md_goal_shown(k, p, g)) {
				md_goal_line(b, gp);
				md_unclear(b, gp, 0);
				buf_addc(b, '\n');
				md_milestones(b, p, gp, k, 0);
			} else {
				/* With its fields: cut, a title can read
				 * as a goal's ("due:2 Goal:"). */
				md_str(b, p->headings[h].text);
				buf_addc(b, '\n');
			}
			g += own;
			h++;
			continue;
		}
		if (md_goal_shown(k, p, g)) {
			BUF_LIT(b, "\n- ");
			md_goal_line(b, gp);
			if (gp->deadline.kind == DATE_UNCLEAR) {
				md_unclear(b, gp, 2);
				buf_addc(b, '\n');
			}
			md_milestones(b, p, gp, k, 2);
		}
		g++;
	}
}

/* ---- the terminal ---- */

void
progress_bar(char *out, int pct, int width, int utf8)
{
	int i, full = pct < 0 ? 0 : pct * width / 100;

	if (!utf8)
		*out++ = '[';
	for (i = 0; i < width; i++) {
		if (utf8) {
			memcpy(out, i < full ? "\xe2\x96\x88" : "\xe2\x96\x91",
			    3);
			out += 3;
		} else {
			*out++ = i < full ? '#' : '-';
		}
	}
	if (!utf8)
		*out++ = ']';
	*out = '\0';
}

/* The locale's character set is UTF-8, by the variables that set it. */
static int
utf8_locale(void)
{
	const char *v = getenv("LC_ALL");
	char s[32];
	size_t i;

	if (v == NULL || *v == '\0')
		v = getenv("LC_CTYPE");
	if (v == NULL || *v == '\0')
		v = getenv("LANG");
	if (v == NULL)
		return 0;
	for (i = 0; v[i] && i < sizeof s - 1; i++)
		s[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]);
	s[i] = '\0';
	return strstr(s, "utf-8") != NULL || strstr(s, "utf8") != NULL;
}

void
out_terminal(int when, int *colour, int *unicode)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
	int tty = isatty(STDOUT_FILENO);
	int dumb = term != NULL && strcmp(term, "dumb") == 0;

	if (when == COLOR_ALWAYS)
		*colour = 1;
	else if (when == COLOR_NEVER)
		*colour = 0;
	else
		*colour = tty && !dumb && (nc == NULL || *nc == '\0');
	/* Bars and ellipses in Unicode only where they will be shown as
	 * such: a terminal, or colour asked for, in a UTF-8 locale. */
	*unicode = (tty || when == COLOR_ALWAYS) && !dumb && utf8_locale();
}

const char *
out_colour(int colour, enum hue h)
{
	static const char sgr[][6] = { "", "\033[31m", "\033[33m",
	    "\033[32m", "\033[36m", "\033[1m", "\033[0m" };

	return colour ? sgr[h] : "";
}
