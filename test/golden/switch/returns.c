// Every case returns: a switch as the whole body of a function, including a default in the middle.
int printf(const char *, ...);

static int roman(char c) {
  switch (c) {
  case 'I': return 1;
  case 'V': return 5;
  case 'X': return 10;
  case 'L': return 50;
  default: return 0;
  case 'C': return 100;
  case 'D': return 500;
  case 'M': return 1000;
  }
}

static int parse(const char *s) {
  int total = 0;
  for (; *s; s++) {
    int v = roman(s[0]), next = s[1] ? roman(s[1]) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

int main(void) {
  const char *nums[] = {"III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXVI", "CDXLIV", "Q"};
  for (int i = 0; i < 8; i++) printf("%s = %d\n", nums[i], parse(nums[i]));
  return parse("XLII");
}
