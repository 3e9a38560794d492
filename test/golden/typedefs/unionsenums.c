// typedefs of unions and enums, and of pointers to them, used in a small message decoder.
int printf(const char *, ...);

typedef enum { MSG_NUM, MSG_TEXT, MSG_PAIR } msg_kind;
typedef union { int num; char text[8]; struct { short a, b; } pair; } msg_body;
typedef struct { msg_kind kind; msg_body body; } msg;
typedef const msg *msg_ref;

static int weight(msg_ref m) {
  switch (m->kind) {
  case MSG_NUM: return m->body.num;
  case MSG_TEXT: {
    int n = 0;
    while (m->body.text[n]) n++;
    return n;
  }
  case MSG_PAIR: return m->body.pair.a * m->body.pair.b;
  }
  return -1;
}

int main(void) {
  msg ms[] = {{MSG_NUM, {.num = 12}}, {MSG_TEXT, {.text = "seven"}}, {MSG_PAIR, {.pair = {6, -7}}}};
  int total = 0;
  for (int i = 0; i < 3; i++) {
    total += weight(&ms[i]);
    printf("%d: kind %d weight %d\n", i, ms[i].kind, weight(ms + i));
  }
  printf("sizes %d %d %d\n", (int)sizeof(msg_kind), (int)sizeof(msg_body), (int)sizeof(msg));
  return total + 100;
}
