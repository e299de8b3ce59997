/* cli.c: the tool frame: common options, the loop over operands, exit
 * status, version and help. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmark.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "plan.h"

/* Short options every tool has; the frame's long ones follow. */
#define COMMON_SHORT "hV"
enum { O_TODAY = 1000, O_HELP, O_VERSION, O_COLOR, O_TAG, O_PRIORITY,
    O_STATE, O_DUE, O_DONE, O_GOAL };

void
cli_init(const char *name)
{
	/* Large reports go to pipes: write them in large pieces (glibc
	 * ignores the size unless it is given the buffer). */
	static char outbuf[1 << 16];

	set_progname(name);
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	/* A closed pipe shows up as EPIPE from out_flush: a quiet exit. */
	signal(SIGPIPE, SIG_IGN);
#ifdef M_MXFAST
	/* Freeing libcmark's millions of small nodes fills glibc's fast
	 * bins, which every later large allocation then walks through
	 * (malloc_consolidate): without them a large plan loads faster. */
	mallopt(M_MXFAST, 0);
#endif
}

int
opt_word(const char *what, const char *arg, const char *const words[])
{
	struct buf b = { 0 };
	int k;

	for (k = 0; words[k] != NULL; k++)
		if (strcmp(words[k], arg) == 0)
			return k;
	for (k = 0; words[k] != NULL; k++)
		buf_printf(&b, "%s%s", k ? ", " : "", words[k]);
	warnx("unknown %s '%s' (%s)", what, arg, b.s);
	buf_free(&b);
	return -1;
}

static void
print_version(void)
{
	char pv[64];

	pcre2_config(PCRE2_CONFIG_VERSION, pv);
	printf("%s (planmark) %s, libcmark %s, pcre2 %s\n", tool_name(),
	    PLANMARK_VERSION, cmark_version_string(), pv);
}

/* One line of usage a line of synopsis. */
void
cli_usage(const struct cli *c, FILE *f)
{
	const char *s = c->synopsis, *e;
	int first = 1;

	do {
		e = strchr(s, '\n');
		fprintf(f, "%s%s %.*s\n", first ? "usage: " : "       ",
		    tool_name(), e ? (int)(e - s) : (int)strlen(s), s);
		first = 0;
		s = e + 1;
	} while (e != NULL);
}

static void
help(const struct cli *c)
{
	size_t i;

	cli_usage(c, stdout);
	fputs("\n", stdout);
	if (c->formats != NULL) {
		fputs("  -f FORMAT          output format: ", stdout);
		for (i = 0; c->formats[i] != NULL; i++)
			printf("%s%s", i ? ", " : "", c->formats[i]);
		printf(" (default %s)\n", c->formats[0]);
	}
	if (c->help != NULL)
		fputs(c->help, stdout);
	if (c->flags & CLI_MARKER)
		fputs("  -G REGEX           what marks a goal (pcre2; default "
		    "Goal: or Objective:)\n", stdout);
	if (c->flags & CLI_TODAY)
		fputs("  --today YYYY-MM-DD the day to count from (default "
		    "today)\n", stdout);
	if (c->flags & CLI_FILTER)
		fputs("  --tag WORD         milestones with #WORD, +WORD or "
		    "@WORD (all of those given)\n"
		    "  --priority LEVEL   milestones of a priority: highest, "
		    "high, medium, low,\n"
		    "                     lowest, none, or A to E\n"
		    "  --state STATE      milestones open, active, done or "
		    "cancelled\n"
		    "  --due FROM..TO     milestones due in a range (an end "
		    "may be left out)\n"
		    "  --done FROM..TO    milestones done in a range\n"
		    "  --goal REGEX       goals whose title matches (pcre2)\n",
		    stdout);
	fputs("  --color[=WHEN]     colour: auto (default), always, "
	    "never\n"
	    "  -h, --help         this help\n"
	    "  -V, --version      version of the tool and its libraries\n",
	    stdout);
	printf("\nSee %s(1).\n", tool_name());
}

/* getopt's own messages, with the tool's name however it was run. */
static void
bad_option(const struct cli *c, int ch, int optch, const char *word)
{
	if (ch == ':' && word[1] == '-')
		warnx("option '%s' requires an argument", word);
	else if (ch == ':')
		warnx("option requires an argument -- '%c'", optch);
	else if (optch)
		warnx("invalid option -- '%c'", optch);
	else
		warnx("unrecognized option '%s'", word);
	cli_usage(c, stderr);
}

int
cli_parse(struct cli *c, int argc, char *argv[])
{
	const struct option common[] = {
		{ "today", required_argument, NULL, O_TODAY },
		{ "help", no_argument, NULL, O_HELP },
		{ "version", no_argument, NULL, O_VERSION },
		{ "color", optional_argument, NULL, O_COLOR },
		{ "colour", optional_argument, NULL, O_COLOR },
		{ "tag", required_argument, NULL, O_TAG },
		{ "priority", required_argument, NULL, O_PRIORITY },
		{ "state", required_argument, NULL, O_STATE },
		{ "due", required_argument, NULL, O_DUE },
		{ "done", required_argument, NULL, O_DONE },
		{ "goal", required_argument, NULL, O_GOAL },
	};
	static const char *const whens[] = { "auto", "always", "never",
	    NULL };
	int when = COLOR_AUTO;
	struct option *longopts;
	struct buf so = { 0 };
	const char *todayarg = NULL, *duearg = NULL, *donearg = NULL;
	char err[300];
	size_t n = 0, i, k;
	int ch, status = -1;

	for (k = 0; c->longopts != NULL && c->longopts[k].name != NULL; k++)
		;
	longopts = xcalloc(k + sizeof common / sizeof *common + 1,
	    sizeof *longopts);
	if (k > 0)
		memcpy(longopts, c->longopts, k * sizeof *longopts);
	n = k;
	filter_init(&c->filter);
	for (i = 0; i < sizeof common / sizeof *common; i++)
		if ((common[i].val != O_TODAY || (c->flags & CLI_TODAY)) &&
		    (common[i].val < O_TAG || (c->flags & CLI_FILTER)))
			longopts[n++] = common[i];
	buf_adds(&so, ":" COMMON_SHORT);
	if (c->formats != NULL)
		buf_adds(&so, "f:");
	if (c->flags & CLI_MARKER)
		buf_adds(&so, "G:");
	buf_adds(&so, c->shortopts ? c->shortopts : "");
	opterr = 0;
	while (status < 0 &&
	    (ch = getopt_long(argc, argv, so.s, longopts, NULL)) != -1) {
		int k2;

		switch (ch) {
		case 'f':
			if (c->formats == NULL)
				goto own;
			if ((k2 = opt_word("format", optarg, c->formats)) < 0)
				status = 2;
			else
				c->format = k2;
			break;
		case 'G':
			if (!(c->flags & CLI_MARKER))
				goto own;
			c->po.marker = optarg;
			break;
		case O_TODAY:
			todayarg = optarg;
			break;
		case O_TAG:
		case O_PRIORITY:
		case O_STATE:
		case O_GOAL:
			if ((ch == O_TAG ? filter_tag : ch == O_PRIORITY ?
			    filter_priority : ch == O_STATE ? filter_state :
			    filter_goal)(&c->filter, optarg, err,
			    sizeof err) == -1) {
				warnx("%s", err);
				status = 2;
			}
			break;
		case O_DUE:
			duearg = optarg;
			break;
		case O_DONE:
			donearg = optarg;
			break;
		case O_COLOR:
			if (optarg == NULL)
				when = COLOR_ALWAYS;
			else if ((when = opt_word("--color", optarg, whens)) < 0)
				status = 2;
			break;
		case 'h':
		case O_HELP:
			help(c);
			status = out_close(0);
			break;
		case 'V':
		case O_VERSION:
			print_version();
			status = out_close(0);
			break;
		case ':':
		case '?':
			bad_option(c, ch, optopt, argv[optind - 1]);
			status = 2;
			break;
		default:
own:
			status = c->option ? c->option(c->tool, ch, optarg) : 2;
			break;
		}
	}
	free(longopts);
	buf_free(&so);
	if (status >= 0)
		return status;
	c->operands = argv + optind;
	c->noperands = argc - optind;
	out_terminal(when, &c->colour, &c->unicode);
	/* Lines fit a terminal in the text format only: the others are
	 * read by programs, whatever stdout is. */
	c->fit.unicode = c->unicode;
	if (c->formats == NULL || strcmp(c->formats[c->format], "text") == 0)
		c->fit.width = out_width();
	if (c->flags & CLI_TODAY) {
		if (!date_today(todayarg, &c->today)) {
			warnx("--today: '%s' is not a date (YYYY-MM-DD)",
			    todayarg);
			return 2;
		}
	}
	/* Ranges last: "this week" counts from --today. */
	if (!(c->flags & CLI_TODAY))
		date_today(NULL, &c->today);
	if ((duearg != NULL && filter_range("--due", duearg, c->today,
	    &c->filter.due_from, &c->filter.due_to, err, sizeof err) == -1) ||
	    (donearg != NULL && filter_range("--done", donearg, c->today,
	    &c->filter.done_from, &c->filter.done_to, err,
	    sizeof err) == -1)) {
		warnx("%s", err);
		return 2;
	}
	c->filter.due = duearg != NULL;
	c->filter.done = donearg != NULL;
	/* What people read gets its control characters escaped; JSON
	 * and SARIF escape them their own way, Markdown as character
	 * references (md_str), which read back as the characters. */
	c->po.display = c->formats == NULL ||
	    (strcmp(c->formats[c->format], "json") != 0 &&
	    strcmp(c->formats[c->format], "sarif") != 0 &&
	    strcmp(c->formats[c->format], "markdown") != 0);
	if (c->flags & (CLI_PLANS | CLI_MARKER)) {
		c->ctx = plan_ctx_new(&c->po, err, sizeof err);
		if (c->ctx == NULL) {
			warnx("-G: bad regex: %s", err);
			return 2;
		}
		/* Deadlines such as "in six months" count from --today
		 * where a plan gives no date of its own. */
		if (c->flags & CLI_TODAY)
			plan_ctx_today(c->ctx, c->today);
	}
	return -1;
}

/* Files already read, by device and inode: a plan found under a
 * directory and also named, or found twice, is read once.  A file named
 * twice is read twice: that was asked for. */
struct seen {
	struct { dev_t dev; ino_t ino; int dir; } *v;
	size_t n, cap;
};

static int
seen_before(struct seen *s, const struct stat *st, int dir)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->v[i].dev == st->st_dev && s->v[i].ino == st->st_ino) {
			if (dir || s->v[i].dir)
				return 1;
		}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->v = xrealloc(s->v, s->cap, sizeof *s->v);
	}
	s->v[s->n].dev = st->st_dev;
	s->v[s->n].ino = st->st_ino;
	s->v[s->n++].dir = dir;
	return 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
is_plan_name(const char *s)
{
	size_t n = strlen(s);

	return (n > 3 && !strcmp(s + n - 3, ".md")) ||
	    (n > 9 && !strcmp(s + n - 9, ".markdown"));
}

struct loop {
	struct cli *c;
	cli_fn fn;
	struct seen seen;
	int status;
};

/* ---- each plan's .planrules (CLI_RULES) ---- */

/* Rule sets by the .planrules file they came from (NULL: none), so the
 * plans of one directory load theirs once; the files skipped as not
 * trusted, said once each. */
struct rules_cache {
	struct { char *path; struct ruleset *rs; int bad; } *v;
	size_t n;
	char **skipped;
	size_t nskipped;
};

static void
rules_skipped(void *arg, const char *path, const char *why)
{
	struct rules_cache *k = arg;
	size_t i;

	for (i = 0; i < k->nskipped; i++)
		if (!strcmp(k->skipped[i], path))
			return;
	k->skipped = xrealloc(k->skipped, k->nskipped + 1,
	    sizeof *k->skipped);
	k->skipped[k->nskipped++] = xstrdup(path);
	warnx("%s: not used: %s", path, why);
}

/* The built-in rules and a .planrules over them, compiled; NULL with
 * no .planrules (plan(5)'s sections), or after saying why it is bad. */
static struct ruleset *
rules_build(void *tool, const char *planrules, int *bad)
{
	struct ruleset *rs;
	char err[1024];

	(void)tool;
	if (planrules == NULL)
		return NULL;
	rs = ruleset_new();
	if (ruleset_read(rs, "<built-in>", builtin_rules,
	    strlen(builtin_rules), err, sizeof err) != 0 ||
	    ruleset_load(rs, planrules, err, sizeof err) != 0 ||
	    ruleset_compile(rs, err, sizeof err) != 0) {
		warnx("%s", err);
		ruleset_free(rs);
		*bad = 1;
		return NULL;
	}
	return rs;
}

int
cli_rules(struct cli *c, const char *path)
{
	struct rules_cache *k = c->rcache;
	char *rpath;
	size_t i;

	if (k == NULL)
		k = c->rcache = xcalloc(1, sizeof *k);
	rpath = planrules_find(path, rules_skipped, k);
	for (i = 0; i < k->n; i++)
		if (rpath == NULL ? k->v[i].path == NULL :
		    k->v[i].path != NULL && !strcmp(rpath, k->v[i].path))
			break;
	if (i < k->n) {
		free(rpath);
	} else {
		k->v = xrealloc(k->v, k->n + 1, sizeof *k->v);
		k->v[i].path = rpath;
		k->v[i].bad = 0;
		k->v[i].rs = c->build != NULL ?
		    c->build(c->tool, rpath, &k->v[i].bad) :
		    rules_build(c->tool, rpath, &k->v[i].bad);
		k->n++;
	}
	c->rules = k->v[i].rs;
	if (c->ctx != NULL)
		plan_ctx_sections(c->ctx, c->rules != NULL ?
		    ruleset_sections(c->rules) : NULL);
	return k->v[i].bad ? -1 : 0;
}

static void
rules_free(struct rules_cache *k)
{
	size_t i;

	if (k == NULL)
		return;
	for (i = 0; i < k->n; i++) {
		free(k->v[i].path);
		ruleset_free(k->v[i].rs);
	}
	for (i = 0; i < k->nskipped; i++)
		free(k->skipped[i]);
	free(k->v);
	free(k->skipped);
	free(k);
}

static void
one_file(struct loop *l, const char *path, int dir)
{
	struct plan *p = NULL;
	struct stat st;
	int rc;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    S_ISREG(st.st_mode) && seen_before(&l->seen, &st, dir))
		return;
	if ((l->c->flags & CLI_RULES) && cli_rules(l->c, path) != 0) {
		l->status = 2;	/* its .planrules is bad: said */
		return;
	}
	if ((l->c->flags & CLI_PLANS) &&
	    (p = plan_load(l->c->ctx, path)) == NULL) {
		warn_read(path);
		l->status = 2;
		return;
	}
	if (p != NULL)
		cli_filter(l->c, p);
	rc = l->fn(l->c->tool, path, p);
	plan_free(p);
	out_flush();
	if (rc > l->status)
		l->status = rc;
}

/* The .md and .markdown files under a directory, in sorted order, not
 * in hidden directories nor through links to directories. */
static void
one_dir(struct loop *l, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct buf path = { 0 };
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	struct stat st;

	if (d == NULL) {
		warn("%s", dir);
		l->status = 2;
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = xrealloc(names, cap, sizeof *names);
		}
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		path.len = 0;
		buf_printf(&path, "%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		if (lstat(path.s, &st) == 0 && S_ISDIR(st.st_mode))
			one_dir(l, path.s);
		else if (is_plan_name(names[i]) &&
		    stat(path.s, &st) == 0 && S_ISREG(st.st_mode))
			one_file(l, path.s, 1);
		free(names[i]);
	}
	free(names);
	buf_free(&path);
}

int
cli_each(struct cli *c, cli_fn fn)
{
	struct loop l = { c, fn, { 0 }, 0 };
	struct stat st;
	int i;

	for (i = 0; i < c->noperands || i == 0; i++) {
		const char *path = i < c->noperands ? c->operands[i] : "-";

		if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
		    S_ISDIR(st.st_mode))
			one_dir(&l, path);
		else
			one_file(&l, path, 0);
	}
	free(l.seen.v);
	return l.status;
}

void
cli_filter(const struct cli *c, struct plan *p)
{
	if (c->flags & CLI_FILTER)
		plan_filter(p, &c->filter);
}

int
cli_end(struct cli *c, int status)
{
	filter_free(&c->filter);
	rules_free(c->rcache);
	c->rcache = NULL;
	c->rules = NULL;
	plan_ctx_free(c->ctx);
	c->ctx = NULL;
	return out_close(status);
}

void
out_flush(void)
{
	if (fflush(stdout) == 0)
		return;
	if (errno == EPIPE)
		exit(0);
	warn("write error");
	exit(2);
}

int
out_close(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)	/* quiet, as in out_flush() */
			return 0;
		warn("write error");
		return 2;
	}
	if (fclose(stdout) != 0) {
		warn("write error");
		return 2;
	}
	return status;
}
