// A bytecode interpreter: a stack machine running a loop that sums i*i mod 7 for i < 300,000.
int printf(const char *, ...);

enum { PUSH, LOAD, STORE, ADD, MUL, MOD, LT, JZ, JMP, HALT };

static const int program[] = {
  PUSH, 0, STORE, 0,          // i = 0
  PUSH, 0, STORE, 1,          // s = 0
  LOAD, 0, PUSH, 300000, LT,  // 8: i < 300000 ?
  JZ, 37,
  LOAD, 1, LOAD, 0, LOAD, 0, MUL, PUSH, 7, MOD, ADD, STORE, 1,  // s += i * i % 7
  LOAD, 0, PUSH, 1, ADD, STORE, 0,                                // i += 1
  JMP, 8,
  HALT,                        // 37
};

static int run(const int *code) {
  int stack[64], vars[4], sp = 0, pc = 0;
  for (;;) {
    switch (code[pc++]) {
    case PUSH: stack[sp++] = code[pc++]; break;
    case LOAD: stack[sp++] = vars[code[pc++]]; break;
    case STORE: vars[code[pc++]] = stack[--sp]; break;
    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
    case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
    case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
    case JZ: pc = stack[--sp] ? pc + 1 : code[pc]; break;
    case JMP: pc = code[pc]; break;
    case HALT: return vars[1];
    }
  }
}

int main(void) {
  printf("%d\n", run(program));
  return 0;
}
