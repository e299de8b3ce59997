/* rules.c: plancheck's rules: read rules files, compile, run on plans. */
/* realpath() is XSI. */
#define _XOPEN_SOURCE 700

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "plan.h"

/* Bounds on one regex match, the rules' and the -G marker's alike: a
 * runaway pattern stops here (see plancheck(1)) instead of hanging the
 * tool.  The JIT honours the match limit and its own stack; the
 * interpreter (no JIT, or PLANMARK_NO_JIT) the depth and heap. */
#define MATCH_LIMIT	1000000
#define DEPTH_LIMIT	10000
#define HEAP_LIMIT	20000		/* KiB */
#define MAX_FORBID	10		/* matches a forbid rule reports a goal */

/* Bounds on what a rules file may cost, whoever wrote it (planrules(5)). */
#define RULES_MAX_BYTES	(1 << 20)	/* one rules file */
#define RULES_MAX	1000		/* rules in a set */
#define PATTERN_MAX	(64 * 1024)	/* one compiled regex, with its JIT code */
#define EXPAND_MAX	1024		/* bytes of one %g or %m */
#define MESSAGE_MAX	8192		/* bytes of an expanded message */

const char level_names[4][8] = { "off", "info", "warning", "error" };

enum scope { SC_TITLE, SC_TEXT, SC_MILESTONE };
static const char *const scope_names[] = { "title", "text", "milestone" };

enum check { CK_NONE, CK_DEADLINE, CK_OVERDUE, CK_MS_OVERDUE, CK_MS_AFTER,
	CK_INVALID, CK_DUPLICATE, CK_MIN_MS, CK_LOAD, CK_UNCLEAR, CK_BEFORE,
	CK_MARK, CK_AREA, CK_FEEDBACK, CK_REVIEW, CK_ADDRESSES, CK_SUPPORT,
	CK_SUGGEST, CK_COUNT };
static const char *const check_names[CK_COUNT] = { "", "deadline",
	"overdue", "milestone-overdue", "milestone-after-deadline",
	"invalid-date", "duplicate-title", "min-milestones", "weekly-load",
	"unclear-date", "deadline-before-plan", "unknown-status",
	"area-without-goal", "feedback-age", "review-overdue",
	"addresses-area", "goal-support", "link-suggestion" };
/* Checks of a career plan as a whole, run once before its goals. */
#define CK_PLAN_WIDE(c) ((c) == CK_AREA || (c) == CK_FEEDBACK || \
	(c) == CK_REVIEW)
/* Checks only a career plan's goals get. */
#define CK_CAREER(c) (CK_PLAN_WIDE(c) || (c) == CK_ADDRESSES || \
	(c) == CK_SUPPORT || (c) == CK_SUGGEST)
/* No goal: a finding on the plan as a whole. */
#define NO_GOAL FINDING_PLAN

static const char *const criteria[] = { "S", "M", "A", "R", "T", "plan" };

/* The goal kinds of the "goals" key, by enum goal_kind. */
static const char *const kind_names[] = { "marked", "marked", "section",
	"preamble", "listed" };
#define KINDS_ALL	0x1Fu
#define KIND_LISTED	4	/* an unmarked item of a list of goals */
#define KINDS_SMART	((1u << G_HEADING) | (1u << G_ITEM) | (1u << KIND_LISTED))

/* A regex key's value and where it was written, for error messages. */
struct pattern {
	char *text;		/* NULL: not set (or unset by an empty value) */
	const char *file;
	long line;
	int col;
	pcre2_code *re;
};

struct rule {
	char *id;
	const char *file;	/* where the rule was first defined */
	long line;
	int crit;		/* index into criteria, -1 unset */
	enum level level;
	enum scope scope;
	enum check check;
	long count;		/* 0: unset */
	char on_match, on_absent;	/* verdicts '+' '-' '?'; 0: default */
	unsigned kinds;		/* goal kinds it applies to (1 << kind);
				 * 0: the default for its criterion */
	struct pattern require, forbid;
	struct pattern unless;	/* found in the goal's text: excused */
	char *message, *description;
};

struct ruleset {
	struct rule *r;
	size_t n, cap;
	char **files;		/* names the rules point into */
	size_t nfiles;
	struct rx_bounds *rx;
	pcre2_match_context *mc;	/* rx's */
	pcre2_match_data *md;
	struct buf msg;
	/* [sections]: a career plan's section headings; NULL: plan(5)'s */
	char *sec[SEC_COUNT];
	const char *sec_file[SEC_COUNT];
	long sec_line[SEC_COUNT];
	int in_sec;		/* reading the [sections] section */
	struct career_re *career;	/* compiled, if any was set */
};

int
level_parse(const char *s)
{
	int i;

	for (i = 0; i < 4; i++)
		if (!strcmp(s, level_names[i]))
			return i;
	return -1;
}

int
criterion_bit(const char *c)
{
	int i;

	for (i = 0; i < 5; i++)
		if (!strcmp(c, criteria[i]))
			return i;
	return -1;
}

struct rx_bounds {
	pcre2_match_context *mc;
	pcre2_jit_stack *js;
};

struct rx_bounds *
rx_bounds_new(void)
{
	struct rx_bounds *b = xcalloc(1, sizeof *b);

	if ((b->mc = pcre2_match_context_create(NULL)) == NULL)
		xnomem();
	pcre2_set_match_limit(b->mc, MATCH_LIMIT);
	pcre2_set_depth_limit(b->mc, DEPTH_LIMIT);
	pcre2_set_heap_limit(b->mc, HEAP_LIMIT);
	/* JIT stack: bigger than the default 32 KiB, still bounded. */
	b->js = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (b->js != NULL)
		pcre2_jit_stack_assign(b->mc, NULL, b->js);
	return b;
}

void *
rx_context(const struct rx_bounds *b)
{
	return b->mc;
}

void
rx_bounds_free(struct rx_bounds *b)
{
	if (b == NULL)
		return;
	pcre2_match_context_free(b->mc);
	pcre2_jit_stack_free(b->js);
	free(b);
}

struct ruleset *
ruleset_new(void)
{
	struct ruleset *rs = xcalloc(1, sizeof *rs);

	rs->rx = rx_bounds_new();
	rs->mc = rx_context(rs->rx);
	if ((rs->md = pcre2_match_data_create(1, NULL)) == NULL)
		xnomem();
	return rs;
}

static void
pattern_free(struct pattern *p)
{
	free(p->text);
	pcre2_code_free(p->re);
	p->text = NULL;
	p->re = NULL;
}

void
ruleset_free(struct ruleset *rs)
{
	size_t i;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n; i++) {
		free(rs->r[i].id);
		pattern_free(&rs->r[i].require);
		pattern_free(&rs->r[i].forbid);
		pattern_free(&rs->r[i].unless);
		free(rs->r[i].message);
		free(rs->r[i].description);
	}
	free(rs->r);
	for (i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	rx_bounds_free(rs->rx);
	pcre2_match_data_free(rs->md);
	buf_free(&rs->msg);
	for (i = 0; i < SEC_COUNT; i++)
		free(rs->sec[i]);
	career_re_free(rs->career);
	free(rs);
}

/* ---- reading rules files ---- */

static int
fail(char *err, size_t errlen, const char *file, long line,
    const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(err, errlen, "%s:%ld: ", file, line);

	if (n < 0 || (size_t)n >= errlen)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err + n, errlen - n, fmt, ap);
	va_end(ap);
	return -1;
}

/* Rule ids to rules, so reading is linear in the number of sections:
 * open addressing over at most RULES_MAX ids. */
#define IDS_SLOTS	2048		/* a power of two > 2 * RULES_MAX */

static size_t
id_slot(const long *slot, const struct ruleset *rs, const char *id,
    size_t len)
{
	uint32_t h = 2166136261u;
	size_t i, k;

	for (k = 0; k < len; k++)
		h = (h ^ (unsigned char)id[k]) * 16777619u;
	for (i = h & (IDS_SLOTS - 1); slot[i] >= 0; i = (i + 1) & (IDS_SLOTS - 1)) {
		const char *o = rs->r[slot[i]].id;

		if (strlen(o) == len && !memcmp(o, id, len))
			break;
	}
	return i;
}

static struct rule *
rule_find(struct ruleset *rs, const long *slot, const char *id, size_t len)
{
	size_t i = id_slot(slot, rs, id, len);

	return slot[i] >= 0 ? &rs->r[slot[i]] : NULL;
}

static struct rule *
rule_add(struct ruleset *rs, long *slot, const char *id, size_t len,
    const char *file, long line)
{
	struct rule *r;

	if (rs->n == rs->cap)
		rs->r = xrealloc(rs->r, rs->cap = rs->cap * 2 + 16, sizeof *r);
	slot[id_slot(slot, rs, id, len)] = (long)rs->n;
	r = &rs->r[rs->n++];
	memset(r, 0, sizeof *r);
	r->id = xstrndup(id, len);
	r->file = file;
	r->line = line;
	r->crit = -1;
	r->level = LV_WARNING;
	r->scope = SC_TEXT;
	return r;
}

static int
valid_id(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("-_.", s[i]))
			return 0;
	return 1;
}

static int
name_index(const char *const *names, int n, const char *v)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(names[i], v))
			return i;
	return -1;
}

static void
set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = *v ? xstrdup(v) : NULL;
}

/* "goals = marked listed ...": the kinds of goal a rule applies to. */
static int
set_kinds(struct rule *r, const char *v, const char *file, long line,
    char *err, size_t errlen)
{
	unsigned kinds = 0;
	size_t n;
	int k, hit;

	while (*v) {
		while (*v == ' ' || *v == '\t' || *v == ',')
			v++;
		if ((n = strcspn(v, " \t,")) == 0)
			break;
		for (hit = 0, k = 0; k < 5; k++)
			if (strlen(kind_names[k]) == n &&
			    !memcmp(kind_names[k], v, n))
				kinds |= 1u << k, hit = 1;
		if (!hit)
			return fail(err, errlen, file, line, "unknown kind of "
			    "goal '%.*s' (marked, listed, section or "
			    "preamble)", (int)n, v);
		v += n;
	}
	r->kinds = kinds;
	return 0;
}

/* One "key = value" line of a section; v is trimmed, vcol its column. */
static int
set_key(struct rule *r, const char *key, const char *v, int vcol,
    const char *file, long line, char *err, size_t errlen)
{
	int i;

	if (!strcmp(key, "criterion")) {
		if ((i = name_index(criteria, 6, v)) < 0)
			return fail(err, errlen, file, line, "unknown criterion "
			    "'%s' (S, M, A, R, T or plan)", v);
		r->crit = i;
	} else if (!strcmp(key, "level")) {
		if ((i = level_parse(v)) < 0)
			return fail(err, errlen, file, line, "unknown level "
			    "'%s' (error, warning, info or off)", v);
		r->level = i;
	} else if (!strcmp(key, "scope")) {
		if ((i = name_index(scope_names, 3, v)) < 0)
			return fail(err, errlen, file, line, "unknown scope "
			    "'%s' (title, text or milestone)", v);
		r->scope = i;
	} else if (!strcmp(key, "check")) {
		if (*v == '\0')
			r->check = CK_NONE;
		else if ((i = name_index(check_names + 1, CK_COUNT - 1, v)) < 0)
			return fail(err, errlen, file, line, "unknown check "
			    "'%s'", v);
		else
			r->check = i + 1;
	} else if (!strcmp(key, "count")) {
		char *end;
		long n;

		errno = 0;
		n = strtol(v, &end, 10);
		if (!isdigit((unsigned char)*v) || *end || errno ||
		    n < 1 || n > 1000000)
			return fail(err, errlen, file, line, "count must be a "
			    "number from 1 to 1000000, not '%s'", v);
		r->count = n;
	} else if (!strcmp(key, "require") || !strcmp(key, "forbid") ||
	    !strcmp(key, "unless")) {
		struct pattern *p = key[0] == 'r' ? &r->require :
		    key[0] == 'f' ? &r->forbid : &r->unless;

		pattern_free(p);
		if (*v)
			p->text = xstrdup(v);
		p->file = file;
		p->line = line;
		p->col = vcol;
	} else if (!strcmp(key, "match") || !strcmp(key, "absent")) {
		if (strcmp(v, "+") && strcmp(v, "-") && strcmp(v, "?"))
			return fail(err, errlen, file, line, "%s must be '+', "
			    "'-' or '?', not '%s'", key, v);
		*(key[0] == 'm' ? &r->on_match : &r->on_absent) = v[0];
	} else if (!strcmp(key, "goals")) {
		return set_kinds(r, v, file, line, err, errlen);
	} else if (!strcmp(key, "message")) {
		set_str(&r->message, v);
	} else if (!strcmp(key, "description")) {
		set_str(&r->description, v);
	} else {
		return fail(err, errlen, file, line, "unknown key '%s'", key);
	}
	return 0;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

/* One line (no line end) of a rules file. */
static int
read_line(struct ruleset *rs, long *slot, struct rule **cur, char *s,
    size_t len, const char *file, long line, char *err, size_t errlen)
{
	size_t a = 0, e = len, k, v;

	while (a < e && is_blank(s[a]))
		a++;
	while (e > a && is_blank(s[e - 1]))
		e--;
	if (a == e || s[a] == '#')
		return 0;
	if (s[a] == '[') {
		if (s[e - 1] != ']')
			return fail(err, errlen, file, line,
			    "section without a closing ']'");
		if (!valid_id(s + a + 1, e - a - 2))
			return fail(err, errlen, file, line, "bad rule id: "
			    "use letters, digits, '-', '_' and '.'");
		if ((rs->in_sec = e - a - 2 == 8 &&
		    !memcmp(s + a + 1, "sections", 8))) {
			*cur = NULL;
			return 0;
		}
		*cur = rule_find(rs, slot, s + a + 1, e - a - 2);
		if (*cur == NULL && rs->n >= RULES_MAX)
			return fail(err, errlen, file, line, "more than %d "
			    "rules", RULES_MAX);
		if (*cur == NULL)
			*cur = rule_add(rs, slot, s + a + 1, e - a - 2, file,
			    line);
		return 0;
	}
	for (k = a; k < e && s[k] != '='; k++)
		;
	if (k == e)
		return fail(err, errlen, file, line, "expected '[ID]', "
		    "'key = value' or a '#' comment");
	if (*cur == NULL && !rs->in_sec)
		return fail(err, errlen, file, line, "key before the first "
		    "'[ID]' section");
	for (v = k + 1; v < e && is_blank(s[v]); v++)
		;
	s[e] = '\0';
	while (k > a && is_blank(s[k - 1]))
		k--;
	s[k] = '\0';
	if (k == a)
		return fail(err, errlen, file, line, "missing key before '='");
	if (rs->in_sec) {
		int i;

		for (i = 0; i < SEC_COUNT && strcmp(sec_names[i], s + a); i++)
			;
		if (i == SEC_COUNT)
			return fail(err, errlen, file, line, "unknown section "
			    "'%s' (aspirations, strengths, weaknesses, "
			    "feedback, resources, reviews or wins)", s + a);
		free(rs->sec[i]);
		rs->sec[i] = *(s + v) ? xstrdup(s + v) : NULL;
		rs->sec_file[i] = file;
		rs->sec_line[i] = line;
		return 0;
	}
	return set_key(*cur, s + a, s + v, (int)(v + 1), file, line, err,
	    errlen);
}

int
ruleset_read(struct ruleset *rs, const char *name, const char *text,
    size_t len, char *err, size_t errlen)
{
	size_t n, i, start;
	char *s;
	const char *file;
	struct rule *cur = NULL;
	long line = 1, *slot;
	int rc = 0;

	if (len > RULES_MAX_BYTES) {
		snprintf(err, errlen, "%s: larger than %d KiB", name,
		    RULES_MAX_BYTES >> 10);
		return -1;
	}
	s = utf8_clean(text, len, &n);
	slot = xmalloc(IDS_SLOTS * sizeof *slot);
	memset(slot, 0xff, IDS_SLOTS * sizeof *slot);	/* all -1 */
	for (i = 0; i < rs->n; i++)
		slot[id_slot(slot, rs, rs->r[i].id, strlen(rs->r[i].id))] =
		    (long)i;
	rs->files = xrealloc(rs->files, rs->nfiles + 1, sizeof *rs->files);
	file = rs->files[rs->nfiles++] = xstrdup(name);
	for (start = i = 0; i <= n && rc == 0; i++) {
		if (i < n && s[i] != '\n')
			continue;
		if (i > start && s[i - 1] == '\r')
			s[i - 1] = '\0', rc = read_line(rs, slot, &cur,
			    s + start, i - 1 - start, file, line, err, errlen);
		else if (i < n || i > start)
			rc = read_line(rs, slot, &cur, s + start, i - start,
			    file, line, err, errlen);
		start = i + 1;
		line++;
	}
	free(slot);
	free(s);
	return rc;
}

int
ruleset_load(struct ruleset *rs, const char *path, char *err, size_t errlen)
{
	struct stat st;
	char *buf = NULL;
	size_t len;
	int rc = -1, fd = STDIN_FILENO;

	if (strcmp(path, "-") != 0 && (fd = open(path, O_RDONLY)) == -1)
		goto fail;
	/* A huge file is refused before it is read. */
	if (fstat(fd, &st) == -1)
		goto fail;
	if (S_ISREG(st.st_mode) && st.st_size > RULES_MAX_BYTES) {
		errno = EFBIG;
		goto fail;
	}
	if (read_fd(fd, &buf, &len) != 0)
		goto fail;
	rc = ruleset_read(rs, path, buf, len, err, errlen);
	goto done;
fail:
	if (errno == EFBIG)
		snprintf(err, errlen, "%s: larger than %d KiB", path,
		    RULES_MAX_BYTES >> 10);
	else
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
done:
	if (fd != STDIN_FILENO && fd != -1)
		close(fd);
	free(buf);
	return rc;
}

/* ---- finding a plan's .planrules ---- */

/*
 * Whether a rules file may be used: owned by the user or root and not
 * writable by group or others (git's safe.directory reasoning: anyone
 * who could have written it could turn checks off).  NULL if so, else
 * why not.
 */
static const char *
untrusted(const struct stat *st)
{
	if (st->st_uid != geteuid() && st->st_uid != 0)
		return "owned by another user";
	if (st->st_mode & (S_IWGRP | S_IWOTH))
		return "writable by group or others";
	return NULL;
}

/* Whether dir (a path) holds .git (a directory, or a worktree's file). */
static int
repo_root(const char *dir, struct buf *b)
{
	struct stat st;

	b->len = 0;
	buf_printf(b, "%s/.git", strcmp(dir, "/") ? dir : "");
	return lstat(b->s, &st) == 0;
}

char *
planrules_find(const char *plan, planrules_skip_cb skip, void *arg)
{
	const char *slash = strcmp(plan, "-") ? strrchr(plan, '/') : NULL;
	const char *home = getenv("HOME");
	char *dir, *path, *homereal = NULL, *end;
	struct buf b = { 0 }, g = { 0 };
	struct stat st;
	const char *why;

	dir = slash == NULL ? xstrdup(".") : slash == plan ? xstrdup("/") :
	    xstrndup(plan, (size_t)(slash - plan));
	path = realpath(dir, NULL);
	free(dir);
	if (path == NULL)
		return NULL;
	if (home != NULL && *home == '/')
		homereal = realpath(home, NULL);
	for (;;) {
		b.len = 0;
		buf_printf(&b, "%s/.planrules", strcmp(path, "/") ? path : "");
		if (stat(b.s, &st) == 0 && S_ISREG(st.st_mode)) {
			if ((why = untrusted(&st)) == NULL)
				break;
			if (skip != NULL)
				skip(arg, b.s, why);
		}
		/* The search ends at a repository's root or at home. */
		if (!strcmp(path, "/") || repo_root(path, &g) ||
		    (homereal != NULL && !strcmp(path, homereal))) {
			buf_free(&b);
			break;
		}
		end = strrchr(path, '/');
		end[end == path] = '\0';
	}
	buf_free(&g);
	free(homereal);
	free(path);
	return b.s;
}

/* ---- compiling ---- */

static int
pattern_compile(const struct rule *r, struct pattern *p, char *err,
    size_t errlen)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	size_t size = 0, jit = 0;
	int code;

	if (p->text == NULL)
		return 0;
	p->re = pcre2_compile((PCRE2_SPTR)p->text, strlen(p->text),
	    PCRE2_UTF | PCRE2_UCP, &code, &off, NULL);
	if (p->re == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		snprintf(err, errlen, "%s:%ld:%ld: rule %s: bad regex: %s",
		    p->file, p->line, (long)(p->col + off), r->id,
		    (char *)msg);
		return -1;
	}
	/* Without JIT (not built in, or no executable memory) the
	 * interpreter runs the same pattern, only slower.  Valgrind
	 * cannot follow JIT code: PLANMARK_NO_JIT turns it off. */
	if (getenv("PLANMARK_NO_JIT") == NULL)
		(void)pcre2_jit_compile(p->re, PCRE2_JIT_COMPLETE);
	(void)pcre2_pattern_info(p->re, PCRE2_INFO_SIZE, &size);
	if (pcre2_pattern_info(p->re, PCRE2_INFO_JITSIZE, &jit) != 0)
		jit = 0;
	if (size + jit > PATTERN_MAX) {
		snprintf(err, errlen, "%s:%ld:%d: rule %s: regex too large: "
		    "%zu KiB compiled, at most %d", p->file, p->line, p->col,
		    r->id, (size + jit) >> 10, PATTERN_MAX >> 10);
		return -1;
	}
	return 0;
}

int
ruleset_compile(struct ruleset *rs, char *err, size_t errlen)
{
	size_t i;

	for (i = 0; i < rs->n; i++) {
		struct rule *r = &rs->r[i];

		if (r->crit < 0)
			return fail(err, errlen, r->file, r->line,
			    "rule %s has no criterion", r->id);
		if (!r->require.text && !r->forbid.text && !r->check)
			return fail(err, errlen, r->file, r->line, "rule %s has "
			    "no require, forbid or check", r->id);
		if (r->forbid.text && (r->require.text || r->check))
			return fail(err, errlen, r->file, r->line, "rule %s: "
			    "forbid cannot be combined with require or check",
			    r->id);
		pcre2_code_free(r->require.re);
		pcre2_code_free(r->forbid.re);
		pcre2_code_free(r->unless.re);
		r->require.re = r->forbid.re = r->unless.re = NULL;
		if (pattern_compile(r, &r->require, err, errlen) != 0 ||
		    pattern_compile(r, &r->forbid, err, errlen) != 0 ||
		    pattern_compile(r, &r->unless, err, errlen) != 0)
			return -1;
	}
	career_re_free(rs->career);
	rs->career = NULL;
	for (i = 0; i < SEC_COUNT && rs->sec[i] == NULL; i++)
		;
	for (; i < SEC_COUNT; i++) {
		const char *one[SEC_COUNT] = { NULL };
		struct career_re *c;
		char why[300];

		if (rs->sec[i] == NULL)
			continue;
		one[i] = rs->sec[i];
		if ((c = career_re_new(one, why, sizeof why)) == NULL)
			return fail(err, errlen, rs->sec_file[i],
			    rs->sec_line[i], "%s", why);
		career_re_free(c);
		if (rs->career == NULL)
			rs->career = career_re_new((const char *const *)
			    rs->sec, why, sizeof why);
	}
	return 0;
}

const struct career_re *
ruleset_sections(const struct ruleset *rs)
{
	return rs->career;
}

size_t
ruleset_count(const struct ruleset *rs)
{
	return rs->n;
}

static void
rule_info(const struct rule *r, struct rule_info *ri)
{
	ri->id = r->id;
	ri->criterion = r->crit >= 0 ? criteria[r->crit] : "plan";
	ri->description = r->description ? r->description : "";
	ri->message = r->message;
	ri->level = r->level;
}

void
ruleset_info(const struct ruleset *rs, size_t i, struct rule_info *ri)
{
	rule_info(&rs->r[i], ri);
}

unsigned
ruleset_criteria(const struct ruleset *rs)
{
	unsigned bits = 0;
	size_t i;

	for (i = 0; i < rs->n; i++)
		if (rs->r[i].level != LV_OFF && rs->r[i].crit >= 0 &&
		    rs->r[i].crit < 5)
			bits |= 1u << rs->r[i].crit;
	return bits;
}

/* ---- running rules on a plan ---- */

struct run {
	struct ruleset *rs;
	const struct plan *p;
	const struct rule *r;
	size_t g;
	long today;
	long *dup;		/* per goal: line of an earlier same title */
	finding_cb cb;
	void *arg;
	int limited;		/* this rule hit a limit on this goal */
	int quiet;		/* this rule's findings say no '-': unsaid */
	size_t emitted;		/* findings of this rule on this goal */
	struct pending *heap;	/* findings not yet reported: a min-heap */
	size_t nheap, capheap;
	size_t seq;		/* findings so far, for rule order on ties */
};

/* A finding held back until no goal still to run can report one on an
 * earlier line: findings come out in line order, then column, then
 * the order the rules ran in. */
struct pending {
	struct finding f;
	size_t seq;
	char *message;		/* f.message's own copy */
};

static int
pending_less(const struct pending *a, const struct pending *b)
{
	if (a->f.line != b->f.line)
		return a->f.line < b->f.line;
	if (a->f.col != b->f.col)
		return a->f.col < b->f.col;
	return a->seq < b->seq;
}

static void
pending_push(struct run *x, const struct finding *f)
{
	struct pending e = { *f, x->seq++, NULL }, *h;
	size_t i, up;

	if (f->message != NULL)
		e.f.message = e.message = xstrdup(f->message);
	if (x->nheap == x->capheap) {
		x->capheap = x->capheap ? 2 * x->capheap : 16;
		x->heap = xrealloc(x->heap, x->capheap, sizeof *x->heap);
	}
	h = x->heap;
	for (i = x->nheap++; i > 0 && pending_less(&e, &h[up = (i - 1) / 2]);
	    i = up)
		h[i] = h[up];
	h[i] = e;
}

/* Report, in order, every held finding on a line before line. */
static void
pending_flush(struct run *x, long line)
{
	struct pending top, last, *h = x->heap;
	size_t i, c, n;

	while (x->nheap > 0 && h[0].f.line < line) {
		top = h[0];
		last = h[n = --x->nheap];
		for (i = 0; (c = 2 * i + 1) < n; i = c) {
			if (c + 1 < n && pending_less(&h[c + 1], &h[c]))
				c++;
			if (!pending_less(&h[c], &last))
				break;
			h[i] = h[c];
		}
		if (n > 0)
			h[i] = last;
		x->cb(x->arg, &top.f);
		free(top.message);
	}
}

/* Text for %g or %m: at most EXPAND_MAX bytes, cut at a character. */
static void
add_cut(struct buf *b, const char *s, size_t len)
{
	if (len > EXPAND_MAX) {
		for (len = EXPAND_MAX; len > 0 &&
		    ((unsigned char)s[len] & 0xC0) == 0x80; len--)
			;
		buf_add(b, s, len);
		BUF_LIT(b, "...");
	} else {
		buf_add(b, s, len);
	}
}

/* Expand %m (the detail) and %g (the goal's title) in a message; a
 * rule without a message gets a plain one. */
static const char *
expand(struct run *x, const char *detail, size_t dlen)
{
	struct buf *b = &x->rs->msg;
	const char *s = x->r->message;
	const char *title = x->g == NO_GOAL ? "" :
	    goal_title(x->p, &x->p->goals[x->g]);

	b->len = 0;
	if (s == NULL)
		s = dlen ? "goal \"%g\" breaks the rule: \"%m\"" :
		    "goal \"%g\" breaks the rule";
	for (; *s && b->len < MESSAGE_MAX; s++) {
		if (s[0] == '%' && s[1] == 'm')
			add_cut(b, detail, dlen), s++;
		else if (s[0] == '%' && s[1] == 'g')
			add_cut(b, title, strlen(title)), s++;
		else if (s[0] == '%' && s[1] == '%')
			buf_addc(b, '%'), s++;
		else
			buf_addc(b, *s);
	}
	if (*s)
		BUF_LIT(b, "...");
	buf_addc(b, '\0');
	return b->s;
}

static void
emit(struct run *x, long line, int col, const char *match, size_t mlen,
    const char *detail, size_t dlen)
{
	struct finding f;

	x->emitted++;
	if (x->quiet)
		return;
	memset(&f, 0, sizeof f);
	rule_info(x->r, &f.rule);
	f.goal = x->g;
	f.line = line;
	f.col = col > 0 ? col : 1;
	f.match = match;
	f.matchlen = mlen;
	f.message = expand(x, detail, dlen);
	pending_push(x, &f);
}

static void
emit_goal(struct run *x, const char *detail)
{
	const struct goal *g = &x->p->goals[x->g];

	emit(x, g->line, g->col, NULL, 0, detail, detail ? strlen(detail) : 0);
}

/* Report once per rule and goal that a regex hit pcre2's limits: the
 * match limit (1), or the depth, heap or JIT stack limit (2). */
static void
emit_limit(struct run *x, int rc)
{
	struct finding f;

	if (x->limited++)
		return;
	memset(&f, 0, sizeof f);
	rule_info(x->r, &f.rule);
	f.goal = x->g;
	f.line = x->p->goals[x->g].line;
	f.col = x->p->goals[x->g].col;
	f.message = "";
	f.limit = rc == PCRE2_ERROR_MATCHLIMIT ? 1 : 2;
	pending_push(x, &f);
}

/* Next match of re in s from start: 1 and [*ms, *me), 0 none, -1 the
 * limits stopped it.  The model's text is valid UTF-8 already, so
 * pcre2 need not check it again on every call. */
static int
find(struct run *x, const pcre2_code *re, const char *s, size_t len,
    size_t start, size_t *ms, size_t *me)
{
	PCRE2_SIZE *ov;
	int rc = pcre2_match(re, (PCRE2_SPTR)s, len, start,
	    PCRE2_NO_UTF_CHECK, x->rs->md, x->rs->mc);

	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		emit_limit(x, rc);
		return -1;
	}
	ov = pcre2_get_ovector_pointer(x->rs->md);
	*ms = ov[0];
	*me = ov[1] > ov[0] ? ov[1] : ov[0];
	return 1;
}

/* The texts a regex rule looks at, one by one: 0 when there are no
 * more.  Milestones cancelled are not looked at. */
static int
unit(struct run *x, size_t i, const char **s, size_t *len, long *line,
    int *col)
{
	const struct goal *g = &x->p->goals[x->g];

	switch (x->r->scope) {
	case SC_TITLE:
		if (i > 0)
			return 0;
		*s = g->title, *len = strlen(g->title);
		*line = g->line, *col = g->col;
		return 1;
	case SC_TEXT:
		if (i >= g->ntext)
			return 0;
		*s = g->text[i].s, *len = g->text[i].len;
		*line = g->text[i].line, *col = g->text[i].col;
		return 1;
	default:
		if (i >= g->count)
			return 0;
		i += g->first;
		*s = x->p->ms[i].src, *len = x->p->ms[i].srclen;
		*line = x->p->ms[i].line, *col = x->p->ms[i].col;
		return 1;
	}
}

/* Cancelled milestones are not held to any rule. */
static int
skip_unit(struct run *x, size_t i)
{
	const struct goal *g = &x->p->goals[x->g];

	return x->r->scope == SC_MILESTONE &&
	    x->p->ms[g->first + i].state == MS_CANCELLED;
}

static void
run_forbid(struct run *x)
{
	const pcre2_code *re = x->r->forbid.re;
	const char *s;
	size_t i, len, at, ms, me;
	long line;
	int col, n = 0, rc;

	for (i = 0; n < MAX_FORBID && unit(x, i, &s, &len, &line, &col); i++) {
		if (skip_unit(x, i))
			continue;
		for (at = 0; n < MAX_FORBID && at <= len; ) {
			if ((rc = find(x, re, s, len, at, &ms, &me)) < 0)
				return;
			if (rc == 0)
				break;
			n++;
			if (x->r->scope == SC_TITLE)
				emit(x, line, col, s + ms, me - ms, s + ms,
				    me - ms);
			else
				emit(x, line, col + (int)ms, s + ms, me - ms,
				    s + ms, me - ms);
			/* After an empty match, step over one character. */
			at = me > ms ? me : me + 1;
			while (at < len && (s[at] & 0xC0) == 0x80)
				at++;
		}
	}
}

/* 1 if the require regex matches any text of the goal, 0 if none, -1
 * if the limits stopped it. */
static int
require_any(struct run *x)
{
	const char *s;
	size_t i, len, ms, me;
	long line;
	int col, rc;

	for (i = 0; unit(x, i, &s, &len, &line, &col); i++) {
		if (skip_unit(x, i))
			continue;
		if ((rc = find(x, x->r->require.re, s, len, 0, &ms, &me)) != 0)
			return rc;
	}
	return 0;
}

/* A milestone-scope require is a demand on every milestone. */
static void
require_each(struct run *x)
{
	const char *s;
	size_t i, len, ms, me;
	long line;
	int col, rc;

	for (i = 0; unit(x, i, &s, &len, &line, &col); i++) {
		if (skip_unit(x, i))
			continue;
		if ((rc = find(x, x->r->require.re, s, len, 0, &ms, &me)) < 0)
			return;
		if (rc == 0)
			emit(x, line, col, NULL, 0, NULL, 0);
	}
}

/* ---- structural checks ---- */

static void
emit_date(struct run *x, const struct pdate *d, long line, int col)
{
	char s[11];

	date_format(d->day, s);
	emit(x, d->line ? d->line : line, d->line ? d->col : col, NULL, 0, s,
	    10);
}


static void
check_deadline(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];

	if (g->deadline.kind == DATE_NONE)
		emit_goal(x, NULL);
	else if (g->deadline.kind == DATE_BAD)
		emit_goal(x, g->deadline.text);
}

/* A deadline that reads two ways (03/04/2027) is named, not guessed. */
static void
check_unclear(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];
	size_t n = strlen(g->deadline.text);

	if (g->deadline.kind == DATE_UNCLEAR)
		emit(x, g->deadline.line ? g->deadline.line : g->line,
		    g->deadline.line ? g->deadline.col : g->col,
		    g->deadline.text, n, g->deadline.text, n);
}

/* A deadline before the day the plan says it was written. */
static void
check_before(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];

	if (x->p->ref_own && g->deadline.kind == DATE_OK &&
	    g->deadline.day < x->p->ref)
		emit_date(x, &g->deadline, g->line, g->col);
}

static void
check_overdue(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];

	/* A goal with nothing to show by its deadline is worth a
	 * finding, though no status calls it overdue. */
	if (goal_late(g, x->today, 1))
		emit_date(x, &g->deadline, g->line, g->col);
}

static void
check_ms_dates(struct run *x, int after)
{
	const struct goal *g = &x->p->goals[x->g];
	size_t i;

	if (after && g->deadline.kind != DATE_OK)
		return;
	for (i = g->first; i < g->first + g->count; i++) {
		const struct milestone *m = &x->p->ms[i];
		const struct pdate *d = &m->date[F_DUE];

		if (!ms_open(m) || d->kind != DATE_OK)
			continue;
		if (after ? d->day > g->deadline.day : d->day < x->today)
			emit_date(x, d, m->line, m->col);
	}
}

static void
bad_date(struct run *x, const struct pdate *d, long line, int col)
{
	size_t n = strlen(d->text);

	if (d->kind == DATE_BAD)
		emit(x, d->line ? d->line : line, d->line ? d->col : col,
		    d->text, n, d->text, n);
}

static void
check_invalid(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];
	size_t i;
	int f;

	bad_date(x, &g->start, g->line, g->col);
	bad_date(x, &g->deadline, g->line, g->col);
	for (i = g->first; i < g->first + g->count; i++)
		for (f = 0; f < F_COUNT; f++)
			bad_date(x, &x->p->ms[i].date[f], x->p->ms[i].line,
			    x->p->ms[i].col);
}

/* A box with a mark plan(5) gives no meaning, counted open. */
static void
check_mark(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];
	size_t i;

	for (i = g->first; i < g->first + g->count; i++) {
		const struct milestone *m = &x->p->ms[i];

		if (strcmp(ms_status(m), "unknown") == 0)
			emit(x, m->line, m->col, m->src, 3, &m->mark, 1);
	}
}

static void
check_min(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];
	long n = (long)(g->count - g->n[MS_CANCELLED]);
	char s[32];

	if (n < (x->r->count ? x->r->count : 1)) {
		snprintf(s, sizeof s, "%ld", n);
		emit_goal(x, s);
	}
}

static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

static void
check_load(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];
	long limit = x->r->count ? x->r->count : 50, *week, best = 0;
	size_t i, n = 0, run, most = 0;
	char s[80], d[11];

	week = xcalloc(g->count, sizeof *week);
	for (i = g->first; i < g->first + g->count; i++) {
		const struct pdate *due = &x->p->ms[i].date[F_DUE];

		if (ms_open(&x->p->ms[i]) && due->kind == DATE_OK)
			week[n++] = due->day - date_weekday(due->day);
	}
	qsort(week, n, sizeof *week, cmp_long);
	for (i = 0; i < n; i += run) {
		for (run = 1; i + run < n && week[i + run] == week[i]; run++)
			;
		if (run > most)
			most = run, best = week[i];
	}
	free(week);
	if ((long)most > limit) {
		date_format(best, d);
		snprintf(s, sizeof s, "%zu open milestones due in the week of "
		    "%s", most, d);
		emit_goal(x, s);
	}
}

static void
check_duplicate(struct run *x)
{
	if (x->dup != NULL && x->dup[x->g] > 0)
		emit_goal(x, x->p->goals[x->g].title);
}

/* A goal's title and index, sorted to find equal titles. */
struct titled {
	const char *title;
	size_t i;
};

static int
cmp_title(const void *a, const void *b)
{
	const struct titled *x = a, *y = b;
	int c = strcmp(x->title, y->title);

	return c ? c : x->i < y->i ? -1 : x->i > y->i;
}

/* For each goal, the line of the first goal with its title if that is
 * an earlier one, else 0. */
static long *
find_duplicates(const struct plan *p)
{
	struct titled *ix = xcalloc(p->ngoals, sizeof *ix);
	long *dup = xcalloc(p->ngoals, sizeof *dup);
	size_t i;

	for (i = 0; i < p->ngoals; i++) {
		ix[i].title = p->goals[i].title;
		ix[i].i = i;
	}
	qsort(ix, p->ngoals, sizeof *ix, cmp_title);
	for (i = 1; i < p->ngoals; i++)
		if (!strcmp(ix[i].title, ix[i - 1].title))
			dup[ix[i].i] = dup[ix[i - 1].i] ? dup[ix[i - 1].i] :
			    p->goals[ix[i - 1].i].line;
	free(ix);
	return dup;
}

/* ---- a career plan ---- */

static void
check_area(struct run *x)
{
	const struct plan *p = x->p;
	size_t i;

	for (i = 0; i < p->nitems; i++)
		if (item_is_area(p, i) && item_goals(p, i) == 0)
			emit(x, p->items[i].line, p->items[i].col, NULL, 0,
			    p->items[i].text, strlen(p->items[i].text));
}

static void
check_feedback(struct run *x)
{
	const struct plan *p = x->p;
	long days = x->r->count ? x->r->count : 90, line = 0;
	const struct sitem *last = NULL;
	char s[160], d[11];
	int col = 1;
	size_t i;

	for (i = 0; i < p->nitems; i++) {
		const struct sitem *it = &p->items[i];

		if (p->sections[it->section].kind != SEC_FEEDBACK)
			continue;
		if (line == 0)
			line = p->sections[it->section].line;
		if (it->date.kind == DATE_OK && it->date.day <= x->today &&
		    (last == NULL || it->date.day > last->date.day))
			last = it;
	}
	for (i = 0; line == 0 && i < p->nsections; i++)
		if (p->sections[i].kind == SEC_FEEDBACK)
			line = p->sections[i].line;
	if (line == 0)
		line = p->sections[0].line;
	if (last != NULL && x->today - last->date.day <= days)
		return;
	if (last != NULL) {
		date_format(last->date.day, d);
		snprintf(s, sizeof s, "%ld days (the last is dated %s, %ld "
		    "days ago)", days, d, x->today - last->date.day);
		line = last->line;
		col = last->col;
	} else {
		snprintf(s, sizeof s, "%ld days (none is dated)", days);
	}
	emit(x, line, col, NULL, 0, s, strlen(s));
}

static void
check_review(struct run *x)
{
	const struct plan *p = x->p;
	const struct pdate *n = &p->next_review, *l = &p->last_review;
	long days = x->r->count ? x->r->count : 180;
	char s[160], d[11];

	if (n->kind == DATE_OK && n->day < x->today) {
		date_format(n->day, d);
		snprintf(s, sizeof s, "the next review, %s, has passed "
		    "(%ld days ago)", d, x->today - n->day);
		emit(x, n->line, n->col, NULL, 0, s, strlen(s));
	} else if (n->kind != DATE_OK && l->kind == DATE_OK &&
	    x->today - l->day > days) {
		date_format(l->day, d);
		snprintf(s, sizeof s, "the last review, %s, was %ld days ago "
		    "(more than %ld) and no next one is set", d,
		    x->today - l->day, days);
		emit(x, l->line, l->col, NULL, 0, s, strlen(s));
	}
}

static void
check_addresses(struct run *x)
{
	if (!goal_addresses(x->p, x->g))
		emit_goal(x, NULL);
}

static void
check_support(struct run *x)
{
	if (!x->p->goals[x->g].support)
		emit_goal(x, NULL);
}

static void
check_suggest(struct run *x)
{
	const struct plan *p = x->p;
	char word[64], s[400];
	const char *t;
	size_t n;
	long i;

	if (goal_addresses(p, x->g) ||
	    (i = career_suggest(p, x->g, word, sizeof word)) < 0)
		return;
	/* A long aspiration is named by its start. */
	t = p->items[i].text;
	if ((n = strlen(t)) > 60)
		for (n = 60; n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80;
		    n--)
			;
	snprintf(s, sizeof s, "%s \"%.*s%s\" (both say \"%s\")",
	    item_is_area(p, (size_t)i) ? "the area" : "the aspiration",
	    (int)n, t, t[n] ? "..." : "", word);
	emit_goal(x, s);
}

static void
run_check(struct run *x)
{
	switch (x->r->check) {
	case CK_DEADLINE:
		check_deadline(x);
		break;
	case CK_OVERDUE:
		check_overdue(x);
		break;
	case CK_MS_OVERDUE:
		check_ms_dates(x, 0);
		break;
	case CK_MS_AFTER:
		check_ms_dates(x, 1);
		break;
	case CK_INVALID:
		check_invalid(x);
		break;
	case CK_DUPLICATE:
		check_duplicate(x);
		break;
	case CK_MIN_MS:
		check_min(x);
		break;
	case CK_LOAD:
		check_load(x);
		break;
	case CK_UNCLEAR:
		check_unclear(x);
		break;
	case CK_BEFORE:
		check_before(x);
		break;
	case CK_MARK:
		check_mark(x);
		break;
	case CK_AREA:
		check_area(x);
		break;
	case CK_FEEDBACK:
		check_feedback(x);
		break;
	case CK_REVIEW:
		check_review(x);
		break;
	case CK_ADDRESSES:
		check_addresses(x);
		break;
	case CK_SUPPORT:
		check_support(x);
		break;
	case CK_SUGGEST:
		check_suggest(x);
		break;
	default:
		break;
	}
}

/* The verdict of a rule on a goal when its pattern (or check) matched
 * or not: the rule's own, else a forbid's match and a require's or
 * check's absence are '-', the other way '+'. */
static char
rule_verdict(const struct rule *r, int matched)
{
	char v = matched ? r->on_match : r->on_absent;

	if (v == 0)
		v = (r->forbid.text != NULL) == matched ? '-' : '+';
	return v;
}

/* Does a rule apply to a goal of this kind?  A career plan's checks
 * only to a career plan's goals.  In a career plan a heading over
 * milestones is a goal to the SMART rules too, marked or not: its
 * areas are what it is for (in a task list it may be "Groceries"). */
static int
applies(const struct rule *r, const struct plan *p, const struct goal *g)
{
	unsigned kinds = r->kinds ? r->kinds :
	    r->crit < 5 ? KINDS_SMART | (p->career ? 1u << G_SECTION : 0) :
	    KINDS_ALL;

	if (CK_CAREER(r->check) && (!p->career || CK_PLAN_WIDE(r->check)))
		return 0;
	return kinds >> (g->listed ? KIND_LISTED : (int)g->kind) & 1;
}

/* Does the rule's unless pattern match any text of the goal? */
static int
unless_any(struct run *x)
{
	const struct goal *g = &x->p->goals[x->g];
	size_t i, ms, me;
	int rc;

	for (i = 0; i < g->ntext; i++)
		if ((rc = find(x, x->r->unless.re, g->text[i].s,
		    g->text[i].len, 0, &ms, &me)) != 0)
			return 1;
	return 0;
}

/* Run a rule on a goal; returns its verdict.  A rule with both a check
 * and a require holds when either does.  Findings are reported only
 * where the verdict is '-'; at info it counts as '?'. */
static char
run_rule(struct run *x)
{
	const struct rule *r = x->r;
	int forbid = r->forbid.re != NULL, matched;
	char v;

	x->limited = 0;
	x->emitted = 0;
	x->quiet = rule_verdict(r, forbid) != '-';
	if (forbid && r->unless.re != NULL) {
		/* The excuse is looked for only where the pattern is found:
		 * most goals have neither, and the forbid is the cheaper. */
		int quiet = x->quiet;

		x->quiet = 1;
		run_forbid(x);
		if (x->limited || x->emitted == 0)
			return x->limited ? '?' : rule_verdict(r, 0);
		if (unless_any(x))
			return x->limited ? '?' : rule_verdict(r, 0);
		x->emitted = 0;
		if (!(x->quiet = quiet))
			run_forbid(x);
		x->emitted = 1;
	} else if (r->unless.re != NULL && unless_any(x))
		return x->limited ? '?' : rule_verdict(r, 1);
	else if (forbid)
		run_forbid(x);
	else if (r->require.re != NULL && r->scope == SC_MILESTONE &&
	    !r->check)
		require_each(x);
	else if (r->require.re != NULL && r->check) {
		/* Either holds: the check first, as it is the cheaper. */
		int quiet = x->quiet;

		x->quiet = 1;
		run_check(x);
		if (x->emitted > 0 && require_any(x) == 0) {
			x->emitted = 0;
			x->quiet = quiet;
			run_check(x);
		} else
			x->emitted = 0;
		x->quiet = quiet;
	} else if (r->require.re == NULL || require_any(x) == 0) {
		if (r->check)
			run_check(x);
		else
			emit_goal(x, NULL);
	}
	if (x->limited)
		return '?';
	matched = forbid ? x->emitted > 0 : x->emitted == 0;
	v = rule_verdict(r, matched);
	return v == '-' && r->level == LV_INFO ? '?' : v;
}

void
ruleset_score(struct ruleset *rs, const struct plan *p, long today,
    finding_cb cb, void *arg, char (*score)[5])
{
	struct run x = { .rs = rs, .p = p, .today = today, .cb = cb,
		.arg = arg };
	size_t i;
	char v;

	for (i = 0; i < rs->n; i++)
		if (rs->r[i].check == CK_DUPLICATE &&
		    rs->r[i].level != LV_OFF && x.dup == NULL)
			x.dup = find_duplicates(p);
	/* A career plan's own findings first: the heap puts them in
	 * their places among the goals'. */
	x.g = NO_GOAL;
	for (i = 0; p->career && i < rs->n; i++) {
		x.r = &rs->r[i];
		if (x.r->level != LV_OFF && CK_PLAN_WIDE(x.r->check)) {
			x.quiet = 0;
			x.emitted = 0;
			run_check(&x);
		}
	}
	for (x.g = 0; x.g < p->ngoals; x.g++) {
		/* A goal's findings are on its own line or after it. */
		pending_flush(&x, p->goals[x.g].line);
		if (score != NULL)
			memset(score[x.g], '.', 5);
		for (i = 0; i < rs->n; i++) {
			x.r = &rs->r[i];
			if (x.r->level == LV_OFF ||
			    !applies(x.r, p, &p->goals[x.g]))
				continue;
			v = run_rule(&x);
			if (score == NULL || x.r->crit >= 5)
				continue;
			/* '-' wins over '+', and '+' over '?'. */
			char *c = &score[x.g][x.r->crit];
			if (*c == '.' || v == '-' || (v == '+' && *c == '?'))
				*c = v;
		}
	}
	pending_flush(&x, LONG_MAX);
	free(x.heap);
	free(x.dup);
}

void
ruleset_check(struct ruleset *rs, const struct plan *p, long today,
    finding_cb cb, void *arg)
{
	ruleset_score(rs, p, today, cb, arg, NULL);
}
