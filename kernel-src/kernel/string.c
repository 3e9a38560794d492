// string.c — the memory and string functions the kernel needs (and that the compiler may call
// for struct copies and large initialisations: memcpy, memset, memmove, memcmp).
#include "types.h"
#include "kernel.h"

void *memset(void *dst, int c, size_t n) {
  uint8_t *d = dst;
  while (n-- > 0) *d++ = (uint8_t)c;
  return dst;
}

void *memcpy(void *dst, const void *src, size_t n) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  while (n-- > 0) *d++ = *s++;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  uint8_t *d = dst;
  const uint8_t *s = src;
  if (s < d && s + n > d) {
    d += n;
    s += n;
    while (n-- > 0) *--d = *--s; // overlapping, destination above: copy from the end
  } else {
    while (n-- > 0) *d++ = *s++;
  }
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8_t *x = a, *y = b;
  for (; n > 0; n--, x++, y++)
    if (*x != *y) return *x - *y;
  return 0;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (uint8_t)*a - (uint8_t)*b;
}

int strncmp(const char *a, const char *b, size_t n) {
  for (; n > 0; n--, a++, b++) {
    if (*a != *b) return (uint8_t)*a - (uint8_t)*b;
    if (*a == 0) return 0;
  }
  return 0;
}

// Copies at most n-1 characters and always terminates (unlike the standard strncpy).
char *strncpy(char *dst, const char *src, size_t n) {
  size_t i = 0;
  for (; n > 0 && i < n - 1 && src[i]; i++) dst[i] = src[i];
  if (n > 0) dst[i] = 0;
  return dst;
}

int atoi(const char *s) {
  int n = 0, sign = 1;
  if (*s == '-') sign = -1, s++;
  while (*s >= '0' && *s <= '9') n = n * 10 + (*s++ - '0');
  return sign * n;
}
