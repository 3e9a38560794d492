/* Byte strings and memory. Plain byte loops, written to be read; memcpy and memset copy words
 * when both sides allow it, because every struct copy and calloc goes through them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Words at a time when source and destination are equally aligned (after copying bytes up to
 * the alignment), four words per round. */
void *memcpy(void *dest, const void *src, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  if ((((uintptr_t)d ^ (uintptr_t)s) & 3) == 0) {
    while (n > 0 && ((uintptr_t)d & 3) != 0) {
      *d++ = *s++;
      n--;
    }
    for (; n >= 16; n -= 16, d += 16, s += 16) {
      uint32_t *dw = (uint32_t *)d;
      const uint32_t *sw = (const uint32_t *)s;
      dw[0] = sw[0];
      dw[1] = sw[1];
      dw[2] = sw[2];
      dw[3] = sw[3];
    }
    for (; n >= 4; n -= 4, d += 4, s += 4) *(uint32_t *)d = *(const uint32_t *)s;
  }
  while (n--) *d++ = *s++;
  return dest;
}

/* Copies forwards when the destination is below the source, else backwards, so that
 * overlapping bytes are read before they are overwritten. */
void *memmove(void *dest, const void *src, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  if (d == s || n == 0) return dest;
  if (d < s) {
    while (n--) *d++ = *s++;
  } else {
    d += n;
    s += n;
    while (n--) *--d = *--s;
  }
  return dest;
}

void *memset(void *s, int c, size_t n) {
  unsigned char *p = s;
  unsigned char b = (unsigned char)c;
  while (n > 0 && ((uintptr_t)p & 3) != 0) {
    *p++ = b;
    n--;
  }
  if (n >= 4) {
    uint32_t w = b * 0x01010101U;
    for (; n >= 4; n -= 4, p += 4) *(uint32_t *)p = w;
  }
  while (n--) *p++ = b;
  return s;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n > 0; n--, x++, y++)
    if (*x != *y) return *x - *y;
  return 0;
}

void *memchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  for (; n > 0; n--, p++)
    if (*p == (unsigned char)c) return (void *)p;
  return NULL;
}

/* Whether a word has a zero byte: subtracting 1 from each byte borrows into its top bit only
 * where the byte was 0 (or had the top bit set, which `& ~w` rules out). */
#define HAS_ZERO(w) (((w) - 0x01010101U) & ~(w) & 0x80808080U)

/* A word at a time once aligned: an aligned load never crosses into the next page, so reading
 * past the terminating null within its word is safe. */
size_t strlen(const char *s) {
  const char *p = s;
  const uint32_t *w;
  for (; ((uintptr_t)p & 3) != 0; p++)
    if (*p == '\0') return (size_t)(p - s);
  for (w = (const uint32_t *)p; !HAS_ZERO(*w); w++) {
  }
  for (p = (const char *)w; *p; p++) {
  }
  return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n]) n++;
  return n;
}

char *strcpy(char *dest, const char *src) {
  char *d = dest;
  while ((*d++ = *src++) != '\0') {
  }
  return dest;
}

/* Copies at most n bytes and pads with nulls to n; no null is added when src is n or longer. */
char *strncpy(char *dest, const char *src, size_t n) {
  size_t k = 0;
  for (; k < n && src[k]; k++) dest[k] = src[k];
  for (; k < n; k++) dest[k] = '\0';
  return dest;
}

char *strcat(char *dest, const char *src) {
  strcpy(dest + strlen(dest), src);
  return dest;
}

/* Appends at most n bytes of src, then always a null. */
char *strncat(char *dest, const char *src, size_t n) {
  char *d = dest + strlen(dest);
  while (n-- > 0 && *src) *d++ = *src++;
  *d = '\0';
  return dest;
}

/* Comparisons are of unsigned chars, as C requires. */
int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n) {
  for (; n > 0; n--, a++, b++) {
    if (*a != *b) return (unsigned char)*a - (unsigned char)*b;
    if (*a == '\0') return 0;
  }
  return 0;
}

int strcoll(const char *a, const char *b) { return strcmp(a, b); }

/* strchr finds the terminating null too (strchr(s, 0) is the end of s). */
char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c) return (char *)s;
    if (*s == '\0') return NULL;
  }
}

char *strrchr(const char *s, int c) {
  const char *last = NULL;
  for (;; s++) {
    if (*s == (char)c) last = s;
    if (*s == '\0') return (char *)last;
  }
}

char *strstr(const char *haystack, const char *needle) {
  size_t n = strlen(needle);
  for (; *haystack; haystack++)
    if (strncmp(haystack, needle, n) == 0) return (char *)haystack;
  return n == 0 ? (char *)haystack : NULL;
}

size_t strspn(const char *s, const char *accept) {
  size_t n = 0;
  while (s[n] && strchr(accept, s[n])) n++;
  return n;
}

size_t strcspn(const char *s, const char *reject) {
  size_t n = 0;
  while (s[n] && !strchr(reject, s[n])) n++;
  return n;
}

char *strpbrk(const char *s, const char *accept) {
  s += strcspn(s, accept);
  return *s ? (char *)s : NULL;
}

/* strtok_r: skip delimiters, the token runs to the next delimiter, which becomes a null; *save
 * remembers where to go on (NULL once the string is used up). */
char *strtok_r(char *s, const char *delim, char **save) {
  char *end;
  if (s == NULL) s = *save;
  if (s == NULL) return NULL;
  s += strspn(s, delim);
  if (*s == '\0') {
    *save = NULL;
    return NULL;
  }
  end = s + strcspn(s, delim);
  if (*end) {
    *end = '\0';
    *save = end + 1;
  } else {
    *save = NULL;
  }
  return s;
}

char *strtok(char *s, const char *delim) {
  static char *save;
  return strtok_r(s, delim, &save);
}

char *strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  return p ? memcpy(p, s, n) : NULL;
}

char *strndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *p = malloc(len + 1);
  if (p == NULL) return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}
