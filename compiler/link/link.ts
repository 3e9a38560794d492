// The linker: ELF32 i386 relocatable objects and `ar` archives in, a static executable (ET_EXEC)
// or a flat binary out, laid out by a GNU ld-style script.
//
// The passes, in order: read the inputs and resolve symbols (inputs.ts), match input sections to
// output sections (layout.ts), drop unreachable sections (`--gc-sections`), give everything an
// address (layout.ts), copy each section's bytes into its output section and apply relocations
// (here), group output sections into program headers and write the file (elf32.ts), and write the
// map (map.ts). Without `-T` the built-in script below is used; it follows ld's default for
// `elf_i386` static programs closely enough that a `-nostdlib` program runs the same.
//
// Errors are the user's, never a throw: undefined references and multiple definitions name the
// object, section, function and offset of each place, as ld does; relocation overflow too.
import { readFileSync } from "node:fs";
import { SourceFile, FatalError, type DiagnosticSink } from "../diag.ts";
import { writeFileAtomic } from "../output.ts";
import { timed } from "../timing.ts";
import {
  PF_R,
  PF_W,
  PF_X,
  PT_GNU_STACK,
  PT_LOAD,
  R_386_16,
  R_386_32,
  R_386_8,
  R_386_NONE,
  R_386_PC16,
  R_386_PC32,
  R_386_PC8,
  R_386_PLT32,
  SHF_EXECINSTR,
  SHF_TLS,
  SHF_WRITE,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  SHT_NOBITS,
  STB_GLOBAL,
  STB_LOCAL,
  STB_WEAK,
  STT_FILE,
  STT_SECTION,
  STV_HIDDEN,
  relocationName,
  writeElf32Executable,
  type Elf32Section,
  type Elf32Segment,
  type Elf32Symbol,
} from "../obj/elf32.ts";
import {
  Resolver,
  addressIn,
  fileError,
  describePlace,
  globalAddress,
  sectionAddress,
  type GlobalSymbol,
  type InputFile,
  type InputSection,
} from "./inputs.ts";
import { LayoutEngine, assignSections, type Layout, type OutputSection } from "./layout.ts";
import { writeLinkMap } from "./map.ts";
import { mergeSections } from "./merge.ts";
import { editEhFrames, type CiePointerFixup } from "./ehframe.ts";
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

const PAGE = 0x1000;

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
  // A script without SECTIONS (only ENTRY, symbols…) keeps the default layout, as ld does.
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

/** Bytes a relocation type patches, and the signed range it must fit (ld's overflow rules). */
interface RelocationField {
  size: number;
  min: number;
  max: number;
  pc: boolean;
}

// One shared description per type: the relocation loop allocates nothing.
const FIELD_32: RelocationField = { size: 4, min: -0x80000000, max: 0xffffffff, pc: false };
const FIELD_PC32: RelocationField = { size: 4, min: -0x80000000, max: 0xffffffff, pc: true };
const FIELD_16: RelocationField = { size: 2, min: -0x8000, max: 0xffff, pc: false };
const FIELD_PC16: RelocationField = { size: 2, min: -0x8000, max: 0x7fff, pc: true };
const FIELD_8: RelocationField = { size: 1, min: -0x80, max: 0xff, pc: false };
const FIELD_PC8: RelocationField = { size: 1, min: -0x80, max: 0x7f, pc: true };

function relocationField(type: number): RelocationField | undefined {
  switch (type) {
    case R_386_32:
      return FIELD_32;
    case R_386_PC32:
    case R_386_PLT32:
      return FIELD_PC32;
    case R_386_16:
      return FIELD_16;
    case R_386_PC16:
      return FIELD_PC16;
    case R_386_8:
      return FIELD_8;
    case R_386_PC8:
      return FIELD_PC8;
  }
  return undefined;
}

/**
 * Copies every live input section into its output section's bytes and applies its relocations.
 * Undefined references are reported here, where each reference is known. Hot loop for big links:
 * one DataView per output section, no allocation per relocation.
 */
function relocate(
  files: InputFile[],
  outputs: OutputSection[],
  ciePointers: CiePointerFixup[],
  sink: DiagnosticSink,
): Map<OutputSection, Uint8Array> {
  const contents = new Map<OutputSection, Uint8Array>();
  const views = new Map<OutputSection, DataView>();
  for (const o of outputs) {
    if (o.type === SHT_NOBITS) continue;
    const bytes = new Uint8Array(o.size);
    contents.set(o, bytes);
    views.set(o, new DataView(bytes.buffer));
    const code = (o.flags & SHF_EXECINSTR) !== 0;
    let end = 0;
    for (const p of o.items) {
      if (p.kind === "input" && p.section.live && p.section.sec.type !== SHT_NOBITS) {
        if (code) fillWithNops(bytes, end, p.section.offset);
        bytes.set(p.section.sec.data, p.section.offset);
        end = p.section.offset + p.section.sec.size;
      } else if (p.kind === "assign" && p.padTo !== undefined) {
        // A `. = …` is a padding of its own: filled separately, as ld fills it.
        if (code) {
          fillWithNops(bytes, end, p.padFrom!);
          fillWithNops(bytes, p.padFrom!, p.padTo);
        }
        end = p.padTo;
      } else if (p.kind === "data") {
        if (code) fillWithNops(bytes, end, p.offset);
        end = p.offset + p.size;
        const v = views.get(o)!;
        if (p.size === 1) v.setUint8(p.offset, p.value & 0xff);
        else if (p.size === 2) v.setUint16(p.offset, p.value & 0xffff, true);
        else {
          v.setUint32(p.offset, p.value >>> 0, true);
          if (p.size === 8) v.setUint32(p.offset + 4, 0, true);
        }
      }
    }
    if (code) fillWithNops(bytes, end, o.size);
  }
  const undefinedRefs = new Map<string, number>();
  const unsupported = new Set<string>();
  for (const f of files) {
    for (const s of f.sections) {
      if (!s || !s.live || s.discarded || !s.out || s.sec.relocations.length === 0) continue;
      const view = views.get(s.out);
      if (!view) continue;
      const base = sectionAddress(s);
      for (const r of s.sec.relocations) {
        if (r.type === R_386_NONE) continue;
        const field = relocationField(r.type);
        const at = s.offset + r.offset;
        if (!field) {
          const key = `${f.name}:${s.name}:${r.type}`;
          if (!unsupported.has(key)) {
            unsupported.add(key);
            sink.error(
              `${describePlace(f, s.sec, r.offset)}: relocation ${relocationName(r.type)} is not supported by this static linker (compile with -fno-pic)`,
            );
          }
          continue;
        }
        if (r.offset + field.size > s.sec.size) {
          sink.error(
            `${f.name}: relocation at ${s.name}+0x${r.offset.toString(16)} is outside the section`,
          );
          continue;
        }
        let A: number;
        if (r.addend !== undefined) A = r.addend;
        else if (field.size === 4) A = view.getInt32(at, true);
        else if (field.size === 2) A = view.getInt16(at, true);
        else A = view.getInt8(at);
        let S = 0;
        let name = "";
        if (r.symbol >= 0) {
          const sym = f.obj.symbols[r.symbol];
          name = sym.name;
          if (sym.bind === STB_LOCAL) {
            if (sym.shndx === SHN_ABS) S = sym.value;
            else if (sym.shndx !== SHN_UNDEF && sym.shndx < 0xff00) {
              const target = f.sections[sym.shndx - 1];
              if (!target || target.discarded || !target.out) {
                sink.error(
                  `${describePlace(f, s.sec, r.offset)}: \`${name}' referenced in section \`${s.name}' of ${f.name}: defined in discarded section \`${target?.name ?? "?"}' of ${f.name}`,
                );
                continue;
              }
              if (target.merge && sym.type === STT_SECTION) {
                // A string through its section's symbol: the addend says which (as ld reads it).
                S = addressIn(target, sym.value + A);
                A = 0;
              } else S = addressIn(target, sym.value);
            }
          } else {
            const g = f.globals[r.symbol]!;
            const addr = globalAddress(g);
            if (addr !== undefined) {
              if (
                g.def?.section &&
                (g.def.section.discarded || !g.def.section.out) &&
                g.scriptValue === undefined
              ) {
                sink.error(
                  `${describePlace(f, s.sec, r.offset)}: \`${name}' referenced in section \`${s.name}' of ${f.name}: defined in discarded section \`${g.def.section.name}' of ${g.def.file.name}`,
                );
                continue;
              }
              S = addr;
            } else if (sym.bind !== STB_WEAK) {
              const n = (undefinedRefs.get(name) ?? 0) + 1;
              undefinedRefs.set(name, n);
              if (n <= 10)
                sink.error(
                  `${describePlace(f, s.sec, r.offset)}: undefined reference to \`${name}'`,
                );
              continue;
            }
            // A weak reference to a symbol nothing defines is 0.
          }
        }
        const P = base + r.offset;
        let value = S + A - (field.pc ? P : 0);
        if (field.size === 4) value = value | 0;
        else if (value < field.min || value > field.max) {
          // Wrap around 2^32 before judging, as the address space does.
          const wrapped = value | 0;
          if (wrapped < field.min || wrapped > field.max) {
            sink.error(
              `${describePlace(f, s.sec, r.offset)}: relocation truncated to fit: ${relocationName(r.type)} against \`${name}'`,
            );
            continue;
          }
          value = wrapped;
        }
        if (field.size === 4) view.setInt32(at, value, true);
        else if (field.size === 2) view.setUint16(at, value & 0xffff, true);
        else view.setUint8(at, value & 0xff);
      }
    }
  }
  // Each FDE's distance back to its CIE, now that both have addresses (see ehframe.ts).
  for (const fx of ciePointers) {
    const view = fx.section.out ? views.get(fx.section.out) : undefined;
    if (!view || !fx.section.live || fx.section.discarded) continue;
    const distance = addressIn(fx.section, fx.offset) - addressIn(fx.cie, fx.cieOffset);
    view.setUint32(fx.section.offset + fx.offset, distance >>> 0, true);
  }
  for (const [name, n] of undefinedRefs) {
    if (n > 10) sink.error(`${n - 10} more undefined references to \`${name}' follow`);
  }
  return contents;
}

/**
 * Gaps between the pieces of a code section are filled with no-ops, as ld does for i386: `66 90`
 * (xchg ax, ax) pairs and a final `90` — instructions every i386 runs, unlike the long NOPs.
 */
function fillWithNops(bytes: Uint8Array, from: number, to: number): void {
  let i = from;
  for (; i + 2 <= to; i += 2) {
    bytes[i] = 0x66;
    bytes[i + 1] = 0x90;
  }
  if (i < to) bytes[i] = 0x90;
}

/** Allocated output sections must not share addresses (ld says the same). */
function checkOverlaps(outputs: OutputSection[], sink: DiagnosticSink): void {
  const loaded = outputs.filter((o) => o.size > 0).sort((a, b) => a.vma - b.vma);
  for (let i = 1; i < loaded.length; i++) {
    const p = loaded[i - 1];
    const s = loaded[i];
    if (s.vma < p.vma + p.size) {
      sink.error(
        `section ${s.name} VMA [${hex(s.vma)},${hex(s.vma + s.size - 1)}] overlaps section ${p.name} VMA [${hex(p.vma)},${hex(p.vma + p.size - 1)}]`,
      );
    }
  }
  const progbits = outputs
    .filter((o) => o.size > 0 && o.type !== SHT_NOBITS)
    .sort((a, b) => a.lma - b.lma);
  for (let i = 1; i < progbits.length; i++) {
    const p = progbits[i - 1];
    const s = progbits[i];
    if (s.lma < p.lma + p.size) {
      sink.error(
        `section ${s.name} LMA [${hex(s.lma)},${hex(s.lma + s.size - 1)}] overlaps section ${p.name} LMA [${hex(p.lma)},${hex(p.lma + p.size - 1)}]`,
      );
    }
  }
}

function hex(v: number): string {
  return (v >>> 0).toString(16).padStart(8, "0");
}

/** `--oformat binary`: the loaded bytes from the lowest load address up, gaps zero-filled. */
function flatBinary(
  outputs: OutputSection[],
  contents: Map<OutputSection, Uint8Array>,
): Uint8Array {
  const loaded = outputs
    .filter((o) => o.type !== SHT_NOBITS && o.size > 0)
    .sort((a, b) => a.lma - b.lma);
  if (loaded.length === 0) return new Uint8Array(0);
  const base = loaded[0].lma;
  const end = Math.max(...loaded.map((o) => o.lma + o.size));
  const out = new Uint8Array(end - base);
  for (const o of loaded) out.set(contents.get(o)!, o.lma - base);
  return out;
}

function segmentFlags(flags: number): number {
  return PF_R | (flags & SHF_WRITE ? PF_W : 0) | (flags & SHF_EXECINSTR ? PF_X : 0);
}

/**
 * The executable: output sections in script order, PT_LOAD segments over them, a symbol table.
 * Consecutive sections share a segment while their load offset (LMA - VMA) is the same and
 * the next starts within a page of the last; a change of permissions starts a new segment unless
 * the two share a page (then the segment takes both permissions, as ld does).
 */
function executable(
  files: InputFile[],
  layout: Layout,
  outputs: OutputSection[],
  contents: Map<OutputSection, Uint8Array>,
  entry: number,
): Uint8Array {
  const elfSections: Elf32Section[] = [];
  const sectionOf = new Map<OutputSection, Elf32Section>();
  for (const o of outputs) {
    const data = contents.get(o) ?? new Uint8Array(0);
    const s: Elf32Section = {
      name: o.name,
      type: o.type,
      flags: o.flags,
      addr: o.vma,
      addralign: o.align,
      entsize: 0,
      data,
      size: o.size,
      relocations: [],
    };
    elfSections.push(s);
    sectionOf.set(o, s);
  }
  const segments: Elf32Segment[] = [];
  let seg: Elf32Segment | undefined;
  let last: OutputSection | undefined;
  for (const o of [...outputs].sort((a, b) => a.vma - b.vma)) {
    if (o.size === 0) continue;
    const flags = segmentFlags(o.flags);
    const page = (v: number): number => Math.floor(v / PAGE);
    const startNew =
      !seg ||
      !last ||
      o.lma - o.vma !== last.lma - last.vma ||
      o.vma < last.vma + last.size ||
      page(o.vma) > page(last.vma + last.size - 1) + 1 ||
      (flags !== seg.flags && page(o.vma) !== page(last.vma + last.size - 1)) ||
      (last.type === SHT_NOBITS &&
        o.type !== SHT_NOBITS &&
        page(o.vma) !== page(last.vma + last.size - 1));
    if (startNew) {
      seg = { type: PT_LOAD, flags, align: PAGE, paddr: o.lma, sections: [] };
      segments.push(seg);
    } else seg!.flags |= flags;
    seg!.sections.push(sectionOf.get(o)!);
    last = o;
  }
  segments.push({ type: PT_GNU_STACK, flags: PF_R | PF_W, align: 16, paddr: 0, sections: [] });

  const headerIndex = new Map(outputs.map((o, i) => [o, i + 1]));
  const indexOf = (o: OutputSection | undefined): number => (o && headerIndex.get(o)) ?? SHN_ABS;
  const symbols: Elf32Symbol[] = [];
  for (const f of files) {
    const file = f.obj.symbols.find((s) => s.type === STT_FILE);
    const locals: Elf32Symbol[] = [];
    for (const sym of f.obj.symbols) {
      if (
        sym.bind !== STB_LOCAL ||
        sym.type === STT_SECTION ||
        sym.type === STT_FILE ||
        sym.name === ""
      )
        continue;
      if (sym.shndx === SHN_ABS) locals.push({ ...sym });
      else if (sym.shndx !== SHN_UNDEF && sym.shndx < 0xff00) {
        const s = f.sections[sym.shndx - 1];
        if (!s || !s.live || s.discarded || !s.out) continue;
        locals.push({
          ...sym,
          value: addressIn(s, sym.value),
          shndx: indexOf(s.out),
        });
      }
    }
    if (locals.length > 0 && file) symbols.push({ ...file });
    symbols.push(...locals);
  }
  for (const [name, v] of layout.scriptSymbols) {
    if (v.hidden)
      symbols.push({
        name,
        value: v.value,
        size: 0,
        bind: STB_LOCAL,
        type: 0,
        other: STV_HIDDEN,
        shndx: indexOf(v.section),
      });
  }
  for (const f of files) {
    f.obj.symbols.forEach((sym, i) => {
      const g = f.globals[i];
      if (!g || !g.def || g.def.file !== f || g.def.sym !== sym || g.scriptValue !== undefined)
        return;
      const s = g.def.section;
      if (s && (!s.live || s.discarded || !s.out)) return;
      symbols.push({
        name: g.name,
        value: globalAddress(g)!,
        size: sym.size,
        bind: g.weakDef ? STB_WEAK : STB_GLOBAL,
        type: sym.shndx === SHN_COMMON ? 1 : sym.type,
        other: sym.other,
        shndx: s ? indexOf(s.out) : SHN_ABS,
      });
    });
  }
  for (const [name, v] of layout.scriptSymbols) {
    if (!v.hidden)
      symbols.push({
        name,
        value: v.value,
        size: 0,
        bind: STB_GLOBAL,
        type: 0,
        other: 0,
        shndx: indexOf(v.section),
      });
  }
  return writeElf32Executable({ entry, sections: elfSections, segments, symbols });
}
