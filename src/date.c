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
	"due", "done", "start", "scheduled", "created"
};

const char priority_names[6][8] = {
	"", "highest", "high", "medium", "low", "lowest"
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

/* Length of a blank at s[i]: space, tab, form feed, vertical tab (the
 * model's text turns them into spaces, so a field read from it must
 * read as one from the source), U+00A0 or U+202F (people and editors
 * put no-break spaces between an emoji and its date). */
static size_t
blank(const char *s, size_t len, size_t i)
{
	unsigned char c = at(s, len, i);

	if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
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

/* "YYYY/MM/DD" or "YYYY.MM.DD" (one separator throughout); i at 5. */
static size_t
when_ymd_sep(const char *s, size_t len, unsigned char sep, int y,
    struct pdate *d)
{
	size_t i = 5, n;
	int m, dd;

	n = is_digit(at(s, len, i + 1)) ? 2 : 1;
	m = digits(s, len, i, n);
	i += n;
	if (at(s, len, i) != sep || !is_digit(at(s, len, i + 1)))
		return 0;
	i++;
	n = is_digit(at(s, len, i + 1)) ? 2 : 1;
	dd = digits(s, len, i, n);
	i += n;
	if (is_digit(at(s, len, i)) || is_alpha(at(s, len, i)) ||
	    ((at(s, len, i) == sep || at(s, len, i) == '-') &&
	    is_digit(at(s, len, i + 1))))
		return 0;
	return found(d, s, i, date_valid(y, m, dd), date_days(y, m, dd));
}

static int next_word(const char *, size_t, size_t *, const char *const *);

/* A bare year is a deadline only if it looks like one: "by 2000 users"
 * and "by 2000%" are amounts, not dates. */
static int
bare_year_ok(const char *s, size_t len, int y)
{
	static const char *const joins[] = { "so", "and", "or", "but",
		"because", "to", "for", "with", "when", "while", "as", "at",
		"in", "on", "i", "we", "if", "then", "after", "from", NULL };
	size_t j = skip_blanks(s, len, 4);
	unsigned char c = at(s, len, j);

	if (y < 1900 || y > 2199 || c == '%')
		return 0;
	/* "by 2027 so that ..." is a year; "by 2000 users" an amount. */
	return !is_alnum(c) || (j > 4 && next_word(s, len, &j, joins) >= 0);
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
	/* "2027/03/31" and "2027.03.31": all of it, never the year alone. */
	c = at(s, len, 4);
	if ((c == '/' || c == '.') && is_digit(at(s, len, 5)))
		return when_ymd_sep(s, len, c, y, d);
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
	{ "\xE2\x9E\x95", F_CREATED },		/* U+2795 heavy plus */
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
	{ "created", F_CREATED, 0 },
	{ "t", F_START, 0 },		/* todo.txt's threshold */
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

/* An ISO 8601 time after a date, "T10:00", "T10:00:30", with "Z" or an
 * offset "+01:00": where it ends, or i when there is none. */
static size_t
time_end(const char *s, size_t len, size_t i)
{
	size_t e;

	if (at(s, len, i) != 'T' || digits(s, len, i + 1, 2) < 0 ||
	    at(s, len, i + 3) != ':' || digits(s, len, i + 4, 2) < 0)
		return i;
	e = i + 6;
	if (at(s, len, e) == ':' && digits(s, len, e + 1, 2) >= 0)
		e += 3;
	if (at(s, len, e) == 'Z')
		e++;
	else if ((at(s, len, e) == '+' || at(s, len, e) == '-') &&
	    digits(s, len, e + 1, 2) >= 0 && at(s, len, e + 3) == ':' &&
	    digits(s, len, e + 4, 2) >= 0)
		e += 6;
	return is_alnum(at(s, len, e)) ? i : e;
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

	/* After a '/' it is a URL's path: <https://x.org/due:2027-01-10>. */
	if (!word_start(s, i) || (i > 0 && s[i - 1] == '/') ||
	    (n = key_at(s, len, i, 0, f)) == 0 ||
	    at(s, len, i + n) != ':' || at(s, len, i + n + 1) == ':')
		return 0;
	j = skip_blanks(s, len, i + n + 1);
	if (!is_digit(at(s, len, j)))
		return 0;
	if ((e = time_end(s, len, j + 10)) > j + 10 && value_at(s, j + 10, j, d))
		return e;
	e = token_end(s, len, j);
	if (e - j != 10 || !value_at(s, len, j, d))
		bad_value(d, s + j, e - j);
	return e;
}

/* The value of a Dataview field "[KEY:: V]" or "(KEY:: V)" whose key
 * of n bytes is at s[i + 1]: the end of the field, or 0; *v and *vlen
 * are set to the value's bytes, blanks trimmed. */
static size_t
dataview_value(const char *s, size_t len, size_t i, size_t n, size_t *v,
    size_t *vlen)
{
	unsigned char open = at(s, len, i);
	char close = open == '[' ? ']' : ')';
	size_t j, e, b;

	if ((open != '[' && open != '(') ||
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

/* "[due:: D]" or "(due:: D)" at s[i]: the end of the field, or 0. */
static size_t
dataview_at(const char *s, size_t len, size_t i, enum field *f,
    size_t *v, size_t *vlen)
{
	size_t n = key_at(s, len, i + 1, 1, f);

	return n == 0 ? 0 : dataview_value(s, len, i, n, v, vlen);
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
	    (c | 0x20) == 'd' || (c | 0x20) == 's' || (c | 0x20) == 'c' ||
	    (c | 0x20) == 't';
}

/* ---- the other fields of a task ---- */

/* Obsidian Tasks' priorities, highest first. */
static const char *const pri_emojis[] = {
	"\xF0\x9F\x94\xBA",	/* U+1F53A red triangle: highest */
	"\xE2\x8F\xAB",		/* U+23EB double up: high */
	"\xF0\x9F\x94\xBC",	/* U+1F53C up: medium */
	"\xF0\x9F\x94\xBD",	/* U+1F53D down: low */
	"\xE2\x8F\xAC",		/* U+23EC double down: lowest */
};
static const char *const pri_words[] = { "highest", "high", "medium",
	"low", "lowest" };
#define RECUR_EMOJI "\xF0\x9F\x94\x81"	/* U+1F501 repeat */

/* A priority emoji at s[i]: its length (with U+FE0F) and *pri. */
static size_t
pri_emoji_at(const char *s, size_t len, size_t i, int *pri)
{
	size_t n;

	for (int k = 0; k < 5; k++)
		if ((n = has_bytes(s, len, i, pri_emojis[k])) > 0) {
			*pri = PRI_HIGHEST + k;
			return n + has_bytes(s, len, i + n, "\xEF\xB8\x8F");
		}
	return 0;
}

/* A recurrence rule as Obsidian Tasks reads one after its emoji:
 * letters, digits, commas, spaces and '!', up to a word that is a
 * field's key ("due:"); its end, blanks dropped. */
static size_t
recur_end(const char *s, size_t len, size_t i)
{
	size_t e = i, last = i, k;

	while (e < len && (is_alnum((unsigned char)s[e]) || s[e] == ',' ||
	    s[e] == ' ' || s[e] == '!')) {
		if (is_alpha((unsigned char)s[e]) && word_start(s, e)) {
			for (k = e; is_alnum(at(s, len, k)); k++)
				;
			if (at(s, len, k) == ':')
				break;
		}
		if (s[e++] != ' ')
			last = e;
	}
	return last;
}

/* "🔁 every week" at s[i]: the end of the field, or 0. */
static size_t
recur_field(const char *s, size_t len, size_t i, size_t *v, size_t *vlen)
{
	size_t n = has_bytes(s, len, i, RECUR_EMOJI), e;

	if (n == 0)
		return 0;
	n += has_bytes(s, len, i + n, "\xEF\xB8\x8F");
	*v = skip_blanks(s, len, i + n);
	e = recur_end(s, len, *v);
	*vlen = e - *v;
	return e > *v ? e : i + n;
}

/* A byte of a tag, project or context: ASCII letters, digits, '_', '-'
 * and '/', and any non-ASCII character but the blanks, the symbols and
 * the emoji (lead bytes 0xE2 and 0xF0 to 0xF4). */
static int
tag_byte(const char *s, size_t len, size_t i)
{
	unsigned char c = at(s, len, i);

	if (c < 0x80)
		return is_alnum(c) || c == '_' || c == '-' || c == '/';
	return c != 0xE2 && c < 0xF0 && !blank(s, len, i);
}

/* "#tag", "+project" or "@context" at s[i], at the start or after a
 * blank: the end of the word, or 0.  It must hold a letter, so "#12"
 * is an issue number and "+1" a vote. */
static size_t
tag_at(const char *s, size_t len, size_t i)
{
	size_t e = i + 1;
	int letter = 0;

	/* Any white space the text's is squeezed from (model.c), so that
	 * "\v#a", read as text "#a", reads back so. */
	if (i > 0 && memchr(" \t\n\r\f\v", s[i - 1], 6) == NULL)
		return 0;
	for (; tag_byte(s, len, e); e++) {
		unsigned char c = (unsigned char)s[e];

		letter |= is_alpha(c) || c == '_' || c >= 0x80;
	}
	return letter ? e : 0;
}

/* todo.txt's "rec:1w" at s[i]: the end of the field, or 0. */
static size_t
rec_field(const char *s, size_t len, size_t i, size_t *v, size_t *vlen)
{
	size_t e;

	if (!word_start(s, i) || !has_word(s, len, i, "rec:"))
		return 0;
	for (e = i + 4; e < len && !blank(s, len, e) && s[e] != '\n'; e++)
		;
	*v = i + 4;
	*vlen = e - *v;
	return *vlen > 0 ? e : 0;
}

/* Dataview's "[priority:: high]" and "[repeat:: every week]": the end
 * of the field, or 0; *pri is 0 for a recurrence. */
static size_t
dataview_extra(const char *s, size_t len, size_t i, int *pri, size_t *v,
    size_t *vlen)
{
	size_t n, e;
	int k;

	if ((n = has_word(s, len, i + 1, "priority")) == 0 &&
	    (n = has_word(s, len, i + 1, "repeat")) == 0)
		return 0;
	if ((e = dataview_value(s, len, i, n, v, vlen)) == 0)
		return 0;
	*pri = 0;
	if (n == 6)
		return *vlen > 0 ? e : 0;
	for (k = 0; k < 5; k++)
		if (*vlen == strlen(pri_words[k]) &&
		    has_word(s, len, *v, pri_words[k])) {
			*pri = PRI_HIGHEST + k;
			return e;
		}
	return 0;
}

/* todo.txt's start of a task, "x DONE [CREATED]" or "(A) [CREATED]"
 * (A to E highest to lowest, later letters lowest): where the scan
 * goes on.  A date alone at the start is not taken as the creation
 * date: in a Markdown list it is more often the day the task is for. */
static size_t
todo_prefix(const char *s, size_t len, field_cb cb, xfield_cb xcb,
    void *arg)
{
	struct pdate d = { 0 };
	size_t i = skip_blanks(s, len, 0), j;
	unsigned char c = at(s, len, i + 1);

	if (at(s, len, i) == 'x' && blank(s, len, i + 1)) {
		j = skip_blanks(s, len, i + 1);
		if (!value_at(s, len, j, &d))
			return 0;
		d.col = (int)i + 1;
		cb(arg, F_DONE, &d, i, j + 10);
		j += 10;
	} else if (at(s, len, i) == '(' && c >= 'A' && c <= 'Z' &&
	    at(s, len, i + 2) == ')' && (i + 3 == len || blank(s, len, i + 3))) {
		xcb(arg, X_PRIORITY, c <= 'E' ? PRI_HIGHEST + (c - 'A') :
		    PRI_LOWEST, 0, 0, i, i + 3);
		j = i + 3;
	} else
		return 0;
	i = skip_blanks(s, len, j);
	if (i == j || !value_at(s, len, i, &d))
		return j;
	d.col = (int)i + 1;
	cb(arg, F_CREATED, &d, i, i + 10);
	return i + 10;
}

/* Bytes a field of a task can start with, beyond field_lead's. */
static int
task_lead(unsigned char c)
{
	return field_lead(c) || c == '#' || c == '+' || c == '@' ||
	    (c | 0x20) == 'r';
}

void
task_fields(const char *s, size_t len, int todo, field_cb cb,
    xfield_cb xcb, void *arg)
{
	struct pdate d;
	enum field f;
	size_t i = 0, e, v, vlen;
	int pri;

	if (xcb != NULL && todo)
		i = todo_prefix(s, len, cb, xcb, arg);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		/* Dispatch on the first byte: this runs on every text. */
		if (!(xcb ? task_lead(c) : field_lead(c)) ||
		    (is_alpha(c) && !word_start(s, i))) {
			i++;
			continue;
		}
		memset(&d, 0, sizeof d);
		if (c == '[' || c == '(')
			e = dataview_field(s, len, i, &f, &d);
		else if (c == 0xF0 || c == 0xE2)
			e = emoji_field(s, len, i, &f, &d);
		else if (is_alpha(c))
			e = key_field(s, len, i, &f, &d);
		else
			e = 0;
		if (e > 0) {
			d.line = 0;
			d.col = i < INT_MAX ? (int)i + 1 : INT_MAX;
			cb(arg, f, &d, i, e);
			i = e;
			continue;
		}
		if (xcb == NULL) {
			i++;
			continue;
		}
		pri = 0;
		vlen = 0;
		if (c == '[' || c == '(') {
			if ((e = dataview_extra(s, len, i, &pri, &v, &vlen)))
				xcb(arg, pri ? X_PRIORITY : X_RECUR, pri, v,
				    vlen, i, e);
		} else if (c == 0xF0 || c == 0xE2) {
			if ((e = pri_emoji_at(s, len, i, &pri)) > 0) {
				e += i;
				xcb(arg, X_PRIORITY, pri, 0, 0, i, e);
			} else if ((e = recur_field(s, len, i, &v, &vlen)) > 0)
				xcb(arg, X_RECUR, 0, v, vlen, i, e);
		} else if (c == '#' || c == '+' || c == '@') {
			if ((e = tag_at(s, len, i)) > 0)
				/* The blank before goes too: "a #b, c" is
				 * "a, c". */
				xcb(arg, c == '#' ? X_TAG : c == '+' ?
				    X_PROJECT : X_CONTEXT, 0, i + 1,
				    e - i - 1, i > 0 ? i - 1 : i, e);
		} else if ((e = rec_field(s, len, i, &v, &vlen)) > 0)
			xcb(arg, X_RECUR, 0, v, vlen, i, e);
		i = e > i ? e : i + 1;
	}
}

void
date_fields(const char *s, size_t len, field_cb cb, void *arg)
{
	task_fields(s, len, 0, cb, NULL, arg);
}

/* ---- deadlines ---- */

/* A whole word w at s[i], any case: its length, or 0. */
static size_t
word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = has_word(s, len, i, w);

	return n > 0 && !is_alnum(at(s, len, i + n)) ? n : 0;
}

/* Blanks, then a whole word of the NULL-ended list: index and *i past
 * it, or -1. */
static int
next_word(const char *s, size_t len, size_t *i, const char *const *ws)
{
	size_t j = skip_blanks(s, len, *i), n;

	unsigned char c = to_lower(at(s, len, j));

	for (int k = 0; ws[k] != NULL; k++)
		if (to_lower((unsigned char)ws[k][0]) == c &&
		    (n = word_at(s, len, j, ws[k])) > 0) {
			*i = j + n;
			return k;
		}
	return -1;
}

/* Skip blanks and any of the filler words ("the", "of") in ws. */
static size_t
skip_words(const char *s, size_t len, size_t i, const char *const *ws)
{
	size_t j = i;

	while (next_word(s, len, &j, ws) >= 0)
		i = j;
	return skip_blanks(s, len, i);
}

static long
month_end(int y, int m)
{
	return date_days(y, m, month_days(y, m));
}

/* The day n months after day (the day clamped to the month's end). */
static long
add_months(long day, long n)
{
	int y, m, d;
	long mm;

	date_ymd(day, &y, &m, &d);
	mm = (long)y * 12 + (m - 1) + n;
	if (mm < 12 || mm > 9999L * 12 + 11)
		return day;
	y = (int)(mm / 12);
	m = (int)(mm % 12) + 1;
	return date_days(y, m, d > month_days(y, m) ? month_days(y, m) : d);
}

static int
ref_year(const struct date_ref *r)
{
	int y, m, d;

	date_ymd(r->today, &y, &m, &d);
	return y;
}

/* The last day of the period (length months, aligned to the year) that
 * holds day, moved on by next periods. */
static long
period_end(long day, int months, int next)
{
	int y, m, d;

	date_ymd(day, &y, &m, &d);
	m = ((m - 1) / months + 1 + next) * months;
	while (m > 12)
		m -= 12, y++;
	return month_end(y, m);
}

/* A day of month and year not given: the context's year, else the
 * first on or after the reference day. */
static long
next_date(const struct date_ref *r, int m, int d, int *ok)
{
	int y = r->year ? r->year : ref_year(r);
	long day;

	*ok = date_valid(y, m, d) || (m == 2 && d == 29);
	if (!date_valid(y, m, d))
		d = month_days(y, m);
	day = date_days(y, m, d);
	if (!r->year && day < r->today) {
		y++;
		day = date_days(y, m, d > month_days(y, m) ? month_days(y, m) :
		    d);
	}
	return day;
}

static const char *const number_words[] = { "a", "an", "one", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", NULL };
static const int number_values[] = { 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
	11, 12 };
static const char *const tens_words[] = { "fifteen", "eighteen", "twenty",
	"thirty", "forty", "fifty", "sixty", "ninety", NULL };
static const int tens_values[] = { 15, 18, 20, 30, 40, 50, 60, 90 };

/* Units of a span, and their lengths: in days (> 0) or months (< 0). */
static const char *const unit_words[] = { "days", "day", "weeks", "week",
	"fortnight", "months", "month", "quarters", "quarter", "semesters",
	"semester", "years", "year", "yrs", "yr", NULL };
static const int unit_len[] = { 1, 1, 7, 7, 14, -1, -1, -3, -3, -6, -6,
	-12, -12, -12, -12 };

/* A count at s[i]: digits (up to 3) or a number word; *i past it. */
static int
count_at(const char *s, size_t len, size_t *i)
{
	size_t j = *i;
	int k, v = 0;

	if (is_digit(at(s, len, j))) {
		while (is_digit(at(s, len, j)) && j - *i < 3)
			v = v * 10 + (s[j++] - '0');
		if (is_digit(at(s, len, j)) || !num_end(s, len, j))
			return -1;
		*i = j;
		return v;
	}
	if ((k = next_word(s, len, &j, number_words)) >= 0)
		v = number_values[k];
	else if ((k = next_word(s, len, &j, tens_words)) >= 0)
		v = tens_values[k];
	else
		return -1;
	*i = j;
	return v;
}

/* "N units" (with "next", "coming" before): the span from the
 * reference day; *i past it, or 0. */
static int
span_at(const char *s, size_t len, size_t *i, const struct date_ref *r,
    long *day)
{
	static const char *const fill[] = { "the", "next", "coming",
		"following", "couple", "of", NULL };
	size_t j = skip_words(s, len, *i, fill);
	int n, k;

	if ((n = count_at(s, len, &j)) <= 0)
		return 0;
	/* "a couple of": skip_words took "couple of" after "a". */
	j = skip_words(s, len, j, fill + 4);
	if ((k = next_word(s, len, &j, unit_words)) < 0)
		return 0;
	*day = unit_len[k] > 0 ? r->today + (long)n * unit_len[k] :
	    add_months(r->today, (long)n * -unit_len[k]);
	*i = j;
	return 1;
}

static const char *const weekday_words[] = { "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", NULL };

/* Seasons end: spring May, summer August, fall November, winter
 * February (northern meteorological seasons). */
static const char *const season_words[] = { "spring", "summer", "fall",
	"autumn", "winter", NULL };
static const int season_end[] = { 5, 8, 11, 11, 2 };

/* Periods named by a word: their length in months (0: a week). */
static const char *const period_words[] = { "week", "month", "quarter",
	"semester", "term", "half", "year", "season", NULL };
static const int period_months[] = { 0, 1, 3, 6, 6, 6, 12, 3 };

/* End of the period "this/next/the WORD" at s[*i] (after the word
 * "this" or "next", which say how many to move on). */
static int
period_at(const char *s, size_t len, size_t *i, const struct date_ref *r,
    int next, long *day)
{
	static const char *const fill[] = { "fiscal", "financial", "school",
		"academic", "calendar", "current", "work", "co-op", NULL };
	size_t j = skip_words(s, len, *i, fill);
	int k, mo;
	long base = r->today;

	if (r->year && r->year != ref_year(r))
		base = date_days(r->year, 1, 1);
	if ((k = next_word(s, len, &j, period_words)) >= 0) {
		mo = period_months[k];
		if (mo == 0)
			*day = base - date_weekday(base) + 6 + 7L * next;
		else
			*day = period_end(base, mo, next);
	} else if ((k = next_word(s, len, &j, season_words)) >= 0) {
		int y = ref_year(r), m2 = season_end[k];

		*day = month_end(y, m2);
		if (*day < r->today)
			*day = month_end(y + 1, m2);
	} else
		return 0;
	if (at(s, len, j) == '-' && word_at(s, len, j + 1, "end"))
		j += 4;		/* "year-end" */
	*i = j;
	return 1;
}

/* "Qn", "Hn", "first quarter", "second half" with an optional year;
 * without one, the context's year or the next to come. */
static int
part_at(const char *s, size_t len, size_t *i, const struct date_ref *r,
    long *day)
{
	static const char *const ord[] = { "first", "second", "third",
		"fourth", "1st", "2nd", "3rd", "4th", NULL };
	static const char *const part[] = { "quarter", "half", NULL };
	size_t j = skip_blanks(s, len, *i);
	unsigned char c = to_lower(at(s, len, j));
	int n, months, y;

	if ((c == 'q' || c == 'h') && is_digit(at(s, len, j + 1)) &&
	    num_end(s, len, j + 2)) {
		n = s[j + 1] - '0';
		months = c == 'q' ? 3 : 6;
		j += 2;
	} else if ((n = next_word(s, len, &j, ord)) >= 0) {
		n = n % 4 + 1;
		if ((months = next_word(s, len, &j, part)) < 0)
			return 0;
		months = months ? 6 : 3;
	} else
		return 0;
	if (n < 1 || n * months > 12)
		return 0;
	{
		size_t k = j;
		static const char *const of[] = { "of", NULL };

		next_word(s, len, &k, of);
		if ((y = year_after(s, len, &k)) >= 0)
			j = k;
		else if (r->year)
			y = r->year;
		else if (r->has_today) {
			y = ref_year(r);
			if (month_end(y, n * months) < r->today)
				y++;
		} else
			return 0;
	}
	if (!date_valid(y, 1, 1))
		return 0;
	*day = month_end(y, n * months);
	*i = j;
	return 1;
}

/* A day of the month at s[i]: 1..31 with st/nd/rd/th; *i past it. */
static int
mday_at(const char *s, size_t len, size_t *i)
{
	size_t j = *i;
	int v;

	if (!is_digit(at(s, len, j)))
		return -1;
	v = s[j++] - '0';
	if (is_digit(at(s, len, j)))
		v = v * 10 + (s[j++] - '0');
	if (has_word(s, len, j, "st") || has_word(s, len, j, "nd") ||
	    has_word(s, len, j, "rd") || has_word(s, len, j, "th"))
		j += 2;
	if (is_alnum(at(s, len, j)) || v < 1 || v > 31)
		return -1;
	*i = j;
	return v;
}

/* ", YYYY" or " YYYY" after a day and month; -1 if none. */
static int
year_tail(const char *s, size_t len, size_t *i)
{
	size_t j = *i;
	int y;

	if (at(s, len, j) == ',')
		j++;
	j = skip_blanks(s, len, j);
	if ((y = digits(s, len, j, 4)) < 0 || !num_end(s, len, j + 4))
		return -1;
	*i = j + 4;
	return y;
}

/* "March 31, 2027", "March 31st", "31 March 2027", "31st of March",
 * "March" alone (full names only; "May" only capitalised). */
static int
daymonth_at(const char *s, size_t len, size_t *i, const struct date_ref *r,
    int alone, long *day, int *ok)
{
	static const char *const of[] = { "of", NULL };
	size_t j = *i, k, n;
	int m, dd, y;

	if (is_digit(at(s, len, j))) {
		if ((dd = mday_at(s, len, &j)) < 0)
			return 0;
		k = j;
		next_word(s, len, &k, of);
		k = skip_blanks(s, len, k);
		if ((n = month_name(s + k, len - k, &m)) == 0)
			return 0;
		j = k + n;
	} else {
		if ((n = month_name(s + j, len - j, &m)) == 0)
			return 0;
		k = skip_blanks(s, len, j + n);
		if ((dd = mday_at(s, len, &k)) >= 0) {
			j = k;
		} else {
			/* A month alone: a whole name, not a verb. */
			if (!alone || n < 4 || (at(s, len, j + n - 1) == '.') ||
			    (m == 5 && s[j] != 'M') || (m == 3 && s[j] != 'M'))
				return 0;
			if (r->year)
				*day = month_end(r->year, m);
			else if (r->has_today)
				*day = next_date(r, m, month_days(ref_year(r), m),
				    ok);
			else
				return 0;
			*ok = 1;
			*i = j + n;
			return 1;
		}
	}
	if ((y = year_tail(s, len, &j)) >= 0) {
		*ok = date_valid(y, m, dd);
		*day = *ok ? date_days(y, m, dd) : 0;
	} else if (r->year || r->has_today)
		*day = next_date(r, m, dd, ok);
	else
		return 0;
	*i = j;
	return 1;
}

/* "31.03.2027", "3/31/2027": day and month in either order when only
 * one reading is a date; 2 when both are and differ (unclear). */
static int
numeric_at(const char *s, size_t len, size_t *i, long *day, int *ok)
{
	size_t j = *i, n1, n2;
	unsigned char sep;
	int a, b, y, ab, ba;

	n1 = is_digit(at(s, len, j + 1)) ? 2 : 1;
	if ((a = digits(s, len, j, n1)) < 0)
		return 0;
	sep = at(s, len, j + n1);
	if (sep != '.' && sep != '/')
		return 0;
	j += n1 + 1;
	n2 = is_digit(at(s, len, j + 1)) ? 2 : 1;
	if ((b = digits(s, len, j, n2)) < 0 || at(s, len, j + n2) != sep)
		return 0;
	j += n2 + 1;
	if ((y = digits(s, len, j, 4)) < 0 || is_digit(at(s, len, j + 4)) ||
	    is_alpha(at(s, len, j + 4)) ||
	    ((at(s, len, j + 4) == sep || at(s, len, j + 4) == '-') &&
	    is_digit(at(s, len, j + 5))))
		return 0;
	*i = j + 4;
	ab = date_valid(y, b, a);	/* day first */
	ba = date_valid(y, a, b);	/* month first */
	*ok = ab || ba;
	if (ab && ba && a != b)
		return 2;
	*day = ab ? date_days(y, b, a) : ba ? date_days(y, a, b) : 0;
	return 1;
}

/* What a phrase's keyword lets follow it. */
enum { W_ABS = 1, W_SPAN = 2, W_DAY = 4, W_PERIOD = 8 };

/* A time expression at s[i] that the keyword allows: its end, or 0;
 * d set to its day (DATE_BAD, DATE_UNCLEAR as the case may be). */
static size_t
expr_at(const char *s, size_t len, size_t i, const struct date_ref *r,
    int allow, struct pdate *d)
{
	static const char *const lead[] = { "the", "course", "month", "of",
		"this", NULL };
	static const char *const thisw[] = { "this", "next", "coming", NULL };
	static const char *const rel[] = { "today", "tonight", "tomorrow",
		"christmas", "year-end", "eoy", "yearend", NULL };
	size_t j, k, n;
	long day = 0;
	int ok = 1, rc, w, has_ref = r != NULL && r->has_today;
	struct date_ref none = { 0 };

	if (r == NULL)
		r = &none;
	i = skip_blanks(s, len, i);
	memset(d, 0, sizeof *d);
	/* "end of WHEN" and the absolute forms of date_when. */
	if ((allow & W_ABS) && (n = date_when(s + i, len - i, d)) > 0) {
		/* Not a bare year before a month or day: "2027 March". */
		return i + n;
	}
	if (allow & W_ABS) {
		j = i;
		if ((rc = numeric_at(s, len, &j, &day, &ok)) > 0) {
			d->kind = rc == 2 ? DATE_UNCLEAR : ok ? DATE_OK :
			    DATE_BAD;
			d->day = rc == 2 || !ok ? 0 : day;
			set_text(d, s + i, j - i);
			return j;
		}
	}
	j = i;
	/* "(at) the end of (this) PERIOD", "by year-end". */
	k = skip_words(s, len, j, lead);
	if (word_at(s, len, k, "end") || word_at(s, len, k, "close")) {
		k += 3 + (to_lower(at(s, len, k)) == 'c') * 2;
		j = skip_words(s, len, k, lead);
		allow |= W_PERIOD | W_ABS;
		if ((n = date_when(s + j, len - j, d)) > 0) {
			set_text(d, s + i, j + n - i);
			return j + n;
		}
	} else if (allow & (W_PERIOD | W_ABS | W_SPAN))
		j = k;
	if (!has_ref && r->year == 0)
		return 0;
	k = j;
	if ((allow & (W_PERIOD | W_ABS)) &&
	    (w = next_word(s, len, &k, thisw)) >= 0 &&
	    period_at(s, len, &k, r, w > 0, &day))
		j = k;
	else if ((allow & (W_PERIOD | W_ABS)) && (k = j,
	    part_at(s, len, &k, r, &day)))
		j = k;
	else if ((allow & (W_PERIOD | W_ABS)) && (k = j,
	    period_at(s, len, &k, r, 0, &day)))
		j = k;
	else if ((allow & W_SPAN) && has_ref && (k = j,
	    span_at(s, len, &k, r, &day)))
		j = k;
	else if ((allow & (W_ABS | W_DAY)) && (k = j,
	    daymonth_at(s, len, &k, r, (allow & W_ABS) != 0, &day, &ok)))
		j = k;
	else if ((allow & (W_ABS | W_DAY)) && has_ref && (k = j,
	    (w = next_word(s, len, &k, weekday_words)) >= 0))
		day = r->today + (w - date_weekday(r->today) + 7) % 7, j = k;
	else if (has_ref && (k = j,
	    (w = next_word(s, len, &k, rel)) >= 0) &&
	    (w < 3 || allow & (W_ABS | W_PERIOD))) {
		j = k;
		if (w < 3)
			day = r->today + (w == 2);
		else if (w == 3)
			day = next_date(r, 12, 25, &ok);
		else
			day = period_end(r->today, 12, 0);
	} else
		return 0;
	d->kind = ok ? DATE_OK : DATE_BAD;
	d->day = ok ? day : 0;
	set_text(d, s + i, j - i);
	return j;
}

/* Keywords that start a deadline phrase and what they allow. */
#define KW_THAN 6
static const struct {
	const char *word;
	int allow;
	int self;		/* the word is part of the expression, or (2)
				 * names how long, not when: a fallback */
} kwords[] = {
	{ "by", W_ABS | W_PERIOD, 0 },
	{ "before", W_ABS | W_PERIOD, 0 },
	{ "until", W_ABS | W_PERIOD, 0 },
	{ "till", W_ABS | W_PERIOD, 0 },
	{ "due", W_ABS | W_PERIOD, 0 },
	{ "deadline", W_ABS | W_PERIOD, 0 },
	{ "than", W_ABS | W_PERIOD, 0 },	/* no later than */
	{ "target", W_ABS | W_PERIOD, 0 },
	{ "in", W_ABS | W_PERIOD | W_SPAN, 0 },
	{ "within", W_ABS | W_PERIOD | W_SPAN, 0 },
	{ "during", W_ABS | W_PERIOD, 0 },
	{ "over", W_PERIOD | W_SPAN, 2 },
	{ "for", W_ABS | W_PERIOD | W_SPAN, 2 },
	{ "on", W_DAY, 0 },
	{ "at", W_PERIOD, 0 },
	{ "this", W_PERIOD, 1 },
	{ "next", W_PERIOD, 1 },
	{ "end", W_PERIOD, 1 },
	{ "tomorrow", W_PERIOD, 1 },
	{ "year-end", W_PERIOD, 1 },
	{ "eoy", W_PERIOD, 1 },
};

/* Where the expression of a deadline phrase at s[i] starts, or 0 (an
 * expression never starts the line's first byte, as the phrase is
 * before it, but for the words that are their own expression). */
static size_t
deadline_start(const char *s, size_t len, size_t i, int *allow, int *self)
{
	enum field f;
	size_t n, j, v, vlen;

	*allow = W_ABS;
	*self = 0;
	/* Emoji fields start with a byte past ASCII, Dataview fields with
	 * a bracket: most words need neither look. */
	if (at(s, len, i) >= 0x80 && (n = emoji_at(s, len, i, &f)) > 0 &&
	    f == F_DUE)
		return skip_blanks(s, len, i + n);
	if ((at(s, len, i) == '[' || at(s, len, i) == '(') &&
	    dataview_at(s, len, i, &f, &v, &vlen) > 0 && f == F_DUE)
		return v;
	if (!word_start(s, i) || !is_alpha(at(s, len, i)))
		return 0;
	for (size_t k = 0; k < sizeof kwords / sizeof kwords[0]; k++) {
		/* The first two letters before the whole word. */
		if (kwords[k].word[0] != to_lower(at(s, len, i)) ||
		    (kwords[k].word[1] != '\0' &&
		    kwords[k].word[1] != to_lower(at(s, len, i + 1))))
			continue;
		n = has_word(s, len, i, kwords[k].word);
		if (n == 0 || is_alnum(at(s, len, i + n)) ||
		    (at(s, len, i + n) == '-' && is_alpha(at(s, len, i + n + 1))))
			continue;
		/* "than" only as in "no later than". */
		if (k == KW_THAN && (i < 6 || !has_word(s, len, i - 6, "later ")))
			continue;
		*allow = kwords[k].allow;
		if ((*self = kwords[k].self) == 1)
			return i == 0 ? (size_t)-1 : i;
		/* "Deadline: D", "**Due date:** D", "due:D": after a colon
		 * blanks may lack, as in a field; else they are needed. */
		j = i + n;
		if (has_word(s, len, j, " date"))
			j += 5;
		while (at(s, len, j) == '*' || at(s, len, j) == '_')
			j++;
		if (at(s, len, j) == ':')
			j++, *allow |= W_ABS | W_PERIOD | W_SPAN;
		while (at(s, len, j) == '*' || at(s, len, j) == '_')
			j++;
		v = skip_blanks(s, len, j);
		return v > i + n ? v : 0;
	}
	return 0;
}

static size_t
found_deadline(struct pdate *d, const struct pdate *w, size_t j, size_t e,
    size_t *start)
{
	*d = *w;
	d->line = 0;
	d->col = j < INT_MAX ? (int)j + 1 : INT_MAX;
	if (start != NULL)
		*start = j;
	return e - j;
}

size_t
date_deadline_ref(const char *s, size_t len, const struct date_ref *r,
    struct pdate *d, size_t *start)
{
	struct pdate w;
	size_t j, e;
	int allow;

	/* A phrase with a keyword ("by", "within") wins over the words
	 * that are their own phrase ("next year", "tomorrow") and over a
	 * length of time ("for one quarter", "over 12 weeks"): "no worse
	 * than today, by 2027-06-30" and "for one quarter by 2027-03-31"
	 * are due on the date.  The first of those others is the
	 * fallback. */
	struct pdate self;
	size_t self_start = 0, self_end = 0;
	int is_self;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (!field_lead(c) && !is_alpha(c))
			continue;
		if (is_alpha(c) && !word_start(s, i))
			continue;
		j = deadline_start(s, len, i, &allow, &is_self);
		if (j == (size_t)-1)
			j = 0;
		else if (j == 0)
			continue;
		if (is_self && self_end > 0)
			continue;
		if (j >= len || (e = expr_at(s, len, j, r, allow, &w)) == 0)
			continue;
		j = skip_blanks(s, len, j);
		/* As written, but for a leading article: "end of Q2". */
		if (word_at(s, len, j, "the") && skip_blanks(s, len, j + 3) < e)
			j = skip_blanks(s, len, j + 3);
		if (is_self) {
			self = w;
			self_start = j;
			self_end = e;
			continue;
		}
		return found_deadline(d, &w, j, e, start);
	}
	if (self_end > 0)
		return found_deadline(d, &self, self_start, self_end, start);
	return 0;
}

size_t
date_expr(const char *s, size_t len, const struct date_ref *r,
    struct pdate *d)
{
	size_t e = expr_at(s, len, 0, r, W_ABS | W_PERIOD | W_SPAN, d);

	if (e > 0 && !num_end(s, len, e) && !is_alpha(at(s, len, e - 1)))
		return 0;
	return e;
}

int
date_deadline(const char *s, size_t len, struct pdate *d)
{
	return date_deadline_ref(s, len, NULL, d, NULL) > 0;
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
