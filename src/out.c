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

/* Markdown text that reads back as the same plain text: ASCII
 * punctuation that could start markup is escaped. */
void
md_text(const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>&!#|~", *s) != NULL)
			putchar('\\');
		putchar(*s);
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
