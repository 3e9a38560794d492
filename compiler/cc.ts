// C to machine code: one C file through the front end, the lowering, the -O1 passes and the back
// end, to IR text (`--emit-ir`), NASM text (`-S`) and an ELF32 object (`-c`).
//
// The stages, each its own module: preprocess, parse and check (parse/syntax.ts), lower the
// typed tree (ir/lower.ts), verify, optimise (ir/opt.ts, at -O1 and above), select, allocate and
// encode (backend/emit.ts). Nothing goes through text on the way to the object: `-S` prints the
// same instruction values that are encoded.
import type { DiagnosticSink } from "./diag.ts";
import { generate } from "./backend/emit.ts";
import { lowerUnit } from "./ir/lower.ts";
import { optimizeModule } from "./ir/opt.ts";
import { printModule } from "./ir/text.ts";
import { verifyModule } from "./ir/verify.ts";
import { writeElf32Relocatable } from "./obj/elf32.ts";
import { checkFile } from "./parse/syntax.ts";
import type { PreprocessOptions } from "./pp/preprocess.ts";
import { timed } from "./timing.ts";

export interface CompileOptions {
  pp: PreprocessOptions;
  /** 0: no IR passes; 1 and up: the -O1 pipeline. */
  optimize: number;
  emitIr?: boolean;
  assembly?: boolean;
  object?: boolean;
  /** -fno-omit-frame-pointer: every function keeps an ebp frame chain (kernel backtraces). */
  framePointer?: boolean;
}

export interface CompileResult {
  ir?: string;
  assembly?: string;
  object?: Uint8Array;
}

/** Compiles one C file; undefined when the source has errors (they are in `sink`). */
export function compileC(
  path: string,
  opts: CompileOptions,
  sink: DiagnosticSink,
): CompileResult | undefined {
  const before = sink.errorCount;
  const checked = checkFile(path, opts.pp, sink);
  if (checked === undefined || sink.errorCount > before) return undefined;
  const m = timed("lower", () => lowerUnit(checked.unit, checked.globals, sink));
  if (sink.errorCount > before) return undefined;
  if (opts.optimize > 0) timed("optimise", () => optimizeModule(m));
  // Once, on what the back end is given: at -O0 that checks the lowering, at -O1 the lowering and
  // the passes together (the golden tests compile every program at both levels).
  const invalid = timed("verify", () => verifyModule(m));
  if (invalid.length > 0) {
    const after = opts.optimize > 0 ? " after the -O1 passes" : "";
    throw new Error(`the IR of ${path} is not valid${after}:\n${invalid.join("\n")}`);
  }
  const result: CompileResult = {};
  if (opts.emitIr) result.ir = printModule(m);
  if (opts.assembly || opts.object) {
    const g = timed("emit", () =>
      generate(m, { fileName: path, assembly: opts.assembly, framePointer: opts.framePointer }),
    );
    if (opts.assembly) result.assembly = g.assembly;
    if (opts.object) result.object = timed("write", () => writeElf32Relocatable(g.object));
  }
  return result;
}
