; The system-call stubs: one small function per Linux i386 system call.
;
; `__sys_NAME(a, b, c, d, e, f)` is cdecl: its arguments are on the stack. The kernel wants the
; call number in eax and the arguments in ebx, ecx, edx, esi, edi, ebp — four of which cdecl
; says a function must preserve — and returns the result, or -errno, in eax. The stubs return
; that value unchanged: the C wrappers (unistd.c and the others) turn -4095..-1 into -1 and errno.

bits 32
section .text

; SYSCALL name, number, argument count
%macro SYSCALL 3
global __sys_%1
__sys_%1:
        push ebx
        push esi
        push edi
        push ebp
        ; the arguments start above the four saved registers and the return address
%if %3 >= 1
        mov ebx, [esp + 20]
%endif
%if %3 >= 2
        mov ecx, [esp + 24]
%endif
%if %3 >= 3
        mov edx, [esp + 28]
%endif
%if %3 >= 4
        mov esi, [esp + 32]
%endif
%if %3 >= 5
        mov edi, [esp + 36]
%endif
%if %3 >= 6
        mov ebp, [esp + 40]
%endif
        mov eax, %2
        int 0x80
        pop ebp
        pop edi
        pop esi
        pop ebx
        ret
%endmacro

SYSCALL exit, 1, 1
SYSCALL fork, 2, 0
SYSCALL read, 3, 3
SYSCALL write, 4, 3
SYSCALL open, 5, 3
SYSCALL close, 6, 1
SYSCALL waitpid, 7, 3
SYSCALL unlink, 10, 1
SYSCALL execve, 11, 3
SYSCALL chdir, 12, 1
SYSCALL time, 13, 1
SYSCALL lseek, 19, 3
SYSCALL getpid, 20, 0
SYSCALL mount, 21, 5
SYSCALL access, 33, 2
SYSCALL kill, 37, 2
SYSCALL rename, 38, 2
SYSCALL mkdir, 39, 2
SYSCALL rmdir, 40, 1
SYSCALL dup, 41, 1
SYSCALL pipe, 42, 1
SYSCALL brk, 45, 1
SYSCALL umount2, 52, 2
SYSCALL ioctl, 54, 3
SYSCALL umask, 60, 1
SYSCALL chroot, 61, 1
SYSCALL dup2, 63, 2
SYSCALL getppid, 64, 0
SYSCALL sethostname, 74, 2
SYSCALL munmap, 91, 2
SYSCALL wait4, 114, 4
SYSCALL uname, 122, 1
SYSCALL mprotect, 125, 3
SYSCALL _llseek, 140, 5
SYSCALL sched_yield, 158, 0
SYSCALL nanosleep, 162, 2
SYSCALL rt_sigaction, 174, 4
SYSCALL getcwd, 183, 2
SYSCALL mmap2, 192, 6
SYSCALL stat64, 195, 2
SYSCALL lstat64, 196, 2
SYSCALL fstat64, 197, 2
SYSCALL getuid32, 199, 0
SYSCALL getgid32, 200, 0
SYSCALL pivot_root, 217, 2
SYSCALL getdents64, 220, 3
SYSCALL fcntl64, 221, 3
SYSCALL gettid, 224, 0
SYSCALL exit_group, 252, 1
SYSCALL clock_gettime, 265, 2
SYSCALL openat, 295, 4
SYSCALL unshare, 310, 1
SYSCALL setns, 346, 2

; no executable stack wanted (GNU ld warns about objects without this note)
section .note.GNU-stack noalloc noexec nowrite progbits
