// `-f bin`: the sections laid out one after another from `org`, fixups resolved, no headers.
//
// The layout is NASM's: `.text` first, at `org`; then the other sections with contents in the
// order they were first named, each at its alignment (4 unless `align=` or an `align` line raised
// it), the gaps filled with zeros; then the nobits sections (`.bss`), which take addresses but no
// bytes in the file. A fixup becomes the section's address plus the addend already in the bytes
// (minus the field's own address for a relative one). An external symbol cannot be resolved
// here: that is an error at the instruction that used it, as in NASM.
import { alignUp } from "../obj/elf32.ts";
import type { DiagnosticSink } from "../diag.ts";
import { ABSOLUTE, type Assembly, External, Section } from "./assemble.ts";
import { span } from "./macro.ts";

/** Section start addresses in the flat binary's layout (nobits sections after the others). */
export function binLayout(asm: Assembly): Map<Section, number> {
  const text = asm.sections.find((s) => s.name === ".text");
  const order = [
    ...(text ? [text] : []),
    ...asm.sections.filter((s) => s !== text && !s.nobits),
    ...asm.sections.filter((s) => s !== text && s.nobits),
  ];
  const at = new Map<Section, number>();
  let addr = asm.org;
  for (const s of order) {
    if (s !== text) addr = alignUp(addr, s.align);
    at.set(s, addr);
    addr += s.size;
  }
  return at;
}

export function writeBin(asm: Assembly, sink: DiagnosticSink): Uint8Array {
  const at = binLayout(asm);
  let end = asm.org;
  for (const [s, a] of at) if (!s.nobits && s.size > 0) end = Math.max(end, a + s.size);
  const out = new Uint8Array(end - asm.org);
  for (const [s, a] of at) {
    if (s.nobits || s.size === 0) continue;
    const bytes = s.contents().slice();
    for (const f of s.fixups) {
      let target: number;
      if (f.base instanceof Section) target = at.get(f.base)!;
      else if (f.base === ABSOLUTE) target = 0;
      else {
        const name = f.base instanceof External ? f.base.name : f.base.key;
        sink.error(
          `'${name}' is an external symbol: -f bin has no relocations to leave for a linker (assemble with -f elf32)`,
          span(f.tok),
        );
        continue;
      }
      let v = readLE(bytes, f.offset, f.size) + target;
      if (f.pcRelative) v -= a + f.offset;
      writeLE(bytes, f.offset, f.size, v);
    }
    out.set(bytes, a - asm.org);
  }
  return out;
}

function readLE(b: Uint8Array, at: number, size: number): number {
  let v = 0;
  for (let i = size - 1; i >= 0; i--) v = v * 256 + b[at + i];
  return v;
}

function writeLE(b: Uint8Array, at: number, size: number, v: number): void {
  for (let i = 0; i < size; i++) b[at + i] = (v >>> (8 * i)) & 0xff;
}
