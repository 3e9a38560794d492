// Leap years and days in months: nested conditions with && and ||.
int printf(const char *, ...);

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in(int month, int year) {
  if (month == 2) return leap(year) ? 29 : 28;
  if (month == 4 || month == 6 || month == 9 || month == 11) return 30;
  return 31;
}

int main(void) {
  int years[] = { 1900, 2000, 2004, 2023, 2024, 2100, 2400 };
  for (int i = 0; i < 7; i++) printf("%d leap: %d\n", years[i], leap(years[i]));
  int days = 0;
  for (int y = 1970; y < 2026; y++)
    for (int m = 1; m <= 12; m++) days += days_in(m, y);
  printf("days from 1970 to 2026: %d\n", days);
  int leaps = 0;
  for (int y = 1; y <= 2000; y++) leaps += leap(y);
  printf("leap years 1..2000: %d\n", leaps);
  return leaps % 256;
}
