// monitor.c — the kernel monitor: a command line on the console until there is a user space.
//
// Each command is a function taking argc/argv, listed in `commands` with a one-line help.
// `fault` raises a real CPU exception on purpose, from a function of its own, so that the
// panic screen and its backtrace can be seen (and tested) naming that function.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "bootinfo.h"

#define LINE_MAX 128
#define ARGS_MAX 8

struct command {
  const char *name;
  const char *args;
  const char *help;
  void (*run)(int argc, char **argv);
};

static const struct command commands[];

static void cmd_help(int argc, char **argv) {
  (void)argc, (void)argv;
  for (int i = 0; commands[i].name; i++) {
    char usage[48];
    snprintf(usage, sizeof(usage), "%s %s", commands[i].name, commands[i].args);
    printk("  %-36s %s\n", usage, commands[i].help);
  }
}

static void cmd_mem(int argc, char **argv) {
  (void)argc, (void)argv;
  uint32_t total = pages_total(), free = pages_free();
  printk("pages: %u free, %u used, %u total (%u KiB free)\n", free, total - free, total,
         free * 4);
  struct heap_stats st;
  kheap_stats(&st);
  printk("heap: %u bytes mapped, %u bytes in %u blocks, %u free blocks\n", st.size, st.used,
         st.allocations, st.free_blocks);
}

static void cmd_uptime(int argc, char **argv) {
  (void)argc, (void)argv;
  uint32_t t = ticks, s = t / HZ;
  printk("up %u:%02u:%02u.%02u\n", s / 3600, s / 60 % 60, s % 60, t % HZ);
}

static void cmd_ticks(int argc, char **argv) {
  (void)argc, (void)argv;
  printk("%u ticks (%u Hz)\n", ticks, HZ);
}

static void cmd_cpuid(int argc, char **argv) {
  (void)argc, (void)argv;
  uint32_t max, b, c, d, a;
  char vendor[13];
  cpuid(0, &max, &b, &c, &d);
  memcpy(vendor, &b, 4);
  memcpy(vendor + 4, &d, 4);
  memcpy(vendor + 8, &c, 4);
  vendor[12] = 0;
  printk("vendor: %s, highest leaf: %u\n", vendor, max);
  if (max < 1) return;
  cpuid(1, &a, &b, &c, &d);
  uint32_t family = (a >> 8) & 0xf, model = (a >> 4) & 0xf;
  if (family == 0xf) family += (a >> 20) & 0xff;
  if (family == 0x6 || family >= 0xf) model |= ((a >> 16) & 0xf) << 4;
  printk("family %u, model %u, stepping %u\n", family, model, a & 0xf);
  static const char *const edx_names[32] = {
      "fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce", "cx8", "apic", 0, "sep",
      "mtrr", "pge", "mca", "cmov", "pat", "pse36", "psn", "clflush", 0, "ds", "acpi", "mmx",
      "fxsr", "sse", "sse2", "ss", "htt", "tm", 0, "pbe"};
  printk("features:");
  for (int i = 0; i < 32; i++)
    if ((d >> i) & 1 && edx_names[i]) printk(" %s", edx_names[i]);
  printk("\n");
}

static void cmd_lsmem(int argc, char **argv) {
  (void)argc, (void)argv;
  for (uint32_t i = 0; i < bootinfo.mmap_count; i++) {
    const struct e820_entry *e = &bootinfo.mmap[i];
    // The last byte, in 64 bits made of two halves.
    uint32_t end_lo = e->base_lo + e->length_lo - 1;
    uint32_t end_hi = e->base_hi + e->length_hi + (end_lo < e->base_lo ? 1 : 0) -
                      (e->length_lo == 0 ? 1 : 0);
    if (e->length_lo == 0 && end_lo == 0xffffffffu) end_hi += 0; // borrow taken above
    printk("  0x%08x%08x-0x%08x%08x %s\n", e->base_hi, e->base_lo, end_hi, end_lo,
           e820_type_name(e->type));
  }
}

static void cmd_echo(int argc, char **argv) {
  for (int i = 1; i < argc; i++) printk(i + 1 < argc ? "%s " : "%s", argv[i]);
  printk("\n");
}

// Parses a number: decimal, or hexadecimal after "0x". False when s is not one.
static bool parse_number(const char *s, uint32_t *value) {
  uint32_t base = 10, n = 0;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s += 2;
  }
  if (*s == 0) return false;
  for (; *s; s++) {
    uint32_t digit, lower = (uint32_t)(*s | 0x20);
    if (*s >= '0' && *s <= '9') digit = (uint32_t)(*s - '0');
    else if (base == 16 && lower >= 'a' && lower <= 'f') digit = lower - 'a' + 10;
    else return false;
    n = n * base + digit;
  }
  *value = n;
  return true;
}

// Reads a word wherever it is asked to, through copy_nofault: an address that is not mapped
// is a page fault the kernel expects (an exception-fixup entry), answered, not a panic.
static void cmd_peek(int argc, char **argv) {
  uint32_t addr, value;
  if (argc != 2 || !parse_number(argv[1], &addr)) {
    printk("usage: peek ADDR\n");
    return;
  }
  if (copy_nofault(&value, (const void *)addr, sizeof(value)) == 0)
    printk("0x%08x: 0x%08x\n", addr, value);
  else
    printk("0x%08x: unmapped\n", addr);
}

static void cmd_clear(int argc, char **argv) {
  (void)argc, (void)argv;
  console_clear();
}

static void cmd_reboot(int argc, char **argv) {
  (void)argc, (void)argv;
  printk("rebooting...\n");
  reboot();
}

static void cmd_halt(int argc, char **argv) {
  (void)argc, (void)argv;
  power_off();
}

static void cmd_selftest(int argc, char **argv) {
  (void)argc, (void)argv;
  selftest();
}

// The faults. Each is a function of its own, reached through a table (so never inlined), and
// raises its exception with an instruction that cannot be optimised away. Each also calls
// did_not_fault afterwards: besides saying so if the CPU let the instruction pass, the call
// keeps the function from being a leaf, which gcc -O1 compiles without a frame (and a frame
// is what lets the backtrace name the caller).

static void did_not_fault(const char *what) { printk(KERN_ERR "fault: %s did not fault\n", what); }

static void fault_divide(void) {
  __asm__ volatile("xor edx, edx\n\tmov eax, 1\n\txor ecx, ecx\n\tdiv ecx" : : : "eax", "ecx",
                   "edx");
  did_not_fault("divide");
}

// 1 MiB, where the kernel was loaded: mapped at boot, unmapped since vm_init.
static void fault_pagefault(void) {
  __asm__ volatile("mov dword ptr [%0], 0xdead" : : "r"(0x00100000) : "memory");
  did_not_fault("pagefault");
}

// A selector past the end of the GDT.
static void fault_gpf(void) {
  __asm__ volatile("mov ax, 0xfff8\n\tmov ds, ax" : : : "eax");
  did_not_fault("gpf");
}

static void fault_ud(void) {
  __asm__ volatile("ud2");
  did_not_fault("ud");
}

// Calls itself with a 256-byte frame until the boot stack runs into its guard page (long
// before depth could reach its limit). The result is used after the call, so the call is not
// a tail call that could become a jump.
static uint32_t recurse(uint32_t depth) {
  volatile uint8_t frame[256];
  if (depth == 0xffffffffu) return 0;
  frame[depth % sizeof(frame)] = (uint8_t)depth;
  return recurse(depth + 1) + frame[depth % sizeof(frame)];
}

static void fault_stack(void) {
  recurse(0);
  did_not_fault("stack");
}

static const struct {
  const char *name;
  void (*raise)(void);
} faults[] = {
    {"divide", fault_divide},
    {"pagefault", fault_pagefault},
    {"gpf", fault_gpf},
    {"ud", fault_ud},
    {"stack", fault_stack},
};

static void cmd_fault(int argc, char **argv) {
  for (size_t i = 0; argc == 2 && i < ARRAY_SIZE(faults); i++) {
    if (strcmp(argv[1], faults[i].name) == 0) {
      faults[i].raise();
      return;
    }
  }
  printk("usage: fault divide|pagefault|gpf|ud|stack\n");
}

static const struct command commands[] = {
    {"help", "", "this list", cmd_help},
    {"mem", "", "free and used pages, heap statistics", cmd_mem},
    {"uptime", "", "time since boot", cmd_uptime},
    {"ticks", "", "timer interrupts since boot", cmd_ticks},
    {"cpuid", "", "the processor's identification and features", cmd_cpuid},
    {"lsmem", "", "the BIOS memory map (E820)", cmd_lsmem},
    {"echo", "[words...]", "print the words", cmd_echo},
    {"peek", "ADDR", "read a word of memory (unmapped: no panic)", cmd_peek},
    {"clear", "", "clear the screen", cmd_clear},
    {"selftest", "", "heap, page allocator and copy_nofault self-test", cmd_selftest},
    {"fault", "divide|pagefault|gpf|ud|stack", "raise an exception (shows the panic screen)", cmd_fault},
    {"reboot", "", "restart the machine", cmd_reboot},
    {"halt", "", "power off (ends qemu or logos boot)", cmd_halt},
    {0, 0, 0, 0},
};

// Splits line in place at spaces; returns the number of words.
static int split(char *line, char **argv) {
  int argc = 0;
  for (char *p = line; *p && argc < ARGS_MAX;) {
    while (*p == ' ') *p++ = 0;
    if (!*p) break;
    argv[argc++] = p;
    while (*p && *p != ' ') p++;
  }
  return argc;
}

static void execute(char *line) {
  char *argv[ARGS_MAX];
  int argc = split(line, argv);
  if (argc == 0) return;
  for (int i = 0; commands[i].name; i++) {
    if (strcmp(argv[0], commands[i].name) == 0) {
      commands[i].run(argc, argv);
      return;
    }
  }
  printk("%s: unknown command (try 'help')\n", argv[0]);
}

void monitor(void) {
  char line[LINE_MAX];
  printk("Type 'help' for the list of commands.\n");
  for (;;) {
    if (console_readline("logos> ", line, sizeof(line)) >= 0) execute(line);
  }
}
