/* util.c: memory, errors, files, UTF-8 and buffers; libc only. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan.h"

/* Set once at start (cli_init), before any thread; read after. */
static const char *progname = "planmark";

void
set_progname(const char *name)
{
	progname = name;
}

const char *
tool_name(void)
{
	return progname;
}

void
xnomem(void)
{
	fprintf(stderr, "%s: out of memory\n", progname);
	exit(2);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		xnomem();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		xnomem();
	return p;
}

void *
xrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		xnomem();
	p = realloc(p, n * size > 0 ? n * size : 1);
	if (p == NULL)
		xnomem();
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* A message on stderr, with what came from a file or a name escaped: a
 * terminal shows it, never obeys it. */
static void
vwarn(const char *fmt, va_list ap, const char *err)
{
	struct buf b = { 0 };
	char *e;
	size_t n;

	buf_printf(&b, "%s: ", progname);
	buf_vprintf(&b, fmt, ap);
	if (err != NULL)
		buf_printf(&b, ": %s", err);
	if ((e = text_escape(b.s, b.len, &n)) != NULL) {
		fprintf(stderr, "%s\n", e);
		free(e);
	} else {
		fprintf(stderr, "%s\n", b.s);
	}
	buf_free(&b);
}

void
warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap, NULL);
	va_end(ap);
}

void
warn(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vwarn(fmt, ap, strerror(e));
	va_end(ap);
}

int
read_all(const char *path, char **bufp, size_t *lenp)
{
	struct stat st;
	size_t len = 0, cap = 65536;
	char *buf;
	int fd, e;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) == -1)
		return -1;
	if (fstat(fd, &st) == -1)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	if (S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (uintmax_t)st.st_size < SIZE_MAX / 2)
		cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	for (;;) {
		ssize_t n;

		if (len == cap)
			buf = xrealloc(buf, cap *= 2, 1);
		n = read(fd, buf + len, cap - len);
		if (n == 0)
			break;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			e = errno;
			free(buf);
			errno = e;
			goto fail;
		}
		len += (size_t)n;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	*bufp = buf;
	*lenp = len;
	return 0;
fail:
	e = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	errno = e;
	return -1;
}

/*
 * Length of the valid UTF-8 sequence at s, or 0 if invalid (overlong
 * forms, surrogates and code points past U+10FFFF are invalid, as in
 * libcmark's own validator).
 */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t k, i;

	if (c < 0x80)
		return c != 0;
	if (c < 0xC2)
		return 0;
	k = c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
	if (k == 0 || k > n)
		return 0;
	for (i = 1; i < k; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	if (c == 0xE0 && s[1] < 0xA0)
		return 0;
	if (c == 0xED && s[1] > 0x9F)
		return 0;
	if (c == 0xF0 && s[1] < 0x90)
		return 0;
	if (c == 0xF4 && s[1] > 0x8F)
		return 0;
	return k;
}

int
utf8_is_clean(const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t i = 0, k;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		return 0;
	while (i < len) {
		uint64_t w;

		/* Eight bytes at a time while they are ASCII and not NUL. */
		if (len - i >= 8) {
			memcpy(&w, s + i, 8);
			if (((w | ((w & 0x7F7F7F7F7F7F7F7FULL) +
			    0x7F7F7F7F7F7F7F7FULL)) & 0x8080808080808080ULL) ==
			    0x8080808080808080ULL && !(w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if (s[i] != 0 && s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = utf8_seq(s + i, len - i)) == 0)
			return 0;
		i += k;
	}
	return 1;
}

char *
utf8_clean(const char *buf, size_t len, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)buf;
	struct buf b = { 0 };
	size_t i = 0, run;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	/* Most text is clean: copy runs, replace only bad bytes. */
	b.cap = len - i + 1;
	b.s = xmalloc(b.cap);
	while (i < len) {
		size_t k;

		for (run = i; run < len && s[run] != 0 && s[run] < 0x80; run++)
			;
		if (run > i) {
			buf_add(&b, (const char *)s + i, run - i);
			i = run;
			continue;
		}
		if ((k = utf8_seq(s + i, len - i)) > 0) {
			buf_add(&b, (const char *)s + i, k);
			i += k;
		} else {
			buf_add(&b, "\xEF\xBF\xBD", 3);
			i++;
		}
	}
	buf_addc(&b, '\0');
	*outlen = b.len - 1;
	return b.s;
}

/*
 * Characters a terminal may obey rather than show: C0 controls but tab,
 * DEL, C1 controls, the line and paragraph separators, and the bidi
 * controls that reorder what is shown (U+061C, U+200E/F, U+202A..E,
 * U+2066..9).  The code point at s (k bytes of valid UTF-8), or 0.
 */
static unsigned long
hidden_char(const unsigned char *s, size_t k)
{
	unsigned long c;

	if (k == 1)
		return (s[0] < 0x20 && s[0] != '\t') || s[0] == 0x7F ?
		    s[0] : 0;
	if (k == 2) {
		c = (s[0] & 0x1Ful) << 6 | (s[1] & 0x3F);
		return (c >= 0x80 && c <= 0x9F) || c == 0x61C ? c : 0;
	}
	if (k != 3)
		return 0;
	c = (s[0] & 0x0Ful) << 12 | (s[1] & 0x3Ful) << 6 | (s[2] & 0x3F);
	return c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
	    (c >= 0x2066 && c <= 0x2069) ? c : 0;
}

char *
text_escape(const char *buf, size_t len, size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)buf;
	struct buf b = { 0 };
	size_t i = 0, k, run = 0;
	int any = 0;

	while (i < len) {
		unsigned long c = 0;

		if (s[i] >= 0x20 && s[i] < 0x7F) {
			i++;
			continue;
		}
		k = utf8_seq(s + i, len - i);	/* 0: not UTF-8, or NUL */
		if (k > 0 && (c = hidden_char(s + i, k)) == 0) {
			i += k;
			continue;
		}
		any = 1;
		buf_add(&b, buf + run, i - run);
		if (k == 0 || c < 0x80)
			buf_printf(&b, "\\x%02X", s[i]);
		else
			buf_printf(&b, "\\u%04lX", c);
		i += k ? k : 1;
		run = i;
	}
	if (!any)
		return NULL;
	buf_add(&b, buf + run, len - run);
	buf_addc(&b, '\0');
	*outlen = b.len - 1;
	return b.s;
}

/* Make room for n more bytes and a NUL. */
void
buf_grow(struct buf *b, size_t n)
{
	size_t cap = b->cap ? b->cap : 64;

	if (b->s != NULL && n < b->cap - b->len)
		return;
	while (cap - b->len <= n) {
		if (cap > SIZE_MAX / 2)
			xnomem();
		cap *= 2;
	}
	b->s = xrealloc(b->s, cap, 1);
	b->cap = cap;
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->s == NULL || n >= b->cap - b->len)
		buf_grow(b, n);
	if (n > 0)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_addc(struct buf *b, int c)
{
	if (b->s == NULL || b->cap - b->len <= 1)
		buf_grow(b, 1);
	b->s[b->len++] = (char)c;
	b->s[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	b->len += (size_t)n;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

void
buf_num(struct buf *b, long long n)
{
	char t[24], *p = t + sizeof t;
	unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n :
	    (unsigned long long)n;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (n < 0)
		*--p = '-';
	buf_add(b, p, (size_t)(t + sizeof t - p));
}
