// Enumerations: implicit and explicit values, as ints, in switches.
int printf(const char *, ...);

enum color { RED, GREEN = 5, BLUE, ALPHA = -1 };
typedef enum { NORTH, EAST, SOUTH, WEST } direction;

static direction turn(direction d) { return (direction)((d + 1) % 4); }
static const char *name(enum color c) {
  switch (c) {
  case RED: return "red";
  case GREEN: return "green";
  case BLUE: return "blue";
  default: return "other";
  }
}

int main(void) {
  printf("%d %d %d %d\n", RED, GREEN, BLUE, ALPHA);
  direction d = WEST;
  d = turn(d);
  printf("%d %d\n", d, turn(turn(d)));
  printf("%s %s %s\n", name(BLUE), name(ALPHA), name(RED));
  enum color c = BLUE;
  printf("%d\n", c < GREEN);
  return 0;
}
