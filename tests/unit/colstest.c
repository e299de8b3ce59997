/*
 * colstest: drive the display-width code of out.c from stdin, a line
 * at a time (the line end taken off):
 *
 *	colstest cols		the display columns of each line
 *	colstest max		the most display columns of any line
 *	colstest cut N		each line cut to N columns (text_cut), then
 *				" | " and the columns it takes
 *	colstest at TEXT	the display column (from 0) where TEXT first
 *				starts in each line, or - without it
 *	colstest code HEX...	char_cols of each code point (no stdin)
 *
 * Colour escapes count no columns, as at a terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

int
main(int argc, char *argv[])
{
	char *line = NULL;
	size_t cap = 0, max = 0, len, n, used;
	ssize_t got;
	const char *cmd = argc > 1 ? argv[1] : "";
	int i;

	if (strcmp(cmd, "code") == 0) {
		for (i = 2; i < argc; i++)
			printf("%s %d\n", argv[i],
			    char_cols(strtoul(argv[i], NULL, 16)));
		return 0;
	}
	if (strcmp(cmd, "cols") && strcmp(cmd, "max") &&
	    (strcmp(cmd, "cut") || argc < 3) && (strcmp(cmd, "at") || argc < 3)) {
		fputs("usage: colstest cols | max | cut N | at TEXT | "
		    "code HEX...\n", stderr);
		return 2;
	}
	while ((got = getline(&line, &cap, stdin)) != -1) {
		len = (size_t)got;
		if (len > 0 && line[len - 1] == '\n')
			len--;
		n = text_cols(line, len);
		if (strcmp(cmd, "cols") == 0) {
			printf("%zu\n", n);
		} else if (strcmp(cmd, "max") == 0) {
			if (n > max)
				max = n;
		} else if (strcmp(cmd, "cut") == 0) {
			n = text_cut(line, len, strtoul(argv[2], NULL, 10),
			    &used);
			printf("%.*s | %zu\n", (int)n, line, used);
		} else {
			char *at;

			line[len] = '\0';
			if ((at = strstr(line, argv[2])) == NULL)
				puts("-");
			else
				printf("%zu\n", text_cols(line,
				    (size_t)(at - line)));
		}
	}
	if (strcmp(cmd, "max") == 0)
		printf("%zu\n", max);
	free(line);
	return 0;
}
