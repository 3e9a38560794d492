// `logosc objdump` against objdump itself: the same files (a flat 16/32-bit boot sector, an ELF
// object from nasm with its relocations, an executable linked by GNU ld) must list identically,
// headings, addresses, bytes and instructions — byte for byte, the same text.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { oracle } from "../oracle.ts";

const programs = join(import.meta.dirname, "programs");
const dir = mkdtempSync(join(tmpdir(), "logos-objdump-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function logosc(args: string[]) {
  return spawnSync(process.execPath, ["bin/logosc.js", ...args], { encoding: "utf8" });
}

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

describe.runIf(oracle("nasm") && oracle("objdump"))("logosc objdump lists as objdump does", () => {
  test("a flat boot sector, 16-bit (-m i8086)", () => {
    const bin = join(dir, "boot16.bin");
    tool("nasm", ["-f", "bin", "-o", bin, join(programs, "boot16.asm")]);
    const theirs = tool("objdump", ["-D", "-b", "binary", "-m", "i8086", "-M", "intel", bin]);
    const ours = logosc(["objdump", "-m", "i8086", bin]);
    expect(ours.stderr).toBe("");
    expect(ours.stdout).toBe(theirs);
    expect(logosc(["objdump", "--bits", "16", bin]).stdout).toBe(theirs);
    const viaM = tool("objdump", [
      "-D",
      "-b",
      "binary",
      "-m",
      "i386",
      "-M",
      "intel,data16,addr16",
      bin,
    ]);
    expect(logosc(["objdump", "-b", "binary", "-M", "intel,data16,addr16", bin]).stdout).toBe(viaM);
  });

  test("a flat binary at an --org address, 32-bit", () => {
    const bin = join(dir, "boot16.bin");
    const theirs = tool("objdump", [
      "-D",
      "-b",
      "binary",
      "-m",
      "i386",
      "-M",
      "intel",
      "--adjust-vma=0x7c00",
      bin,
    ]);
    const ours = logosc(["objdump", "--org", "0x7c00", bin]);
    expect(ours.stdout).toBe(theirs);
  });

  test("an ELF32 object from nasm, with relocations (-r)", () => {
    const obj = join(dir, "kernel32.o");
    tool("nasm", ["-f", "elf32", "-o", obj, join(programs, "kernel32.asm")]);
    const theirs = tool("objdump", ["-dr", "-M", "intel", obj]);
    const ours = logosc(["objdump", "-r", obj]);
    expect(ours.stdout).toBe(theirs);
    expect(logosc(["objdump", "-r", "--no-show-raw-insn", obj]).stdout).toBe(
      tool("objdump", ["-dr", "-M", "intel", "--no-show-raw-insn", obj]),
    );
    for (const only of [
      ["-j", ".data"],
      ["-j", ".text", "-j", ".data"],
    ]) {
      expect(logosc(["objdump", ...only, obj]).stdout).toBe(
        tool("objdump", ["-d", "-M", "intel", ...only, obj]),
      );
    }
    // -D: data sections too, with objdump's `...` for zero runs, which stop at each symbol.
    expect(logosc(["objdump", "-D", "-r", obj]).stdout).toBe(
      tool("objdump", ["-D", "-r", "-M", "intel", obj]),
    );
  });

  test.runIf(oracle("ld"))(
    "an executable linked by GNU ld: symbol names for branch targets",
    () => {
      const obj = join(dir, "kernel32.o");
      const exe = join(dir, "kernel32");
      tool("nasm", ["-f", "elf32", "-o", obj, join(programs, "kernel32.asm")]);
      tool("ld", ["-m", "elf_i386", "-e", "memcpy", "--defsym", "trap=0x8048000", "-o", exe, obj]);
      const theirs = tool("objdump", ["-d", "-M", "intel", exe]);
      const ours = logosc(["objdump", exe]);
      expect(ours.stdout).toBe(theirs);
      // An address range, as for looking at the code around a crash: the listing starts inside
      // a function with a `<memcpy+0x7>`-style heading.
      for (const range of [
        ["--start-address=0x8049020", "--stop-address=0x8049060"],
        ["--start-address=0x8049031"],
        ["--stop-address=0x8049010"],
      ]) {
        const t = tool("objdump", ["-d", "-M", "intel", ...range, exe]);
        expect(logosc(["objdump", ...range, exe]).stdout).toBe(t);
      }
    },
  );

  test("an executable linked by logosc itself", () => {
    const obj = join(dir, "start32.o");
    const exe = join(dir, "start32");
    tool("nasm", ["-f", "elf32", "-o", obj, join(programs, "start32.asm")]);
    const link = logosc(["-nostdlib", obj, "-o", exe]);
    expect(link.stderr).toBe("");
    const theirs = tool("objdump", ["-d", "-M", "intel", exe]);
    expect(logosc(["objdump", exe]).stdout).toBe(theirs);
  });
});

describe.runIf(oracle("gcc -m32") && oracle("objdump"))(
  "logosc objdump on gcc -m32 objects",
  () => {
    // gcc's code, padding (multi-byte nops) and CET's endbr32 included.
    for (const flags of [
      ["-O0"],
      ["-O2"],
      ["-Os"],
      ["-O2", "-fcf-protection=full", "-falign-functions=32", "-falign-loops=32"],
    ]) {
      test(flags.join(" "), () => {
        const obj = join(dir, `tree${flags.join("")}.o`);
        tool("gcc", ["-m32", "-fno-pic", ...flags, "-c", join(programs, "tree.c"), "-o", obj]);
        const theirs = tool("objdump", ["-dr", "-M", "intel", obj]);
        expect(logosc(["objdump", "-r", obj]).stdout).toBe(theirs);
      });
    }
  },
);

describe.runIf(oracle("gcc -m32") && oracle("objdump"))("logosc objdump on an archive", () => {
  test("every member, after `In archive`", () => {
    const a = join(dir, "objs.o");
    const b = join(dir, "more.o");
    tool("gcc", ["-m32", "-fno-pic", "-O1", "-c", join(programs, "tree.c"), "-o", a]);
    tool("nasm", ["-f", "elf32", "-o", b, join(programs, "start32.asm")]);
    const lib = join(dir, "libmix.a");
    tool("ar", ["rcs", lib, a, b]);
    const theirs = tool("objdump", ["-dr", "-M", "intel", lib]);
    expect(logosc(["objdump", "-r", lib]).stdout).toBe(theirs);
  });
});

describe.runIf(oracle("gcc -m32") && oracle("nasm") && oracle("objdump"))(
  "logosc objdump -t",
  () => {
    test("symbol tables of objects, executables and archives, as objdump -t prints them", () => {
      const c = join(dir, "tree-t.o");
      const a = join(dir, "kernel-t.o");
      const exe = join(dir, "start-t");
      const lib = join(dir, "libt.a");
      tool("gcc", ["-m32", "-fno-pic", "-O2", "-c", join(programs, "tree.c"), "-o", c]);
      tool("nasm", ["-f", "elf32", "-o", a, join(programs, "kernel32.asm")]);
      tool("nasm", ["-f", "elf32", "-o", join(dir, "start-t.o"), join(programs, "start32.asm")]);
      tool("ld", ["-m", "elf_i386", "-o", exe, join(dir, "start-t.o")]);
      tool("ar", ["rcs", lib, c, a]);
      for (const f of [c, a, exe, lib]) {
        expect(logosc(["objdump", "-t", f]).stdout).toBe(tool("objdump", ["-t", f]));
        expect(logosc(["objdump", "-t", "-d", f]).stdout).toBe(
          tool("objdump", ["-t", "-d", "-M", "intel", f]),
        );
      }
    });
  },
);

describe("logosc objdump errors", () => {
  test("a reader that goes away (| head) ends the output quietly", () => {
    const bin = join(dir, "random.bin");
    spawnSync("sh", ["-c", `head -c 300000 /dev/urandom > ${bin}`]);
    const r = spawnSync(
      "sh",
      ["-c", `${process.execPath} bin/logosc.js objdump ${bin} | head -1`],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
  });
  test("a missing file: exit 1 and the file's name", () => {
    const r = logosc(["objdump", join(dir, "nope.bin")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cannot open");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  test("bad options: exit 2", () => {
    expect(logosc(["objdump", "--bits", "64", "x"]).status).toBe(2);
    expect(logosc(["objdump", "-m", "x86-64", "x"]).status).toBe(2);
  });
});
