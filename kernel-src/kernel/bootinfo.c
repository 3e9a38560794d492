// bootinfo.c — taking over what the boot loader found, in one shape whichever loader it was.
//
// Our loader passes a struct bootinfo (include/bootinfo.h); a Multiboot loader (qemu -kernel)
// passes a struct multiboot_info, converted here into the same structure. Either lives in
// memory the kernel will reuse, so it is copied into the kernel's own `bootinfo` first thing,
// while the boot page tables still map the low 8 MiB at KERNBASE (P2V works on it).
#include "types.h"
#include "kernel.h"
#include "bootinfo.h"
#include "multiboot.h"
#include "memlayout.h"

struct bootinfo bootinfo;
const char *boot_loader_name = "?";

extern char __kernel_start[], __kernel_end[];

static void from_multiboot(const struct multiboot_info *mb) {
  boot_loader_name = "multiboot";
  bootinfo.magic = BOOTINFO_MAGIC;
  bootinfo.version = BOOTINFO_VERSION;
  bootinfo.size = sizeof(bootinfo);
  bootinfo.kernel_start = V2P(__kernel_start);
  bootinfo.kernel_memsz = __kernel_end - __kernel_start;
  if (mb->flags & MULTIBOOT_INFO_CMDLINE)
    strncpy(bootinfo.cmdline, P2V(mb->cmdline), sizeof(bootinfo.cmdline));
  if (mb->flags & MULTIBOOT_INFO_MMAP) {
    uint32_t p = mb->mmap_addr, end = mb->mmap_addr + mb->mmap_length;
    while (p < end && bootinfo.mmap_count < BOOTINFO_MMAP_MAX) {
      const struct multiboot_mmap_entry *e = P2V(p);
      struct e820_entry *out = &bootinfo.mmap[bootinfo.mmap_count++];
      out->base_lo = e->base_lo;
      out->base_hi = e->base_hi;
      out->length_lo = e->length_lo;
      out->length_hi = e->length_hi;
      out->type = e->type;
      out->attributes = 1;
      p += e->size + 4;
    }
  } else if (mb->flags & MULTIBOOT_INFO_MEMORY) {
    // Only the two sizes: make the two usable ranges of a classic PC from them.
    struct e820_entry *lo = &bootinfo.mmap[0], *hi = &bootinfo.mmap[1];
    lo->length_lo = mb->mem_lower * 1024;
    lo->type = E820_USABLE;
    hi->base_lo = 0x100000;
    hi->length_lo = mb->mem_upper * 1024;
    hi->type = E820_USABLE;
    bootinfo.mmap_count = 2;
  }
}

void bootinfo_init(uint32_t magic, uint32_t info_phys) {
  if (magic == BOOTINFO_MAGIC) {
    memcpy(&bootinfo, P2V(info_phys), sizeof(bootinfo));
    boot_loader_name = "logos";
  } else if (magic == MULTIBOOT_MAGIC) {
    from_multiboot(P2V(info_phys));
  } else {
    panic("started by an unknown boot loader (magic 0x%08x)", magic);
  }
  bootinfo.cmdline[sizeof(bootinfo.cmdline) - 1] = 0;
  if (bootinfo.mmap_count > BOOTINFO_MMAP_MAX) bootinfo.mmap_count = BOOTINFO_MMAP_MAX;
  const char *level = cmdline_get("loglevel");
  if (level) console_loglevel = atoi(level);
}

// The value of `key=value` on the command line (up to the next space, in a static buffer), or
// NULL when the key is not there.
const char *cmdline_get(const char *key) {
  static char value[BOOTINFO_CMDLINE_MAX];
  size_t klen = strlen(key);
  const char *p = bootinfo.cmdline;
  while (*p) {
    while (*p == ' ') p++;
    if (strncmp(p, key, klen) == 0 && p[klen] == '=') {
      p += klen + 1;
      size_t n = 0;
      while (p[n] && p[n] != ' ' && n + 1 < sizeof(value)) value[n] = p[n], n++;
      value[n] = 0;
      return value;
    }
    while (*p && *p != ' ') p++;
  }
  return NULL;
}

const char *e820_type_name(uint32_t type) {
  switch (type) {
  case E820_USABLE: return "usable";
  case E820_RESERVED: return "reserved";
  case E820_ACPI: return "ACPI data";
  case E820_NVS: return "ACPI NVS";
  case E820_BAD: return "bad memory";
  default: return "unknown";
  }
}
