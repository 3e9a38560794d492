// Enums in switch statements, as array indices, and as loop counters up to a count constant.
int printf(const char *, ...);

enum color { RED, GREEN, BLUE, NCOLORS };
static const char *names[NCOLORS] = {[RED] = "red", [GREEN] = "green", [BLUE] = "blue"};

static enum color next(enum color c) {
  switch (c) {
  case RED: return GREEN;
  case GREEN: return BLUE;
  case BLUE: return RED;
  default: return NCOLORS;
  }
}

int main(void) {
  int hits[NCOLORS] = {0};
  enum color c = BLUE;
  for (int i = 0; i < 10; i++) {
    hits[c]++;
    c = next(c);
  }
  for (enum color k = RED; k < NCOLORS; k++) printf("%s: %d\n", names[k], hits[k]);
  printf("next of none: %d\n", next(NCOLORS));
  return c;
}
