// The -O1 passes and the back end, here or on a second thread.
//
// A C file is compiled a function at a time (cc.ts): the front end parses and checks a function,
// it is lowered, and then it is optimised, selected, allocated and encoded. That second half
// needs nothing from the functions after it, so on a large file it runs on a worker thread, as
// Go's compiler runs its back end concurrently: the main thread goes on parsing and lowering the
// next function while the worker optimises and encodes the last, and a compile uses both cores of
// the machine. (The split is there because it halves the work: front end and lowering on one
// side, passes and back end on the other.) The functions cross in the IR's wire form
// (ir/wire.ts), in batches; the data objects, known only at the end, by structured clone; the
// object's bytes and the `-S` text come back once, as a promise that whatever ends the worker
// settles: its reply, its exception (rethrown with its stack), running out of memory, an exit.
// The worker runs the same passes and the same `CodeGenerator` on the same functions in the same
// order, so the output is the same bytes (a test compiles with and without it and compares).
//
// `localBackend` is the same work in this thread, for small files, where starting a worker (a
// second V8 isolate, which loads these modules again) would cost more than it saves.
import { type MessagePort, type ResourceLimits, Worker } from "node:worker_threads";
import type { Data, Function } from "../ir/ir.ts";
import { optimizeFunction } from "../ir/opt.ts";
import { verifyFunction } from "../ir/verify.ts";
import { IrReader, IrWriter } from "../ir/wire.ts";
import { writeElf32Relocatable } from "../obj/elf32.ts";
import {
  addThreadPhases,
  isTiming,
  phaseTimes,
  startTiming,
  timed,
  timedAsync,
} from "../timing.ts";
import { CodeGenerator, type CodegenOptions } from "./emit.ts";

/**
 * Takes the functions of a unit through the -O1 passes, then selects, allocates and encodes them;
 * then lays out its data.
 */
export interface Backend {
  addFunction(fn: Function): void;
  /** The unit's NASM text (with `assembly`) and its object's bytes (with `object`). */
  finish(data: Data[]): BackendResult;
}

export interface BackendResult {
  assembly?: string;
  object?: Uint8Array;
}

export interface BackendOptions extends CodegenOptions, MiddleOptions {
  /** Write the ELF object (otherwise only the text, for `-S`). */
  object: boolean;
}

export interface MiddleOptions {
  fileName: string;
  /** 0: no IR passes; 1 and up: the -O1 pipeline. */
  optimize: number;
  /** -fchecking: verify each function's IR after the passes (see cc.ts). */
  checking: boolean;
}

/** The -O1 passes and (with -fchecking) the verifier, on a function just lowered. */
export function middleEnd(fn: Function, opts: MiddleOptions): void {
  if (opts.optimize > 0) timed("optimise", () => optimizeFunction(fn));
  // Once, on what the back end is given: at -O0 that checks the lowering, at -O1 the
  // lowering and the passes together (the golden tests compile every program at both levels).
  if (opts.checking) {
    const invalid: string[] = [];
    timed("verify", () => verifyFunction(fn, invalid));
    if (invalid.length > 0) irError(opts, invalid);
  }
}

/** The IR given to the back end is not valid: a bug of the compiler, not of the program. */
export function irError(opts: MiddleOptions, invalid: string[]): never {
  const after = opts.optimize > 0 ? " after the -O1 passes" : "";
  throw new Error(`the IR of ${opts.fileName} is not valid${after}:\n${invalid.join("\n")}`);
}

/** The -O1 passes and the back end in this thread. */
export function localBackend(opts: BackendOptions): Backend {
  const gen = new CodeGenerator(opts);
  return {
    addFunction(fn) {
      middleEnd(fn, opts);
      timed("emit", () => gen.addFunction(fn));
    },
    finish(data) {
      const g = timed("emit", () => gen.finish(data));
      const object = opts.object ? timed("write", () => writeElf32Relocatable(g.object)) : undefined; // prettier-ignore
      return { assembly: g.assembly, object };
    },
  };
}

/** Integers of wire form that make a batch: about a hundred small functions. */
const BATCH = 1 << 15;

/** `Backend`, but its result comes when the thread has it. */
export interface AsyncBackend {
  addFunction(fn: Function): void;
  finish(data: Data[]): Promise<BackendResult>;
  /** Ends the thread, if `finish` did not (when the compile stopped at an error). */
  close(): void;
}

/**
 * The -O1 passes and the back end on a worker thread (see the file comment). `limits`: the
 * worker's heap (a test makes it too small).
 */
export function threadBackend(opts: BackendOptions, limits?: ResourceLimits): AsyncBackend {
  const worker = new Worker(new URL("./worker.js", import.meta.url), {
    workerData: { opts, timing: isTiming() },
    resourceLimits: limits,
  });
  // Its end, whatever ends it: a reply, an exception, running out of memory, an exit.
  const reply = new Promise<Reply>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (e) => resolve({ error: { message: e.message, stack: e.stack } }));
    worker.once("exit", (code) => resolve({ error: { message: `internal: the back-end thread stopped (exit code ${code})` } })); // prettier-ignore
  });
  const writer = new IrWriter();
  const send = () => {
    const batch = writer.take();
    worker.postMessage(batch, [batch.ints.buffer]);
  };
  return {
    addFunction(fn) {
      timed("wire", () => {
        writer.function(fn);
        if (writer.length >= BATCH) send();
      });
    },
    async finish(data) {
      if (writer.length > 0) send();
      worker.postMessage({ data });
      const r = await timedAsync("back-end thread (wait)", () => reply);
      this.close();
      if ("error" in r) throw remoteError(r.error);
      addThreadPhases("back-end thread", r.phases);
      return r.result;
    },
    close() {
      void worker.terminate();
    },
  };
}

/** An exception of the worker, as it crosses to the compiling thread. */
interface ThreadError {
  message: string;
  stack?: string;
}

type Reply = { result: BackendResult; phases: [string, number][] } | { error: ThreadError };

/** The worker's exception, rethrown here with its stack. */
function remoteError(e: ThreadError): Error {
  const error = new Error(e.message);
  if (e.stack !== undefined) error.stack = `${e.stack}\n    (on the back-end thread)`;
  return error;
}

interface WorkerData {
  opts: BackendOptions;
  timing: boolean;
}

/** The worker's side (`worker.js` calls it): runs what `threadBackend` sends through `port`. */
export function serveBackend(data: WorkerData, port: MessagePort): void {
  if (data.timing) startTiming();
  const local = localBackend(data.opts);
  const reader = new IrReader();
  // After an exception, the rest is not compiled; it is rethrown when the result is asked for.
  // (The compiling thread has gone on to the end of the file meanwhile, so errors in the source
  // after the function, if any, are reported instead: a compile with errors asks no result.)
  let failed: ThreadError | undefined;
  port.on("message", (m: { ints: Int32Array; strings: string[] } | { data: Data[] }) => {
    try {
      if (failed !== undefined) {
        if ("data" in m) port.postMessage({ error: failed });
        return;
      }
      if ("data" in m) {
        const result = local.finish(m.data);
        const transfer = result.object !== undefined ? [result.object.buffer as ArrayBuffer] : [];
        port.postMessage({ result, phases: phaseTimes() }, transfer);
        return;
      }
      timed("wire", () => reader.batch(m.ints, m.strings));
      while (reader.more) local.addFunction(timed("wire", () => reader.function()));
    } catch (e) {
      failed = e instanceof Error ? { message: e.message, stack: e.stack } : { message: String(e) };
      if ("data" in m) port.postMessage({ error: failed });
    }
  });
}
