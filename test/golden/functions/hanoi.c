// The towers of Hanoi: recursion with four parameters, moves counted and the first few shown.
int printf(const char *, ...);

static int moves;

static void hanoi(int n, char from, char to, char via) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (moves <= 7) printf("move disk %d from %c to %c\n", n, from, to);
  hanoi(n - 1, via, to, from);
}

int main(void) {
  hanoi(3, 'A', 'C', 'B');
  printf("3 disks: %d moves\n", moves);
  moves = 0;
  hanoi(15, 'A', 'C', 'B');
  printf("15 disks: %d moves\n", moves);
  return moves % 256;
}
