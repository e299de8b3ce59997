/* plancheck: check every goal of plan documents against SMART rules. */
#define _XOPEN_SOURCE 700	/* realpath */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_SARIF };	/* as in fmts[] */

static const char *const fmts[] = { "text", "json", "sarif", NULL };
static const char letters[] = "SMART";
static const char verdicts[] = "+-?";
/* Levels as compilers colour them. */
static const enum hue level_hue[4] = { H_NONE, H_CYAN, H_YELLOW, H_RED };

struct check {
	struct cli cli;
	int fail_level;
	int scorecard, no_defaults;
	const char *since;		/* --since REV: only new findings */
	const char **rfiles;		/* -r files, in order */
	size_t nrfiles;
	struct ruleset *fixed;		/* from -r, for every plan */
	struct ruleset **used;		/* for SARIF's rule list */
	size_t nused;

	int found;			/* a finding at or above fail_level */
	int limit_hit;			/* a regex hit pcre2's limits */
	int nresults;			/* SARIF results written */
	/* Scorecard totals: goals, and per letter the goals of each
	 * verdict (+ - ?). */
	size_t sc_goals, sc_count[5][3];
	struct buf out;
	struct record rec;
};

/* The built-in rules, the -r files or the .planrules file, compiled
 * (cli.build); NULL with *bad set after saying why not. */
static struct ruleset *
build(void *tool, const char *planrules, int *bad)
{
	const struct check *t = tool;
	struct ruleset *rs = ruleset_new();
	char err[1024];
	size_t i;
	int rc = 0;

	if (!t->no_defaults)
		rc = ruleset_read(rs, "<built-in>", builtin_rules,
		    strlen(builtin_rules), err, sizeof err);
	for (i = 0; rc == 0 && i < t->nrfiles; i++)
		rc = ruleset_load(rs, t->rfiles[i], err, sizeof err);
	if (rc == 0 && planrules != NULL)
		rc = ruleset_load(rs, planrules, err, sizeof err);
	if (rc == 0)
		rc = ruleset_compile(rs, err, sizeof err);
	if (rc != 0) {
		warnx("%s", err);
		ruleset_free(rs);
		*bad = 1;
		return NULL;
	}
	return rs;
}

/* The title of a finding's goal; "" for one on the plan itself. */
static const char *
finding_goal(const struct plan *p, const struct finding *f)
{
	return f->goal == FINDING_PLAN ? "" :
	    goal_title(p, &p->goals[f->goal]);
}

/* ---- findings already in an older version (--since) ---- */

/* A finding as it is compared across versions: rule, goal and message
 * (which names what matched), not the line, which moves. */
static char *
finding_key(const struct plan *p, const struct finding *f)
{
	struct buf b = { 0 };

	buf_printf(&b, "%s%c%s%c%s", f->rule.id, '\x1f',
	    finding_goal(p, f), '\x1f', f->message);
	return b.s;
}

struct known {
	const struct plan *p;
	char **key;
	unsigned char *used;
	size_t n, cap;
};

static void
on_old(void *arg, const struct finding *f)
{
	struct known *k = arg;

	if (f->limit)
		return;
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 64;
		k->key = xrealloc(k->key, k->cap, sizeof *k->key);
	}
	k->key[k->n++] = finding_key(k->p, f);
}

static int
by_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether a finding was there already, each old one standing for one
 * new one at most. */
static int
known_before(struct known *k, const struct plan *p, const struct finding *f)
{
	char *key = finding_key(p, f);
	size_t lo = 0, hi = k->n, i;
	int found = 0;

	while (lo < hi) {	/* the first key not below */
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(k->key[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < k->n && !strcmp(k->key[i], key); i++)
		if (!k->used[i]) {
			k->used[i] = 1;
			found = 1;
			break;
		}
	free(key);
	return found;
}

static void
known_free(struct known *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		free(k->key[i]);
	free(k->key);
	free(k->used);
}

/*
 * The findings of the plan as it was in --since REV, under the same
 * rules: 0, with none when REV has no such file (every finding is new),
 * or 2 after saying why REV could not be read.
 */
static int
known_load(struct check *t, struct ruleset *rs, const char *path,
    struct known *k)
{
	char msg[512], *buf;
	size_t len;
	struct plan *old;
	struct buf name = { 0 };
	int rc;

	if (!strcmp(path, "-")) {
		warnx("--since: standard input is in no revision");
		return 2;
	}
	if ((rc = git_show(t->since, path, &buf, &len, msg, sizeof msg)) ==
	    -1) {
		warnx("%s:%s: %s", t->since, path, msg);
		return 2;
	}
	if (rc == -2)
		return 0;
	git_warnings(t->since, path, msg);
	buf_printf(&name, "%s:%s", t->since, path);
	old = plan_parse(t->cli.ctx, name.s, buf, len);
	buf_free(&name);
	free(buf);
	k->p = old;
	ruleset_check(rs, old, t->cli.today, on_old, k);
	k->p = NULL;
	plan_free(old);
	if (k->n > 0)
		qsort(k->key, k->n, sizeof *k->key, by_key);
	k->used = xcalloc(k->n + 1, 1);
	return 0;
}

/* ---- output ---- */

struct out {
	struct check *t;
	const struct plan *p;
	char (*score)[5];	/* scorecard: verdicts per goal */
	struct known *known;	/* --since: findings not to report */
};

/* A finding, for JSON and SARIF alike. */
static void
finding_record(struct record *r, const struct plan *p,
    const struct finding *f)
{
	long ol;

	rec_str(r, "file", plan_where(p, f->line, &ol));
	rec_num(r, "line", ol);
	rec_num(r, "column", f->col);
	rec_str(r, "level", level_names[f->rule.level]);
	rec_str(r, "rule", f->rule.id);
	rec_str(r, "criterion", f->rule.criterion);
	rec_str(r, "goal", f->goal == FINDING_PLAN ? NULL :
	    finding_goal(p, f));
	rec_str(r, "message", f->message);
	if (f->match != NULL)
		rec_strn(r, "match", f->match, f->matchlen);
	else
		rec_null(r, "match");
}

static void
on_finding(void *arg, const struct finding *f)
{
	struct out *o = arg;
	struct check *t = o->t;
	long ol;
	const char *where = plan_where(o->p, f->line, &ol);

	if (f->limit) {
		warnx("%s:%ld: rule %s: regex hit its %s limit on goal "
		    "\"%s\"", where, ol, f->rule.id,
		    f->limit == 1 ? "match" : "depth or heap",
		    finding_goal(o->p, f));
		t->limit_hit = 1;
		return;
	}
	if (o->known != NULL && known_before(o->known, o->p, f))
		return;
	if ((int)f->rule.level >= t->fail_level)
		t->found = 1;
	if (t->scorecard)
		return;
	switch ((enum fmt)t->cli.format) {
	case FMT_JSON:
	case FMT_SARIF:
		rec_clear(&t->rec);
		finding_record(&t->rec, o->p, f);
		if (t->cli.format == FMT_JSON)
			out_json(&t->out, &t->rec);
		else
			sarif_result(&t->out, &t->rec, t->nresults++ == 0);
		out_write(&t->out);
		break;
	default:
		/* The message and the id may come from a .planrules. */
		buf_printf(&t->out, "%s:%ld:%d: %s%s:%s ", where, ol, f->col, out_colour(t->cli.colour, level_hue[f->rule.level]),
		    level_names[f->rule.level],
		    out_colour(t->cli.colour, H_END));
		out_text(&t->out, f->message);
		BUF_LIT(&t->out, " [");
		out_text(&t->out, f->rule.id);
		BUF_LIT(&t->out, "]\n");
		out_write(&t->out);
		break;
	}
}

/* A row per goal some SMART rule applies to: plain sections have none. */
static void
print_scores(struct check *t, const struct plan *p, char (*score)[5])
{
	const struct goal *gp;
	const char *v;
	char key[2] = "S";
	const char *where;
	size_t g;
	long ol;
	int i;

	for (g = 0; g < p->ngoals; g++) {
		if (!memcmp(score[g], ".....", 5))
			continue;
		gp = &p->goals[g];
		where = plan_where(p, gp->line, &ol);
		if (t->cli.format == FMT_JSON) {
			json_begin(&t->out, NULL);
			json_kstr(&t->out, "file", where);
			json_knum(&t->out, "line", ol);
			json_kstr(&t->out, "goal", goal_title(p, gp));
			for (i = 0; i < 5; i++) {
				char val[2] = { score[g][i], '\0' };

				key[0] = letters[i];
				json_kstr(&t->out, key, val);
			}
			json_kbool(&t->out, "smart", !memchr(score[g], '-', 5));
			json_kdate(&t->out, "deadline", &gp->deadline);
			json_kstr(&t->out, "deadline_text",
			    gp->deadline.kind == DATE_NONE ? NULL :
			    gp->deadline_text ? gp->deadline_text :
			    gp->deadline.text);
			json_end(&t->out);
			buf_addc(&t->out, '\n');
		} else {
			buf_printf(&t->out, "%s:%ld:", where, ol);
			for (i = 0; i < 5; i++)
				buf_printf(&t->out, " %c%c", letters[i],
				    score[g][i]);
			BUF_LIT(&t->out, "  ");
			out_text(&t->out, goal_title(p, gp));
			buf_addc(&t->out, '\n');
		}
		out_write(&t->out);
		for (i = 0; i < 5; i++)
			if ((v = strchr(verdicts, score[g][i])) != NULL &&
			    score[g][i] != '\0')
				t->sc_count[i][v - verdicts]++;
		t->sc_goals++;
	}
}

static void
print_totals(struct check *t)
{
	char key[3] = "S+";
	int i, k;

	if (t->cli.format == FMT_JSON) {
		json_begin(&t->out, NULL);
		json_knum(&t->out, "total", (long long)t->sc_goals);
		for (i = 0; i < 5; i++)
			for (k = 0; k < 3; k++) {
				key[0] = letters[i];
				key[1] = verdicts[k];
				json_knum(&t->out, key,
				    (long long)t->sc_count[i][k]);
			}
		json_end(&t->out);
		buf_addc(&t->out, '\n');
	} else {
		buf_printf(&t->out, "total: %zu goal%s:", t->sc_goals,
		    t->sc_goals == 1 ? "" : "s");
		for (i = 0; i < 5; i++)
			buf_printf(&t->out, " %c %zu+ %zu- %zu?", letters[i],
			    t->sc_count[i][0], t->sc_count[i][1],
			    t->sc_count[i][2]);
		buf_addc(&t->out, '\n');
	}
	out_write(&t->out);
}

static int
check_plan(void *tool, const char *path, struct plan *p)
{
	struct check *t = tool;
	struct ruleset *rs;
	struct out o;
	struct known known;
	size_t j;

	rs = t->fixed ? t->fixed : t->cli.rules;
	for (j = 0; j < t->nused && t->used[j] != rs; j++)
		;
	if (j == t->nused) {
		t->used = xrealloc(t->used, t->nused + 1, sizeof *t->used);
		t->used[t->nused++] = rs;
	}
	o.t = t;
	o.p = p;
	o.known = NULL;
	if (t->since != NULL && !t->scorecard) {
		memset(&known, 0, sizeof known);
		if (known_load(t, rs, path, &known) != 0)
			return 2;
		o.known = &known;
	}
	o.score = xcalloc(p->ngoals + 1, sizeof *o.score);
	ruleset_score(rs, p, t->cli.today, on_finding, &o, o.score);
	if (t->scorecard)
		print_scores(t, p, o.score);
	free(o.score);
	if (o.known != NULL)
		known_free(&known);
	return 0;
}

/* ---- SARIF's rules: every rule of every set used, once ---- */

static int
seen_id(struct ruleset **sets, size_t nsets, size_t upto, size_t j,
    const char *id)
{
	struct rule_info ri;
	size_t s, i;

	for (s = 0; s <= upto && s < nsets; s++)
		for (i = 0; i < ruleset_count(sets[s]) &&
		    (s < upto || i < j); i++) {
			ruleset_info(sets[s], i, &ri);
			if (!strcmp(ri.id, id))
				return 1;
		}
	return 0;
}

static void
sarif_close(struct check *t)
{
	struct rule_info ri;
	size_t s, i;
	int first = 1;

	sarif_rules(&t->out, "plancheck");
	for (s = 0; s < t->nused; s++)
		for (i = 0; i < ruleset_count(t->used[s]); i++) {
			ruleset_info(t->used[s], i, &ri);
			if (seen_id(t->used, t->nused, s, i, ri.id))
				continue;
			sarif_rule(&t->out, &ri, first);
			first = 0;
		}
	sarif_end(&t->out);
	out_write(&t->out);
}

/* ---- main ---- */

enum { O_NO_DEFAULTS = 256, O_PRINT_RULES, O_SINCE };

static int
option(void *tool, int c, const char *arg)
{
	struct check *t = tool;

	switch (c) {
	case 'l':
		if ((t->fail_level = level_parse(arg)) <= LV_OFF) {
			warnx("unknown level '%s' (error, warning, info)", arg);
			return 2;
		}
		return -1;
	case 'r':
		t->rfiles = xrealloc(t->rfiles, t->nrfiles + 1,
		    sizeof *t->rfiles);
		t->rfiles[t->nrfiles++] = arg;
		return -1;
	case 's':
		t->scorecard = 1;
		return -1;
	case O_NO_DEFAULTS:
		t->no_defaults = 1;
		return -1;
	case O_SINCE:
		t->since = arg;
		return -1;
	case O_PRINT_RULES:
		fputs(builtin_rules, stdout);
		return out_close(0);
	default:
		return 2;
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "no-defaults", no_argument, NULL, O_NO_DEFAULTS },
		{ "print-rules", no_argument, NULL, O_PRINT_RULES },
		{ "since", required_argument, NULL, O_SINCE },
		{ NULL, 0, NULL, 0 }
	};
	struct check t = { .fail_level = LV_ERROR };
	int status;

	cli_init("plancheck");
	t.cli = (struct cli){
		.synopsis = "[-f text|json|sarif] [-l LEVEL] [-r FILE]... "
		    "[-s] [--no-defaults] [--print-rules] [--since REV] "
		    "[-G regex] [--today YYYY-MM-DD] [file ...]",
		.help = "  -l LEVEL           fail (exit 1) at findings of "
		    "LEVEL or above: error (default), warning, info\n"
		    "  -r FILE            rules from FILE, for every plan, "
		    "instead of .planrules\n"
		    "  -s                 a SMART scorecard of each goal, not "
		    "the findings\n"
		    "  --no-defaults      without the built-in rules\n"
		    "  --print-rules      print the built-in rules\n"
		    "  --since REV        only findings the file did not have "
		    "in git at REV\n",
		.formats = fmts,
		.flags = CLI_TODAY | CLI_MARKER | CLI_PLANS | CLI_FILTER |
		    CLI_RULES,
		.build = build,
		.shortopts = "l:r:s",
		.longopts = longopts,
		.option = option,
		.tool = &t,
		.po = { .keep_text = 1 },
	};
	if ((status = cli_parse(&t.cli, argc, argv)) >= 0) {
		free(t.rfiles);
		return status;
	}
	if (t.nrfiles) {	/* -r: for every plan, no .planrules */
		int bad = 0;

		if ((t.fixed = build(&t, NULL, &bad)) == NULL) {
			free(t.rfiles);
			return cli_end(&t.cli, 2);
		}
		t.cli.flags &= ~CLI_RULES;
		plan_ctx_sections(t.cli.ctx, ruleset_sections(t.fixed));
	}
	if (t.cli.format == FMT_SARIF && !t.scorecard) {
		sarif_begin(&t.out);
		out_write(&t.out);
	}
	status = cli_each(&t.cli, check_plan);
	if (t.cli.format == FMT_SARIF && !t.scorecard)
		sarif_close(&t);
	if (t.scorecard)
		print_totals(&t);
	if (status == 0 && t.limit_hit)
		status = 2;
	if (status == 0 && t.found)
		status = 1;
	ruleset_free(t.fixed);
	free(t.used);
	free(t.rfiles);
	buf_free(&t.out);
	rec_free(&t.rec);
	return cli_end(&t.cli, status);
}
