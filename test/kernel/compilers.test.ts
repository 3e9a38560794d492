// The kernel compiled by logosc and the kernel compiled by gcc -m32 (LOGOS_KERNEL_CC=gcc, the
// reference) behave the same: booted in `logos boot`, the same monitor script gives the same
// transcript, but for the numbers that follow from the kernel's size (its end address and the
// free pages). The other kernel tests boot the logosc-built kernel against qemu.
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { buildKernel, logosBootArgs, normalise, serialSession } from "./helpers.ts";

const SCRIPT = ["help", "mem", "lsmem", "echo same   words", "nosuch", "selftest", "mem", "halt"];

/** The transcript without what depends on the kernel's size. */
function sizeFree(t: string): string {
  return t
    .replace(/^kernel: 0xc0100000-0x[0-9a-f]{8} /m, "kernel: 0xc0100000-END ")
    .replace(/^mm: \d+ pages free of \d+ \(\d+ KiB\)/m, "mm: N pages free of M (K KiB)")
    .replace(/^pages: \d+ free, (\d+) used, \d+ total \(\d+ KiB free\)$/gm, "pages: N free, $1 used, M total (K KiB free)"); // prettier-ignore
}

describe.runIf(oracle("gcc -m32"))("the kernel built by logosc and by gcc", () => {
  it("gives the same monitor transcript in logos boot", { timeout: 200_000 }, async () => {
    const [ours, theirs] = await Promise.all([buildKernel("logosc"), buildKernel("gcc")]);
    const [a, b] = await Promise.all([
      serialSession(process.execPath, logosBootArgs(ours.image), SCRIPT),
      serialSession(process.execPath, logosBootArgs(theirs.image), SCRIPT),
    ]);
    const t = sizeFree(normalise(a.output));
    expect(t).toContain("logos> selftest\n");
    expect(t).toContain("same   words\n");
    expect(t).toBe(sizeFree(normalise(b.output)));
  });
});
