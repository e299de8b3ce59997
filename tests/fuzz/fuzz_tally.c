/* fuzz_tally: plantally never changes a document's structure.  The first
 * byte picks the form (keep, fraction, percent, both) and --only-marked;
 * the rest is a plan.  plantally's own edits are made, the result read
 * back, and its model must be the one read before but for the tallies:
 * the same goals (kind, place, title, counts, deadline), headings and
 * milestones.  A second run must change nothing. */
/* First: plantally.c sets the feature macros. */
#define main plantally_main
#include "plantally.c"
#undef main

#include <stdint.h>

static void
same_date(const struct pdate *a, const struct pdate *b)
{
	if (a->kind != b->kind || (a->kind == DATE_OK && a->day != b->day))
		abort();
}

static void
same_model(const struct plan *a, const struct plan *b)
{
	size_t i, f;

	if (a->ngoals != b->ngoals || a->nms != b->nms ||
	    a->nheadings != b->nheadings || a->nbad != b->nbad)
		abort();
	for (i = 0; i < a->ngoals; i++) {
		const struct goal *x = &a->goals[i], *y = &b->goals[i];

		if (x->kind != y->kind || x->line != y->line ||
		    x->col != y->col || x->heading != y->heading ||
		    x->first != y->first || x->count != y->count ||
		    memcmp(x->n, y->n, sizeof x->n) != 0 ||
		    (x->kind != G_PREAMBLE && strcmp(x->title, y->title)))
			abort();
		same_date(&x->deadline, &y->deadline);
		same_date(&x->start, &y->start);
	}
	for (i = 0; i < a->nheadings; i++)
		if (a->headings[i].line != b->headings[i].line ||
		    a->headings[i].level != b->headings[i].level ||
		    a->headings[i].parent != b->headings[i].parent ||
		    strcmp(a->headings[i].title, b->headings[i].title))
			abort();
	for (i = 0; i < a->nms; i++) {
		const struct milestone *x = &a->ms[i], *y = &b->ms[i];

		if (x->line != y->line || x->col != y->col ||
		    x->depth != y->depth || x->state != y->state ||
		    x->goal != y->goal || strcmp(x->text, y->text))
			abort();
		for (f = 0; f < F_COUNT; f++)
			same_date(&x->date[f], &y->date[f]);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_ctx *ctx;
	static const enum tally_form forms[] = { TALLY_NONE, TALLY_FRACTION,
	    TALLY_PERCENT, TALLY_BOTH };
	struct tally t = { .form = TALLY_NONE };
	struct edits ed = { 0 }, ed2 = { 0 };
	struct buf out = { 0 };
	struct plan *a, *b;
	char err[256];

	if (ctx == NULL) {
		if ((ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL)
			abort();
		set_progname("fuzz_tally");
	}
	if (size == 0)
		return 0;
	t.form = forms[data[0] & 3];
	t.only_marked = (data[0] >> 2) & 1;
	data++, size--;
	a = plan_parse(ctx, "plan", (const char *)data, size);
	find_edits(&t, a, &ed);
	apply_edits((const char *)data, size, &ed, &out);
	b = plan_parse(ctx, "plan", out.s ? out.s : "", out.len);
	same_model(a, b);
	/* Tallied once, tallied for good. */
	find_edits(&t, b, &ed2);
	if (ed2.n != 0)
		abort();
	plan_free(a);
	plan_free(b);
	buf_free(&out);
	free(ed.v);
	free(ed2.v);
	return 0;
}
