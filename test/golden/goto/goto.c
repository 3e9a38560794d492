// goto: forward and backward jumps, leaving nested loops, a retry loop.
int printf(const char *, ...);

int main(void) {
  int i = 0;
again:
  i++;
  if (i < 5) goto again;
  printf("%d\n", i);
  int found = -1;
  for (int a = 0; a < 10; a++)
    for (int b = 0; b < 10; b++)
      if (a * b == 42) {
        found = a * 10 + b;
        goto done;
      }
done:
  printf("%d\n", found);
  goto skip;
  printf("skipped\n");
skip:
  printf("end\n");
  return 0;
}
