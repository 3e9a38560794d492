// `logosc objdump`: the disassembly listing of an ELF32 file or a flat binary, in the layout of
// `objdump -d -M intel` (address, bytes, Intel-syntax instruction, symbol names for targets).
//
// ELF files (objects and executables, and the members of `.a` archives) are read with
// compiler/obj/elf32.ts and compiler/obj/ar.ts; each executable section (or each one `-D` or
// `-j` names) is decoded from its address (0 in objects), with a `<symbol>:` heading where a
// symbol starts and, with `-r`, the relocations under the instruction they patch, as
// `objdump -dr` does; `-t` prints the symbol table first, `--start-address`/`--stop-address`
// narrow the listing to the code around an address. Anything else is a flat binary (a boot
// sector, `-f bin` output): one section from `--org`, decoded in `--bits 16` or `32` (objdump's
// `-m i8086` / `-m i386`). The decoding itself is x86/disasm.ts, from the same table the
// assembler encodes with. Each rule that looks arbitrary (where `...` stops, which headings
// appear) is objdump's, and the tests compare the whole text with objdump's.
import { readFileSync } from "node:fs";
import type { DiagnosticSink } from "./diag.ts";
import { ArchiveFormatError, isArchive, readArchive, type ArchiveMember } from "./obj/ar.ts";
import {
  ET_REL,
  ElfFormatError,
  SHF_EXECINSTR,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  STB_GLOBAL,
  STB_WEAK,
  STT_FUNC,
  STT_OBJECT,
  STT_FILE,
  STT_SECTION,
  STB_LOCAL,
  isElf,
  readElf32,
  relocationName,
  type Elf32File,
} from "./obj/elf32.ts";
import { decode, formatIntel } from "../x86/disasm.ts";

export interface ObjdumpOptions {
  /** Flat binaries: 16 or 32 (default 32). ELF files are always 32-bit. */
  bits: 16 | 32;
  /** Flat binaries: the address of the first byte (default 0). */
  org: number;
  /** Treat the file as a flat binary even if it is ELF (objdump's `-b binary`). */
  binary: boolean;
  /** `-r`: print relocations under the instructions. */
  relocations: boolean;
  /** `-D`: disassemble every section with contents, not only the executable ones. */
  allSections: boolean;
  /** `--start-address`, `--stop-address`: only instructions that start in [start, stop). */
  start: number;
  stop: number;
  /** `-t`: print the symbol table; `disassemble`: list instructions (false for `-t` alone). */
  symbols: boolean;
  disassemble: boolean;
  /** `--no-show-raw-insn`: no bytes column. */
  noRawInsn: boolean;
  /** `-j NAME`...: only these sections, whatever their flags (empty: all that -d/-D select). */
  sections: string[];
}

/** objdump prints 7 bytes on an instruction's line and continues on further lines. */
const BYTES_PER_LINE = 7;
const HEX_BYTE: readonly string[] = Array.from(
  { length: 256 },
  (_, b) => b.toString(16).padStart(2, "0") + " ",
);

interface Label {
  address: number;
  name: string;
}

/**
 * Writes the listing of `file` through `write`, a few thousand lines at a time (a big file's
 * listing is tens of megabytes: kept whole, it would only make work for the garbage collector).
 * Returns false after reporting why the file cannot be read.
 */
export function objdump(
  file: string,
  o: ObjdumpOptions,
  sink: DiagnosticSink,
  write: (text: string) => void,
): boolean {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "No such file or directory"
        : code === "EISDIR"
          ? "Is a directory"
          : code === "EACCES"
            ? "Permission denied"
            : String((e as Error).message);
    sink.error(`cannot open '${file}': ${why}`);
    return false;
  }
  if (!o.binary && isArchive(bytes)) return archiveListing(file, bytes, o, sink, write);
  let elf: Elf32File | undefined;
  if (!o.binary && isElf(bytes)) {
    try {
      elf = readElf32(bytes, file);
    } catch (e) {
      if (!(e instanceof ElfFormatError)) throw e;
      sink.error(e.message);
      return false;
    }
  }
  const out = new Listing(write);
  if (elf) elfListing(out, file, elf, o);
  else flatListing(out, file, bytes, o);
  out.flush();
  return true;
}

/** An archive: each member's listing after `In archive NAME:`, as objdump prints it. */
function archiveListing(
  file: string,
  bytes: Uint8Array,
  o: ObjdumpOptions,
  sink: DiagnosticSink,
  write: (text: string) => void,
): boolean {
  let members: ArchiveMember[];
  let elves: Elf32File[];
  try {
    members = readArchive(bytes, file).members;
    elves = members.map((m) => readElf32(m.data, `${file}(${m.name})`));
  } catch (e) {
    if (!(e instanceof ArchiveFormatError) && !(e instanceof ElfFormatError)) throw e;
    sink.error(e.message);
    return false;
  }
  const out = new Listing(write);
  out.push(`In archive ${file}:\n`);
  members.forEach((m, i) => elfListing(out, m.name, elves[i], o));
  out.flush();
  return true;
}

/**
 * `-t`: the symbol table in the file's order, as `objdump -t` prints it -- value, seven flag
 * columns (l/g, w, ..., d for section and file symbols, F/f/O for function, file, object), the
 * section (`*ABS*`, `*UND*`, `*COM*`), the size, the name.
 */
function symbolTable(out: Listing, elf: Elf32File): void {
  out.push("SYMBOL TABLE:\n");
  for (const y of elf.symbols) {
    const section =
      y.shndx === SHN_UNDEF
        ? "*UND*"
        : y.shndx === SHN_ABS
          ? "*ABS*"
          : y.shndx === SHN_COMMON
            ? "*COM*"
            : (elf.sections[y.shndx - 1]?.name ?? "*ABS*");
    const scope =
      y.bind === STB_LOCAL ? "l" : y.bind === STB_GLOBAL && y.shndx !== SHN_UNDEF ? "g" : " ";
    const weak = y.bind === STB_WEAK ? "w" : " ";
    const debugging = y.type === STT_SECTION || y.type === STT_FILE ? "d" : " ";
    const kind =
      y.type === STT_FUNC ? "F" : y.type === STT_FILE ? "f" : y.type === STT_OBJECT ? "O" : " ";
    const visibility = ["", ".internal ", ".hidden ", ".protected "][y.other & 3];
    out.push(
      `${hex8(y.value)} ${scope}${weak}   ${debugging}${kind} ${section}\t${hex8(y.size)} ${visibility}${y.name}\n`,
    );
  }
  out.push("\n\n");
}

/** The listing text, written out in pieces of 64 KiB (a string built with += is a rope: cheap). */
class Listing {
  private text = "";
  private readonly write: (text: string) => void;
  constructor(write: (text: string) => void) {
    this.write = write;
  }
  push(...text: string[]): void {
    for (const t of text) this.text += t;
    if (this.text.length >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.text.length > 0) this.write(this.text);
    this.text = "";
  }
}

function flatListing(out: Listing, file: string, bytes: Uint8Array, o: ObjdumpOptions): void {
  out.push(`\n${file}:     file format binary\n\n`);
  if (o.symbols) out.push("SYMBOL TABLE:\nno symbols\n\n\n");
  if (!o.disassemble) return;
  out.push("\nDisassembly of section .data:\n\n");
  out.push(`${hex8(o.org)} <.data>:\n`);
  listSection(out, bytes, o.org, o.bits, [], new Map(), [], o);
}

function elfListing(out: Listing, file: string, elf: Elf32File, o: ObjdumpOptions): void {
  out.push(`\n${file}:     file format elf32-i386\n\n`);
  if (o.symbols) symbolTable(out, elf);
  if (!o.disassemble) return;
  // In an executable, a target outside the section (an absolute symbol, another section) is
  // named after the nearest symbol anywhere, as objdump does.
  const everywhere: Label[] =
    elf.elfType === ET_REL
      ? []
      : elf.symbols
          .filter(
            (y) =>
              y.shndx !== SHN_UNDEF &&
              y.type !== STT_SECTION &&
              y.type !== STT_FILE &&
              y.name !== "",
          )
          .sort((a, b) => a.value - b.value)
          .map((y) => ({ address: y.value, name: y.name }));
  elf.sections.forEach((s, i) => {
    const wanted =
      o.sections.length > 0
        ? o.sections.includes(s.name)
        : o.allSections || (s.flags & SHF_EXECINSTR) !== 0;
    if (!wanted || s.data.length === 0) return;
    if (s.addr + s.data.length <= o.start || s.addr >= o.stop) return;
    const shndx = i + 1;
    // Labels: the section's named symbols, globals first where two share an address.
    const labels: Label[] = elf.symbols
      .filter(
        (y) => y.shndx === shndx && y.type !== STT_SECTION && y.type !== STT_FILE && y.name !== "",
      )
      .sort(
        (a, b) =>
          a.value - b.value || (a.bind === STB_LOCAL ? 1 : 0) - (b.bind === STB_LOCAL ? 1 : 0),
      )
      // Object files give symbols as section offsets, executables as addresses.
      .map((y) => ({ address: elf.elfType === ET_REL ? s.addr + y.value : y.value, name: y.name }));
    // Where no symbol starts the section, objdump names its start after the section.
    if (labels.length === 0 || labels[0].address !== s.addr)
      labels.unshift({ address: s.addr, name: s.name });
    const relocs = new Map<number, string[]>();
    if (o.relocations) {
      for (const r of s.relocations) {
        const sym = r.symbol >= 0 ? elf.symbols[r.symbol] : undefined;
        const name =
          sym === undefined
            ? "*ABS*"
            : sym.type === STT_SECTION
              ? (elf.sections[sym.shndx - 1]?.name ?? "")
              : sym.name;
        const line = `\t\t\t${(s.addr + r.offset).toString(16)}: ${relocationName(r.type)}\t${name}\n`;
        const list = relocs.get(s.addr + r.offset) ?? [];
        list.push(line);
        relocs.set(s.addr + r.offset, list);
      }
    }
    out.push(`\nDisassembly of section ${s.name}:\n`);
    listSection(out, s.data, s.addr, 32, labels, relocs, everywhere, o);
  });
}

const hex8 = (n: number): string => n.toString(16).padStart(8, "0");

/** The label at or before `address` in a sorted list, if any. */
function nearest(labels: Label[], address: number): Label | undefined {
  let best: Label | undefined;
  for (const l of labels) {
    if (l.address > address) break;
    best = l;
  }
  return best;
}

/** The symbol a branch target falls in, as `name`, `name+0x10` or `name-0x10`. */
function symbolizer(
  labels: Label[],
  start: number,
  end: number,
  everywhere: Label[],
): (address: number) => string | undefined {
  return (address) => {
    const inside = address >= start && address < end;
    // Below the first label objdump still names it, with a negative offset.
    const best =
      (inside ? nearest(labels, address) : nearest(everywhere, address)) ??
      nearest(labels, address) ??
      labels[0];
    if (best === undefined) return undefined;
    const off = address - best.address;
    if (off === 0) return best.name;
    return off > 0 ? `${best.name}+0x${off.toString(16)}` : `${best.name}-0x${(-off).toString(16)}`;
  };
}

function listSection(
  out: Listing,
  code: Uint8Array,
  base: number,
  bits: 16 | 32,
  labels: Label[],
  relocs: Map<number, string[]>,
  everywhere: Label[],
  range: { start: number; stop: number; noRawInsn: boolean },
): void {
  // objdump's address column: the end address in 8 digits, leading zeros dropped in fours.
  const lz = /^0*/.exec(hex8(base + code.length))![0].length;
  const width = 8 - (lz === 0 || (lz === 8 && base !== 0) ? 0 : (lz - 1) & ~3);
  const symbol = symbolizer(labels, base, base + code.length, everywhere);
  const opts = { bits };
  const first = Math.max(0, Math.min(code.length, range.start - base));
  const last = Math.max(first, Math.min(code.length, range.stop - base));
  let li = 0;
  while (li < labels.length && labels[li].address < base + first) li++;
  // Starting inside a function (`--start-address`): a heading that says where, `<main+0x7>`.
  if (first > 0 && (li >= labels.length || labels[li].address !== base + first))
    out.push(`\n${hex8(base + first)} <${symbol(base + first)}>:\n`);
  for (let off = first; off < last;) {
    const address = base + off;
    // A heading for each label at this address (the first of several, as objdump does).
    let headed = false;
    while (li < labels.length && labels[li].address <= address) {
      if (labels[li].address === address && !headed) {
        out.push(`\n${hex8(address)} <${labels[li].name}>:\n`);
        headed = true;
      }
      li++;
    }
    // A run of zeros, 8 or more, or a short one at the very end, is shown as `...` (objdump's
    // skip_zeroes and skip_zeroes_at_end).
    // objdump disassembles from one symbol to the next: a run ends at the next label too.
    if (code[off] === 0) {
      const stop = li < labels.length ? Math.min(labels[li].address - base, last) : last;
      let z = off;
      while (z < stop && code[z] === 0) z++;
      if (z - off >= 8 || (z === stop && z > off && z - off < 3)) {
        out.push("\t...\n");
        off = z;
        continue;
      }
    }
    const d = decode(code, off, address, opts);
    const shown = d.mnemonic === "(bad)" ? "(bad)" : formatIntel(d, symbol);
    if (range.noRawInsn) out.push(`${address.toString(16).padStart(width)}:\t${shown}\n`);
    else {
      // Hot path for big files: the bytes column is built from a table of "xx " strings.
      for (let i = 0; i < d.length; i += BYTES_PER_LINE) {
        let chunk = "";
        const end = Math.min(d.length, i + BYTES_PER_LINE);
        for (let j = i; j < end; j++) chunk += HEX_BYTE[code[off + j]];
        const addr = (address + i).toString(16).padStart(width);
        out.push(i === 0 ? `${addr}:\t${chunk.padEnd(21)}\t${shown}\n` : `${addr}:\t${chunk}\n`);
      }
    }
    if (relocs.size > 0) {
      for (let a = address; a < address + d.length; a++) {
        const r = relocs.get(a);
        if (r) out.push(...r);
      }
    }
    off += d.length;
  }
}
