// The C library's build: its assembly assembles with our assembler to what nasm makes of it (as
// binutils sees the objects), its C is accepted by logosc's front end (the code generator will
// compile it), and the archive written by our `ar` writer is one GNU ar and nm read.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ASM_SOURCES, C_SOURCES, CRT0, STDLIB_DIR } from "../../stdlib/build.ts";
import { objectView } from "../asm/helpers.ts";
import { oracle } from "../oracle.ts";
import { root, stdlib } from "./helpers.ts";

describe.runIf(oracle("nasm") && oracle("readelf") && oracle("objdump"))("stdlib assembly", () => {
  for (const source of [CRT0, ...ASM_SOURCES]) {
    it(`${source}: our object is nasm's`, () => {
      const dir = join(stdlib().archive, "..");
      const ours = join(dir, source.replace(/^src\/|\.asm$/g, "") + ".o");
      const theirs = ours + ".nasm.o";
      const r = spawnSync("nasm", ["-f", "elf32", join(STDLIB_DIR, source), "-o", theirs]);
      expect(r.status).toBe(0);
      expect(objectView(ours)).toEqual(objectView(theirs));
    });
  }
});

describe("stdlib C", () => {
  it("is accepted by logosc -fsyntax-only", () => {
    const r = spawnSync(
      process.execPath,
      [
        join(root, "bin/logosc.js"),
        "-fsyntax-only",
        "-ffreestanding",
        ...C_SOURCES.map((s) => join(STDLIB_DIR, s)),
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe.runIf(oracle("gcc -m32") && oracle("objdump"))("libc.a", () => {
  it("lists every object and indexes its symbols for GNU ar and nm", () => {
    const { archive } = stdlib();
    const members = spawnSync("ar", ["t", archive], { encoding: "utf8" }).stdout.trim().split("\n");
    expect(members).toEqual([
      ...ASM_SOURCES.map((s) => s.replace(/^src\/(.*)\.asm$/, "$1.o")),
      ...C_SOURCES.map((s) => s.replace(/^src\/(.*)\.c$/, "$1.o")),
    ]);
    const index = spawnSync("nm", ["--print-armap", archive], { encoding: "utf8" }).stdout;
    for (const symbol of ["malloc in malloc.o", "printf in printf.o", "__sys_read in syscall.o"])
      expect(index).toContain(symbol);
  });

  it("needs nothing from outside but main (no gcc helpers such as __udivdi3)", () => {
    const { archive } = stdlib();
    const names = (args: string[]): Set<string> =>
      new Set(
        spawnSync("nm", [...args, archive], { encoding: "utf8" })
          .stdout.split("\n")
          .map((l) => l.trim().split(/\s+/))
          .filter((f) => f.length >= 2 && !f[f.length - 1].endsWith(":"))
          .map((f) => f[f.length - 1]),
      );
    const defined = names(["--defined-only"]);
    const missing = [...names(["-u"])].filter((s) => !defined.has(s));
    expect(missing).toEqual(["main"]);
  });
});
