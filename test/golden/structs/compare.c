// Comparing structs member by member (C has no ==), and ordering them by several keys.
int printf(const char *, ...);

struct date { int year; unsigned char month, day; };

static int equal(struct date a, struct date b) { return a.year == b.year && a.month == b.month && a.day == b.day; }
static int before(const struct date *a, const struct date *b) {
  if (a->year != b->year) return a->year < b->year;
  if (a->month != b->month) return a->month < b->month;
  return a->day < b->day;
}

int main(void) {
  struct date d[] = {{2024, 2, 29}, {1999, 12, 31}, {2024, 2, 28}, {2000, 1, 1}, {1999, 12, 31}};
  int n = sizeof d / sizeof d[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j + 1 < n - i; j++)
      if (before(&d[j + 1], &d[j])) {
        struct date t = d[j];
        d[j] = d[j + 1];
        d[j + 1] = t;
      }
  for (int i = 0; i < n; i++) printf("%04d-%02d-%02d\n", d[i].year, d[i].month, d[i].day);
  int dups = 0;
  for (int i = 1; i < n; i++) dups += equal(d[i - 1], d[i]);
  printf("duplicates %d\n", dups);
  return dups;
}
