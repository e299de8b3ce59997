/* gen: write a seeded, realistic plan document of about N megabytes. */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long seed = 42;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(seed >> 33) % n;
}

static const char *const words[] = { "ship", "review", "draft", "the",
    "design", "doc", "for", "billing", "migrate", "service", "to", "new",
    "cluster", "write", "tests", "measure", "latency", "p95", "under",
    "200", "ms", "mentor", "two", "engineers", "run", "a", "workshop",
    "on", "observability", "because", "so that", "team", "can", "deploy",
    "weekly", "reduce", "on-call", "pages", "by", "half", "**bold**",
    "`code`", "[link](https://example.org)", "_note_", "café", "日本語" };

static void
sentence(int n)
{
	for (int i = 0; i < n; i++)
		printf("%s%s", i ? " " : "", words[rnd(sizeof words /
		    sizeof *words)]);
}

static void
date(const char *pre)
{
	printf(" %s2026-%02u-%02u", pre, 1 + rnd(12), 1 + rnd(28));
}

int
main(int argc, char *argv[])
{
	long long want = (argc > 1 ? atoll(argv[1]) : 100) * 1000000LL;
	long long goal = 0;

	printf("# Generated plan\n\nIntro paragraph.\n\n");
	while (ftell(stdout) < want) {
		int depth = 0;

		if (goal % 20 == 0)
			printf("## Area %lld\n\n", goal / 20);
		printf("### %s", rnd(3) ? "Goal: " : "");
		sentence(3 + (int)rnd(5));
		if (rnd(2))
			printf(" by 2027-%02u", 1 + rnd(12));
		printf("\n\nWhy: ");
		sentence(10 + (int)rnd(20));
		printf(".\n");
		sentence(8 + (int)rnd(12));
		printf(".\n\n");
		for (int m = 0, n = 3 + (int)rnd(12); m < n; m++) {
			static const char box[] = " xx/-";

			printf("%*s- [%c] ", depth * 2, "", box[rnd(5)]);
			sentence(3 + (int)rnd(8));
			if (rnd(3) == 0)
				date("due:");
			if (rnd(4) == 0)
				date("\xe2\x9c\x85 ");
			if (rnd(6) == 0)
				printf(" [start:: 2026-01-0%u]", 1 + rnd(9));
			putchar('\n');
			depth = depth < 3 && rnd(4) == 0 ? depth + 1 :
			    depth > 0 && rnd(3) == 0 ? depth - 1 : depth;
		}
		if (rnd(4) == 0) {
			printf("\n> ");
			sentence(12);
			printf("\n>\n> - [ ] quoted task\n");
		}
		if (rnd(8) == 0)
			printf("\n```\n- [ ] not a task in code\n```\n");
		putchar('\n');
		goal++;
	}
	return ferror(stdout) != 0;
}
