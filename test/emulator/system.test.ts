// Protected mode, paging and exceptions that user mode cannot reach, with qemu-system-i386 as the
// oracle: the same multiboot kernel (assembled by nasm) runs under qemu, printing on its debug
// port, and directly on the Logos CPU; the two outputs must be identical. The kernel provokes
// #DE #UD #BP #OF #BR #GP #NP and #PF (error codes, saved EIP, CR2), checks accessed and dirty
// bits on 4 KiB and 4 MiB pages and invlpg, enters ring 3 by iret and comes back through a trap
// gate (the TSS stack switch) and through faults, and ends with a double and a triple fault.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { runBootSector, runMultiboot } from "./bare.ts";

const dir = mkdtempSync(join(tmpdir(), "logos-system-"));

function assemble(name: string): string {
  const out = join(dir, `${name}.bin`);
  const r = spawnSync(
    "nasm",
    ["-f", "bin", "-o", out, join(import.meta.dirname, "system", `${name}.asm`)],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`nasm: ${r.stderr}`);
  return out;
}

function qemu(boot: string[]): string {
  const log = join(dir, "debugcon.txt");
  const r = spawnSync(
    "qemu-system-i386",
    [
      ...boot,
      "-display",
      "none",
      "-debugcon",
      `file:${log}`,
      "-device",
      "isa-debug-exit,iobase=0xf4,iosize=4",
      "-no-reboot",
      "-m",
      "32",
      "-accel",
      "tcg",
    ],
    { encoding: "utf8", timeout: 30_000 },
  );
  if (r.error) throw r.error;
  const text = readFileSync(log, "latin1");
  return text.slice(text.indexOf("<<"));
}

describe.runIf(oracle("nasm") && oracle("qemu-system-i386"))(
  "system-level behaviour against qemu",
  () => {
    it("exceptions, paging, ring 3, double and triple fault", () => {
      const image = assemble("protected");
      const want = qemu(["-kernel", image]);
      expect(want).toContain("triple fault");
      const got = runMultiboot(readFileSync(image));
      expect(got.output.slice(got.output.indexOf("<<"))).toBe(want);
      expect(got.shutdown).toBe(true);
    });

    it("real mode from a boot sector, then protected mode", () => {
      const image = assemble("realmode");
      const want = qemu(["-drive", `format=raw,file=${image}`]);
      expect(want).toContain("protected mode from a boot sector");
      const got = runBootSector(readFileSync(image));
      expect(got.output).toBe(want);
      expect(got.exitCode).toBe(0);
    });

    it("code and data in one page: data writes keep the code, code writes take effect", () => {
      const image = assemble("selfmod");
      const want = qemu(["-drive", `format=raw,file=${image}`]);
      expect(want).toContain("abc");
      const got = runBootSector(readFileSync(image));
      expect(got.output).toBe(want);
      // 150,000 loop instructions wrote beside the loop; the page was decoded a few times only.
      expect(got.instructions).toBeGreaterThan(150_000);
      expect(got.decodedSlots).toBeLessThan(400);
    });
  },
);

describe.runIf(oracle("nasm"))("the interrupt interface (for the PC)", () => {
  it("holds a pending interrupt off until IF = 1 and past sti's shadow, then wakes hlt", () => {
    const image = assemble("interrupts");
    let raised = 0;
    let acknowledged = 0;
    const got = runMultiboot(readFileSync(image), 1_000_000, {
      pending: () => acknowledged < raised || (raised === 0 && (raised = 1) === 1),
      acknowledge: () => {
        acknowledged++;
        return 0x20;
      },
    });
    // 'a' 'b' before sti, the interrupt after hlt (saved EIP = after_hlt: "[H]"), then 'c' 'd'.
    expect(got.output).toBe("ab[H]cd");
    expect(acknowledged).toBe(1);
    expect(got.exitCode).toBe(0);
  });

  it("lets a host BIOS serve real-mode int n (the rest go through the IVT)", () => {
    const image = assemble("realmode");
    const served: number[] = [];
    const got = runBootSector(readFileSync(image), 1_000_000, (cpu, vector) => {
      served.push(vector);
      if (vector !== 0x50) return false;
      cpu.regs[3] = 0x1234; // bx, as a BIOS service would return it
      return true;
    });
    expect(served).toEqual([0x50]);
    expect(got.output).toMatch(/^<<real mode\n1234 /); // the IVT handler would have given 0041
  });
});
