// The aligned attribute on a struct and on a member raises alignment, size and offsets.
int printf(const char *, ...);

struct a16 { int x; } __attribute__((aligned(16)));
struct m { char c; int i __attribute__((aligned(8))); char d; };
struct holder { char c; struct a16 v; };

struct a16 globals[3];

int main(void) {
  printf("a16: size %d align %d\n", (int)sizeof(struct a16), (int)_Alignof(struct a16));
  printf("m: size %d offset i %d d %d align %d\n", (int)sizeof(struct m), (int)__builtin_offsetof(struct m, i),
         (int)__builtin_offsetof(struct m, d), (int)_Alignof(struct m));
  printf("holder: size %d offset v %d\n", (int)sizeof(struct holder), (int)__builtin_offsetof(struct holder, v));
  printf("globals aligned: %d\n", (int)((unsigned long)&globals[1] % 16));
  struct a16 local;
  local.x = 5;
  printf("local aligned: %d (%d)\n", (int)((unsigned long)&local % 16), local.x);
  return sizeof(struct holder);
}
