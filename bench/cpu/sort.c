/* Insertion and shell sort of pseudo-random words: loads, stores, compares, branches. */
#include "start.h"
static unsigned a[20000];
int main(void)
{
    unsigned x = 12345, sum = 0;
    for (int rep = 0; rep < 3; rep++) {
        for (int i = 0; i < 20000; i++) {
            x = x * 1103515245 + 12345;
            a[i] = x >> 8;
        }
        for (int gap = 20000 / 2; gap > 0; gap /= 2)
            for (int i = gap; i < 20000; i++) {
                unsigned t = a[i];
                int j = i;
                for (; j >= gap && a[j - gap] > t; j -= gap)
                    a[j] = a[j - gap];
                a[j] = t;
            }
        for (int i = 0; i < 20000; i += 97)
            sum += a[i] * (i + 1);
    }
    putnum(sum);
    return 0;
}
