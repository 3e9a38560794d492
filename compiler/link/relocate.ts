// Relocation: each live input section's bytes copied into its output section, and every
// relocation applied there, as the i386 ABI defines them (S + A, S + A - P; REL addends read from
// the bytes), with ld's overflow rules for the 8- and 16-bit kinds.
//
// This is where undefined references are found, since here each reference is known by object,
// section and offset. It is the hot loop of a big link: one DataView per output section, nothing
// allocated per relocation.
import type { DiagnosticSink } from "../diag.ts";
import {
  R_386_16,
  R_386_32,
  R_386_8,
  R_386_NONE,
  R_386_PC16,
  R_386_PC32,
  R_386_PC8,
  R_386_PLT32,
  SHF_EXECINSTR,
  SHN_ABS,
  SHN_UNDEF,
  SHT_NOBITS,
  STB_LOCAL,
  STB_WEAK,
  STT_SECTION,
  relocationName,
} from "../obj/elf32.ts";
import type { CiePointerFixup } from "./ehframe.ts";
import {
  addressIn,
  describePlace,
  globalAddress,
  sectionAddress,
  type InputFile,
} from "./inputs.ts";
import type { OutputSection } from "./layout.ts";

/** Bytes a relocation type patches, and the signed range it must fit (ld's overflow rules). */
interface RelocationField {
  size: number;
  min: number;
  max: number;
  pc: boolean;
}

// One shared description per type: the relocation loop allocates nothing.
const FIELD_32: RelocationField = { size: 4, min: -0x80000000, max: 0xffffffff, pc: false };
const FIELD_PC32: RelocationField = { size: 4, min: -0x80000000, max: 0xffffffff, pc: true };
const FIELD_16: RelocationField = { size: 2, min: -0x8000, max: 0xffff, pc: false };
const FIELD_PC16: RelocationField = { size: 2, min: -0x8000, max: 0x7fff, pc: true };
const FIELD_8: RelocationField = { size: 1, min: -0x80, max: 0xff, pc: false };
const FIELD_PC8: RelocationField = { size: 1, min: -0x80, max: 0x7f, pc: true };

function relocationField(type: number): RelocationField | undefined {
  switch (type) {
    case R_386_32:
      return FIELD_32;
    case R_386_PC32:
    case R_386_PLT32:
      return FIELD_PC32;
    case R_386_16:
      return FIELD_16;
    case R_386_PC16:
      return FIELD_PC16;
    case R_386_8:
      return FIELD_8;
    case R_386_PC8:
      return FIELD_PC8;
  }
  return undefined;
}

/**
 * Copies every live input section into its output section's bytes and applies its relocations.
 * Undefined references are reported here, where each reference is known. Hot loop for big links:
 * one DataView per output section, no allocation per relocation.
 */
export function relocate(
  files: InputFile[],
  outputs: OutputSection[],
  ciePointers: CiePointerFixup[],
  sink: DiagnosticSink,
): Map<OutputSection, Uint8Array> {
  const contents = new Map<OutputSection, Uint8Array>();
  const views = new Map<OutputSection, DataView>();
  for (const o of outputs) {
    if (o.type === SHT_NOBITS) continue;
    const bytes = new Uint8Array(o.size);
    contents.set(o, bytes);
    views.set(o, new DataView(bytes.buffer));
    const code = (o.flags & SHF_EXECINSTR) !== 0;
    let end = 0;
    for (const p of o.items) {
      if (p.kind === "input" && p.section.live && p.section.sec.type !== SHT_NOBITS) {
        if (code) fillWithNops(bytes, end, p.section.offset);
        bytes.set(p.section.sec.data, p.section.offset);
        end = p.section.offset + p.section.sec.size;
      } else if (p.kind === "assign" && p.padTo !== undefined) {
        // A `. = ...` is a padding of its own: filled separately, as ld fills it.
        if (code) {
          fillWithNops(bytes, end, p.padFrom!);
          fillWithNops(bytes, p.padFrom!, p.padTo);
        }
        end = p.padTo;
      } else if (p.kind === "data") {
        if (code) fillWithNops(bytes, end, p.offset);
        end = p.offset + p.size;
        const v = views.get(o)!;
        if (p.size === 1) v.setUint8(p.offset, p.value & 0xff);
        else if (p.size === 2) v.setUint16(p.offset, p.value & 0xffff, true);
        else {
          v.setUint32(p.offset, p.value >>> 0, true);
          if (p.size === 8) v.setUint32(p.offset + 4, 0, true);
        }
      }
    }
    if (code) fillWithNops(bytes, end, o.size);
  }
  const undefinedRefs = new Map<string, number>();
  const unsupported = new Set<string>();
  for (const f of files) {
    for (const s of f.sections) {
      if (!s || !s.live || s.discarded || !s.out || s.sec.relocations.length === 0) continue;
      const view = views.get(s.out);
      if (!view) continue;
      const base = sectionAddress(s);
      for (const r of s.sec.relocations) {
        if (r.type === R_386_NONE) continue;
        const field = relocationField(r.type);
        const at = s.offset + r.offset;
        if (!field) {
          const key = `${f.name}:${s.name}:${r.type}`;
          if (!unsupported.has(key)) {
            unsupported.add(key);
            sink.error(
              `${describePlace(f, s.sec, r.offset)}: relocation ${relocationName(r.type)} is not supported by this static linker (compile with -fno-pic)`,
            );
          }
          continue;
        }
        if (r.offset + field.size > s.sec.size) {
          sink.error(
            `${f.name}: relocation at ${s.name}+0x${r.offset.toString(16)} is outside the section`,
          );
          continue;
        }
        let A: number;
        if (r.addend !== undefined) A = r.addend;
        else if (field.size === 4) A = view.getInt32(at, true);
        else if (field.size === 2) A = view.getInt16(at, true);
        else A = view.getInt8(at);
        let S = 0;
        let name = "";
        if (r.symbol >= 0) {
          const sym = f.obj.symbols[r.symbol];
          name = sym.name;
          if (sym.bind === STB_LOCAL) {
            if (sym.shndx === SHN_ABS) S = sym.value;
            else if (sym.shndx !== SHN_UNDEF && sym.shndx < 0xff00) {
              const target = f.sections[sym.shndx - 1];
              if (!target || target.discarded || !target.out) {
                sink.error(
                  `${describePlace(f, s.sec, r.offset)}: \`${name}' referenced in section \`${s.name}' of ${f.name}: defined in discarded section \`${target?.name ?? "?"}' of ${f.name}`,
                );
                continue;
              }
              if (target.merge && sym.type === STT_SECTION) {
                // A string through its section's symbol: the addend says which (as ld reads it).
                S = addressIn(target, sym.value + A);
                A = 0;
              } else S = addressIn(target, sym.value);
            }
          } else {
            const g = f.globals[r.symbol]!;
            const addr = globalAddress(g);
            if (addr !== undefined) {
              if (
                g.def?.section &&
                (g.def.section.discarded || !g.def.section.out) &&
                g.scriptValue === undefined
              ) {
                sink.error(
                  `${describePlace(f, s.sec, r.offset)}: \`${name}' referenced in section \`${s.name}' of ${f.name}: defined in discarded section \`${g.def.section.name}' of ${g.def.file.name}`,
                );
                continue;
              }
              S = addr;
            } else if (sym.bind !== STB_WEAK) {
              const n = (undefinedRefs.get(name) ?? 0) + 1;
              undefinedRefs.set(name, n);
              if (n <= 10)
                sink.error(
                  `${describePlace(f, s.sec, r.offset)}: undefined reference to \`${name}'`,
                );
              continue;
            }
            // A weak reference to a symbol nothing defines is 0.
          }
        }
        const P = base + r.offset;
        let value = S + A - (field.pc ? P : 0);
        if (field.size === 4) value = value | 0;
        else if (value < field.min || value > field.max) {
          // Wrap around 2^32 before judging, as the address space does.
          const wrapped = value | 0;
          if (wrapped < field.min || wrapped > field.max) {
            sink.error(
              `${describePlace(f, s.sec, r.offset)}: relocation truncated to fit: ${relocationName(r.type)} against \`${name}'`,
            );
            continue;
          }
          value = wrapped;
        }
        if (field.size === 4) view.setInt32(at, value, true);
        else if (field.size === 2) view.setUint16(at, value & 0xffff, true);
        else view.setUint8(at, value & 0xff);
      }
    }
  }
  // Each FDE's distance back to its CIE, now that both have addresses (see ehframe.ts).
  for (const fx of ciePointers) {
    const view = fx.section.out ? views.get(fx.section.out) : undefined;
    if (!view || !fx.section.live || fx.section.discarded) continue;
    const distance = addressIn(fx.section, fx.offset) - addressIn(fx.cie, fx.cieOffset);
    view.setUint32(fx.section.offset + fx.offset, distance >>> 0, true);
  }
  for (const [name, n] of undefinedRefs) {
    if (n > 10) sink.error(`${n - 10} more undefined references to \`${name}' follow`);
  }
  return contents;
}

/**
 * Gaps between the pieces of a code section are filled with no-ops, as ld does for i386: `66 90`
 * (xchg ax, ax) pairs and a final `90` -- instructions every i386 runs, unlike the long NOPs.
 */
function fillWithNops(bytes: Uint8Array, from: number, to: number): void {
  let i = from;
  for (; i + 2 <= to; i += 2) {
    bytes[i] = 0x66;
    bytes[i + 1] = 0x90;
  }
  if (i < to) bytes[i] = 0x90;
}
