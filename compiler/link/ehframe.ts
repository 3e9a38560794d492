// `.eh_frame`: the call-frame tables gcc emits for unwinding, edited the way GNU ld edits them.
//
// An `.eh_frame` section is a list of records, each a 32-bit length and then either a CIE
// (common information, id 0) or an FDE (one function's frame description; its second word is the
// distance back to its CIE, its third the function's address, by a relocation). Copied blindly,
// every FDE would keep its function alive under `--gc-sections` and every object would bring its
// own copy of the same CIE. So, like ld: FDEs whose function was dropped (garbage-collected,
// /DISCARD/, duplicate COMDAT) are removed, identical CIEs are kept once for the whole link, CIEs
// no FDE uses go, and each FDE's CIE pointer is recomputed once addresses are known (a fix-up that
// `relocate` applies). Parsing stops at a zero terminator, which is kept; a section this does not
// understand (64-bit lengths, a record running off the end) is left exactly as it was.
import type { Elf32Relocation } from "../obj/elf32.ts";
import { STB_LOCAL, SHN_UNDEF, SHN_ABS } from "../obj/elf32.ts";
import type { InputFile, InputSection } from "./inputs.ts";

/** A CIE pointer to write once both records have addresses: at `offset` of `section`. */
export interface CiePointerFixup {
  section: InputSection;
  offset: number;
  cie: InputSection;
  cieOffset: number;
}

interface Record {
  start: number;
  size: number;
  kind: "cie" | "fde" | "end";
  /** For an FDE: the start of its CIE in the same section. */
  ciePointer: number;
  relocations: Elf32Relocation[];
  live: boolean;
}

/** The section an FDE describes: the target of its pc_begin relocation (at start + 8). */
function fdeTarget(
  file: InputFile,
  r: Elf32Relocation | undefined,
): InputSection | undefined | "absolute" {
  if (!r || r.symbol < 0) return "absolute";
  const sym = file.obj.symbols[r.symbol];
  if (sym.bind === STB_LOCAL) {
    if (sym.shndx === SHN_ABS || sym.shndx === SHN_UNDEF || sym.shndx >= 0xff00) return "absolute";
    return file.sections[sym.shndx - 1];
  }
  const def = file.globals[r.symbol]?.def;
  return def ? (def.section ?? "absolute") : undefined;
}

function parse(s: InputSection): Record[] | undefined {
  const data = s.sec.data;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const relocs = [...s.sec.relocations].sort((a, b) => a.offset - b.offset);
  const records: Record[] = [];
  let r = 0;
  for (let off = 0; off < data.length;) {
    if (off + 4 > data.length) return undefined;
    const length = view.getUint32(off, true);
    if (length === 0) {
      records.push({
        start: off,
        size: 4,
        kind: "end",
        ciePointer: 0,
        relocations: [],
        live: true,
      });
      break;
    }
    if (length === 0xffffffff || off + 4 + length > data.length || length < 4) return undefined;
    const id = view.getUint32(off + 4, true);
    const size = 4 + length;
    const mine: Elf32Relocation[] = [];
    while (r < relocs.length && relocs[r].offset < off) r++;
    while (r < relocs.length && relocs[r].offset < off + size) mine.push(relocs[r++]);
    if (id === 0)
      records.push({
        start: off,
        size,
        kind: "cie",
        ciePointer: 0,
        relocations: mine,
        live: false,
      });
    else
      records.push({
        start: off,
        size,
        kind: "fde",
        ciePointer: off + 4 - id,
        relocations: mine,
        live: true,
      });
    off += size;
  }
  return records;
}

/** A CIE's identity for merging: its bytes and what its relocations point at. */
function cieKey(s: InputSection, rec: Record): string {
  const bytes = Buffer.from(
    s.sec.data.buffer,
    s.sec.data.byteOffset + rec.start,
    rec.size,
  ).toString("latin1");
  const rels = rec.relocations.map((r) => {
    const sym = s.file.obj.symbols[r.symbol];
    const target = sym && sym.bind !== STB_LOCAL ? sym.name : `${s.file.name}#${r.symbol}`;
    return `${r.offset - rec.start}:${r.type}:${target}`;
  });
  return bytes + "\0" + rels.join(",");
}

/**
 * Edits every live `.eh_frame` input section in place (new bytes, relocations and size) and
 * returns the CIE pointers to patch after layout. Runs after --gc-sections and before layout.
 */
export function editEhFrames(files: InputFile[]): CiePointerFixup[] {
  const fixups: CiePointerFixup[] = [];
  const cies = new Map<string, { section: InputSection; offset: number }>();
  for (const f of files) {
    for (const s of f.sections) {
      if (
        !s ||
        s.name !== ".eh_frame" ||
        !s.live ||
        s.discarded ||
        s.sec.data.length !== s.sec.size
      )
        continue;
      editSection(s, cies, fixups);
    }
  }
  return fixups;
}

/** Edits one section; leaves it untouched when its records do not parse. */
function editSection(
  s: InputSection,
  cies: Map<string, { section: InputSection; offset: number }>,
  fixups: CiePointerFixup[],
): void {
  const f = s.file;
  const records = parse(s);
  if (!records) return;
  const byStart = new Map(records.map((rec) => [rec.start, rec]));
  for (const rec of records) {
    if (rec.kind !== "fde") continue;
    const pcBegin = rec.relocations.find((r) => r.offset === rec.start + 8);
    const target = fdeTarget(f, pcBegin);
    rec.live = target === "absolute" || (target !== undefined && target.live && !target.discarded);
    const cie = byStart.get(rec.ciePointer);
    if (!cie || cie.kind !== "cie") return; // malformed: leave the section as it is
    if (rec.live) cie.live = true;
  }
  // The new contents: surviving records, a CIE only where it is first seen in the link.
  const out: Uint8Array[] = [];
  const relocations: Elf32Relocation[] = [];
  const newStart = new Map<number, { section: InputSection; offset: number }>();
  let size = 0;
  const sectionFixups: { at: number; cieStart: number }[] = [];
  for (const rec of records) {
    if (!rec.live) continue;
    if (rec.kind === "cie") {
      const key = cieKey(s, rec);
      const seen = cies.get(key);
      if (seen) {
        newStart.set(rec.start, seen);
        continue;
      }
      cies.set(key, { section: s, offset: size });
      newStart.set(rec.start, { section: s, offset: size });
    } else if (rec.kind === "fde") sectionFixups.push({ at: size + 4, cieStart: rec.ciePointer });
    for (const r of rec.relocations)
      relocations.push({ ...r, offset: r.offset - rec.start + size });
    out.push(s.sec.data.subarray(rec.start, rec.start + rec.size));
    size += rec.size;
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const part of out) {
    data.set(part, at);
    at += part.length;
  }
  s.sec = { ...s.sec, data, size, relocations };
  for (const fx of sectionFixups) {
    const cie = newStart.get(fx.cieStart)!;
    fixups.push({ section: s, offset: fx.at, cie: cie.section, cieOffset: cie.offset });
  }
}
