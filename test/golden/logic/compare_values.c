// Comparison results used as integers: counting, indexing and arithmetic with them.
int printf(const char *, ...);

int main(void) {
  int data[] = { 5, -3, 8, 0, -7, 12, 3, 3, -1, 9 };
  int positives = 0, negatives = 0, zeros = 0;
  for (int i = 0; i < 10; i++) {
    positives += data[i] > 0;
    negatives += data[i] < 0;
    zeros += data[i] == 0;
  }
  printf("positive %d, negative %d, zero %d\n", positives, negatives, zeros);
  const char *names[] = { "no", "yes" };
  printf("8 > 5? %s; 3 == 4? %s\n", names[8 > 5], names[3 == 4]);
  int ascending = 0;
  for (int i = 0; i + 1 < 10; i++) ascending += data[i] < data[i + 1];
  printf("ascending steps: %d\n", ascending);
  int cmp = (data[0] > data[1]) - (data[0] < data[1]);
  printf("cmp(5, -3) = %d\n", cmp);
  int three_way = 0;
  for (int i = 0; i < 10; i++) three_way = three_way * 3 + ((data[i] > 0) - (data[i] < 0) + 1);
  printf("signs as base 3: %d\n", three_way);
  return positives;
}
