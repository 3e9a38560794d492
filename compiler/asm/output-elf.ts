// `-f elf32`: the assembly as an ELF32 relocatable object, through compiler/obj/elf32.ts.
//
// What goes in, as NASM writes it: the sections that were used, in the order they were first
// named (flags and alignment by name: `.text` AX/16, `.data` WA/4, `.rodata` A/4, `.bss` WA/4
// nobits, others A/1, raised by `align=` and `align`); a FILE symbol; a SECTION symbol per
// section; every label and `equ` as a local symbol (`main.loop` and `..@1.skip` included),
// `global` ones as global; each `extern` as an undefined global. A fixup becomes a relocation
// against the section symbol of its target (NASM does that even for global labels) or against
// the external symbol: R_386_32/16/8 for absolute fields, R_386_PC32/PC16/PC8 for relative ones.
import type { DiagnosticSink } from "../diag.ts";
import {
  addSection,
  addSymbol,
  type Elf32Object,
  R_386_16,
  R_386_32,
  R_386_8,
  R_386_PC16,
  R_386_PC32,
  R_386_PC8,
  sectionDefaults,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_WRITE,
  SHN_ABS,
  STB_GLOBAL,
  STT_FILE,
  STT_SECTION,
  SHT_NOBITS,
  SHT_PROGBITS,
  writeElf32Relocatable,
} from "../obj/elf32.ts";
import { ABSOLUTE, type Assembly, External, Section } from "./assemble.ts";
import { span } from "./macro.ts";

const ABS_TYPES: Record<number, number> = { 1: R_386_8, 2: R_386_16, 4: R_386_32 };
const PC_TYPES: Record<number, number> = { 1: R_386_PC8, 2: R_386_PC16, 4: R_386_PC32 };

export function writeElf(asm: Assembly, sink: DiagnosticSink): Uint8Array {
  const obj: Elf32Object = { fileName: asm.fileName, sections: [], symbols: [] };
  addSymbol(obj, { name: asm.fileName, type: STT_FILE, shndx: SHN_ABS });
  const used = asm.sections;
  const index = new Map<Section, number>();
  const sectionSymbol = new Map<Section, number>();
  for (const s of used) {
    const d = sectionDefaults(s.name);
    let flags = s.nobits ? d.flags & ~SHF_EXECINSTR : d.flags;
    const set = (bit: number, on: boolean | undefined) => {
      if (on === true) flags |= bit;
      else if (on === false) flags &= ~bit;
    };
    set(SHF_ALLOC, s.flags.alloc);
    set(SHF_EXECINSTR, s.flags.exec);
    set(SHF_WRITE, s.flags.write);
    addSection(obj, s.name, {
      type: s.nobits ? SHT_NOBITS : SHT_PROGBITS,
      flags,
      addralign: s.align,
      data: s.contents().slice(),
      size: s.size,
    });
    index.set(s, obj.sections.length);
  }
  for (const s of used)
    sectionSymbol.set(s, addSymbol(obj, { name: "", type: STT_SECTION, shndx: index.get(s)! }));
  const externs = new Map<string, number>();
  const globals: { name: string; value: number; shndx: number }[] = [];
  for (const sym of asm.symbols.values()) {
    if (sym.kind === "extern") {
      if (sym.value === undefined || !(sym.value.base instanceof External)) continue;
      externs.set(sym.name, -1);
      continue;
    }
    const v = sym.value;
    if (v === undefined || v.unknown) {
      if (sym.global && sym.pass === 0)
        sink.warning(`'${sym.name}' is declared global but never defined`, undefined);
      continue;
    }
    let shndx = SHN_ABS;
    if (v.base instanceof Section) shndx = index.get(v.base) ?? SHN_ABS;
    else if (v.base !== null) continue; // an alias of an external symbol: no symbol of its own
    if (sym.global) globals.push({ name: sym.name, value: v.n >>> 0, shndx });
    else addSymbol(obj, { name: sym.name, value: v.n >>> 0, shndx });
  }
  for (const name of externs.keys()) externs.set(name, addSymbol(obj, { name, bind: STB_GLOBAL }));
  for (const g of globals) addSymbol(obj, { ...g, bind: STB_GLOBAL });

  obj.sections.forEach((elf, i) => {
    const s = used[i];
    for (const f of s.fixups) {
      let symbol: number;
      if (f.base instanceof Section) symbol = sectionSymbol.get(f.base)!;
      else if (f.base instanceof External) symbol = externs.get(f.base.name)!;
      else if (f.base === ABSOLUTE) symbol = -1;
      else {
        sink.error("internal: a fixup without a target", span(f.tok));
        continue;
      }
      const type = (f.pcRelative ? PC_TYPES : ABS_TYPES)[f.size];
      elf.relocations.push({ offset: f.offset, type, symbol });
    }
  });
  return writeElf32Relocatable(obj);
}
