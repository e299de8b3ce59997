/*
 * plan.h: the shared code of the planmark tools.
 *
 * A plan document is parsed once (plan_load) into goals and milestones;
 * the tools read that model and print.  Every string in the model is valid
 * UTF-8: the input is cleaned (BOM dropped, NUL and invalid bytes turned
 * into U+FFFD) before libcmark sees it, and the model's line and column
 * numbers refer to that cleaned text, which differs from the file only
 * where a byte was replaced.
 */
#ifndef PLAN_H
#define PLAN_H

#include <stddef.h>
#include <stdio.h>

/* ---- dates (date.c) ---- */

/* A day is a count of days since 1970-01-01 (negative before). */
enum date_kind { DATE_NONE, DATE_OK, DATE_BAD,
	DATE_UNCLEAR		/* a date read two ways (03/04/2027) */
};

struct pdate {
	enum date_kind kind;
	int col;
	long day;		/* valid when kind == DATE_OK */
	long line;		/* where it was written; 0 if unknown */
	char text[24];		/* as written, cut to fit; for DATE_BAD */
};

/* Which date field of a milestone (or goal) a written field sets. */
enum field { F_DUE, F_DONE, F_START, F_SCHEDULED, F_COUNT };

extern const char *const field_names[F_COUNT];	/* "due", "done", ... */

long date_days(int y, int m, int d);		/* civil date to day number */
void date_ymd(long day, int *y, int *m, int *d);/* day number to civil date */
int date_valid(int y, int m, int d);		/* 1 if the date exists */
void date_format(long day, char out[11]);	/* YYYY-MM-DD */
/* Parse exactly YYYY-MM-DD at s (len bytes); 1 and *day on success. */
int date_parse(const char *s, size_t len, long *day);
/* Parse a WHEN (YYYY-MM-DD, YYYY-MM, YYYY-Qn, Qn YYYY, YYYY-Www,
 * Month YYYY, end of YYYY, YYYY) at the start of s: returns the bytes
 * used (0: no WHEN here) and sets d to the period's last day, or to
 * DATE_BAD for an impossible date of a recognised form. */
size_t date_when(const char *s, size_t len, struct pdate *d);
int date_weekday(long day);			/* 0 Monday .. 6 Sunday */
/* ISO week: year and week (1..53) of a day; day of a week's Monday. */
void date_isoweek(long day, int *year, int *week);
long date_isoweek_monday(int year, int week);	/* -1 for no such week */

/*
 * Date fields in a line of milestone text: 📅 D, due:D, [due:: D] and
 * the done/start/scheduled forms (see plan.5).  For each field found,
 * cb is called with its kind, its value and the byte range it covers.
 */
typedef void (*field_cb)(void *arg, enum field f, const struct pdate *d,
    size_t start, size_t end);
void date_fields(const char *s, size_t len, field_cb cb, void *arg);
/* First deadline phrase (by|before|until|due|deadline[:] WHEN) in s;
 * returns 1 and sets d (d->col is the byte offset of WHEN in s + 1). */
int date_deadline(const char *s, size_t len, struct pdate *d);
/* What deadlines as people write them are read against: the plan's
 * reference day (for "in six months", "by Friday") and a year the
 * context names (a heading "Goals for 2027": "by October"). */
struct date_ref {
	long today;
	int has_today;		/* 0: forms that need today are not read */
	int year;		/* 0: none */
};
/* The first deadline phrase of s in any of plan(5)'s forms, resolved
 * against r (NULL: absolute forms only): the length of its time
 * expression (0: none), its offset in *start (if not NULL), and d. */
size_t date_deadline_ref(const char *s, size_t len,
    const struct date_ref *r, struct pdate *d, size_t *start);
/* A time expression at the start of s (as after "Deadline:"): its
 * length, or 0. */
size_t date_expr(const char *s, size_t len, const struct date_ref *r,
    struct pdate *d);
/* Parse --today style YYYY-MM-DD; otherwise today's local date. */
int date_today(const char *arg, long *day);

/* ---- the document model (model.c) ---- */

enum ms_state { MS_OPEN, MS_DONE, MS_ACTIVE, MS_CANCELLED };
extern const char *const ms_state_names[4];	/* "open", "done", ... */

struct milestone {
	long line;		/* line of the box */
	int col;		/* column (bytes, from 1) of the box */
	int depth;		/* enclosing list items, 0 at the top */
	enum ms_state state;
	char *text;		/* plain text, box and date fields removed */
	struct pdate date[F_COUNT];
	const char *src;	/* the item's first line in the source, */
	size_t srclen;		/* from the box to the end of that line */
	size_t goal;		/* index of its goal */
};

/* A line of text that belongs to a goal: a slice of the source. */
struct span {
	const char *s;
	size_t len;
	long line;
	int col;
};

enum goal_kind {
	G_HEADING,		/* a heading with a goal marker */
	G_ITEM,			/* a list item with a goal marker */
	G_SECTION,		/* an unmarked heading with milestones */
	G_PREAMBLE		/* milestones before the first heading */
};

struct heading {
	long line;
	int level;		/* 1..6 */
	char *title;		/* plain text */
	long parent;		/* index of the enclosing heading, or -1 */
};

struct goal {
	enum goal_kind kind;
	long line;
	int col;
	char *title;		/* plain text, goal marker removed */
	long heading;		/* heading it stands under (itself for a
				 * heading goal), or -1 */
	int listed;		/* an item of a list under a heading that
				 * names goals, with no marker (G_ITEM) */
	struct pdate deadline;
	char *deadline_text;	/* the deadline as written ("end of Q2"),
				 * or NULL where that is the date itself */
	struct pdate start;	/* a start field on the goal */
	size_t first, count;	/* its milestones: plan->ms[first..] */
	size_t n[4];		/* milestones by state */
	struct span *text;	/* its own text: title line, then prose */
	size_t ntext;
};

struct plan {
	char *name;		/* as given; "<stdin>" for standard input */
	char *src;		/* the cleaned source */
	size_t srclen;
	struct goal *goals;
	size_t ngoals;
	struct milestone *ms;	/* in goal order, document order within */
	size_t nms;
	struct heading *headings;
	size_t nheadings;
	struct span *spans;	/* all goals' text, in goal order */
	size_t nspans;
	long ref;		/* the day the plan was written (its front
				 * matter, a "Last reviewed" line), else
				 * today: what "in six months" counts from */
	int ref_own;		/* ref is the plan's own, not today */
	struct pdate *bad;	/* every impossible date found */
	size_t nbad;
	struct pool *pool;	/* where the model's strings are kept */
};

struct plan_opts {
	const char *marker;	/* goal marker regex; NULL for the default */
	int keep_text;		/* fill goal->text with all the goal's prose;
				 * without, only the title line and lines
				 * that may hold a deadline are kept */
};

/* Compile the options' marker regex once; NULL with err set if bad. */
struct plan_ctx;
struct plan_ctx *plan_ctx_new(const struct plan_opts *o, char *err,
    size_t errlen);
void plan_ctx_free(struct plan_ctx *);
/* Set the day relative deadlines count from when a plan names none
 * (default: the system's today); tools pass --today. */
void plan_ctx_today(struct plan_ctx *, long day);
/* Build the model of a document from its bytes (any bytes).  The name is
 * copied.  Never fails but for memory, which aborts. */
struct plan *plan_parse(struct plan_ctx *, const char *name,
    const char *buf, size_t len);
/* Read a file ("-" for stdin) and parse it; NULL with errno set. */
struct plan *plan_load(struct plan_ctx *, const char *path);
void plan_free(struct plan *);
/* Percent done of a goal, rounded down; -1 for no countable milestones. */
int goal_percent(const struct goal *);
size_t goal_total(const struct goal *);	/* open + active + done */

/* ---- utilities (util.c) ---- */

extern const char *progname;
void tool_init(const char *name);	/* set progname, ignore SIGPIPE */
void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t, size_t);	/* n items of size, checked */
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
void warnx(const char *fmt, ...);	/* "progname: ..." on stderr */
void warn(const char *fmt, ...);	/* ... with ": strerror(errno)" */

/* Read all of a file ("-": stdin); 0, or -1 with errno set. */
int read_all(const char *path, char **buf, size_t *len);
/* 1 if bytes need no cleaning: valid UTF-8, no NUL, no BOM. */
int utf8_is_clean(const char *buf, size_t len);
/* Clean bytes into valid UTF-8 (see above); returns a new buffer. */
char *utf8_clean(const char *buf, size_t len, size_t *outlen);

/* Growable byte buffer. */
struct buf {
	char *s;
	size_t len, cap;
};
void buf_add(struct buf *, const char *, size_t);
void buf_addc(struct buf *, int);
void buf_adds(struct buf *, const char *);
#define BUF_LIT(b, lit) buf_add((b), (lit), sizeof(lit) - 1)
void buf_printf(struct buf *, const char *fmt, ...);
void buf_free(struct buf *);

/* Progress tallies ([2/5], [40%], [2/5 40%], and Org's empty [/] and
 * [%]) as plantally writes them at the end of a goal's title. */
enum tally_form { TALLY_NONE, TALLY_FRACTION, TALLY_PERCENT, TALLY_BOTH };
/* A tally ending exactly at e, starting at or after lo after a blank or
 * at lo: its start and *form, or (size_t)-1. */
size_t tally_at(const char *s, size_t lo, size_t e, enum tally_form *form);

/* Output: write a JSON string (with quotes) for UTF-8 text. */
void json_str(FILE *, const char *s, size_t len);
void json_cstr(FILE *, const char *s);	/* NULL prints null */
void json_date(FILE *, const struct pdate *);	/* "YYYY-MM-DD" or null */
void out_num(FILE *, long long);		/* a decimal number */
/* The same into a buffer, for output built a line at a time. */
void buf_json(struct buf *, const char *s, size_t len);
void buf_json_date(struct buf *, const struct pdate *);
void buf_num(struct buf *, long long);
/* The index of arg in a NULL-ended list of option words, or -1 after
 * "unknown WHAT 'arg' (word, ...)" on stderr. */
int opt_word(const char *what, const char *arg, const char *const words[]);
/* date_today() for --today, saying what is wrong; 1 or 0. */
int today_opt(const char *arg, long *day);
/* Print text to stdout escaped for Markdown: it reads back the same. */
void md_text(const char *s);
/* Flush stdout after a document: on EPIPE exit 0 quietly; on any other
 * error report it and exit 2. */
void out_flush(void);
/* At exit: flush and close stdout, exit 2 on error; returns status. */
int out_close(int status);
/* Common options: prints version line with libcmark and pcre2. */
void print_version(void);

/* ---- goal status (status.c) ---- */

/* The status of a goal, the first that applies; in order of urgency
 * for sorting see status_rank. */
enum gstatus { ST_DONE, ST_NONE, ST_OVERDUE, ST_AT_RISK, ST_NOT_STARTED,
    ST_ON_TRACK, ST_COUNT };
extern const char *const status_names[ST_COUNT];	/* "done", ... */
/* Where a goal's time starts: its start field, else the earliest date on
 * any of its milestones; 0 if none. */
int goal_start(const struct plan *, const struct goal *, long *day);
enum gstatus goal_status(const struct plan *, const struct goal *,
    long today);
int status_rank(enum gstatus);		/* 0 most urgent */
/* Open (or active) milestones whose due date has passed. */
size_t goal_overdue(const struct plan *, const struct goal *, long today);
/* The open milestone due next (due today or later), or NULL. */
const struct milestone *goal_next_due(const struct plan *,
    const struct goal *, long today);
/* Percent of done in total, rounded down; -1 for total 0. */
int percent_of(size_t done, size_t total);
/* A progress bar of width cells into out (room for width * 3 + 3
 * bytes): Unicode blocks when utf8, else [###---]. */
void progress_bar(char *out, int pct, int width, int utf8);
/* Whether stdout gets colour and Unicode: a terminal, NO_COLOR unset. */
int out_fancy(void);

/* ---- matching two versions of a plan (match.c) ---- */

/* A goal or milestone of the old version and its partner in the new,
 * by index; -1 on the side where it has none. */
struct match_pair {
	long old, new;
	int moved;		/* a milestone now under another goal */
};

/*
 * Goals are matched by title, then a goal left over to one whose
 * milestones mostly match (a rename); milestones by goal and text,
 * equal texts in order, then by text alone (a move).  Titles and texts
 * are compared normalised (match_norm).  Pairs come in the new
 * version's order, then the old's left over.
 */
struct plan_match {
	struct match_pair *goals;
	size_t ngoals;
	struct match_pair *ms;
	size_t nms;
	long *goal_new, *goal_old;	/* index in one -> index in other */
	long *ms_new, *ms_old;
};
struct plan_match *plan_match_new(const struct plan *old,
    const struct plan *new);
void plan_match_free(struct plan_match *);
/* The same in two steps: each version's normalised texts (which may be
 * made in threads of their own, one version each), then the pairing;
 * the sides must outlive only the call. */
struct match_side;
struct match_side *match_side_new(const struct plan *);
void match_side_free(struct match_side *);
struct plan_match *plan_match_sides(const struct match_side *old,
    const struct match_side *new);
/* Text as compared: case folded (ASCII), inline markup and date fields
 * dropped, white space squeezed.  Returns a new string. */
char *match_norm(const char *s);

/* ---- rules (rules.c) ---- */

/* Levels, lowest first; a rule at LV_OFF is never evaluated. */
enum level { LV_OFF, LV_INFO, LV_WARNING, LV_ERROR };
extern const char *const level_names[4];	/* "off", "info", ... */
int level_parse(const char *s);			/* -1 if unknown */

extern const char builtin_rules[];	/* src/builtin.rules, embedded */

/* A set of rules: read from rules texts (later sections override the
 * keys they set), then compiled once, then run on any number of plans. */
struct ruleset;
struct ruleset *ruleset_new(void);
void ruleset_free(struct ruleset *);
/* Add rules text; 0, or -1 with err set to "NAME:LINE: message". */
int ruleset_read(struct ruleset *, const char *name, const char *text,
    size_t len, char *err, size_t errlen);
/* ruleset_read of a file; -1 with err "PATH: strerror" on I/O error. */
int ruleset_load(struct ruleset *, const char *path, char *err,
    size_t errlen);
/* Check every rule and compile its regex; 0, or -1 with err set. */
int ruleset_compile(struct ruleset *, char *err, size_t errlen);

/* What a rule says about a rule set, for listings (SARIF). */
struct rule_info {
	const char *id, *criterion, *description, *message;
	enum level level;
};
size_t ruleset_count(const struct ruleset *);
void ruleset_info(const struct ruleset *, size_t i, struct rule_info *);
/* Criteria ("S".."T" as bits 0..4) with at least one rule not off. */
unsigned ruleset_criteria(const struct ruleset *);
int criterion_bit(const char *criterion);	/* 0..4, -1 for plan */

/* One finding: a goal broke a rule, or a regex hit pcre2's limits. */
struct finding {
	struct rule_info rule;
	size_t goal;			/* index into plan->goals */
	long line;
	int col;
	const char *match;		/* NULL: no matched text */
	size_t matchlen;
	const char *message;		/* %m and %g expanded */
	int limit;			/* the regex hit pcre2's match limit (1),
				 * its depth, heap or stack limit (2) */
};
typedef void (*finding_cb)(void *arg, const struct finding *);
/* Run every rule not off on every goal of a plan, in goal order. */
void ruleset_check(struct ruleset *, const struct plan *, long today,
    finding_cb, void *arg);
/* The same, and each goal's verdict per letter S..T into score[goal]:
 * '+' evidence it holds, '-' evidence it fails, '?' neither, '.' no
 * rule of the letter applies to the goal.  score may be NULL. */
void ruleset_score(struct ruleset *, const struct plan *, long today,
    finding_cb, void *arg, char (*score)[5]);

/* ---- files from git (git.c) ---- */

/* The bytes of PATH as it was in git revision REV (git show REV:./NAME,
 * run in PATH's directory without a shell): 0 with *buf (NUL ended,
 * caller frees) and *len, or -1 with git's complaint, one line, in msg. */
int git_show(const char *rev, const char *path, char **buf, size_t *len,
    char *msg, size_t msglen);
/* Parse a file as it was in REV, named "REV:PATH"; on failure says why
 * ("progname: REV:PATH: git's complaint") and returns NULL. */
struct plan *plan_load_git(struct plan_ctx *, const char *rev,
    const char *path);

#endif
