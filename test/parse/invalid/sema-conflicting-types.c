int f(int x);
long f(int x) { return x; }
