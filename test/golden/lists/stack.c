// A stack of function pointers popped as atexit's handlers are: `handlers[--n]()` reads the
// count, stores it back decremented and indexes with it — a loaded value that is both an
// operand of the decrement and, through it, the index of an address.
int printf(const char *, ...);

static void (*handlers[8])(void);
static int nhandlers;
static int values[8];
static int nvalues;

static void first(void) { printf("first registered, runs last\n"); }
static void second(void) { printf("second registered, runs second\n"); }
static void third(void) {
  printf("third registered, runs first (and pushes one more)\n");
  if (nhandlers < 8) handlers[nhandlers++] = second;
}

static void run_all(void) {
  while (nhandlers > 0) handlers[--nhandlers]();
}

static int pop(void) { return values[--nvalues]; }
static void push(int v) { values[nvalues++] = v; }

int main(void) {
  handlers[nhandlers++] = first;
  handlers[nhandlers++] = second;
  handlers[nhandlers++] = third;
  run_all();
  printf("left: %d\n", nhandlers);
  for (int k = 1; k <= 5; k++) push(k * k);
  int sum = 0;
  while (nvalues > 1) {
    int top = pop();
    sum += top - values[nvalues - 1];
    printf("popped %d, %d left, sum %d\n", top, nvalues, sum);
  }
  printf("bottom %d\n", pop());
  return 0;
}
