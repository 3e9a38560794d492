// main.c — kmain: bringing the machine up, in dependency order, then the monitor.
//
// arch/x86/entry.asm calls kmain on the boot stack, in the higher half, with the boot page
// tables (0–8 MiB at 0 and at KERNBASE) and interrupts off. Each step below may use only what
// the steps before it set up: the boot information is copied before any memory is reused,
// the console comes up before anything can print, the IDT before anything can fault, the page
// allocator's first 8 MiB before vm_init needs page tables, the rest of RAM only after the
// direct map reaches it, and interrupts last.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "bootinfo.h"
#include "memlayout.h"

extern char __kernel_start[], __kernel_end[];

static void print_memory_map(void) {
  printk(KERN_INFO "memory map (E820, %u entries):\n", bootinfo.mmap_count);
  for (uint32_t i = 0; i < bootinfo.mmap_count; i++) {
    const struct e820_entry *e = &bootinfo.mmap[i];
    printk(KERN_INFO "  0x%08x%08x +0x%08x%08x %s\n", e->base_hi, e->base_lo, e->length_hi,
           e->length_lo, e820_type_name(e->type));
  }
}

void kmain(uint32_t magic, uint32_t info_phys) {
  bootinfo_init(magic, info_phys);
  uart_init();
  vga_init();
  printk(KERN_NOTICE "Logos kernel 0.1 (stage 1)\n");
  printk(KERN_INFO "boot loader: %s, command line: \"%s\"\n", boot_loader_name,
         bootinfo.cmdline);
  printk(KERN_INFO "kernel: 0x%08x-0x%08x (physical 0x%08x)\n", (uint32_t)__kernel_start,
         (uint32_t)__kernel_end, V2P(__kernel_start));
  print_memory_map();

  gdt_init();
  idt_init();
  pic_init();
  printk(KERN_INFO "cpu: GDT and TSS loaded, IDT with 32 exceptions and 16 IRQs, PIC at 0x20-0x2f\n");

  palloc_init_early();
  vm_init();
  palloc_init_late();
  printk(KERN_INFO "mm: %u pages free of %u (%u KiB), direct map 0xc0000000-0x%08x\n",
         pages_free(), pages_total(), pages_free() * 4, KERNBASE + phys_top());
  printk(KERN_INFO "paging: kernel in the higher half, low identity map removed\n");

  pit_init();
  kbd_init();
  uart_enable_irq();
  sti();
  printk(KERN_INFO "timer: PIT at %u Hz; console: VGA, COM1, PS/2 keyboard\n", HZ);
  monitor();
}
