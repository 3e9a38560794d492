// The back end on a second thread (compiler/backend/thread.ts) and the IR's wire form it reads
// (compiler/ir/wire.ts): the same bytes as the back end in the compiling thread.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../compiler/backend/emit.ts";
import { localBackend, threadBackend } from "../../compiler/backend/thread.ts";
import { compileC, compileCThreaded } from "../../compiler/cc.ts";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import type { Module } from "../../compiler/ir/ir.ts";
import { parseModule } from "../../compiler/ir/text.ts";
import { IrReader, IrWriter } from "../../compiler/ir/wire.ts";
import { writeElf32Relocatable } from "../../compiler/obj/elf32.ts";
import { oracle } from "../oracle.ts";
import { scratch } from "./helpers.ts";

const root = resolve(import.meta.dirname, "../..");
const golden = join(root, "test/golden");
const programs = readdirSync(golden, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".c") && !f.endsWith(".gcc.c")) // (those are gcc's side of the ABI tests)
  .sort()
  .map((f) => join(golden, f));

/** The IR of a C file after the -O`optimize` passes, through its text form. */
function irOf(path: string, optimize: number): Module {
  const sink = new DiagnosticSink();
  const text = compileC(path, { pp: {}, optimize, emitIr: true }, sink)?.ir;
  expect(sink.hasErrors, sink.format()).toBe(false);
  const m = parseModule(new SourceFile(path + ".ir", text!), sink);
  expect(sink.hasErrors, sink.format()).toBe(false);
  return m!;
}

/** The object's bytes and the -S text of a module. */
function machineCode(m: Module, fileName: string): [string, string] {
  const g = generate(m, { fileName, assembly: true });
  return [Buffer.from(writeElf32Relocatable(g.object)).toString("hex"), g.assembly!];
}

/** A C program of `n` functions, large enough to cross the thread in several batches. */
function bigProgram(n: number): string {
  let s = "struct pair { int a, b; };\nint printf(const char *, ...);\nstatic int table[64];\n";
  s += "static struct pair swap(struct pair p) { struct pair q = { p.b, p.a }; return q; }\n";
  s += "int f0(int x) { return x; }\n";
  for (let k = 1; k < n; k++) {
    s += `int f${k}(int x) {
  int s = ${k};
  for (int i = 0; i < x % 7; i++) s += table[(i * ${k}) & 63] ^ (s << 2);
  struct pair p = swap((struct pair){ s, x });
  switch (p.a & 3) { case 0: s -= ${k}; break; case 1: s *= 3; break; default: s = s / 5 + p.b; }
  if (s > 1000) printf("f${k} %d\\n", s);
  else printf("f${k} small %d\\n", s & 15);
  return f${k - 1}(s & 255) + p.a;
}
`;
  }
  return s + `int main(void) { return f${n - 1}(3) & 127; }\n`;
}

describe("the IR's wire form", () => {
  it("carries what the back end reads: every golden program, decoded, compiles to the same bytes", () => {
    for (const path of programs) {
      const m = irOf(path, 1);
      const writer = new IrWriter();
      for (const fn of m.functions) writer.function(fn);
      const reader = new IrReader();
      const { ints, strings } = writer.take();
      reader.batch(ints, strings);
      const functions = [];
      while (reader.more) functions.push(reader.function());
      expect(functions.length).toBe(m.functions.length);
      expect(machineCode({ data: m.data, functions }, path), path).toEqual(machineCode(m, path));
    }
  });
});

describe("-fbackend-thread", () => {
  const big = join(scratch, "big.c");
  writeFileSync(big, bigProgram(400));
  // (A worker's start is ~50 ms: a few programs with the rarer parts of the wire form.)
  const asm = programs.filter((p) => /inline-asm\/(basic|operands)|abi\/(bigreturn|structs|vacallee)|variadic\/calls/.test(p)); // prettier-ignore

  it("compiles to the same object and -S text as the back end in the compiling thread", async () => {
    for (const path of [big, ...asm]) {
      for (const optimize of [0, 1]) {
        for (const mode of ["object", "assembly"]) {
          const opts = { pp: {}, optimize, [mode]: true };
          const sink = new DiagnosticSink();
          const there = await compileCThreaded(path, opts, sink);
          const here = compileC(path, opts, sink);
          expect(sink.hasErrors, sink.format()).toBe(false);
          expect(there!.object ?? there!.assembly, `${path} -O${optimize} ${mode}`).toEqual(here!.object ?? here!.assembly); // prettier-ignore
        }
      }
    }
  });

  it.runIf(oracle("gcc -m32"))(
    "compiles a program that runs as gcc's build of it does",
    async () => {
      const sink = new DiagnosticSink();
      const r = await compileCThreaded(big, { pp: {}, optimize: 1, object: true }, sink);
      expect(sink.hasErrors, sink.format()).toBe(false);
      writeFileSync(join(scratch, "big-thread.o"), r!.object!);
      const run = (exe: string) => spawnSync(exe, [], { encoding: "utf8" });
      const link = (args: string[]) => spawnSync("gcc", ["-m32", "-fno-pie", "-no-pie", ...args], { encoding: "utf8" }); // prettier-ignore
      expect(link([join(scratch, "big-thread.o"), "-o", join(scratch, "big-thread")]).status).toBe(0); // prettier-ignore
      expect(link(["-O0", big, "-o", join(scratch, "big-gcc")]).status).toBe(0);
      const ours = run(join(scratch, "big-thread"));
      const theirs = run(join(scratch, "big-gcc"));
      expect(theirs.stdout.split("\n").length).toBeGreaterThan(100); // (the program prints)
      expect([ours.stdout, ours.status]).toEqual([theirs.stdout, theirs.status]);
    },
  );

  it("reports an internal error of the thread as the compiling thread would", async () => {
    // An `asmout` with no `asm` before it: the selector's internal error.
    const sink = new DiagnosticSink();
    const m = parseModule(new SourceFile("bad.ir", "function $f() {\n@a\n    %x = asmout 0\n    ret %x\n}\n"), sink); // prettier-ignore
    expect(sink.format()).toBe("");
    const opts = { fileName: "bad.ir", object: true, optimize: 0, checking: false };
    const here = localBackend(opts);
    expect(() => here.addFunction(m!.functions[0])).toThrow(/internal: .*asmout/);
    const there = threadBackend(opts);
    there.addFunction(m!.functions[0]);
    await expect(there.finish(m!.data)).rejects.toThrow(/internal: .*asmout/);
  });

  it("a thread that runs out of memory is an internal error, not a wait for ever", async () => {
    const there = threadBackend({ fileName: "t.c", object: true, optimize: 0, checking: false }, { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 }); // prettier-ignore
    const items = Array.from({ length: 200_000 }, (_, k) => ({ kind: "int" as const, size: 4 as const, value: k })); // prettier-ignore
    await expect(there.finish([{ name: "d", exported: false, section: ".data", align: 4, items }])).rejects.toThrow(/memory limit/); // prettier-ignore
  });

  it("logosc -ftime-report shows the thread's phases apart", () => {
    const r = spawnSync(process.execPath, [join(root, "bin/logosc.js"), "-c", "-fbackend-thread", "-ftime-report", big, "-o", join(scratch, "big.o")], { encoding: "utf8" }); // prettier-ignore
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/ wire +:[\s\S]*TOTAL[\s\S]*on another thread:\n wire \(back-end thread\)[\s\S]* select \(back-end thread\)/); // prettier-ignore
    expect(readFileSync(join(scratch, "big.o")).length).toBeGreaterThan(0);
  });
});
