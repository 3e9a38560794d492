// Enums stored in bit-fields and in chars: values survive the narrow storage.
int printf(const char *, ...);

enum level { LOW, MID, HIGH, MAX_LEVEL = 3 };
enum mode { OFF = 0, ON = 1 };

struct setting {
  enum level level : 2;
  enum mode mode : 1;
  unsigned channel : 5;
};

int main(void) {
  struct setting s[4];
  for (int i = 0; i < 4; i++) {
    s[i].level = (enum level)(i % 4);
    s[i].mode = i & 1 ? ON : OFF;
    s[i].channel = (unsigned)(i * 9);
  }
  for (int i = 0; i < 4; i++) printf("%d %d %u\n", s[i].level, s[i].mode, s[i].channel);
  unsigned char packed_level = HIGH;
  enum level back = (enum level)packed_level;
  printf("%d %d\n", back, back == HIGH);
  printf("sizeof %d\n", (int)sizeof(struct setting));
  return s[3].level;
}
