// Enums compared with ints and with each other, and as bounds of loops counting down.
int printf(const char *, ...);

enum prio { IDLE = -1, NORMAL, URGENT = 5, CRITICAL };

static const char *name(enum prio p) {
  return p == IDLE ? "idle" : p == NORMAL ? "normal" : p == URGENT ? "urgent" : p == CRITICAL ? "critical" : "?";
}

int main(void) {
  int levels[] = {3, -1, 6, 0, 5, 9};
  int urgent = 0;
  for (int i = 0; i < 6; i++) {
    enum prio p = (enum prio)levels[i];
    urgent += p >= URGENT;
    printf("%d: %s%s\n", levels[i], name(p), p > NORMAL && p < URGENT ? " (between)" : "");
  }
  for (enum prio p = CRITICAL; p >= IDLE; p--) printf("%d ", p);
  printf("\n%d urgent\n", urgent);
  return urgent;
}
