/* time.h: the time of day and clocks (as Linux i386 counts them: 32-bit seconds). No
 * broken-down time (struct tm, localtime, strftime) yet. */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3

time_t time(time_t *t);
int clock_gettime(clockid_t clock, struct timespec *ts);
int nanosleep(const struct timespec *req, struct timespec *rem);

#endif
