// kernel.h — the kernel's functions, by the file that defines them (as xv6's defs.h).
#ifndef KERNEL_H
#define KERNEL_H

#include "types.h"
#include "stdarg.h"

struct bootinfo;
struct trapframe;
struct tss;

// kernel/bootinfo.c
extern struct bootinfo bootinfo;
extern const char *boot_loader_name;
void bootinfo_init(uint32_t magic, uint32_t info_phys);
const char *cmdline_get(const char *key);
const char *e820_type_name(uint32_t type);

// kernel/string.c
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strncpy(char *dst, const char *src, size_t n);
int atoi(const char *s);

// kernel/printk.c
#define KERN_EMERG "\0010"
#define KERN_ERR "\0013"
#define KERN_WARNING "\0014"
#define KERN_NOTICE "\0015"
#define KERN_INFO "\0016"
#define KERN_DEBUG "\0017"
extern int console_loglevel;
int printk(const char *fmt, ...);
int vprintk(const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int vformat(void (*put)(char, void *), void *arg, const char *fmt, va_list ap);

// kernel/console.c
#define KEY_UP 0x100
#define KEY_DOWN 0x101
#define KEY_LEFT 0x102
#define KEY_RIGHT 0x103
#define KEY_HOME 0x104
#define KEY_END 0x105
#define KEY_DELETE 0x106
#define CTRL(c) ((c) & 0x1f)
void console_putc(char c);
void console_write(const char *s, size_t n);
void console_intr(int key);
void console_serial_intr(uint8_t byte);
int console_getc(void);
int console_readline(const char *prompt, char *buf, size_t size);
void console_clear(void);

// drivers/vga.c
#define VGA_COLOR(fg, bg) ((uint8_t)((bg) << 4 | (fg)))
enum vga_color { VGA_BLACK, VGA_BLUE, VGA_GREEN, VGA_CYAN, VGA_RED, VGA_MAGENTA, VGA_BROWN,
                 VGA_LIGHT_GREY, VGA_DARK_GREY, VGA_LIGHT_BLUE, VGA_LIGHT_GREEN, VGA_LIGHT_CYAN,
                 VGA_LIGHT_RED, VGA_LIGHT_MAGENTA, VGA_YELLOW, VGA_WHITE };
void vga_init(void);
void vga_putc(char c);
void vga_set_color(uint8_t color);
uint8_t vga_get_color(void);
void vga_clear(void);

// drivers/uart.c
void uart_init(void);
void uart_putc(char c);
void uart_flush(void);
void uart_enable_irq(void);
void uart_intr(void);

// drivers/kbd.c
void kbd_init(void);
void kbd_intr(void);

// arch/x86/gdt.c
extern struct tss tss;
void gdt_init(void);
void gdt_set_double_fault_cr3(uint32_t cr3);

// arch/x86/idt.c
void idt_init(void);

// arch/x86/trap.c
extern uint32_t ticks;
void trap(struct trapframe *tf);
void double_fault(uint32_t err) NORETURN;
const char *exception_name(uint32_t vector);

// arch/x86/nofault.asm
size_t copy_nofault(void *dst, const void *src, size_t n);

// kernel/extable.c
bool fixup_exception(struct trapframe *tf);

// arch/x86/pic.c
void pic_init(void);
void pic_enable(int irq);
void pic_eoi(int irq);
bool pic_spurious(int irq);

// arch/x86/pit.c
#define HZ 100
void pit_init(void);

// kernel/panic.c
void panic(const char *fmt, ...) NORETURN;
void panic_trap(struct trapframe *tf, const char *why) NORETURN;
void panic_regs(struct trapframe *tf, uint32_t esp, uint32_t ss, const char *why) NORETURN;
void backtrace(uint32_t eip, uint32_t ebp);
void halt_forever(void) NORETURN;

// mm/palloc.c
void palloc_init_early(void);
void palloc_init_late(void);
void *page_alloc(void);
void page_free(void *va);
uint32_t pages_free(void);
uint32_t pages_total(void);
uint32_t phys_top(void);

// mm/vm.c
void vm_init(void);
bool vm_map_page(uint32_t va, uint32_t pa, uint32_t flags);
bool vm_fault(struct trapframe *tf, uint32_t addr);
const char *vm_fault_reason(uint32_t addr);

// mm/kmalloc.c
struct heap_stats {
  uint32_t size;        // bytes of heap mapped
  uint32_t used;        // bytes in allocated blocks, headers included
  uint32_t allocations; // blocks allocated
  uint32_t free_blocks; // blocks on the free list
};
void *kmalloc(size_t n);
void kfree(void *p);
void kheap_stats(struct heap_stats *st);

// kernel/selftest.c
bool selftest(void);

// kernel/monitor.c
void monitor(void) NORETURN;

// kernel/power.c
void power_off(void) NORETURN;
void reboot(void) NORETURN;

#endif
