// The symbols of an ELF32 file (`logos boot --symbols kernel.elf`), for naming addresses in fault
// reports and the monitor: functions and objects from .symtab, sorted by address, looked up as
// "name" or "name+0x1c" for an address inside one (or just past a symbol without a size).

export class SymbolsError extends Error {}

interface Sym {
  value: number;
  size: number;
  name: string;
}

export function readSymbols(
  bytes: Uint8Array,
  file: string,
): (address: number) => string | undefined {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 52 || v.getUint32(0, false) !== 0x7f454c46 || bytes[4] !== 1) {
    throw new SymbolsError(`${file}: not an ELF32 file`);
  }
  const shoff = v.getUint32(32, true);
  const shentsize = v.getUint16(46, true);
  const shnum = v.getUint16(48, true);
  const syms: Sym[] = [];
  const cstr = (at: number): string => {
    let end = at;
    while (end < bytes.length && bytes[end] !== 0) end++;
    return Buffer.from(bytes.subarray(at, end)).toString("latin1");
  };
  for (let k = 0; k < shnum; k++) {
    const sh = shoff + k * shentsize;
    if (sh + 40 > bytes.length || v.getUint32(sh + 4, true) !== 2) continue; // SHT_SYMTAB
    const off = v.getUint32(sh + 16, true);
    const size = v.getUint32(sh + 20, true);
    const strSh = shoff + v.getUint32(sh + 24, true) * shentsize;
    const strOff = v.getUint32(strSh + 16, true);
    for (let s = off + 16; s + 16 <= off + size && s + 16 <= bytes.length; s += 16) {
      const type = bytes[s + 12] & 0xf;
      const shndx = v.getUint16(s + 14, true);
      if (type > 2 || shndx === 0 || shndx >= 0xff00) continue; // NOTYPE, OBJECT, FUNC, defined
      const name = cstr(strOff + v.getUint32(s, true));
      if (name === "" || name.startsWith(".")) continue;
      syms.push({ value: v.getUint32(s + 4, true), size: v.getUint32(s + 8, true), name });
    }
  }
  if (syms.length === 0)
    throw new SymbolsError(`${file}: no symbols (.symtab is missing or empty)`);
  syms.sort((a, b) => a.value - b.value);
  return (address: number) => {
    let lo = 0;
    let hi = syms.length - 1;
    if (address < syms[0].value) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (syms[mid].value <= address) lo = mid;
      else hi = mid - 1;
    }
    const s = syms[lo];
    const off = address - s.value;
    if (s.size !== 0 && off >= s.size) return undefined;
    if (off > 0x10000) return undefined;
    return off === 0 ? s.name : `${s.name}+0x${off.toString(16)}`;
  };
}
