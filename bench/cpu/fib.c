/* Recursive calls: call, ret, push, pop and the stack. */
#include "start.h"
__attribute__((noinline)) static unsigned fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
int main(void)
{
    putnum(fib(30));
    return 0;
}
