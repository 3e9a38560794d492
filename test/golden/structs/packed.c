// Packed structs: no padding, members at odd offsets read and written correctly.
int printf(const char *, ...);

struct __attribute__((packed)) header {
  unsigned char kind;
  unsigned int length;
  unsigned short port;
  char tag;
  int value;
};

struct plain { unsigned char kind; unsigned int length; unsigned short port; char tag; int value; };

int main(void) {
  printf("sizes %d %d\n", (int)sizeof(struct header), (int)sizeof(struct plain));
  printf("offsets %d %d %d %d\n", (int)__builtin_offsetof(struct header, length),
         (int)__builtin_offsetof(struct header, port), (int)__builtin_offsetof(struct header, tag),
         (int)__builtin_offsetof(struct header, value));
  struct header h = {7, 0x12345678, 8080, 'z', -42};
  h.length += 1;
  h.value *= 2;
  printf("%d %x %d %c %d\n", h.kind, h.length, h.port, h.tag, h.value);
  const unsigned char *b = (const unsigned char *)&h;
  printf("bytes:");
  for (unsigned i = 0; i < sizeof h; i++) printf(" %02x", b[i]);
  printf("\n");
  struct header arr[3];
  printf("array %d\n", (int)sizeof arr);
  return sizeof(struct header);
}
