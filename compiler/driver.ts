// The logosc command line: reads gcc's and nasm's options and runs the passes they ask for.
//
// `logosc FILE.c... -o prog` compiles and links, `-c` stops at an object, `-S` at assembly, `-E` at
// preprocessed source, `-fsyntax-only` after checking. `FILE.asm` is assembled with nasm's options
// (`-f bin|elf32`, `-l listing`). Subcommands: `build DIR` (a disk image), `objdump FILE`.
// This file only wires options to passes; every pass lives in its own module. Errors in the input
// come back as diagnostics, printed here; the exit status is 0 (success), 1 (errors in the input)
// or 2 (bad usage). Anything else that escapes is an internal compiler error, said as such.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Command, CommanderError, Option } from "commander";
import { DiagnosticSink, FatalError } from "./diag.ts";
import { writeFileAtomic } from "./output.ts";
import type { PreprocessOptions } from "./pp/preprocess.ts";
import { markMainStarted, startTiming, timed, timedAsync, timeReport } from "./timing.ts";
import { linkOptions, normalizeLinkArgs } from "./link/options.ts";
// Each pass is imported when a run needs it -- the C front end (preprocessor, Chevrotain parser),
// the assembler, the linker, objdump (with the x86 tables): module loading is a large part of a
// short run such as `logosc -fsyntax-only f.c`, and `logosc boot.asm` loads no C front end.

export interface DriverOptions {
  output?: string;
  preprocessOnly: boolean;
  /** `-P`: no line markers in `-E` output. */
  noLineMarkers: boolean;
  assemblyOnly: boolean;
  compileOnly: boolean;
  syntaxOnly: boolean;
  /** nasm's `-f`: the assembler's output format. */
  format?: "bin" | "elf32";
  /** `-f` flags that are not a format, such as `-ffreestanding`, kept for the passes. */
  fflags: string[];
  includeDirs: string[];
  defines: string[];
  undefines: string[];
  warnings: string[];
  optimize: number;
  debug: boolean;
  listing?: string;
  emitIr: boolean;
  /** Linking: `-T script`, `-e entry`, and everything given as `-Wl,...` (split at commas). */
  linkerScript?: string;
  entry?: string;
  ldArgs: string[];
  nostdlib: boolean;
}

/** Exit statuses, as gcc and nasm use them. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function buildProgram(run: (files: string[], o: DriverOptions) => Promise<number>): Command {
  const program = new Command("logosc")
    .description("The Logos C compiler, assembler and linker")
    .usage("[options] <file\u2026>  |  logosc build <dir>  |  logosc objdump <file>")
    .argument("[files...]", "C sources (.c), assembly (.asm), objects (.o) and archives (.a)")
    .option("-o, --output <file>", "write the output to <file>")
    .option("-E", "preprocess only; print the preprocessed source")
    .option("-P", "with -E: do not print line markers")
    .option("-S", "compile to assembly (NASM syntax)")
    .option("-c", "compile or assemble to an ELF32 object; do not link")
    .option(
      "-f <flag>",
      "-fsyntax-only: check only; -ftime-report: print the time each phase took; -f bin|elf32: the assembler's output format (as nasm); other -fNAME flags as gcc",
      collect,
      [],
    )
    .option("-I <dir>", "add <dir> to the include search path", collect, [])
    .option("-D <macro[=value]>", "define a macro", collect, [])
    .option("-U <macro>", "undefine a macro", collect, [])
    .option(
      "-W <warning>",
      "-Wall, -Wextra, -WNAME / -Wno-NAME to enable or disable a warning, -Werror",
      collect,
      [],
    )
    .addOption(new Option("-O [level]", "optimisation level: 0, 1 (the default), 2"))
    .option("-g", "keep symbols in the output")
    .option("-l <file>", "assembler: write a listing (address, bytes, source line) to <file>")
    .option("--emit-ir", "print the intermediate representation")
    .option("-T <script>", "link with the GNU ld-style linker script <script>")
    .option("-e <symbol>", "link: the entry point (default _start)")
    .option("--nostdlib", "link: no start files or C library (also -nostdlib)")
    .option("--static", "link statically (always; also -static)")
    .addHelpText(
      "after",
      "\nLinker options (also as -Wl,OPT): -Ttext ADDR, --gc-sections, -Map FILE, --map, --oformat binary, -u SYM",
    )
    .showHelpAfterError("(run logosc --help for the options)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (files: string[], raw: Record<string, unknown>) => {
      process.exitCode = await run(files, toOptions(raw));
    });
  // Subcommand options (`objdump -D`) must not be read as the compiler's (`-D macro`).
  program.enablePositionalOptions();
  program
    .command("build")
    .description("build a kernel tree (its build.json) into a bootable disk image")
    .argument("<dir>", "the kernel tree, e.g. kernel-src")
    .requiredOption(
      "-o, --output <file>",
      "the disk image to write (the kernel ELF goes beside it)",
    )
    .option(
      "--cache-dir <dir>",
      "where compiled objects are kept (default: .cache/logosc beside the output)",
    )
    .option("-v, --verbose", "say what is compiled and linked")
    .action(async (dir: string, raw: Record<string, unknown>) => {
      process.exitCode = await runBuild(dir, raw);
    });
  program
    .command("objdump")
    .description("disassemble an ELF32 file or a flat binary, as objdump -d -M intel prints it")
    .argument("<files...>", "ELF32 objects or executables, or flat binaries")
    .option("--bits <n>", "flat binary: 16 or 32-bit code (default 32)")
    .option("--org <address>", "flat binary: the address of the first byte (default 0)")
    .option("-b <format>", "'binary': read the file as a flat binary even if it is ELF")
    .option("-m <machine>", "flat binary: i386 (32-bit) or i8086 (16-bit), as objdump names them")
    .option("-M <options>", "intel (the only syntax); data16,addr16 for 16-bit code, as objdump")
    .option("-d", "disassemble the executable sections (the default)")
    .option("-D", "disassemble every section with contents")
    .option("-r", "show the relocations under the instructions they patch")
    .option("-t", "print the symbol table (alone, or before the listing with -d)")
    .option("--no-show-raw-insn", "leave out the bytes column")
    .option("-j <section>", "only this section (repeatable), code or data", collect, [])
    .option("--start-address <address>", "only instructions at or after <address>")
    .option("--stop-address <address>", "only instructions before <address>")
    .action(async (files: string[], raw: Record<string, unknown>) => {
      let status = EXIT_OK;
      for (const f of files) status = Math.max(status, await runObjdump(f, raw));
      process.exitCode = status;
    });
  return program;
}

/** `logosc build DIR -o out.img` (compiler/build.ts). */
async function runBuild(dir: string, raw: Record<string, unknown>): Promise<number> {
  const { build } = await import("./build.ts");
  const sink = new DiagnosticSink();
  const result = await build(
    {
      dir,
      output: raw.output as string,
      cacheDir: raw.cacheDir as string | undefined,
      verbose: raw.verbose === true,
    },
    sink,
  );
  process.stderr.write(sink.format(process.stderr.isTTY === true));
  return result ? EXIT_OK : EXIT_INPUT;
}

/** `logosc objdump FILE`: prints the listing on stdout. */
async function runObjdump(file: string, raw: Record<string, unknown>): Promise<number> {
  let bits: 16 | 32 = 32;
  if (raw.m === "i8086") bits = 16;
  else if (raw.m !== undefined && raw.m !== "i386")
    throw new UsageError(`unknown machine '${String(raw.m)}' (i386 or i8086)`);
  if (raw.bits !== undefined) {
    if (raw.bits !== "16" && raw.bits !== "32")
      throw new UsageError(`--bits must be 16 or 32, not '${String(raw.bits)}'`);
    bits = raw.bits === "16" ? 16 : 32;
  }
  const org = raw.org === undefined ? 0 : Number(raw.org);
  if (!Number.isInteger(org) || org < 0 || org > 0xffffffff)
    throw new UsageError(`bad --org address '${String(raw.org)}'`);
  if (raw.b !== undefined && raw.b !== "binary" && raw.b !== "elf32-i386") {
    throw new UsageError(`unknown format '${String(raw.b)}' (binary or elf32-i386)`);
  }
  // objdump's -M: `intel`, and `data16,addr16` (16-bit code read with -m i386) or the 32s.
  const m = raw.M === undefined ? [] : String(raw.M).split(",");
  for (const x of m) {
    if (!["intel", "intel-mnemonic", "data16", "addr16", "data32", "addr32"].includes(x))
      throw new UsageError(`unknown -M option '${x}' (intel, data16, addr16, data32, addr32)`);
  }
  const d16 = m.includes("data16");
  const a16 = m.includes("addr16");
  if (d16 !== a16)
    throw new UsageError("-M data16 and addr16 go together (mixed sizes: use prefixes)");
  if (d16) bits = 16;
  if (m.includes("data32") && m.includes("addr32")) bits = 32;
  const { objdump } = await import("./objdump.ts");
  const address = (name: string, v: unknown, otherwise: number): number => {
    if (v === undefined) return otherwise;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
      throw new UsageError(`bad --${name} '${String(v)}'`);
    return n;
  };
  const start = address("start-address", raw.startAddress, 0);
  const stop = address("stop-address", raw.stopAddress, Infinity);
  const sink = new DiagnosticSink();
  const ok = objdump(
    file,
    {
      bits,
      org,
      binary: raw.b === "binary",
      relocations: raw.r === true,
      allSections: raw.D === true,
      start,
      stop,
      symbols: raw.t === true,
      noRawInsn: raw.showRawInsn === false,
      sections: raw.j as string[],
      // `-t` alone prints only the symbols, as objdump; `-d`/`-D` ask for the listing too.
      disassemble: raw.t !== true || raw.d === true || raw.D === true,
    },
    sink,
    (text) => process.stdout.write(text),
  );
  process.stderr.write(sink.format(process.stderr.isTTY === true));
  if (!ok) return EXIT_INPUT;
  return EXIT_OK;
}

function toOptions(raw: Record<string, unknown>): DriverOptions {
  const fflags = raw.f as string[];
  let format: DriverOptions["format"];
  const rest: string[] = [];
  let syntaxOnly = false;
  for (const f of fflags) {
    if (f === "bin") format = "bin";
    else if (f === "elf32" || f === "elf") format = "elf32";
    else if (f === "syntax-only") syntaxOnly = true;
    else rest.push(f);
  }
  const ldArgs: string[] = [];
  const warnings: string[] = [];
  for (const w of raw.W as string[]) {
    if (w.startsWith("l,")) ldArgs.push(...w.slice(2).split(","));
    else warnings.push(w);
  }
  const o = raw.O;
  const optimize = o === undefined ? 1 : o === true ? 1 : Number(o);
  if (!Number.isInteger(optimize) || optimize < 0 || optimize > 3) {
    throw new UsageError(`unknown optimisation level -O${String(o)}`);
  }
  return {
    output: raw.output as string | undefined,
    preprocessOnly: raw.E === true,
    noLineMarkers: raw.P === true,
    assemblyOnly: raw.S === true,
    compileOnly: raw.c === true,
    syntaxOnly,
    format,
    fflags: rest,
    includeDirs: raw.I as string[],
    defines: raw.D as string[],
    undefines: raw.U as string[],
    warnings,
    optimize,
    debug: raw.g === true,
    listing: raw.l as string | undefined,
    emitIr: raw.emitIr === true,
    linkerScript: raw.T as string | undefined,
    entry: raw.e as string | undefined,
    ldArgs,
    nostdlib: raw.nostdlib === true,
  };
}

/** What kind of input a file is, by its name. */
export function inputKind(file: string): "c" | "asm" | "object" | "archive" | "unknown" {
  if (file.endsWith(".c") || file.endsWith(".h")) return "c";
  if (file.endsWith(".asm") || file.endsWith(".nasm") || file.endsWith(".s")) return "asm";
  if (file.endsWith(".o")) return "object";
  if (file.endsWith(".a")) return "archive";
  return "unknown";
}

/**
 * Runs the passes the options ask for and returns the exit status. Each stage is one call into
 * the module that owns it; this function only chooses which.
 */
export async function compile(files: string[], o: DriverOptions): Promise<number> {
  if (files.length === 0) throw new UsageError("no input files");
  if (o.fflags.includes("time-report")) startTiming();
  for (const f of files) {
    if (inputKind(f) === "unknown") throw new UsageError(`${f}: unknown kind of file`);
  }
  const sink = new DiagnosticSink();
  applyWarningOptions(sink, o.warnings);
  try {
    if (o.preprocessOnly) {
      await runPreprocessOnly(files, o, sink);
    } else if (o.syntaxOnly) {
      // Preprocessing, parsing and checking are over in about a second even for the 50,000-line
      // program: TurboFan, V8's optimising compiler, would spend more time compiling the
      // scanner's, the expander's and the parser's hot functions than its code then saves, as
      // for the assembler below (`npm run bench:frontend` under load ~6: -ftime-report's TOTAL
      // 2.98 -> 2.51 s, preprocess 0.65 -> 0.35 s; CPU time 7-10% less; at 200,000 lines as fast).
      setFlagsFromString("--no-turbofan");
      const { checkSyntax } = await timedAsync(
        "module load (front end)",
        () => import("./parse/syntax.ts"),
      );
      checkSyntax(files, ppOptions(o), sink);
    } else if (files.every((f) => inputKind(f) === "object" || inputKind(f) === "archive")) {
      await runLink(files, o, sink);
    } else if (files.every((f) => inputKind(f) === "asm")) {
      if (files.length > 1 && o.output !== undefined)
        throw new UsageError("-o with several .asm files: assemble them one at a time");
      // An assembly is over in a fraction of a second (100,000 lines in about 0.3 s). V8's
      // optimising compiler, TurboFan, would spend longer compiling the assembler's hot
      // functions, on the other core, than its code then saves: by the time it is ready the
      // file is mostly done. So they stay with the mid-tier compiler, Maglev, which compiles
      // fast (`npm run bench:asm`: a third less CPU time; as fast at 500,000 lines).
      setFlagsFromString("--no-turbofan");
      const { runAssembler } = await timedAsync(
        "module load (assembler)",
        () => import("./asm/run.ts"),
      );
      for (const f of files) {
        runAssembler(
          f,
          {
            format: o.format ?? (o.compileOnly ? "elf32" : "bin"),
            output: o.output,
            listing: o.listing,
            includeDirs: o.includeDirs,
            defines: o.defines,
          },
          sink,
        );
      }
    } else if (files.every((f) => inputKind(f) !== "asm")) {
      // The same holds for compiling C, the back end included: the 50,000-line program compiles
      // in a few seconds, and TurboFan's compiling of the passes' hot functions costs more CPU
      // than it saves there (`logosc -c -O1` on it: CPU time 17% less, medians of 8 alternating
      // runs, load ~6; as fast at 150,000 lines).
      setFlagsFromString("--no-turbofan");
      await runCompile(files, o, sink);
    } else {
      throw new UsageError("C and assembly files together: assemble the .asm files with -c first");
    }
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  } finally {
    process.stderr.write(sink.format(process.stderr.isTTY === true));
    if (o.fflags.includes("time-report")) process.stderr.write(timeReport());
  }
  return sink.hasErrors ? EXIT_INPUT : EXIT_OK;
}

/**
 * `-W` options, in order, as gcc reads them: the warnings of `-Wall` (and the checker's
 * `-Wsign-compare`, which gcc puts in `-Wextra` for C) are off unless `-Wall` or `-Wextra` turns
 * them on; `-WNAME` and `-Wno-NAME` turn one on or off; `-Werror` makes every warning an error.
 */
export function applyWarningOptions(sink: DiagnosticSink, warnings: string[]): void {
  for (const w of WALL) sink.disable(w);
  for (const w of warnings) {
    if (w === "all" || w === "extra") for (const x of WALL) sink.enable(x);
    else if (w === "error") sink.warningsAsErrors = true;
    else if (w === "no-error") sink.warningsAsErrors = false;
    else if (w.startsWith("no-")) sink.disable(`-W${w.slice(3)}`);
    else sink.enable(`-W${w}`);
  }
}

/** The warnings `-Wall` turns on (gcc's list, as far as the checker gives them). */
const WALL = [
  "-Wunused-variable",
  "-Wunused-function",
  "-Wunused-label",
  "-Wunused-value",
  "-Wparentheses",
  "-Wchar-subscripts",
  "-Wreturn-type",
  "-Wsign-compare",
];

/** The preprocessor's options from the command line. */
function ppOptions(o: DriverOptions): PreprocessOptions {
  return {
    includeDirs: o.includeDirs,
    defines: o.defines,
    undefines: o.undefines,
    freestanding: o.fflags.includes("freestanding"),
  };
}

/** `-E`: preprocess every file and print the result to stdout or `-o`, as `gcc -E` does. */
async function runPreprocessOnly(
  files: string[],
  o: DriverOptions,
  sink: DiagnosticSink,
): Promise<void> {
  setFlagsFromString("--no-turbofan"); // (a short run: see -fsyntax-only in `compile`)
  const { preprocess, printPreprocessed } = await timedAsync(
    "module load (preprocessor)",
    () => import("./pp/preprocess.ts"),
  );
  let text = "";
  for (const f of files) {
    const options = { ...ppOptions(o), keepPragmas: true };
    const tokens = timed("preprocess", () => preprocess(f, options, sink));
    text += timed("print", () => printPreprocessed(tokens, !o.noLineMarkers));
  }
  if (sink.hasErrors) return;
  if (o.output && o.output !== "-") writeFileAtomic(o.output, text);
  else process.stdout.write(text);
}

/**
 * Whether `file` is compiled with the back end on a second thread (compiler/backend/thread.ts):
 * `-fbackend-thread` and `-fno-backend-thread` say; otherwise when the file is large enough for
 * the thread to pay for its start (a second V8 isolate, the back end's modules loaded again:
 * ~40 ms of CPU time).
 */
function backendThread(file: string, o: DriverOptions): boolean {
  const on = o.fflags.lastIndexOf("backend-thread");
  const off = o.fflags.lastIndexOf("no-backend-thread");
  if (on >= 0 || off >= 0) return on > off;
  return (statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= BACKEND_THREAD_BYTES;
}

/** The size of a C file from which its back end runs on a thread of its own (see above). */
const BACKEND_THREAD_BYTES = 256 * 1024;

/** Links objects and archives, as `gcc a.o b.o lib.a -o prog` does. */
/**
 * C sources: `--emit-ir`, `-S` and `-c` write FILE.ir, FILE.s and FILE.o (or `-o`; `-o -` is
 * stdout for text); otherwise each is compiled to an object in a temporary folder and linked
 * with the other inputs and the C library (stdlib's crt0.o and libc.a, unless -nostdlib).
 */
async function runCompile(files: string[], o: DriverOptions, sink: DiagnosticSink): Promise<void> {
  const { compileC, compileCThreaded } = await timedAsync("module load (compiler)", () => import("./cc.ts")); // prettier-ignore
  const sources = files.filter((f) => inputKind(f) === "c");
  const stop = o.emitIr || o.assemblyOnly || o.compileOnly;
  if (stop && sources.length > 1 && o.output !== undefined)
    throw new UsageError("-o with several C files and -c, -S or --emit-ir: one file at a time");
  const opts = {
    pp: ppOptions(o),
    optimize: o.optimize,
    emitIr: o.emitIr,
    assembly: o.assemblyOnly && !o.emitIr,
    object: !o.emitIr && !o.assemblyOnly,
    framePointer: o.fflags.includes("no-omit-frame-pointer"),
    checking: o.fflags.includes("checking"),
  };
  const objects = new Map<string, string>();
  const dir = stop ? "" : mkdtempSync(join(tmpdir(), "logosc-"));
  try {
    for (const f of sources) {
      const r = backendThread(f, o)
        ? await compileCThreaded(f, opts, sink)
        : compileC(f, opts, sink);
      if (r === undefined) continue;
      const stem = basename(f).replace(/\.[ch]$/, "");
      const write = (ext: string, data: string | Uint8Array) => {
        const out = o.output ?? stem + ext;
        if (out === "-" && typeof data === "string") process.stdout.write(data);
        else writeFileAtomic(out, data);
      };
      if (r.ir !== undefined) write(".ir", r.ir);
      else if (r.assembly !== undefined) write(".s", r.assembly);
      else if (stop) write(".o", r.object!);
      else {
        const path = join(dir, `${objects.size}-${stem}.o`);
        writeFileSync(path, r.object!);
        objects.set(f, path);
      }
    }
    if (stop || sink.hasErrors) return;
    const inputs = files.map((f) => objects.get(f) ?? f);
    if (!o.nostdlib) {
      const lib = await stdlibFiles();
      inputs.unshift(lib.crt0);
      inputs.push(lib.libc);
    }
    await runLink(inputs, { ...o, output: o.output ?? "a.out" }, sink);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Newest modification time of the files under the given folders. */
function newestChange(dirs: string[]): number {
  let newest = 0;
  for (const d of dirs)
    for (const e of readdirSync(d, { recursive: true, withFileTypes: true }))
      if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  return newest;
}

/**
 * The C library programs link with by default: out/stdlib's crt0.o and libc.a. It is built
 * here, with logosc itself, the first time a program needs it and again whenever a source or
 * header of stdlib/ or compiler/include is newer than the archive -- so `logosc prog.c -o prog`
 * works in a fresh clone with nothing but Node. The build goes to a folder of its own that is
 * then renamed into place: a build that fails or is interrupted leaves nothing half-written.
 */
async function stdlibFiles(): Promise<{ crt0: string; libc: string }> {
  const root = join(import.meta.dirname, "..");
  const dir = join(root, "out/stdlib");
  const lib = { crt0: join(dir, "crt0.o"), libc: join(dir, "libc.a") };
  const sources = [join(root, "stdlib"), join(root, "compiler/include")];
  if (existsSync(lib.crt0) && existsSync(lib.libc)) {
    if (statSync(lib.libc).mtimeMs >= newestChange(sources)) return lib;
  }
  const { buildStdlib, logoscCompile } = await import("../stdlib/build.ts");
  const fresh = `${dir}.${process.pid}.tmp`;
  try {
    buildStdlib(fresh, logoscCompile);
    rmSync(dir, { recursive: true, force: true });
    try {
      renameSync(fresh, dir);
    } catch (e) {
      // Another logosc built it at the same time and renamed its copy first: use that one.
      if (!existsSync(lib.libc)) throw e;
      rmSync(fresh, { recursive: true, force: true });
    }
  } catch (e) {
    rmSync(fresh, { recursive: true, force: true });
    throw new UsageError(`building the C library (out/stdlib) failed: ${(e as Error).message}`);
  }
  return lib;
}

async function runLink(files: string[], o: DriverOptions, sink: DiagnosticSink): Promise<void> {
  const opts = linkOptions({
    files,
    output: o.output,
    script: o.linkerScript,
    entry: o.entry,
    ldArgs: o.ldArgs,
  });
  if (typeof opts === "string") throw new UsageError(opts);
  const { link } = await import("./link/link.ts");
  link(opts, sink);
}

export async function main(argv: string[]): Promise<number> {
  markMainStarted();
  // `logosc objdump big | head`: the reader going away ends the output, quietly, as for objdump.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(EXIT_OK);
    throw e;
  });
  const program = buildProgram(compile);
  try {
    await program.parseAsync(normalizeLinkArgs(argv), { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`logosc: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const where = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`logosc: internal compiler error: ${where}\n`);
    return 70;
  }
}
