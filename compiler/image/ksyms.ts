// The kernel's own symbol table, for the backtraces of its panic screen.
//
// The build links the kernel once, takes the symbols of its code (functions, and the labels of
// its assembly) from that executable, and links again with one more object holding them in a
// section `.ksyms`, which kernel.ld places after all code and data: so the second link moves no
// function, and the table describes the kernel it is in (build.ts checks that it does).
//
// The section's layout (kernel-src/include/ksyms.h reads it; all fields little-endian u32):
//   count
//   count × { address, name }   sorted by address; name = offset into the strings below
//   strings                     zero-terminated names
// A code address belongs to the entry with the greatest address not above it.
import {
  addSection,
  addSymbol,
  type Elf32File,
  type Elf32Object,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHN_LORESERVE,
  SHN_UNDEF,
  STB_GLOBAL,
  STT_FUNC,
  STT_NOTYPE,
  STT_OBJECT,
  sectionIndex,
  writeElf32Relocatable,
} from "../obj/elf32.ts";

export interface KernelSymbol {
  address: number;
  name: string;
}

/** The code symbols of a linked kernel, sorted by address, one name per address. */
export function codeSymbols(kernel: Elf32File): KernelSymbol[] {
  const byAddress = new Map<number, KernelSymbol>();
  for (const s of kernel.symbols) {
    if (s.shndx === SHN_UNDEF || s.shndx >= SHN_LORESERVE) continue;
    if (s.type !== STT_FUNC && s.type !== STT_NOTYPE) continue;
    const sec = kernel.sections[s.shndx - 1];
    if (!sec || !(sec.flags & SHF_EXECINSTR) || s.name === "") continue;
    // nasm's local labels (`.loop`) come as `parent.loop`; the parent names the place better.
    if (s.name.includes(".")) continue;
    const old = byAddress.get(s.value);
    // Where two names share an address, a global function beats a local label.
    if (!old || (s.type === STT_FUNC && s.bind === STB_GLOBAL))
      byAddress.set(s.value, {
        address: s.value,
        name: s.name,
      });
  }
  return [...byAddress.values()].sort((a, b) => a.address - b.address);
}

/** The bytes of the `.ksyms` section for these symbols. */
export function ksymsSection(symbols: KernelSymbol[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = symbols.map((s) => encoder.encode(s.name));
  const stringsSize = names.reduce((n, b) => n + b.length + 1, 0);
  const out = new Uint8Array(4 + symbols.length * 8 + stringsSize);
  const view = new DataView(out.buffer);
  view.setUint32(0, symbols.length, true);
  let str = 0;
  const strBase = 4 + symbols.length * 8;
  symbols.forEach((s, i) => {
    view.setUint32(4 + i * 8, s.address >>> 0, true);
    view.setUint32(8 + i * 8, str, true);
    out.set(names[i], strBase + str);
    str += names[i].length + 1;
  });
  return out;
}

/** A relocatable object holding the `.ksyms` section (its bytes need no relocation). */
export function ksymsObject(symbols: KernelSymbol[]): Uint8Array {
  const obj: Elf32Object = { fileName: "<kernel symbols>", sections: [], symbols: [] };
  const sec = addSection(obj, ".ksyms");
  sec.flags = SHF_ALLOC;
  sec.addralign = 4;
  sec.data = ksymsSection(symbols);
  sec.size = sec.data.length;
  addSymbol(obj, { name: "__ksyms_table", type: STT_OBJECT, shndx: sectionIndex(obj, sec) });
  return writeElf32Relocatable(obj);
}
