// A union of an integer and a bit-field struct: decoding and building a packed word.
int printf(const char *, ...);

union pte {
  unsigned int raw;
  struct {
    unsigned present : 1, writable : 1, user : 1, pwt : 1, pcd : 1, accessed : 1, dirty : 1;
    unsigned pat : 1, global : 1, avail : 3, frame : 20;
  } f;
};

int main(void) {
  union pte e;
  e.raw = 0x12345067;
  printf("present %u writable %u user %u accessed %u dirty %u frame %05x\n", e.f.present, e.f.writable,
         e.f.user, e.f.accessed, e.f.dirty, e.f.frame);
  union pte n = {0};
  n.f.present = 1;
  n.f.writable = 1;
  n.f.frame = 0xabcde;
  n.f.avail = 5;
  printf("built %08x\n", n.raw);
  n.f.frame++;
  printf("next frame %08x\n", n.raw);
  return n.f.avail;
}
