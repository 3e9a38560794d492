/* The sieve of Eratosthenes: byte stores and loads over a 1 MB array, repeated. */
#include "start.h"
static unsigned char flags[1 << 20];
int main(void)
{
    unsigned count = 0;
    for (int rep = 0; rep < 8; rep++) {
        count = 0;
        for (int i = 0; i < (1 << 20); i++)
            flags[i] = 1;
        for (int i = 2; i < (1 << 20); i++) {
            if (flags[i]) {
                count++;
                for (int j = i + i; j < (1 << 20); j += i)
                    flags[j] = 0;
            }
        }
    }
    putnum(count);
    return 0;
}
