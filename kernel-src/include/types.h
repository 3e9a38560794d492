// types.h — the kernel's fixed-width integer types and the few language helpers it uses.
//
// Logos C is freestanding and the kernel includes no compiler headers (it is built with
// -nostdinc), so these are defined here for i386 (ILP32): int is 32 bits, long is 32 bits,
// pointers are 32 bits. There is no long long and no floating point in the kernel.
#ifndef TYPES_H
#define TYPES_H

typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef unsigned int size_t;
typedef unsigned int uintptr_t;
typedef _Bool bool;

#define true 1
#define false 0
#define NULL ((void *)0)

#define offsetof(type, member) ((size_t) & ((type *)0)->member)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

// Round x up or down to a multiple of a (a power of two).
#define ROUNDUP(x, a) (((x) + (a) - 1) & ~((a) - 1))
#define ROUNDDOWN(x, a) ((x) & ~((a) - 1))

#define NORETURN __attribute__((noreturn))
#define PACKED __attribute__((packed))

#endif
