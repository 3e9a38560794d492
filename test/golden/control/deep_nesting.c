// Conditions nested eight deep inside two loops: each path through them counted.
int printf(const char *, ...);

int main(void) {
  int paths[9] = { 0 };
  for (int x = 0; x < 16; x++) {
    for (int y = 0; y < 16; y++) {
      int depth = 0;
      if (x & 1) {
        depth = 1;
        if (y & 1) {
          depth = 2;
          if (x & 2) {
            depth = 3;
            if (y & 2) {
              depth = 4;
              if (x & 4) {
                depth = 5;
                if (y & 4) {
                  depth = 6;
                  if (x & 8) {
                    depth = 7;
                    if (y & 8) depth = 8;
                  }
                }
              }
            }
          }
        }
      }
      paths[depth]++;
    }
  }
  int total = 0;
  for (int d = 0; d <= 8; d++) {
    printf("depth %d: %d\n", d, paths[d]);
    total += paths[d] * d;
  }
  printf("weighted total %d\n", total);
  return paths[8];
}
