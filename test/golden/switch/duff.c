// Duff's device: a do-while loop interleaved with switch cases to unroll a copy by eight.
int printf(const char *, ...);

static void copy(char *to, const char *from, int count) {
  int n = (count + 7) / 8;
  switch (count % 8) {
  case 0: do { *to++ = *from++; /* fall through */
  case 7:      *to++ = *from++; /* fall through */
  case 6:      *to++ = *from++; /* fall through */
  case 5:      *to++ = *from++; /* fall through */
  case 4:      *to++ = *from++; /* fall through */
  case 3:      *to++ = *from++; /* fall through */
  case 2:      *to++ = *from++; /* fall through */
  case 1:      *to++ = *from++;
          } while (--n > 0);
  }
}

int main(void) {
  const char src[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (int count = 1; count <= 20; count += 3) {
    char dst[40] = {0};
    copy(dst, src, count);
    printf("%2d: %s\n", count, dst);
  }
  char big[40] = {0};
  copy(big, src, 36);
  printf("36: %s\n", big);
  return big[35];
}
