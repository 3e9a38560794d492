// Linker scripts as kernels write them — in the shape of the OSDev wiki's "Bare Bones" and
// "Higher Half x86 Bare Bones" and of xv6's kernel.ld — applied to a small multiboot kernel
// (nasm boot code, gcc C code): every symbol, section address and load address must be ld's.
import { beforeAll, describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { Scratch, readSections, readSegments, readSymbols, readelfAll } from "./helpers.ts";

const haveTools = oracle("gcc -m32") && oracle("nasm") && oracle("ld") && oracle("readelf");

const BOOT = `bits 32
MAGIC equ 0x1BADB002
FLAGS equ 3
global _start
extern kmain
section .multiboot progbits alloc noexec nowrite align=4
    dd MAGIC, FLAGS, -(MAGIC + FLAGS)
section .bootstrap_stack nobits alloc noexec write align=16
stack_bottom: resb 16384
stack_top:
section .text
_start:
    mov esp, stack_top
    call kmain
.hang:
    hlt
    jmp .hang
section .note.GNU-stack noalloc noexec nowrite progbits
`;

const KERNEL = `
extern char _kernel_end[];
static unsigned short *const vga = (unsigned short *)0xB8000;
static const char banner[] = "Logos";
int ticks;
int colors[4] = { 7, 15, 10, 12 };
void kmain(void) {
  for (int i = 0; banner[i]; i++) vga[i] = (unsigned short)(colors[i & 3] << 8 | banner[i]);
  ticks = (int)_kernel_end;
}
`;

const SCRIPTS: Record<string, string> = {
  "bare-bones": `ENTRY(_start)
SECTIONS
{
	. = 2M;
	.text BLOCK(4K) : ALIGN(4K)
	{
		*(.multiboot)
		*(.text)
	}
	.rodata BLOCK(4K) : ALIGN(4K)
	{
		*(.rodata)
	}
	.data BLOCK(4K) : ALIGN(4K)
	{
		*(.data)
	}
	.bss BLOCK(4K) : ALIGN(4K)
	{
		*(COMMON)
		*(.bss)
		*(.bootstrap_stack)
	}
	_kernel_end = .;
	/DISCARD/ : { *(.comment) *(.note*) *(.eh_frame) }
}
`,
  "higher-half": `ENTRY (_start)
SECTIONS
{
	. = 0x00100000;
	_kernel_start = .;
	.multiboot.data : { *(.multiboot) }
	. += 0xC0000000;
	.text ALIGN (4K) : AT (ADDR (.text) - 0xC0000000) { *(.text) }
	.rodata ALIGN (4K) : AT (ADDR (.rodata) - 0xC0000000) { *(.rodata) }
	.data ALIGN (4K) : AT (ADDR (.data) - 0xC0000000) { *(.data) }
	.bss ALIGN (4K) : AT (ADDR (.bss) - 0xC0000000) { *(COMMON) *(.bss) *(.bootstrap_stack) }
	_kernel_end = .;
}
`,
  xv6: `OUTPUT_FORMAT("elf32-i386", "elf32-i386", "elf32-i386")
OUTPUT_ARCH(i386)
ENTRY(_start)

SECTIONS
{
	/* Link the kernel at this address: "." means the current address */
	. = 0x80100000;

	.text : AT(0x100000) {
		*(.multiboot)
		*(.text .stub .text.* .gnu.linkonce.t.*)
	}

	PROVIDE(etext = .);	/* Define the 'etext' symbol to this value */

	.rodata : {
		*(.rodata .rodata.* .gnu.linkonce.r.*)
	}

	.stab : {
		PROVIDE(__STAB_BEGIN__ = .);
		*(.stab);
		PROVIDE(__STAB_END__ = .);
	}

	/* Adjust the address for the data segment to the next page */
	. = ALIGN(0x1000);

	PROVIDE(data = .);

	.data : {
		*(.data)
	}

	PROVIDE(edata = .);

	.bss : {
		*(.bss)
		*(.bootstrap_stack)
	}

	PROVIDE(end = .);
	_kernel_end = .;

	/DISCARD/ : {
		*(.eh_frame .note.GNU-stack)
	}
}
`,
};

describe.runIf(haveTools)("kernel linker scripts, beside GNU ld", () => {
  const t = new Scratch();
  let objs: string[] = [];
  beforeAll(() => {
    objs = [t.nasm("boot", BOOT), t.cc("kernel", KERNEL, ["-fno-common"])];
  });

  for (const [name, script] of Object.entries(SCRIPTS)) {
    it(`${name}: the same symbols, sections and load addresses as ld`, () => {
      const path = t.write(`${name}.ld`, script);
      const ld = t.ld(["-T", path, "-o", `${name}-ld`, ...objs]);
      expect(ld.stderr).toBe("");
      const r = t.logosc(["-T", path, ...objs, "-nostdlib", "-o", `${name}-ours`]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const ours = t.path(`${name}-ours`);
      const theirs = t.path(`${name}-ld`);
      expect(readelfAll(ours).stderr).toBe("");
      const values = (f: string) =>
        Object.fromEntries([...readSymbols(f)].map(([k, v]) => [k, v.value.toString(16)]).sort());
      expect(values(ours)).toEqual(values(theirs));
      expect(Object.fromEntries([...readSections(ours)].sort())).toEqual(
        Object.fromEntries([...readSections(theirs)].sort()),
      );
      // Every byte ld loads lands at the same physical address in ours.
      const physical = (f: string) => {
        const m = new Map<number, number>();
        for (const s of readSegments(f))
          for (let a = 0; a < s.memsz; a += 0x100) m.set(s.vaddr + a, s.paddr + a);
        return m;
      };
      const ourPhys = physical(ours);
      for (const [v, p] of physical(theirs)) expect(ourPhys.get(v)).toBe(p);
      // The multiboot header is in the first 8 KiB of the file, as a boot loader requires.
      const bytes = t.tool("od", ["-An", "-tx4", "-N8192", "-v", ours]);
      expect(bytes).toContain("1badb002");
    });
  }
});
