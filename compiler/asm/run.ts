// `logosc FILE.asm`: read, assemble, and write the output and the listing nasm's options ask for.
//
// Nothing is written when there are errors, and what is written goes through writeFileAtomic, so
// a failed run never leaves half an output behind.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { type DiagnosticSink, SourceFile } from "../diag.ts";
import { writeFileAtomic } from "../output.ts";
import { timed } from "../timing.ts";
import { assemble, type OutputFormat } from "./assemble.ts";
import { listing } from "./listing.ts";
import { writeBin } from "./output-bin.ts";
import { writeElf } from "./output-elf.ts";

export interface AssemblerRun {
  format: OutputFormat;
  output?: string;
  listing?: string;
  includeDirs: string[];
  defines: string[];
}

/** The output name nasm would choose: the input's name without `.asm`, plus `.o` for objects. */
export function defaultOutput(input: string, format: OutputFormat): string {
  const stem = basename(input, extname(input));
  return format === "bin" ? stem : stem + ".o";
}

export function runAssembler(path: string, run: AssemblerRun, sink: DiagnosticSink): void {
  let text: string;
  try {
    text = timed("read", () => readFileSync(path, "utf8"));
  } catch (e) {
    sink.error(`cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return;
  }
  const asm = assemble(
    new SourceFile(path, text),
    { ...run, listing: run.listing !== undefined },
    sink,
  );
  if (sink.hasErrors) return;
  const bytes = timed(`output (${run.format})`, () =>
    run.format === "bin" ? writeBin(asm, sink) : writeElf(asm, sink),
  );
  if (sink.hasErrors) return;
  const out = run.output ?? defaultOutput(path, run.format);
  timed("write", () => write(out, bytes, sink));
  if (run.listing !== undefined) {
    const text = timed("listing", () => listing(asm));
    timed("write", () => write(run.listing!, text, sink));
  }
}

function write(path: string, data: string | Uint8Array, sink: DiagnosticSink): void {
  try {
    writeFileAtomic(path, data);
  } catch (e) {
    sink.error(`cannot write '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
