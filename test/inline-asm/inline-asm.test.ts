// Inline assembly beyond the golden programs (test/golden/inline-asm): the -S text of asm
// statements assembles with nasm to the bytes logosc encoded in process, each template encodes to
// what gcc -masm=intel and gas make of it, --emit-ir's asm text parses back, and bad statements
// are caret errors that gcc rejects too.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { parseModule, printModule } from "../../compiler/ir/text.ts";
import { verifyModule } from "../../compiler/ir/verify.ts";
import { readElf32 } from "../../compiler/obj/elf32.ts";
import { oracle } from "../oracle.ts";

const root = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "logos-inline-asm-"));
const golden = join(root, "test/golden/inline-asm");

function logosc(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin/logosc.js"), ...args], { cwd: dir, encoding: "utf8" }); // prettier-ignore
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const text = (path: string) => {
  const f = readElf32(new Uint8Array(readFileSync(path)), path);
  return Buffer.from(f.sections.find((s) => s.name === ".text")!.data).toString("hex");
};

describe("inline assembly", () => {
  it.runIf(oracle("nasm"))(
    "-S text of asm statements assembles with nasm to the same bytes",
    () => {
      for (const name of ["operands", "memory"])
        for (const o of ["-O0", "-O1"]) {
          const src = join(golden, name + ".c");
          expect(logosc(["-S", o, src, "-o", "p.s"]).status).toBe(0);
          expect(logosc(["-c", o, src, "-o", "p.o"]).status).toBe(0);
          const r = spawnSync("nasm", ["-f", "elf32", "p.s", "-o", "p.nasm.o"], { cwd: dir, encoding: "utf8" }); // prettier-ignore
          expect(r.stderr).toBe("");
          expect(text(join(dir, "p.o"))).toBe(text(join(dir, "p.nasm.o")));
        }
    },
  );

  it.runIf(oracle("gcc -m32"))("a function of fixed registers encodes as gcc -masm=intel's", () => {
    // Every operand is in a fixed register, so the code has one right form: gcc -O1's.
    const src = `unsigned f(unsigned a, unsigned b) {
  unsigned r;
  __asm__("lea %0, [%1+%2*4+8]\\n\\tbswap %0\\n\\tadd %h0, %b0\\n\\tin al, dx\\n\\tout 0x80, al"
          : "=a"(r) : "c"(a), "d"(b));
  return r;
}\n`;
    writeFileSync(join(dir, "f.c"), src);
    const g = spawnSync("gcc", ["-m32", "-masm=intel", "-O1", "-fno-pie", "-fno-asynchronous-unwind-tables", "-c", "f.c", "-o", "f.gcc.o"], { cwd: dir, encoding: "utf8" }); // prettier-ignore
    expect(g.stderr).toBe("");
    expect(logosc(["-c", "f.c", "-o", "f.o"]).status).toBe(0);
    const asm = (path: string) => {
      const hex = text(path);
      const start = hex.indexOf("8d4491"); // lea eax, [ecx+edx*4+8]
      return hex.slice(start, hex.indexOf("e680", start) + 4);
    };
    expect(asm(join(dir, "f.o"))).toBe(asm(join(dir, "f.gcc.o")));
    expect(asm(join(dir, "f.o")).length).toBeGreaterThan(10);
  });

  it("--emit-ir prints asm that parses back and verifies", () => {
    const r = logosc(["--emit-ir", join(golden, "operands.c"), "-o", "-"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("asmout");
    const sink = new DiagnosticSink();
    const m = parseModule(new SourceFile("p.ir", r.stdout), sink);
    expect(sink.format()).toBe("");
    expect(verifyModule(m!)).toEqual([]);
    expect(printModule(m!)).toBe(r.stdout);
  });

  it("file-scope asm: an error, not silently dropped", () => {
    writeFileSync(join(dir, "top.c"), `__asm__("nop");\nint main(void) { return 0; }\n`);
    const r = logosc(["-c", "top.c", "-o", "top.o"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("top.c:1:1: error: file-scope 'asm' is not supported by the code generator"); // prettier-ignore
  });

  const bad: [string, string, string][] = [
    ["bad constraint", `__asm__("mov %0, 1" : "=z"(x));`, "invalid punctuation 'z' in constraint"],
    ["operand out of range", `__asm__("mov %0, %3" : "=r"(x) : "r"(y));`, "invalid 'asm': operand number out of range"], // prettier-ignore
    ["unknown name", `__asm__("mov %[nope], 1" : [v] "=r"(x));`, "undefined named operand 'nope'"],
    ["two inputs in eax", `__asm__("nop" : : "a"(x), "a"(y));`, "'asm' operand has impossible constraints"], // prettier-ignore
    ["clobbered operand register", `__asm__("nop" : : "a"(x) : "eax");`, "'asm' operand has impossible constraints"], // prettier-ignore
    ["unknown clobber", `__asm__("nop" : : : "xyz");`, "unknown register name 'xyz' in 'asm'"],
    ["not an instruction", `__asm__("frobnicate %0" : "=r"(x));`, "no such instruction"],
    ["no such local label", `__asm__("test %0, %0\\n\\tjz 1f" : "+r"(x));`, "invalid 'asm': no local label 1 after 'jz 1f'"], // prettier-ignore
  ];
  for (const [what, stmt, message] of bad)
    it(`${what}: a caret error${oracle("gcc -m32") ? ", and gcc rejects it too" : ""}`, () => {
      const src = `int f(int y) {\n  int x = 0;\n  ${stmt}\n  return x + y;\n}\n`;
      writeFileSync(join(dir, "bad.c"), src);
      const r = logosc(["-c", "bad.c", "-o", "bad.o"]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`bad.c:3:`);
      expect(r.stderr).toContain(`error: ${message}`);
      expect(r.stderr).toMatch(/\n +\| +\^/);
      if (oracle("gcc -m32")) {
        const g = spawnSync("gcc", ["-m32", "-masm=intel", "-c", "bad.c", "-o", "bad.gcc.o"], { cwd: dir, encoding: "utf8" }); // prettier-ignore
        expect(g.status).not.toBe(0);
      }
    });
});
