/* string.h and ctype.h: every function, on ordinary input and at its edges (empty strings,
 * overlap, n = 0, truncation, bytes >= 128). Prints what it finds; the test compares the
 * output with the same program built against glibc. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int v) { return v < 0 ? -1 : v > 0; }

static void show(const char *what, const char *s) { printf("%s: [%s]\n", what, s ? s : "NULL"); }

static void test_mem(void) {
  char buf[32], big[100];
  int k;
  memset(buf, 'x', sizeof buf);
  memcpy(buf, "hello", 6);
  show("memcpy", buf);
  /* Overlapping moves in both directions. */
  strcpy(buf, "abcdefghij");
  memmove(buf + 2, buf, 5);
  show("memmove up", buf);
  strcpy(buf, "abcdefghij");
  memmove(buf, buf + 3, 5);
  show("memmove down", buf);
  memmove(buf, buf, 3);
  show("memmove same", buf);
  /* memset and memcpy at every alignment and length around a word. */
  for (k = 0; k < 8; k++) {
    int n;
    for (n = 0; n < 12; n++) {
      memset(big, '.', sizeof big);
      memset(big + k, 'A' + n, (size_t)n);
      big[20] = '\0';
      printf("%s|", big);
    }
    printf("\n");
  }
  for (k = 0; k < 4; k++) {
    char src[40];
    for (int i = 0; i < 40; i++) src[i] = (char)('a' + i % 26);
    memset(big, '-', 40);
    memcpy(big + k, src + (3 - k), 17);
    big[24] = '\0';
    printf("copy %d: %s\n", k, big);
  }
  /* Equal alignments (the word-copy path) at every offset and length. */
  for (k = 0; k < 4; k++) {
    char src[64];
    unsigned int sum = 0;
    for (int i = 0; i < 64; i++) src[i] = (char)('A' + i % 26);
    for (int n = 0; n < 40; n++) {
      memset(big, '-', 64);
      memcpy(big + k, src + k, (size_t)n);
      for (int i = 0; i < 64; i++) sum = sum * 31 + (unsigned char)big[i];
    }
    printf("aligned copy %d: %u\n", k, sum);
  }
  /* strlen from every alignment, for lengths around a word. */
  for (k = 0; k < 8; k++) {
    char s[40];
    printf("strlen at +%d:", k);
    for (int n = 0; n < 12; n++) {
      memset(s, 'z', sizeof s);
      s[k + n] = '\0';
      printf(" %u", (unsigned)strlen(s + k));
    }
    printf("\n");
  }
  printf("memcmp: %d %d %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abd", "abc", 3)),
         sign(memcmp("abc", "abc", 3)), sign(memcmp("a\200", "a\001", 2)),
         sign(memcmp("x", "y", 0)));
  printf("memchr: %s %s %d\n", (char *)memchr("hello", 'l', 5), (char *)memchr("a\0b", 'b', 3),
         memchr("hello", 'z', 5) == NULL);
  printf("memchr high: %d\n", (int)((char *)memchr("ab\377c", 0xff, 4) - "ab\377c"));
}

static void test_str(void) {
  char buf[64];
  char *p;
  printf("strlen: %u %u %u\n", (unsigned)strlen(""), (unsigned)strlen("a"),
         (unsigned)strlen("hello world"));
  printf("strnlen: %u %u %u\n", (unsigned)strnlen("hello", 3), (unsigned)strnlen("hi", 10),
         (unsigned)strnlen("", 0));
  show("strcpy", strcpy(buf, "copy"));
  memset(buf, 'z', sizeof buf);
  strncpy(buf, "ab", 5);
  printf("strncpy pad: %d %d %d %d %c\n", buf[0], buf[2], buf[3], buf[4], buf[5]);
  strncpy(buf, "abcdef", 3);
  printf("strncpy trunc: %c%c%c%c\n", buf[0], buf[1], buf[2], buf[3]);
  strcpy(buf, "foo");
  show("strcat", strcat(buf, "bar"));
  show("strncat", strncat(buf, "bazqux", 3));
  show("strncat 0", strncat(buf, "zzz", 0));
  printf("strcmp: %d %d %d %d %d\n", sign(strcmp("a", "b")), sign(strcmp("b", "a")),
         sign(strcmp("abc", "abc")), sign(strcmp("ab", "abc")), sign(strcmp("\200", "a")));
  printf("strncmp: %d %d %d %d\n", sign(strncmp("abcd", "abce", 3)),
         sign(strncmp("abcd", "abce", 4)), sign(strncmp("a", "b", 0)),
         sign(strncmp("ab", "ab\0x", 4)));
  printf("strcoll: %d\n", sign(strcoll("apple", "banana")));
  show("strchr", strchr("hello", 'l'));
  show("strchr none", strchr("hello", 'z'));
  printf("strchr nul: %d\n", (int)(strchr("hello", '\0') - "hello"));
  show("strrchr", strrchr("hello", 'l'));
  show("strrchr none", strrchr("hello", 'q'));
  printf("strrchr nul: %d\n", *strrchr("abc", 0));
  show("strstr", strstr("hello world", "o w"));
  show("strstr empty", strstr("abc", ""));
  show("strstr none", strstr("abc", "abcd"));
  show("strstr end", strstr("aaab", "ab"));
  printf("strspn: %u %u %u\n", (unsigned)strspn("aabbc", "ab"), (unsigned)strspn("xyz", "ab"),
         (unsigned)strspn("", "ab"));
  printf("strcspn: %u %u %u\n", (unsigned)strcspn("hello, world", ",;"),
         (unsigned)strcspn("abc", ""), (unsigned)strcspn("abc", "c"));
  show("strpbrk", strpbrk("hello, world", "ow"));
  show("strpbrk none", strpbrk("hello", "xyz"));
  /* strtok over empty fields and runs of delimiters, then strtok_r interleaved. */
  strcpy(buf, ",,a,b;;c,,");
  for (p = strtok(buf, ",;"); p; p = strtok(NULL, ",;")) show("strtok", p);
  show("strtok after end", strtok(NULL, ","));
  strcpy(buf, ";;;");
  show("strtok only delims", strtok(buf, ";"));
  {
    char a[] = "1 2 3", b[] = "x-y";
    char *sa, *sb;
    char *t1 = strtok_r(a, " ", &sa), *t2 = strtok_r(b, "-", &sb);
    char *t3 = strtok_r(NULL, " ", &sa), *t4 = strtok_r(NULL, "-", &sb);
    printf("strtok_r: %s %s %s %s\n", t1, t2, t3, t4);
    show("strtok_r end", strtok_r(NULL, "-", &sb));
  }
  p = strdup("duplicate");
  show("strdup", p);
  free(p);
  p = strndup("duplicate", 3);
  show("strndup", p);
  free(p);
  p = strndup("ab", 10);
  show("strndup short", p);
  free(p);
}

static void test_errors(void) {
  int e;
  for (e = 0; e <= 40; e++) printf("strerror %d: %s\n", e, strerror(e));
  printf("strerror: %s|%s|%s\n", strerror(EOVERFLOW), strerror(ENOTSUP), strerror(ETIMEDOUT));
  printf("strerror unknown: %s\n", strerror(4000));
  printf("strerror negative: %s\n", strerror(-3));
  for (e = 1; e <= 31; e++) printf("strsignal %d: %s\n", e, strsignal(e));
  printf("strsignal: %s|%s|%s|%s\n", strsignal(0), strsignal(32), strsignal(40), strsignal(99));
}

static void test_ctype(void) {
  int c;
  /* One line per class: the characters in it, from -1 (EOF) to 255. */
  static const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower",
                                "print", "punct", "space", "upper", "xdigit"};
  int (*fns[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                       islower, isprint, ispunct, isspace, isupper, isxdigit};
  for (unsigned int k = 0; k < sizeof fns / sizeof fns[0]; k++) {
    int count = 0;
    printf("is%s:", names[k]);
    for (c = -1; c < 256; c++) {
      if (fns[k](c)) {
        count++;
        if (c > 32 && c < 127) printf("%c", c);
        else printf("<%d>", c);
      }
    }
    printf(" (%d)\n", count);
  }
  for (c = -1; c < 256; c++) {
    if (tolower(c) != c || toupper(c) != c) printf("%d:%d/%d ", c, tolower(c), toupper(c));
  }
  printf("\nisascii: %d %d %d\n", isascii(0), isascii(127), isascii(128));
}

int main(void) {
  test_mem();
  test_str();
  test_errors();
  test_ctype();
  return 0;
}
