// The gcc side of abi/stackalign.
unsigned gcc_misalignment(void) {
  _Alignas(16) volatile char buf[16];
  buf[0] = 0;
  return (unsigned)((unsigned long)buf % 16) + buf[0];
}

unsigned gcc_via(unsigned (*f)(void)) {
  volatile char pad[5];
  pad[0] = 0;
  return f() + pad[0];
}
