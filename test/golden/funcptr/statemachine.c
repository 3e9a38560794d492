// A state machine whose states are functions: each returns the next state as a pointer.
int printf(const char *, ...);

struct state;
typedef struct state (*state_fn)(char c, int *count);
struct state { state_fn next; };

static struct state outside(char c, int *count);
static struct state in_number(char c, int *count);

static struct state outside(char c, int *count) {
  if (c >= '0' && c <= '9') {
    ++*count;
    return (struct state){in_number};
  }
  return (struct state){outside};
}

static struct state in_number(char c, int *count) {
  (void)count;
  return (struct state){c >= '0' && c <= '9' ? in_number : outside};
}

int main(void) {
  const char *text = "12 apples, 7 pears and 100 plums cost 3";
  struct state s = {outside};
  int numbers = 0;
  for (const char *p = text; *p; p++) s = s.next(*p, &numbers);
  printf("numbers: %d, ends in number: %d\n", numbers, s.next == in_number);
  return numbers;
}
