/* flood N: a plan of N milestones whose texts all share the low 20 bits
 * of the hash match.c used before issue 16 (64-bit FNV-1a, seeded with
 * the goal -1 of its text-only tables), so with that hash every text
 * fell into one bucket and matching two versions was quadratic.
 *
 * Each text is a distinct prefix "m0000123-" and a four-letter suffix.
 * FNV-1a's low bits depend only on low bits, and each step
 * x -> (x ^ c) * P is a bijection, so for every suffix the state a prefix
 * must end in is found by running the steps backwards; a table of those
 * states, one per suffix, gives a suffix for most prefixes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BITS 20
#define MASK ((1UL << BITS) - 1)
#define P 1099511628211ULL

static const char abc[] = "abcdefghijklmnopqrstuvwxyz0123456789";

int
main(int argc, char *argv[])
{
	uint64_t pinv = P, h0 = 1469598103934665603ULL ^ (uint64_t)-1;
	uint32_t *need = calloc(MASK + 1, sizeof *need);
	long n = argc > 1 ? atol(argv[1]) : 1000, made = 0, i;
	uint32_t s;
	int k;

	if (need == NULL)
		return 2;
	for (k = 0; k < 5; k++)	/* Newton: P's inverse mod 2^64 */
		pinv *= 2 - P * pinv;
	for (s = 0; s < 36 * 36 * 36 * 36; s++) {
		uint64_t x = 0x5a5a5;	/* the target state */
		uint32_t r = s;
		char c[4];

		for (k = 0; k < 4; k++, r /= 36)
			c[k] = abc[r % 36];
		for (k = 3; k >= 0; k--)
			x = (x * pinv) ^ (unsigned char)c[k];
		need[x & MASK] = s + 1;
	}
	printf("# Goal: flood the hash tables by 2027-01-01\n\n");
	for (i = 0; made < n; i++) {
		char pre[32];
		uint64_t h = h0;
		uint32_t r;
		int len = snprintf(pre, sizeof pre, "m%07ld-", i);

		for (k = 0; k < len; k++)
			h = (h ^ (unsigned char)pre[k]) * P;
		if ((r = need[h & MASK]) == 0)
			continue;
		r--;
		printf("- [ ] %s", pre);
		for (k = 0; k < 4; k++, r /= 36)
			putchar(abc[r % 36]);
		putchar('\n');
		made++;
	}
	free(need);
	return 0;
}
