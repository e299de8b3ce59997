/* shim.so: preloaded (LD_PRELOAD) into a tool by the tests, it does what
 * $PLANMARK_SHIM says at the tool's first fsync() or open() for writing:
 * plantally -i makes one of them once it has read the file and before
 * it replaces it or writes it in place.  A race made to happen on time.
 *
 *   append:PATH   another program appends a line to PATH
 *   rename:PATH   another program saves PATH by rename (same bytes)
 *   signal:N      the tool gets signal N
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int done;

static void
act(void)
{
	const char *a = getenv("PLANMARK_SHIM");
	char tmp[4096];
	FILE *f, *g;
	int c;

	if (a == NULL || done++)
		return;
	if (strncmp(a, "append:", 7) == 0 && (f = fopen(a + 7, "a")) != NULL) {
		fputs("- [ ] added while plantally ran\n", f);
		fclose(f);
	} else if (strncmp(a, "rename:", 7) == 0) {
		snprintf(tmp, sizeof tmp, "%s.shim", a + 7);
		if ((f = fopen(a + 7, "r")) == NULL ||
		    (g = fopen(tmp, "w")) == NULL)
			abort();
		while ((c = getc(f)) != EOF)
			putc(c, g);
		fclose(f);
		fclose(g);
		rename(tmp, a + 7);
	} else if (strncmp(a, "signal:", 7) == 0) {
		kill(getpid(), atoi(a + 7));
	}
}

int
fsync(int fd)
{
	int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");

	act();
	return real(fd);
}

int
open(const char *path, int flags, ...)
{
	int (*real)(const char *, int, ...) =
	    (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	mode_t mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if ((flags & O_ACCMODE) != O_RDONLY)
		act();
	return real(path, flags, mode);
}
