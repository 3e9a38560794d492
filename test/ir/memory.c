// Driver for memory.ir (reference implementations under -DREFERENCE).
#include <stdio.h>
#include <string.h>

#ifdef REFERENCE
int counter = 5;
static const int table[4] = {10, 20, 30, 40};
const char message[] = "memory ok\n";
const void *pointers[3] = {&table[2], message, &counter};
static int scratch[16];
int loads(const unsigned char *p) {
  int a = (signed char)p[0], b = p[1], c, d, e;
  short c16; unsigned short d16;
  memcpy(&c16, p + 2, 2); memcpy(&d16, p + 4, 2); memcpy(&e, p + 8, 4);
  c = c16; d = d16;
  return (int)((((unsigned)(a + b) * 3u + (unsigned)c) ^ (unsigned)d) - (unsigned)e);
}
void stores(unsigned char *p, int v) {
  p[0] = (unsigned char)v; short h = (short)v; memcpy(p + 4, &h, 2); memcpy(p + 8, &v, 4);
  p[12] = 0xff;
}
int local(int n) {
  int arr[10], s = 0;
  for (int i = 0; i < 10; i++) arr[i] = i * n;
  for (int i = 0; i <= 9; i++) s += arr[i];
  return s;
}
void copy(unsigned char *dst, const unsigned char *src) { memcpy(dst, src, 7); memcpy(dst + 8, src + 8, 100); }
int globals(void) {
  counter += *(const int *)pointers[0];
  scratch[15] = table[3];
  return counter + scratch[15];
}
const char *message_text(void) { return pointers[1]; }
#else
int loads(const unsigned char *p);
void stores(unsigned char *p, int v);
int local(int n);
void copy(unsigned char *dst, const unsigned char *src);
int globals(void);
const char *message_text(void);
extern int counter;
#endif

int main(void) {
  unsigned char buf[16], big[120], out[120];
  for (int seed = 0; seed < 6; seed++) {
    for (int i = 0; i < 16; i++) buf[i] = (unsigned char)(seed * 37 + i * 91 + (seed & 1) * 128);
    printf("loads %d\n", loads(buf));
    memset(buf, 0x55, sizeof buf);
    stores(buf, seed * 0x1234567 - 3);
    for (int i = 0; i < 16; i++) printf("%02x", buf[i]);
    printf("\nlocal %d\n", local(seed - 2));
  }
  for (int i = 0; i < 120; i++) big[i] = (unsigned char)(i * 7 + 1), out[i] = 0xee;
  copy(out, big);
  for (int i = 0; i < 120; i++) printf("%02x", out[i]);
  printf("\nglobals %d %d counter %d\n", globals(), globals(), counter);
  fputs(message_text(), stdout);
  return 0;
}
