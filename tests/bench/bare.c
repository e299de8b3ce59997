/* bare: the baseline of `make bench`: read a file, parse it with libcmark
 * and walk every node, as little as any tool could do. */
#include <stdio.h>
#include <stdlib.h>

#include <cmark.h>

int
main(int argc, char *argv[])
{
	FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
	size_t len = 0, cap = 1 << 20, n;
	char *buf = malloc(cap);
	cmark_node *doc;
	cmark_iter *it;
	long nodes = 0;

	if (f == NULL || buf == NULL)
		return 2;
	while ((n = fread(buf + len, 1, cap - len, f)) > 0)
		if ((len += n) == cap && (buf = realloc(buf, cap *= 2)) == NULL)
			return 2;
	doc = cmark_parse_document(buf, len, CMARK_OPT_DEFAULT);
	it = cmark_iter_new(doc);
	while (cmark_iter_next(it) != CMARK_EVENT_DONE)
		nodes++;
	cmark_iter_free(it);
	cmark_node_free(doc);
	free(buf);
	printf("%ld nodes\n", nodes);
	return 0;
}
