/* cli.c: the tool frame: common options, the loop over operands, exit
 * status, version and help. */
#include <errno.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmark.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "plan.h"

/* Short options every tool has; the frame's long ones follow. */
#define COMMON_SHORT "hV"
enum { O_TODAY = 1000, O_HELP, O_VERSION };

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
	fputs("  -h, --help         this help\n"
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
	};
	struct option *longopts;
	struct buf so = { 0 };
	const char *todayarg = NULL;
	char err[300];
	size_t n = 0, i, k;
	int ch, status = -1;

	for (k = 0; c->longopts != NULL && c->longopts[k].name != NULL; k++)
		;
	longopts = xcalloc(k + 4, sizeof *longopts);
	memcpy(longopts, c->longopts, k * sizeof *longopts);
	n = k;
	for (i = 0; i < sizeof common / sizeof *common; i++)
		if (common[i].val != O_TODAY || (c->flags & CLI_TODAY))
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
	if (c->flags & CLI_TODAY) {
		if (!date_today(todayarg, &c->today)) {
			warnx("--today: '%s' is not a date (YYYY-MM-DD)",
			    todayarg);
			return 2;
		}
	}
	/* What people read gets its control characters escaped; JSON
	 * and SARIF escape them their own way. */
	c->po.display = c->formats == NULL ||
	    (strcmp(c->formats[c->format], "json") != 0 &&
	    strcmp(c->formats[c->format], "sarif") != 0);
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

int
cli_each(struct cli *c, cli_fn fn)
{
	int i, rc, status = 0;

	for (i = 0; i < c->noperands || i == 0; i++) {
		const char *path = i < c->noperands ? c->operands[i] : "-";
		struct plan *p = NULL;

		if ((c->flags & CLI_PLANS) &&
		    (p = plan_load(c->ctx, path)) == NULL) {
			warn("%s", path);
			status = 2;
			continue;
		}
		rc = fn(c->tool, path, p);
		plan_free(p);
		out_flush();
		if (rc > status)
			status = rc;
	}
	return status;
}

int
cli_end(struct cli *c, int status)
{
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
