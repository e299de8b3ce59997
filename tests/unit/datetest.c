/*
 * datetest: drive date.c from stdin, one "COMMAND TEXT" line at a time,
 * and print one result line each (one per field for "fields"):
 *
 *	when TEXT		TEXT -> ok YYYY-MM-DD used=N | bad "T" used=N | none
 *	fields TEXT		field NAME ok YYYY-MM-DD [start,end) ...
 *	deadline TEXT		TEXT -> ok YYYY-MM-DD col=N | bad ... | none
 *	read REF[/YEAR] TEXT	TEXT -> ok YYYY-MM-DD "as written" | ... | none
 *				(a deadline as people write it, read on the
 *				day REF under a heading naming YEAR)
 *	parse TEXT		TEXT -> ok YYYY-MM-DD day=N | none
 *	isoweek YYYY-MM-DD	YYYY-Www weekday
 *	monday YYYY WW		YYYY-MM-DD | none
 *	valid Y M D		1 | 0
 *	days N			YYYY-MM-DD (day number to date)
 *	today [YYYY-MM-DD]	ok YYYY-MM-DD | none
 *
 * Echoed text shows tab, U+00A0, U+202F and U+FE0F as escapes, so that
 * test files need no invisible characters.  The driver also checks the
 * invariants of what it prints and says "MISMATCH" when one fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

static const char *const wdays[7] = {
	"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
};

/* Print bytes, invisible ones escaped. */
static void
show(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20 || c == 0x7f)
			printf("\\x%02x", c);
		else if (len - i >= 2 && memcmp(s + i, "\xC2\xA0", 2) == 0)
			fputs("\\u00a0", stdout), i += 1;
		else if (len - i >= 3 && memcmp(s + i, "\xE2\x80\xAF", 3) == 0)
			fputs("\\u202f", stdout), i += 2;
		else if (len - i >= 3 && memcmp(s + i, "\xEF\xB8\x8F", 3) == 0)
			fputs("\\ufe0f", stdout), i += 2;
		else
			putchar(c);
	}
}

/* A NUL-terminated copy of a short argument, for sscanf. */
static const char *
cstr(char *buf, size_t size, const char *s, size_t len)
{
	if (len >= size)
		len = size - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return buf;
}

/* " -> ok DATE" or " -> bad "TEXT"", after checking d's invariants. */
static void
show_date(const struct pdate *d)
{
	char buf[11];

	if (d->kind == DATE_OK) {
		date_format(d->day, buf);
		printf("ok %s", buf);
	} else if (d->kind == DATE_BAD) {
		fputs("bad \"", stdout);
		show(d->text, strlen(d->text));
		putchar('"');
	} else if (d->kind == DATE_UNCLEAR) {
		fputs("unclear \"", stdout);
		show(d->text, strlen(d->text));
		putchar('"');
	} else
		fputs("NONE?", stdout);
	if (strlen(d->text) >= sizeof d->text || d->line != 0)
		fputs(" MISMATCH", stdout);
}

static void
cmd_when(const char *s, size_t len)
{
	struct pdate d;
	size_t n = date_when(s, len, &d);

	fputs(" -> ", stdout);
	if (n == 0) {
		fputs(d.kind == DATE_NONE ? "none" : "none MISMATCH", stdout);
		return;
	}
	show_date(&d);
	printf(" used=%zu", n);
	/* The text is what was used, cut to fit. */
	if (strncmp(d.text, s, strlen(d.text)) != 0 || n > len)
		fputs(" MISMATCH", stdout);
}

static void
on_field(void *arg, enum field f, const struct pdate *d, size_t start,
    size_t end)
{
	int *count = arg;

	(*count)++;
	printf("field %s ", field_names[f]);
	show_date(d);
	printf(" [%zu,%zu)", start, end);
	if (d->col != (int)start + 1 || end <= start)
		fputs(" MISMATCH", stdout);
	putchar('\n');
}

static void
cmd_fields(const char *s, size_t len)
{
	int count = 0;

	date_fields(s, len, on_field, &count);
	if (count == 0)
		puts("field none");
}

static void
cmd_deadline(const char *s, size_t len)
{
	struct pdate d;

	fputs(" -> ", stdout);
	if (!date_deadline(s, len, &d)) {
		fputs("none", stdout);
		return;
	}
	show_date(&d);
	printf(" col=%d", d.col);
	if (d.col < 1 || (size_t)d.col > len)
		fputs(" MISMATCH", stdout);
}

static void
cmd_read(const char *s, size_t len)
{
	struct date_ref r = { .has_today = 1 };
	struct pdate d;
	char buf[16];
	size_t n, sp, start;

	for (sp = 0; sp < len && s[sp] != ' '; sp++)
		;
	if (sp < 10 || !date_parse(s, 10, &r.today) ||
	    (sp > 10 && (s[10] != '/' || sscanf(cstr(buf, sizeof buf, s + 11,
	    sp - 11), "%d", &r.year) != 1))) {
		fputs(" -> usage: read REF[/YEAR] TEXT", stdout);
		return;
	}
	s += sp + (sp < len);
	len -= sp + (sp < len);
	fputs(" -> ", stdout);
	if ((n = date_deadline_ref(s, len, &r, &d, &start)) == 0) {
		fputs("none", stdout);
		return;
	}
	show_date(&d);
	fputs(" \"", stdout);
	show(s + start, n);
	putchar('"');
	if (start + n > len || (size_t)d.col != start + 1)
		fputs(" MISMATCH", stdout);
}

static void
cmd_parse(const char *s, size_t len)
{
	long day;
	char buf[11];

	if (!date_parse(s, len, &day)) {
		fputs(" -> none", stdout);
		return;
	}
	date_format(day, buf);
	printf(" -> ok %s day=%ld", buf, day);
	if (len != 10 || memcmp(buf, s, 10) != 0)
		fputs(" MISMATCH", stdout);
}

static void
cmd_isoweek(const char *s, size_t len)
{
	long day, mon;
	int y, w;

	if (!date_parse(s, len, &day)) {
		fputs(" -> none", stdout);
		return;
	}
	date_isoweek(day, &y, &w);
	printf(" -> %04d-W%02d %s", y, w, wdays[date_weekday(day)]);
	mon = date_isoweek_monday(y, w);
	if (mon == -1 || day - mon != date_weekday(day))
		fputs(" MISMATCH", stdout);
}

static void
cmd_monday(const char *arg, size_t len)
{
	char tmp[64];
	const char *s = cstr(tmp, sizeof tmp, arg, len);
	int y, w;
	long day;
	char buf[11];

	if (sscanf(s, "%d %d", &y, &w) != 2) {
		fputs(" -> usage", stdout);
		return;
	}
	day = date_isoweek_monday(y, w);
	if (day == -1) {
		fputs(" -> none", stdout);
		return;
	}
	date_format(day, buf);
	printf(" -> %s", buf);
	if (date_weekday(day) != 0)
		fputs(" MISMATCH", stdout);
}

static void
cmd_valid(const char *arg, size_t len)
{
	char tmp[64];
	const char *s = cstr(tmp, sizeof tmp, arg, len);
	int y, m, d, yy, mm, dd;

	if (sscanf(s, "%d %d %d", &y, &m, &d) != 3) {
		fputs(" -> usage", stdout);
		return;
	}
	printf(" -> %d", date_valid(y, m, d));
	if (date_valid(y, m, d)) {
		/* A valid date survives the round trip. */
		date_ymd(date_days(y, m, d), &yy, &mm, &dd);
		if (yy != y || mm != m || dd != d)
			fputs(" MISMATCH", stdout);
	}
}

static void
cmd_days(const char *arg, size_t len)
{
	char tmp[64];
	const char *s = cstr(tmp, sizeof tmp, arg, len);
	long day;
	int y, m, d;
	char buf[11];

	if (sscanf(s, "%ld", &day) != 1) {
		fputs(" -> usage", stdout);
		return;
	}
	date_format(day, buf);
	printf(" -> %s", buf);
	date_ymd(day, &y, &m, &d);
	if (date_days(y, m, d) != day)
		fputs(" MISMATCH", stdout);
}

static void
cmd_today(const char *s, size_t len)
{
	long day;
	char buf[11], tmp[64];

	if (!date_today(len > 0 ? cstr(tmp, sizeof tmp, s, len) : NULL,
	    &day)) {
		fputs(" -> none", stdout);
		return;
	}
	date_format(day, buf);
	printf(" -> ok %s", buf);
}

/* Run one line; the text starts after the first space. */
static void
run(char *line, size_t len)
{
	char *sp = memchr(line, ' ', len);
	size_t clen = sp ? (size_t)(sp - line) : len;
	const char *s = sp ? sp + 1 : line + len;
	size_t slen = len - (size_t)(s - line);

	if (clen == 6 && memcmp(line, "fields", 6) == 0) {
		cmd_fields(s, slen);
		return;
	}
	show(line, len);
	if (clen == 4 && memcmp(line, "when", 4) == 0)
		cmd_when(s, slen);
	else if (clen == 8 && memcmp(line, "deadline", 8) == 0)
		cmd_deadline(s, slen);
	else if (clen == 4 && memcmp(line, "read", 4) == 0)
		cmd_read(s, slen);
	else if (clen == 5 && memcmp(line, "parse", 5) == 0)
		cmd_parse(s, slen);
	else if (clen == 7 && memcmp(line, "isoweek", 7) == 0)
		cmd_isoweek(s, slen);
	else if (clen == 6 && memcmp(line, "monday", 6) == 0)
		cmd_monday(s, slen);
	else if (clen == 5 && memcmp(line, "valid", 5) == 0)
		cmd_valid(s, slen);
	else if (clen == 4 && memcmp(line, "days", 4) == 0)
		cmd_days(s, slen);
	else if (clen == 5 && memcmp(line, "today", 5) == 0)
		cmd_today(s, slen);
	else
		fputs(" -> unknown command", stdout);
	putchar('\n');
}

int
main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	while ((n = getline(&line, &cap, stdin)) != -1) {
		if (n > 0 && line[n - 1] == '\n')
			n--;
		/* Give each line its own exact-size copy, so that a read
		 * past the slice's end is an ASan error, not a quiet one. */
		char *copy = malloc(n > 0 ? (size_t)n : 1);
		if (copy == NULL)
			return 2;
		memcpy(copy, line, (size_t)n);
		run(copy, (size_t)n);
		free(copy);
	}
	free(line);
	return ferror(stdout) || fflush(stdout) != 0 ? 2 : 0;
}
