// The gcc side of abi/packed.
struct __attribute__((packed)) msg {
  unsigned char type;
  unsigned int id;
  unsigned short len;
  char body[3];
  int value;
};

unsigned gcc_offsets(void) {
  return __builtin_offsetof(struct msg, id) << 24 | __builtin_offsetof(struct msg, len) << 16 |
         __builtin_offsetof(struct msg, body) << 8 | __builtin_offsetof(struct msg, value);
}

struct msg gcc_make(unsigned id, int value) {
  struct msg m = {9, id, 3, {'a', 'b', 'c'}, value};
  return m;
}

int gcc_sum(struct msg m) { return m.type + m.len + m.body[0] + m.value; }

void gcc_bump(struct msg *m) {
  m->id++;
  m->len *= 2;
  m->value -= 1;
}

int gcc_call(int (*f)(struct msg)) {
  struct msg m = {1, 10, 2, {0, 0, 5}, 100};
  return f(m);
}
