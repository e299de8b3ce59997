/* out.c: the output layer: records rendered as JSON Lines, TSV and
 * SARIF; escaping for JSON and Markdown; progress bars; whether the
 * terminal gets colour. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
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

/* Where a line was written, as a marker a reader takes back (plan(5)):
 * "<!-- planmark: FILE:LINE MS... -->" on a line of its own, the file
 * name percent-encoded where it has a space, '%', '>' or a control
 * character.  For the heading or goal on the line above (LINE 0: none)
 * and the milestones that follow it, from g (NULL: none).  Nothing for
 * a plan read from standard input with no markers: it has no place. */
static void
md_marker(struct buf *b, const struct plan *p, long line, int indent,
    const struct goal *g, const struct pick *k)
{
	const char *file;
	const unsigned char *c;
	long ol = 0;
	size_t i;

	file = line > 0 ? plan_where(p, line, &ol) : p->name;
	if (line <= 0 && g != NULL && g->count > 0)
		file = plan_where(p, p->ms[g->first].line, &ol);
	if (p->norig == 0 && strcmp(p->name, "<stdin>") == 0)
		return;
	buf_printf(b, "%*s<!-- planmark: ", indent, "");
	for (c = (const unsigned char *)file; *c; c++)
		if (*c <= ' ' || *c == '%' || *c == '>' || *c == 0x7F)
			buf_printf(b, "%%%02X", *c);
		else
			buf_addc(b, *c);
	buf_printf(b, ":%ld", line > 0 ? ol : 0L);
	for (i = 0; g != NULL && i < g->count; i++) {
		if (k != NULL && k->ms != NULL && !k->ms(k->arg, p, g->first + i))
			continue;
		plan_where(p, p->ms[g->first + i].line, &ol);
		buf_printf(b, " %ld", ol);
	}
	BUF_LIT(b, " -->\n");
}

/* 1 if "Deadline: " and the invalid date's text reads as it, on the
 * plan's day as the model reads it ("June 31" needs a year). */
static int
md_prose_due(const struct plan *p, const struct pdate *d)
{
	struct date_ref ref = { .today = p->ref, .has_today = 1 };
	struct pdate r;
	char t[64];
	int n = snprintf(t, sizeof t, "Deadline: %s", d->text);

	return n > 0 && (size_t)n < sizeof t &&
	    date_deadline_ref(t, (size_t)n, &ref, &r, NULL) > 0 &&
	    r.kind == DATE_BAD && strcmp(r.text, d->text) == 0;
}

/* 1 if every goal but the preamble has a deadline of its own: a
 * front matter's deadline, which goes to each goal without one, then
 * gives only the preamble one. */
static int
md_all_due(const struct plan *p)
{
	size_t g;

	for (g = 1; g < p->ngoals; g++)
		if (p->goals[g].deadline.kind == DATE_NONE)
			return 0;
	return 1;
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
		 * in the front matter), in the front matter where that
		 * gives no other goal a deadline, else as prose that
		 * reads as invalid (its text is then not kept). */
		if (gp->deadline.kind == DATE_BAD &&
		    !md_prose_due(p, &gp->deadline)) {
			if (!md_all_due(p) ||
			    !md_front_due(b, gp->deadline.text))
				BUF_LIT(b, "Deadline: 0000-00-00\n\n");
		} else if (gp->deadline.kind == DATE_OK) {
			date_format(gp->deadline.day, day);
			buf_printf(b, "Deadline: %s\n\n", day);
		} else if (gp->deadline.kind != DATE_NONE) {
			BUF_LIT(b, "Deadline: ");
			md_str(b, gp->deadline.text);
			BUF_LIT(b, "\n\n");
		}
		if (md_goal_shown(k, p, 0)) {
			md_marker(b, p, 0, 0, gp, k);
			md_milestones(b, p, gp, k, 0);
		}
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
				md_marker(b, p, gp->line, 0, gp, k);
				md_unclear(b, gp, 0);
				buf_addc(b, '\n');
				md_milestones(b, p, gp, k, 0);
			} else {
				/* With its fields: cut, a title can read
				 * as a goal's ("due:2 Goal:"). */
				md_str(b, p->headings[h].text);
				buf_addc(b, '\n');
				md_marker(b, p, p->headings[h].line, 0, NULL,
				    NULL);
			}
			g += own;
			h++;
			continue;
		}
		if (md_goal_shown(k, p, g)) {
			BUF_LIT(b, "\n- ");
			md_goal_line(b, gp);
			md_marker(b, p, gp->line, 2, gp, k);
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

/* The columns a character takes at a terminal, as wcwidth(3) would say
 * but the same on every machine: the C library's tables differ between
 * systems and versions, and its locale may not be UTF-8 at all.  The
 * ranges were made from Unicode 14.0 (Python's unicodedata) by the rule
 * of Markus Kuhn's wcwidth.c: zero columns for the general categories
 * Mn, Me and Cf (but U+00AD, shown as a hyphen), U+200B and the Hangul
 * medial vowels and final consonants U+1160..U+11FF; two for East Asian
 * Width W and F, which take in the emoji shown as emoji by default, and
 * for the planes 2 and 3; one for the rest.  Unassigned code points
 * inside a run were let join it, to keep the tables short.  Sequences
 * (emoji joined by U+200D, flags, U+FE0F after a text symbol) are counted
 * a character at a time: terminals differ there too. */
struct crange {
	unsigned long lo, hi;
};

static const struct crange zero_width[] = {
	{ 0x300, 0x36F }, { 0x483, 0x489 }, { 0x591, 0x5BD },
	{ 0x5BF, 0x5BF }, { 0x5C1, 0x5C2 }, { 0x5C4, 0x5C5 },
	{ 0x5C7, 0x5C7 }, { 0x600, 0x605 }, { 0x610, 0x61A },
	{ 0x61C, 0x61C }, { 0x64B, 0x65F }, { 0x670, 0x670 },
	{ 0x6D6, 0x6DD }, { 0x6DF, 0x6E4 }, { 0x6E7, 0x6E8 },
	{ 0x6EA, 0x6ED }, { 0x70F, 0x70F }, { 0x711, 0x711 },
	{ 0x730, 0x74A }, { 0x7A6, 0x7B0 }, { 0x7EB, 0x7F3 },
	{ 0x7FD, 0x7FD }, { 0x816, 0x819 }, { 0x81B, 0x823 },
	{ 0x825, 0x827 }, { 0x829, 0x82D }, { 0x859, 0x85B },
	{ 0x890, 0x89F }, { 0x8CA, 0x902 }, { 0x93A, 0x93A },
	{ 0x93C, 0x93C }, { 0x941, 0x948 }, { 0x94D, 0x94D },
	{ 0x951, 0x957 }, { 0x962, 0x963 }, { 0x981, 0x981 },
	{ 0x9BC, 0x9BC }, { 0x9C1, 0x9C4 }, { 0x9CD, 0x9CD },
	{ 0x9E2, 0x9E3 }, { 0x9FE, 0xA02 }, { 0xA3C, 0xA3C },
	{ 0xA41, 0xA51 }, { 0xA70, 0xA71 }, { 0xA75, 0xA75 },
	{ 0xA81, 0xA82 }, { 0xABC, 0xABC }, { 0xAC1, 0xAC8 },
	{ 0xACD, 0xACD }, { 0xAE2, 0xAE3 }, { 0xAFA, 0xB01 },
	{ 0xB3C, 0xB3C }, { 0xB3F, 0xB3F }, { 0xB41, 0xB44 },
	{ 0xB4D, 0xB56 }, { 0xB62, 0xB63 }, { 0xB82, 0xB82 },
	{ 0xBC0, 0xBC0 }, { 0xBCD, 0xBCD }, { 0xC00, 0xC00 },
	{ 0xC04, 0xC04 }, { 0xC3C, 0xC3C }, { 0xC3E, 0xC40 },
	{ 0xC46, 0xC56 }, { 0xC62, 0xC63 }, { 0xC81, 0xC81 },
	{ 0xCBC, 0xCBC }, { 0xCBF, 0xCBF }, { 0xCC6, 0xCC6 },
	{ 0xCCC, 0xCCD }, { 0xCE2, 0xCE3 }, { 0xD00, 0xD01 },
	{ 0xD3B, 0xD3C }, { 0xD41, 0xD44 }, { 0xD4D, 0xD4D },
	{ 0xD62, 0xD63 }, { 0xD81, 0xD81 }, { 0xDCA, 0xDCA },
	{ 0xDD2, 0xDD6 }, { 0xE31, 0xE31 }, { 0xE34, 0xE3A },
	{ 0xE47, 0xE4E }, { 0xEB1, 0xEB1 }, { 0xEB4, 0xEBC },
	{ 0xEC8, 0xECD }, { 0xF18, 0xF19 }, { 0xF35, 0xF35 },
	{ 0xF37, 0xF37 }, { 0xF39, 0xF39 }, { 0xF71, 0xF7E },
	{ 0xF80, 0xF84 }, { 0xF86, 0xF87 }, { 0xF8D, 0xFBC },
	{ 0xFC6, 0xFC6 }, { 0x102D, 0x1030 }, { 0x1032, 0x1037 },
	{ 0x1039, 0x103A }, { 0x103D, 0x103E }, { 0x1058, 0x1059 },
	{ 0x105E, 0x1060 }, { 0x1071, 0x1074 }, { 0x1082, 0x1082 },
	{ 0x1085, 0x1086 }, { 0x108D, 0x108D }, { 0x109D, 0x109D },
	{ 0x1160, 0x11FF }, { 0x135D, 0x135F }, { 0x1712, 0x1714 },
	{ 0x1732, 0x1733 }, { 0x1752, 0x1753 }, { 0x1772, 0x1773 },
	{ 0x17B4, 0x17B5 }, { 0x17B7, 0x17BD }, { 0x17C6, 0x17C6 },
	{ 0x17C9, 0x17D3 }, { 0x17DD, 0x17DD }, { 0x180B, 0x180F },
	{ 0x1885, 0x1886 }, { 0x18A9, 0x18A9 }, { 0x1920, 0x1922 },
	{ 0x1927, 0x1928 }, { 0x1932, 0x1932 }, { 0x1939, 0x193B },
	{ 0x1A17, 0x1A18 }, { 0x1A1B, 0x1A1B }, { 0x1A56, 0x1A56 },
	{ 0x1A58, 0x1A60 }, { 0x1A62, 0x1A62 }, { 0x1A65, 0x1A6C },
	{ 0x1A73, 0x1A7F }, { 0x1AB0, 0x1B03 }, { 0x1B34, 0x1B34 },
	{ 0x1B36, 0x1B3A }, { 0x1B3C, 0x1B3C }, { 0x1B42, 0x1B42 },
	{ 0x1B6B, 0x1B73 }, { 0x1B80, 0x1B81 }, { 0x1BA2, 0x1BA5 },
	{ 0x1BA8, 0x1BA9 }, { 0x1BAB, 0x1BAD }, { 0x1BE6, 0x1BE6 },
	{ 0x1BE8, 0x1BE9 }, { 0x1BED, 0x1BED }, { 0x1BEF, 0x1BF1 },
	{ 0x1C2C, 0x1C33 }, { 0x1C36, 0x1C37 }, { 0x1CD0, 0x1CD2 },
	{ 0x1CD4, 0x1CE0 }, { 0x1CE2, 0x1CE8 }, { 0x1CED, 0x1CED },
	{ 0x1CF4, 0x1CF4 }, { 0x1CF8, 0x1CF9 }, { 0x1DC0, 0x1DFF },
	{ 0x200B, 0x200F }, { 0x202A, 0x202E }, { 0x2060, 0x206F },
	{ 0x20D0, 0x20F0 }, { 0x2CEF, 0x2CF1 }, { 0x2D7F, 0x2D7F },
	{ 0x2DE0, 0x2DFF }, { 0x302A, 0x302D }, { 0x3099, 0x309A },
	{ 0xA66F, 0xA672 }, { 0xA674, 0xA67D }, { 0xA69E, 0xA69F },
	{ 0xA6F0, 0xA6F1 }, { 0xA802, 0xA802 }, { 0xA806, 0xA806 },
	{ 0xA80B, 0xA80B }, { 0xA825, 0xA826 }, { 0xA82C, 0xA82C },
	{ 0xA8C4, 0xA8C5 }, { 0xA8E0, 0xA8F1 }, { 0xA8FF, 0xA8FF },
	{ 0xA926, 0xA92D }, { 0xA947, 0xA951 }, { 0xA980, 0xA982 },
	{ 0xA9B3, 0xA9B3 }, { 0xA9B6, 0xA9B9 }, { 0xA9BC, 0xA9BD },
	{ 0xA9E5, 0xA9E5 }, { 0xAA29, 0xAA2E }, { 0xAA31, 0xAA32 },
	{ 0xAA35, 0xAA36 }, { 0xAA43, 0xAA43 }, { 0xAA4C, 0xAA4C },
	{ 0xAA7C, 0xAA7C }, { 0xAAB0, 0xAAB0 }, { 0xAAB2, 0xAAB4 },
	{ 0xAAB7, 0xAAB8 }, { 0xAABE, 0xAABF }, { 0xAAC1, 0xAAC1 },
	{ 0xAAEC, 0xAAED }, { 0xAAF6, 0xAAF6 }, { 0xABE5, 0xABE5 },
	{ 0xABE8, 0xABE8 }, { 0xABED, 0xABED }, { 0xFB1E, 0xFB1E },
	{ 0xFE00, 0xFE0F }, { 0xFE20, 0xFE2F }, { 0xFEFF, 0xFEFF },
	{ 0xFFF9, 0xFFFB }, { 0x101FD, 0x101FD }, { 0x102E0, 0x102E0 },
	{ 0x10376, 0x1037A }, { 0x10A01, 0x10A0F }, { 0x10A38, 0x10A3F },
	{ 0x10AE5, 0x10AE6 }, { 0x10D24, 0x10D27 }, { 0x10EAB, 0x10EAC },
	{ 0x10F46, 0x10F50 }, { 0x10F82, 0x10F85 }, { 0x11001, 0x11001 },
	{ 0x11038, 0x11046 }, { 0x11070, 0x11070 }, { 0x11073, 0x11074 },
	{ 0x1107F, 0x11081 }, { 0x110B3, 0x110B6 }, { 0x110B9, 0x110BA },
	{ 0x110BD, 0x110BD }, { 0x110C2, 0x110CD }, { 0x11100, 0x11102 },
	{ 0x11127, 0x1112B }, { 0x1112D, 0x11134 }, { 0x11173, 0x11173 },
	{ 0x11180, 0x11181 }, { 0x111B6, 0x111BE }, { 0x111C9, 0x111CC },
	{ 0x111CF, 0x111CF }, { 0x1122F, 0x11231 }, { 0x11234, 0x11234 },
	{ 0x11236, 0x11237 }, { 0x1123E, 0x1123E }, { 0x112DF, 0x112DF },
	{ 0x112E3, 0x112EA }, { 0x11300, 0x11301 }, { 0x1133B, 0x1133C },
	{ 0x11340, 0x11340 }, { 0x11366, 0x11374 }, { 0x11438, 0x1143F },
	{ 0x11442, 0x11444 }, { 0x11446, 0x11446 }, { 0x1145E, 0x1145E },
	{ 0x114B3, 0x114B8 }, { 0x114BA, 0x114BA }, { 0x114BF, 0x114C0 },
	{ 0x114C2, 0x114C3 }, { 0x115B2, 0x115B5 }, { 0x115BC, 0x115BD },
	{ 0x115BF, 0x115C0 }, { 0x115DC, 0x115DD }, { 0x11633, 0x1163A },
	{ 0x1163D, 0x1163D }, { 0x1163F, 0x11640 }, { 0x116AB, 0x116AB },
	{ 0x116AD, 0x116AD }, { 0x116B0, 0x116B5 }, { 0x116B7, 0x116B7 },
	{ 0x1171D, 0x1171F }, { 0x11722, 0x11725 }, { 0x11727, 0x1172B },
	{ 0x1182F, 0x11837 }, { 0x11839, 0x1183A }, { 0x1193B, 0x1193C },
	{ 0x1193E, 0x1193E }, { 0x11943, 0x11943 }, { 0x119D4, 0x119DB },
	{ 0x119E0, 0x119E0 }, { 0x11A01, 0x11A0A }, { 0x11A33, 0x11A38 },
	{ 0x11A3B, 0x11A3E }, { 0x11A47, 0x11A47 }, { 0x11A51, 0x11A56 },
	{ 0x11A59, 0x11A5B }, { 0x11A8A, 0x11A96 }, { 0x11A98, 0x11A99 },
	{ 0x11C30, 0x11C3D }, { 0x11C3F, 0x11C3F }, { 0x11C92, 0x11CA7 },
	{ 0x11CAA, 0x11CB0 }, { 0x11CB2, 0x11CB3 }, { 0x11CB5, 0x11CB6 },
	{ 0x11D31, 0x11D45 }, { 0x11D47, 0x11D47 }, { 0x11D90, 0x11D91 },
	{ 0x11D95, 0x11D95 }, { 0x11D97, 0x11D97 }, { 0x11EF3, 0x11EF4 },
	{ 0x13430, 0x13438 }, { 0x16AF0, 0x16AF4 }, { 0x16B30, 0x16B36 },
	{ 0x16F4F, 0x16F4F }, { 0x16F8F, 0x16F92 }, { 0x16FE4, 0x16FE4 },
	{ 0x1BC9D, 0x1BC9E }, { 0x1BCA0, 0x1CF46 }, { 0x1D167, 0x1D169 },
	{ 0x1D173, 0x1D182 }, { 0x1D185, 0x1D18B }, { 0x1D1AA, 0x1D1AD },
	{ 0x1D242, 0x1D244 }, { 0x1DA00, 0x1DA36 }, { 0x1DA3B, 0x1DA6C },
	{ 0x1DA75, 0x1DA75 }, { 0x1DA84, 0x1DA84 }, { 0x1DA9B, 0x1DAAF },
	{ 0x1E000, 0x1E02A }, { 0x1E130, 0x1E136 }, { 0x1E2AE, 0x1E2AE },
	{ 0x1E2EC, 0x1E2EF }, { 0x1E8D0, 0x1E8D6 }, { 0x1E944, 0x1E94A },
	{ 0xE0001, 0xE01EF }
};

static const struct crange double_width[] = {
	{ 0x1100, 0x115F }, { 0x231A, 0x231B }, { 0x2329, 0x232A },
	{ 0x23E9, 0x23EC }, { 0x23F0, 0x23F0 }, { 0x23F3, 0x23F3 },
	{ 0x25FD, 0x25FE }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x267F, 0x267F }, { 0x2693, 0x2693 }, { 0x26A1, 0x26A1 },
	{ 0x26AA, 0x26AB }, { 0x26BD, 0x26BE }, { 0x26C4, 0x26C5 },
	{ 0x26CE, 0x26CE }, { 0x26D4, 0x26D4 }, { 0x26EA, 0x26EA },
	{ 0x26F2, 0x26F3 }, { 0x26F5, 0x26F5 }, { 0x26FA, 0x26FA },
	{ 0x26FD, 0x26FD }, { 0x2705, 0x2705 }, { 0x270A, 0x270B },
	{ 0x2728, 0x2728 }, { 0x274C, 0x274C }, { 0x274E, 0x274E },
	{ 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
	{ 0x27B0, 0x27B0 }, { 0x27BF, 0x27BF }, { 0x2B1B, 0x2B1C },
	{ 0x2B50, 0x2B50 }, { 0x2B55, 0x2B55 }, { 0x2E80, 0x303E },
	{ 0x3041, 0x3247 }, { 0x3250, 0x4DBF }, { 0x4E00, 0xA4C6 },
	{ 0xA960, 0xA97C }, { 0xAC00, 0xD7A3 }, { 0xF900, 0xFAD9 },
	{ 0xFE10, 0xFE19 }, { 0xFE30, 0xFE6B }, { 0xFF01, 0xFF60 },
	{ 0xFFE0, 0xFFE6 }, { 0x16FE0, 0x1B2FB }, { 0x1F004, 0x1F004 },
	{ 0x1F0CF, 0x1F0CF }, { 0x1F18E, 0x1F18E }, { 0x1F191, 0x1F19A },
	{ 0x1F200, 0x1F320 }, { 0x1F32D, 0x1F335 }, { 0x1F337, 0x1F37C },
	{ 0x1F37E, 0x1F393 }, { 0x1F3A0, 0x1F3CA }, { 0x1F3CF, 0x1F3D3 },
	{ 0x1F3E0, 0x1F3F0 }, { 0x1F3F4, 0x1F3F4 }, { 0x1F3F8, 0x1F43E },
	{ 0x1F440, 0x1F440 }, { 0x1F442, 0x1F4FC }, { 0x1F4FF, 0x1F53D },
	{ 0x1F54B, 0x1F54E }, { 0x1F550, 0x1F567 }, { 0x1F57A, 0x1F57A },
	{ 0x1F595, 0x1F596 }, { 0x1F5A4, 0x1F5A4 }, { 0x1F5FB, 0x1F64F },
	{ 0x1F680, 0x1F6C5 }, { 0x1F6CC, 0x1F6CC }, { 0x1F6D0, 0x1F6D2 },
	{ 0x1F6D5, 0x1F6DF }, { 0x1F6EB, 0x1F6EC }, { 0x1F6F4, 0x1F6FC },
	{ 0x1F7E0, 0x1F7F0 }, { 0x1F90C, 0x1F93A }, { 0x1F93C, 0x1F945 },
	{ 0x1F947, 0x1F9FF }, { 0x1FA70, 0x1FAF6 }, { 0x20000, 0x3FFFD }
};

static int
in_ranges(unsigned long c, const struct crange *r, size_t n)
{
	size_t lo = 0, hi = n;

	if (c < r[0].lo || c > r[n - 1].hi)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c > r[mid].hi)
			lo = mid + 1;
		else if (c < r[mid].lo)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

int
char_cols(unsigned long c)
{
	if (c < 0x300)
		return c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0);
	if (in_ranges(c, zero_width, sizeof zero_width / sizeof *zero_width))
		return 0;
	if (in_ranges(c, double_width,
	    sizeof double_width / sizeof *double_width))
		return 2;
	return 1;
}

/* The length of the unit at s that is cut whole and its columns: a UTF-8
 * character, a byte that is not UTF-8 (one column, as text_escape would
 * show it in four), an escape text_escape wrote (\xHH, \uHHHH), or a
 * colour escape (ESC [ ... m, no columns). */
static size_t
text_unit(const unsigned char *s, size_t n, int *cols)
{
	unsigned long c;
	size_t k, i;

	if (s[0] == '\\' && n >= 4 && s[1] == 'x' && isxdigit(s[2]) &&
	    isxdigit(s[3])) {
		*cols = 4;
		return 4;
	}
	if (s[0] == '\\' && n >= 6 && s[1] == 'u' && isxdigit(s[2]) &&
	    isxdigit(s[3]) && isxdigit(s[4]) && isxdigit(s[5])) {
		*cols = 6;
		return 6;
	}
	if (s[0] == 0x1B && n >= 2 && s[1] == '[') {
		for (i = 2; i < n && ((s[i] >= '0' && s[i] <= '9') ||
		    s[i] == ';'); i++)
			;
		if (i < n && s[i] == 'm') {
			*cols = 0;
			return i + 1;
		}
	}
	if (s[0] < 0x80) {
		*cols = s[0] >= 0x20 && s[0] != 0x7F;
		return 1;
	}
	k = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
	if (k > n || k == 1 || s[0] > 0xF4) {
		*cols = 1;
		return 1;
	}
	c = s[0] & (0x7F >> k);
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cols = 1;
			return 1;
		}
		c = c << 6 | (s[i] & 0x3F);
	}
	*cols = char_cols(c);
	return k;
}

size_t
text_cols(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = 0;
	int w;

	while (i < len) {
		if (u[i] >= 0x20 && u[i] < 0x7F && u[i] != '\\') {
			i++;
			n++;
			continue;
		}
		i += text_unit(u + i, len - i, &w);
		n += (size_t)w;
	}
	return n;
}

size_t
text_cut(const char *s, size_t len, size_t cols, size_t *used)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n = 0, k;
	int w;

	while (i < len) {
		k = text_unit(u + i, len - i, &w);
		/* Zero-width characters stay with the one before them. */
		if (n + (size_t)w > cols)
			break;
		i += k;
		n += (size_t)w;
	}
	if (used != NULL)
		*used = n;
	return i;
}

/* Code points, as a pipe's columns always counted. */
static size_t
cp_count(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

size_t
fit_cols(const struct fit *f, const char *s, size_t len)
{
	return f->width > 0 ? text_cols(s, len) : cp_count(s, len);
}

static const char *
ellipsis(const struct fit *f, size_t *cols)
{
	*cols = f->unicode ? 1 : 3;
	return f->unicode ? "\xe2\x80\xa6" : "...";
}

void
fit_pad(struct buf *b, const struct fit *f, const char *s, size_t w)
{
	size_t len = strlen(s), n = fit_cols(f, s, len), i = 0, col, ew;
	const char *e = ellipsis(f, &ew);

	if (n <= w) {
		buf_add(b, s, len);
		buf_printf(b, "%*s", (int)(w - n), "");
		return;
	}
	if (f->width > 0) {
		if (w < ew) {
			buf_printf(b, "%*s", (int)w, "");
			return;
		}
		i = text_cut(s, len, w - ew, &col);
		buf_add(b, s, i);
		buf_adds(b, e);
		/* A wide character that did not fit leaves a gap. */
		buf_printf(b, "%*s", (int)(w - col - ew), "");
		return;
	}
	/* A pipe's cut, by code points, as it always was. */
	for (col = 0; s[i] && col < w - ew; col++) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
	}
	buf_add(b, s, i);
	buf_adds(b, e);
}

void
line_span(struct line *l, const char *s, size_t len)
{
	if (l->nspan < LINE_SPANS) {
		l->span[l->nspan][0] = l->b.len;
		l->span[l->nspan++][1] = l->b.len + len;
	}
	buf_add(&l->b, s, len);
}

/* The line cut to f->width: the spans first, the longest each time, to
 * no fewer than FIT_MIN columns; then, if it is still too wide, its
 * end. */
#define FIT_MIN 10
static void
line_fit(struct line *l, const struct fit *f, struct buf *out)
{
	size_t want[LINE_SPANS], has[LINE_SPANS], total, ew, at = 0, n, i;
	const char *e = ellipsis(f, &ew), *esc;
	int k, big;

	total = text_cols(l->b.s, l->b.len);
	for (k = 0; k < l->nspan; k++)
		want[k] = has[k] = text_cols(l->b.s + l->span[k][0],
		    l->span[k][1] - l->span[k][0]);
	while (total > (size_t)f->width) {
		for (big = -1, k = 0; k < l->nspan; k++)
			if (want[k] > FIT_MIN && want[k] > ew &&
			    (big < 0 || want[k] > want[big]))
				big = k;
		if (big < 0)
			break;
		want[big]--;
		total--;
	}
	for (k = 0; k < l->nspan; k++) {
		size_t s0 = l->span[k][0], s1 = l->span[k][1];

		buf_add(out, l->b.s + at, s0 - at);
		if (want[k] < has[k]) {
			n = text_cut(l->b.s + s0, s1 - s0, want[k] - ew, NULL);
			buf_add(out, l->b.s + s0, n);
			buf_adds(out, e);
		} else {
			buf_add(out, l->b.s + s0, s1 - s0);
		}
		at = s1;
	}
	buf_add(out, l->b.s + at, l->b.len - at);
	if (text_cols(out->s, out->len) <= (size_t)f->width)
		return;
	n = text_cut(out->s, out->len, (size_t)f->width > ew ?
	    (size_t)f->width - ew : 0, NULL);
	while (n > 0 && out->s[n - 1] == ' ')
		n--;
	out->len = n;
	buf_adds(out, e);
	/* A colour cut off before its end is ended here. */
	for (esc = NULL, i = 0; i < n; i++)
		if (out->s[i] == 0x1B)
			esc = out->s + i;
	if (esc != NULL && strncmp(esc, "\033[0m", 4) != 0)
		buf_adds(out, "\033[0m");
}

void
line_put(struct line *l, const struct fit *f)
{
	struct buf out = { 0 };

	if (f->width > 0 && l->b.len > 0 &&
	    text_cols(l->b.s, l->b.len) > (size_t)f->width) {
		line_fit(l, f, &out);
		fwrite(out.s, 1, out.len, stdout);
		buf_free(&out);
	} else if (l->b.len > 0) {
		fwrite(l->b.s, 1, l->b.len, stdout);
	}
	putchar('\n');
	l->b.len = 0;
	l->nspan = 0;
}

int
out_width(void)
{
	const char *v = getenv("COLUMNS");
	struct winsize ws;
	long n;
	char *end;

	if (!isatty(STDOUT_FILENO))
		return 0;
	if (v != NULL && *v >= '1' && *v <= '9') {
		errno = 0;
		n = strtol(v, &end, 10);
		if (*end == '\0' && errno == 0 && n <= 100000)
			return (int)n;
	}
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}


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

/* A career plan's sections, their items and the goals' links, a
 * record each with its type (plan.5, CAREER PLANS); nothing for a plan
 * that is no career plan. */
void
out_career(struct buf *b, struct record *r, const struct plan *p)
{
	size_t i;

	if (!p->career)
		return;
	rec_clear(r);
	rec_str(r, "type", "review");
	rec_str(r, "file", p->name);
	rec_date(r, "last_review", &p->last_review);
	rec_num(r, "last_review_line", p->last_review.line);
	rec_date(r, "next_review", &p->next_review);
	rec_num(r, "next_review_line", p->next_review.line);
	out_json(b, r);
	for (i = 0; i < p->nsections; i++) {
		const struct section *s = &p->sections[i];

		rec_clear(r);
		rec_str(r, "type", "section");
		rec_str(r, "file", p->name);
		rec_num(r, "line", s->line);
		rec_num(r, "end", s->end);
		rec_str(r, "section", sec_names[s->kind]);
		rec_str(r, "title", p->headings[s->heading].title);
		rec_num(r, "items", (long long)s->count);
		out_json(b, r);
	}
	for (i = 0; i < p->nitems; i++) {
		const struct sitem *it = &p->items[i];
		enum sec_kind k = p->sections[it->section].kind;

		rec_clear(r);
		rec_str(r, "type", k == SEC_WEAKNESSES ? "area" :
		    k == SEC_ASPIRATIONS ? "aspiration" :
		    k == SEC_FEEDBACK ? "feedback" : "item");
		rec_str(r, "file", p->name);
		rec_num(r, "line", it->line);
		rec_num(r, "end", it->end);
		rec_str(r, "section", sec_names[k]);
		rec_str(r, "text", it->text);
		rec_date(r, "date", &it->date);
		rec_str(r, "who", it->who);
		rec_words(r, "tags", it->tags);
		rec_str(r, "anchor", it->anchor);
		if (k == SEC_WEAKNESSES || k == SEC_ASPIRATIONS)
			rec_num(r, "goals", (long long)item_goals(p, i));
		out_json(b, r);
	}
	for (i = 0; i < p->nlinks; i++) {
		const struct plink *l = &p->links[i];
		const struct goal *g = &p->goals[l->goal];

		rec_clear(r);
		rec_str(r, "type", "link");
		rec_str(r, "file", p->name);
		rec_num(r, "line", l->line);
		rec_num(r, "goal_line", g->line);
		rec_str(r, "goal", goal_title(p, g));
		rec_str(r, "how", link_names[l->how]);
		rec_str(r, "section", sec_names[p->sections[l->section].kind]);
		if (l->item >= 0) {
			rec_num(r, "item_line", p->items[l->item].line);
			rec_str(r, "item", p->items[l->item].text);
		} else {
			rec_num(r, "item_line",
			    p->sections[l->section].line);
			rec_null(r, "item");
		}
		out_json(b, r);
	}
	out_write(b);
}
