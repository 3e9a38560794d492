// Mergeable sections (SHF_MERGE): string literals (`.rodata.str1.1`) and constants
// (`.rodata.cst4`) that several objects share are kept once, as GNU ld does.
//
// The sections of one output section with the same kind (strings or constants), entry size and
// alignment form a group. Their entries -- NUL-terminated strings, or fixed-size constants -- are
// taken in input order (file by file); the first occurrence of each keeps a place in the section it
// came from, later duplicates point at it, and a string that is the tail of another ("ring\0" in
// "string\0") points into the longer one when alignment allows. Each input section then holds
// just the entries it introduced, in order, so sections keep their places in the layout.
// Relocations and symbols that point into a merged section are translated through `addressIn`.
import { SHF_MERGE, SHF_STRINGS } from "../obj/elf32.ts";
import type { InputSection } from "./inputs.ts";

/** Where the entries of a merged input section went: sorted by their old start. */
export interface MergeMap {
  starts: number[];
  owners: InputSection[];
  offsets: number[];
}

interface Entry {
  bytes: Uint8Array;
  key: string;
  align: number;
  /** The first section that had it, and its offset there (set when placed). */
  owner: InputSection;
  offset: number;
  /** For a string folded into a longer one: that one, and how far into it. */
  suffixOf?: Entry;
}

/** Whether ld would merge this section: SHF_MERGE, an entry size, whole entries, no relocations. */
function mergeable(s: InputSection): boolean {
  const sec = s.sec;
  if (!(sec.flags & SHF_MERGE) || sec.entsize === 0 || sec.relocations.length > 0) return false;
  if (sec.size % sec.entsize !== 0 || sec.data.length !== sec.size) return false;
  if (sec.flags & SHF_STRINGS) {
    for (let i = sec.size - sec.entsize; i < sec.size; i++) if (sec.data[i] !== 0) return false;
  }
  return true;
}

/** The entries of a section: strings with their terminator, or constants. */
function entries(s: InputSection): { start: number; bytes: Uint8Array }[] {
  const { data, entsize, flags } = s.sec;
  const out: { start: number; bytes: Uint8Array }[] = [];
  if (!(flags & SHF_STRINGS)) {
    for (let o = 0; o < data.length; o += entsize)
      out.push({ start: o, bytes: data.subarray(o, o + entsize) });
    return out;
  }
  let start = 0;
  for (let o = 0; o < data.length; o += entsize) {
    let zero = true;
    for (let k = 0; k < entsize; k++) if (data[o + k] !== 0) zero = false;
    if (zero) {
      out.push({ start, bytes: data.subarray(start, o + entsize) });
      start = o + entsize;
    }
  }
  return out;
}

/** Compares strings from their ends (terminators excluded): ld's order for finding tails. */
function compareReversed(a: Entry, b: Entry, entsize: number): number {
  let i = a.bytes.length - entsize - 1;
  let j = b.bytes.length - entsize - 1;
  while (i >= 0 && j >= 0) {
    if (a.bytes[i] !== b.bytes[j]) return a.bytes[i] - b.bytes[j];
    i--;
    j--;
  }
  return a.bytes.length - b.bytes.length;
}

function isSuffix(long: Entry, short: Entry): boolean {
  const d = long.bytes.length - short.bytes.length;
  if (d < 0) return false;
  for (let i = 0; i < short.bytes.length; i++)
    if (long.bytes[d + i] !== short.bytes[i]) return false;
  return true;
}

/**
 * Merges each group of mergeable sections. `groups` are the live input sections of each output
 * section, in input order; sections are rewritten in place (new data and size) and given a map.
 */
export function mergeSections(sectionsByOutput: InputSection[][]): void {
  for (const list of sectionsByOutput) {
    const groups = new Map<string, InputSection[]>();
    for (const s of list) {
      if (!mergeable(s)) continue;
      const key = `${s.sec.flags & SHF_STRINGS}|${s.sec.entsize}|${s.sec.addralign}`;
      const g = groups.get(key);
      if (g) g.push(s);
      else groups.set(key, [s]);
    }
    for (const g of groups.values()) mergeGroup(g);
  }
}

function mergeGroup(group: InputSection[]): void {
  const strings = (group[0].sec.flags & SHF_STRINGS) !== 0;
  const entsize = group[0].sec.entsize;
  const align = Math.max(1, group[0].sec.addralign);
  const table = new Map<string, Entry>();
  const order: Entry[] = [];
  const perSection = group.map((s) => {
    const list = entries(s).map(({ start, bytes }) => {
      const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
      let e = table.get(key);
      if (!e) {
        e = { bytes, key, align, owner: s, offset: 0 };
        table.set(key, e);
        order.push(e);
      }
      return { start, entry: e };
    });
    return { s, list };
  });
  if (strings) {
    const sorted = [...order].sort((a, b) => compareReversed(a, b, entsize));
    let long = sorted[sorted.length - 1];
    for (let i = sorted.length - 2; i >= 0; i--) {
      const e = sorted[i];
      if ((long.bytes.length - e.bytes.length) % align === 0 && isSuffix(long, e))
        e.suffixOf = long;
      else long = e;
    }
  }
  // Each section keeps the entries it introduced, in order.
  const sizes = new Map<InputSection, number>();
  const parts = new Map<InputSection, Entry[]>();
  for (const e of order) {
    if (e.suffixOf) continue;
    const at = Math.ceil((sizes.get(e.owner) ?? 0) / e.align) * e.align;
    e.offset = at;
    sizes.set(e.owner, at + e.bytes.length);
    const p = parts.get(e.owner) ?? [];
    p.push(e);
    parts.set(e.owner, p);
  }
  for (const e of order) {
    if (!e.suffixOf) continue;
    let top = e.suffixOf;
    while (top.suffixOf) top = top.suffixOf;
    e.owner = top.owner;
    e.offset = top.offset + (top.bytes.length - e.bytes.length);
  }
  for (const { s, list } of perSection) {
    const size = sizes.get(s) ?? 0;
    const data = new Uint8Array(size);
    for (const e of parts.get(s) ?? []) data.set(e.bytes, e.offset);
    s.merge = {
      starts: list.map((x) => x.start),
      owners: list.map((x) => x.entry.owner),
      offsets: list.map((x) => x.entry.offset),
    };
    s.sec = { ...s.sec, data, size };
  }
}

/** Finds which entry of a merged section holds an old offset (binary search). */
export function mergedPlace(m: MergeMap, offset: number): { owner: InputSection; offset: number } {
  let lo = 0;
  let hi = m.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (m.starts.length === 0) throw new Error("offset into an empty merged section");
  return { owner: m.owners[lo], offset: m.offsets[lo] + (offset - m.starts[lo]) };
}
