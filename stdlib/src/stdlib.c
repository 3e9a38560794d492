/* General utilities: number conversion, sorting and searching, integer arithmetic and the
 * pseudo-random number generator. (The allocator is malloc.c, the environment env.c, exit
 * start.c.) */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The digit's value in any base up to 36, or 36 for a byte that is no digit. */
static int digit_value(int c) {
  if (isdigit(c)) return c - '0';
  if (islower(c)) return c - 'a' + 10;
  if (isupper(c)) return c - 'A' + 10;
  return 36;
}

/* strtoul and strtol share this: spaces, a sign, a base prefix, digits. It returns the
 * magnitude, capped at `limit` with *overflow set when it passes it; *neg says a '-' was seen;
 * *end is past the last digit, or s itself when there was none. */
static unsigned long parse_integer(const char *s, char **end, int base, unsigned long limit,
                                   int *neg, int *overflow) {
  const char *p = s;
  const char *digits;
  unsigned long value = 0;
  *neg = 0;
  *overflow = 0;
  if (base < 0 || base == 1 || base > 36) {
    errno = EINVAL;
    if (end) *end = (char *)s;
    return 0;
  }
  while (isspace((unsigned char)*p)) p++;
  if (*p == '+' || *p == '-') *neg = *p++ == '-';
  /* "0x" is a prefix only when a hex digit follows; else the number is the "0". */
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
      digit_value((unsigned char)p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = *p == '0' ? 8 : 10;
  }
  digits = p;
  for (;; p++) {
    unsigned long d = (unsigned long)digit_value((unsigned char)*p);
    if (d >= (unsigned long)base) break;
    if (value > (limit - d) / (unsigned long)base) *overflow = 1;
    else value = value * (unsigned long)base + d;
  }
  if (end) *end = (char *)(p == digits ? s : p);
  return *overflow ? limit : value;
}

/* The limit of the magnitude is LONG_MAX, or one more when negative. */
long strtol(const char *s, char **end, int base) {
  int neg, overflow;
  unsigned long limit = (unsigned long)LONG_MAX + 1;
  unsigned long v = parse_integer(s, end, base, limit, &neg, &overflow);
  if (overflow || (!neg && v > (unsigned long)LONG_MAX)) {
    errno = ERANGE;
    return neg ? LONG_MIN : LONG_MAX;
  }
  return neg ? (long)(0UL - v) : (long)v;
}

/* A '-' negates the value in unsigned arithmetic, as C says ("-1" is ULONG_MAX). */
unsigned long strtoul(const char *s, char **end, int base) {
  int neg, overflow;
  unsigned long v = parse_integer(s, end, base, ULONG_MAX, &neg, &overflow);
  if (overflow) {
    errno = ERANGE;
    return ULONG_MAX;
  }
  return neg ? 0UL - v : v;
}

int atoi(const char *s) { return (int)strtol(s, NULL, 10); }
long atol(const char *s) { return strtol(s, NULL, 10); }

int abs(int n) { return n < 0 ? -n : n; }
long labs(long n) { return n < 0 ? -n : n; }

div_t div(int num, int den) {
  div_t r;
  r.quot = num / den;
  r.rem = num % den;
  return r;
}

ldiv_t ldiv(long num, long den) {
  ldiv_t r;
  r.quot = num / den;
  r.rem = num % den;
  return r;
}

static void swap_bytes(unsigned char *a, unsigned char *b, size_t size) {
  while (size--) {
    unsigned char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

/* Moves the element at `root` down the heap of n elements until both children are smaller. */
static void sift_down(unsigned char *base, size_t root, size_t n, size_t size,
                      int (*cmp)(const void *, const void *)) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= n) return;
    if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0) child++;
    if (cmp(base + root * size, base + child * size) >= 0) return;
    swap_bytes(base + root * size, base + child * size, size);
    root = child;
  }
}

/* Heapsort: O(n log n) in the worst case, no recursion and no extra memory (not stable — nor
 * does C promise a stable qsort). */
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
  unsigned char *b = base;
  size_t k;
  if (n < 2 || size == 0) return;
  for (k = n / 2; k-- > 0;) sift_down(b, k, n, size, cmp);
  for (k = n - 1; k > 0; k--) {
    swap_bytes(b, b + k * size, size);
    sift_down(b, 0, k, size, cmp);
  }
}

void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *)) {
  const unsigned char *b = base;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp(key, b + mid * size);
    if (c == 0) return (void *)(b + mid * size);
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return NULL;
}

/* rand: the additive lagged-Fibonacci generator r[i] = r[i-3] + r[i-31] (mod 2^32) that glibc
 * uses, returning r[i] >> 1, so that a seed gives the same sequence as glibc's rand. The 31
 * words of state are seeded with the Lehmer generator x' = 16807 x mod (2^31 - 1) — computed
 * with Schrage's method to stay within 32 bits — and the first 310 outputs are discarded. */
static unsigned int state[31];
static int front = 3, rear = 0; /* state[front] += state[rear]: the lags are 31 and 3 */
static int seeded;

void srand(unsigned int seed) {
  int k;
  long x = seed == 0 ? 1 : (long)seed;
  state[0] = (unsigned int)x;
  for (k = 1; k < 31; k++) {
    long hi = x / 127773, lo = x % 127773;
    x = 16807 * lo - 2836 * hi;
    if (x < 0) x += 2147483647;
    state[k] = (unsigned int)x;
  }
  front = 3;
  rear = 0;
  seeded = 1;
  for (k = 0; k < 310; k++) rand();
}

int rand(void) {
  unsigned int r;
  if (!seeded) srand(1);
  state[front] += state[rear];
  r = state[front] >> 1;
  if (++front == 31) front = 0;
  if (++rear == 31) rear = 0;
  return (int)r;
}
