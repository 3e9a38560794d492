// The panic screen: each `fault` command raises a real CPU exception in a function of its own,
// and the kernel must name the exception, show the error code, cr2 and the registers, and a
// backtrace whose first frames are that function and the monitor command that called it
// (names from the symbol table `logosc build` embeds) — then halt. One boot per fault, from the
// disk image (the faults end the machine), in qemu and in `logos boot` at once: logos boot's
// panic screen must be qemu's, registers included.
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { bootBoth, buildKernel, comparable, normalise } from "./helpers.ts";

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
