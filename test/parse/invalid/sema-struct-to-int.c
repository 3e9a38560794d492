struct s { int a; };
int f(struct s v) { int i = v; return i; }
