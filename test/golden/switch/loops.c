// break and continue inside a switch inside loops: while, do-while and for.
int printf(const char *, ...);

int main(void) {
  int i = 0, evens = 0, stops = 0;
  while (i < 20) {
    switch (i % 5) {
    case 0: i += 2; continue;
    case 3: stops++; break;
    default: evens += i % 2 == 0;
    }
    i++;
  }
  printf("while: i %d evens %d stops %d\n", i, evens, stops);
  int n = 0, k = 10;
  do {
    switch (k & 3) {
    case 1: n += 10; break;
    case 2: k--; continue;
    }
    n++;
  } while (--k > 0);
  printf("do: n %d k %d\n", n, k);
  int found = -1;
  for (int j = 0; j < 100 && found < 0; j++) {
    switch (j * j % 17) {
    case 13: found = j; break;
    default: break;
    }
  }
  printf("for: %d\n", found);
  return n;
}
