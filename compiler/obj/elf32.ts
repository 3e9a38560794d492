// ELF32 for i386: the object model that the assembler, the code generator and the linker share,
// and its writer and reader (relocatable objects, ET_REL, and executables, ET_EXEC).
//
// The one idea: an object is a list of sections and a list of symbols, and a section carries its
// own relocations. Everything else in the file (the string tables, `.symtab`, the `.rel.*`
// sections, the section header table, the offsets) is derived by the writer, so a producer never
// counts bytes or indices it does not own.
//
// How a producer writes an object (the API the assembler and the code generator use):
//
//   const obj: Elf32Object = { fileName: "a.asm", sections: [], symbols: [] };
//   const text = addSection(obj, ".text");                  // PROGBITS, AX, align 16 by name
//   text.data = bytes;  text.size = bytes.length;
//   addSymbol(obj, { name: "a.asm", type: STT_FILE, shndx: SHN_ABS });
//   const ext = addSymbol(obj, { name: "puts", bind: STB_GLOBAL });   // shndx 0: undefined
//   addSymbol(obj, { name: "_start", bind: STB_GLOBAL, shndx: sectionIndex(obj, text) });
//   text.relocations.push({ offset: 1, type: R_386_PC32, symbol: ext });
//   writeFileAtomic("a.o", writeElf32Relocatable(obj));
//
// Conventions of the model:
//  - `symbol.shndx` is an ELF section index: `SHN_UNDEF` (0), `SHN_ABS`, `SHN_COMMON` (then `value`
//    is the alignment, as in ELF), or `1 + i` for `obj.sections[i]` (`sectionIndex` computes it).
//    The writer puts the producer's sections first, in order, so that number is also the index
//    in the file.
//  - `relocation.symbol` is an index into `obj.symbols` (what `addSymbol` returns), or -1 for
//    none. i386 uses REL relocations: the addend is in the section's bytes, where the relocation
//    applies. `addend` is set only when an object read from a file had RELA relocations.
//  - Symbols may be listed in any order: the writer puts the locals first, as ELF requires, and
//    renumbers the relocations to match. The null symbol and the null section are implicit.
//  - `SHT_NOBITS` sections (.bss) have `size` and an empty `data`.
//
// The reader (`readElf32`) gives the same model back for ET_REL files, and for ET_EXEC files the
// program headers and section addresses too. Malformed input is an `ElfFormatError` naming the file.

// ---- Constants (names as in the System V ABI and <elf.h>) ----

export const ET_REL = 1;
export const ET_EXEC = 2;
export const EM_386 = 3;

export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_NOTE = 7;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;
export const SHT_INIT_ARRAY = 14;
export const SHT_FINI_ARRAY = 15;
export const SHT_PREINIT_ARRAY = 16;
export const SHT_GROUP = 17;

export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHF_MERGE = 0x10;
export const SHF_STRINGS = 0x20;
export const SHF_INFO_LINK = 0x40;
export const SHF_GROUP = 0x200;
export const SHF_TLS = 0x400;

export const SHN_UNDEF = 0;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;
export const SHN_LORESERVE = 0xff00;

export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STB_WEAK = 2;

export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;

export const STV_DEFAULT = 0;
export const STV_HIDDEN = 2;

export const PT_LOAD = 1;
export const PT_NOTE = 4;
export const PT_GNU_STACK = 0x6474e551;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export const R_386_NONE = 0;
export const R_386_32 = 1;
export const R_386_PC32 = 2;
export const R_386_GOT32 = 3;
export const R_386_PLT32 = 4;
export const R_386_GOTOFF = 9;
export const R_386_GOTPC = 10;
export const R_386_16 = 20;
export const R_386_PC16 = 21;
export const R_386_8 = 22;
export const R_386_PC8 = 23;
export const R_386_GOT32X = 43;

const RELOCATION_NAMES: Record<number, string> = {
  [R_386_NONE]: "R_386_NONE",
  [R_386_32]: "R_386_32",
  [R_386_PC32]: "R_386_PC32",
  [R_386_GOT32]: "R_386_GOT32",
  [R_386_PLT32]: "R_386_PLT32",
  [R_386_GOTOFF]: "R_386_GOTOFF",
  [R_386_GOTPC]: "R_386_GOTPC",
  [R_386_16]: "R_386_16",
  [R_386_PC16]: "R_386_PC16",
  [R_386_8]: "R_386_8",
  [R_386_PC8]: "R_386_PC8",
  [R_386_GOT32X]: "R_386_GOT32X",
};

export function relocationName(type: number): string {
  return RELOCATION_NAMES[type] ?? `relocation type ${type}`;
}

const EHDR_SIZE = 52;
const SHDR_SIZE = 40;
const PHDR_SIZE = 32;
const SYM_SIZE = 16;
const REL_SIZE = 8;
const RELA_SIZE = 12;

// ---- The model ----

export interface Elf32Relocation {
  /** Where the relocation applies, from the start of its section. */
  offset: number;
  type: number;
  /** Index into the object's `symbols`, or -1 for none. */
  symbol: number;
  /** Only for RELA input; with REL the addend is in the section's bytes. */
  addend?: number;
}

export interface Elf32Section {
  name: string;
  type: number;
  flags: number;
  /** The run (virtual) address; 0 in relocatable objects. */
  addr: number;
  addralign: number;
  entsize: number;
  /** The contents (empty for SHT_NOBITS). */
  data: Uint8Array;
  /** The size in memory: `data.length`, or the reserved size for SHT_NOBITS. */
  size: number;
  relocations: Elf32Relocation[];
  /** `sh_link` and `sh_info` of sections the writer does not derive (notes, groups). */
  link?: number;
  info?: number;
}

export interface Elf32Symbol {
  name: string;
  value: number;
  size: number;
  bind: number;
  type: number;
  /** The visibility (`st_other`), STV_DEFAULT mostly. */
  other: number;
  /** SHN_UNDEF, SHN_ABS, SHN_COMMON, or 1 + the index of a section in `sections`. */
  shndx: number;
}

/** A relocatable object (ET_REL). */
export interface Elf32Object {
  /** The name used in messages: the object's path, or `lib.a(member.o)`. */
  fileName: string;
  sections: Elf32Section[];
  symbols: Elf32Symbol[];
}

/** A program header of an executable: the sections it loads (which must be contiguous). */
export interface Elf32Segment {
  type: number;
  flags: number;
  align: number;
  /** The load address of the first byte (`p_paddr`); the run address is the first section's. */
  paddr: number;
  sections: Elf32Section[];
}

/** An executable (ET_EXEC): sections with addresses, the segments that load them, symbols. */
export interface Elf32Executable {
  entry: number;
  sections: Elf32Section[];
  segments: Elf32Segment[];
  symbols: Elf32Symbol[];
}

// ---- Building objects ----

/** The usual type, flags and alignment of a section by its name, as nasm and gcc give them. */
export function sectionDefaults(name: string): { type: number; flags: number; addralign: number } {
  const is = (base: string): boolean => name === base || name.startsWith(base + ".");
  if (is(".text")) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, addralign: 16 };
  if (is(".bss")) return { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE, addralign: 4 };
  if (is(".data")) return { type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_WRITE, addralign: 4 };
  if (is(".rodata")) return { type: SHT_PROGBITS, flags: SHF_ALLOC, addralign: 4 };
  if (name === ".comment") return { type: SHT_PROGBITS, flags: 0, addralign: 1 };
  return { type: SHT_PROGBITS, flags: SHF_ALLOC, addralign: 1 };
}

/** Appends an empty section; type, flags and alignment default by name (`sectionDefaults`). */
export function addSection(
  obj: { sections: Elf32Section[] },
  name: string,
  props: Partial<Omit<Elf32Section, "name">> = {},
): Elf32Section {
  const s: Elf32Section = {
    name,
    ...sectionDefaults(name),
    addr: 0,
    entsize: 0,
    data: new Uint8Array(0),
    size: 0,
    relocations: [],
    ...props,
  };
  if (props.data && props.size === undefined) s.size = props.data.length;
  obj.sections.push(s);
  return s;
}

/** The `shndx` that names a section of the object. */
export function sectionIndex(obj: { sections: Elf32Section[] }, s: Elf32Section): number {
  const i = obj.sections.indexOf(s);
  if (i < 0) throw new Error(`section ${s.name} is not in the object`);
  return i + 1;
}

/** Appends a symbol (local, undefined, no type unless said) and returns its index. */
export function addSymbol(
  obj: { symbols: Elf32Symbol[] },
  sym: Partial<Elf32Symbol> & { name: string },
): number {
  // Every field written out, no spread: objects with many symbols call this per label.
  obj.symbols.push({
    name: sym.name,
    value: sym.value ?? 0,
    size: sym.size ?? 0,
    bind: sym.bind ?? STB_LOCAL,
    type: sym.type ?? STT_NOTYPE,
    other: sym.other ?? STV_DEFAULT,
    shndx: sym.shndx ?? SHN_UNDEF,
  });
  return obj.symbols.length - 1;
}

// ---- Writing ----

/** A growing little-endian byte buffer. */
class ByteBuffer {
  bytes: Uint8Array;
  view: DataView;
  length = 0;

  /** `capacity`: the size expected, when known (no growing and copying then). */
  constructor(capacity = 4096) {
    this.bytes = new Uint8Array(capacity);
    this.view = new DataView(this.bytes.buffer);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let cap = Math.max(64, this.bytes.length * 2);
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.reserve(1);
    this.bytes[this.length++] = v;
  }
  u16(v: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }
  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v >>> 0, true);
    this.length += 4;
  }
  put(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
  /** Pads with zeros up to `offset`. */
  padTo(offset: number): void {
    if (offset < this.length) throw new Error("ELF writer: layout went backwards");
    this.reserve(offset - this.length);
    this.bytes.fill(0, this.length, offset);
    this.length = offset;
  }
  align(n: number): void {
    if (n > 1) this.padTo(alignUp(this.length, n));
  }
  result(): Uint8Array {
    return this.length === this.bytes.length ? this.bytes : this.bytes.slice(0, this.length);
  }
}

export function alignUp(v: number, a: number): number {
  return a > 1 ? Math.ceil(v / a) * a : v;
}

/** A string table: names deduplicated, offset 0 is the empty string. */
class StringTable {
  private offsets = new Map<string, number>();
  private parts: string[] = [""];
  size = 1;
  add(s: string): number {
    if (s === "") return 0;
    let off = this.offsets.get(s);
    if (off === undefined) {
      off = this.size;
      this.offsets.set(s, off);
      this.parts.push(s);
      this.size += Buffer.byteLength(s) + 1;
    }
    return off;
  }
  bytes(): Uint8Array {
    return new Uint8Array(Buffer.from(this.parts.join("\0") + "\0"));
  }
}

/** A section header as written: the model's section plus what the writer derived. */
interface OutHeader {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
  data?: Uint8Array;
}

/** Orders symbols locals first; returns the new order and each old index's new file index. */
function orderSymbols(symbols: Elf32Symbol[]): {
  order: Elf32Symbol[];
  fileIndex: Int32Array;
  firstGlobal: number;
} {
  const fileIndex = new Int32Array(symbols.length);
  const order: Elf32Symbol[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i].bind === STB_LOCAL) {
      fileIndex[i] = order.length + 1;
      order.push(symbols[i]);
    }
  }
  const firstGlobal = order.length + 1;
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i].bind !== STB_LOCAL) {
      fileIndex[i] = order.length + 1;
      order.push(symbols[i]);
    }
  }
  return { order, fileIndex, firstGlobal };
}

/**
 * `.symtab`: the null symbol, then each symbol's 16 bytes, written in place (an object can have
 * tens of thousands of symbols, and this code runs once: no call per field).
 */
function symtabBytes(order: Elf32Symbol[], strtab: StringTable): Uint8Array {
  const bytes = new Uint8Array((order.length + 1) * SYM_SIZE);
  const view = new DataView(bytes.buffer);
  let at = SYM_SIZE;
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    view.setUint32(at, strtab.add(s.name), true);
    view.setUint32(at + 4, s.value >>> 0, true);
    view.setUint32(at + 8, s.size >>> 0, true);
    bytes[at + 12] = (s.bind << 4) | (s.type & 0xf);
    bytes[at + 13] = s.other;
    view.setUint16(at + 14, s.shndx, true);
    at += SYM_SIZE;
  }
  return bytes;
}

function writeHeader(
  b: ByteBuffer,
  type: number,
  entry: number,
  phnum: number,
  shoff: number,
  shnum: number,
  shstrndx: number,
): void {
  b.put(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  b.u16(type);
  b.u16(EM_386);
  b.u32(1); // EV_CURRENT
  b.u32(entry);
  b.u32(phnum > 0 ? EHDR_SIZE : 0);
  b.u32(shoff);
  b.u32(0); // flags
  b.u16(EHDR_SIZE);
  b.u16(PHDR_SIZE);
  b.u16(phnum);
  b.u16(SHDR_SIZE);
  b.u16(shnum);
  b.u16(shstrndx);
}

function writeSectionHeaders(b: ByteBuffer, headers: OutHeader[], shstrtab: StringTable): void {
  b.padTo(b.length + SHDR_SIZE); // the null section
  for (const h of headers) {
    b.u32(shstrtab.add(h.name));
    b.u32(h.type);
    b.u32(h.flags);
    b.u32(h.addr);
    b.u32(h.offset);
    b.u32(h.size);
    b.u32(h.link);
    b.u32(h.info);
    b.u32(h.addralign);
    b.u32(h.entsize);
  }
}

/**
 * The bytes of a relocatable object: the header, the sections' contents, `.rel.NAME` for each
 * section with relocations, `.symtab`, `.strtab`, `.shstrtab`, then the section header table.
 */
export function writeElf32Relocatable(obj: Elf32Object): Uint8Array {
  const strtab = new StringTable();
  const shstrtab = new StringTable();
  const { order, fileIndex, firstGlobal } = orderSymbols(obj.symbols);
  const n = obj.sections.length;
  const relCount = obj.sections.filter((s) => s.relocations.length > 0).length;
  const symtabIndex = n + relCount + 1;
  const headers: OutHeader[] = obj.sections.map((s) => ({
    name: s.name,
    type: s.type,
    flags: s.flags,
    addr: s.addr,
    offset: 0,
    size: s.type === SHT_NOBITS ? s.size : s.data.length,
    link: s.link ?? 0,
    info: s.info ?? 0,
    addralign: s.addralign,
    entsize: s.entsize,
    data: s.type === SHT_NOBITS ? undefined : s.data,
  }));
  obj.sections.forEach((s, i) => {
    if (s.relocations.length === 0) return;
    const rela = s.relocations.some((r) => r.addend !== undefined);
    // Written in place, as `.symtab` is (see `symtabBytes`).
    const entry = rela ? RELA_SIZE : REL_SIZE;
    const data = new Uint8Array(s.relocations.length * entry);
    const view = new DataView(data.buffer);
    for (let k = 0, at = 0; k < s.relocations.length; k++, at += entry) {
      const r = s.relocations[k];
      const sym = r.symbol < 0 ? 0 : fileIndex[r.symbol];
      if (r.symbol >= obj.symbols.length)
        throw new Error(`relocation names symbol ${r.symbol}, which does not exist`);
      view.setUint32(at, r.offset >>> 0, true);
      view.setUint32(at + 4, ((sym << 8) | (r.type & 0xff)) >>> 0, true);
      if (rela) view.setUint32(at + 8, (r.addend ?? 0) >>> 0, true);
    }
    headers.push({
      name: (rela ? ".rela" : ".rel") + s.name,
      type: rela ? SHT_RELA : SHT_REL,
      flags: SHF_INFO_LINK,
      addr: 0,
      offset: 0,
      size: data.length,
      link: symtabIndex,
      info: i + 1,
      addralign: 4,
      entsize: entry,
      data,
    });
  });
  const symtab = symtabBytes(order, strtab);
  headers.push({
    name: ".symtab",
    type: SHT_SYMTAB,
    flags: 0,
    addr: 0,
    offset: 0,
    size: symtab.length,
    link: symtabIndex + 1,
    info: firstGlobal,
    addralign: 4,
    entsize: SYM_SIZE,
    data: symtab,
  });
  const strBytes = strtab.bytes();
  headers.push({
    name: ".strtab",
    type: SHT_STRTAB,
    flags: 0,
    addr: 0,
    offset: 0,
    size: strBytes.length,
    link: 0,
    info: 0,
    addralign: 1,
    entsize: 0,
    data: strBytes,
  });
  const shstrHeader: OutHeader = {
    name: ".shstrtab",
    type: SHT_STRTAB,
    flags: 0,
    addr: 0,
    offset: 0,
    size: 0,
    link: 0,
    info: 0,
    addralign: 1,
    entsize: 0,
  };
  headers.push(shstrHeader);
  for (const h of headers) shstrtab.add(h.name);
  shstrHeader.data = shstrtab.bytes();
  shstrHeader.size = shstrHeader.data.length;

  let capacity = EHDR_SIZE + (headers.length + 1) * SHDR_SIZE + 4;
  for (const h of headers) capacity += (h.data?.length ?? 0) + h.addralign;
  const b = new ByteBuffer(capacity);
  b.padTo(EHDR_SIZE);
  for (const h of headers) {
    if (!h.data) {
      h.offset = b.length;
      continue;
    }
    b.align(Math.max(1, h.addralign));
    h.offset = b.length;
    b.put(h.data);
  }
  b.align(4);
  const shoff = b.length;
  writeSectionHeaders(b, headers, shstrtab);
  const out = b.result();
  const hb = new ByteBuffer();
  writeHeader(hb, ET_REL, 0, 0, shoff, headers.length + 1, headers.length);
  out.set(hb.result());
  return out;
}

/**
 * The bytes of an executable. Each PT_LOAD segment's sections are placed in the file at offsets
 * congruent to their addresses modulo the segment's alignment (so the loader can map pages),
 * consecutive sections of a segment at their address distance. Sections outside every segment
 * (non-alloc ones such as `.comment`) follow; then `.symtab`, `.strtab`, `.shstrtab`.
 */
export function writeElf32Executable(exe: Elf32Executable): Uint8Array {
  const strtab = new StringTable();
  const shstrtab = new StringTable();
  const { order, firstGlobal } = orderSymbols(exe.symbols);
  const phnum = exe.segments.length;
  const headers: OutHeader[] = exe.sections.map((s) => ({
    name: s.name,
    type: s.type,
    flags: s.flags,
    addr: s.addr,
    offset: -1,
    size: s.type === SHT_NOBITS ? s.size : s.data.length,
    link: s.link ?? 0,
    info: s.info ?? 0,
    addralign: s.addralign,
    entsize: s.entsize,
    data: s.type === SHT_NOBITS ? undefined : s.data,
  }));
  const headerOf = new Map<Elf32Section, OutHeader>();
  exe.sections.forEach((s, i) => headerOf.set(s, headers[i]));

  const b = new ByteBuffer();
  b.padTo(EHDR_SIZE + PHDR_SIZE * phnum);
  const phdrs = new ByteBuffer();
  for (const seg of exe.segments) {
    let offset = 0;
    let vaddr = 0;
    let filesz = 0;
    let memsz = 0;
    if (seg.sections.length > 0) {
      vaddr = seg.sections[0].addr;
      const align = Math.max(1, seg.align);
      offset = b.length + (((((vaddr % align) - (b.length % align)) % align) + align) % align);
      for (const s of seg.sections) {
        const h = headerOf.get(s);
        if (!h) throw new Error(`segment names section ${s.name}, which is not in the executable`);
        const at = offset + (s.addr - vaddr);
        if (h.offset < 0) {
          h.offset = s.type === SHT_NOBITS ? Math.max(b.length, at) : at;
          if (h.data) {
            b.padTo(at);
            b.put(h.data);
          }
        }
        memsz = Math.max(memsz, s.addr - vaddr + s.size);
        if (s.type !== SHT_NOBITS) filesz = Math.max(filesz, s.addr - vaddr + s.data.length);
      }
    }
    phdrs.u32(seg.type);
    phdrs.u32(offset);
    phdrs.u32(vaddr);
    phdrs.u32(seg.sections.length > 0 ? seg.paddr : 0);
    phdrs.u32(filesz);
    phdrs.u32(memsz);
    phdrs.u32(seg.flags);
    phdrs.u32(seg.align);
  }
  for (const h of headers) {
    if (h.offset >= 0) continue;
    if (!h.data) {
      h.offset = b.length;
      continue;
    }
    b.align(Math.max(1, h.addralign));
    h.offset = b.length;
    b.put(h.data);
  }
  const symtabIndex = headers.length + 1;
  const symtab = symtabBytes(order, strtab);
  headers.push({
    name: ".symtab",
    type: SHT_SYMTAB,
    flags: 0,
    addr: 0,
    offset: 0,
    size: symtab.length,
    link: symtabIndex + 1,
    info: firstGlobal,
    addralign: 4,
    entsize: SYM_SIZE,
    data: symtab,
  });
  const strBytes = strtab.bytes();
  headers.push({
    name: ".strtab",
    type: SHT_STRTAB,
    flags: 0,
    addr: 0,
    offset: 0,
    size: strBytes.length,
    link: 0,
    info: 0,
    addralign: 1,
    entsize: 0,
    data: strBytes,
  });
  const shstrHeader: OutHeader = {
    name: ".shstrtab",
    type: SHT_STRTAB,
    flags: 0,
    addr: 0,
    offset: 0,
    size: 0,
    link: 0,
    info: 0,
    addralign: 1,
    entsize: 0,
  };
  headers.push(shstrHeader);
  for (const h of headers) shstrtab.add(h.name);
  shstrHeader.data = shstrtab.bytes();
  shstrHeader.size = shstrHeader.data.length;
  for (const h of headers.slice(headers.length - 3)) {
    b.align(h.addralign);
    h.offset = b.length;
    b.put(h.data!);
  }
  b.align(4);
  const shoff = b.length;
  writeSectionHeaders(b, headers, shstrtab);
  const out = b.result();
  const hb = new ByteBuffer();
  writeHeader(hb, ET_EXEC, exe.entry, phnum, shoff, headers.length + 1, headers.length);
  out.set(hb.result());
  out.set(phdrs.result(), EHDR_SIZE);
  return out;
}

// ---- Reading ----

export class ElfFormatError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: ${what}`);
    this.name = "ElfFormatError";
  }
}

export interface Elf32ProgramHeader {
  type: number;
  offset: number;
  vaddr: number;
  paddr: number;
  filesz: number;
  memsz: number;
  flags: number;
  align: number;
}

/** A file as read: its kind and entry, its program headers, and the object model of its contents. */
export interface Elf32File extends Elf32Object {
  elfType: number;
  entry: number;
  programHeaders: Elf32ProgramHeader[];
  /** The file's section index of each model section (the model keeps only content sections). */
  fileSectionIndex: number[];
}

/** Whether bytes begin with the ELF magic number. */
export function isElf(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x7f &&
    bytes[1] === 0x45 &&
    bytes[2] === 0x4c &&
    bytes[3] === 0x46
  );
}

/**
 * Reads an ELF32 little-endian i386 file. The model's sections are the file's sections other than
 * the null section, the symbol and string tables and the relocation sections (whose entries are
 * attached to the sections they apply to); symbol `shndx` values are renumbered to the model.
 */
export function readElf32(bytes: Uint8Array, fileName: string): Elf32File {
  const fail = (what: string): never => {
    throw new ElfFormatError(fileName, what);
  };
  if (!isElf(bytes)) fail("file format not recognized (not ELF)");
  if (bytes.length < EHDR_SIZE) fail("truncated ELF header");
  if (bytes[4] !== 1) fail("not a 32-bit ELF file (ELFCLASS32 expected)");
  if (bytes[5] !== 1) fail("not a little-endian ELF file");
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => v.getUint16(o, true);
  const u32 = (o: number): number => v.getUint32(o, true);
  const elfType = u16(16);
  if (u16(18) !== EM_386) fail(`not an i386 ELF file (machine ${u16(18)})`);
  const entry = u32(24);
  const phoff = u32(28);
  const shoff = u32(32);
  const phnum = u16(44);
  const shentsize = u16(46);
  let shnum = u16(48);
  let shstrndx = u16(50);
  const need = (off: number, len: number, what: string): void => {
    if (off + len > bytes.length || off < 0) fail(`truncated ${what}`);
  };
  if (shoff !== 0 && shnum === 0) {
    need(shoff, SHDR_SIZE, "section header table");
    shnum = u32(shoff + 20);
  }
  if (shstrndx === 0xffff) shstrndx = u32(shoff + 24);
  if (shnum > 0 && shentsize !== SHDR_SIZE) fail(`unexpected section header size ${shentsize}`);
  need(shoff, shnum * SHDR_SIZE, "section header table");
  need(phoff, phnum * PHDR_SIZE, "program header table");

  const programHeaders: Elf32ProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * PHDR_SIZE;
    programHeaders.push({
      type: u32(o),
      offset: u32(o + 4),
      vaddr: u32(o + 8),
      paddr: u32(o + 12),
      filesz: u32(o + 16),
      memsz: u32(o + 20),
      flags: u32(o + 24),
      align: u32(o + 28),
    });
  }

  interface RawHeader {
    name: number;
    type: number;
    flags: number;
    addr: number;
    offset: number;
    size: number;
    link: number;
    info: number;
    addralign: number;
    entsize: number;
  }
  const raw: RawHeader[] = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * SHDR_SIZE;
    raw.push({
      name: u32(o),
      type: u32(o + 4),
      flags: u32(o + 8),
      addr: u32(o + 12),
      offset: u32(o + 16),
      size: u32(o + 20),
      link: u32(o + 24),
      info: u32(o + 28),
      addralign: u32(o + 32),
      entsize: u32(o + 36),
    });
  }
  const contents = (h: RawHeader, what: string): Uint8Array => {
    if (h.type === SHT_NOBITS) return new Uint8Array(0);
    need(h.offset, h.size, what);
    return bytes.subarray(h.offset, h.offset + h.size);
  };
  // Names are decoded straight from the file's bytes (no Buffer per name: this is hot).
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const str = (table: Uint8Array, off: number): string => {
    if (off >= table.length) fail(`string offset ${off} is outside its string table`);
    const end = table.indexOf(0, off);
    const base = table.byteOffset - bytes.byteOffset;
    return text.toString("utf8", base + off, base + (end < 0 ? table.length : end));
  };
  const shstr =
    shstrndx > 0 && shstrndx < shnum
      ? contents(raw[shstrndx], "section name table")
      : new Uint8Array(1);

  // The model keeps content sections; symbol tables and relocations are folded in.
  const modelIndex = new Int32Array(shnum).fill(-1);
  const sections: Elf32Section[] = [];
  const fileSectionIndex: number[] = [];
  for (let i = 1; i < shnum; i++) {
    const h = raw[i];
    if (h.type === SHT_SYMTAB || h.type === SHT_REL || h.type === SHT_RELA || h.type === SHT_NULL)
      continue;
    if (h.type === SHT_STRTAB && !(h.flags & SHF_ALLOC)) continue;
    modelIndex[i] = sections.length;
    fileSectionIndex.push(i);
    const data = contents(h, `section ${i}`);
    sections.push({
      name: str(shstr, h.name),
      type: h.type,
      flags: h.flags,
      addr: h.addr,
      addralign: h.addralign,
      entsize: h.entsize,
      data,
      size: h.size,
      relocations: [],
      link: h.link,
      info: h.info,
    });
  }

  const symbols: Elf32Symbol[] = [];
  const symtabIndex = raw.findIndex((h) => h.type === SHT_SYMTAB);
  if (symtabIndex > 0) {
    const h = raw[symtabIndex];
    const data = contents(h, "symbol table");
    if (h.link >= shnum) fail("symbol table names a missing string table");
    const names = contents(raw[h.link], "symbol string table");
    const sv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const count = Math.floor(data.length / SYM_SIZE);
    for (let i = 1; i < count; i++) {
      const o = i * SYM_SIZE;
      const info = sv.getUint8(o + 12);
      let shndx = sv.getUint16(o + 14, true);
      if (shndx !== SHN_UNDEF && shndx < SHN_LORESERVE) {
        if (shndx >= shnum) fail(`symbol ${i} names section ${shndx}, which does not exist`);
        shndx = modelIndex[shndx] + 1; // 0 (undefined) if the section is not kept
      }
      symbols.push({
        name: str(names, sv.getUint32(o, true)),
        value: sv.getUint32(o + 4, true),
        size: sv.getUint32(o + 8, true),
        bind: info >> 4,
        type: info & 0xf,
        other: sv.getUint8(o + 13),
        shndx,
      });
    }
    // A section symbol's name is its section's.
    for (const s of symbols) {
      if (s.type === STT_SECTION && s.name === "" && s.shndx > 0 && s.shndx <= sections.length)
        s.name = sections[s.shndx - 1].name;
    }
  }

  for (let i = 1; i < shnum; i++) {
    const h = raw[i];
    if (h.type !== SHT_REL && h.type !== SHT_RELA) continue;
    const target = h.info < shnum ? modelIndex[h.info] : -1;
    if (target < 0) continue;
    const rela = h.type === SHT_RELA;
    const size = rela ? RELA_SIZE : REL_SIZE;
    const data = contents(h, `relocation section ${i}`);
    const rv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const list = sections[target].relocations;
    for (let o = 0; o + size <= data.length; o += size) {
      const info = rv.getUint32(o + 4, true);
      const sym = info >>> 8;
      if (sym > symbols.length) fail(`relocation names symbol ${sym}, which does not exist`);
      const r: Elf32Relocation = {
        offset: rv.getUint32(o, true),
        type: info & 0xff,
        symbol: sym - 1,
      };
      if (rela) r.addend = rv.getInt32(o + 8, true);
      list.push(r);
    }
  }
  return { fileName, elfType, entry, programHeaders, sections, symbols, fileSectionIndex };
}
