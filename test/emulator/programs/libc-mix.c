/* A mixed workload through glibc: formatted output of every integer conversion, string
   functions, qsort and bsearch, 64-bit arithmetic (gcc's helpers), strtol, setjmp/longjmp,
   malloc/realloc/free stress, and a CRC over a buffer. Compared byte for byte with native. */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static jmp_buf env;

static void deep(int n)
{
    if (n == 0)
        longjmp(env, 42);
    deep(n - 1);
}

static uint32_t crc32(const unsigned char *p, size_t n)
{
    uint32_t c = 0xffffffff;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c;
}

int main(void)
{
    printf("%d %i %u %x %X %o %c %s %% %5d|%-5d|%05d %+d %ld %lld %llu %#x %p\n", -42, 17, 3000000000u,
           0xbeef, 0xbeef, 0777, 'q', "str", 7, 7, 7, 9, -123456789L, -1234567890123LL,
           18446744073709551615ULL, 255, (void *)0x1234);
    char buf[128];
    snprintf(buf, sizeof buf, "%s-%08.3d-%.2s", "abc", 5, "xyz");
    printf("%s %zu\n", buf, strlen(buf));
    printf("%d %d %d\n", strcmp("abc", "abd") < 0, strncmp("abcd", "abcx", 3), memcmp("ab", "ab", 2));
    printf("%s %s\n", strchr("hello", 'l'), strrchr("hello", 'l'));
    printf("%s\n", strstr("needle in a haystack", "hay"));
    char copy[64];
    strcpy(copy, "one");
    strcat(copy, " two");
    memmove(copy + 1, copy, 5);
    printf("%s\n", copy);

    int a[200];
    for (int i = 0; i < 200; i++)
        a[i] = (i * 7919) % 211 - 100;
    qsort(a, 200, sizeof a[0], cmp);
    int key = a[123];
    int *found = bsearch(&key, a, 200, sizeof a[0], cmp);
    printf("sorted %d %d %d found %d\n", a[0], a[100], a[199], found != NULL && *found == key);

    long long x = 1234567890123LL, y = -987654321LL;
    unsigned long long u = 0xfedcba9876543210ULL;
    printf("%lld %lld %lld %lld %llu %llu\n", x * y, x / y, x % y, x >> 7, u / 1000003, u % 1000003);
    printf("%ld %ld %lu\n", strtol("-12345", NULL, 10), strtol("0x7f", NULL, 16), strtoul("4294967295", NULL, 10));

    int r = setjmp(env);
    if (r == 0)
        deep(10);
    printf("longjmp %d\n", r);

    void *blocks[64] = {0};
    unsigned seed = 1;
    size_t total = 0;
    for (int round = 0; round < 2000; round++) {
        seed = seed * 1103515245 + 12345;
        int k = (seed >> 16) % 64;
        size_t size = (seed >> 8) % 3000 + 1;
        if (blocks[k]) {
            blocks[k] = realloc(blocks[k], size);
        } else {
            blocks[k] = malloc(size);
        }
        memset(blocks[k], k, size);
        total += size;
        if (round % 7 == 0) {
            free(blocks[k]);
            blocks[k] = NULL;
        }
    }
    for (int k = 0; k < 64; k++)
        free(blocks[k]);
    printf("malloc total %zu\n", total);

    static unsigned char data[100000];
    for (int i = 0; i < 100000; i++)
        data[i] = (unsigned char)(i * 31 + (i >> 5));
    printf("crc %08x\n", crc32(data, sizeof data));
    return 0;
}
// expect: logosc error: 'long long' is not supported in Logos C (a program for gcc and glibc;
// the parse oracle skips it now that gcc -nostdinc finds the headers of stdlib/include)
