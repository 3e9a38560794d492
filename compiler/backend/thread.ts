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
// object's bytes and the `-S` text come back once. The worker runs the same passes and the same
// `CodeGenerator` on the same functions in the same order, so the output is the same bytes (a
// test compiles with and without it and compares).
//
// `localBackend` is the same interface without the thread, for small files, where starting a
// worker (a second V8 isolate, which loads these modules again) would cost more than it saves.
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from "node:worker_threads";
import type { Data, Function } from "../ir/ir.ts";
import { optimizeFunction } from "../ir/opt.ts";
import { verifyFunction } from "../ir/verify.ts";
import { IrReader, IrWriter } from "../ir/wire.ts";
import { writeElf32Relocatable } from "../obj/elf32.ts";
import { addThreadPhases, isTiming, phaseTimes, startTiming, timed } from "../timing.ts";
import { CodeGenerator, type CodegenOptions } from "./emit.ts";

/**
 * Takes the functions of a unit through the -O1 passes, then selects, allocates and encodes them;
 * then lays out its data.
 */
export interface Backend {
  addFunction(fn: Function): void;
  /** The unit's NASM text (with `assembly`) and its object's bytes (with `object`). */
  finish(data: Data[]): BackendResult;
  /** Frees what `finish` did not (the thread, when the compile stopped at an error). */
  close(): void;
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
    close() {},
  };
}

/** Integers of wire form that make a batch: about a hundred small functions. */
const BATCH = 1 << 15;

/** The -O1 passes and the back end on a worker thread (see the file comment). */
export function threadBackend(opts: BackendOptions): Backend {
  const results = new MessageChannel();
  // The worker sets it to 1 once its result is posted: `finish` waits on it, since it must
  // return the result (a compile is synchronous) and a blocked thread runs no event loop.
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./worker.js", import.meta.url), {
    workerData: { opts, timing: isTiming(), results: results.port2, done },
    transferList: [results.port2],
  });
  worker.unref();
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
    finish(data) {
      if (writer.length > 0) send();
      worker.postMessage({ data });
      const reply = timed("back-end thread (wait)", () => awaitReply(worker, done, results.port1));
      this.close();
      if ("error" in reply) throw remoteError(reply.error);
      addThreadPhases("back-end thread", reply.phases);
      return reply.result;
    },
    close() {
      void worker.terminate();
      results.port1.close();
    },
  };
}

type Reply =
  | { result: BackendResult; phases: [string, number][] }
  | { error: { message: string; stack?: string } };

/** Blocks until the worker's reply is posted; an internal error if the worker stopped first. */
function awaitReply(worker: Worker, done: Int32Array, port: MessagePort): Reply {
  // (A worker that dies -- out of memory, say -- posts nothing: its `threadId` becomes -1.)
  while (Atomics.wait(done, 0, 0, 100) === "timed-out") {
    if (worker.threadId === -1) throw new Error("internal: the back-end thread stopped");
  }
  const m = receiveMessageOnPort(port);
  if (m === undefined) throw new Error("internal: the back-end thread posted no result");
  return m.message as Reply;
}

/** The worker's exception, rethrown here with its stack. */
function remoteError(e: { message: string; stack?: string }): Error {
  const error = new Error(e.message);
  if (e.stack !== undefined) error.stack = `${e.stack}\n    (on the back-end thread)`;
  return error;
}

interface WorkerData {
  opts: BackendOptions;
  timing: boolean;
  results: MessagePort;
  done: Int32Array;
}

/** The worker's side (`worker.ts` calls it): runs the back end on what `threadBackend` sends. */
export function serveBackend(data: WorkerData, port: MessagePort): void {
  if (data.timing) startTiming();
  const local = localBackend(data.opts);
  const reader = new IrReader();
  // After an exception, the rest is not compiled; it is rethrown when the result is asked for.
  // (The compiling thread has gone on to the end of the file meanwhile, so errors in the source
  // after the function, if any, are reported instead: a compile with errors asks no result.)
  let failed: { message: string; stack?: string } | undefined;
  const reply = (r: Reply, transfer: ArrayBuffer[] = []) => {
    data.results.postMessage(r, transfer);
    Atomics.store(data.done, 0, 1);
    Atomics.notify(data.done, 0);
  };
  port.on("message", (m: { ints: Int32Array; strings: string[] } | { data: Data[] }) => {
    try {
      if (failed !== undefined) {
        if ("data" in m) reply({ error: failed });
        return;
      }
      if ("data" in m) {
        const result = local.finish(m.data);
        const transfer = result.object !== undefined ? [result.object.buffer as ArrayBuffer] : [];
        reply({ result, phases: phaseTimes() }, transfer);
        return;
      }
      timed("wire", () => reader.batch(m.ints, m.strings));
      while (reader.more) local.addFunction(timed("wire", () => reader.function()));
    } catch (e) {
      failed = e instanceof Error ? { message: e.message, stack: e.stack } : { message: String(e) };
      if ("data" in m) reply({ error: failed });
    }
  });
}
