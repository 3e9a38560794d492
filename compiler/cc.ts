// C to machine code: one C file through the front end, the lowering, the -O1 passes and the back
// end, to IR text (`--emit-ir`), NASM text (`-S`) and an ELF32 object (`-c`).
//
// The stages, each its own module: preprocess, parse and check (parse/syntax.ts), lower the
// typed tree (ir/lower.ts), optimise (ir/opt.ts, at -O1 and above), verify (with -fchecking),
// select, allocate and encode (backend/emit.ts) -- the last four in this thread or, for a large
// file, on a second one (backend/thread.ts). Nothing goes through text on the way to the object:
// `-S` prints the same instruction values that are encoded.
import type { DiagnosticSink } from "./diag.ts";
import {
  type BackendOptions,
  irError,
  localBackend,
  middleEnd,
  threadBackend,
} from "./backend/thread.ts";
import type { Data, Function } from "./ir/ir.ts";
import { ModuleLowering } from "./ir/lower.ts";
import { printModule } from "./ir/text.ts";
import { verifyDefinitions } from "./ir/verify.ts";
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
  const gen = opts.assembly || opts.object ? localBackend(backendOptions(path, opts)) : undefined;
  const unit = compileUnit(path, opts, sink, gen);
  return unit && { ...unit.result, ...gen?.finish(unit.data) };
}

/**
 * `compileC` with the -O1 passes and the back end on a second thread (backend/thread.ts), as the
 * driver compiles a large file: the same output, sooner on a machine of two cores.
 */
export async function compileCThreaded(
  path: string,
  opts: CompileOptions,
  sink: DiagnosticSink,
): Promise<CompileResult | undefined> {
  const gen = opts.assembly || opts.object ? threadBackend(backendOptions(path, opts)) : undefined;
  try {
    const unit = compileUnit(path, opts, sink, gen);
    return unit && { ...unit.result, ...(await gen?.finish(unit.data)) };
  } finally {
    gen?.close(); // (the thread, when the source had errors)
  }
}

/** What the back end is asked for. With `--emit-ir`, the passes have run before it. */
function backendOptions(path: string, opts: CompileOptions): BackendOptions {
  const done = opts.emitIr === true;
  return {
    fileName: path,
    optimize: done ? 0 : opts.optimize,
    checking: opts.checking === true && !done,
    assembly: opts.assembly,
    framePointer: opts.framePointer,
    object: opts.object === true,
  };
}

/**
 * The front end and the lowering of a C file, each function handed to `gen` as soon as it is
 * lowered; undefined when the source has errors. `data`: what `gen.finish` then lays out.
 */
function compileUnit(
  path: string,
  opts: CompileOptions,
  sink: DiagnosticSink,
  gen: { addFunction(fn: Function): void } | undefined,
): { result: CompileResult; data: Data[] } | undefined {
  const before = sink.errorCount;
  // A declaration at a time: each function is lowered, optimised, verified and encoded as soon
  // as it is parsed and checked, before the next is parsed, so that what its compilation makes
  // (its tree, its IR, its machine code) is garbage by the next: the working set is one function,
  // not the unit, and the garbage collector no longer copies the unit's tree and IR out of the
  // young generation. The data objects come last, once the unit is checked (a tentative
  // definition is one only at its end) and the functions' string literals are known.
  // The -O1 passes and the checking run where the back end runs (backend/thread.ts), after the
  // lowering hands it a function; for `--emit-ir`, here, before the function is kept.
  const middle = { fileName: path, optimize: opts.optimize, checking: opts.checking === true };
  /** The lowering's diagnostics count only if the front end's has none (it could be wrong). */
  const lowering = sink.fork();
  const ml = new ModuleLowering(lowering);
  /** The functions, kept only for `--emit-ir`; and the names of all, for `verifyDefinitions`. */
  const functions: Function[] = [];
  const names: string[] = [];
  const checked = checkFile(path, opts.pp, sink, (d) => {
    const fn = timed("lower", () => ml.external(d));
    // After an error, the rest is lowered for its diagnostics only.
    if (fn === undefined || lowering.errorCount > 0) return;
    names.push(fn.name);
    if (opts.emitIr) {
      middleEnd(fn, middle);
      functions.push(fn);
    }
    gen?.addFunction(fn);
  });
  if (checked === undefined || sink.errorCount > before) return undefined;
  const m = timed("lower", () => ml.finish(checked.globals));
  sink.absorb(lowering);
  if (sink.errorCount > before) return undefined;
  if (opts.checking) {
    const invalid = verifyDefinitions(m.data, names);
    if (invalid.length > 0) irError(middle, invalid);
  }
  const result: CompileResult = {};
  if (opts.emitIr) result.ir = printModule({ data: m.data, functions });
  return { result, data: m.data };
}
