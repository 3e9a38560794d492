// The linker's inputs and symbol resolution: which object defines each global symbol.
//
// Objects are read in command-line order. Each global symbol has one entry in the symbol table;
// a strong definition beats a weak one and a COMMON one (two strong ones are a "multiple
// definition" error naming both places), COMMON symbols of the same name merge to the largest.
// An archive is searched where it appears on the command line, as ld does: a member is taken
// when its symbol index says it defines a symbol that is still undefined (weak references do
// not pull members), repeatedly until the archive has nothing more to give. Members that were
// taken are remembered with the symbol and object that caused it, for the map file.
import { readFileSync } from "node:fs";
import type { DiagnosticSink } from "../diag.ts";
import { readArchive, isArchive, ArchiveFormatError, type ArchiveMember } from "../obj/ar.ts";
import {
  readElf32,
  ElfFormatError,
  ET_REL,
  SHF_ALLOC,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  SHT_GROUP,
  SHT_NOBITS,
  STB_LOCAL,
  STB_WEAK,
  STT_FUNC,
  STT_NOTYPE,
  type Elf32Object,
  type Elf32Section,
  type Elf32Symbol,
} from "../obj/elf32.ts";
import type { OutputSection } from "./layout.ts";
import { mergedPlace, type MergeMap } from "./merge.ts";

/** A section of an input object, as the linker places it. */
export interface InputSection {
  file: InputFile;
  name: string;
  sec: Elf32Section;
  /** The output section it went to, and its offset there. */
  out?: OutputSection;
  offset: number;
  /** Reached from a root (always true without --gc-sections). */
  live: boolean;
  /** Dropped by /DISCARD/ or as a duplicate COMDAT group member. */
  discarded: boolean;
  keep: boolean;
  /** For a merged SHF_MERGE section: where each of its old entries went (merge.ts). */
  merge?: MergeMap;
}

export interface InputFile {
  /** `a.o`, or `lib.a(m.o)` for an archive member. */
  name: string;
  /** The path as given, and the member name for archive members (for file patterns). */
  path: string;
  member?: string;
  obj: Elf32Object;
  /** Parallel to `obj.sections`: the sections the linker places (alloc ones). */
  sections: (InputSection | undefined)[];
  /** Parallel to `obj.symbols`: the global entry of each non-local symbol. */
  globals: (GlobalSymbol | undefined)[];
  /** The COMMON symbols this file won, as one pseudo-section named "COMMON". */
  common?: InputSection;
  /** Why an archive member was taken. */
  extractedFor?: { symbol: string; by: InputFile };
}

export interface Definition {
  file: InputFile;
  /** Undefined for absolute symbols. */
  section?: InputSection;
  value: number;
  sym: Elf32Symbol;
}

export interface GlobalSymbol {
  name: string;
  def?: Definition;
  weakDef: boolean;
  common?: { file: InputFile; size: number; align: number; sym: Elf32Symbol };
  /** Referenced (undefined) somewhere, and whether every such reference is weak. */
  referenced: boolean;
  strongRef: boolean;
  /** Defined by the linker script: the value after layout. */
  scriptValue?: number;
  scriptSection?: OutputSection;
  firstRef?: InputFile;
}

/** A file system error as the C library words it. */
export function fileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EISDIR") return "Is a directory";
  if (code === "EACCES") return "Permission denied";
  return "No such file or directory";
}

/** An archive being searched: its symbol index, members, and the members already taken. */
interface ArchiveState {
  path: string;
  index: Map<string, number[]>;
  memberAt: Map<number, ArchiveMember>;
  taken: Set<number>;
}

export class SymbolTable {
  readonly map = new Map<string, GlobalSymbol>();

  get(name: string): GlobalSymbol {
    let g = this.map.get(name);
    if (!g) {
      g = { name, weakDef: false, referenced: false, strongRef: false };
      this.map.set(name, g);
    }
    return g;
  }

  /** Whether a symbol has a definition (object, COMMON or script). */
  isDefined(g: GlobalSymbol): boolean {
    return g.def !== undefined || g.common !== undefined || g.scriptValue !== undefined;
  }
}

// ---- Addresses, once the layout has placed the sections ----

/** The address of an input section's byte 0. */
export function sectionAddress(s: InputSection): number {
  return s.out ? (s.out.vma + s.offset) >>> 0 : 0;
}

/** The address of an offset of an input section (through the merge map if it was merged). */
export function addressIn(s: InputSection, offset: number): number {
  if (s.merge) {
    const p = mergedPlace(s.merge, offset);
    return (sectionAddress(p.owner) + p.offset) >>> 0;
  }
  return (sectionAddress(s) + offset) >>> 0;
}

/** The address of a global symbol, or undefined when nothing defines it. */
export function globalAddress(g: GlobalSymbol): number | undefined {
  if (g.scriptValue !== undefined) return g.scriptValue;
  if (!g.def) return undefined;
  if (!g.def.section) return g.def.value;
  return addressIn(g.def.section, g.def.value);
}

/** Where a place in a section is, for messages: `a.o: in function `f': (.text+0x12)`. */
export function describePlace(file: InputFile, sec: Elf32Section, offset: number): string {
  const fn = functionAt(file, sec, offset);
  const where = `(${sec.name}+0x${offset.toString(16)})`;
  return fn ? `${file.name}: in function \`${fn}': ${where}` : `${file.name}:${where}`;
}

/**
 * The function that contains an offset of a section, if any: the last function (or untyped
 * label, as nasm writes them) at or before it, as ld's messages name it.
 */
export function functionAt(file: InputFile, sec: Elf32Section, offset: number): string | undefined {
  const index = file.obj.sections.indexOf(sec) + 1;
  let best: Elf32Symbol | undefined;
  for (const s of file.obj.symbols) {
    if (
      s.shndx !== index ||
      (s.type !== STT_FUNC && s.type !== STT_NOTYPE) ||
      s.name === "" ||
      s.value > offset
    )
      continue;
    if (s.size > 0 && offset >= s.value + s.size) continue;
    if (!best || s.value > best.value) best = s;
  }
  return best?.name;
}

export class Resolver {
  readonly files: InputFile[] = [];
  readonly symbols = new SymbolTable();
  private comdatGroups = new Set<string>();
  private sink: DiagnosticSink;
  /** Names the linker script defines outright: they never pull archive members. */
  private scriptNames: Set<string>;

  constructor(sink: DiagnosticSink, scriptNames: Set<string>) {
    this.sink = sink;
    this.scriptNames = scriptNames;
  }

  /** Reads one command-line input (object or archive). Unreadable input is an error, not a throw. */
  addInput(path: string): void {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      this.sink.error(`cannot find ${path}: ${fileError(e)}`);
      return;
    }
    try {
      if (isArchive(bytes) || Buffer.from(bytes.subarray(0, 8)).toString("latin1") === "!<thin>\n")
        this.addArchive(path, bytes);
      else this.addObject(readElf32(bytes, path), path);
    } catch (e) {
      if (e instanceof ElfFormatError || e instanceof ArchiveFormatError)
        this.sink.error(e.message);
      else throw e;
    }
  }

  addObject(obj: Elf32Object & { elfType?: number }, path: string, member?: string): InputFile {
    if (obj.elfType !== undefined && obj.elfType !== ET_REL)
      throw new ElfFormatError(obj.fileName, "not a relocatable object (ET_REL); cannot link it");
    const file: InputFile = { name: obj.fileName, path, member, obj, sections: [], globals: [] };
    this.files.push(file);
    const discardedByGroup = this.comdat(obj);
    file.sections = obj.sections.map((sec, i) => {
      if (!(sec.flags & SHF_ALLOC) || sec.type === SHT_GROUP) return undefined;
      return {
        file,
        name: sec.name,
        sec,
        offset: 0,
        live: true,
        discarded: discardedByGroup.has(i),
        keep: false,
      };
    });
    file.globals = obj.symbols.map((sym) => {
      if (sym.bind === STB_LOCAL) return undefined;
      const g = this.symbols.get(sym.name);
      this.resolve(g, file, sym);
      return g;
    });
    return file;
  }

  /** Section indices of COMDAT groups already seen (they are dropped, as ld keeps the first). */
  private comdat(obj: Elf32Object): Set<number> {
    const dropped = new Set<number>();
    const fileIndex = (obj as { fileSectionIndex?: number[] }).fileSectionIndex;
    for (const g of obj.sections) {
      if (g.type !== SHT_GROUP || g.data.length < 4) continue;
      const v = new DataView(g.data.buffer, g.data.byteOffset, g.data.byteLength);
      if ((v.getUint32(0, true) & 1) === 0) continue;
      const signature = obj.symbols[(g.info ?? 0) - 1]?.name ?? "";
      if (!this.comdatGroups.has(signature)) {
        this.comdatGroups.add(signature);
        continue;
      }
      for (let o = 4; o + 4 <= g.data.length; o += 4) {
        const fi = v.getUint32(o, true);
        const mi = fileIndex ? fileIndex.indexOf(fi) : fi - 1;
        if (mi >= 0) dropped.add(mi);
      }
    }
    return dropped;
  }

  private resolve(g: GlobalSymbol, file: InputFile, sym: Elf32Symbol): void {
    if (sym.shndx === SHN_UNDEF) {
      if (!g.referenced) g.firstRef = file;
      g.referenced = true;
      if (sym.bind !== STB_WEAK) g.strongRef = true;
      return;
    }
    if (sym.shndx === SHN_COMMON) {
      if (g.def) return; // a real definition wins over COMMON
      if (!g.common) g.common = { file, size: sym.size, align: Math.max(1, sym.value), sym };
      else {
        if (sym.size > g.common.size) {
          g.common.size = sym.size;
          g.common.file = file;
          g.common.sym = sym;
        }
        g.common.align = Math.max(g.common.align, sym.value);
      }
      return;
    }
    const section =
      sym.shndx === SHN_ABS || sym.shndx >= 0xff00 ? undefined : file.sections[sym.shndx - 1];
    if (sym.shndx !== SHN_ABS && sym.shndx < 0xff00 && (!section || section.discarded)) {
      // Defined in a dropped COMDAT member or a non-alloc section: not a definition here.
      if (!section) return;
      if (section.discarded) return;
    }
    const weak = sym.bind === STB_WEAK;
    if (g.def) {
      if (weak) return;
      if (!g.weakDef) {
        const here = describePlace(file, section?.sec ?? file.obj.sections[0], sym.value);
        const there = g.def.section
          ? describePlace(g.def.file, g.def.section.sec, g.def.value)
          : g.def.file.name;
        this.sink.report({
          severity: "error",
          message: `${here}: multiple definition of \`${g.name}'`,
          notes: [{ severity: "note", message: `${there}: first defined here` }],
        });
        return;
      }
    }
    g.def = { file, section, value: sym.value, sym };
    g.weakDef = weak;
    g.common = undefined;
  }

  /** Archives of the `--start-group ... --end-group` being read, or undefined outside a group. */
  private group?: ArchiveState[];

  beginGroup(): void {
    this.group ??= [];
  }

  /** Searches the group's archives again and again until none gives a member (ld's groups). */
  endGroup(): void {
    const group = this.group ?? [];
    this.group = undefined;
    for (let again = group.length > 1; again;) {
      again = false;
      for (const a of group) if (this.searchArchive(a)) again = true;
    }
  }

  /** Reads an archive and takes the members that define symbols still undefined. */
  private addArchive(path: string, bytes: Uint8Array): void {
    const ar = readArchive(bytes, path);
    let index = ar.index;
    if (!ar.hasIndex) {
      // No symbol index: build one by reading the members, as ld would refuse to; we are kinder.
      index = new Map();
      for (const m of ar.members) {
        try {
          for (const s of readElf32(m.data, `${path}(${m.name})`).symbols) {
            if (s.bind === STB_LOCAL || s.shndx === SHN_UNDEF) continue;
            const list = index.get(s.name) ?? [];
            list.push(m.offset);
            index.set(s.name, list);
          }
        } catch {
          continue;
        }
      }
    }
    const state: ArchiveState = {
      path,
      index,
      memberAt: new Map(ar.members.map((m) => [m.offset, m])),
      taken: new Set(),
    };
    this.group?.push(state);
    this.searchArchive(state);
  }

  /** One search of an archive, repeated until it has nothing more to give; whether it gave. */
  private searchArchive(a: ArchiveState): boolean {
    let gave = false;
    for (let changed = true; changed;) {
      changed = false;
      for (const [name, offsets] of a.index) {
        const g = this.symbols.map.get(name);
        if (!g || !g.strongRef || g.def || g.common || this.scriptNames.has(name)) continue;
        const off = offsets[0];
        if (a.taken.has(off)) continue;
        const m = a.memberAt.get(off);
        if (!m)
          throw new ArchiveFormatError(
            a.path,
            `symbol index names a member at offset ${off}, which does not exist`,
          );
        a.taken.add(off);
        const by = g.firstRef;
        const file = this.addObject(readElf32(m.data, `${a.path}(${m.name})`), a.path, m.name);
        if (by) file.extractedFor = { symbol: name, by };
        changed = gave = true;
      }
    }
    return gave;
  }

  /** Gives each COMMON symbol a place in the COMMON pseudo-section of the file that won it. */
  allocateCommons(): void {
    for (const g of this.symbols.map.values()) {
      if (g.def || !g.common) continue;
      const { file, size, align, sym } = g.common;
      if (!file.common) {
        const sec: Elf32Section = {
          name: "COMMON",
          type: SHT_NOBITS,
          flags: SHF_ALLOC | 1,
          addr: 0,
          addralign: 1,
          entsize: 0,
          data: new Uint8Array(0),
          size: 0,
          relocations: [],
        };
        file.common = {
          file,
          name: "COMMON",
          sec,
          offset: 0,
          live: true,
          discarded: false,
          keep: false,
        };
      }
      const sec = file.common.sec;
      const at = Math.ceil(sec.size / align) * align;
      sec.size = at + size;
      sec.addralign = Math.max(sec.addralign, align);
      g.def = { file, section: file.common, value: at, sym };
    }
  }
}
