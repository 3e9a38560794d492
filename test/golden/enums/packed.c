// Packed enums take the smallest integer type that holds their values.
int printf(const char *, ...);

enum __attribute__((packed)) small { S0, S1 = 200 };
enum __attribute__((packed)) sneg { T0 = -1, T1 = 100 };
enum __attribute__((packed)) mid { M0 = 300 };
enum __attribute__((packed)) mneg { Q0 = -200 };
enum normal { N0 };

struct rec { enum small a; enum sneg b; enum mid c; };

int main(void) {
  printf("%d %d %d %d %d\n", (int)sizeof(enum small), (int)sizeof(enum sneg), (int)sizeof(enum mid),
         (int)sizeof(enum mneg), (int)sizeof(enum normal));
  printf("rec %d\n", (int)sizeof(struct rec));
  enum small s = S1;
  enum sneg t = T0;
  printf("%d %d\n", s, t);
  printf("%d %d\n", s > 100, t < 0);
  return sizeof(struct rec);
}
