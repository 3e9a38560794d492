// The panic screen: each `fault` command raises a real CPU exception in a function of its own,
// and the kernel must name the exception, show the error code, cr2 and the registers, and a
// backtrace whose first frames are that function and the monitor command that called it
// (names from the symbol table `logosc build` embeds) — then halt. One boot per fault, from the
// disk image (the faults end the machine), in qemu and in `logos boot` at once: logos boot's
// panic screen must be qemu's, registers included. Then the faults the kernel expects: `peek`
// reads any address through the exception-fixup table (an unmapped one is an answer, not a
// panic), while a stray access still panics; and a kernel stack overflow is a double fault on
// a stack of its own, with a panic screen, never a silent reboot.
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { bootBoth, buildKernel, comparable, normalise, PROMPT } from "./helpers.ts";

const haveTools = oracle("gcc -m32") && oracle("qemu-system-i386");

const FAULTS = [
  { arg: "divide", name: "Divide Error (#DE)", err: "0x00000000", fn: "fault_divide" },
  {
    arg: "pagefault",
    name: "Page Fault (#PF)",
    err: "0x00000002 (kernel write to a non-present page)",
    fn: "fault_pagefault",
    extra: /kernel bug: access below KERNBASE \(the low identity map is gone\)\ncr2: 0x00100000 /,
  },
  // The selector 0xfff8 is past the GDT's end: #GP with that selector as its error code.
  { arg: "gpf", name: "General Protection (#GP)", err: "0x0000fff8", fn: "fault_gpf" },
  { arg: "ud", name: "Invalid Opcode (#UD)", err: "0x00000000", fn: "fault_ud" },
];

describe.runIf(haveTools)("panic screen in qemu-system-i386 and logos boot", () => {
  it.each(FAULTS)("fault $arg", { timeout: 150_000 }, async (f) => {
    const { image } = await buildKernel();
    const [s, logos] = await bootBoth(image, [`fault ${f.arg}`], "system halted.");
    const t = normalise(s.output);
    expect(comparable(normalise(logos.output))).toBe(comparable(t));
    expect(t).toMatch(
      new RegExp(
        `\\n\\*\\*\\* KERNEL PANIC \\*\\*\\*\\n${f.name.replace(/[()#]/g, "\\$&")} in kernel mode at 0x(c0[0-9a-f]{6})\\n`,
      ),
    );
    expect(t).toContain(`error code: ${f.err}\n`);
    if (f.extra) expect(t).toMatch(f.extra);
    expect(t).toMatch(/cr2: 0x[0-9a-f]{8} {2}cr3: 0x[0-9a-f]{8} {2}cr0: 0x80010011\n/);
    expect(t).toMatch(
      /eax: 0x[0-9a-f]{8} {2}ebx: .*\nesi: .*\neip: 0x[0-9a-f]{8} {2}eflags: .*\ncs: 0x0008 /,
    );
    // The backtrace: the faulting function (at the faulting eip), then its caller cmd_fault,
    // then on down to kmain and the entry code.
    const eip = /in kernel mode at (0x[0-9a-f]{8})/.exec(t)![1];
    expect(t).toMatch(
      new RegExp(
        `backtrace:\\n {2}#0 ${eip} ${f.fn}\\+0x[0-9a-f]+\\n {2}#1 0x[0-9a-f]{8} cmd_fault\\+0x[0-9a-f]+\\n(.*\\n)* {2}#\\d 0x[0-9a-f]{8} kmain\\+0x[0-9a-f]+\\n {2}#\\d 0x[0-9a-f]{8} _start\\+0x[0-9a-f]+\\nsystem halted\\.`,
      ),
    );
  });
});

describe.runIf(haveTools)("expected faults in qemu-system-i386 and logos boot", () => {
  it(
    "peek reads through the exception-fixup table; a stray access still panics",
    { timeout: 150_000 },
    async () => {
      const { image } = await buildKernel();
      const commands = [
        "peek 0xc0100000", // the Multiboot header's magic, first in the kernel's text
        "peek 0xc00b8000", // the screen's first two cells: "Lo" of the banner, light grey
        "peek 0", // NULL
        "peek 0xbffffffe", // a word straddling KERNBASE: its first half is not mapped
        "peek 0xc7fe0000", // the end of the direct map (128 MiB less qemu's 128 KiB)
        "peek 0xe0000000", // the heap, not grown yet
        "peek zz",
        "fault pagefault",
      ];
      const [s, logos] = await bootBoth(image, commands, "system halted.");
      const t = normalise(s.output);
      expect(comparable(normalise(logos.output))).toBe(comparable(t));
      expect(t).toContain(
        [
          `${PROMPT}peek 0xc0100000\n0xc0100000: 0x1badb002\n`,
          `${PROMPT}peek 0xc00b8000\n0xc00b8000: 0x076f074c\n`,
          `${PROMPT}peek 0\n0x00000000: unmapped\n`,
          `${PROMPT}peek 0xbffffffe\n0xbffffffe: unmapped\n`,
          `${PROMPT}peek 0xc7fe0000\n0xc7fe0000: unmapped\n`,
          `${PROMPT}peek 0xe0000000\n0xe0000000: unmapped\n`,
          `${PROMPT}peek zz\nusage: peek ADDR\n`,
          `${PROMPT}fault pagefault\n\n*** KERNEL PANIC ***\nPage Fault (#PF) in kernel mode`,
        ].join(""),
      );
      expect(t).toMatch(/#0 0x[0-9a-f]{8} fault_pagefault\+/);
    },
  );
});

// A kernel stack overflow: the page fault on the boot stack's guard page cannot be delivered
// on that stack, so it becomes a double fault, which a task gate delivers on a stack of its own
// — a panic screen, not a silent triple fault. In qemu and logos boot at once, the panic
// screens compared whole.
describe.runIf(haveTools)("kernel stack overflow in qemu-system-i386 and logos boot", () => {
  it(
    "fault stack: a double fault with the overflow named and the recursion's backtrace",
    { timeout: 150_000 },
    async () => {
      const { image } = await buildKernel();
      const [s, logos] = await bootBoth(image, ["fault stack"], "system halted.");
      const t = normalise(s.output);
      expect(comparable(normalise(logos.output))).toBe(comparable(t));
      expect(t).toMatch(
        /\n\*\*\* KERNEL PANIC \*\*\*\nDouble Fault \(#DF\) in kernel mode at 0xc0[0-9a-f]{6}\nerror code: 0x00000000\nkernel bug: kernel stack overflow \(into the guard page below the boot stack\)\n/,
      );
      // cr2: the last word of the guard page; cr0 with TS, which the task switch set.
      expect(t).toMatch(/cr2: 0x[0-9a-f]{5}ffc {2}cr3: 0x[0-9a-f]{8} {2}cr0: 0x80010019\n/);
      expect(t).toMatch(
        /backtrace:\n {2}#0 0x[0-9a-f]{8} recurse\+0x[0-9a-f]+\n {2}#1 0x[0-9a-f]{8} recurse\+0x[0-9a-f]+\n {2}#2-#(\d+) the same, \d+ times\n {2}#\d+ 0x[0-9a-f]{8} fault_stack\+0x[0-9a-f]+\n {2}#\d+ 0x[0-9a-f]{8} cmd_fault\+(.*\n)* {2}#\d+ 0x[0-9a-f]{8} _start\+0x[0-9a-f]+\nsystem halted\./,
      );
    },
  );
});
