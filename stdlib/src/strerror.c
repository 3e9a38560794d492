/* The messages of strerror and strsignal, worded as glibc's (programs and tests print them). */
#include <string.h>

static const char *const errors[] = {
  [0] = "Success",
  [1] = "Operation not permitted",
  [2] = "No such file or directory",
  [3] = "No such process",
  [4] = "Interrupted system call",
  [5] = "Input/output error",
  [6] = "No such device or address",
  [7] = "Argument list too long",
  [8] = "Exec format error",
  [9] = "Bad file descriptor",
  [10] = "No child processes",
  [11] = "Resource temporarily unavailable",
  [12] = "Cannot allocate memory",
  [13] = "Permission denied",
  [14] = "Bad address",
  [15] = "Block device required",
  [16] = "Device or resource busy",
  [17] = "File exists",
  [18] = "Invalid cross-device link",
  [19] = "No such device",
  [20] = "Not a directory",
  [21] = "Is a directory",
  [22] = "Invalid argument",
  [23] = "Too many open files in system",
  [24] = "Too many open files",
  [25] = "Inappropriate ioctl for device",
  [26] = "Text file busy",
  [27] = "File too large",
  [28] = "No space left on device",
  [29] = "Illegal seek",
  [30] = "Read-only file system",
  [31] = "Too many links",
  [32] = "Broken pipe",
  [33] = "Numerical argument out of domain",
  [34] = "Numerical result out of range",
  [35] = "Resource deadlock avoided",
  [36] = "File name too long",
  [37] = "No locks available",
  [38] = "Function not implemented",
  [39] = "Directory not empty",
  [40] = "Too many levels of symbolic links",
  [42] = "No message of desired type",
  [43] = "Identifier removed",
  [60] = "Device not a stream",
  [61] = "No data available",
  [62] = "Timer expired",
  [63] = "Out of streams resources",
  [67] = "Link has been severed",
  [71] = "Protocol error",
  [72] = "Multihop attempted",
  [74] = "Bad message",
  [75] = "Value too large for defined data type",
  [84] = "Invalid or incomplete multibyte or wide character",
  [87] = "Too many users",
  [88] = "Socket operation on non-socket",
  [89] = "Destination address required",
  [90] = "Message too long",
  [91] = "Protocol wrong type for socket",
  [92] = "Protocol not available",
  [93] = "Protocol not supported",
  [95] = "Operation not supported",
  [97] = "Address family not supported by protocol",
  [98] = "Address already in use",
  [99] = "Cannot assign requested address",
  [100] = "Network is down",
  [101] = "Network is unreachable",
  [103] = "Software caused connection abort",
  [104] = "Connection reset by peer",
  [105] = "No buffer space available",
  [106] = "Transport endpoint is already connected",
  [107] = "Transport endpoint is not connected",
  [110] = "Connection timed out",
  [111] = "Connection refused",
  [113] = "No route to host",
  [114] = "Operation already in progress",
  [115] = "Operation now in progress",
  [116] = "Stale file handle",
  [122] = "Disk quota exceeded",
  [125] = "Operation canceled",
  [130] = "Owner died",
  [131] = "State not recoverable",
};

static const char *const signals[] = {
  [1] = "Hangup",
  [2] = "Interrupt",
  [3] = "Quit",
  [4] = "Illegal instruction",
  [5] = "Trace/breakpoint trap",
  [6] = "Aborted",
  [7] = "Bus error",
  [8] = "Floating point exception",
  [9] = "Killed",
  [10] = "User defined signal 1",
  [11] = "Segmentation fault",
  [12] = "User defined signal 2",
  [13] = "Broken pipe",
  [14] = "Alarm clock",
  [15] = "Terminated",
  [16] = "Stack fault",
  [17] = "Child exited",
  [18] = "Continued",
  [19] = "Stopped (signal)",
  [20] = "Stopped",
  [21] = "Stopped (tty input)",
  [22] = "Stopped (tty output)",
  [23] = "Urgent I/O condition",
  [24] = "CPU time limit exceeded",
  [25] = "File size limit exceeded",
  [26] = "Virtual timer expired",
  [27] = "Profiling timer expired",
  [28] = "Window changed",
  [29] = "I/O possible",
  [30] = "Power failure",
  [31] = "Bad system call",
};

/* Writes "PREFIX N" into buf (which has room for it and an int). */
static char *numbered(char *buf, const char *prefix, int n) {
  char digits[12];
  int k = 0;
  unsigned int u = n < 0 ? 0U - (unsigned int)n : (unsigned int)n;
  char *p = buf;
  while (*prefix) *p++ = *prefix++;
  if (n < 0) *p++ = '-';
  do {
    digits[k++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while (k > 0) *p++ = digits[--k];
  *p = '\0';
  return buf;
}

char *strerror(int errnum) {
  static char unknown[32];
  if (errnum >= 0 && (unsigned int)errnum < sizeof errors / sizeof errors[0] && errors[errnum])
    return (char *)errors[errnum];
  return numbered(unknown, "Unknown error ", errnum);
}

/* Signals 34 to 64 are the real-time ones, counted from SIGRTMIN = 34. */
char *strsignal(int sig) {
  static char unknown[32];
  if (sig >= 1 && (unsigned int)sig < sizeof signals / sizeof signals[0])
    return (char *)signals[sig];
  if (sig >= 34 && sig <= 64) return numbered(unknown, "Real-time signal ", sig - 34);
  return numbered(unknown, "Unknown signal ", sig);
}
