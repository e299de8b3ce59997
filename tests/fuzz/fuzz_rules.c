/* fuzz_rules: two modes, by the first byte of the input.  Even: the rest
 * is a rules file, read and compiled (any error is fine), and the rules
 * that compile are run over a fixed plan.  Odd: the rest is a plan, and
 * the built-in rules run over it.  Every finding's strings are read
 * whole. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

static const char fixed_plan[] =
    "# Career plan\n"
    "\n"
    "## Goal: Lead the ledger project by 2027-06-30\n"
    "Measured by p99 latency under 20 ms; owner: Dana.\n"
    "- [x] Proposal done:2026-10-02\n"
    "- [/] Design doc due:2026-12-15\n"
    "- [ ] Review due:2026-11-20\n"
    "\n"
    "## Goal: get better at things\n"
    "- [ ] read\n"
    "\n"
    "- Goal: Mentor two engineers before Q2 2027\n"
    "  - [-] cancelled one\n";

static volatile unsigned sink;

static void
touch(const char *s, size_t len)
{
	size_t i;

	for (i = 0; s != NULL && i < len; i++)
		sink += (unsigned char)s[i];
}

static void
touch_str(const char *s)
{
	if (s != NULL)
		touch(s, strlen(s) + 1);
}

static void
on_finding(void *arg, const struct finding *f)
{
	const struct plan *p = arg;

	if (f->goal != FINDING_PLAN && f->goal >= p->ngoals && p->ngoals > 0)
		abort();
	touch_str(f->rule.id);
	touch_str(f->rule.criterion);
	touch_str(f->rule.description);
	touch_str(f->rule.message);
	touch_str(f->message);
	touch(f->match, f->matchlen);
}

static struct plan_ctx *
ctx(void)
{
	static struct plan_ctx *c;
	struct plan_opts o = { .keep_text = 1 };
	char err[256];

	if (c == NULL && (c = plan_ctx_new(&o, err, sizeof err)) == NULL)
		abort();
	return c;
}

static void
run(struct ruleset *rs, const char *s, size_t len)
{
	struct plan *p = plan_parse(ctx(), "fuzz", s, len);
	struct rule_info ri;
	size_t i;

	for (i = 0; i < ruleset_count(rs); i++) {
		ruleset_info(rs, i, &ri);
		touch_str(ri.id);
		touch_str(ri.message);
	}
	sink += ruleset_criteria(rs);
	ruleset_check(rs, p, date_days(2026, 11, 23), on_finding, p);
	plan_free(p);
}

/* Rules used on arbitrary plans: the built-in ones, read again from
 * their text, which must always compile. */
static struct ruleset *
fixed_rules(void)
{
	static struct ruleset *rs;
	char err[512];

	if (rs != NULL)
		return rs;
	rs = ruleset_new();
	if (ruleset_read(rs, "<built-in>", builtin_rules,
	    strlen(builtin_rules), err, sizeof err) == -1 ||
	    ruleset_compile(rs, err, sizeof err) == -1)
		abort();
	return rs;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + 1;
	struct ruleset *rs;
	char err[512];

	if (size == 0)
		return 0;
	if (data[0] & 1) {
		run(fixed_rules(), s, size - 1);
		return 0;
	}
	rs = ruleset_new();
	if (ruleset_read(rs, "fuzz", s, size - 1, err, sizeof err) == 0 &&
	    ruleset_compile(rs, err, sizeof err) == 0)
		run(rs, fixed_plan, sizeof fixed_plan - 1);
	else
		touch_str(err);
	ruleset_free(rs);
	return 0;
}
