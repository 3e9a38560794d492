// Layout: running the linker script's SECTIONS over the input sections to give every output
// section an address (VMA), a load address (LMA) and a size, and every script symbol a value.
//
// First `assignSections` decides, once, which output section takes each input section: the first
// statement in script order whose file and section patterns match, as ld does (`/DISCARD/` drops
// them; sections nothing matches are "orphans", placed after the last output section of the same
// kind). Then `layout` walks the script with the location counter `.`. Expressions may refer
// forward (a symbol defined later, the size of a later section), so the walk is repeated until
// nothing changes, each pass using the values of the one before.
//
// ld's rule for numbers inside an output section is kept: a plain number assigned there (to `.`
// or to a symbol) is an offset from the section's start; anything computed from `.`, a symbol or
// ADDR() is an address.
import { FatalError, type DiagnosticSink, type Span } from "../diag.ts";
import {
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_WRITE,
  SHT_NOBITS,
  SHT_PROGBITS,
  alignUp,
} from "../obj/elf32.ts";
import type { InputFile, InputSection, SymbolTable } from "./inputs.ts";
import {
  wildcardMatch,
  type Assignment,
  type Expr,
  type InputSpec,
  type LinkerScript,
  type OutputSectionStmt,
  type SectionsItem,
} from "./script.ts";

/** What an output section holds, in order. */
export type Placed =
  | { kind: "input"; section: InputSection }
  | { kind: "data"; size: 1 | 2 | 4 | 8; expr: Expr; offset: number; value: number }
  /** `padFrom`..`padTo`: the gap a `. = ...` made (offsets), filled as one piece (ld's padding). */
  | { kind: "assign"; assign: Assignment; padFrom?: number; padTo?: number };

export interface OutputSection {
  name: string;
  stmt: OutputSectionStmt;
  items: Placed[];
  vma: number;
  lma: number;
  size: number;
  align: number;
  flags: number;
  type: number;
  /** No input sections and no data: not written (ld drops these too). */
  empty: boolean;
}

export interface Layout {
  outputs: OutputSection[];
  /** The SECTIONS items in order, orphans inserted; outputs appear as their OutputSection. */
  sequence: (Assignment | OutputSection)[];
  /** Values of the script's symbols, in the order they were assigned. */
  scriptSymbols: Map<string, { value: number; section?: OutputSection; hidden: boolean }>;
  /** The value each assignment (to `.` or a symbol) gave in the final pass, for the map. */
  assigned: Map<Assignment, number>;
  /** Estimated program header count, for SIZEOF_HEADERS. */
  headerCount: number;
}

/** Whether an input file matches a file pattern (the path, `archive:member`, or the member). */
function fileMatches(pattern: string, file: InputFile): boolean {
  if (pattern === "*") return true;
  if (file.member !== undefined) {
    const colon = pattern.indexOf(":");
    if (colon >= 0) {
      const arch = pattern.slice(0, colon) || "*";
      const mem = pattern.slice(colon + 1) || "*";
      return (
        (wildcardMatch(arch, file.path) || wildcardMatch(arch, basename(file.path))) &&
        wildcardMatch(mem, file.member)
      );
    }
    return wildcardMatch(pattern, file.member);
  }
  return (
    wildcardMatch(pattern, file.path) ||
    (!pattern.includes("/") && wildcardMatch(pattern, basename(file.path)))
  );
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

function specMatches(spec: InputSpec, s: InputSection): boolean {
  if (!fileMatches(spec.filePattern, s.file)) return false;
  if (spec.excludeFiles.some((p) => fileMatches(p, s.file))) return false;
  return spec.sectionPatterns.some((p) => wildcardMatch(p, s.name));
}

/**
 * Where an orphan goes after the output section at `after`, as ld chooses: before the next output
 * section, past the symbol assignments in between (so `_edata = .;` after `.data` still means
 * the end of `.data`), but before a `. = ...` among them (so an alignment meant for the next
 * section still applies to it).
 */
function orphanPlace(sequence: (Assignment | OutputSection)[], after: number): number {
  let dotAssign = -1;
  for (let i = after + 1; i < sequence.length; i++) {
    const x = sequence[i];
    if ("stmt" in x) return dotAssign >= 0 ? dotAssign : i;
    if (x.name === "." && dotAssign < 0 && after >= 0) dotAssign = i;
  }
  return sequence.length;
}

/** The output section after which ld puts orphans of each kind (see `kindOf`). */
const ORPHAN_ANCHORS = [".text", ".rodata", ".data", ".bss"];

/** The kind of an output section for placing orphans: code, read-only, data, zero-fill. */
function kindOf(flags: number, type: number): number {
  if (type === SHT_NOBITS) return 3;
  if (flags & SHF_EXECINSTR) return 0;
  if (flags & SHF_WRITE) return 2;
  return 1;
}

/**
 * Decides which output section takes each input section, once, before any address is known.
 * `--gc-sections` runs after this (it needs KEEP), and only live sections are laid out.
 */
export function assignSections(
  items: SectionsItem[],
  files: InputFile[],
): (Assignment | OutputSection)[] {
  const all: InputSection[] = [];
  for (const f of files) {
    for (const s of f.sections) if (s && !s.discarded) all.push(s);
    if (f.common) all.push(f.common);
  }
  // Each input section goes to the first spec, in script order, that matches it. Finding that
  // spec section by section (memoised by name when no spec looks at file names) keeps this
  // linear in the number of sections: it is on the hot path of big links.
  const specs: InputSpec[] = [];
  for (const item of items) {
    if (item.kind === "output")
      for (const it of item.items) if (it.kind === "input") specs.push(it);
  }
  const fileBlind = specs.every((sp) => sp.filePattern === "*" && sp.excludeFiles.length === 0);
  const firstByName = new Map<string, number>();
  const buckets: InputSection[][] = specs.map(() => []);
  const assigned = new Set<InputSection>();
  for (const s of all) {
    let i = fileBlind ? firstByName.get(s.name) : undefined;
    if (i === undefined) {
      i = specs.findIndex((sp) => specMatches(sp, s));
      if (fileBlind) firstByName.set(s.name, i);
    }
    if (i >= 0) {
      buckets[i].push(s);
      assigned.add(s);
    }
  }
  const sequence: (Assignment | OutputSection)[] = [];
  const byName = new Map<string, OutputSection>();
  let specIndex = 0;
  for (const item of items) {
    if (item.kind === "assign") {
      sequence.push(item);
      continue;
    }
    // Two statements with one name make one output section (ld merges them too).
    const existing = byName.get(item.name);
    const out: OutputSection = existing ?? {
      name: item.name,
      stmt: item,
      items: [],
      vma: 0,
      lma: 0,
      size: 0,
      align: 1,
      flags: 0,
      type: SHT_NOBITS,
      empty: true,
    };
    for (const it of item.items) {
      if (it.kind === "assign") out.items.push({ kind: "assign", assign: it });
      else if (it.kind === "data")
        out.items.push({ kind: "data", size: it.size, expr: it.expr, offset: 0, value: 0 });
      else {
        const matched = buckets[specIndex++];
        if (it.sort) matched.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const s of matched) {
          if (it.keep) s.keep = true;
          if (item.name === "/DISCARD/") s.discarded = true;
          else out.items.push({ kind: "input", section: s });
        }
      }
    }
    // /DISCARD/ stays in the sequence (never laid out): orphans are placed relative to it.
    if (!existing) {
      if (item.name !== "/DISCARD/") byName.set(item.name, out);
      sequence.push(out);
    }
  }
  // Orphans, grouped by name, placed as ld places them: after the output section named for their
  // kind (.text, .rodata, .data, .bss) even if it is empty, else after the last output section
  // holding that kind; later orphans of a kind follow the earlier ones.
  const lastOrphan = new Map<number, OutputSection>();
  for (const s of all) {
    if (assigned.has(s)) continue;
    let out = byName.get(s.name);
    if (!out) {
      const stmt: OutputSectionStmt = { kind: "output", name: s.name, noload: false, items: [] };
      out = {
        name: s.name,
        stmt,
        items: [],
        vma: 0,
        lma: 0,
        size: 0,
        align: 1,
        flags: 0,
        type: SHT_NOBITS,
        empty: true,
      };
      const kind = kindOf(s.sec.flags, s.sec.type);
      const previous = lastOrphan.get(kind);
      if (previous) {
        sequence.splice(sequence.indexOf(previous) + 1, 0, out);
      } else {
        const anchor = byName.get(ORPHAN_ANCHORS[kind]);
        let at = anchor ? sequence.indexOf(anchor) : -1;
        if (at < 0) {
          sequence.forEach((x, i) => {
            const holds = (p: Placed): boolean =>
              p.kind === "input" && kindOf(p.section.sec.flags, p.section.sec.type) === kind;
            if ("stmt" in x && x.items.some(holds)) at = i;
          });
        }
        sequence.splice(orphanPlace(sequence, at), 0, out);
      }
      lastOrphan.set(kind, out);
      byName.set(s.name, out);
    }
    out.items.push({ kind: "input", section: s });
  }
  return sequence;
}

interface Value {
  v: number;
  /** A plain number (no `.`, symbol or section address in it): relative inside a section. */
  plain: boolean;
  /** `.` inside an output section, and sums with it: an offset from the section's start. */
  rel?: boolean;
}

export class LayoutEngine {
  private dot = 0;
  private current?: OutputSection;
  private final = false;
  private changed = false;
  private readonly layoutResult: Layout;
  private readonly byName = new Map<string, OutputSection>();
  private readonly sink: DiagnosticSink;
  private readonly symbols: SymbolTable;
  private readonly script: LinkerScript;
  /** Addresses of object-defined symbols; set by the linker (it knows sections' places). */
  private readonly symbolAddress: (name: string) => number | undefined;
  /** What DATA_SEGMENT_ALIGN, _RELRO_END and _END saw, and ld's adjustment phase. */
  private readonly seg = {
    phase: "none" as "none" | "relro" | "adjust" | "done",
    base: 0,
    relroEnd: 0,
    relroOffset: 0,
    relroSeen: false,
    end: 0,
    endSeen: false,
    maxPage: 0x1000,
    commonPage: 0x1000,
  };
  /** DATA_SEGMENT_ALIGN gives a page start (see there). */
  private readonly pageAlignData: boolean;

  constructor(
    script: LinkerScript,
    sequence: (Assignment | OutputSection)[],
    symbols: SymbolTable,
    sink: DiagnosticSink,
    symbolAddress: (name: string) => number | undefined,
    pageAlignData = false,
  ) {
    this.pageAlignData = pageAlignData;
    this.script = script;
    this.symbols = symbols;
    this.sink = sink;
    this.symbolAddress = symbolAddress;
    const outputs = sequence.filter((x): x is OutputSection => "stmt" in x);
    for (const o of outputs) this.byName.set(o.name, o);
    this.layoutResult = {
      outputs,
      sequence,
      scriptSymbols: new Map(),
      assigned: new Map(),
      headerCount: 3,
    };
  }

  /** Lays everything out, repeating until addresses settle; the last pass reports errors. */
  run(): Layout {
    for (const o of this.layoutResult.outputs) this.settleKind(o);
    this.settle();
    if (this.seg.endSeen) {
      this.adjustDataSegment();
      this.settle();
    }
    this.final = true;
    this.pass();
    // Laid out but with nothing in it: not written (ld drops zero-size output sections too).
    for (const o of this.layoutResult.outputs) if (o.size === 0) o.empty = true;
    return this.layoutResult;
  }

  /** Passes until nothing moves. */
  private settle(): void {
    for (let pass = 0; pass < 8; pass++) {
      this.changed = false;
      this.pass();
      if (!this.changed && pass > 0) break;
    }
  }

  /**
   * ld's second look at the data segment (DATA_SEGMENT_ALIGN ... DATA_SEGMENT_END), once the
   * layout has settled. With read-only-after-relocation sections (.init_array, .data.rel.ro ...
   * before DATA_SEGMENT_RELRO_END), the segment start moves up so that they end on a page
   * boundary; without, it moves down to a page start when that saves a page.
   */
  private adjustDataSegment(): void {
    const seg = this.seg;
    if (seg.relroSeen && this.hasRelroSection()) {
      const initial = seg.base;
      const expected = alignUp(seg.relroEnd, seg.maxPage);
      let desired = expected - seg.relroOffset;
      const limit = seg.relroEnd - seg.relroOffset;
      for (const o of [...this.layoutResult.outputs].reverse()) {
        if (o.empty || o.vma < seg.base || o.vma >= limit) continue;
        const start = (o.vma + (desired - (o.vma + o.size))) & ~(o.align - 1);
        desired = start >>> 0;
      }
      seg.phase = "relro";
      if (desired >= seg.base) seg.base = desired;
      this.pass();
      if (seg.relroEnd > expected) seg.base = initial;
      return;
    }
    const page = seg.commonPage;
    const first = -seg.base & (page - 1);
    const last = seg.end & (page - 1);
    const samePage = Math.floor(seg.base / page) === Math.floor(seg.end / page);
    if (first && last && !samePage && first + last <= page) seg.phase = "adjust";
    else seg.phase = "done";
  }

  /** Whether a non-empty output section lies between DATA_SEGMENT_ALIGN and _RELRO_END. */
  private hasRelroSection(): boolean {
    const uses = (item: Assignment | OutputSection, name: string): boolean => {
      const assigns =
        "stmt" in item
          ? item.items.flatMap((p) => (p.kind === "assign" ? [p.assign] : []))
          : [item];
      return assigns.some((a) => exprUses(a.expr, name));
    };
    const seq = this.layoutResult.sequence;
    const start = seq.findIndex((x) => uses(x, "DATA_SEGMENT_ALIGN"));
    if (start < 0) return false;
    for (const item of seq.slice(start)) {
      if (uses(item, "DATA_SEGMENT_RELRO_END")) break;
      if ("stmt" in item && !item.empty && item.size > 0) return true;
    }
    return false;
  }

  /**
   * Type, flags, alignment and emptiness from the input sections (they do not change). As in ld,
   * an output section with no bytes, no data statements and no assignments is left out of the
   * layout (its address expression is ignored); one that ends up with size 0 is not written.
   */
  private settleKind(o: OutputSection): void {
    let progbits = false;
    let flags = 0;
    let align = 1;
    let empty = true;
    // The inputs' one section type when they agree (SHT_INIT_ARRAY, SHT_NOTE ...), as ld keeps it.
    let common = -1;
    for (const p of o.items) {
      if (p.kind === "data") {
        progbits = true;
        empty = false;
        common = SHT_PROGBITS;
      } else if (p.kind === "assign") {
        if (p.assign.assert === undefined && (!p.assign.provide || this.provideWanted(p.assign)))
          empty = false;
      } else if (p.section.live) {
        if (p.section.sec.size > 0) empty = false;
        flags |= p.section.sec.flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR);
        align = Math.max(align, p.section.sec.addralign || 1);
        if (p.section.sec.type !== SHT_NOBITS) {
          progbits = true;
          const t = p.section.sec.type;
          common = common === -1 || common === t ? t : SHT_PROGBITS;
        }
      }
    }
    if (o.stmt.noload) progbits = false;
    if (o.name === "/DISCARD/") empty = true;
    o.type = progbits ? (common > 0 ? common : SHT_PROGBITS) : SHT_NOBITS;
    o.flags = flags | SHF_ALLOC;
    o.align = align;
    o.empty = empty;
  }

  private setIfChanged<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
    if (obj[key] !== value) {
      obj[key] = value;
      this.changed = true;
    }
  }

  private pass(): void {
    this.dot = 0;
    let delta = 0;
    for (const item of this.layoutResult.sequence) {
      if (!("stmt" in item)) {
        this.assign(item);
        continue;
      }
      const o = item;
      const stmt = o.stmt;
      this.current = undefined;
      if (o.empty) {
        this.setIfChanged(o, "vma", this.dot);
        this.setIfChanged(o, "lma", (this.dot + delta) >>> 0);
        for (const p of o.items) {
          if (p.kind !== "input") continue;
          p.section.out = o;
          p.section.offset = 0;
        }
        continue;
      }
      let align = o.align;
      if (stmt.align) align = Math.max(align, this.eval(stmt.align).v);
      const vma = stmt.address
        ? alignUp(this.eval(stmt.address).v, stmt.align ? align : 1)
        : alignUp(this.dot, align);
      this.setIfChanged(o, "vma", vma >>> 0);
      let lma = vma;
      if (stmt.loadAddress) lma = this.eval(stmt.loadAddress).v;
      else if (!stmt.address) lma = vma + delta;
      delta = lma - vma;
      this.setIfChanged(o, "lma", lma >>> 0);
      this.current = o;
      this.dot = o.vma;
      for (const p of o.items) {
        if (p.kind === "input") {
          if (!p.section.live) continue;
          this.dot = alignUp(this.dot, p.section.sec.addralign || 1);
          this.setIfChanged(p.section, "offset", this.dot - o.vma);
          p.section.out = o;
          this.dot += p.section.sec.size;
        } else if (p.kind === "data") {
          p.offset = this.dot - o.vma;
          p.value = this.eval(p.expr).v;
          this.dot += p.size;
        } else {
          const before = this.dot;
          this.assign(p.assign);
          if (p.assign.name === "." && this.dot > before) {
            p.padFrom = before - o.vma;
            p.padTo = this.dot - o.vma;
          } else p.padFrom = p.padTo = undefined;
        }
      }
      this.setIfChanged(o, "size", this.dot - o.vma);
      this.current = undefined;
    }
  }

  /** PROVIDE defines a symbol only when something refers to it and no object defines it. */
  private provideWanted(a: Assignment): boolean {
    const g = this.symbols.map.get(a.name);
    return (
      g !== undefined && g.referenced && (g.scriptValue !== undefined || (!g.def && !g.common))
    );
  }

  private assign(a: Assignment): void {
    if (a.assert !== undefined) {
      const ok = this.eval(a.expr).v !== 0;
      this.layoutResult.assigned.set(a, Number(ok));
      if (!ok) this.error(a.assert, a.span);
      return;
    }
    if (a.provide && !this.provideWanted(a)) return;
    const value = this.eval(a.expr);
    let v = value.v;
    let offset = value.plain || value.rel === true;
    if (a.op !== "=") {
      const old = a.name === "." ? this.dot : this.lookup(a.name, a.expr.span);
      v = binaryOp(a.op.slice(0, -1), old, this.absolute(value), () =>
        this.error("division by zero", a.span),
      );
      offset = false;
    }
    if (this.current && offset) v += this.current.vma;
    v >>>= 0;
    this.layoutResult.assigned.set(a, v);
    if (a.name === ".") {
      if (this.current && v < this.dot)
        this.error(
          `cannot move location counter backwards (from 0x${this.dot.toString(16)} to 0x${v.toString(16)})`,
          a.span,
        );
      this.dot = v;
      return;
    }
    const old = this.layoutResult.scriptSymbols.get(a.name);
    if (old?.value !== v) this.changed = true;
    this.layoutResult.scriptSymbols.set(a.name, {
      value: v,
      section: this.current,
      hidden: a.hidden,
    });
    const g = this.symbols.get(a.name);
    g.scriptValue = v;
    g.scriptSection = this.current;
  }

  private error(message: string, span: Span | undefined): void {
    if (this.final) this.sink.error(message, span);
  }

  private lookup(name: string, span: Span): number {
    const s = this.layoutResult.scriptSymbols.get(name);
    if (s) return s.value;
    const addr = this.symbolAddress(name);
    if (addr !== undefined) return addr;
    this.error(`undefined symbol \`${name}' referenced in expression`, span);
    return 0;
  }

  private section(name: string, span: Span): OutputSection | undefined {
    const o = this.byName.get(name);
    if (!o) this.error(`undefined section \`${name}' referenced in expression`, span);
    return o;
  }

  eval(e: Expr): Value {
    switch (e.kind) {
      case "num":
        return { v: e.value, plain: true };
      case "dot":
        if (this.current) return { v: this.dot - this.current.vma, plain: false, rel: true };
        return { v: this.dot, plain: false };
      case "sym":
        return { v: this.lookup(e.name, e.span), plain: false };
      case "unary": {
        const a = this.eval(e.arg);
        const x = this.absolute(a);
        const v = e.op === "-" ? -x : e.op === "~" ? ~x : e.op === "!" ? Number(x === 0) : x;
        return { v: v >>> 0, plain: a.plain };
      }
      case "binary": {
        const l = this.eval(e.left);
        const r = this.eval(e.right);
        const divZero = (): void => this.error("division by zero", e.span);
        // Offsets within the section combine with numbers as offsets (so `. != 0` asks whether
        // the section has grown), and with addresses as addresses -- ld's rules.
        if ((l.rel || r.rel) && (l.rel || l.plain) && (r.rel || r.plain)) {
          const v = binaryOp(e.op, l.v, r.v, divZero);
          return COMPARISONS.has(e.op) ? { v, plain: true } : { v, plain: false, rel: true };
        }
        return {
          v: binaryOp(e.op, this.absolute(l), this.absolute(r), divZero),
          plain: l.plain && r.plain,
        };
      }
      case "cond":
        return this.eval(e.test).v !== 0 ? this.eval(e.then) : this.eval(e.else);
      case "call":
        return this.call(e);
    }
  }

  /** A value as an address (an offset inside the current section made absolute). */
  private absolute(x: Value): number {
    return x.rel && this.current ? (x.v + this.current.vma) >>> 0 : x.v;
  }

  private call(e: Extract<Expr, { kind: "call" }>): Value {
    const arg = (i: number): number => this.absolute(this.eval(e.args[i]));
    const need = (n: number): boolean => {
      if (e.args.length === n) return true;
      this.error(`${e.name} takes ${n} argument${n === 1 ? "" : "s"}`, e.span);
      return false;
    };
    const addr = (v: number): Value => ({ v: v >>> 0, plain: false });
    switch (e.name) {
      case "ALIGN":
        if (e.args.length === 2)
          return { v: alignUp(arg(0), arg(1)) >>> 0, plain: this.eval(e.args[0]).plain };
        return need(1) ? addr(alignUp(this.dot, arg(0))) : addr(0);
      case "BLOCK": // an old spelling of ALIGN
      case "NEXT":
        return need(1) ? addr(alignUp(this.dot, arg(0))) : addr(0);
      case "ABSOLUTE":
        return need(1) ? addr(arg(0)) : addr(0);
      case "MAX":
      case "MIN":
        if (!need(2)) return addr(0);
        return addr(e.name === "MAX" ? Math.max(arg(0), arg(1)) : Math.min(arg(0), arg(1)));
      case "LOG2CEIL":
        return need(1)
          ? { v: arg(0) <= 1 ? 0 : 32 - Math.clz32(arg(0) - 1), plain: true }
          : addr(0);
      case "DEFINED": {
        const name = e.section ?? "";
        const g = this.symbols.map.get(name);
        const defined =
          this.layoutResult.scriptSymbols.has(name) ||
          (g !== undefined && (g.def !== undefined || g.common !== undefined));
        return { v: Number(defined), plain: true };
      }
      case "ADDR":
        return addr(this.section(e.section ?? "", e.span)?.vma ?? 0);
      case "LOADADDR":
        return addr(this.section(e.section ?? "", e.span)?.lma ?? 0);
      case "SIZEOF":
        return { v: this.section(e.section ?? "", e.span)?.size ?? 0, plain: false };
      case "ALIGNOF":
        return { v: this.section(e.section ?? "", e.span)?.align ?? 0, plain: false };
      case "SIZEOF_HEADERS":
        return { v: 52 + 32 * this.layoutResult.headerCount, plain: false };
      case "SEGMENT_START":
        return need(1) ? addr(arg(0)) : addr(0);
      case "DATA_SEGMENT_END":
        if (!need(1)) return addr(0);
        this.seg.end = arg(0);
        this.seg.endSeen = true;
        return addr(this.seg.end);
      case "DATA_SEGMENT_RELRO_END": {
        if (!need(2)) return addr(0);
        this.seg.relroOffset = arg(0);
        this.seg.relroEnd = (arg(1) + this.seg.relroOffset) >>> 0;
        this.seg.relroSeen = true;
        return addr(arg(1));
      }
      case "DATA_SEGMENT_ALIGN": {
        if (!need(2)) return addr(0);
        const max = arg(0);
        const common = arg(1);
        const seg = this.seg;
        seg.maxPage = max;
        seg.commonPage = common;
        if (seg.phase === "relro") return addr(seg.base);
        if (seg.phase === "adjust") {
          return addr(alignUp(this.dot, max) + ((this.dot + common - 1) & (max - common)));
        }
        // The same offset within the next page; except (as measured against ld 2.40, whose
        // page-saving pass runs again after it edits .eh_frame) when the link has an .eh_frame:
        // then the start of the next page.
        const value = this.pageAlignData
          ? alignUp(this.dot, max)
          : alignUp(this.dot, max) + (this.dot & (max - 1));
        if (seg.phase === "none") seg.base = value >>> 0;
        return addr(value);
      }
    }
    this.error(`unknown function '${e.name}'`, e.span);
    return addr(0);
  }

  /** Entry symbol named by the script, if any. */
  get entry(): string | undefined {
    return this.script.entry?.name;
  }
}

function binaryOp(op: string, a: number, b: number, divZero: () => void): number {
  switch (op) {
    case "+":
      return (a + b) >>> 0;
    case "-":
      return (a - b) >>> 0;
    case "*":
      return Math.imul(a, b) >>> 0;
    case "/":
    case "%":
      if (b === 0) {
        divZero();
        return 0;
      }
      return (op === "/" ? Math.floor(a / b) : a % b) >>> 0;
    case "<<":
      return (a << b) >>> 0;
    case ">>":
      return a >>> b;
    case "&":
      return (a & b) >>> 0;
    case "|":
      return (a | b) >>> 0;
    case "^":
      return (a ^ b) >>> 0;
    case "==":
      return Number(a === b);
    case "!=":
      return Number(a !== b);
    case "<":
      return Number(a < b);
    case ">":
      return Number(a > b);
    case "<=":
      return Number(a <= b);
    case ">=":
      return Number(a >= b);
    case "&&":
      return Number(a !== 0 && b !== 0);
    case "||":
      return Number(a !== 0 || b !== 0);
  }
  throw new FatalError(`unknown operator ${op}`);
}

const COMPARISONS = new Set(["==", "!=", "<", ">", "<=", ">=", "&&", "||"]);

/** Whether an expression calls the built-in function `name`. */
function exprUses(e: Expr, name: string): boolean {
  switch (e.kind) {
    case "call":
      return e.name === name || e.args.some((a) => exprUses(a, name));
    case "unary":
      return exprUses(e.arg, name);
    case "binary":
      return exprUses(e.left, name) || exprUses(e.right, name);
    case "cond":
      return exprUses(e.test, name) || exprUses(e.then, name) || exprUses(e.else, name);
    default:
      return false;
  }
}
