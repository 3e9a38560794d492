// The linker: ELF32 i386 relocatable objects and `ar` archives in, a static executable (ET_EXEC)
// or a flat binary out, laid out by a GNU ld-style script.
//
// The passes, in order: read the inputs and resolve symbols (inputs.ts), match input sections to
// output sections (layout.ts), drop unreachable sections (`--gc-sections`, here), merge strings
// (merge.ts) and edit .eh_frame (ehframe.ts), give everything an address (layout.ts), copy each
// section's bytes into its output section and apply relocations (relocate.ts), group output
// sections into program headers and write the file (emit.ts, elf32.ts), and write the map
// (map.ts). Without `-T` the built-in script below is used; it follows ld's default for
// `elf_i386` static programs closely enough that a `-nostdlib` program runs the same.
//
// Errors are the user's, never a throw: undefined references and multiple definitions name the
// object, section, function and offset of each place, as ld does; relocation overflow too.
import { readFileSync } from "node:fs";
import { SourceFile, FatalError, type DiagnosticSink } from "../diag.ts";
import { writeFileAtomic } from "../output.ts";
import { timed } from "../timing.ts";
import { SHF_EXECINSTR, SHF_TLS, SHN_UNDEF, STB_LOCAL } from "../obj/elf32.ts";
import { Resolver, fileError, globalAddress, type InputSection } from "./inputs.ts";
import { LayoutEngine, assignSections } from "./layout.ts";
import { writeLinkMap } from "./map.ts";
import { mergeSections } from "./merge.ts";
import { editEhFrames } from "./ehframe.ts";
import { checkOverlaps, executable, flatBinary } from "./emit.ts";
import { relocate } from "./relocate.ts";
import { parseLinkerScript, type Expr, type LinkerScript, type SectionsItem } from "./script.ts";

export interface LinkOptions {
  /** Objects and archives in order; "--start-group"/"--end-group" mark an archive group. */
  inputs: string[];
  output: string;
  /** `-T FILE`. */
  scriptPath?: string;
  /** `-e SYMBOL` (or an address). */
  entry?: string;
  /** `-Ttext ADDR`: the address of `.text`. */
  textAddress?: number;
  gcSections: boolean;
  /** `-Map FILE`. */
  mapFile?: string;
  /** `--map` / `-M`: the map on standard output. */
  printMap: boolean;
  /** `--oformat binary` gives a flat binary. */
  binary: boolean;
  /** `-u SYMBOL`: treated as undefined, so it is pulled from archives and kept by gc. */
  undefinedSymbols: string[];
}

/** The layout used without `-T`: ld's default for static elf_i386 programs, simplified. */
export const DEFAULT_SCRIPT = `/* logosc's built-in linker script (static i386 programs) */
ENTRY(_start)
SECTIONS
{
  PROVIDE(__executable_start = 0x08048000);
  . = 0x08049000;
  .init : { KEEP(*(SORT_NONE(.init))) }
  .text : {
    *(.text.unlikely .text.*_unlikely .text.unlikely.*)
    *(.text.exit .text.exit.*)
    *(.text.startup .text.startup.*)
    *(.text.hot .text.hot.*)
    *(.text .stub .text.*)
  }
  .fini : { KEEP(*(SORT_NONE(.fini))) }
  PROVIDE(__etext = .);
  PROVIDE(_etext = .);
  PROVIDE(etext = .);
  . = ALIGN(CONSTANT(MAXPAGESIZE));
  .rodata : { *(.rodata .rodata.*) }
  .rodata1 : { *(.rodata1) }
  .eh_frame : { KEEP(*(.eh_frame)) *(.eh_frame.*) }
  . = DATA_SEGMENT_ALIGN(CONSTANT(MAXPAGESIZE), CONSTANT(COMMONPAGESIZE));
  .preinit_array : {
    PROVIDE_HIDDEN(__preinit_array_start = .);
    KEEP(*(.preinit_array))
    PROVIDE_HIDDEN(__preinit_array_end = .);
  }
  .init_array : {
    PROVIDE_HIDDEN(__init_array_start = .);
    KEEP(*(SORT_BY_INIT_PRIORITY(.init_array.*)))
    KEEP(*(.init_array .ctors))
    PROVIDE_HIDDEN(__init_array_end = .);
  }
  .fini_array : {
    PROVIDE_HIDDEN(__fini_array_start = .);
    KEEP(*(SORT_BY_INIT_PRIORITY(.fini_array.*)))
    KEEP(*(.fini_array .dtors))
    PROVIDE_HIDDEN(__fini_array_end = .);
  }
  .data.rel.ro : { *(.data.rel.ro.local* .data.rel.ro .data.rel.ro.*) }
  . = DATA_SEGMENT_RELRO_END(0, .);
  .data : { *(.data .data.*) }
  .data1 : { *(.data1) }
  _edata = .;
  PROVIDE(edata = .);
  . = .;
  __bss_start = .;
  .bss : {
    *(.bss .bss.*)
    *(COMMON)
    . = ALIGN(. != 0 ? 4 : 1);
  }
  . = ALIGN(4);
  _end = .;
  PROVIDE(end = .);
  . = DATA_SEGMENT_END(.);
  /* Not loaded; here, as in ld's script, so that orphans find their places the same way. */
  .stab 0 : { *(.stab) }
  /DISCARD/ : { *(.note.GNU-stack) *(.gnu_debuglink) *(.note.gnu.property) }
}
`;

/** Links; reports problems to the sink. Returns whether an output was written. */
export function link(opts: LinkOptions, sink: DiagnosticSink): boolean {
  try {
    return linkOrThrow(opts, sink);
  } catch (e) {
    if (e instanceof FatalError) return false;
    throw e;
  }
}

function readScript(opts: LinkOptions, sink: DiagnosticSink): LinkerScript {
  const defaults = parseLinkerScript(new SourceFile("<built-in script>", DEFAULT_SCRIPT), sink);
  if (!opts.scriptPath) return defaults;
  let text: string;
  try {
    text = readFileSync(opts.scriptPath, "utf8");
  } catch (e) {
    sink.error(`cannot open linker script file ${opts.scriptPath}: ${fileError(e)}`);
    throw new FatalError();
  }
  const script = parseLinkerScript(new SourceFile(opts.scriptPath, text), sink);
  // A script without SECTIONS (only ENTRY, symbols...) keeps the default layout, as ld does.
  if (!script.sections) script.sections = defaults.sections;
  return script;
}

/** The symbol names that expressions of the script refer to. */
function scriptReferences(script: LinkerScript): Set<string> {
  const names = new Set<string>();
  const visit = (e: Expr | undefined): void => {
    if (!e) return;
    if (e.kind === "sym") names.add(e.name);
    else if (e.kind === "unary") visit(e.arg);
    else if (e.kind === "binary") {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === "cond") {
      visit(e.test);
      visit(e.then);
      visit(e.else);
    } else if (e.kind === "call") e.args.forEach(visit);
  };
  for (const a of [...script.assignments, ...script.afterSections]) visit(a.expr);
  for (const it of script.sections ?? []) {
    if (it.kind === "assign") visit(it.expr);
    else {
      visit(it.address);
      visit(it.loadAddress);
      visit(it.align);
      for (const x of it.items) if (x.kind !== "input") visit(x.expr);
    }
  }
  return names;
}

/** Writes an output file; a file system error is the user's (a missing folder), not a crash. */
function writeOutput(
  path: string,
  data: string | Uint8Array,
  mode: number | undefined,
  sink: DiagnosticSink,
): boolean {
  try {
    writeFileAtomic(path, data, mode);
    return true;
  } catch (e) {
    const why =
      e instanceof Error && "code" in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    sink.error(`cannot open output file ${path}: ${why}`);
    return false;
  }
}

/** Every assignment of the script, inside output sections too. */
function scriptAssignments(script: LinkerScript): { name: string; provide: boolean }[] {
  const out = [...script.assignments, ...script.afterSections].map((a) => ({
    name: a.name,
    provide: a.provide,
  }));
  const walk = (items: SectionsItem[]): void => {
    for (const it of items) {
      if (it.kind === "assign") out.push(it);
      else for (const x of it.items) if (x.kind === "assign") out.push(x);
    }
  };
  walk(script.sections ?? []);
  return out;
}

function linkOrThrow(opts: LinkOptions, sink: DiagnosticSink): boolean {
  const script = timed("link: script", () => readScript(opts, sink));
  if (
    script.outputFormat &&
    !["binary", "elf32-i386", "elf32-little"].includes(script.outputFormat)
  ) {
    sink.error(`unsupported output format '${script.outputFormat}' (elf32-i386 or binary)`);
    return false;
  }
  const binary = opts.binary || script.outputFormat === "binary";
  if (opts.textAddress !== undefined) {
    for (const it of script.sections ?? []) {
      if (it.kind === "output" && it.name === ".text")
        it.address = { kind: "num", value: opts.textAddress, span: it.span! };
    }
  }
  const defined = new Set(
    scriptAssignments(script)
      .filter((a) => !a.provide && a.name !== ".")
      .map((a) => a.name),
  );
  const resolver = new Resolver(sink, defined);
  const entryName = opts.entry ?? script.entry?.name ?? "_start";
  for (const name of [entryName, ...opts.undefinedSymbols, ...script.externs]) {
    const g = resolver.symbols.get(name);
    g.referenced = true;
    g.strongRef = true;
  }
  timed("link: read inputs", () => {
    for (const path of opts.inputs) {
      if (path === "--start-group") resolver.beginGroup();
      else if (path === "--end-group") resolver.endGroup();
      else resolver.addInput(path);
    }
    resolver.endGroup();
  });
  if (resolver.files.length === 0 && !sink.hasErrors) sink.error("no input files");
  if (sink.hasErrors) return false;
  for (const f of resolver.files) {
    const tls = f.sections.find((x) => x && x.sec.flags & SHF_TLS);
    if (tls)
      sink.error(`${f.name}: thread-local storage (${tls.name}) is not supported by this linker`);
  }
  if (sink.hasErrors) return false;
  // Symbols the script's own expressions use count as referenced, so PROVIDE defines them.
  for (const name of scriptReferences(script)) resolver.symbols.get(name).referenced = true;
  const { sequence, ciePointers } = timed("link: sections", () => {
    resolver.allocateCommons();
    const items = [...script.assignments, ...(script.sections ?? []), ...script.afterSections];
    const sequence = assignSections(items, resolver.files);
    if (opts.gcSections) collectGarbage(resolver, entryName, opts.undefinedSymbols);
    mergeSections(
      sequence.map((x) =>
        "stmt" in x
          ? x.items.flatMap((p) => (p.kind === "input" && p.section.live ? [p.section] : []))
          : [],
      ),
    );
    return { sequence, ciePointers: editEhFrames(resolver.files) };
  });

  const symbols = resolver.symbols;
  const hasEhFrame = resolver.files.some((f) =>
    f.sections.some((s) => s?.name === ".eh_frame" && s.live && !s.discarded),
  );
  const engine = new LayoutEngine(
    script,
    sequence,
    symbols,
    sink,
    (name) => {
      const g = symbols.map.get(name);
      return g ? globalAddress(g) : undefined;
    },
    hasEhFrame,
  );
  const layout = timed("link: layout", () => engine.run());
  if (sink.hasErrors) return false;

  const outputs = layout.outputs.filter((o) => !o.empty);
  const contents = timed("link: relocate", () =>
    relocate(resolver.files, outputs, ciePointers, sink),
  );
  checkOverlaps(outputs, sink);

  let entry = 0;
  const entryGlobal = symbols.map.get(entryName);
  const entryAddress = entryGlobal ? globalAddress(entryGlobal) : undefined;
  if (entryAddress !== undefined) entry = entryAddress;
  else if (/^(0x[0-9a-f]+|\d+)$/i.test(entryName)) entry = Number(entryName);
  else if (!binary) {
    const text = outputs.find((o) => o.flags & SHF_EXECINSTR) ?? outputs[0];
    entry = text?.vma ?? 0;
    sink.warning(
      `cannot find entry symbol ${entryName}; defaulting to 0x${entry.toString(16).padStart(8, "0")}`,
      undefined,
    );
  }
  if (sink.hasErrors) return false;

  const bytes = timed("link: write", () =>
    binary
      ? flatBinary(outputs, contents)
      : executable(resolver.files, layout, outputs, contents, entry),
  );
  if (
    !timed("link: write file", () =>
      writeOutput(opts.output, bytes, binary ? undefined : 0o755, sink),
    )
  )
    return false;
  if (opts.mapFile || opts.printMap) {
    const map = writeLinkMap(resolver.files, layout, symbols);
    if (opts.mapFile && !writeOutput(opts.mapFile, map, undefined, sink)) return false;
    if (opts.printMap) process.stdout.write(map);
  }
  return true;
}

/**
 * `--gc-sections`: only sections reachable through relocations from the roots survive. The roots
 * are the entry symbol's section, `-u` symbols, sections the script marks KEEP, and the COMMON
 * pseudo-sections.
 */
function collectGarbage(resolver: Resolver, entry: string, undefinedSymbols: string[]): void {
  const work: InputSection[] = [];
  const mark = (s: InputSection | undefined): void => {
    if (s && !s.live && !s.discarded) {
      s.live = true;
      work.push(s);
    }
  };
  for (const f of resolver.files) for (const s of f.sections) if (s) s.live = false;
  for (const f of resolver.files) {
    for (const s of f.sections) {
      // .eh_frame stays, but its references do not keep functions alive (ehframe.ts drops the
      // records of functions that go).
      if (s?.name === ".eh_frame" && !s.discarded) s.live = true;
      else if (s?.keep) mark(s);
    }
    if (f.common) f.common.live = true;
  }
  for (const name of [entry, ...undefinedSymbols])
    mark(resolver.symbols.map.get(name)?.def?.section);
  while (work.length > 0) {
    const s = work.pop()!;
    const f = s.file;
    if (s.name === ".eh_frame") continue;
    for (const r of s.sec.relocations) {
      if (r.symbol < 0) continue;
      const sym = f.obj.symbols[r.symbol];
      if (sym.bind === STB_LOCAL) {
        if (sym.shndx !== SHN_UNDEF && sym.shndx < 0xff00) mark(f.sections[sym.shndx - 1]);
      } else mark(f.globals[r.symbol]?.def?.section);
    }
  }
}
