/*
 * plan.h: the shared code of the planmark tools.
 *
 * A plan document is parsed once (plan_load) into goals and milestones;
 * the tools read that model and print.  Every string in the model is valid
 * UTF-8: the input is cleaned (BOM dropped, NUL and invalid bytes turned
 * into U+FFFD) before libcmark sees it, and the model's line and column
 * numbers refer to that cleaned text, which differs from the file only
 * where a byte was replaced.
 *
 * The data flows one way: bytes -> model (model.c, date.c) -> rules,
 * status, match (rules.c, status.c, match.c) -> diff (diff.c) -> output
 * (out.c), with the frame (cli.c) around each tool's main.
 *
 * Errors: library functions never print.  Those that read files return
 * -1 or NULL with errno set (plan_load, read_all); those that parse
 * what a person wrote (regexes, rules files, git) put a one-line reason
 * in the caller's err buffer.  Running out of memory says so and exits
 * 2 (xmalloc).  Only the tools and the frame print (warn, warnx).
 *
 * Threads: a plan, a plan_match, a plan_diff and a compiled ruleset may
 * be read by many threads at once once built.  A plan_ctx, a ruleset
 * being checked (ruleset_check writes its match data) and an rx_bounds
 * belong to one thread at a time: give each thread its own.  The tool
 * name (set_progname) is set once before any thread starts.
 */
#ifndef PLAN_H
#define PLAN_H

#include <stdarg.h>
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
enum field { F_DUE, F_DONE, F_START, F_SCHEDULED, F_CREATED, F_COUNT };

extern const char field_names[F_COUNT][10];	/* "due", "done", ... */

/* A task's priority, as Obsidian Tasks names them. */
enum priority { PRI_NONE, PRI_HIGHEST, PRI_HIGH, PRI_MEDIUM, PRI_LOW,
    PRI_LOWEST };
extern const char priority_names[6][8];	/* "", "highest", ... */

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
/* The same and, to xcb, the other fields of a task's text (plan.5):
 * todo.txt's "x DONE [CREATED]" or "(A) [CREATED]" at the start,
 * priorities, #tags, +projects, @contexts and recurrence.  xcb gets the
 * priority (X_PRIORITY) or the value's bytes v..v+vlen, and the range
 * the field covers.  With todo 0, a todo.txt start is text. */
enum xfield { X_PRIORITY, X_TAG, X_PROJECT, X_CONTEXT, X_RECUR };
typedef void (*xfield_cb)(void *arg, enum xfield x, int pri, size_t v,
    size_t vlen, size_t start, size_t end);
void task_fields(const char *s, size_t len, int todo, field_cb cb,
    xfield_cb xcb, void *arg);
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
extern const char ms_state_names[4][10];	/* "open", "done", ... */

struct milestone {
	long line;		/* line of the box */
	int col;		/* column (bytes, from 1) of the box */
	int depth;		/* enclosing list items, 0 at the top */
	enum ms_state state;
	char mark;		/* the box's character as written */
	unsigned char priority;	/* enum priority */
	char *text;		/* plain text, box and fields removed */
	struct pdate date[F_COUNT];
	/* Words without their sign, one space between, "" for none:
	 * #tags, +projects, @contexts. */
	const char *tags, *projects, *contexts;
	const char *recur;	/* the rule as written, or NULL */
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
	char *title;		/* plain text, date fields cut */
	const char *text;	/* the same with its fields (title if none) */
	long parent;		/* index of the enclosing heading, or -1 */
};

struct goal {
	enum goal_kind kind;
	long line;
	int col;
	long title_end;		/* a goal item's paragraph's last line;
				 * line for the other kinds */
	char *title;		/* plain text, goal marker removed; empty
				 * for the preamble */
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
	int support;		/* names a resource or support (career.c) */
};

/* ---- a career plan's sections (career.c) ---- */

/* The sections a career plan's headings name (plan.5, CAREER PLANS). */
enum sec_kind { SEC_ASPIRATIONS, SEC_STRENGTHS, SEC_WEAKNESSES,
	SEC_FEEDBACK, SEC_RESOURCES, SEC_REVIEWS, SEC_WINS, SEC_COUNT };
extern const char sec_names[SEC_COUNT][12];	/* "aspirations", ... */

struct section {
	enum sec_kind kind;
	long heading;		/* index into plan->headings */
	long line, end;		/* its heading's line; its last line */
	size_t first, count;	/* its items: plan->items[first..] */
};

/* An item of a section: a list item, a paragraph or a sub-heading with
 * what stands under it.  An item is no goal and no milestone. */
struct sitem {
	size_t section;		/* index into plan->sections */
	long line, end;		/* its first and last line */
	int col;
	const char *text;	/* plain text, one line */
	const char *tags;	/* #tags without the sign, a space between */
	const char *anchor;	/* a sub-heading's slug or a block id
				 * (^id, {#id}), or NULL */
	struct pdate date;	/* the date it starts with (feedback, a
				 * review), or DATE_NONE */
	const char *who;	/* who gave the feedback, or NULL */
};

/* A goal says it addresses an area or an aspiration. */
enum link_how { LINK_TAG, LINK_ANCHOR, LINK_LINE };
extern const char link_names[3][8];		/* "tag", ... */
struct plink {
	size_t goal;
	long item;		/* index into plan->items; -1: a section */
	size_t section;
	enum link_how how;
	long line;		/* where the goal says so */
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
	/* Its front matter (YAML "---" or TOML "+++" from the first
	 * line), which is no Markdown: lines 1..fm_lines; 0 for none. */
	long fm_lines;
	const char *title;	/* its title, or NULL */
	struct pdate deadline;	/* its due or deadline */
	const char *tags;	/* its tags, one space between; "" for none */
	/* A career plan's sections (career.c); career is set when it has
	 * aspirations or areas to improve, which goals address. */
	struct section *sections;
	size_t nsections;
	struct sitem *items;
	size_t nitems;
	struct plink *links;
	size_t nlinks;
	int career;
	struct pdate last_review, next_review;	/* DATE_NONE: not said */
	struct pdate *bad;	/* every impossible date found */
	size_t nbad;
	struct pool *pool;	/* where the model's strings are kept */
	/* Where lines came from, by the planmark markers of a plan that
	 * plangoals -f markdown wrote (plan(5)), by line; see plan_where. */
	struct origin *orig;
	size_t norig;
};

/* A line of a plan that names where it was first written. */
struct origin {
	long line;		/* in this plan */
	long oline;		/* in file */
	const char *file;	/* as shown (escaped for display) */
};

/* Where a line of a plan was written: the file and line its marker
 * names (plan(5)), else the plan's own name and the line itself. */
const char *plan_where(const struct plan *, long line, long *oline);

struct plan_opts {
	const char *marker;	/* goal marker regex; NULL for the default */
	int keep_text;		/* fill goal->text with all the goal's prose;
				 * without, only the title line and lines
				 * that may hold a deadline are kept */
	int display;		/* strings for a terminal: the name, titles
				 * and texts escaped (text_escape) */
};

/* Compile the options' marker regex once; NULL with err set if bad. */
struct plan_ctx;
struct plan_ctx *plan_ctx_new(const struct plan_opts *o, char *err,
    size_t errlen);
void plan_ctx_free(struct plan_ctx *);
/* Set the day relative deadlines count from when a plan names none
 * (default: the system's today); tools pass --today. */
void plan_ctx_today(struct plan_ctx *, long day);
/* The section headings of a career plan (a rules file's [sections]) for
 * the plans parsed from now on; NULL: plan(5)'s.  Not copied. */
struct career_re;
void plan_ctx_sections(struct plan_ctx *, const struct career_re *);
/* Build the model of a document from its bytes (any bytes).  The name is
 * copied.  Never fails but for memory, which aborts. */
struct plan *plan_parse(struct plan_ctx *, const char *name,
    const char *buf, size_t len);
/* Read a file ("-" for stdin) and parse it; NULL with errno set. */
struct plan *plan_load(struct plan_ctx *, const char *path);
void plan_free(struct plan *);
/* A goal's title as printed: the preamble's is the file's base name. */
const char *goal_title(const struct plan *, const struct goal *);
/* Percent of done in total, rounded down; -1 for total 0. */
int percent_of(size_t done, size_t total);
/* Percent done of a goal, rounded down; -1 for no countable milestones. */
int goal_percent(const struct goal *);
/* Is w (without its sign) one of the words of a milestone's tags,
 * projects or contexts?  ASCII case is ignored, as Obsidian does. */
int word_listed(const char *words, const char *w);
/* What a milestone's mark means: its state's name, or "forwarded",
 * "scheduled", "important", "question", "starred"; "unknown" for
 * another mark, counted open (plan.5). */
const char *ms_status(const struct milestone *);
/* The next occurrence Obsidian Tasks wrote beside recurring milestone
 * i, done: an open recurring neighbour under the same goal with the
 * same text; its index, or -1. */
long ms_next(const struct plan *, size_t i);
/* A milestone still to do: open or active. */
int ms_open(const struct milestone *);
/* A milestone still to do whose due date is before today. */
int ms_late(const struct milestone *, long today);
/* A goal whose deadline is before today with milestones still to do;
 * one with no milestones when empty is set (plancheck's finding). */
int goal_late(const struct goal *, long today, int empty);
size_t goal_total(const struct goal *);	/* open + active + done */
/* Progress tallies ([2/5], [40%], [2/5 40%], and Org's empty [/] and
 * [%]) as plantally writes them at the end of a goal's title. */
enum tally_form { TALLY_NONE, TALLY_FRACTION, TALLY_PERCENT, TALLY_BOTH };
/* A tally ending exactly at e, starting at or after lo after a blank or
 * at lo: its start and *form, or (size_t)-1. */
size_t tally_at(const char *s, size_t lo, size_t e, enum tally_form *form);
/* 1 if the plain text s (len bytes) reads as the milestone's text and
 * fields: the same text, dates, priority, words and recurrence. */
int task_reads_as(const char *s, size_t len, const struct milestone *);
/* The same for a goal's title after its marker, and its deadline and
 * start (an unclear one as none). */
int title_reads_as(const char *s, size_t len, const struct goal *);

/* Compiled section patterns: NULL in pattern (or a NULL entry) for
 * plan(5)'s defaults; NULL with err set for a bad regex. */
struct career_re;
struct career_re *career_re_new(const char *const pattern[SEC_COUNT],
    char *err, size_t errlen);
void career_re_free(struct career_re *);
/* The section a heading's title names, or -1; mctx: a match context. */
int career_heading(const struct career_re *, const char *title,
    void *mctx);
/* Find a plan's sections, items, review dates and links anew (the model
 * does it with the defaults; plancheck again with a .planrules's). */
void plan_career(struct plan *, const struct career_re *, void *mctx,
    long today, int display);
/* A string kept with the plan. */
char *plan_strndup(struct plan *, const char *, size_t);
int goal_addresses(const struct plan *, size_t goal);	/* a link? */
size_t item_goals(const struct plan *, size_t item);	/* links to it */
int item_is_area(const struct plan *, size_t item);	/* weaknesses */
/* The area or aspiration that shares the most significant words with
 * goal g (the first such word, as the item writes it, into word), or
 * -1: for a link to suggest. */
long career_suggest(const struct plan *, size_t g, char *word, size_t wlen);

/* ---- choosing what to look at (filter.c) ---- */

/* The filters every tool takes: a milestone is chosen when it has every
 * tag, one of the priorities, one of the states, a due date and a done
 * date in the ranges given; a goal when its title matches --goal (then
 * with all its chosen milestones, even none) or, without --goal, when
 * a milestone of it is chosen. */
struct filter {
	const char **tags;	/* words without sign: #, + or @ in the plan */
	size_t ntags;
	unsigned priorities;	/* bits by enum priority; 0: any */
	unsigned states;	/* bits by enum ms_state; 0: any */
	int due, done;		/* a range was given */
	long due_from, due_to, done_from, done_to;
	void *goal_re;		/* pcre2_code *, or NULL */
};
extern const char *const filter_states[];	/* as enum ms_state */
void filter_init(struct filter *);
void filter_free(struct filter *);
int filter_active(const struct filter *);
/* Each adds what an option says: 0, or -1 with err set. */
int filter_tag(struct filter *, const char *word, char *err, size_t);
int filter_priority(struct filter *, const char *, char *err, size_t);
int filter_state(struct filter *, const char *, char *err, size_t);
int filter_goal(struct filter *, const char *re, char *err, size_t);
/* FROM..TO, FROM.., ..TO or one WHEN, in any form plan(5) reads,
 * relative ones from today: FROM's first day to TO's last. */
int filter_range(const char *opt, const char *arg, long today,
    long *from, long *to, char *err, size_t errlen);
/* Cut a plan down to what the filter chooses, in place. */
void plan_filter(struct plan *, const struct filter *);

/* ---- utilities (util.c): libc only ---- */

/* The name every message starts with: set once by cli_init, before any
 * thread, and only read after. */
void set_progname(const char *name);
const char *tool_name(void);
/* Memory: on failure "NAME: out of memory" and exit 2. */
void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t, size_t);	/* n items of size, checked */
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
void xnomem(void);			/* say so, exit 2 */
/* For the tools and the frame only: library functions never print. */
void warnx(const char *fmt, ...);	/* "NAME: ..." on stderr */
void warn(const char *fmt, ...);	/* ... with ": strerror(errno)" */
/* "NAME: PATH: why" for a file read_all could not read (errno). */
void warn_read(const char *path);

/* Read all of a file ("-": stdin); 0, or -1 with errno set: EFBIG for
 * more than input_max() bytes. */
int read_all(const char *path, char **buf, size_t *len);
int read_fd(int fd, char **buf, size_t *len);	/* the same from an fd */
/* The most bytes a document may have: $PLANMARK_MAX_BYTES (a number,
 * with k, M or G for KiB, MiB, GiB), else INPUT_MAX_DEFAULT. */
#define INPUT_MAX_DEFAULT ((size_t)256 << 20)
size_t input_max(void);
/* 1 if bytes need no cleaning: valid UTF-8, no NUL, no BOM. */
int utf8_is_clean(const char *buf, size_t len);
/* Clean bytes into valid UTF-8 (see above); returns a new buffer. */
char *utf8_clean(const char *buf, size_t len, size_t *outlen);
/* Text for a terminal: control characters (C0 but tab, DEL, C1), the
 * line separators and the bidi controls shown as \xHH or \uHHHH, as
 * are bytes that are not UTF-8.  NULL when nothing needed it, else a
 * new string (NUL ended, *outlen bytes). */
char *text_escape(const char *s, size_t len, size_t *outlen);

/* Growable byte buffer. */
struct buf {
	char *s;
	size_t len, cap;
};
void buf_grow(struct buf *, size_t n);	/* room for n more and a NUL */
void buf_add(struct buf *, const char *, size_t);
void buf_addc(struct buf *, int);
void buf_adds(struct buf *, const char *);
#define BUF_LIT(b, lit) buf_add((b), (lit), sizeof(lit) - 1)
void buf_printf(struct buf *, const char *fmt, ...);
void buf_vprintf(struct buf *, const char *fmt, va_list);
void buf_num(struct buf *, long long);	/* a decimal number */
void buf_free(struct buf *);

/* ---- the tool frame (cli.c) ---- */

/* What a tool asks of the frame. */
enum {
	CLI_TODAY = 1,		/* --today YYYY-MM-DD */
	CLI_MARKER = 2,		/* -G REGEX */
	CLI_PLANS = 4,		/* operands are plans: load each */
	CLI_FILTER = 8,		/* --tag, --priority, ...: cut each plan */
	CLI_RULES = 16		/* each plan's .planrules: cli.rules */
};

/* How text for people is fitted.  width 0 (not a terminal, or a format
 * that is not text): no line is cut and a column is a code point, as
 * pipes always had it; else the terminal's columns (out_width), counted
 * in display columns.  unicode: the ellipsis is U+2026, else "...". */
struct fit {
	int width;
	int unicode;
};

struct option;
struct cli {
	/* Set by the tool. */
	const char *synopsis;	/* usage after the name */
	const char *help;	/* its own options, a line each, for -h */
	const char *const *formats;	/* -f words, default first; NULL */
	unsigned flags;
	const char *shortopts;	/* its own, getopt style */
	const struct option *longopts;	/* its own, {0}-ended; NULL */
	/* An option of the tool's own: -1 to go on, else the status to
	 * exit with at once. */
	int (*option)(void *tool, int c, const char *arg);
	void *tool;
	struct plan_opts po;	/* -G sets marker; the tool keep_text */
	/* With CLI_RULES: builds the rules for a .planrules (NULL: none
	 * applies), *bad set after saying why it is bad; NULL: the
	 * built-in rules and it, and nothing without one. */
	struct ruleset *(*build)(void *tool, const char *planrules,
	    int *bad);
	/* Set by cli_parse. */
	int format;		/* index into formats */
	long today;
	int colour, unicode;	/* for text for people (out_terminal) */
	struct fit fit;		/* text at a terminal: its width */
	char **operands;
	int noperands;
	struct plan_ctx *ctx;	/* with CLI_PLANS or CLI_MARKER */
	struct filter filter;	/* with CLI_FILTER */
	/* With CLI_RULES, the rules of the plan cli_each gives fn: its
	 * .planrules over the built-in rules (NULL: none applies), whose
	 * [sections] the plan was read with.  Kept by file. */
	struct ruleset *rules;
	struct rules_cache *rcache;
};

/* Name the tool, buffer stdout, make a closed pipe an error return. */
void cli_init(const char *name);
/* Parse the options: -1 to go on, else the status to exit with (after
 * -h, -V, or a bad option, which is said). */
int cli_parse(struct cli *, int argc, char *argv[]);
void cli_usage(const struct cli *, FILE *);
/* Each operand (none: "-", standard input) to fn, with its plan loaded
 * under CLI_PLANS (else NULL); a directory gives the .md and .markdown
 * files under it, sorted, hidden directories left out; a file found
 * under a directory and again is done once.  An operand that cannot be read is said and the
 * rest still done.  Returns the worst of fn's statuses (0, 1, 2), 2 for
 * a file not read. */
typedef int (*cli_fn)(void *tool, const char *path, struct plan *);
int cli_each(struct cli *, cli_fn fn);
/* With CLI_RULES, what cli_each does before it reads a plan, for a tool
 * that reads one itself: find path's .planrules, set cli.rules and the
 * sections plans are read with from now on.  0, or -1 after saying
 * that the rules file is bad. */
int cli_rules(struct cli *, const char *path);
/* Cut a plan by the filters (cli_each does it for the plans it loads;
 * a tool does it for any other it reads, such as an older version). */
void cli_filter(const struct cli *, struct plan *);
/* Free what cli_parse made, close stdout: the status to exit with. */
int cli_end(struct cli *, int status);
/* The index of arg in a NULL-ended list of option words, or -1 after
 * "unknown WHAT 'arg' (word, ...)" on stderr. */
int opt_word(const char *what, const char *arg, const char *const words[]);
/* Flush stdout after a document: on EPIPE exit 0 quietly; on any other
 * error report it and exit 2. */
void out_flush(void);
/* At exit: flush and close stdout, 2 on error; else returns status. */
int out_close(int status);

/* ---- the output layer (out.c) ---- */

/* JSON into a buffer; commas come by themselves.  A NULL key: a value
 * in a list. */
void json_str(struct buf *, const char *s, size_t len);
void json_key(struct buf *, const char *key);
void json_begin(struct buf *, const char *key);		/* { */
void json_end(struct buf *);				/* } */
void json_list(struct buf *, const char *key);		/* [ */
void json_list_end(struct buf *);			/* ] */
void json_kstr(struct buf *, const char *key, const char *s); /* NULL: null */
void json_knum(struct buf *, const char *key, long long);
void json_knull(struct buf *, const char *key);
void json_kbool(struct buf *, const char *key, int);
void json_kday(struct buf *, const char *key, long day);
void json_kdate(struct buf *, const char *key, const struct pdate *);

/* A record: one row of output, built once and rendered as a JSON
 * object (out_json) or a TSV row (out_tsv: the top-level fields). */
enum rf_type { RF_NULL, RF_STR, RF_NUM, RF_DAY, RF_BEGIN, RF_LIST, RF_END };
enum { RF_JSON = 1, RF_TSV = 2 };	/* rec_only: in that format only */
struct rfield {
	const char *key;
	enum rf_type type;
	unsigned flags;
	const char *s;		/* borrowed: must outlive the rendering */
	long long n;		/* the number, or the string's length */
};
struct record {
	struct rfield *f;
	size_t n, cap;
};
void rec_clear(struct record *);
void rec_free(struct record *);
void rec_str(struct record *, const char *key, const char *s);	/* NULL: null */
void rec_strn(struct record *, const char *key, const char *s, size_t);
void rec_num(struct record *, const char *key, long long);
void rec_null(struct record *, const char *key);
void rec_day(struct record *, const char *key, long day);
void rec_date(struct record *, const char *key, const struct pdate *);
void rec_begin(struct record *, const char *key);	/* an object */
void rec_list(struct record *, const char *key);	/* a list */
void rec_end(struct record *);				/* of either */
/* What a plan says of itself in its front matter: a "plan" record
 * (title, date, deadline, tags). */
void rec_plan(struct record *, const struct plan *);
/* Words separated by a space, as a list. */
void rec_words(struct record *, const char *key, const char *words);
void rec_only(struct record *, unsigned flags);	/* the last field */
const struct rfield *rec_get(const struct record *, const char *key);
void out_json(struct buf *, const struct record *);	/* a line */
void out_tsv(struct buf *, const struct record *);	/* a line */
void tsv_str(struct buf *, const char *s, size_t);	/* tabs, ends: spaces */
void out_write(struct buf *);		/* to stdout, and empty it */
/* A career plan's sections, items and links, a JSON line each. */
void out_career(struct buf *, struct record *, const struct plan *);

/* SARIF 2.1.0: begin, a result per finding record (file, line, column,
 * level, rule, criterion, goal, message), the rules, end. */
struct rule_info;
void sarif_begin(struct buf *);
void sarif_result(struct buf *, const struct record *, int first);
void sarif_rules(struct buf *, const char *tool);
void sarif_rule(struct buf *, const struct rule_info *, int first);
void sarif_end(struct buf *);

/* Text from a document or a rules file, for a terminal (text_escape). */
void out_text(struct buf *, const char *s);
/* Text escaped for Markdown: it reads back the same. */
void md_str(struct buf *, const char *s);
void md_text(const char *s);			/* the same to stdout */
/* Which goals and milestones an output shows, by index; a NULL
 * function (or pick) shows all. */
struct pick {
	int (*goal)(void *arg, const struct plan *, size_t goal);
	int (*ms)(void *arg, const struct plan *, size_t ms);
	void *arg;
};
/* A plan as Markdown that reads back as the same goals, milestones,
 * states and dates (see plangoals(1), -f markdown). */
void md_plan(struct buf *, const struct plan *, const struct pick *);
/* A progress bar of width cells into out (room for width * 3 + 3
 * bytes): Unicode blocks when utf8, else [###---]. */
void progress_bar(char *out, int pct, int width, int utf8);
/* Colour and Unicode for stdout, by --color WHEN: auto gives colour to
 * a terminal unless NO_COLOR is set and not empty or TERM is dumb;
 * Unicode bars to a terminal (or with always) in a UTF-8 locale. */
enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };	/* as in --color */
void out_terminal(int when, int *colour, int *unicode);
/* The escape that starts a hue (or ends one, H_END), "" without
 * colour. */
enum hue { H_NONE, H_RED, H_YELLOW, H_GREEN, H_CYAN, H_BOLD, H_END };
const char *out_colour(int colour, enum hue);


/* ---- text for a terminal (out.c) ---- */

/* Display columns of a code point: 0 for combining marks and zero-width
 * characters, 2 for East Asian wide and fullwidth ones and emoji, else 1
 * (the same tables on every machine; see out.c). */
int char_cols(unsigned long c);
/* Display columns of text (UTF-8, len bytes); a colour escape counts
 * none, text_escape's \xHH and \uHHHH their own length. */
size_t text_cols(const char *s, size_t len);
/* Bytes of the longest start of s within cols columns; never splits a
 * character, an escape of text_escape or a colour escape.  *used (if not
 * NULL): its columns. */
size_t text_cut(const char *s, size_t len, size_t cols, size_t *used);
/* Columns of text as f counts them. */
size_t fit_cols(const struct fit *, const char *s, size_t len);
/* s in exactly w columns: padded with spaces, or cut with an ellipsis. */
void fit_pad(struct buf *, const struct fit *, const char *s, size_t w);
/* A line of a report for people, built in b; the spans (titles,
 * milestone texts) are what may be cut when it is too wide. */
#define LINE_SPANS 4
struct line {
	struct buf b;
	size_t span[LINE_SPANS][2];	/* [start, end) in b */
	int nspan;
};
void line_span(struct line *, const char *s, size_t len);	/* add */
/* Write the line and a newline to stdout, fitted to f->width: first its
 * spans are cut with an ellipsis, the widest first, down to ten columns
 * each; then its end if it is still too wide.  Empties the line. */
void line_put(struct line *, const struct fit *);
/* The columns of the terminal on stdout: $COLUMNS if a positive number,
 * else the terminal's own size; 0 when stdout is not a terminal. */
int out_width(void);

/* ---- goal status (status.c) ---- */

/* The status of a goal, the first that applies; in order of urgency
 * for sorting see status_rank. */
enum gstatus { ST_DONE, ST_NONE, ST_OVERDUE, ST_AT_RISK, ST_NOT_STARTED,
    ST_ON_TRACK, ST_COUNT };
extern const char status_names[ST_COUNT][16];	/* "done", ... */
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
 * equal texts in order, then by text alone (a move).  A recurring
 * milestone open before and now done beside its next occurrence (as
 * Obsidian Tasks writes it) is matched to the done one.  Titles and texts
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

/* ---- the changes between two versions (diff.c) ---- */

/* The kinds of change, in the order a goal's changes come. */
enum change_kind { K_GOAL, K_GOAL_ADDED, K_GOAL_REMOVED, K_GOAL_RENAMED,
    K_ADDED, K_REMOVED, K_MOVED, K_COMPLETED, K_REOPENED, K_CANCELLED,
    K_STATE, K_REDATED, K_COUNT };
extern const char change_names[K_COUNT][16];	/* "goal-added", ... */

/* A change: goal or milestone indices in the old and new versions, -1
 * on a side without. */
struct change {
	enum change_kind kind;
	long o, n;
	long next;		/* K_COMPLETED of a recurring milestone: the
				 * next occurrence written beside it (new
				 * index), else -1 */
};

/* A pair of goals of the match and the changes that concern it. */
struct goal_diff {
	long o, n;		/* goals; -1 on the side without */
	size_t first, count;	/* its changes: diff->c[first..] */
	int counts;		/* its done or total counts differ */
};

struct plan_diff {
	const struct plan *po, *pn;
	struct plan_match *m;	/* owned */
	struct goal_diff *g;	/* in the match's order */
	size_t ng;
	struct change *c;
	size_t nc, capc;
};
/* The changes between two matched versions; takes the match. */
struct plan_diff *plan_diff_new(const struct plan *old,
    const struct plan *new, struct plan_match *);
void plan_diff_free(struct plan_diff *);
/* How a milestone's state changed, or K_COUNT for not at all. */
enum change_kind state_change(enum ms_state was, enum ms_state is);

/* ---- two texts line by line (textdiff.c) ---- */

/* A line of a unified diff: ' ' the same, '-' only in the old text, '+'
 * only in the new; s and len are the line with its end. */
struct tline {
	char op;
	const char *s;
	size_t len;
};
/* A hunk: old and new start lines and counts, as after "@@", and its
 * lines: tdiff->l[first..first + count). */
struct thunk {
	long os, oc, ns, nc;
	size_t first, count;
};
struct tdiff {
	struct tline *l;
	size_t nl;
	struct thunk *h;
	size_t nh;
};
/* The hunks (3 lines of context) between texts a and b that hold a
 * changed line not marked in kold (old lines, 1-based, nkold of them)
 * or knew; NULL marks nothing.  The lines point into a and b. */
struct tdiff *text_diff(const char *a, size_t alen, const char *b,
    size_t blen, const unsigned char *kold, size_t nkold,
    const unsigned char *knew, size_t nknew);
void text_diff_free(struct tdiff *);
/* The length of a line without its end (LF, CR LF or CR). */
size_t text_line_end(const char *s, size_t len);

/* ---- rules (rules.c) ---- */

/* Levels, lowest first; a rule at LV_OFF is never evaluated. */
enum level { LV_OFF, LV_INFO, LV_WARNING, LV_ERROR };
extern const char level_names[4][8];	/* "off", "info", ... */
int level_parse(const char *s);			/* -1 if unknown */

/* pcre2's bounds on one match, the same for every regex of the suite
 * (the -G marker and the rules): a match context (pcre2_match_context
 * *) with its own JIT stack.  One per thread. */
struct rx_bounds;
struct rx_bounds *rx_bounds_new(void);
void *rx_context(const struct rx_bounds *);
void rx_bounds_free(struct rx_bounds *);

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
/*
 * The .planrules file for a plan ("-": standard input, from the current
 * directory): the nearest in the plan's directory or above it, the
 * search ending at a repository's root (a directory holding .git) or
 * $HOME, whichever comes first, else at /.  A file owned by another user
 * than the user or root, or writable by group or others, is skipped:
 * skip (if not NULL) is told its path and why.  The path (to free), or
 * NULL for none.
 */
typedef void (*planrules_skip_cb)(void *arg, const char *path,
    const char *why);
char *planrules_find(const char *plan, planrules_skip_cb skip, void *arg);
/* Check every rule and compile its regex; 0, or -1 with err set. */
int ruleset_compile(struct ruleset *, char *err, size_t errlen);
/* The section headings the rules' [sections] name (for
 * plan_ctx_sections), or NULL if they name none. */
const struct career_re *ruleset_sections(const struct ruleset *);

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

#define FINDING_PLAN ((size_t)-1)
/* One finding: a goal broke a rule, or a regex hit pcre2's limits. */
struct finding {
	struct rule_info rule;
	size_t goal;			/* index into plan->goals, or
					 * FINDING_PLAN: the plan's own */
	long line;
	int col;
	const char *match;		/* NULL: no matched text */
	size_t matchlen;
	const char *message;		/* %m and %g expanded */
	int limit;			/* the regex hit pcre2's match limit (1),
				 * its depth, heap or stack limit (2) */
};
typedef void (*finding_cb)(void *arg, const struct finding *);
/* Run every rule not off on every goal of a plan; the findings come in
 * line order, then column, then rule order (a goal's rules in turn). */
void ruleset_check(struct ruleset *, const struct plan *, long today,
    finding_cb, void *arg);
/* The same, and each goal's verdict per letter S..T into score[goal]:
 * '+' evidence it holds, '-' evidence it fails, '?' neither, '.' no
 * rule of the letter applies to the goal.  score may be NULL. */
void ruleset_score(struct ruleset *, const struct plan *, long today,
    finding_cb, void *arg, char (*score)[5]);

/* ---- files from git (git.c) ---- */

/* The bytes of PATH as it was in git revision REV, which must name one
 * commit (git rev-parse --verify REV^{commit}, then git cat-file blob
 * COMMIT:./NAME, run in PATH's directory without a shell), or be a date
 * or span (git_when): then the commit is the last before it that has
 * the file (git rev-list -1 --before=WHEN HEAD -- NAME).  0 with *buf
 * (NUL ended, caller frees), *len and git's warnings in msg (empty for
 * none, a line each); or with why, one line, in msg: -2 when the commit
 * was found but has no such file (or no commit before WHEN has it), -1
 * for any other trouble. */
int git_show(const char *rev, const char *path, char **buf, size_t *len,
    char *msg, size_t msglen);
/* 1 if s is a date or a span back from now, with git's words for
 * --before added to b: YYYY-MM-DD (from the start of that day, local
 * time), YYYY-MM-DD HH:MM[:SS] (or with a T), or N UNIT[s] ago with
 * spaces or dots between, UNIT second, minute, hour, day, week, month
 * or year.  Else 0. */
int git_when(const char *s, struct buf *b);
/* For the tools: git's warnings (msg after a git_show that worked) on
 * stderr, each "TOOL: REV:PATH: warning". */
void git_warnings(const char *rev, const char *path, const char *msg);
/*
 * git's arguments to an external diff command (GIT_EXTERNAL_DIFF or
 * diff.DRIVER.command): path old-file old-hex old-mode new-file new-hex
 * new-mode, and for a rename new-path and a message.  When git runs us
 * (it sets GIT_DIFF_PATH_COUNTER and GIT_DIFF_PATH_TOTAL) and the last
 * 7 or 9 of argv[1..argc-1] have that form, returns 7 or 9: those are
 * operands, whatever they look like (a file named --help.md or -),
 * never options; the arguments before them are the command's own.
 * Else 0.
 */
int git_diff_driver(int argc, char *argv[]);
/* Parse a file as it was in REV, named "REV:PATH"; NULL with git's
 * complaint in msg, else git's warnings there (git_show). */
struct plan *plan_load_git(struct plan_ctx *, const char *rev,
    const char *path, char *msg, size_t msglen);

#endif
