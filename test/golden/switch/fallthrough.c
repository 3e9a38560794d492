// Fall-through between cases: Duff's-device style counting and grouped labels.
int printf(const char *, ...);

static int days_left(int month) {
  int d = 0;
  switch (month) {
  case 1: d += 31; /* fall through */
  case 2: d += 28; /* fall through */
  case 3: d += 31; /* fall through */
  case 4: d += 30; /* fall through */
  case 5: d += 31; /* fall through */
  case 6: d += 30;
    break;
  default: d = -1;
  }
  return d;
}

int main(void) {
  for (int m = 0; m <= 7; m++) printf("%d: %d\n", m, days_left(m));
  int vowels = 0, others = 0;
  for (const char *p = "switch statements"; *p; p++) {
    switch (*p) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
      vowels++;
      break;
    case ' ':
      break;
    default:
      others++;
    }
  }
  printf("vowels %d others %d\n", vowels, others);
  return vowels;
}
