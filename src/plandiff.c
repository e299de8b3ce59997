/* plandiff: what changed in a plan between two versions, by goal and
 * milestone rather than by line. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

enum fmt { FMT_TEXT, FMT_MARKDOWN, FMT_JSON };

/* The kinds of change, in the order a milestone's changes are shown. */
enum kind { K_GOAL, K_GOAL_ADDED, K_GOAL_REMOVED, K_GOAL_RENAMED,
    K_ADDED, K_REMOVED, K_MOVED, K_COMPLETED, K_REOPENED, K_CANCELLED,
    K_STATE, K_REDATED, K_COUNT };

static const char *const kind_names[K_COUNT] = { "goal", "goal-added",
    "goal-removed", "goal-renamed", "added", "removed", "moved",
    "completed", "reopened", "cancelled", "state", "redated" };

/* A change: milestone (or goal) indices in the old and new versions. */
struct change {
	enum kind kind;
	long o, n;
};

struct diff {
	const struct plan *po, *pn;
	const struct plan_match *m;
	struct change *c;
	size_t nc, cap;
	size_t changes;		/* over all goals, for the exit status */
	int header;		/* the file header has been printed */
};

static enum fmt fmt = FMT_TEXT;

static void
usage(FILE *f)
{
	fprintf(f, "usage: %s [-f text|markdown|json] old new\n"
	    "       %s [-f text|markdown|json] -g rev file\n", progname,
	    progname);
}

static void
add(struct diff *d, enum kind k, long o, long n)
{
	if (d->nc == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 32;
		d->c = xrealloc(d->c, d->cap, sizeof *d->c);
	}
	d->c[d->nc++] = (struct change){ k, o, n };
}

static enum kind
state_change(enum ms_state was, enum ms_state is)
{
	if (was == is)
		return K_COUNT;
	if (is == MS_DONE)
		return K_COMPLETED;
	if (is == MS_CANCELLED)
		return K_CANCELLED;
	if (was == MS_DONE || was == MS_CANCELLED)
		return K_REOPENED;
	return K_STATE;		/* open and active */
}

static int
date_differs(const struct pdate *a, const struct pdate *b)
{
	if (a->kind != b->kind)
		return 1;
	if (a->kind == DATE_OK)
		return a->day != b->day;
	return a->kind == DATE_BAD && strcmp(a->text, b->text) != 0;
}

/* What happened to milestone n of the new version. */
static void
ms_changes(struct diff *d, long gn, long n)
{
	const struct milestone *mn = &d->pn->ms[n], *mo;
	long o = d->m->ms_old[n];
	enum kind k;

	if (o < 0) {
		add(d, K_ADDED, -1, n);
		return;
	}
	mo = &d->po->ms[o];
	if (d->m->goal_new[mo->goal] != gn)
		add(d, K_MOVED, o, n);
	if ((k = state_change(mo->state, mn->state)) != K_COUNT)
		add(d, k, o, n);
	if (date_differs(&mo->date[F_DUE], &mn->date[F_DUE]))
		add(d, K_REDATED, o, n);
}

static int
renamed(const struct goal *a, const struct goal *b)
{
	char *x, *y;
	int r;

	if (a->kind == G_PREAMBLE && b->kind == G_PREAMBLE)
		return 0;	/* titled by the file's name */
	x = match_norm(a->title);
	y = match_norm(b->title);
	r = strcmp(x, y) != 0;

	free(x);
	free(y);
	return r;
}

/* The changes of one goal pair; returns whether its counts changed. */
static int
goal_changes(struct diff *d, long go, long gn)
{
	const struct goal *o = go >= 0 ? &d->po->goals[go] : NULL;
	const struct goal *n = gn >= 0 ? &d->pn->goals[gn] : NULL;
	size_t i;

	d->nc = 0;
	if (o == NULL)
		add(d, K_GOAL_ADDED, go, gn);
	else if (n == NULL)
		add(d, K_GOAL_REMOVED, go, gn);
	else if (renamed(o, n))
		add(d, K_GOAL_RENAMED, go, gn);
	if (n != NULL)
		for (i = n->first; i < n->first + n->count; i++)
			ms_changes(d, gn, (long)i);
	if (o != NULL)
		for (i = o->first; i < o->first + o->count; i++)
			if (d->m->ms_new[i] < 0)
				add(d, K_REMOVED, (long)i, -1);
	if (o == NULL || n == NULL)
		return 1;
	return o->n[MS_DONE] != n->n[MS_DONE] ||
	    goal_total(o) != goal_total(n);
}

/* ---- output ---- */

static void
text_out(const char *s)
{
	if (fmt == FMT_MARKDOWN)
		md_text(s);
	else
		fputs(s, stdout);
}

static void
counts(const struct goal *g)
{
	int pct;

	if (g == NULL) {
		fputs("none", stdout);
		return;
	}
	printf("%zu/%zu", g->n[MS_DONE], goal_total(g));
	if ((pct = goal_percent(g)) >= 0)
		printf(" (%d%%)", pct);
}

static void
date_text(const struct pdate *p)
{
	char s[11];

	if (p->kind == DATE_OK) {
		date_format(p->day, s);
		fputs(s, stdout);
	} else if (p->kind == DATE_BAD) {
		fputs("invalid ", stdout);
		text_out(p->text);
	} else {
		fputs("none", stdout);
	}
}

/* Days a due date moved; 0 when either side has none. */
static long
days_moved(const struct milestone *o, const struct milestone *n)
{
	if (o->date[F_DUE].kind != DATE_OK || n->date[F_DUE].kind != DATE_OK)
		return 0;
	return n->date[F_DUE].day - o->date[F_DUE].day;
}

/* What follows a milestone's text: the detail of its change. */
static void
ms_detail(const struct diff *d, const struct change *c)
{
	const struct milestone *o = c->o >= 0 ? &d->po->ms[c->o] : NULL;
	const struct milestone *n = c->n >= 0 ? &d->pn->ms[c->n] : NULL;
	long days;

	switch (c->kind) {
	case K_MOVED:
		fputs(" (from: ", stdout);
		text_out(d->po->goals[o->goal].title);
		putchar(')');
		break;
	case K_COMPLETED: case K_REOPENED: case K_CANCELLED: case K_STATE:
		printf(" (%s -> %s)", ms_state_names[o->state],
		    ms_state_names[n->state]);
		break;
	case K_REDATED:
		fputs(": ", stdout);
		date_text(&o->date[F_DUE]);
		fputs(" -> ", stdout);
		date_text(&n->date[F_DUE]);
		if ((days = days_moved(o, n)) != 0)
			printf(" (%+ld day%s)", days, labs(days) == 1 ? "" : "s");
		break;
	default:
		break;
	}
}

static const char *
ms_text(const struct diff *d, const struct change *c)
{
	return c->n >= 0 ? d->pn->ms[c->n].text : d->po->ms[c->o].text;
}

static void
text_goal(const struct diff *d, long go, long gn)
{
	const struct goal *o = go >= 0 ? &d->po->goals[go] : NULL;
	const struct goal *n = gn >= 0 ? &d->pn->goals[gn] : NULL;
	enum kind k = n == NULL ? K_GOAL_REMOVED : o == NULL ? K_GOAL_ADDED :
	    d->nc && d->c[0].kind == K_GOAL_RENAMED ? K_GOAL_RENAMED : K_GOAL;
	size_t i;

	if (n != NULL)
		printf("%s:%ld: %s: ", d->pn->name, n->line, kind_names[k]);
	else
		printf("%s:%ld: %s: ", d->po->name, o->line, kind_names[k]);
	if (k == K_GOAL_RENAMED)
		printf("%s -> ", o->title);
	printf("%s: ", n ? n->title : o->title);
	counts(o);
	fputs(" -> ", stdout);
	counts(n);
	putchar('\n');
	for (i = 0; i < d->nc; i++) {
		const struct change *c = &d->c[i];

		if (c->kind < K_ADDED)
			continue;
		if (c->n >= 0)
			printf("%s:%ld:   ", d->pn->name, d->pn->ms[c->n].line);
		else
			printf("%s:%ld:   ", d->po->name, d->po->ms[c->o].line);
		printf("%s: %s", kind_names[c->kind], ms_text(d, c));
		ms_detail(d, c);
		putchar('\n');
	}
}

static void
md_goal(const struct diff *d, long go, long gn)
{
	const struct goal *o = go >= 0 ? &d->po->goals[go] : NULL;
	const struct goal *n = gn >= 0 ? &d->pn->goals[gn] : NULL;
	size_t i;

	fputs("### ", stdout);
	md_text(n ? n->title : o->title);
	if (o == NULL)
		fputs(" (added)", stdout);
	else if (n == NULL)
		fputs(" (removed)", stdout);
	else if (d->nc && d->c[0].kind == K_GOAL_RENAMED) {
		fputs(" (renamed from ", stdout);
		md_text(o->title);
		putchar(')');
	}
	fputs("\n\nProgress: ", stdout);
	counts(o);
	fputs(" -> ", stdout);
	counts(n);
	fputs("\n\n", stdout);
	for (i = 0; i < d->nc; i++) {
		const struct change *c = &d->c[i];

		if (c->kind < K_ADDED)
			continue;
		printf("- %s: ", kind_names[c->kind]);
		md_text(ms_text(d, c));
		ms_detail(d, c);
		if (c->n >= 0)
			printf(" (line %ld)\n", d->pn->ms[c->n].line);
		else
			printf(" (old line %ld)\n", d->po->ms[c->o].line);
	}
	if (d->nc > 0 && d->c[d->nc - 1].kind >= K_ADDED)
		putchar('\n');
}

static void
json_line(FILE *f, const char *key, long line)
{
	fprintf(f, ",\"%s\":", key);
	if (line > 0)
		out_num(f, line);
	else
		fputs("null", f);
}

static void
json_counts(const char *key, const struct goal *g)
{
	int pct;

	printf(",\"%s\":", key);
	if (g == NULL) {
		fputs("null", stdout);
		return;
	}
	fputs("{\"done\":", stdout);
	out_num(stdout, (long long)g->n[MS_DONE]);
	fputs(",\"total\":", stdout);
	out_num(stdout, (long long)goal_total(g));
	fputs(",\"percent\":", stdout);
	if ((pct = goal_percent(g)) >= 0)
		out_num(stdout, pct);
	else
		fputs("null", stdout);
	putchar('}');
}

static void
json_ms(const struct diff *d, const struct change *c)
{
	const struct milestone *o = c->o >= 0 ? &d->po->ms[c->o] : NULL;
	const struct milestone *n = c->n >= 0 ? &d->pn->ms[c->n] : NULL;

	printf("{\"type\":\"%s\",\"goal\":", kind_names[c->kind]);
	json_cstr(stdout, n ? d->pn->goals[n->goal].title :
	    d->po->goals[o->goal].title);
	fputs(",\"text\":", stdout);
	json_cstr(stdout, ms_text(d, c));
	json_line(stdout, "line", n ? n->line : 0);
	json_line(stdout, "old_line", o ? o->line : 0);
	printf(",\"state\":\"%s\"", ms_state_names[n ? n->state : o->state]);
	switch (c->kind) {
	case K_MOVED:
		fputs(",\"from\":", stdout);
		json_cstr(stdout, d->po->goals[o->goal].title);
		break;
	case K_COMPLETED: case K_REOPENED: case K_CANCELLED: case K_STATE:
		printf(",\"before\":\"%s\",\"after\":\"%s\"",
		    ms_state_names[o->state], ms_state_names[n->state]);
		break;
	case K_REDATED:
		fputs(",\"before\":", stdout);
		json_date(stdout, &o->date[F_DUE]);
		fputs(",\"after\":", stdout);
		json_date(stdout, &n->date[F_DUE]);
		fputs(",\"days\":", stdout);
		if (o->date[F_DUE].kind == DATE_OK &&
		    n->date[F_DUE].kind == DATE_OK)
			out_num(stdout, days_moved(o, n));
		else
			fputs("null", stdout);
		break;
	default:
		break;
	}
	fputs("}\n", stdout);
}

/* Every goal gets a "goal" object, changed or not; then its changes. */
static void
json_goal(const struct diff *d, long go, long gn, int changed)
{
	const struct goal *o = go >= 0 ? &d->po->goals[go] : NULL;
	const struct goal *n = gn >= 0 ? &d->pn->goals[gn] : NULL;
	size_t i;

	fputs("{\"type\":\"goal\",\"goal\":", stdout);
	json_cstr(stdout, n ? n->title : o->title);
	json_line(stdout, "line", n ? n->line : 0);
	json_line(stdout, "old_line", o ? o->line : 0);
	json_counts("before", o);
	json_counts("after", n);
	printf(",\"changed\":%s}\n", changed ? "true" : "false");
	for (i = 0; i < d->nc; i++) {
		const struct change *c = &d->c[i];

		if (c->kind >= K_ADDED) {
			json_ms(d, c);
			continue;
		}
		printf("{\"type\":\"%s\",\"goal\":", kind_names[c->kind]);
		json_cstr(stdout, n ? n->title : o->title);
		if (c->kind == K_GOAL_RENAMED) {
			fputs(",\"from\":", stdout);
			json_cstr(stdout, o->title);
		}
		json_line(stdout, "line", n ? n->line : 0);
		json_line(stdout, "old_line", o ? o->line : 0);
		fputs("}\n", stdout);
	}
}

static void
file_header(struct diff *d)
{
	if (fmt == FMT_JSON) {
		fputs("{\"type\":\"diff\",\"old\":", stdout);
		json_cstr(stdout, d->po->name);
		fputs(",\"new\":", stdout);
		json_cstr(stdout, d->pn->name);
		fputs("}\n", stdout);
	} else if (fmt == FMT_MARKDOWN) {
		fputs("## Changes from ", stdout);
		md_text(d->po->name);
		fputs(" to ", stdout);
		md_text(d->pn->name);
		fputs("\n\n", stdout);
	} else {
		printf("--- %s\n+++ %s\n", d->po->name, d->pn->name);
	}
	d->header = 1;
}

/* Compare and print; returns the number of changes. */
static size_t
plan_diff(const struct plan *po, const struct plan *pn,
    const struct match_side *so, const struct match_side *sn)
{
	struct plan_match *m = plan_match_sides(so, sn);
	struct diff d = { po, pn, m, NULL, 0, 0, 0, 0 };
	size_t i;

	if (fmt == FMT_JSON)
		file_header(&d);
	for (i = 0; i < m->ngoals; i++) {
		long go = m->goals[i].old, gn = m->goals[i].new;
		int moved = goal_changes(&d, go, gn);
		int changed = moved || d.nc > 0;

		d.changes += d.nc;
		if (fmt == FMT_JSON) {
			json_goal(&d, go, gn, changed);
			continue;
		}
		if (!changed)
			continue;
		if (!d.header)
			file_header(&d);
		(fmt == FMT_MARKDOWN ? md_goal : text_goal)(&d, go, gn);
	}
	free(d.c);
	plan_match_free(m);
	return d.changes;
}

static void *
free_run(void *p)
{
	plan_free(p);
	return NULL;
}

/* Millions of small blocks: free the two plans at once too. */
static void
free_both(struct plan *po, struct plan *pn)
{
	pthread_t t;

	if (po != NULL && pthread_create(&t, NULL, free_run, po) == 0) {
		plan_free(pn);
		pthread_join(t, NULL);
		return;
	}
	plan_free(po);
	plan_free(pn);
}

/* ---- input ---- */

/*
 * Loading one version.  The two versions are parsed at once, the old in
 * a thread of its own with its own context: on two cores that halves the
 * wall time, and each thread's allocations stay in their own arena.
 * Errors are kept and reported after both, in order.
 */
struct job {
	struct plan_ctx *ctx;
	const char *path;	/* the file, or with rev the file in git */
	const char *rev;
	const char *real;	/* parse under this name, then */
	const char *label;	/* show this one (git's temporary files) */
	struct plan *p;
	struct match_side *side;	/* its texts, ready to match */
	int err;		/* errno, when p is NULL and rev is not */
	char msg[512];		/* git's complaint, when rev is set */
};

static void *
job_run(void *arg)
{
	struct job *j = arg;
	struct buf name = { 0 };
	char *buf;
	size_t len;

	if (j->rev != NULL) {
		if (git_show(j->rev, j->path, &buf, &len, j->msg,
		    sizeof j->msg) == -1)
			return NULL;
		buf_printf(&name, "%s:%s", j->rev, j->path);
		j->p = plan_parse(j->ctx, name.s, buf, len);
		buf_free(&name);
		free(buf);
	} else if (j->label == NULL) {
		if ((j->p = plan_load(j->ctx, j->path)) == NULL)
			j->err = errno;
	} else if (read_all(j->path, &buf, &len) == -1) {
		j->err = errno;
	} else {
		j->p = plan_parse(j->ctx, j->real, buf, len);
		free(buf);
		free(j->p->name);
		j->p->name = xstrdup(j->label);
	}
	if (j->p != NULL)
		j->side = match_side_new(j->p);
	return NULL;
}

/* The job's plan, or NULL after saying why. */
static struct plan *
job_result(struct job *j)
{
	if (j->p != NULL)
		return j->p;
	if (j->rev != NULL) {
		warnx("%s:%s: %s", j->rev, j->path, j->msg);
	} else {
		errno = j->err;
		warn("%s", j->path);
	}
	return NULL;
}

static void
load_both(struct job *o, struct job *n)
{
	pthread_t t;
	int threaded = pthread_create(&t, NULL, job_run, o) == 0;

	if (!threaded)
		job_run(o);
	job_run(n);
	if (threaded)
		pthread_join(t, NULL);
}

/* git's label for a side of an external diff: a/PATH, or /dev/null. */
static char *
git_label(const char *file, const char *prefix, const char *path)
{
	struct buf b = { 0 };

	if (!strcmp(file, "/dev/null"))
		buf_adds(&b, "/dev/null");
	else
		buf_printf(&b, "%s%s", prefix, path);
	return b.s;
}

static int
parse_opts(int argc, char *argv[], const char **rev)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const fmts[] = { "text", "markdown", "json", NULL };
	int c, k;

	while ((c = getopt_long(argc, argv, "f:g:hV", longopts, NULL)) != -1)
		switch (c) {
		case 'f':
			if ((k = opt_word("format", optarg, fmts)) < 0)
				return 2;
			fmt = (enum fmt)k;
			break;
		case 'g': *rev = optarg; break;
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
	return 0;
}

int
main(int argc, char *argv[])
{
	struct plan_ctx *ctx, *ctx2;
	struct plan *po, *pn;
	struct job jo = { 0 }, jn = { 0 };
	const char *rev = NULL;
	char err[300], *lo = NULL, *ln = NULL;
	int r, n, driver, status = 2, k;

	tool_init("plandiff");
	/* Run by git as its diff driver: git's arguments are operands. */
	k = git_diff_driver(argc, argv);
	if ((r = parse_opts(argc - k, argv, &rev)) != 0)
		return r < 0 ? 0 : r;
	if (k > 0 && optind < argc - k) {
		usage(stderr);
		return 2;
	}
	argv += k > 0 ? argc - k : optind;
	n = k > 0 ? k : argc - optind;
	/* git's external diff: path old-file old-hex old-mode new-file
	 * new-hex new-mode, and for a rename new-path and a message. */
	driver = rev == NULL && (n == 7 || n == 9);
	if (rev ? n != 1 : !(n == 2 || driver)) {
		usage(stderr);
		return 2;
	}
	if ((rev && !strcmp(argv[0], "-")) ||
	    (n == 2 && !strcmp(argv[0], "-") && !strcmp(argv[1], "-"))) {
		warnx("only one version can come from standard input");
		return 2;
	}
	if ((ctx = plan_ctx_new(NULL, err, sizeof err)) == NULL ||
	    (ctx2 = plan_ctx_new(NULL, err, sizeof err)) == NULL) {
		warnx("%s", err);
		plan_ctx_free(ctx);
		return 2;
	}
	jo.ctx = ctx2;
	jn.ctx = ctx;
	if (driver) {
		jo.label = lo = git_label(argv[1], "a/", argv[0]);
		jn.label = ln = git_label(argv[4], "b/", argv[n == 9 ? 7 : 0]);
		/* A file named "-" is a file here, not standard input. */
		jo.path = strcmp(argv[1], "-") ? argv[1] : "./-";
		jo.real = argv[0];
		jn.path = strcmp(argv[4], "-") ? argv[4] : "./-";
		jn.real = argv[n == 9 ? 7 : 0];
	} else if (rev) {
		jo.rev = rev;
		jo.path = jn.path = argv[0];
	} else {
		jo.path = argv[0];
		jn.path = argv[1];
	}
	load_both(&jo, &jn);
	po = job_result(&jo);
	pn = po != NULL ? job_result(&jn) : jn.p;
	if (po != NULL && pn != NULL) {
		status = plan_diff(po, pn, jo.side, jn.side) > 0;
		/* git stops at an external diff that exits non-zero. */
		if (driver)
			status = 0;
	}
	match_side_free(jo.side);
	match_side_free(jn.side);
	free_both(po, pn);
	plan_ctx_free(ctx);
	plan_ctx_free(ctx2);
	free(lo);
	free(ln);
	return out_close(status);
}
