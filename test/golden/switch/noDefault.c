// A switch without default whose value matches no case does nothing; an empty switch too.
int printf(const char *, ...);

int main(void) {
  int hits = 0;
  for (int i = 0; i < 10; i++) {
    switch (i) {
    case 2: hits++; break;
    case 7: hits += 10; break;
    }
  }
  printf("hits %d\n", hits);
  int x = 3;
  switch (x) {}
  switch (x) { case 4: x = 100; }
  printf("x %d\n", x);
  switch (x)
    case 3: x = 33;
  printf("x %d\n", x);
  return hits + x;
}
