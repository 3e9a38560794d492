// A list threaded through an array with index links and with pointer links: the two walks agree.
int printf(const char *, ...);

struct cell { int value; struct cell *next; int next_index; };

int main(void) {
  struct cell cells[8];
  int order[8] = { 3, 6, 0, 7, 1, 5, 2, 4 };
  for (int i = 0; i < 8; i++) cells[i].value = i * i;
  for (int k = 0; k < 8; k++) {
    int here = order[k], there = k + 1 < 8 ? order[k + 1] : -1;
    cells[here].next_index = there;
    cells[here].next = there < 0 ? 0 : &cells[there];
  }
  int by_index = 0, by_pointer = 0, count = 0;
  for (int i = order[0]; i >= 0; i = cells[i].next_index) by_index = by_index * 3 + cells[i].value;
  for (struct cell *c = &cells[order[0]]; c; c = c->next) { by_pointer = by_pointer * 3 + c->value; count++; }
  printf("count %d, by index %d, by pointer %d\n", count, by_index, by_pointer);
  return by_index == by_pointer ? count : 0;
}
