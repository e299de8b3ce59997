/*
 * date.c: calendar arithmetic and the date syntaxes of plan documents.
 *
 * Day numbers count days from 1970-01-01 in the proleptic Gregorian
 * calendar.  Every parser here works on a byte slice that need not be
 * NUL-terminated, so all look-ahead goes through at(), which yields 0
 * past the end.  Bytes are classified by hand, ASCII only, so that no
 * result depends on the locale.
 */
#include <limits.h>
#include <string.h>
#include <time.h>

#include "plan.h"

const char field_names[F_COUNT][10] = {
	"due", "done", "start", "scheduled"
};

/* ---- bytes ---- */

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(unsigned char c)
{
	return is_digit(c) || is_alpha(c);
}

static unsigned char
to_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* The byte at i, or 0 past the end: keeps every look-ahead in bounds. */
static unsigned char
at(const char *s, size_t len, size_t i)
{
	return i < len ? (unsigned char)s[i] : 0;
}

/* Do the bytes at s[i] match the string b exactly? */
static size_t
has_bytes(const char *s, size_t len, size_t i, const char *b)
{
	size_t n = strlen(b);

	if (i > len || len - i < n || memcmp(s + i, b, n) != 0)
		return 0;
	return n;
}

/* Does s[i] start with the first n bytes of the lower-case word w,
 * ignoring ASCII case?  n, or 0. */
static size_t
has_prefix(const char *s, size_t len, size_t i, const char *w, size_t n)
{
	if (i > len || len - i < n)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (to_lower((unsigned char)s[i + k]) != (unsigned char)w[k])
			return 0;
	return n;
}

static size_t
has_word(const char *s, size_t len, size_t i, const char *w)
{
	return has_prefix(s, len, i, w, strlen(w));
}

/* Length of a blank at s[i]: space, tab, U+00A0 or U+202F (people and
 * editors put no-break spaces between an emoji and its date). */
static size_t
blank(const char *s, size_t len, size_t i)
{
	unsigned char c = at(s, len, i);

	if (c == ' ' || c == '\t')
		return 1;
	if (has_bytes(s, len, i, "\xC2\xA0"))
		return 2;
	return has_bytes(s, len, i, "\xE2\x80\xAF");
}

static size_t
skip_blanks(const char *s, size_t len, size_t i)
{
	size_t n;

	while ((n = blank(s, len, i)) > 0)
		i += n;
	return i;
}

/* Exactly n (<= 4) digits at s[i] as a number, else -1.  Never more than
 * four digits are read, so absurd digit strings cannot overflow. */
static int
digits(const char *s, size_t len, size_t i, size_t n)
{
	int v = 0;

	for (size_t k = 0; k < n; k++) {
		unsigned char c = at(s, len, i + k);
		if (!is_digit(c))
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

/* Does a numeric token end at s[i]?  Not if letters or digits follow,
 * nor a '-' that joins more of them: "2027-3" is not the year 2027. */
static int
num_end(const char *s, size_t len, size_t i)
{
	unsigned char c = at(s, len, i);

	if (is_alnum(c))
		return 0;
	return !(c == '-' && is_alnum(at(s, len, i + 1)));
}

/* Copy text into d->text, cut to fit at a UTF-8 character boundary. */
static void
set_text(struct pdate *d, const char *s, size_t n)
{
	size_t max = sizeof d->text - 1;

	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(d->text, s, n);
	d->text[n] = '\0';
}

/* ---- calendar ---- */

/* Keeps date_ymd's arithmetic far from overflow: about +-1e6 years. */
#define DAY_LIMIT 365000000L

long
date_days(int y, int m, int d)
{
	/* days_from_civil (H. Hinnant): the year starts on March 1 so
	 * that the leap day comes last.  long long: any int is safe. */
	long long yy = (long long)y - (m <= 2);
	long long era = (yy >= 0 ? yy : yy - 399) / 400;
	long long yoe = yy - era * 400;
	long long mp = ((long long)m + 9) % 12;
	long long doy = (153 * mp + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return (long)(era * 146097 + doe - 719468);
}

void
date_ymd(long day, int *y, int *m, int *d)
{
	long z, era, doe, yoe, doy, mp;

	if (day > DAY_LIMIT)
		day = DAY_LIMIT;
	if (day < -DAY_LIMIT)
		day = -DAY_LIMIT;
	z = day + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const unsigned char n[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && leap(y) ? 29 : n[m - 1];
}

int
date_valid(int y, int m, int d)
{
	/* Only four-digit years are ever written; year 0 is no year. */
	if (y < 1 || y > 9999 || m < 1 || m > 12)
		return 0;
	return d >= 1 && d <= month_days(y, m);
}

static void
put_num(char *out, int v, int n)
{
	while (n-- > 0) {
		out[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

void
date_format(long day, char out[11])
{
	int y, m, d;

	date_ymd(day, &y, &m, &d);
	/* Ten bytes whatever the day: clamp to the four-digit years (year
	 * 0 is no year). */
	if (y < 1) {
		y = 1;
		m = d = 1;
	} else if (y > 9999) {
		y = 9999;
		m = 12;
		d = 31;
	}
	put_num(out, y, 4);
	out[4] = '-';
	put_num(out + 5, m, 2);
	out[7] = '-';
	put_num(out + 8, d, 2);
	out[10] = '\0';
}

/* YYYY-MM-DD at s[i], its shape only; 1 and the fields if so. */
static int
ymd_at(const char *s, size_t len, size_t i, int *y, int *m, int *d)
{
	*y = digits(s, len, i, 4);
	*m = digits(s, len, i + 5, 2);
	*d = digits(s, len, i + 8, 2);
	return *y >= 0 && *m >= 0 && *d >= 0 && at(s, len, i + 4) == '-' &&
	    at(s, len, i + 7) == '-';
}

int
date_parse(const char *s, size_t len, long *day)
{
	int y, m, d;

	if (len != 10 || !ymd_at(s, len, 0, &y, &m, &d) ||
	    !date_valid(y, m, d))
		return 0;
	*day = date_days(y, m, d);
	return 1;
}

int
date_weekday(long day)
{
	/* 1970-01-01 was a Thursday (3). */
	return (int)(((day % 7) + 7 + 3) % 7);
}

void
date_isoweek(long day, int *year, int *week)
{
	int m, d;
	long thu;

	if (day > DAY_LIMIT || day < -DAY_LIMIT)
		day = day > 0 ? DAY_LIMIT : -DAY_LIMIT;
	/* A week belongs to the year that holds its Thursday. */
	thu = day - date_weekday(day) + 3;

	date_ymd(thu, year, &m, &d);
	*week = (int)((thu - date_days(*year, 1, 1)) / 7 + 1);
}

long
date_isoweek_monday(int year, int week)
{
	/* Week 1 is the week that holds January 4. */
	long jan4, mon1;
	int y, w;

	if (year < 1 || year > 9999 || week < 1 || week > 53)
		return -1;
	jan4 = date_days(year, 1, 4);
	mon1 = jan4 - date_weekday(jan4);
	if (week == 53) {
		/* December 28 is always in the year's last week. */
		date_isoweek(date_days(year, 12, 28), &y, &w);
		if (w != 53)
			return -1;
	}
	/* -1 (1969-12-31) is a Wednesday, so it never names a Monday. */
	return mon1 + 7L * (week - 1);
}

/* ---- WHEN ---- */

/* Fill d for a WHEN of n bytes at s; returns n. */
static size_t
found(struct pdate *d, const char *s, size_t n, int ok, long day)
{
	d->kind = ok ? DATE_OK : DATE_BAD;
	d->day = ok ? day : 0;
	set_text(d, s, n);
	return n;
}

static size_t
found_month(struct pdate *d, const char *s, size_t n, int y, int m)
{
	if (!date_valid(y, m, 1))
		return found(d, s, n, 0, 0);
	return found(d, s, n, 1, date_days(y, m, month_days(y, m)));
}

static size_t
found_quarter(struct pdate *d, const char *s, size_t n, int y, int q)
{
	if (q < 1 || q > 4)
		return found(d, s, n, 0, 0);
	return found_month(d, s, n, y, q * 3);
}

/* "YYYY-Www" or "YYYY-Wn" after the year and dash; i is at the W. */
static size_t
when_week(const char *s, size_t len, size_t i, int y, struct pdate *d)
{
	size_t n = is_digit(at(s, len, i + 2)) ? 2 : 1;
	int w = digits(s, len, i + 1, n);
	long mon;

	if (w < 0 || !num_end(s, len, i + 1 + n))
		return 0;
	mon = date_isoweek_monday(y, w);
	return found(d, s, i + 1 + n, mon != -1, mon + 6);
}

/* "YYYY-MM" or "YYYY-MM-DD" after the year and dash, at i. */
static size_t
when_ym(const char *s, size_t len, size_t i, int y, struct pdate *d)
{
	int m = digits(s, len, i, 2), dd;

	if (m < 0)
		return 0;
	if (at(s, len, i + 2) == '-' && is_digit(at(s, len, i + 3))) {
		dd = digits(s, len, i + 3, 2);
		if (dd < 0 || !num_end(s, len, i + 5))
			return 0;
		return found(d, s, i + 5, date_valid(y, m, dd),
		    date_days(y, m, dd));
	}
	if (!num_end(s, len, i + 2))
		return 0;
	return found_month(d, s, i + 2, y, m);
}

/* A bare year is a deadline only if it looks like one: "by 2000 users"
 * and "by 2000%" are amounts, not dates. */
static int
bare_year_ok(const char *s, size_t len, int y)
{
	unsigned char c = at(s, len, skip_blanks(s, len, 4));

	return y >= 1900 && y <= 2199 && !is_alnum(c) && c != '%';
}

/* The forms that start with a year.  strict: apply bare_year_ok. */
static size_t
when_year(const char *s, size_t len, int strict, struct pdate *d)
{
	int y = digits(s, len, 0, 4);
	unsigned char c;

	if (y < 0)
		return 0;
	if (at(s, len, 4) == '-' && is_alnum(at(s, len, 5))) {
		/* A dash joins the rest: all of it is a WHEN or none. */
		c = to_lower(at(s, len, 5));
		if (c == 'w')
			return when_week(s, len, 5, y, d);
		if (c == 'q') {
			if (!is_digit(at(s, len, 6)) || !num_end(s, len, 7))
				return 0;
			return found_quarter(d, s, 7, y, s[6] - '0');
		}
		return when_ym(s, len, 5, y, d);
	}
	if (!num_end(s, len, 4) || (strict && !bare_year_ok(s, len, y)))
		return 0;
	return found_month(d, s, 4, y, 12);
}

/* A four-digit year after blanks at i, as a whole token; -1 if none. */
static int
year_after(const char *s, size_t len, size_t *i)
{
	size_t j = skip_blanks(s, len, *i);
	int y;

	if (j == *i || (y = digits(s, len, j, 4)) < 0 ||
	    !num_end(s, len, j + 4))
		return -1;
	*i = j + 4;
	return y;
}

/* "Qn YYYY". */
static size_t
when_quarter(const char *s, size_t len, struct pdate *d)
{
	size_t i = 2;
	int y;

	if (to_lower(at(s, len, 0)) != 'q' || !is_digit(at(s, len, 1)))
		return 0;
	if ((y = year_after(s, len, &i)) < 0)
		return 0;
	return found_quarter(d, s, i, y, s[1] - '0');
}

/* An English month name at s, full or abbreviated: its length (with
 * an abbreviation's optional dot) and *m, or 0. */
static size_t
month_name(const char *s, size_t len, int *m)
{
	static const char *const names[12] = {
		"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november",
		"december"
	};
	size_t n;

	for (int k = 0; k < 12; k++) {
		*m = k + 1;
		n = has_word(s, len, 0, names[k]);
		if (n > 0 && !is_alpha(at(s, len, n)))	/* "May." too */
			return n + (n == 3 && at(s, len, n) == '.');
		n = k == 8 ? has_word(s, len, 0, "sept") : 0;
		if (n == 0)
			n = has_prefix(s, len, 0, names[k], 3);
		if (n > 0 && !is_alpha(at(s, len, n)))
			return n + (at(s, len, n) == '.');
	}
	return 0;
}

/* "Month YYYY". */
static size_t
when_month(const char *s, size_t len, struct pdate *d)
{
	int m, y;
	size_t i = month_name(s, len, &m);

	if (i == 0 || (y = year_after(s, len, &i)) < 0)
		return 0;
	return found_month(d, s, i, y, m);
}

/* The WHEN forms but "end of". */
static size_t
when_plain(const char *s, size_t len, int strict, struct pdate *d)
{
	unsigned char c = at(s, len, 0);

	if (is_digit(c))
		return when_year(s, len, strict, d);
	if (to_lower(c) == 'q' && is_digit(at(s, len, 1)))
		return when_quarter(s, len, d);
	if (is_alpha(c))
		return when_month(s, len, d);
	return 0;
}

/* "end of" WHEN; a year here needs no guard against amounts. */
static size_t
when_end(const char *s, size_t len, struct pdate *d)
{
	size_t i = has_word(s, len, 0, "end"), j, n;

	if (i == 0 || (j = skip_blanks(s, len, i)) == i)
		return 0;
	if ((i = has_word(s, len, j, "of")) == 0)
		return 0;
	i += j;
	if ((j = skip_blanks(s, len, i)) == i)
		return 0;
	n = when_plain(s + j, len - j, 0, d);
	if (n == 0)
		return 0;
	set_text(d, s, j + n);
	return j + n;
}

size_t
date_when(const char *s, size_t len, struct pdate *d)
{
	size_t n;

	memset(d, 0, sizeof *d);
	d->kind = DATE_NONE;
	n = when_end(s, len, d);
	if (n == 0)
		n = when_plain(s, len, 1, d);
	if (n == 0) {
		memset(d, 0, sizeof *d);
		d->kind = DATE_NONE;
	}
	return n;
}

/* ---- date fields ---- */

/* Emoji that mark a field, by their UTF-8 bytes. */
static const struct {
	const char *bytes;
	enum field f;
} emojis[] = {
	{ "\xF0\x9F\x93\x85", F_DUE },		/* U+1F4C5 calendar */
	{ "\xE2\x9C\x85", F_DONE },		/* U+2705 check mark */
	{ "\xF0\x9F\x9B\xAB", F_START },	/* U+1F6EB departure */
	{ "\xE2\x8F\xB3", F_SCHEDULED },	/* U+23F3 hourglass */
	{ "\xE2\x8C\x9B", F_SCHEDULED },	/* U+231B hourglass */
};

/* A field emoji at s[i] with its optional U+FE0F: its length, or 0. */
static size_t
emoji_at(const char *s, size_t len, size_t i, enum field *f)
{
	size_t n;

	for (size_t k = 0; k < sizeof emojis / sizeof emojis[0]; k++) {
		n = has_bytes(s, len, i, emojis[k].bytes);
		if (n > 0) {
			*f = emojis[k].f;
			return n + has_bytes(s, len, i + n, "\xEF\xB8\x8F");
		}
	}
	return 0;
}

/* A field's value when it is a whole YYYY-MM-DD at s[i]: 1 and d. */
static int
value_at(const char *s, size_t len, size_t i, struct pdate *d)
{
	int y, m, dd;

	if (!ymd_at(s, len, i, &y, &m, &dd) || !num_end(s, len, i + 10) ||
	    !date_valid(y, m, dd))
		return 0;
	d->kind = DATE_OK;
	d->day = date_days(y, m, dd);
	set_text(d, s + i, 10);
	return 1;
}

static void
bad_value(struct pdate *d, const char *s, size_t n)
{
	d->kind = DATE_BAD;
	d->day = 0;
	set_text(d, s, n);
}

/* "📅 D" at s[i]: the end of the field, or 0.  Whatever follows the
 * emoji is its value, so a field it is even if that is no date. */
static size_t
emoji_field(const char *s, size_t len, size_t i, enum field *f,
    struct pdate *d)
{
	enum field g;
	size_t n = emoji_at(s, len, i, f), j, e;

	if (n == 0)
		return 0;
	j = skip_blanks(s, len, i + n);
	if (value_at(s, len, j, d))
		return j + 10;
	/* The bad value runs to a blank or to the next field's emoji. */
	for (e = j; e < len && !blank(s, len, e) && !emoji_at(s, len, e, &g);)
		e++;
	bad_value(d, s + j, e - j);
	return e > j ? e : i + n;
}

/* The field keys, for "due:D" and "[due:: D]". */
static const struct {
	const char *key;
	enum field f;
	int inline_only;	/* Dataview's name, not a key: field */
} keys[] = {
	{ "due", F_DUE, 0 },
	{ "done", F_DONE, 0 },
	{ "completion", F_DONE, 1 },
	{ "start", F_START, 0 },
	{ "scheduled", F_SCHEDULED, 0 },
};

/* A field key at s[i]: its length and *f, or 0. */
static size_t
key_at(const char *s, size_t len, size_t i, int dataview, enum field *f)
{
	size_t n;

	for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		if (keys[k].inline_only && !dataview)
			continue;
		n = has_word(s, len, i, keys[k].key);
		if (n > 0 && !is_alnum(at(s, len, i + n))) {
			*f = keys[k].f;
			return n;
		}
	}
	return 0;
}

/* Where a date-like token at s[i] ends: letters, digits and - / .
 * but for a final dot, which ends the sentence. */
static size_t
token_end(const char *s, size_t len, size_t i)
{
	unsigned char c;

	while (i < len && (is_alnum(c = (unsigned char)s[i]) || c == '-' ||
	    c == '/' || c == '.'))
		i++;
	while (at(s, len, i - 1) == '.')
		i--;
	return i;
}

/* Does a word start at s[i]: at the line's start or after a byte that
 * is no letter or digit? */
static int
word_start(const char *s, size_t i)
{
	return i == 0 || !is_alnum((unsigned char)s[i - 1]);
}

/* "due:D" at s[i]: the end of the field, or 0.  Only a digit makes it
 * one, so that "due:tomorrow" stays text. */
static size_t
key_field(const char *s, size_t len, size_t i, enum field *f,
    struct pdate *d)
{
	size_t n, j, e;

	if (!word_start(s, i) || (n = key_at(s, len, i, 0, f)) == 0 ||
	    at(s, len, i + n) != ':' || at(s, len, i + n + 1) == ':')
		return 0;
	j = skip_blanks(s, len, i + n + 1);
	if (!is_digit(at(s, len, j)))
		return 0;
	e = token_end(s, len, j);
	if (e - j != 10 || !value_at(s, len, j, d))
		bad_value(d, s + j, e - j);
	return e;
}

/* "[due:: D]" or "(due:: D)" at s[i]: the end of the field, or 0;
 * *v and *vlen are set to the value's bytes, blanks trimmed. */
static size_t
dataview_at(const char *s, size_t len, size_t i, enum field *f,
    size_t *v, size_t *vlen)
{
	unsigned char open = at(s, len, i);
	char close = open == '[' ? ']' : ')';
	size_t n, j, e, b;

	if ((open != '[' && open != '(') ||
	    (n = key_at(s, len, i + 1, 1, f)) == 0 ||
	    !has_bytes(s, len, i + 1 + n, "::"))
		return 0;
	j = skip_blanks(s, len, i + n + 3);
	/* Stop at another opening bracket too: an unclosed one is no
	 * field, and a line of them must not cost quadratic time. */
	for (e = j; e < len && s[e] != close && s[e] != (char)open; e++)
		;
	if (e >= len || s[e] != close)
		return 0;
	/* Trim the blanks before the bracket, whole characters. */
	*vlen = 0;
	for (b = j; b < e; b += n ? n : 1)
		if ((n = blank(s, len, b)) == 0)
			*vlen = b + 1 - j;
	*v = j;
	return e + 1;
}

static size_t
dataview_field(const char *s, size_t len, size_t i, enum field *f,
    struct pdate *d)
{
	size_t v, vlen, e = dataview_at(s, len, i, f, &v, &vlen);

	if (e == 0)
		return 0;
	if (vlen != 10 || !value_at(s, v + 10, v, d))
		bad_value(d, s + v, vlen);
	return e;
}

/* Bytes a field can start with: '[' '(' for Dataview, the lead bytes of
 * the emoji, and the initials of the keys.  Most bytes are none of
 * these, and the scan is on every milestone's text. */
static int
field_lead(unsigned char c)
{
	return c == '[' || c == '(' || c == 0xF0 || c == 0xE2 ||
	    (c | 0x20) == 'd' || (c | 0x20) == 's';
}

void
date_fields(const char *s, size_t len, field_cb cb, void *arg)
{
	struct pdate d;
	enum field f;
	size_t i = 0, e;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		/* Dispatch on the first byte: this runs on every text. */
		if (!field_lead(c) || (is_alpha(c) && !word_start(s, i))) {
			i++;
			continue;
		}
		memset(&d, 0, sizeof d);
		if (c == '[' || c == '(')
			e = dataview_field(s, len, i, &f, &d);
		else if (c == 0xF0 || c == 0xE2)
			e = emoji_field(s, len, i, &f, &d);
		else
			e = key_field(s, len, i, &f, &d);
		if (e == 0) {
			i++;
			continue;
		}
		d.line = 0;
		d.col = i < INT_MAX ? (int)i + 1 : INT_MAX;
		cb(arg, f, &d, i, e);
		i = e;
	}
}

/* ---- deadlines ---- */

/* Where the WHEN of a deadline phrase at s[i] starts, or 0 (a WHEN
 * never starts the line's first byte, as the phrase is before it). */
static size_t
deadline_start(const char *s, size_t len, size_t i)
{
	static const char *const words[] = {
		"by", "before", "until", "due", "deadline"
	};
	enum field f;
	size_t n, j, v, vlen;

	if ((n = emoji_at(s, len, i, &f)) > 0 && f == F_DUE)
		return skip_blanks(s, len, i + n);
	if (dataview_at(s, len, i, &f, &v, &vlen) > 0 && f == F_DUE)
		return v;
	if (!word_start(s, i))
		return 0;
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
		n = has_word(s, len, i, words[k]);
		if (n == 0 || i + n >= len || is_alnum(at(s, len, i + n)))
			continue;
		/* "Deadline: D" and "due:D": after a colon blanks may
		 * lack, as in a field; without one they are needed. */
		j = i + n + (s[i + n] == ':');
		v = skip_blanks(s, len, j);
		return v > i + n ? v : 0;
	}
	return 0;
}

int
date_deadline(const char *s, size_t len, struct pdate *d)
{
	struct pdate w;
	size_t j;

	/* Every WHEN holds a digit: most prose lines have none. */
	for (j = 0; j < len && !is_digit((unsigned char)s[j]); j++)
		;
	if (j == len)
		return 0;
	for (size_t i = 0; i < len; i++) {
		/* Only a keyword (by, before, until, due, deadline), an
		 * emoji or a Dataview field can start a phrase. */
		unsigned char c = (unsigned char)s[i];

		if (!field_lead(c) && (c | 0x20) != 'b' && (c | 0x20) != 'u')
			continue;
		if (is_alpha(c) && !word_start(s, i))
			continue;
		j = deadline_start(s, len, i);
		if (j == 0 || j >= len || date_when(s + j, len - j, &w) == 0)
			continue;
		*d = w;
		d->line = 0;
		d->col = j < INT_MAX ? (int)j + 1 : INT_MAX;
		return 1;
	}
	return 0;
}

int
date_today(const char *arg, long *day)
{
	time_t now;
	struct tm tm;

	if (arg != NULL)
		return date_parse(arg, strlen(arg), day);
	now = time(NULL);
	if (now == (time_t)-1 || localtime_r(&now, &tm) == NULL)
		return 0;
	*day = date_days(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return 1;
}
