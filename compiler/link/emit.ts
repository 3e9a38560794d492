// The output: an ELF executable (output sections, the PT_LOAD program headers that load them, a
// symbol table) or a flat binary (the loaded bytes from the lowest load address up).
//
// Segments follow the sections in address order: a new one where the load offset (LMA - VMA)
// changes, where a gap is more than a page, or where permissions change on a new page (sections
// sharing a page share a segment, with both permissions, as ld does). The writer (elf32.ts)
// places each segment in the file at an offset congruent to its address modulo the page size.
import type { DiagnosticSink } from "../diag.ts";
import {
  PF_R,
  PF_W,
  PF_X,
  PT_GNU_STACK,
  PT_LOAD,
  SHF_EXECINSTR,
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
  writeElf32Executable,
  type Elf32Section,
  type Elf32Segment,
  type Elf32Symbol,
} from "../obj/elf32.ts";
import { addressIn, globalAddress, type InputFile } from "./inputs.ts";
import type { Layout, OutputSection } from "./layout.ts";

const PAGE = 0x1000;

/** Allocated output sections must not share addresses (ld says the same). */
export function checkOverlaps(outputs: OutputSection[], sink: DiagnosticSink): void {
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
export function flatBinary(
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
export function executable(
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
