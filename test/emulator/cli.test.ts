// What `logos run` shows a person: --stats, --trace, --max-instructions, stdin, fault reports
// (with the status a shell shows for the same program run natively) and bad input.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { gcc, logos, native, programs } from "./helpers.ts";

describe.runIf(oracle("gcc -m32"))("logos run, the command", () => {
  it("--stats ends with one line for scripts", () => {
    const exe = gcc(join(programs, "hello-glibc.c"), ["-O2"], "hello-stats");
    const got = logos(exe, [], ["--stats"]);
    expect(got.stderr).toMatch(/^instructions=\d+ seconds=\d+\.\d+ mips=\d+\.\d+\n$/);
  });

  it("--trace shows each instruction disassembled and the registers it changed", () => {
    const exe = gcc(
      join(programs, "hello-nostdlib.c"),
      ["-nostdlib", "-ffreestanding", "-O2"],
      "hello-trace",
    );
    const got = logos(exe, [], ["--trace", "--max-instructions", "3"]);
    const lines = got.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^0x[0-9a-f]{8}: 31 ed\s+xor\s+ebp,ebp\s+eflags=0x00000246$/);
    expect(lines[1]).toMatch(/mov\s+eax,DWORD PTR \[esp\]\s+eax=0x00000001$/);
    expect(lines[3]).toMatch(/stopped after 3 instructions/);
    expect(got.status).toBe(124);
  });

  it("passes stdin through and keeps stdout and stderr apart", () => {
    const exe = gcc(join(programs, "upper.c"), ["-O2"], "upper");
    const input = "one\ntwo words\nthree\n";
    const want = native(exe, [], input);
    const got = logos(exe, [], [], input);
    expect(got.stdout).toBe("ONE\nTWO WORDS\nTHREE\n");
    expect(got.stdout).toBe(want.stdout);
    expect(got.stderr).toBe(want.stderr);
    expect(got.status).toBe(3);
  });

  it("reports a fault with the exception, the instruction, registers and history", () => {
    const exe = gcc(join(programs, "crash.c"), ["-O1"], "crash");
    for (const [arg, exception] of [
      ["0", /#PF page fault \(error code 0x0006: user write, page not present\)/],
      ["1", /#UD invalid opcode .*\n(.*\n)*  instruction: 0x[0-9a-f]{8}: 0f 0b\s+ud2/],
      ["2", /#DE divide error/],
    ] as const) {
      const want = native(exe, [arg]);
      const got = logos(exe, [arg]);
      expect(got.stderr).toMatch(exception);
      expect(got.stderr).toMatch(/eax=0x[0-9a-f]{8} ecx=/);
      expect(got.stderr).toMatch(/last instructions:\n    0x/);
      expect(got.stderr).not.toMatch(/at .*\.ts:\d+/); // no JavaScript stack trace
      expect(got.status).toBe(want.status);
    }
  });

  it("refuses what it cannot run, with the reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-bad-"));
    const elf64 = join(dir, "elf64");
    writeFileSync(
      elf64,
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...new Array(57).fill(0)]),
    );
    for (const [file, why] of [
      [join(programs, "upper.c"), /upper\.c: not an ELF file/],
      [join(dir, "no-such-program"), /no-such-program: no such file/],
      [elf64, /not a 32-bit ELF file/],
    ] as const) {
      const r = logos(file);
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no JavaScript stack trace
      expect(r.status).toBe(1);
    }
  });
});
