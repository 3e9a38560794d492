// Static archives (`.a`) in the GNU/System V `ar` format: reading them for the linker, writing
// them for the C library's build.
//
// An archive is the magic `!<arch>\n` and then members, each a 60-byte text header (name, date,
// uid, gid, mode, size, "`\n") followed by its bytes, padded to an even offset. Two members are
// special: `/` is the symbol index (a big-endian count, the header offset of the member defining
// each symbol, then the names), which the linker uses to pick members; `//` holds member names
// longer than 15 characters, which headers then name as `/OFFSET`.
import { readElf32, isElf, STB_LOCAL, SHN_UNDEF } from "./elf32.ts";

export interface ArchiveMember {
  name: string;
  /** Offset of the member's header in the archive, as the symbol index names it. */
  offset: number;
  data: Uint8Array;
}

export interface Archive {
  members: ArchiveMember[];
  /** Symbol name -> the header offsets of the members that define it, in index order. */
  index: Map<string, number[]>;
  /** Whether the archive had a symbol index (else the linker scans the members itself). */
  hasIndex: boolean;
}

export class ArchiveFormatError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: ${what}`);
    this.name = "ArchiveFormatError";
  }
}

const MAGIC = "!<arch>\n";
const HEADER_SIZE = 60;

export function isArchive(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(8, bytes.length)).toString("latin1") ===
    MAGIC
  );
}

/** Reads an archive. Thin archives (`!<thin>`) are refused with a clear message. */
export function readArchive(bytes: Uint8Array, fileName: string): Archive {
  const text = (o: number, n: number): string =>
    Buffer.from(bytes.buffer, bytes.byteOffset + o, n).toString("latin1");
  if (bytes.length >= 8 && text(0, 8) === "!<thin>\n")
    throw new ArchiveFormatError(fileName, "thin archives are not supported");
  if (!isArchive(bytes)) throw new ArchiveFormatError(fileName, "not an ar archive");
  const members: ArchiveMember[] = [];
  let symtab: Uint8Array | undefined;
  let longNames = "";
  let pos = 8;
  while (pos + HEADER_SIZE <= bytes.length) {
    if (text(pos + 58, 2) !== "`\n")
      throw new ArchiveFormatError(fileName, `malformed member header at offset ${pos}`);
    const rawName = text(pos, 16).trimEnd();
    const size = Number.parseInt(text(pos + 48, 10).trim(), 10);
    const start = pos + HEADER_SIZE;
    if (!Number.isFinite(size) || start + size > bytes.length)
      throw new ArchiveFormatError(fileName, `truncated member at offset ${pos}`);
    let data = bytes.subarray(start, start + size);
    let name: string;
    if (rawName === "/" || rawName === "/SYM64/") {
      if (rawName === "/") symtab = data;
      name = "";
    } else if (rawName === "//") {
      longNames = Buffer.from(data.buffer, data.byteOffset, data.length).toString("latin1");
      name = "";
    } else if (/^\/\d+$/.test(rawName)) {
      const off = Number(rawName.slice(1));
      const end = longNames.indexOf("\n", off);
      name = longNames.slice(off, end < 0 ? undefined : end).replace(/\/$/, "");
    } else if (rawName.startsWith("#1/")) {
      const len = Number(rawName.slice(3));
      name = text(start, len).replace(/\0+$/, "");
      data = bytes.subarray(start + len, start + size);
    } else {
      name = rawName.endsWith("/") ? rawName.slice(0, -1) : rawName;
    }
    if (name !== "") members.push({ name, offset: pos, data });
    pos = start + size + (size & 1);
  }
  const index = new Map<string, number[]>();
  if (symtab) {
    const v = new DataView(symtab.buffer, symtab.byteOffset, symtab.byteLength);
    const count = symtab.length >= 4 ? v.getUint32(0, false) : 0;
    if (4 + count * 4 > symtab.length)
      throw new ArchiveFormatError(fileName, "malformed symbol index");
    let s = 4 + count * 4;
    for (let i = 0; i < count; i++) {
      let e = s;
      while (e < symtab.length && symtab[e] !== 0) e++;
      const sym = Buffer.from(symtab.buffer, symtab.byteOffset + s, e - s).toString("utf8");
      const list = index.get(sym);
      const off = v.getUint32(4 + i * 4, false);
      if (list) list.push(off);
      else index.set(sym, [off]);
      s = e + 1;
    }
  }
  return { members, index, hasIndex: symtab !== undefined };
}

/** The global symbols an ELF member defines (what goes in the symbol index). */
function definedGlobals(m: { name: string; data: Uint8Array }): string[] {
  if (!isElf(m.data)) return [];
  const obj = readElf32(m.data, m.name);
  return obj.symbols
    .filter((s) => s.bind !== STB_LOCAL && s.shndx !== SHN_UNDEF && s.name !== "")
    .map((s) => s.name);
}

function header(name: string, size: number, mode = "644"): string {
  const field = (s: string, w: number): string => s.slice(0, w).padEnd(w, " ");
  // Deterministic, as `ar D`: zero date, uid and gid.
  return (
    field(name, 16) +
    field("0", 12) +
    field("0", 6) +
    field("0", 6) +
    field(mode, 8) +
    field(String(size), 10) +
    "`\n"
  );
}

/**
 * Writes an archive of the members, with a symbol index of the globals their ELF objects define
 * (so GNU ld and our linker can use it without `ranlib`) and a long-name table when needed.
 */
export function writeArchive(members: { name: string; data: Uint8Array }[]): Uint8Array {
  let longNames = "";
  const headerNames = members.map((m) => {
    if (m.name.length <= 15) return m.name + "/";
    const ref = "/" + longNames.length;
    longNames += m.name + "/\n";
    return ref;
  });
  const symbols = members.map(definedGlobals);
  const count = symbols.reduce((n, l) => n + l.length, 0);
  const names = Buffer.from(
    symbols
      .flat()
      .map((s) => s + "\0")
      .join(""),
  );
  const indexSize = 4 + 4 * count + names.length;
  const indexPadded = indexSize + (indexSize & 1);
  // Offsets of each member's header, after the magic, the index and the long-name table.
  let pos = 8 + (count > 0 ? HEADER_SIZE + indexPadded : 0);
  if (longNames.length > 0) pos += HEADER_SIZE + longNames.length + (longNames.length & 1);
  const offsets = members.map((m) => {
    const at = pos;
    pos += HEADER_SIZE + m.data.length + (m.data.length & 1);
    return at;
  });
  const out = new Uint8Array(pos);
  let w = 0;
  const putText = (s: string): void => {
    out.set(Buffer.from(s, "latin1"), w);
    w += s.length;
  };
  const pad = (): void => {
    if (w & 1) out[w++] = 0x0a;
  };
  putText(MAGIC);
  if (count > 0) {
    putText(header("/", indexSize, "0"));
    const v = new DataView(out.buffer);
    v.setUint32(w, count, false);
    w += 4;
    symbols.forEach((list, i) => {
      for (let k = 0; k < list.length; k++) {
        v.setUint32(w, offsets[i], false);
        w += 4;
      }
    });
    out.set(names, w);
    w += names.length;
    pad();
  }
  if (longNames.length > 0) {
    putText(header("//", longNames.length, ""));
    putText(longNames);
    pad();
  }
  members.forEach((m, i) => {
    putText(header(headerNames[i], m.data.length));
    out.set(m.data, w);
    w += m.data.length;
    pad();
  });
  return out;
}
