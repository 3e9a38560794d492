// A large expression tree with many simultaneous temporaries, against the same computed in steps.
int printf(const char *, ...);

int main(void) {
  int a = 3, b = -7, c = 11, d = 13, e = -17, f = 19, g = 23, h = -29;
  int big = (((a * b + c * d) * (e - f) + (g * h - a * d) * (b + c))) ^
            (((a + b) * (c + d) * (e + f) - (g - h) * (a - b) * (c - d)) +
            (((a << 3) | (b & 0xff)) - ((c >> 1) ^ (d * e))) * ((f % 5) + (g / 3) - (h % 7)));
  int t1 = a * b + c * d, t2 = e - f, t3 = g * h - a * d, t4 = b + c;
  int left = t1 * t2 + t3 * t4;
  int t5 = (a + b) * (c + d) * (e + f), t6 = (g - h) * (a - b) * (c - d);
  int t7 = ((a << 3) | (b & 0xff)) - ((c >> 1) ^ (d * e));
  int t8 = (f % 5) + (g / 3) - (h % 7);
  int stepwise = left ^ ((t5 - t6) + t7 * t8);
  printf("big %d, stepwise %d, %s\n", big, stepwise, big == stepwise ? "equal" : "DIFFERENT");
  return big == stepwise ? 0 : 1;
}
