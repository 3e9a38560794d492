// C to machine code: one C file through the front end, the lowering, the -O1 passes and the back
// end, to IR text (`--emit-ir`), NASM text (`-S`) and an ELF32 object (`-c`).
//
// The stages, each its own module: preprocess, parse and check (parse/syntax.ts), lower the
// typed tree (ir/lower.ts), verify, optimise (ir/opt.ts, at -O1 and above), select, allocate and
// encode (backend/emit.ts). Nothing goes through text on the way to the object: `-S` prints the
// same instruction values that are encoded.
import type { DiagnosticSink } from "./diag.ts";
import { CodeGenerator } from "./backend/emit.ts";
import type { Function } from "./ir/ir.ts";
import { ModuleLowering } from "./ir/lower.ts";
import { optimizeFunction } from "./ir/opt.ts";
import { printModule } from "./ir/text.ts";
import { verifyDefinitions, verifyFunction } from "./ir/verify.ts";
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
  /**
   * -fchecking: verify each function's IR before the back end gets it (ir/verify.ts). Off by
   * default, as in gcc's and clang's release builds: it finds bugs of the compiler, not of the
   * program, and costs ~2% of a compile. The golden and fuzz tests, which compile every program
   * at -O0 and -O1, turn it on.
   */
  checking?: boolean;
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
  // A declaration at a time: each function is lowered, optimised, verified and encoded as soon
  // as it is parsed and checked, before the next is parsed, so that what its compilation makes
  // (its tree, its IR, its machine code) is garbage by the next: the working set is one function,
  // not the unit, and the garbage collector no longer copies the unit's tree and IR out of the
  // young generation. The data objects come last, once the unit is checked (a tentative
  // definition is one only at its end) and the functions' string literals are known.
  const { assembly, object, framePointer } = opts;
  const gen = assembly || object ? new CodeGenerator({ fileName: path, assembly, framePointer }) : undefined; // prettier-ignore
  /** The lowering's diagnostics count only if the front end's has none (it could be wrong). */
  const lowering = sink.fork();
  const ml = new ModuleLowering(lowering);
  /** The functions, kept only for `--emit-ir`; and the names of all, for `verifyDefinitions`. */
  const functions: Function[] = [];
  const names: string[] = [];
  const invalid: string[] = [];
  const checked = checkFile(path, opts.pp, sink, (d) => {
    const fn = timed("lower", () => ml.external(d));
    // After an error, the rest is lowered for its diagnostics only.
    if (fn === undefined || lowering.errorCount > 0) return;
    names.push(fn.name);
    if (opts.optimize > 0) timed("optimise", () => optimizeFunction(fn));
    // Once, on what the back end is given: at -O0 that checks the lowering, at -O1 the
    // lowering and the passes together (the golden tests compile every program at both levels).
    if (opts.checking) {
      timed("verify", () => verifyFunction(fn, invalid));
      if (invalid.length > 0) irError(path, opts, invalid);
    }
    if (opts.emitIr) functions.push(fn);
    if (gen !== undefined) timed("emit", () => gen.addFunction(fn));
  });
  if (checked === undefined || sink.errorCount > before) return undefined;
  const m = timed("lower", () => ml.finish(checked.globals));
  sink.absorb(lowering);
  if (sink.errorCount > before) return undefined;
  if (opts.checking) {
    invalid.push(...verifyDefinitions(m.data, names));
    if (invalid.length > 0) irError(path, opts, invalid);
  }
  const result: CompileResult = {};
  if (opts.emitIr) result.ir = printModule({ data: m.data, functions });
  if (gen !== undefined) {
    const g = timed("emit", () => gen.finish(m.data));
    if (assembly) result.assembly = g.assembly;
    if (object) result.object = timed("write", () => writeElf32Relocatable(g.object));
  }
  return result;
}

/** The IR given to the back end is not valid: a bug of the compiler, not of the program. */
function irError(path: string, opts: CompileOptions, invalid: string[]): never {
  const after = opts.optimize > 0 ? " after the -O1 passes" : "";
  throw new Error(`the IR of ${path} is not valid${after}:\n${invalid.join("\n")}`);
}
