// Globals changed by called functions: the caller must reload them after each call.
int printf(const char *, ...);

int total;
int calls;
static int history[16];

static void add(int x) {
  history[calls % 16] = x;
  total += x;
  calls++;
}

static int average(void) { return calls ? total / calls : 0; }

int main(void) {
  int before = total;
  add(10);
  int mid = total;
  add(20);
  add(-6);
  printf("before %d, mid %d, total %d, calls %d, average %d\n", before, mid, total, calls, average());
  for (int i = 0; i < 20; i++) add(i);
  printf("total %d, calls %d, history[3] %d, history[15] %d\n", total, calls, history[3], history[15]);
  return average();
}
