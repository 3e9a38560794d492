// `logosc build DIR -o out.img`: the kernel tree in, a bootable disk image out.
//
// DIR/build.json (the manifest) names the pieces:
//   {
//     "mbr": "boot/mbr.asm",              the boot sector (NASM syntax, assembled flat)
//     "loader": "boot/loader.asm",        the second-stage loader (likewise)
//     "kernel": {
//       "sources": ["arch", "kernel"],    folders whose .c and .asm files make the kernel
//       "include": ["include"],           #include / %include search folders
//       "script": "kernel.ld"             the kernel's linker script
//     },
//     "cmdline": "loglevel=info",         the kernel command line (in the boot-info structure)
//     "initramfsRoom": 1048576            bytes reserved after the kernel for an initramfs
//   }
// Paths are relative to DIR. The build assembles the .asm files with logosc's assembler,
// compiles the .c files, links the kernel ELF (twice: the second link embeds the kernel's own
// symbol table, image/ksyms.ts), and writes the image (image/image.ts). Beside `out.img` it
// writes the kernel ELF as `out.elf` (what `qemu-system-i386 -kernel` boots) and the link map
// as `out.map`; every output goes through writeFileAtomic.
//
// Incremental: an object is kept in the cache folder under a key made of everything that went
// into it -- the tool and its flags, the source's path and bytes, and the bytes of every header
// and include file of the tree (so any header change rebuilds all: simple, and never stale).
//
// C: the .c files are compiled by logosc's own compiler (cc.ts) at -O1 with frame pointers
// (backtraces walk them). With the environment variable LOGOS_KERNEL_CC=gcc they are compiled
// with `gcc -m32` (GCC_FLAGS) instead -- an explicit alternative the tests use to compare the two
// kernels; the build never falls back to gcc on its own.
import { spawn, spawnSync } from "node:child_process";
import { compileC as compileWithLogosc } from "./cc.ts";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, extname, join, relative } from "node:path";
import { type DiagnosticSink, SourceFile, type Span } from "./diag.ts";
import { writeFileAtomic } from "./output.ts";
import { timed } from "./timing.ts";
import { assemble } from "./asm/assemble.ts";
import { writeBin } from "./asm/output-bin.ts";
import { writeElf } from "./asm/output-elf.ts";
import { link } from "./link/link.ts";
import { ElfFormatError, readElf32, type Elf32File } from "./obj/elf32.ts";
import { buildImage, ImageError, type ImageLayout } from "./image/image.ts";
import { codeSymbols, ksymsObject } from "./image/ksyms.ts";

/** The temporary C compiler for the kernel: gcc with the flags that give Logos C's contract. */
export const GCC_FLAGS = [
  "-m32",
  "-std=c11",
  "-masm=intel",
  "-ffreestanding",
  "-nostdinc",
  "-fno-pic",
  "-fno-stack-protector",
  "-nostdlib",
  "-O1",
  // Backtraces walk the EBP chain, and .eh_frame would only be discarded.
  "-fno-omit-frame-pointer",
  "-mno-omit-leaf-frame-pointer",
  "-fno-asynchronous-unwind-tables",
  // Logos C has no floating point: no x87, MMX or SSE code may appear.
  "-mno-80387",
  "-mno-mmx",
  "-mno-sse",
  "-Wall",
  "-c",
];

export interface BuildOptions {
  /** The kernel tree (holds build.json). */
  dir: string;
  /** The disk image to write. */
  output: string;
  /** The object cache; default `.cache/logosc` beside the output. */
  cacheDir?: string;
  /** Print one line per step. */
  verbose?: boolean;
}

export interface BuildResult {
  layout: ImageLayout;
  /** Objects made in this run, and objects taken from the cache. */
  compiled: number;
  cached: number;
  elf: string;
}

interface Manifest {
  mbr: string;
  loader: string;
  sources: string[];
  include: string[];
  script: string;
  cmdline: string;
  initramfsRoom: number;
}

/** Builds the image; problems go to the sink (and the result is then undefined). */
export async function build(
  o: BuildOptions,
  sink: DiagnosticSink,
): Promise<BuildResult | undefined> {
  const manifest = readManifest(o.dir, sink);
  if (!manifest) return undefined;
  const cacheDir = o.cacheDir ?? join(dirname(o.output), ".cache", "logosc");
  const cache = new ObjectCache(cacheDir, headerDigest(o.dir));
  const log = (s: string): void => {
    if (o.verbose) process.stderr.write(`logosc build: ${s}\n`);
  };

  // The boot sector and the loader: flat binaries.
  const includeDirs = manifest.include.map((d) => join(o.dir, d));
  const mbr = assembleCached(cache, join(o.dir, manifest.mbr), "bin", includeDirs, sink, log);
  const loader = assembleCached(cache, join(o.dir, manifest.loader), "bin", includeDirs, sink, log);

  // The kernel's objects.
  const sources: string[] = [];
  for (const d of manifest.sources) sources.push(...listSources(join(o.dir, d), sink));
  const objects: (string | undefined)[] = [];
  const cJobs: (() => Promise<string | undefined>)[] = [];
  for (const src of sources) {
    if (src.endsWith(".asm"))
      objects.push(assembleCached(cache, src, "elf32", includeDirs, sink, log)?.path);
    else cJobs.push(() => compileC(cache, src, includeDirs, sink, log));
  }
  objects.push(...(await inParallel(cJobs, availableParallelism())));
  if (sink.hasErrors || !mbr || !loader) return undefined;
  const objectPaths = objects.filter((x): x is string => x !== undefined);
  if (objectPaths.length === 0) {
    sink.error(`${o.dir}: no kernel sources in ${manifest.sources.join(", ")}`);
    return undefined;
  }

  // Link twice: the second time with the symbol table of the first (image/ksyms.ts).
  const stem = o.output.endsWith(".img") ? o.output.slice(0, -4) : o.output;
  const elfPath = stem + ".elf";
  const script = join(o.dir, manifest.script);
  const pass1 = join(cacheDir, "kernel.pass1.elf");
  const linked1 = timed("build: link", () =>
    linkKernel(objectPaths, script, pass1, undefined, sink),
  );
  if (!linked1) return undefined;
  const first = readKernel(pass1, sink);
  if (!first) return undefined;
  const symbols = codeSymbols(first.elf);
  const ksyms = join(cacheDir, "ksyms.o");
  writeFileAtomic(ksyms, ksymsObject(symbols));
  const linked2 = timed("build: link", () =>
    linkKernel([...objectPaths, ksyms], script, elfPath, stem + ".map", sink),
  );
  if (!linked2) return undefined;
  const kernel = readKernel(elfPath, sink);
  if (!kernel) return undefined;
  const moved = codeSymbols(kernel.elf).find((s, i) => symbols[i]?.address !== s.address);
  if (moved) {
    sink.error(
      `${script}: embedding the symbol table moved '${moved.name}': .ksyms must come after all code`,
    );
    return undefined;
  }
  log(`linked ${elfPath} (${symbols.length} symbols)`);

  let image: ReturnType<typeof buildImage>;
  try {
    image = buildImage({
      mbr: mbr.bytes,
      loader: loader.bytes,
      kernel: kernel.elf,
      kernelBytes: kernel.bytes,
      cmdline: manifest.cmdline,
      initramfsRoom: manifest.initramfsRoom,
    });
  } catch (e) {
    if (!(e instanceof ImageError)) throw e;
    sink.error(`${o.output}: ${e.message}`);
    return undefined;
  }
  try {
    writeFileAtomic(o.output, image.bytes);
  } catch (e) {
    sink.error(`cannot write '${o.output}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
  log(
    `wrote ${o.output}: kernel ${image.layout.kernelSectors} sectors at LBA ${image.layout.kernelLba}`,
  );
  return { layout: image.layout, compiled: cache.made, cached: cache.hits, elf: elfPath };
}

// ---- The manifest ----

/** The place of `"key"` in the manifest, for messages. */
function keySpan(file: SourceFile, key: string): Span | undefined {
  const at = file.text.indexOf(`"${key}"`);
  return at < 0 ? undefined : { file, start: at, end: at + key.length + 2 };
}

function readManifest(dir: string, sink: DiagnosticSink): Manifest | undefined {
  const path = join(dir, "build.json");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    sink.error(
      code === "ENOENT"
        ? `${dir}: no build.json (the manifest naming the boot sector, loader and kernel sources)`
        : `cannot read '${path}': ${code ?? String(e)}`,
    );
    return undefined;
  }
  const file = new SourceFile(path, text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const at = m ? Number(m[1]) : 0;
    sink.error(`not valid JSON: ${(e as Error).message.replace(/ in JSON.*$/, "")}`, {
      file,
      start: at,
      end: at + 1,
    });
    return undefined;
  }
  const top = json as Record<string, unknown>;
  const kernel = (top.kernel ?? {}) as Record<string, unknown>;
  const str = (obj: Record<string, unknown>, key: string, fallback?: string): string => {
    const v = obj[key] ?? fallback;
    if (typeof v === "string") return v;
    sink.error(`"${key}" must be a string`, keySpan(file, key) ?? { file, start: 0, end: 1 });
    return "";
  };
  const strings = (obj: Record<string, unknown>, key: string, fallback: string[]): string[] => {
    const v = obj[key] ?? fallback;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
    sink.error(
      `"${key}" must be a list of strings`,
      keySpan(file, key) ?? { file, start: 0, end: 1 },
    );
    return [];
  };
  const room = top.initramfsRoom ?? 0;
  if (typeof room !== "number" || !Number.isInteger(room) || room < 0)
    sink.error(`"initramfsRoom" must be a whole number of bytes`, keySpan(file, "initramfsRoom"));
  const m: Manifest = {
    mbr: str(top, "mbr"),
    loader: str(top, "loader"),
    sources: strings(kernel, "sources", []),
    include: strings(kernel, "include", []),
    script: str(kernel, "script"),
    cmdline: str(top, "cmdline", ""),
    initramfsRoom: typeof room === "number" ? room : 0,
  };
  if (sink.hasErrors) return undefined;
  for (const p of [m.mbr, m.loader, m.script, ...m.sources, ...m.include]) {
    if (!existsSync(join(dir, p))) {
      sink.error(`'${p}' does not exist in ${dir}`, keySpan(file, p) ?? { file, start: 0, end: 1 });
    }
  }
  return sink.hasErrors ? undefined : m;
}

/** The .c and .asm files under a folder, recursively, in a fixed (sorted) order. */
function listSources(dir: string, sink: DiagnosticSink): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".c") || name.endsWith(".asm")) out.push(p);
    }
  };
  if (!statSync(dir).isDirectory()) sink.error(`'${dir}' is not a folder`);
  else walk(dir);
  return out;
}

// ---- The object cache ----

/** One digest of every header and include file in the tree: part of every cache key. */
function headerDigest(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".h") || name.endsWith(".inc")) {
        h.update(relative(dir, p) + "\0");
        h.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return h.digest("hex");
}

/** Objects by key in a folder: `<key>.o`, written atomically, so a crash never leaves half one. */
class ObjectCache {
  made = 0;
  hits = 0;
  readonly dir: string;
  private headers: string;

  constructor(dir: string, headers: string) {
    this.dir = dir;
    this.headers = headers;
    mkdirSync(join(dir, "objects"), { recursive: true });
  }

  key(tool: string, source: string, text: Uint8Array): string {
    return createHash("sha256")
      .update(`${tool}\0${source}\0${this.headers}\0`)
      .update(text)
      .digest("hex");
  }

  path(key: string, ext: string): string {
    return join(this.dir, "objects", key + ext);
  }

  /** The cached file for a key, if there is one (and counts the hit). */
  lookup(key: string, ext: string): string | undefined {
    const p = this.path(key, ext);
    if (!existsSync(p)) return undefined;
    this.hits++;
    return p;
  }
}

function readSource(path: string, sink: DiagnosticSink): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    sink.error(`cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
}

/** Assembles a file with logosc's assembler (cached); returns the output and its cache path. */
function assembleCached(
  cache: ObjectCache,
  path: string,
  format: "bin" | "elf32",
  includeDirs: string[],
  sink: DiagnosticSink,
  log: (s: string) => void,
): { bytes: Uint8Array; path: string } | undefined {
  const bytes = readSource(path, sink);
  if (!bytes) return undefined;
  const dirs = [dirname(path) + "/", ...includeDirs.map((d) => d + "/")];
  const key = cache.key(`logosc-asm ${format} ${dirs.join(" ")}`, path, bytes);
  const ext = format === "bin" ? ".bin" : ".o";
  const hit = cache.lookup(key, ext);
  if (hit) return { bytes: readFileSync(hit), path: hit };
  const asm = timed("build: assemble", () =>
    assemble(
      new SourceFile(path, new TextDecoder().decode(bytes)),
      { format, includeDirs: dirs, defines: [] },
      sink,
    ),
  );
  if (sink.hasErrors) return undefined;
  const out = format === "bin" ? writeBin(asm, sink) : writeElf(asm, sink);
  if (sink.hasErrors) return undefined;
  writeFileAtomic(cache.path(key, ext), out);
  cache.made++;
  log(`assembled ${path}`);
  return { bytes: out, path: cache.path(key, ext) };
}

let compilerVersion: string | undefined;

/** A digest of logosc's own compiler sources: a changed compiler must not reuse old objects. */
function logoscDigest(): string {
  if (compilerVersion) return compilerVersion;
  const h = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".ts")) h.update(name + "\0").update(readFileSync(p));
    }
  };
  walk(import.meta.dirname);
  compilerVersion = "logosc " + h.digest("hex");
  return compilerVersion;
}

/** Compiles one C file with logosc's compiler (-O1, freestanding) to a cached object. */
function compileLogosc(
  cache: ObjectCache,
  path: string,
  includeDirs: string[],
  sink: DiagnosticSink,
  log: (s: string) => void,
): Promise<string | undefined> {
  const bytes = readSource(path, sink);
  if (!bytes) return Promise.resolve(undefined);
  const key = cache.key(
    `${logoscDigest()} -O1 -fno-omit-frame-pointer ${includeDirs.join(" ")}`,
    path,
    bytes,
  );
  const hit = cache.lookup(key, ".o");
  if (hit) return Promise.resolve(hit);
  const r = timed("build: compile", () =>
    compileWithLogosc(
      path,
      {
        pp: { includeDirs, defines: [], undefines: [], freestanding: true },
        optimize: 1,
        object: true,
        // Backtraces walk the ebp chain (as with gcc's -fno-omit-frame-pointer in GCC_FLAGS).
        framePointer: true,
      },
      sink,
    ),
  );
  if (!r?.object) return Promise.resolve(undefined);
  const out = cache.path(key, ".o");
  writeFileAtomic(out, r.object);
  cache.made++;
  log(`compiled ${path}`);
  return Promise.resolve(out);
}

let gccVersion: string | undefined;

/** Compiles one C file to a cached object; returns its path. */
async function compileC(
  cache: ObjectCache,
  path: string,
  includeDirs: string[],
  sink: DiagnosticSink,
  log: (s: string) => void,
): Promise<string | undefined> {
  const cc = process.env.LOGOS_KERNEL_CC ?? "";
  if (cc === "" || cc === "logosc") return compileLogosc(cache, path, includeDirs, sink, log);
  if (cc !== "gcc") {
    sink.error(`LOGOS_KERNEL_CC=${cc}: the kernel's C compiler is logosc (the default) or gcc`);
    return undefined;
  }
  const bytes = readSource(path, sink);
  if (!bytes) return undefined;
  gccVersion ??= spawnSync("gcc", ["--version"], { encoding: "utf8" }).stdout?.split("\n")[0];
  if (!gccVersion) {
    sink.error("LOGOS_KERNEL_CC=gcc, but gcc cannot be run");
    return undefined;
  }
  const includes = includeDirs.map((d) => "-I" + d);
  const key = cache.key(`${gccVersion} ${GCC_FLAGS.join(" ")} ${includes.join(" ")}`, path, bytes);
  const hit = cache.lookup(key, ".o");
  if (hit) return hit;
  const out = cache.path(key, ".o");
  const tmp = `${out}.tmp-${process.pid}`;
  const { status, stderr } = await run("gcc", [...GCC_FLAGS, ...includes, path, "-o", tmp]);
  if (stderr) process.stderr.write(stderr);
  if (status !== 0) {
    sink.error(`${path}: gcc failed (exit status ${status})`);
    return undefined;
  }
  // gcc wrote a file of its own; the rename makes it appear whole under its key.
  renameSync(tmp, out);
  cache.made++;
  log(`compiled ${path} (gcc)`);
  return out;
}

function run(cmd: string, args: string[]): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ status: code ?? 1, stderr }));
    child.on("error", (e) => resolve({ status: 1, stderr: `${cmd}: ${e.message}\n` }));
  });
}

/** Runs the jobs, at most `width` at a time; the results are in the jobs' order. */
async function inParallel<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
  return results;
}

// ---- Linking ----

function linkKernel(
  objects: string[],
  script: string,
  output: string,
  mapFile: string | undefined,
  sink: DiagnosticSink,
): boolean {
  return link(
    {
      inputs: objects,
      output,
      scriptPath: script,
      gcSections: false,
      mapFile,
      printMap: false,
      binary: false,
      undefinedSymbols: [],
    },
    sink,
  );
}

function readKernel(
  path: string,
  sink: DiagnosticSink,
): { elf: Elf32File; bytes: Uint8Array } | undefined {
  try {
    const bytes = readFileSync(path);
    return { elf: readElf32(bytes, basename(path, extname(path))), bytes };
  } catch (e) {
    if (!(e instanceof ElfFormatError)) throw e;
    sink.error(e.message);
    return undefined;
  }
}
