// Conditions that change state as they are tested: the state after each if is as written.
int printf(const char *, ...);

int main(void) {
  int i = 0, hits = 0;
  if (i++ == 0) hits++;
  if (i++ == 0) hits += 10;
  if (++i == 3) hits += 100;
  printf("i %d hits %d\n", i, hits);
  int budget = 3, spent = 0;
  for (int k = 0; k < 10; k++)
    if (budget-- > 0) spent++;
  printf("budget %d spent %d\n", budget, spent);
  int stack[4] = { 7, 8, 9, 0 }, top = 3, popped = 0;
  while (top > 0)
    if (stack[--top] % 2) popped += stack[top];
  printf("popped odd sum %d, top %d\n", popped, top);
  return hits;
}
