// The C library's build: the one list of its sources, and how they become `crt0.o` (the start
// file, linked first) and `libc.a` (everything else, an archive the linker picks members from).
//
// Assembly (`_start`, the system-call stubs, setjmp/longjmp, clone's child side) is assembled by
// our own assembler, in process; the archive is written by our own `ar` writer
// (compiler/obj/ar.ts). The C files are compiled by `gcc -m32 -ffreestanding` with the flags
// below, or by logosc (`compileC` = logoscCompile, `--cc=logosc`). Run it as
// `node stdlib/build.ts [--cc=logosc] [OUTDIR]` (default out/stdlib) or `npm run build:stdlib`.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { DiagnosticSink, formatDiagnostic } from "../compiler/diag.ts";
import { writeFileAtomic } from "../compiler/output.ts";
import { runAssembler } from "../compiler/asm/run.ts";
import { writeArchive } from "../compiler/obj/ar.ts";

export const STDLIB_DIR = import.meta.dirname;
const root = resolve(STDLIB_DIR, "..");

/** The header folders, in search order: the library's, then the compiler's freestanding ones. */
export const INCLUDE_DIRS = [join(root, "stdlib/include"), join(root, "compiler/include")];

/** The start file: `_start`, which calls `__libc_start_main`. */
export const CRT0 = "src/crt0.asm";

/** Everything in libc.a, relative to stdlib/. */
export const ASM_SOURCES = ["src/syscall.asm", "src/setjmp.asm"];
export const C_SOURCES = [
  "src/start.c",
  "src/unistd.c",
  "src/signal.c",
  "src/string.c",
  "src/strerror.c",
  "src/ctype.c",
  "src/stdlib.c",
  "src/env.c",
  "src/malloc.c",
  "src/stdio.c",
  "src/printf.c",
  "src/dirent.c",
  "src/assert.c",
];

/**
 * gcc's flags for the library's C: freestanding i386 code with our headers only. Without
 * -fno-tree-loop-distribute-patterns gcc may turn memset's own loop into a call to memset;
 * -fno-strict-aliasing because mem* and strlen read and write bytes as words.
 */
export const GCC_FLAGS = [
  "-m32",
  "-O2",
  "-ffreestanding",
  "-nostdinc",
  "-fno-pic",
  "-fno-stack-protector",
  "-fno-asynchronous-unwind-tables",
  "-fno-tree-loop-distribute-patterns",
  "-fno-strict-aliasing",
  "-Wall",
  "-Wextra",
  "-Werror",
  ...INCLUDE_DIRS.flatMap((d) => ["-I", d]),
];

/** The flags to compile a *program* against our headers with gcc (tests use them). */
export const PROGRAM_GCC_FLAGS = [
  "-m32",
  "-ffreestanding",
  "-nostdinc",
  "-fno-pic",
  "-fno-stack-protector",
  ...INCLUDE_DIRS.flatMap((d) => ["-I", d]),
];

export interface StdlibBuild {
  crt0: string;
  archive: string;
}

/** Compiles C sources to objects in outDir (one gcc run for them all). */
export type CompileC = (sources: string[], outDir: string) => void;

export const gccCompile: CompileC = (sources, outDir) => {
  const r = spawnSync("gcc", [...GCC_FLAGS, "-c", ...sources], { cwd: outDir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`gcc failed on the C library:\n${r.stderr}`);
};

/** logosc's flags for the library's C (the same headers; -O1 is its default). */
export const LOGOSC_FLAGS = ["-ffreestanding", "-O1", ...INCLUDE_DIRS.flatMap((d) => ["-I", d])];

/** Compiles with our own compiler (one logosc run for them all, as gcc). */
export const logoscCompile: CompileC = (sources, outDir) => {
  const r = spawnSync(
    process.execPath,
    [join(root, "bin/logosc.js"), ...LOGOSC_FLAGS, "-c", ...sources],
    { cwd: outDir, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`logosc failed on the C library:\n${r.stderr}`);
};

function assembleInto(source: string, output: string): void {
  const sink = new DiagnosticSink();
  runAssembler(source, { format: "elf32", output, includeDirs: [], defines: [] }, sink);
  if (sink.hasErrors) throw new Error(sink.list.map((d) => formatDiagnostic(d)).join("\n"));
}

/** Builds crt0.o and libc.a in outDir. */
export function buildStdlib(outDir: string, compileC: CompileC = gccCompile): StdlibBuild {
  mkdirSync(outDir, { recursive: true });
  const crt0 = join(outDir, "crt0.o");
  assembleInto(join(STDLIB_DIR, CRT0), crt0);
  const objects: string[] = [];
  for (const s of ASM_SOURCES) {
    const o = join(outDir, basename(s, ".asm") + ".o");
    assembleInto(join(STDLIB_DIR, s), o);
    objects.push(o);
  }
  compileC(
    C_SOURCES.map((s) => join(STDLIB_DIR, s)),
    outDir,
  );
  for (const s of C_SOURCES) objects.push(join(outDir, basename(s, ".c") + ".o"));
  const archive = join(outDir, "libc.a");
  writeFileAtomic(
    archive,
    writeArchive(objects.map((o) => ({ name: basename(o), data: readFileSync(o) }))),
  );
  return { crt0, archive };
}

// `node stdlib/build.ts [--cc=gcc|logosc] [OUTDIR]`
if (import.meta.main) {
  const args = process.argv.slice(2);
  const cc = args.find((a) => a.startsWith("--cc="))?.slice(5) ?? "gcc";
  if (cc !== "gcc" && cc !== "logosc") throw new Error(`--cc: gcc or logosc, not '${cc}'`);
  const dirArg = args.find((a) => !a.startsWith("--"));
  const out = resolve(dirArg ?? join(root, "out/stdlib"));
  const b = buildStdlib(out, cc === "logosc" ? logoscCompile : gccCompile);
  process.stdout.write(`${b.crt0}\n${b.archive}\n`);
}
