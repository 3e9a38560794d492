// `-l FILE`: the listing, line for line as NASM prints it.
//
// Every line read is listed -- directives, lines skipped by `%if`, macro definitions -- with its
// line number; a line that produced bytes shows its offset in its section and the bytes in hex,
// at most nine bytes to a row (a row that goes on ends in `-`). A field the linker or the flat
// binary's layout will fill in is shown as its addend in brackets: `[...]` for an address, `(...)`
// for a relative one (showing the target). `times` and `align` show one repetition and
// `<rep N>`, reserved space shows `??` per byte or `<res N>`. Lines that came from a macro or an
// include file are marked `<1>` (their depth) and show the body line as NASM rewrites it.
import { type Assembly, type LinePlacement, type SectionFixup } from "./assemble.ts";
import type { ListedLine } from "./macro.ts";

/** How many hex digits of bytes fit on a row (NASM's LIST_HEXBIT). */
const HEXBIT = 18;

export function listing(asm: Assembly): string {
  const out: string[] = [];
  for (const entry of asm.listed) {
    const placement = entry.parsed === undefined ? undefined : asm.placements[entry.parsed];
    listLine(out, entry, placement);
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
}

function listLine(out: string[], entry: ListedLine, p: LinePlacement | undefined): void {
  const lineNo = String(entry.file.lineCol(entry.start).line).padStart(6);
  const marker = entry.level > 0 ? `${entry.level < 10 ? " " : ""}<${entry.level}>` : "    ";
  const raw = entry.file.text.slice(entry.start, entry.end).replace(/\r$/, "");
  const text = entry.text ?? (entry.expanded ? detokenize(raw) : raw);
  let first = true;
  let data = "";
  let offset = 0;
  const emit = (): void => {
    let row = `${lineNo} `;
    if (data !== "") row += `${hex(offset, 8)} ${data.padEnd(HEXBIT + 1)}`;
    else row += " ".repeat(HEXBIT + 10);
    if (first) row += `${marker} ${text}`;
    out.push(row);
    first = false;
    data = "";
  };
  // An `absolute` or `struc` space is listed at its addresses.
  const base = p !== undefined && p.section.absolute ? p.section.start : 0;
  const put = (at: number, piece: string): void => {
    if (data.length + piece.length > HEXBIT) {
      data += "-";
      emit();
    }
    if (data === "") offset = base + at;
    data += piece;
  };
  if (p !== undefined && p.padded !== undefined && p.padded > 0) {
    // `at FIELD, data`: the zeros up to the field as one repeated byte, then the data.
    put(p.start, "00");
    if (p.padded > 1) put(p.start, `<rep ${hex(p.padded)}h>`);
    pieces({ ...p, start: p.start + p.padded, padded: undefined }, put);
  } else if (p !== undefined && p.end > p.start) pieces(p, put);
  if (data !== "" || first) emit();
}

/** The pieces of a line's bytes, as NASM hands them to its listing. */
function pieces(p: LinePlacement, put: (at: number, piece: string) => void): void {
  const size = p.end - p.start;
  const repeat = p.repeat;
  if (repeat === 0) return;
  const unit = repeat === undefined ? size : size / repeat;
  if (p.included) put(p.start, `<bin ${hex(size)}h>`);
  else if (p.reserved) {
    if (unit > 8) put(p.start, `<res ${hex(unit)}h>`);
    else for (let i = 0; i < unit; i++) put(p.start, "??");
  } else {
    const bytes = p.section.bytes;
    const fixups = fixupsIn(p.section.fixups, p.start, p.start + unit);
    let k = 0;
    for (let at = p.start; at < p.start + unit;) {
      const f = fixups[k];
      if (f !== undefined && f.offset === at) {
        let v = 0;
        for (let i = f.size - 1; i >= 0; i--) v = v * 256 + bytes[at + i];
        // A relative field holds target - size; NASM lists the target.
        if (f.pcRelative) v += f.size;
        const [open, close] = f.pcRelative ? ["(", ")"] : ["[", "]"];
        put(at, open + littleEndianHex(v, f.size) + close);
        at += f.size;
        k++;
      } else {
        put(at, hex(bytes[at], 2));
        at++;
      }
    }
  }
  if (repeat !== undefined && repeat > 1) put(p.start, `<rep ${hex(repeat)}h>`);
}

/** The fixups of a section between two offsets (they are in offset order). */
function fixupsIn(list: SectionFixup[], from: number, to: number): SectionFixup[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].offset < from) lo = mid + 1;
    else hi = mid;
  }
  const found: SectionFixup[] = [];
  for (let i = lo; i < list.length && list[i].offset < to; i++) found.push(list[i]);
  return found;
}

function hex(v: number, width = 0): string {
  return (v >>> 0).toString(16).toUpperCase().padStart(width, "0");
}

function littleEndianHex(v: number, size: number): string {
  let s = "";
  for (let i = 0; i < size; i++) s += hex(Math.floor(v / 2 ** (8 * i)) & 0xff, 2);
  return s;
}

/** A macro body line as NASM prints it: no comment, one space wherever there was white space. */
function detokenize(line: string): string {
  let out = "";
  let quote = "";
  let space = false;
  for (const ch of line) {
    if (quote !== "") {
      out += ch;
      if (ch === quote) quote = "";
      continue;
    }
    if (ch === ";") break;
    if (ch === " " || ch === "\t") {
      space = true;
      continue;
    }
    if (space) out += " ";
    space = false;
    if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    out += ch;
  }
  return out;
}
