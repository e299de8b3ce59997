/* fuzz_model: the plan document model on arbitrary bytes, with the
 * default goal marker and with keep_text; every string of the model is
 * read whole so that AddressSanitizer sees a bad length or a dangling
 * pointer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

static volatile unsigned sink;

static void
touch(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		sink += (unsigned char)s[i];
}

static void
touch_str(const char *s)
{
	if (s != NULL)
		touch(s, strlen(s) + 1);
}

static void
touch_date(const struct pdate *d)
{
	touch(d->text, strnlen(d->text, sizeof d->text));
	sink += (unsigned)d->kind + (unsigned)d->day;
}

static void
walk(const struct plan *p)
{
	size_t i, j;

	touch(p->src, p->srclen);
	for (i = 0; i < p->ngoals; i++) {
		const struct goal *g = &p->goals[i];

		touch_str(g->title);
		touch_date(&g->deadline);
		if (g->first + g->count > p->nms)
			abort();
		if (g->heading >= (long)p->nheadings)
			abort();
		for (j = 0; j < g->ntext; j++)
			touch(g->text[j].s, g->text[j].len);
		sink += (unsigned)goal_percent(g) + (unsigned)goal_total(g);
	}
	for (i = 0; i < p->nms; i++) {
		const struct milestone *m = &p->ms[i];

		touch_str(m->text);
		touch(m->src, m->srclen);
		for (j = 0; j < F_COUNT; j++)
			touch_date(&m->date[j]);
		touch_str(m->tags);
		touch_str(m->projects);
		touch_str(m->contexts);
		touch_str(m->recur);
		sink += (unsigned)m->priority + (unsigned char)m->mark;
		if (m->goal >= p->ngoals || m->priority > PRI_LOWEST)
			abort();
	}
	for (i = 0; i < p->nheadings; i++) {
		touch_str(p->headings[i].title);
		if (p->headings[i].parent >= (long)i)
			abort();
	}
	for (i = 0; i < p->nspans; i++)
		touch(p->spans[i].s, p->spans[i].len);
	touch_str(p->title);
	touch_str(p->tags);
	touch_date(&p->deadline);
	for (i = 0; i < p->nbad; i++)
		touch_date(&p->bad[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_ctx *plain, *text;
	struct plan_opts o = { .keep_text = 1 };
	char err[256];
	struct plan *p;

	if (plain == NULL) {
		plain = plan_ctx_new(NULL, err, sizeof err);
		text = plan_ctx_new(&o, err, sizeof err);
		if (plain == NULL || text == NULL)
			abort();
	}
	p = plan_parse(plain, "fuzz", (const char *)data, size);
	walk(p);
	plan_free(p);
	p = plan_parse(text, "fuzz", (const char *)data, size);
	walk(p);
	plan_free(p);
	return 0;
}
