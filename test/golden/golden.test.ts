// The golden programs (test/golden/<topic>/<name>.c), compiled by logosc, must print what gcc -m32
// and glibc printed (<name>.expected, written by `npm run golden:update`, never by logosc). One
// test per program, every program every run, in four legs:
//  - at -O0 and -O1, linked by gcc -m32 against glibc (a C library logosc has never seen: the
//    ABI is right), run natively;
//  - the -O1 object linked by logosc with stdlib (crt0.o and libc.a), run natively and under
//    `logos run`'s runner (emulator/user/run.ts, called in this process with the guest's stdout
//    on a file: starting a Node process per program would cost more than everything else), with
//    a budget of 100 million guest instructions — a program that loops for ever fails rather than
//    hanging the suite (the golden programs are small: the longest runs a few million).
// A program's partner file (<name>.gcc.c) is compiled by gcc and linked into every build.
// The compiler runs in this process too; a program costs about 0.2 s of CPU, most of it gcc's link.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileC } from "../../compiler/cc.ts";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { link } from "../../compiler/link/link.ts";
import { linkOptions } from "../../compiler/link/options.ts";
import { runProgram } from "../../emulator/user/run.ts";
import { buildStdlib, type StdlibBuild } from "../../stdlib/build.ts";
import { oracle } from "../oracle.ts";
import { compilePartner, goldenPrograms, outcome, runNative } from "./golden.ts";

const scratch = mkdtempSync(join(tmpdir(), "logos-golden-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true })); // some 40 MB of executables
let stdlib: StdlibBuild | undefined;

/** logosc -c: the object's path. */
function compile(source: string, optimize: number, tag: string): string {
  const sink = new DiagnosticSink();
  const r = compileC(source, { pp: {}, optimize, object: true, checking: true }, sink);
  if (r === undefined || sink.hasErrors) throw new Error(sink.format());
  const path = join(scratch, tag + ".o");
  writeFileSync(path, r.object!);
  return path;
}

function gccLink(objects: string[], exe: string): void {
  const r = spawnSync("gcc", ["-m32", "-fno-pie", "-no-pie", ...objects, "-o", exe], { encoding: "utf8" }); // prettier-ignore
  if (r.status !== 0) throw new Error(`gcc -m32 could not link: ${r.stderr}`);
}

/** logosc's own link: crt0.o, the object, libc.a. */
function logoscLink(objects: string[], exe: string): void {
  stdlib ??= buildStdlib(join(scratch, "stdlib"));
  const opts = linkOptions({ files: [stdlib.crt0, ...objects, stdlib.archive], output: exe, ldArgs: [] }); // prettier-ignore
  if (typeof opts === "string") throw new Error(opts);
  const sink = new DiagnosticSink();
  if (!link(opts, sink) || sink.hasErrors) throw new Error(sink.format());
}

const MAX_INSTRUCTIONS = 100_000_000;

/** `logos run exe`, in this process: its outcome (a fault report goes to the test's output). */
function logosRun(exe: string): string {
  const path = exe + ".stdout";
  const stdout = openSync(path, "w");
  const stdin = openSync("/dev/null", "r");
  let status: number;
  try {
    status = runProgram({ program: exe, args: [], env: [], stdio: [stdin, stdout, 2], maxInstructions: MAX_INSTRUCTIONS }); // prettier-ignore
  } finally {
    closeSync(stdout);
    closeSync(stdin);
  }
  return outcome(readFileSync(path, "utf8"), status);
}

describe.runIf(oracle("gcc -m32"))("golden programs", () => {
  for (const p of goldenPrograms()) {
    /** The gcc-compiled partner object, if the program has one (compiled once). */
    let partnerObject: string | undefined;
    const partner = (): string[] => {
      if (p.partner === undefined) return [];
      if (partnerObject === undefined) {
        partnerObject = join(scratch, `${p.topic}-${p.name}-gcc.o`);
        compilePartner(p.partner, partnerObject);
      }
      return [partnerObject];
    };
    it(`${p.topic}/${p.name}`, () => {
      const want = readFileSync(p.expected, "utf8");
      const tag = `${p.topic}-${p.name}`;
      const o0 = compile(p.source, 0, tag + "-O0");
      gccLink([o0, ...partner()], join(scratch, tag + "-O0"));
      expect(runNative(join(scratch, tag + "-O0")), "-O0, linked with glibc").toBe(want);
      const o1 = compile(p.source, 1, tag + "-O1");
      gccLink([o1, ...partner()], join(scratch, tag + "-O1"));
      expect(runNative(join(scratch, tag + "-O1")), "-O1, linked with glibc").toBe(want);
      const exe = join(scratch, tag + "-stdlib");
      logoscLink([o1, ...partner()], exe);
      expect(runNative(exe), "-O1, linked with stdlib, native").toBe(want);
      expect(logosRun(exe), "-O1, linked with stdlib, logos run").toBe(want);
    });
  }
});
