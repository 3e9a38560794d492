// Nested switches: break leaves only the inner one; a loop's continue inside a switch.
int printf(const char *, ...);

int main(void) {
  const char *cmds = "a1b2x3a9?b0";
  int score = 0;
  for (const char *p = cmds; p[0] && p[1]; p += 2) {
    switch (p[0]) {
    case 'a':
      switch (p[1]) {
      case '1': score += 1; break;
      case '9': score += 9; break;
      default: score -= 100;
      }
      printf("a: %d\n", score);
      break;
    case 'b':
      switch (p[1] - '0') {
      case 0: continue; /* the for loop */
      case 2: score *= 2; break;
      }
      printf("b: %d\n", score);
      break;
    default:
      printf("skip %c\n", p[0]);
      continue;
    }
    printf("after %c%c\n", p[0], p[1]);
  }
  return score;
}
