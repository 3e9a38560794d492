void f(void) { goto out; }
