/* fuzz_date: the date parsers on arbitrary slices.  Each parser gets an
 * exact-size heap copy, so reading one byte past the slice is caught. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

static volatile long sink;

static void
field(void *arg, enum field f, const struct pdate *d, size_t start,
    size_t end)
{
	size_t len = *(size_t *)arg;

	if (start > end || end > len || (unsigned)f >= F_COUNT)
		abort();
	sink += d->day + (long)strnlen(d->text, sizeof d->text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size ? size : 1);
	struct pdate d;
	size_t n;
	long day;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	memset(&d, 0, sizeof d);
	n = date_when(s, size, &d);
	if (n > size)
		abort();
	if (n > 0 && d.kind == DATE_OK) {
		char out[11];

		date_format(d.day, out);
		sink += out[0];
	}
	date_fields(s, size, field, &size);
	memset(&d, 0, sizeof d);
	if (date_deadline(s, size, &d) && (d.col < 1 || (size_t)d.col > size))
		abort();
	if (date_parse(s, size, &day))
		sink += day;
	/* Deadlines as people write them, against a day and a year. */
	{
		struct date_ref r = { .today = 20780, .has_today = 1,
			.year = size % 2 ? 2027 : 0 };
		size_t start = 0;

		memset(&d, 0, sizeof d);
		n = date_deadline_ref(s, size, &r, &d, &start);
		if (n > 0 && (start + n > size || d.col < 1))
			abort();
		memset(&d, 0, sizeof d);
		if (date_expr(s, size, &r, &d) > size)
			abort();
	}
	free(s);
	return 0;
}
