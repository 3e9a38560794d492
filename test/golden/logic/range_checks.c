// Range checks written as two comparisons and as one unsigned comparison (x - lo <= hi - lo).
int printf(const char *, ...);

static int in_range(int x, int lo, int hi) { return x >= lo && x <= hi; }
static int in_range_u(int x, int lo, int hi) { return (unsigned)x - (unsigned)lo <= (unsigned)hi - (unsigned)lo; }
static int is_digit(int c) { return (unsigned)c - '0' < 10; }
static int is_alpha(int c) { return ((unsigned)c | 32) - 'a' < 26; }

int main(void) {
  int bad = 0, digits = 0, letters = 0;
  for (int x = -300; x <= 300; x++) {
    if (in_range(x, -100, 50) != in_range_u(x, -100, 50)) bad++;
    if (is_digit(x)) digits++;
    if (is_alpha(x)) letters++;
  }
  printf("disagreements: %d, digits: %d, letters: %d\n", bad, digits, letters);
  printf("in_range(-2147483647-1, -2147483647-1, 2147483647) = %d\n",
         in_range_u(-2147483647 - 1, -2147483647 - 1, 2147483647));
  printf("is_alpha('@')=%d is_alpha('[')=%d is_alpha('`')=%d is_alpha('{')=%d\n", is_alpha('@'),
         is_alpha('['), is_alpha('`'), is_alpha('{'));
  return bad;
}
