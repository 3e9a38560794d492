// ABI: packed structs shared — members at odd offsets, passed by pointer and by value both ways.
int printf(const char *, ...);

struct __attribute__((packed)) msg {
  unsigned char type;
  unsigned int id;
  unsigned short len;
  char body[3];
  int value;
};

/* gcc side */
unsigned gcc_offsets(void);
struct msg gcc_make(unsigned id, int value);
int gcc_sum(struct msg m);
void gcc_bump(struct msg *m);
int gcc_call(int (*f)(struct msg));

/* called by gcc */
int logos_value(struct msg m) { return m.value + m.id + m.body[2]; }

int main(void) {
  printf("size %u offsets gcc %08x logosc %02x%02x%02x%02x\n", (unsigned)sizeof(struct msg), gcc_offsets(),
         (unsigned)__builtin_offsetof(struct msg, id), (unsigned)__builtin_offsetof(struct msg, len),
         (unsigned)__builtin_offsetof(struct msg, body), (unsigned)__builtin_offsetof(struct msg, value));
  struct msg m = gcc_make(0xdeadbeef, -5);
  printf("%d %x %d %c%c%c %d\n", m.type, m.id, m.len, m.body[0], m.body[1], m.body[2], m.value);
  m.value = 1000;
  m.len = 7;
  printf("sum %d\n", gcc_sum(m));
  gcc_bump(&m);
  printf("bumped %x %d %d\n", m.id, m.len, m.value);
  printf("call %d\n", gcc_call(logos_value));
  return m.type;
}
