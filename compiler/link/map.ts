// The link map (`-Map FILE`, `--map`): what went where, in the shape of GNU ld's map so that people
// who know one can read the other.
//
// Three parts: the archive members that were taken and the reference that caused each; the input
// sections that were dropped (`--gc-sections`, `/DISCARD/`, duplicate COMDAT groups); and the
// layout, output section by output section: address, size, load address when it differs, each
// input section with its object, and the global symbols it defines with their addresses.
import {
  addressIn,
  type GlobalSymbol,
  type InputFile,
  type InputSection,
  type SymbolTable,
} from "./inputs.ts";
import type { Layout } from "./layout.ts";
import type { Assignment } from "./script.ts";

const hex = (v: number, w = 8): string => "0x" + (v >>> 0).toString(16).padStart(w, "0");

export function writeLinkMap(files: InputFile[], layout: Layout, symbols: SymbolTable): string {
  const out: string[] = [];
  const members = files.filter((f) => f.extractedFor);
  if (members.length > 0) {
    out.push("Archive member included to satisfy reference by file (symbol)", "");
    for (const f of members) {
      out.push(f.name);
      out.push(`${" ".repeat(26)}${f.extractedFor!.by.name} (${f.extractedFor!.symbol})`);
    }
    out.push("");
  }
  const dropped: InputSection[] = [];
  for (const f of files)
    for (const s of f.sections) if (s && (s.discarded || !s.live)) dropped.push(s);
  if (dropped.length > 0) {
    out.push("Discarded input sections", "");
    for (const s of dropped)
      out.push(
        ` ${s.name.padEnd(15)}${hex(s.sec.addr)} ${hex(s.sec.size, 1).padStart(10)} ${s.file.name}`,
      );
    out.push("");
  }
  // Global symbols by the input section that defines them, sorted by address.
  const bySection = new Map<InputSection, GlobalSymbol[]>();
  for (const g of symbols.map.values()) {
    const s = g.def?.section;
    if (!s || g.scriptValue !== undefined || !s.out) continue;
    const list = bySection.get(s) ?? [];
    list.push(g);
    bySection.set(s, list);
  }
  out.push("Linker script and memory map", "");
  for (const item of layout.sequence) {
    if (!("stmt" in item)) {
      const line = assignmentLine(item, layout);
      if (line) out.push(line);
      continue;
    }
    const o = item;
    if (o.empty) continue;
    const load = o.lma !== o.vma ? ` load address ${hex(o.lma)}` : "";
    out.push(`${o.name.padEnd(15)} ${hex(o.vma)} ${hex(o.size, 1).padStart(10)}${load}`);
    for (const p of o.items) {
      if (p.kind === "data") {
        out.push(
          ` ${["", "BYTE", "SHORT", "", "LONG", "", "", "", "QUAD"][p.size].padEnd(15)}${hex(o.vma + p.offset)} ${hex(p.size, 1).padStart(10)} ${hex(p.value, 1)}`,
        );
      } else if (p.kind === "assign") {
        const line = assignmentLine(p.assign, layout);
        if (line) out.push(line);
      } else if (p.section.live && !p.section.discarded) {
        const s = p.section;
        const addr = o.vma + s.offset;
        out.push(
          ` ${s.name.padEnd(15)}${hex(addr)} ${hex(s.sec.size, 1).padStart(10)} ${s.file.name}`,
        );
        const defs = (bySection.get(s) ?? []).sort((a, b) => a.def!.value - b.def!.value);
        for (const g of defs)
          out.push(`${" ".repeat(16)}${hex(addressIn(s, g.def!.value))}${" ".repeat(16)}${g.name}`);
      }
    }
    out.push("");
  }
  return out.join("\n") + "\n";
}

/** `                0x00100000                . = 0x100000`: the value and the script's text. */
function assignmentLine(a: Assignment, layout: Layout): string | undefined {
  const v = layout.assigned.get(a);
  if (v === undefined) return undefined; // an unused PROVIDE
  const text = a.span.file.text.slice(a.span.start, a.span.end).replace(/\s+/g, " ");
  return `${" ".repeat(16)}${hex(v)}${" ".repeat(16)}${text}`;
}
