/* plancheck: check every goal of plan documents against SMART rules. */
#define _XOPEN_SOURCE 700	/* realpath */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_SARIF };

static enum fmt fmt = FMT_TEXT;
static int fail_level = LV_ERROR;
static int scorecard, no_defaults;
static long today;
static const char **rfiles;		/* -r files, in order */
static size_t nrfiles;

static int found;			/* a finding at or above fail_level */
static int limit_hit;			/* a regex hit pcre2's limits */
static int nresults;			/* SARIF results written */

/* Scorecard totals: goals, and per letter the goals of each verdict. */
static size_t sc_goals, sc_count[5][3];
static const char verdicts[] = "+-?";
static const char letters[] = "SMART";

/* Rule sets by the .planrules file they came from (NULL: none), so
 * many plan files in one directory load their rules once. */
struct cached {
	char *path;
	struct ruleset *rs;	/* NULL: the rules file was bad */
};
static struct cached *cache;
static size_t ncache;

static void
usage(FILE *f)
{
	fprintf(f, "usage: %s [-f text|json|sarif] [-l LEVEL] [-r FILE]... "
	    "[-s] [--no-defaults] [--print-rules] [--today YYYY-MM-DD] "
	    "[file ...]\n", progname);
}

/* The built-in rules, the -r files or the .planrules file, compiled. */
static struct ruleset *
build(const char *planrules)
{
	struct ruleset *rs = ruleset_new();
	char err[1024];
	size_t i;
	int rc = 0;

	if (!no_defaults)
		rc = ruleset_read(rs, "<built-in>", builtin_rules,
		    strlen(builtin_rules), err, sizeof err);
	for (i = 0; rc == 0 && i < nrfiles; i++)
		rc = ruleset_load(rs, rfiles[i], err, sizeof err);
	if (rc == 0 && planrules != NULL)
		rc = ruleset_load(rs, planrules, err, sizeof err);
	if (rc == 0)
		rc = ruleset_compile(rs, err, sizeof err);
	if (rc != 0) {
		warnx("%s", err);
		ruleset_free(rs);
		return NULL;
	}
	return rs;
}

/* The nearest .planrules in the plan's directory or above it. */
static char *
find_planrules(const char *plan)
{
	char dir[PATH_MAX], *slash, *path;
	struct buf b = { 0 };
	struct stat st;

	if (!strcmp(plan, "-"))
		strcpy(dir, ".");
	else if ((slash = strrchr(plan, '/')) == NULL)
		strcpy(dir, ".");
	else if (slash == plan)
		strcpy(dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - plan), plan);
	if ((path = realpath(dir, NULL)) == NULL)
		return NULL;
	for (;;) {
		b.len = 0;
		buf_printf(&b, "%s/.planrules", strcmp(path, "/") ? path : "");
		if (stat(b.s, &st) == 0 && S_ISREG(st.st_mode))
			break;
		if ((slash = strrchr(path, '/')) == NULL || !strcmp(path, "/")) {
			buf_free(&b);
			free(path);
			return NULL;
		}
		slash[slash == path] = '\0';
	}
	free(path);
	return b.s;
}

static struct ruleset *
rules_for(const char *plan)
{
	char *path = find_planrules(plan);
	size_t i;

	for (i = 0; i < ncache; i++)
		if (path == NULL ? cache[i].path == NULL :
		    cache[i].path != NULL && !strcmp(path, cache[i].path)) {
			free(path);
			return cache[i].rs;
		}
	cache = xrealloc(cache, ncache + 1, sizeof *cache);
	cache[ncache].path = path;
	cache[ncache].rs = build(path);
	return cache[ncache++].rs;
}

/* ---- output ---- */

struct out {
	const struct plan *p;
	char (*score)[5];	/* scorecard: verdicts per goal */
};

static const char *const sarif_levels[4] = { "none", "note", "warning",
	"error" };

/* A file name as a URI reference: unreserved bytes and '/' as they are. */
static void
json_uri(const char *s)
{
	struct buf b = { 0 };

	for (; *s; s++)
		if (strchr("-._~/", *s) || (*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))
			buf_addc(&b, *s);
		else
			buf_printf(&b, "%%%02X", (unsigned char)*s);
	json_str(stdout, b.s ? b.s : "", b.len);
	buf_free(&b);
}

static void
print_json(const struct out *o, const struct finding *f)
{
	fputs("{\"file\":", stdout);
	json_cstr(stdout, o->p->name);
	printf(",\"line\":%ld,\"column\":%d,\"level\":\"%s\",\"rule\":",
	    f->line, f->col, level_names[f->rule.level]);
	json_cstr(stdout, f->rule.id);
	fputs(",\"criterion\":", stdout);
	json_cstr(stdout, f->rule.criterion);
	fputs(",\"goal\":", stdout);
	json_cstr(stdout, o->p->goals[f->goal].title);
	fputs(",\"message\":", stdout);
	json_cstr(stdout, f->message);
	fputs(",\"match\":", stdout);
	if (f->match != NULL)
		json_str(stdout, f->match, f->matchlen);
	else
		fputs("null", stdout);
	fputs("}\n", stdout);
}

static void
print_sarif(const struct out *o, const struct finding *f)
{
	fputs(nresults++ ? ",\n" : "\n", stdout);
	fputs("{\"ruleId\":", stdout);
	json_cstr(stdout, f->rule.id);
	printf(",\"level\":\"%s\",\"message\":{\"text\":",
	    sarif_levels[f->rule.level]);
	json_cstr(stdout, f->message);
	fputs("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":"
	    "{\"uri\":", stdout);
	json_uri(o->p->name);
	printf("},\"region\":{\"startLine\":%ld,\"startColumn\":%d}}}],"
	    "\"properties\":{\"criterion\":", f->line, f->col);
	json_cstr(stdout, f->rule.criterion);
	fputs(",\"goal\":", stdout);
	json_cstr(stdout, o->p->goals[f->goal].title);
	fputs("}}", stdout);
}

static void
on_finding(void *arg, const struct finding *f)
{
	struct out *o = arg;

	if (f->limit) {
		warnx("%s:%ld: rule %s: regex hit its %s limit on goal "
		    "\"%s\"", o->p->name, f->line, f->rule.id,
		    f->limit == 1 ? "match" : "depth or heap",
		    o->p->goals[f->goal].title);
		limit_hit = 1;
		return;
	}
	if ((int)f->rule.level >= fail_level)
		found = 1;
	if (scorecard)
		return;
	switch (fmt) {
	case FMT_JSON:
		print_json(o, f);
		break;
	case FMT_SARIF:
		print_sarif(o, f);
		break;
	default:
		printf("%s:%ld:%d: %s: %s [%s]\n", o->p->name, f->line, f->col,
		    level_names[f->rule.level], f->message, f->rule.id);
		break;
	}
}

/* Goals no SMART rule applies to (plain sections) have no row. */
static void
print_scores(const struct plan *p, char (*score)[5])
{
	const struct goal *gp;
	size_t g;
	int i;

	for (g = 0; g < p->ngoals; g++) {
		if (!memcmp(score[g], ".....", 5))
			continue;
		gp = &p->goals[g];
		if (fmt == FMT_JSON) {
			fputs("{\"file\":", stdout);
			json_cstr(stdout, p->name);
			printf(",\"line\":%ld,\"goal\":", gp->line);
			json_cstr(stdout, gp->title);
			for (i = 0; i < 5; i++)
				printf(",\"%c\":\"%c\"", letters[i],
				    score[g][i]);
			printf(",\"smart\":%s,\"deadline\":",
			    memchr(score[g], '-', 5) ? "false" : "true");
			json_date(stdout, &gp->deadline);
			fputs(",\"deadline_text\":", stdout);
			json_cstr(stdout, gp->deadline.kind == DATE_NONE ? NULL :
			    gp->deadline_text ? gp->deadline_text :
			    gp->deadline.text);
			fputs("}\n", stdout);
		} else {
			printf("%s:%ld:", p->name, gp->line);
			for (i = 0; i < 5; i++)
				printf(" %c%c", letters[i], score[g][i]);
			printf("  %s\n", gp->title);
		}
		for (i = 0; i < 5; i++)
			if (strchr(verdicts, score[g][i]))
				sc_count[i][strchr(verdicts, score[g][i]) -
				    verdicts]++;
		sc_goals++;
	}
}

static void
print_totals(void)
{
	int i, k;

	if (fmt == FMT_JSON) {
		printf("{\"total\":%zu", sc_goals);
		for (i = 0; i < 5; i++)
			for (k = 0; k < 3; k++)
				printf(",\"%c%c\":%zu", letters[i], verdicts[k],
				    sc_count[i][k]);
		fputs("}\n", stdout);
		return;
	}
	printf("total: %zu goal%s:", sc_goals, sc_goals == 1 ? "" : "s");
	for (i = 0; i < 5; i++)
		printf(" %c %zu+ %zu- %zu?", letters[i], sc_count[i][0],
		    sc_count[i][1], sc_count[i][2]);
	putchar('\n');
}

static int
check_file(struct plan_ctx *ctx, struct ruleset *rs, const char *path)
{
	struct plan *p = plan_load(ctx, path);
	struct out o;

	if (p == NULL) {
		warn("%s", path);
		return 2;
	}
	o.p = p;
	o.score = xcalloc(p->ngoals + 1, sizeof *o.score);
	ruleset_score(rs, p, today, on_finding, &o, o.score);
	if (scorecard)
		print_scores(p, o.score);
	free(o.score);
	plan_free(p);
	out_flush();
	return 0;
}

/* ---- SARIF frame: results stream out, the rules follow them ---- */

static void
sarif_begin(void)
{
	fputs("{\"version\":\"2.1.0\",\"$schema\":\"https://json.schemastore"
	    ".org/sarif-2.1.0.json\",\"runs\":[{\"results\":[", stdout);
}

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
sarif_end(struct ruleset **sets, size_t nsets)
{
	struct rule_info ri;
	const char *sep = "\n";
	size_t s, i;

	printf("\n],\"tool\":{\"driver\":{\"name\":\"plancheck\","
	    "\"version\":\"%s\",\"informationUri\":"
	    "\"https://github.com/planmark/planmark\",\"rules\":[",
	    PLANMARK_VERSION);
	for (s = 0; s < nsets; s++)
		for (i = 0; i < ruleset_count(sets[s]); i++) {
			ruleset_info(sets[s], i, &ri);
			if (seen_id(sets, nsets, s, i, ri.id))
				continue;
			fputs(sep, stdout);
			sep = ",\n";
			fputs("{\"id\":", stdout);
			json_cstr(stdout, ri.id);
			fputs(",\"shortDescription\":{\"text\":", stdout);
			json_cstr(stdout, ri.description);
			printf("},\"defaultConfiguration\":{\"level\":\"%s\"},"
			    "\"properties\":{\"criterion\":",
			    sarif_levels[ri.level]);
			json_cstr(stdout, ri.criterion);
			fputs("}}", stdout);
		}
	fputs("\n]}}}]}\n", stdout);
}

/* ---- main ---- */

static int
parse_args(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "today", required_argument, NULL, 'T' },
		{ "no-defaults", no_argument, NULL, 'N' },
		{ "print-rules", no_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const fmts[] = { "text", "json", "sarif", NULL };
	const char *todayarg = NULL;
	int c, k;

	rfiles = xcalloc(argc, sizeof *rfiles);
	/* getopt names argv[0] in its messages: say plancheck even when
	 * run by a path or a wrapper. */
	argv[0] = (char *)progname;
	while ((c = getopt_long(argc, argv, "f:l:r:shV", longopts, NULL)) != -1)
		switch (c) {
		case 'f':
			if ((k = opt_word("format", optarg, fmts)) < 0)
				return 2;
			fmt = (enum fmt)k;
			break;
		case 'l':
			if ((fail_level = level_parse(optarg)) <= LV_OFF) {
				warnx("unknown level '%s' (error, warning, "
				    "info)", optarg);
				return 2;
			}
			break;
		case 'r':
			rfiles[nrfiles++] = optarg;
			break;
		case 's':
			scorecard = 1;
			break;
		case 'N':
			no_defaults = 1;
			break;
		case 'P':
			fputs(builtin_rules, stdout);
			return out_close(0) ? 2 : -1;
		case 'T':
			todayarg = optarg;
			break;
		case 'h':
			usage(stdout);
			return out_close(0) ? 2 : -1;
		case 'V':
			print_version();
			return out_close(0) ? 2 : -1;
		default:
			usage(stderr);
			return 2;
		}
	if (!today_opt(todayarg, &today))
		return 2;
	return 0;
}

int
main(int argc, char *argv[])
{
	struct plan_opts po = { .keep_text = 1 };
	struct plan_ctx *ctx;
	struct ruleset *fixed = NULL, **used = NULL, *rs;
	size_t nused = 0, j;
	char err[300];
	int i, rc, status = 0;

	tool_init("plancheck");
	if ((rc = parse_args(argc, argv)) != 0) {
		free(rfiles);
		return rc < 0 ? 0 : rc;
	}
	if (nrfiles && (fixed = build(NULL)) == NULL) {
		free(rfiles);
		return 2;
	}
	if ((ctx = plan_ctx_new(&po, err, sizeof err)) == NULL) {
		warnx("%s", err);
		return 2;
	}
	plan_ctx_today(ctx, today);
	used = xcalloc(argc + 1, sizeof *used);
	if (fmt == FMT_SARIF && !scorecard)
		sarif_begin();
	for (i = optind; i == optind || i < argc; i++) {
		const char *path = i < argc ? argv[i] : "-";

		rs = fixed ? fixed : rules_for(path);
		if (rs == NULL) {
			status = 2;	/* its .planrules was bad: said so */
			continue;
		}
		for (j = 0; j < nused && used[j] != rs; j++)
			;
		if (j == nused)
			used[nused++] = rs;
		if (check_file(ctx, rs, path) != 0)
			status = 2;
	}
	if (fmt == FMT_SARIF && !scorecard)
		sarif_end(used, nused);
	if (scorecard)
		print_totals();
	if (status == 0 && limit_hit)
		status = 2;
	if (status == 0 && found)
		status = 1;
	ruleset_free(fixed);
	for (j = 0; j < ncache; j++) {
		free(cache[j].path);
		ruleset_free(cache[j].rs);
	}
	free(cache);
	free(used);
	free(rfiles);
	plan_ctx_free(ctx);
	return out_close(status);
}
