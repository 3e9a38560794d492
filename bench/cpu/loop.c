/* Integer arithmetic in a tight loop: what a compiler's inner loops look like. */
#include "start.h"
int main(void)
{
    unsigned s = 0, x = 1;
    for (unsigned i = 0; i < 30000000; i++) {
        s += i * 3 + (x >> 3);
        x ^= s + i;
    }
    putnum(s);
    putnum(x);
    return 0;
}
