// The golden programs (test/golden/<topic>/<name>.c), compiled by logosc, must print what gcc -m32
// and glibc printed (<name>.expected, written by `npm run golden:update`, never by logosc):
//  - at -O0 and -O1, linked by gcc -m32 against glibc (a C library logosc has never seen: the
//    ABI is right), run natively;
//  - at -O1, linked by logosc with stdlib (crt0.o and libc.a), run natively and under `logos run`.
// A program's partner file (<name>.gcc.c) is compiled by gcc and linked into every build.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileC } from "../../compiler/cc.ts";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { link } from "../../compiler/link/link.ts";
import { linkOptions } from "../../compiler/link/options.ts";
import { buildStdlib, type StdlibBuild } from "../../stdlib/build.ts";
import { oracle } from "../oracle.ts";
import { compilePartner, goldenPrograms, outcome, runNative } from "./golden.ts";

const root = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "logos-golden-"));
let stdlib: StdlibBuild | undefined;

/** logosc -c: the object's path. */
function compile(source: string, optimize: number, tag: string): string {
  const sink = new DiagnosticSink();
  const r = compileC(source, { pp: {}, optimize, object: true }, sink);
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

function logosRun(exe: string): string {
  const r = spawnSync(process.execPath, [join(root, "bin/logos.js"), "run", exe], { encoding: "utf8", timeout: 60_000, maxBuffer: 1 << 26 }); // prettier-ignore
  return outcome(r.stdout, r.status);
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
    describe(`${p.topic}/${p.name}`, () => {
      for (const optimize of [0, 1]) {
        it(`-O${optimize}, linked with glibc`, () => {
          const want = readFileSync(p.expected, "utf8");
          const tag = `${p.topic}-${p.name}-O${optimize}`;
          const exe = join(scratch, tag);
          gccLink([compile(p.source, optimize, tag), ...partner()], exe);
          expect(runNative(exe)).toBe(want);
        });
      }
      it("-O1, linked by logosc with stdlib, natively and under logos run", () => {
        const want = readFileSync(p.expected, "utf8");
        const tag = `${p.topic}-${p.name}-stdlib`;
        const exe = join(scratch, tag);
        logoscLink([compile(p.source, 1, tag), ...partner()], exe);
        expect(runNative(exe)).toBe(want);
        expect(logosRun(exe)).toBe(want);
      });
    });
  }
});
