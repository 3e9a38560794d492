// A postfix calculator: a switch on each token character drives a small stack machine.
int printf(const char *, ...);

static int eval(const char *s, int *ok) {
  int stack[16], sp = 0;
  *ok = 1;
  for (; *s; s++) {
    switch (*s) {
    case ' ': break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': {
      int v = 0;
      while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
      s--;
      stack[sp++] = v;
      break;
    }
    case '+': sp--; stack[sp - 1] += stack[sp]; break;
    case '-': sp--; stack[sp - 1] -= stack[sp]; break;
    case '*': sp--; stack[sp - 1] *= stack[sp]; break;
    case '/':
      sp--;
      if (stack[sp] == 0) { *ok = 0; return 0; }
      stack[sp - 1] /= stack[sp];
      break;
    case 'd': stack[sp] = stack[sp - 1]; sp++; break;
    case 'n': stack[sp - 1] = -stack[sp - 1]; break;
    default: *ok = 0; return 0;
    }
  }
  return stack[sp - 1];
}

int main(void) {
  const char *progs[] = {"1 2 +", "3 4 * 5 -", "12 d * 7 /", "5 n 3 *", "1 0 /", "2 x", "100 7 - 3 -"};
  int last = 0;
  for (int i = 0; i < 7; i++) {
    int ok;
    int v = eval(progs[i], &ok);
    if (ok) printf("%-12s = %d\n", progs[i], v), last = v;
    else printf("%-12s : error\n", progs[i]);
  }
  return last;
}
