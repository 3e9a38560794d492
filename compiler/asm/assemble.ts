// The assembler's passes: parsed lines to section contents, symbols and fixups.
//
// Like NASM, the assembler runs over the whole program again and again. Each pass gives every
// label the offset it has in its section this time, encodes every instruction with the values
// known so far (a forward reference takes the value it had on the previous pass), and ends by
// asking whether any label or `equ` moved. When none did, every reference saw its final value and
// that pass's output is the result; only its diagnostics are reported, so an "undefined symbol"
// is only ever said about a symbol that no pass defined.
//
// The second pass is most often a short one. A line of the first pass that used no value it did
// not know (a label further on, an `equ` defined later) made its final bytes already, if the
// layout holds; so the second pass first assembles again only the lines that did (`patchPass`),
// at their place. When each takes the room it took before, no label moved, and that is the
// result; otherwise a pass over every line follows, as above. The first pass keeps only those
// lines (the rest of what it parsed dies young, which the garbage collector likes); a full pass
// after it reads the program again, as nasm does, and keeps every line that is not a constant
// instruction for the passes after it.
//
// Branch relaxation happens on the way: a `jmp`/`jcc` to a label in the same section takes its
// short form on every pass where the target, as far as that pass knows it, is in reach, and its
// near form otherwise -- NASM's rule, so the layouts agree. A forward target not seen yet counts
// as in reach (every jump starts short). Should the layout still move after 20 passes, a jump
// that once needed its near form keeps it from then on, which makes the passes end.
//
// Labels are offsets in a section, in `-f bin` too: a value like "main + 3" keeps its section as
// its base (expr.ts), and a field holding one becomes a fixup. output-bin.ts resolves fixups once
// the sections have addresses; output-elf.ts turns them into relocations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, DiagnosticSink, note, type SourceFile, type Span } from "../diag.ts";
import { timed } from "../timing.ts";
import {
  encode,
  type EncodeResult,
  formsOf,
  type ImmOperand,
  type Instruction,
  type MemOperand,
  type Operand as EncOperand,
} from "../../x86/encode.ts";
import { formText, REGISTERS, type OperandKind, type Register } from "../../x86/isa.ts";
import {
  type Base,
  evaluate,
  AsmError,
  mentionsHere,
  num,
  type Expr,
  type Scope,
  type SymbolExpr,
  type Value,
} from "./expr.ts";
import { isIdentChar, parseBigNumber, type Place } from "./lex.ts";
import { type ListedLine, Preprocessor, span, type Line } from "./macro.ts";
import {
  isConstant,
  type InstructionStatement,
  type Label,
  type Operand,
  type ParsedLine,
  Parser,
  type Statement,
} from "./parse.ts";
import { TextTable } from "./texts.ts";

export type OutputFormat = "bin" | "elf32";

export interface AssembleOptions {
  format: OutputFormat;
  includeDirs: string[];
  defines: string[];
  /** Keep what `-l` needs (every line read, in order). */
  listing?: boolean;
}

/** A field whose value needs an address the assembler does not know yet. */
export interface SectionFixup {
  offset: number;
  size: 1 | 2 | 4;
  pcRelative: boolean;
  /** What the field is relative to; the field's bytes hold the addend. */
  base: Base;
  tok: Place;
}

let nextSerial = 1;

export class Section implements Base {
  readonly key: string;
  bytes = new Uint8Array(256);
  /** The current offset: bytes emitted (or reserved, in a nobits section) so far. */
  size = 0;
  fixups: SectionFixup[] = [];
  /** The largest `align` seen (NASM raises the section's alignment to it). */
  align: number;
  /**
   * When it was first named by a `section` line or first had something put in it: the order of
   * the sections in the output. Unset for the default `.text` while unused (NASM omits it then).
   */
  order: number | undefined;
  /** An `absolute` or `struc` space: labels in it are plain numbers from `start` on. */
  absolute = false;
  start = 0;
  /** `alloc`, `exec`, `write` as the `section` line said (else the defaults by name). */
  flags: { alloc?: boolean; exec?: boolean; write?: boolean } = {};

  readonly name: string;
  nobits: boolean;
  /** Order of definition. */
  readonly index: number;
  /** A number no other section has (1 on). */
  readonly serial = nextSerial++;

  constructor(name: string, nobits: boolean, align: number, index: number) {
    this.name = name;
    this.nobits = nobits;
    this.index = index;
    this.key = "\0section:" + name;
    this.align = align;
  }

  emit(b: ArrayLike<number>): void {
    if (this.nobits) {
      this.size += b.length;
      return;
    }
    const n = b.length;
    this.reserve(n);
    // Instructions are a few bytes: a plain loop beats TypedArray.set from a JS array (hot path).
    const bytes = this.bytes;
    let at = this.size;
    for (let i = 0; i < n; i++) bytes[at++] = b[i];
    this.size = at;
  }

  /** Emits `length` bytes of `from` from offset `at` on. */
  emitFrom(from: Uint8Array, at: number, length: number): void {
    if (this.nobits) {
      this.size += length;
      return;
    }
    this.reserve(length);
    const bytes = this.bytes;
    let to = this.size;
    for (let i = 0; i < length; i++) bytes[to++] = from[at + i];
    this.size = to;
  }

  fill(value: number, count: number): void {
    if (!this.nobits) {
      this.reserve(count);
      this.bytes.fill(value, this.size, this.size + count);
    }
    this.size += count;
  }

  private reserve(n: number): void {
    if (this.size + n <= this.bytes.length) return;
    let cap = this.bytes.length * 2;
    while (cap < this.size + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes.subarray(0, this.size));
    this.bytes = next;
  }

  contents(): Uint8Array {
    return this.bytes.subarray(0, this.nobits ? 0 : this.size);
  }
}

/** An external symbol as a base of values. */
export class External implements Base {
  readonly key: string;
  readonly name: string;
  constructor(name: string) {
    this.key = name;
    this.name = name;
  }
}

/** The base of an absolute branch target (`jmp 0x7c00`), which NASM encodes as a fixup. */
export const ABSOLUTE: Base = { key: "\0absolute" };

/**
 * What a field whose value is not known yet (a label further on) is encoded against on the
 * first pass: a symbol, as far as the encoder can tell, so it takes a full-size displacement or
 * immediate as a label will. The layout is then most often right from the first pass, and the
 * second is the last. No fixup is kept for it: a later pass knows the value.
 */
const NOT_YET_KNOWN = "\0not yet known";

/** The base of such a value in an `Encoding`: any base fits the field when it is known. */
const NOT_YET_KNOWN_BASE: Base = { key: NOT_YET_KNOWN };

/** Such a value as a displacement in an `Encoding` (the field was encoded as 0). */
const NOT_YET_KNOWN_ADDRESS = { base: NOT_YET_KNOWN_BASE, n: 0 } as const;

export interface AsmSymbol {
  name: string;
  kind: "label" | "equ" | "extern";
  value: Value | undefined;
  global: boolean;
  /** Where it was defined (or declared extern). */
  tok?: Place;
  /** The pass that last defined it. */
  pass: number;
}

/** Where each line's bytes are, for the listing: section, start and end offsets. */
export interface LinePlacement {
  section: Section;
  start: number;
  end: number;
  /** A `times` or `align` line: how many repetitions (the listing prints them as `<rep N>`). */
  repeat?: number;
  /** Space reserved (`resb`, `alignb`, anything in a nobits section): listed as `??` or `<res N>`. */
  reserved: boolean;
  /** An `incbin` line: listed as `<bin N>`. */
  included: boolean;
  /** An `at` line: zeros before the field, listed as `00<rep N>` before the field's bytes. */
  padded?: number;
}

export interface Assembly {
  format: OutputFormat;
  fileName: string;
  sections: Section[];
  symbols: Map<string, AsmSymbol>;
  org: number;
  placements: (LinePlacement | undefined)[];
  passes: number;
  /** With `listing`: every line read, in order. */
  listed: ListedLine[];
}

/**
 * The two kinds of value in `encodedText`, in a value's lowest bit: a constant instruction's
 * bytes (`at * 32 + length` above it), or an instruction that names a label (its index in
 * `textPatches` above it).
 */
const CONSTANT_TEXT = 0;
const TEXT_PATCH = 1;

const MAX_PASSES = 100;

/** After this many passes a jump that needed its near form keeps it, so the passes end. */
const STICKY_AFTER = 20;

const NO_OPERANDS: Operand[] = [];

const UNKNOWN_VALUE: Value = { n: 0, base: null, unknown: true, regs: null };

/** Assembles a file; errors are in the sink (the result is then not to be written). */
export function assemble(file: SourceFile, opts: AssembleOptions, sink: DiagnosticSink): Assembly {
  const asm = new Assembler(opts, file, sink);
  asm.run(sink);
  return asm.result();
}

class Assembler implements Scope {
  private sections = new Map<string, Section>();
  private symbols = new Map<string, AsmSymbol>();
  private bases = new Map<string, Base>([[ABSOLUTE.key, ABSOLUTE]]);
  private incbins = new Map<string, Uint8Array | string>();
  private section!: Section;
  private bits: 16 | 32 = 16;
  private org = 0;
  private pass = 0;
  private changed = false;
  private diags: Diagnostic[] = [];
  /** The line each of `diags` is about (its index in `lines`). */
  private diagLines: number[] = [];
  private placements: (LinePlacement | undefined)[] = [];
  /** The line being assembled, for diagnostics in macro expansions. */
  private line: ParsedLine | undefined;
  private lineEnd = 0;
  final = false;

  private readonly opts: AssembleOptions;
  private readonly file: SourceFile;
  /**
   * The parsed lines, once a pass has read them all to keep them (the second, when the first's
   * layout did not hold): the passes after it assemble them again. A line that is only a
   * constant instruction, encoded for good, is not kept (undefined here): its bytes are at
   * `lineCacheAt[i]` in `cache`, `lineCacheLength[i]` of them. Most lines are such, and the
   * garbage collector then has little to keep (memory, and time: hot path).
   */
  private readonly lines: (ParsedLine | undefined)[] = [];
  private linesKept = false;
  private lineCacheAt = new Int32Array(1024);
  private lineCacheLength = new Int32Array(1024);
  /** The reading of the program the pass in progress takes its lines from (see `read`). */
  private parser!: Parser;
  private pp!: Preprocessor;
  /** The first reading's list of lines, for the listing. */
  private readonly listed: ListedLine[];
  /** The files `%include` read, shared by every reading. */
  private readonly included = new Map<string, SourceFile>();

  constructor(opts: AssembleOptions, file: SourceFile, sink: DiagnosticSink) {
    this.opts = opts;
    this.file = file;
    this.read(sink);
    this.listed = this.pp.listed;
  }

  /**
   * Starts reading the program from its first line. The first reading reports to `sink` what
   * the preprocessor and the parser find wrong; a second one, which reads the same lines again,
   * reports to a sink of its own, which nobody reads.
   */
  private read(sink: DiagnosticSink): void {
    this.pp = new Preprocessor(sink, {
      includeDirs: this.opts.includeDirs,
      defines: this.opts.defines,
      listing: this.opts.listing,
      included: this.included,
    });
    this.pp.pushFile(this.file);
    this.parser = new Parser(sink, this.pp);
  }

  run(sink: DiagnosticSink): void {
    this.sink = sink;
    this.sinkStart = sink.list.length;
    for (this.pass = 1; this.pass <= MAX_PASSES; this.pass++) {
      const phase =
        this.pass === 1
          ? "pass 1 (with lex, preprocess, parse)"
          : this.pass <= 3
            ? `pass ${this.pass}`
            : "passes 4+";
      timed(phase, () => this.runPass());
      if (this.pass === 1 && this.patchable && timed("pass 2", () => this.patchPass())) {
        this.report(sink);
        return;
      }
      if (!this.changed) {
        this.report(sink);
        return;
      }
    }
    // Report the last pass's errors anyway: they often say why.
    this.report(sink);
    sink.error(
      `the program's layout does not settle after ${MAX_PASSES} passes (a 'times' or 'align' that depends on a later label?)`,
    );
  }

  /**
   * Reports the last pass's diagnostics among those the preprocessor and the parser reported
   * while the first pass read the lines, all in the order of the lines, as nasm does.
   */
  private report(sink: DiagnosticSink): void {
    const early = sink.list.splice(this.sinkStart);
    let e = 0;
    for (let d = 0; d < this.diags.length; d++) {
      while (e < early.length && this.earlyLines[e] <= this.diagLines[d])
        sink.list.push(early[e++]);
      sink.report(this.diags[d]);
    }
    while (e < early.length) sink.list.push(early[e++]);
  }

  /** Where the sink's list was when this assembly began. */
  private sinkStart = 0;
  private sink: DiagnosticSink | undefined;
  /** For each diagnostic the first pass's reading reported (from `sinkStart` on): its line. */
  private readonly earlyLines: number[] = [];

  /** Notes line `i` as the line of the diagnostics the reading of it has just reported. */
  private noteEarly(i: number): void {
    const sink = this.sink!;
    while (this.sinkStart + this.earlyLines.length < sink.list.length) this.earlyLines.push(i);
  }

  result(): Assembly {
    return {
      format: this.opts.format,
      fileName: this.file.name,
      sections: [...this.sections.values()]
        .filter((sec) => sec.order !== undefined)
        .sort((a, b) => a.order! - b.order!),
      symbols: this.symbols,
      org: this.org,
      placements: this.placements,
      passes: this.pass,
      listed: this.listed,
    };
  }

  private runPass(): void {
    this.changed = false;
    this.diags = [];
    this.diagLines = [];
    // A pass is final if it turns out that nothing moved; undefined symbols are then errors. We
    // only know afterwards, so every pass after the first is assembled as if final, and errors
    // about symbols that later passes define are dropped with that pass's diagnostics.
    this.final = this.pass > 1;
    this.bits = this.opts.format === "bin" ? 16 : 32;
    this.org = 0;
    for (const s of this.sections.values()) {
      s.size = 0;
      s.fixups = [];
    }
    this.section = this.sectionNamed(".text");
    if (this.pass === 1) this.readingPass(false);
    else if (!this.linesKept) {
      // The first pass kept only the lines the patch needed: this pass reads the program again,
      // and keeps the lines for the passes after it.
      this.pending = [];
      this.pendingLines = [];
      this.pendingSection = [];
      this.pendingBits = [];
      this.pendingEnd = [];
      this.read(new DiagnosticSink());
      this.readingPass(true);
      this.linesKept = true;
    } else {
      for (let i = 0; i < this.lines.length; i++) {
        const pl = this.lines[i];
        if (pl === undefined)
          this.assembleCachedLine(i, this.lineCacheAt[i], this.lineCacheLength[i]);
        else this.assembleLine(i, pl);
      }
    }
    if (this.pass === 1) this.changed = true;
  }

  /**
   * A pass that reads the program, taking each line as the parser makes it, so that what the
   * line needs only while it is encoded (its tokens, a constant instruction's operands) dies
   * young: the garbage collector then has little to copy (hot path). The first pass keeps only
   * the lines whose bytes depend on a label further on (`pending`, for the patch); with `keep`,
   * a pass keeps every line that is not a constant instruction, for the passes after it.
   */
  private readingPass(keep: boolean): void {
    for (let i = 0; ; i++) {
      // A line that is exactly a constant instruction seen before: its bytes, and the line is
      // not even read (the same text makes the same bytes; programs repeat themselves).
      const t = this.pp.plainText;
      const seen = this.parser.plainLine()
        ? this.encodedText(this.bits).get(t.text, t.start, t.end, t.hash)
        : -1;
      if (seen >= 0 && (seen & 1) === CONSTANT_TEXT) {
        const at = (seen >>> 1) >>> 5;
        const length = (seen >>> 1) & 31;
        this.parser.skipPlainLine();
        if (keep) {
          this.keepCachedLine(i, at, length);
          this.lines.push(undefined);
        }
        this.assembleCachedLine(i, at, length);
        continue;
      }
      // An instruction seen before that names a label (`call print`, `mov eax, [table + 8]`):
      // its bytes with the label's value written in (the first pass only; see `reuseText`).
      if (seen >= 0 && !keep && this.pass === 1 && this.reuseText(i, this.textPatches[seen >>> 1]))
        continue;
      const pl = this.parser.next();
      if (this.pass === 1) this.noteEarly(i);
      if (pl === undefined) break;
      this.assembleLine(i, pl);
      if (!keep) continue;
      const s = pl.stmt;
      if (
        pl.label === undefined &&
        s?.k === "insn" &&
        s.cachedAt !== undefined &&
        s.cachedWarnings === undefined
      ) {
        this.keepCachedLine(i, s.cachedAt, s.cachedLength!);
        this.lines.push(undefined);
      } else this.lines.push(pl);
    }
  }

  private keepCachedLine(i: number, at: number, length: number): void {
    if (i >= this.lineCacheAt.length) {
      this.lineCacheAt = grown(this.lineCacheAt);
      this.lineCacheLength = grown(this.lineCacheLength);
    }
    this.lineCacheAt[i] = at;
    this.lineCacheLength[i] = length;
  }

  /** Line `i`, a constant instruction not kept as a line (see `lines`): its bytes in `cache`. */
  private assembleCachedLine(i: number, at: number, length: number): void {
    const sec = this.section;
    const start = sec.size;
    sec.emitFrom(this.cache.bytes, at, length);
    if (sec.order === undefined && sec.size > start) this.claim(sec);
    if (this.opts.listing)
      this.placements[i] = {
        section: sec,
        start,
        end: sec.size,
        repeat: undefined,
        reserved: sec.nobits,
        included: false,
        padded: undefined,
      };
  }

  /** Assembles line `i` (a label and a statement) into the current section. */
  private assembleLine(i: number, pl: ParsedLine): void {
    this.line = pl;
    this.lineIndex = i;
    this.statementPatch = undefined;
    this.lineEnd = pl.end;
    this.sawUnknown = false;
    const sec = this.section;
    const start = sec.size;
    const fixups = sec.fixups.length;
    // How far this line moved since the last pass: forward labels are assumed to move as much.
    if (i >= this.lineOffsets.length) {
      this.lineOffsets = grown(this.lineOffsets);
      this.lineSections = grown(this.lineSections);
    }
    this.shift = this.lineSections[i] !== sec.serial ? 0 : start - this.lineOffsets[i];
    this.lineOffsets[i] = start;
    this.lineSections[i] = sec.serial;
    if (pl.label !== undefined && pl.stmt?.k !== "equ") this.defineLabel(pl.label);
    if (pl.stmt !== undefined) {
      try {
        this.statement(pl.stmt);
      } catch (e) {
        if (!(e instanceof AsmError)) throw e;
        this.error(e.message, span(e.tok));
      }
    }
    if (sec.order === undefined && sec.size > start) this.claim(sec);
    if (this.section !== sec && this.section.size > 0) this.claim(this.section);
    if (this.sawUnknown && this.pass === 1) {
      const k = pl.stmt?.k;
      if ((k !== "insn" && k !== "data") || this.section !== sec) this.patchable = false;
      // Its fixups are made again, with the rest of it, by the patch.
      // (Cutting an array to the length it has is a call into the runtime all the same.)
      if (sec.fixups.length > fixups) sec.fixups.length = fixups;
      this.pending.push(i);
      this.pendingLines.push(this.patchOf(pl) ?? pl);
      this.pendingSection.push(sec);
      this.pendingBits.push(this.bits);
      this.pendingEnd.push(sec.size);
    }
    if (this.opts.listing)
      this.placements[i] =
        this.section === sec
          ? {
              section: sec,
              start,
              end: sec.size,
              repeat: this.lastRepeat,
              reserved: sec.nobits || isReserve(pl.stmt),
              included: pl.stmt?.k === "incbin",
              padded: pl.stmt?.k === "at" ? this.lastPad : undefined,
            }
          : undefined;
    this.lastRepeat = undefined;
  }

  private lastRepeat: number | undefined;
  private lastPad = 0;

  // ---- The short second pass ----

  /** The line being assembled: its index in `lines`. */
  private lineIndex = 0;
  /** The line being assembled used a symbol whose value is not known yet. */
  private sawUnknown = false;
  /**
   * The lines of the first pass that used a value not known yet: their index, section, `bits`
   * and where they ended. `patchable` while each is an instruction or data (nothing that could
   * define a symbol or move to another section).
   */
  private pending: number[] = [];
  private pendingLines: (ParsedLine | Patch)[] = [];
  private pendingSection: Section[] = [];
  private pendingBits: (16 | 32)[] = [];
  private pendingEnd: number[] = [];
  private patchable = true;
  /** In `patchPass`. */
  private patching = false;

  /**
   * Instructions that name a label, by their text (`encodedText`, values `TEXT_PATCH`): the
   * section they were in, whether the label was known then, and as a patch, their encoding and
   * the symbol they name.
   */
  private readonly textPatches: TextPatch[] = [];

  /**
   * Keeps an instruction of the first pass by its text (`statementKey`), when the same text
   * anywhere after it is the same instruction with the same encoding: it names one label,
   * written as it is (not a `.local` one, which means another label under another owner), and
   * its encoding can be refilled (its patch).
   */
  private keepText(patch: Patch): void {
    if (this.textPatches.length >= 1 << 29) return;
    let named = 0;
    for (let i = 0; i < patch.symbols.length; i++) {
      const sym = patch.symbols[i];
      if (sym === null) continue;
      if (sym.file.text.charCodeAt(sym.start) === 46 /* . */) return;
      named++;
    }
    if (named !== 1) return;
    const key = this.statementKey;
    const value = (this.textPatches.length << 1) | TEXT_PATCH;
    this.textPatches.push({ section: this.section, known: !this.sawUnknown, patch });
    this.encodedText(this.bits).set(key.text, key.start, key.end, value);
  }

  /**
   * Line `i` of the first pass, the text `plainLine` found, which is that of an instruction kept
   * by `keepText`: assembled as that instruction is refilled -- its bytes, with the label's value
   * written in and the fixup it needs -- when the label is known and the encoding holds for it;
   * when the label is not known yet, its bytes are those of the first pass's encoding (the same
   * for every such line), and the line is pending, as a patch. Returns false, having done
   * nothing, when the line must be read and encoded (another section, a value the encoding
   * does not hold, a jump that must change its size).
   */
  private reuseText(i: number, text: TextPatch): boolean {
    const sec = this.section;
    if (text.section !== sec) return false;
    const patch = text.patch;
    const enc = patch.encoding;
    const pc = sec.size;
    let known = true;
    for (let k = 0; k < patch.symbols.length; k++) {
      const sym = patch.symbols[k];
      if (sym === null) {
        this.refillValues[k] = 0;
        continue;
      }
      const v = this.symbol(sym);
      if (v === undefined || v.unknown) known = false;
      else if (!this.refillOperand(enc, k, v)) return false;
    }
    // (A label not known yet was not known for the line kept either: labels do not go away.)
    if (!known && text.known) return false;
    const jump = enc.jump;
    if (
      known &&
      jump !== undefined &&
      (!this.jumpFits(enc, pc) || (jump.relaxed && jump.size !== 1))
    )
      return false;
    // The line's place, its mnemonic, when something will point at it (a fixup, the patch).
    let place = patch;
    if (!known || enc.fields.length > 0) {
      const t = this.pp.plainText;
      let end = t.start;
      while (end < t.end && isIdentChar(t.text.charCodeAt(end))) end++;
      place = new Patch({ file: t.file, start: t.start, end }, enc, patch.symbols);
    }
    this.parser.skipPlainLine();
    if (i >= this.lineOffsets.length) {
      this.lineOffsets = grown(this.lineOffsets);
      this.lineSections = grown(this.lineSections);
    }
    this.lineOffsets[i] = pc;
    this.lineSections[i] = sec.serial;
    if (known) this.writeRefill(enc, pc, place);
    else {
      sec.emitFrom(this.cache.bytes, enc.at, enc.length);
      this.pending.push(i);
      this.pendingLines.push(place);
      this.pendingSection.push(sec);
      this.pendingBits.push(this.bits);
      this.pendingEnd.push(sec.size);
    }
    if (sec.order === undefined && sec.size > pc) this.claim(sec);
    return true;
  }

  /**
   * A pending line as a `Patch`, when it can be one: an instruction without a label whose
   * encoding can be refilled, each of whose operands to refill names one symbol and adds
   * constants to it (`jz .done`, `[table + 4]`, `[ebx + esi*2 + table]`) -- but not a value not
   * known yet as an immediate, which may turn out to be an `equ` number (encoded again, then).
   */
  private patchOf(pl: ParsedLine): Patch | undefined {
    if (pl.label !== undefined || this.opts.listing || pl.stmt?.k !== "insn") return undefined;
    return this.statementPatch;
  }

  /** The first pass's patch of the instruction just assembled (`patchOfStatement`), if any. */
  private statementPatch: Patch | undefined;

  /**
   * The patch of an instruction and the encoding to refill it from (see `patchOf`); with
   * `oneLabel`, only if it names exactly one label, not a `.local` one (see `keepText`).
   */
  private patchOfStatement(
    s: InstructionStatement,
    enc: Encoding,
    oneLabel: boolean,
  ): Patch | undefined {
    // Each operand's symbol and constants, in scratch arrays until the patch is sure.
    const n = s.operands.length;
    const symbols = this.patchSymbols;
    const constants = this.patchConstants;
    let named = 0;
    for (let i = 0; i < n; i++) {
      const op = s.operands[i];
      const was = enc.operands[i];
      symbols[i] = null;
      constants[i] = 0;
      if (was === null) continue;
      if (op.k === "reg" || op.k === "far" || op.expr === null) return undefined;
      if (op.k === "imm" && was.base === NOT_YET_KNOWN_BASE) return undefined;
      const sum = this.symbolSum;
      sum.symbol = undefined;
      sum.constant = 0;
      if (!this.addTerms(op.expr, 1, sum)) return undefined;
      const sym = sum.symbol as SymbolExpr | undefined;
      if (sym === undefined) return undefined;
      // A jump's target is its displacement's whole value: no constant beside the label.
      if (enc.jump?.operand === i && sum.constant !== 0) return undefined;
      if (oneLabel && sym.file.text.charCodeAt(sym.start) === 46 /* . */) return undefined;
      symbols[i] = sym;
      constants[i] = sum.constant;
      named++;
    }
    if (oneLabel && named !== 1) return undefined;
    // The constants go into the fields' deltas: a field is then its symbol's value plus delta.
    let fields = enc.fields;
    if (constants.some((c, i) => i < n && c !== 0))
      fields = fields.map((f) => ({ ...f, delta: f.delta + constants[f.operand] }));
    const encoding: Encoding = { ...enc, fields };
    return new Patch(s, encoding, symbols.slice(0, n));
  }

  /** `patchOfStatement`'s scratch: each operand's symbol and constants. */
  private readonly patchSymbols: (SymbolExpr | null)[] = [];
  private readonly patchConstants: number[] = [];

  /** What `addTerms` found: the one symbol, and the sum of the constants beside it. */
  private readonly symbolSum: SymbolSum = {
    symbol: undefined,
    constant: 0,
  };

  /**
   * Adds the terms of `e`, taken `sign` times, to `sum`: false unless `e` is a sum of constants
   * and one symbol added (not subtracted).
   */
  private addTerms(e: Expr, sign: number, sum: SymbolSum): boolean {
    if (e.constant) {
      sum.constant += sign * evaluate(e, this).n;
      return true;
    }
    if (e.k === "binary" && (e.op === "+" || e.op === "-"))
      return this.addTerms(e.a, sign, sum) && this.addTerms(e.b, e.op === "-" ? -sign : sign, sum);
    if (e.k === "unary" && (e.op === "+" || e.op === "-"))
      return this.addTerms(e.a, e.op === "-" ? -sign : sign, sum);
    if (e.k !== "sym" || sign !== 1 || sum.symbol !== undefined) return false;
    sum.symbol = e;
    return true;
  }

  /**
   * The second pass, when the first one's layout holds: the pending lines are assembled again
   * (as on a final pass: every symbol is defined now), each at its offset, over the bytes it
   * made on the first pass. If each takes exactly the room it took then, no label moves, and
   * every other line made on the first pass what a full pass would make again: the sections,
   * fixups and diagnostics are final. Returns false, leaving it to a full pass, otherwise.
   */
  private patchPass(): boolean {
    this.pass = 2;
    this.final = true;
    const first = this.diags;
    const firstLines = this.diagLines;
    this.diags = [];
    this.diagLines = [];
    const fixupsBefore = new Map<Section, number>();
    for (const sec of this.sections.values()) fixupsBefore.set(sec, sec.fixups.length);
    const pending = this.pending;
    this.patching = true;
    for (let k = 0; k < pending.length; k++) {
      const i = pending[k];
      const sec = this.pendingSection[k];
      const end = sec.size;
      sec.size = this.lineOffsets[i];
      this.section = sec;
      this.bits = this.pendingBits[k];
      const line = this.pendingLines[k];
      let same: boolean;
      if (line instanceof Patch) {
        this.lineIndex = i;
        same = this.refillPatch(line, sec.size);
      } else {
        this.assembleLine(i, line);
        same = this.section === sec && sec.size === this.pendingEnd[k];
      }
      sec.size = end;
      if (!same) {
        this.patching = false;
        // A full pass follows (runPass starts every section and the diagnostics afresh).
        this.pass = 1;
        this.changed = true;
        return false;
      }
    }
    this.patching = false;
    // The patched lines' fixups go among the others, in the order of their offsets.
    for (const [sec, n] of fixupsBefore) {
      if (sec.fixups.length > n) sec.fixups = mergeByOffset(sec.fixups, n);
    }
    // The first pass's diagnostics, but those about the pending lines: theirs are the new ones.
    const diags: Diagnostic[] = [];
    const lines: number[] = [];
    let j = 0;
    let k = 0;
    for (let d = 0; d < first.length; d++) {
      const line = firstLines[d];
      while (k < pending.length && pending[k] < line) k++;
      if (k < pending.length && pending[k] === line) continue;
      while (j < this.diags.length && this.diagLines[j] < line) {
        diags.push(this.diags[j]);
        lines.push(this.diagLines[j++]);
      }
      diags.push(first[d]);
      lines.push(line);
    }
    for (; j < this.diags.length; j++) {
      diags.push(this.diags[j]);
      lines.push(this.diagLines[j]);
    }
    this.diags = diags;
    this.diagLines = lines;
    this.changed = false;
    return true;
  }

  // ---- Diagnostics ----

  private error(message: string, where: Span, notes: Diagnostic[] = []): void {
    this.diagLines.push(this.lineIndex);
    this.diags.push({
      severity: "error",
      message,
      span: where,
      notes: [...notes, ...this.pp.expansionNotes(this.line?.expansion)],
    });
  }

  private warning(message: string, where: Span): void {
    this.diagLines.push(this.lineIndex);
    this.diags.push({
      severity: "warning",
      message,
      span: where,
      notes: this.pp.expansionNotes(this.line?.expansion),
    });
  }

  // ---- Symbols ----

  symbol(e: SymbolExpr): Value | undefined {
    let sym = e.slot as AsmSymbol | undefined;
    if (sym === undefined) {
      sym = this.symbols.get(e.name);
      // A symbol once made stays the same object for good: the node keeps it.
      e.slot = sym;
    }
    const v = this.valueOf(sym);
    if (v === undefined || v.unknown) this.sawUnknown = true;
    return v;
  }

  private valueOf(sym: AsmSymbol | undefined): Value | undefined {
    if (sym === undefined || sym.pass === 0) return sym?.value; // only externs have a value then
    const v = sym.value ?? UNKNOWN_VALUE;
    if (
      sym.pass !== this.pass &&
      sym.kind === "label" &&
      v.base === this.section &&
      this.shift !== 0
    ) {
      // A label further on, known from the last pass: the code between here and there moves with
      // this line, which makes the passes settle in a few rounds instead of one hop per pass.
      // That is a guess, and the label may end where it was after all (code after this line that
      // shrank as much): a pass that guessed is not the last, whether or not a label moved.
      this.changed = true;
      return { ...v, n: v.n + this.shift };
    }
    return v;
  }

  /** Each line's offset on the last pass, and its section's serial number. */
  private lineOffsets = new Int32Array(1024);
  /** (0 for a line not assembled yet: no section has that serial number). */
  private lineSections = new Int32Array(1024);
  /** The current line's offset minus its offset on the last pass. */
  private shift = 0;

  here(): Value {
    const sec = this.section;
    const n = this.dataStart >= 0 ? this.dataStart : sec.size;
    if (sec.absolute) return { n: sec.start + n, base: null, unknown: false, regs: null };
    return { n, base: sec, unknown: false, regs: null };
  }

  /** In a `db`/`dw`/`dd` line, `$` is the line's start, not the current item's (as in NASM). */
  private dataStart = -1;

  sectionStart(): Value {
    const sec = this.section;
    if (sec.absolute) return { n: sec.start, base: null, unknown: false, regs: null };
    return { n: 0, base: sec, unknown: false, regs: null };
  }

  /** An absolute space by name (`absolute` lines share one; each `struc` has its own). */
  private absoluteSpace(name: string, start: number): Section {
    let sec = this.absolutes.get(name);
    if (sec === undefined) {
      sec = new Section(name, true, 1, -1);
      sec.absolute = true;
      this.absolutes.set(name, sec);
    }
    sec.start = start;
    sec.size = 0;
    return sec;
  }

  private absolutes = new Map<string, Section>();
  /** The section to go back to after `endstruc`. */
  private beforeStruc: Section | undefined;
  private strucName = "";
  /** The open `istruc`: the structure's name and where the instance starts. */
  private instance: { name: string; start: number; tok: Place } | undefined;

  private defineLabel(label: Label): void {
    this.claim(this.section);
    this.setSymbol(label.name, "label", this.here(), label, label);
  }

  /** Defines a symbol on this pass; `at`, a label's line, keeps the symbol for the next. */
  private setSymbol(
    name: string,
    kind: "label" | "equ",
    value: Value | undefined,
    tok: Place,
    at?: Label,
  ): void {
    let sym = at?.slot as AsmSymbol | undefined;
    if (sym === undefined) sym = this.symbols.get(name);
    if (sym === undefined) {
      sym = { name, kind, value: undefined, global: false, pass: 0 };
      this.symbols.set(name, sym);
      if (at !== undefined) at.slot = sym;
    } else if (at !== undefined && at.slot === undefined) at.slot = sym;
    if (sym.pass === this.pass && sym.kind !== "extern") {
      this.error(`symbol '${name}' is already defined`, span(tok), [
        note("the first definition is here", span(sym.tok!)),
      ]);
      return;
    }
    const old = sym.value;
    if (
      old === undefined ||
      value === undefined ||
      old.n !== value.n ||
      old.base !== value.base ||
      old.unknown !== value.unknown
    )
      this.changed = true;
    sym.kind = kind;
    sym.value = value;
    sym.tok = tok;
    sym.pass = this.pass;
  }

  private nextOrder = 0;

  /** Gives a section its place in the output, the first time it is named or used. */
  private claim(sec: Section): void {
    if (sec.order === undefined) sec.order = this.nextOrder++;
  }

  private sectionNamed(name: string, nobits?: boolean): Section {
    let s = this.sections.get(name);
    if (s === undefined) {
      const isBss = name === ".bss" || name.startsWith(".bss.");
      const align =
        this.opts.format === "bin"
          ? 4
          : name === ".text" || name.startsWith(".text.")
            ? 16
            : [".data", ".rodata", ".bss"].some((b) => name === b || name.startsWith(b + "."))
              ? 4
              : 1;
      s = new Section(name, nobits ?? isBss, align, this.sections.size);
      this.sections.set(name, s);
      this.bases.set(s.key, s);
    }
    return s;
  }

  // ---- Statements ----

  private statement(s: Statement): void {
    switch (s.k) {
      case "insn":
        this.instruction(s);
        return;
      case "data":
        this.data(s);
        return;
      case "res": {
        const n = this.constant(s.count, "the count of a reserve");
        if (n < 0) throw new AsmError(`the count is negative (${n})`, s.tok);
        if (!this.section.nobits && n > 0)
          this.warning(
            `uninitialized space declared in section '${this.section.name}': zeroing`,
            span(s.tok),
          );
        this.section.fill(0, n * s.unit);
        return;
      }
      case "times":
        this.times(s);
        return;
      case "equ": {
        const v = evaluate(s.expr, this);
        this.setSymbol(s.name, "equ", v, s.tok);
        if (v.regs !== null) throw new AsmError("'equ' cannot name a register expression", s.tok);
        return;
      }
      case "section": {
        const sec = this.sectionNamed(s.name, s.nobits);
        if (sec.order === undefined && s.attributes && this.opts.format === "elf32") sec.align = 1;
        Object.assign(sec.flags, s.flags);
        // A section named in the source is in the object even if empty (.note.GNU-stack).
        this.claim(sec);
        if (s.align !== undefined) sec.align = Math.max(sec.align, s.align);
        this.section = sec;
        return;
      }
      case "bits":
        this.bits = s.bits;
        return;
      case "org": {
        if (this.opts.format !== "bin")
          throw new AsmError(
            "'org' is only for -f bin (in an object, the linker places sections)",
            s.tok,
          );
        this.org = this.constant(s.expr, "'org'");
        return;
      }
      case "global":
      case "extern":
        for (const { name, tok } of s.names) this.declareSymbol(s.k, name, tok);
        return;
      case "align":
        this.alignTo(s);
        return;
      case "incbin":
        this.incbin(s);
        return;
      case "ignored":
        return;
      case "absolute":
        this.section = this.absoluteSpace("\0absolute", this.constant(s.expr, "'absolute'"));
        return;
      case "struc":
        this.beforeStruc = this.section;
        this.strucName = s.name;
        this.section = this.absoluteSpace("\0struc:" + s.name, 0);
        this.setSymbol(s.name, "label", num(0), s.tok);
        return;
      case "endstruc": {
        if (this.beforeStruc === undefined) throw new AsmError("'endstruc' without 'struc'", s.tok);
        this.setSymbol(this.strucName + "_size", "equ", num(this.section.size), s.tok);
        // NASM's endstruc re-enters the section (`__SECT__`), which gives it its place.
        this.section = this.beforeStruc;
        this.claim(this.section);
        this.beforeStruc = undefined;
        return;
      }
      case "istruc":
        this.instance = { name: s.name, start: this.section.size, tok: s.tok };
        return;
      case "at":
      case "iend": {
        const inst = this.instance;
        if (inst === undefined) throw new AsmError(`'${s.k}' outside 'istruc'`, s.tok);
        let target: number;
        if (s.k === "at") target = this.constant(s.field, "the field of 'at'");
        else {
          const size = this.valueOf(this.symbols.get(inst.name + "_size"));
          target = size === undefined || size.unknown ? 0 : size.n;
          this.instance = undefined;
        }
        const pad = target - (this.section.size - inst.start);
        if (pad < 0)
          throw new AsmError(
            `the field is at ${target}, but the instance is already ${target - pad} bytes`,
            s.tok,
          );
        this.section.fill(0, pad);
        this.lastRepeat = s.k === "iend" ? pad : undefined;
        this.lastPad = pad;
        if (s.k === "at" && s.body !== null) this.statement(s.body);
        return;
      }
    }
  }

  private declareSymbol(k: "global" | "extern", name: string, tok: Place): void {
    let sym = this.symbols.get(name);
    if (sym === undefined) {
      sym = {
        name,
        kind: k === "extern" ? "extern" : "label",
        value: undefined,
        global: false,
        pass: 0,
      };
      this.symbols.set(name, sym);
    }
    if (k === "global") {
      sym.global = true;
      return;
    }
    if (sym.kind !== "extern") return; // defined here: the definition wins, as in NASM.
    let base = this.bases.get(name);
    if (base === undefined) {
      base = new External(name);
      this.bases.set(name, base);
    }
    sym.value = { n: 0, base, unknown: false, regs: null };
    sym.tok = tok;
  }

  /** An expression that must be a plain number on the final pass (unknown before: 0). */
  private constant(e: Expr, what: string): number {
    const v = evaluate(e, this);
    if (v.unknown) return 0;
    if (v.base !== null || v.regs !== null)
      throw new AsmError(`${what} must be a constant, not an address`, exprTok(e));
    return v.n;
  }

  private times(s: Statement & { k: "times" }): void {
    const v = evaluate(s.count, this);
    if (v.base !== null || v.regs !== null)
      throw new AsmError("the count of 'times' must be a constant, not an address", s.tok);
    const n = v.unknown ? 0 : v.n;
    if (n < 0) {
      let msg = `'times' count is negative (${n})`;
      if (mentionsHere(s.count)) {
        const at = this.section.size;
        msg += `: the section is already ${at} bytes here, ${-n} over the ${at + n} this line pads to`;
      }
      throw new AsmError(msg, s.tok);
    }
    if (n > 1 << 28) throw new AsmError(`'times' count is too large (${n})`, s.tok);
    for (let k = 0; k < n; k++) this.statement(s.body);
    this.lastRepeat = n;
  }

  private alignTo(s: Statement & { k: "align" }): void {
    const n = this.constant(s.boundary, "the boundary of 'align'");
    if (n <= 0 || (n & (n - 1)) !== 0)
      throw new AsmError(`the boundary of 'align' must be a power of two, not ${n}`, s.tok);
    const sec = this.section;
    if (!s.b) sec.align = Math.max(sec.align, n);
    const pad = (n - (sec.size % n)) % n;
    if (s.fill !== null) {
      for (let k = 0; k < pad; k++) this.statement(s.fill);
    } else sec.fill(s.b || sec.nobits ? 0 : 0x90, pad);
    this.lastRepeat = s.fill !== null || !s.b ? pad : undefined;
  }

  private incbin(s: Statement & { k: "incbin" }): void {
    let data = this.incbins.get(s.path);
    if (data === undefined) {
      data = `cannot read '${s.path}'`;
      for (const dir of ["", ...this.opts.includeDirs]) {
        try {
          data = new Uint8Array(readFileSync(dir === "" ? s.path : join(dir, s.path)));
          break;
        } catch {
          continue;
        }
      }
      this.incbins.set(s.path, data);
    }
    if (typeof data === "string") throw new AsmError(data, s.tok);
    const skip = s.skip ? this.constant(s.skip, "the offset of 'incbin'") : 0;
    const len = s.length ? this.constant(s.length, "the length of 'incbin'") : data.length - skip;
    this.section.emit(data.subarray(skip, skip + Math.max(0, len)));
  }

  private data(s: Statement & { k: "data" }): void {
    this.dataStart = this.section.size;
    try {
      this.dataItems(s);
    } finally {
      this.dataStart = -1;
    }
  }

  private dataItems(s: Statement & { k: "data" }): void {
    const unit = s.unit;
    const sec = this.section;
    for (const item of s.items) {
      if (item.k === "string") {
        const bytes = utf8(item.text);
        sec.emit(bytes);
        const pad = (unit - (bytes.length % unit)) % unit;
        if (pad > 0) sec.fill(0, pad);
        continue;
      }
      const v = evaluate(item.expr, this);
      if (v.regs !== null) throw new AsmError("a register cannot be data", exprTok(item.expr));
      const tok = exprTok(item.expr);
      if (v.base !== null && !v.unknown) {
        if (unit === 8) throw new AsmError("an address cannot be a 64-bit 'dq' field", tok);
        this.fixup(sec.size, unit, false, v.base, tok);
      } else if (!v.unknown && unit < 8) {
        const [lo, hi, name] = BOUNDS[unit];
        if (v.n < lo || v.n > hi)
          this.warning(`value ${v.n} is out of range: ${name} data exceeds bounds`, span(tok));
      }
      if (unit === 8 && item.expr.k === "num" && !Number.isSafeInteger(v.n)) {
        // Beyond 2^53 a double is not exact: take the 64 bits from the digits themselves.
        sec.emit(
          littleEndian64(parseBigNumber(item.expr.file.text.slice(item.expr.start, item.expr.end))),
        );
        continue;
      }
      sec.emit(littleEndian(v.unknown ? 0 : v.n, unit));
    }
  }

  private fixup(
    offset: number,
    size: 1 | 2 | 4,
    pcRelative: boolean,
    base: Base,
    tok: Place,
  ): void {
    if (this.section.nobits) return;
    this.section.fixups.push({ offset, size, pcRelative, base, tok });
  }

  // ---- Instructions ----

  private instruction(s: Statement & { k: "insn" }): void {
    const sec = this.section;
    if (s.mnemonic === "") {
      const r = encode(
        { mnemonic: "nop", operands: [], prefixes: s.prefixes },
        { bits: this.bits },
      );
      if (r.ok) sec.emit(r.bytes.slice(0, -1));
      return;
    }
    const pc = sec.size;
    const cachedAt = s.cachedAt;
    if (cachedAt !== undefined && s.cachedBits === this.bits) {
      // Hot path: most instructions name no symbol, so later passes reuse the first's bytes.
      if (s.cachedWarnings !== undefined)
        for (const w of s.cachedWarnings) this.warning(w, this.statementSpan(s));
      sec.emitFrom(this.cache.bytes, cachedAt, s.cachedLength!);
      return;
    }
    const enc = s.encoding;
    if (enc !== undefined && enc.bits === this.bits && this.refill(s, enc, pc)) return;
    // A constant instruction written as one seen before (`push ebp`, `mov ebp, esp`): its bytes.
    const known = s.constant && this.statementText(s);
    if (known) {
      const key = this.statementKey;
      const seen = this.encodedText(this.bits).get(key.text, key.start, key.end);
      if (seen >= 0 && (seen & 1) === CONSTANT_TEXT) {
        s.cachedAt = (seen >>> 1) >>> 5;
        s.cachedLength = (seen >>> 1) & 31;
        s.cachedBits = this.bits;
        s.operands = NO_OPERANDS;
        sec.emitFrom(this.cache.bytes, s.cachedAt, s.cachedLength);
        return;
      }
    }
    const branch = isBranch(s.mnemonic);
    // At their exact length: an array grown by `push` keeps room for 16 (hot path).
    const n = s.operands.length;
    const operands = new Array<EncOperand>(n);
    const values = new Array<Value | undefined>(n);
    let relaxable = false;
    let sameSection = -1;
    for (let i = 0; i < n; i++) {
      const op = s.operands[i];
      operands[i] = this.operand(op, branch, pc);
      values[i] = this.operandValue;
      if (!this.operandInSection) continue;
      sameSection = i;
      if (op.k === "imm" && op.distance === undefined && op.size === undefined)
        relaxable = hasShortAndNear(s.mnemonic);
    }
    const ins: Instruction = { mnemonic: s.mnemonic, operands, prefixes: s.prefixes };
    const opts = this.encodeOptions;
    opts.bits = this.bits;
    opts.pc = pc;
    let r;
    if (relaxable && !(s.near && this.pass > STICKY_AFTER)) {
      (operands[0] as { distance?: string }).distance = "short";
      r = encode(ins, opts);
      s.near = !r.ok && r.error === "short jump is out of range";
    }
    if (r === undefined || !r.ok) {
      if (relaxable) (operands[0] as { distance?: string }).distance = "near";
      r = encode(ins, opts);
    }
    if (!r.ok) {
      // An address the encoder cannot make is the memory operand's fault: point at it.
      const mem = r.error.startsWith("invalid effective address")
        ? s.operands.find((o) => o.k === "mem")
        : undefined;
      const where = mem !== undefined ? span(operandPlace(mem)) : this.statementSpan(s);
      this.error(explain(r.error, s, operands, pc), where);
      // Keep the layout a short jump would have, so the other messages' distances are right.
      if (r.error === "short jump is out of range") sec.fill(0, 2);
      return;
    }
    const warnings = r.warnings.length === 0 ? r.warnings : explainWarnings(r.warnings, operands);
    for (let i = 0; i < warnings.length; i++) this.warning(warnings[i], this.statementSpan(s));
    for (let i = 0; i < r.fixups.length; i++) {
      const f = r.fixups[i];
      if (f.symbol === NOT_YET_KNOWN) continue;
      const base = this.bases.get(f.symbol)!;
      this.fixup(pc + f.offset, f.size, f.pcRelative, base, s);
    }
    if (s.constant && r.fixups.length === 0) {
      s.cachedAt = this.cache.size;
      s.cachedLength = r.bytes.length;
      s.cachedBits = this.bits;
      this.cache.emit(r.bytes);
      if (warnings.length > 0) s.cachedWarnings = warnings;
      else if (known && s.cachedAt < 1 << 25 && s.cachedLength < 32) {
        const key = this.statementKey;
        const value = ((s.cachedAt * 32 + s.cachedLength) << 1) | CONSTANT_TEXT;
        this.encodedText(this.bits).set(key.text, key.start, key.end, value);
      }
      // The operands are not needed again (the bytes are): let them go while they are young.
      s.operands = NO_OPERANDS;
    } else {
      // Kept for the passes that refill it: not the first's for a line that used only values
      // known then (if the layout holds, no pass assembles it again), nor the patch's.
      const later = this.pass === 1 ? this.sawUnknown : !this.patching;
      // The first pass also keeps, by its text, an instruction that names one label, for the
      // lines written the same way after it (`reuseText`).
      const text = this.pass === 1 && warnings.length === 0 && !sec.nobits && this.statementText(s);
      s.encoding =
        (later || text) && warnings.length === 0 && !sec.nobits
          ? encodingToRefill(
              s,
              r,
              values,
              sameSection,
              relaxable,
              this.section,
              this.bits,
              this.bases,
              this.cache,
            )
          : undefined;
      if (this.pass === 1 && s.encoding !== undefined) {
        // A patch for the second pass, for the lines written the same after it, or both.
        const patch = this.patchOfStatement(s, s.encoding, !later);
        if (later) this.statementPatch = patch;
        if (text && patch !== undefined) this.keepText(patch);
      }
      if (!later) s.encoding = undefined;
    }
    if (sec.nobits)
      this.warning(
        "an instruction in a nobits section (such as .bss) takes space but is not stored",
        span(s),
      );
    sec.emit(r.bytes);
  }

  /**
   * Hot path of the passes after the first: an instruction that names a symbol gets the bytes of
   * its last encoding, with the fields that hold addresses written again, instead of being
   * encoded anew. That holds while each operand still has the base it had (the same section or
   * external symbol: the encoder's choice of form does not depend on the offset then), each
   * operand that is a plain number the same value, and a jump the same size (`Encoding`).
   * Returns false, having emitted nothing, when the instruction must be encoded again.
   */
  private refill(s: Statement & { k: "insn" }, enc: Encoding, pc: number): boolean {
    const ops = s.operands;
    for (let i = 0; i < ops.length; i++) {
      if (enc.operands[i] === null) this.refillValues[i] = 0;
      else if (!this.refillOperand(enc, i, evaluate((ops[i] as Operand & { k: "imm" }).expr, this)))
        return false;
    }
    const jump = enc.jump;
    if (jump !== undefined) {
      if (!this.jumpFits(enc, pc)) return false;
      // A relaxed jump in its near form is tried short again, unless it is sticky now.
      if (jump.relaxed && jump.size !== 1 && !(s.near && this.pass > STICKY_AFTER)) return false;
      if (jump.relaxed && jump.size === 1) s.near = false;
    }
    this.writeRefill(enc, pc, s);
    return true;
  }

  /**
   * A patch (see `Patch`) in the second pass: `refill`, from the symbols its operands name. Its
   * relaxed jumps are tried short again, as any jump is before the sticky passes.
   */
  private refillPatch(p: Patch, pc: number): boolean {
    const enc = p.encoding;
    for (let i = 0; i < p.symbols.length; i++) {
      const sym = p.symbols[i];
      if (sym === null) this.refillValues[i] = 0;
      else {
        const v = this.symbol(sym);
        if (v === undefined || !this.refillOperand(enc, i, v)) return false;
      }
    }
    const jump = enc.jump;
    if (jump !== undefined && (!this.jumpFits(enc, pc) || (jump.relaxed && jump.size !== 1)))
      return false;
    this.writeRefill(enc, pc, p);
    return true;
  }

  /** Takes operand i's value `v` for `refill` if the encoding holds it as it is; else false. */
  private refillOperand(enc: Encoding, i: number, v: Value): boolean {
    const was = enc.operands[i]!;
    if (v.unknown) return false;
    if (v.base !== was.base) {
      // A value not known when it was encoded took a symbol's field: an address fits it.
      if (was.base !== NOT_YET_KNOWN_BASE || v.base === null) return false;
    } else if (v.base === null && v.n !== was.n) return false;
    this.refillValues[i] = v.n;
    this.refillBases[i] = v.base;
    return true;
  }

  /** Whether a short jump still reaches its target from `pc` (a near one always does). */
  private jumpFits(enc: Encoding, pc: number): boolean {
    const jump = enc.jump!;
    const rel = this.refillValues[jump.operand] - (pc + enc.length);
    return jump.size !== 1 || (rel >= -128 && rel <= 127);
  }

  /** Emits the encoding's bytes with the fields from `refillValues` written in, and its fixups. */
  private writeRefill(enc: Encoding, pc: number, tok: Place): void {
    const n = this.refillValues;
    const length = enc.length;
    const jump = enc.jump;
    const sec = this.section;
    sec.emitFrom(this.cache.bytes, enc.at, length);
    const bytes = sec.bytes;
    if (jump !== undefined)
      putLittleEndian(bytes, pc + length - jump.size, n[jump.operand] - (pc + length), jump.size);
    const fields = enc.fields;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const at = pc + f.offset;
      putLittleEndian(bytes, at, n[f.operand] + f.delta, f.size);
      const base = f.base === NOT_YET_KNOWN_BASE ? this.refillBases[f.operand]! : f.base;
      this.fixup(at, f.size, f.pcRelative, base, tok);
    }
  }

  /** The bytes of every constant instruction, one after the other (see `cachedAt`). */
  private cache = new Section("\0cache", false, 1, -1);

  /**
   * Constant instructions by their text, for each `bits`: where their bytes are in `cache`
   * and how many, as one small integer (`at * 32 + length`: no object per entry, which the
   * collector would copy). The same text always makes the same bytes, and programs
   * repeat themselves (`push ebp`, `mov ebp, esp`, `xor eax, eax`): each is encoded once.
   */
  private encoded16 = new TextTable();
  private encoded32 = new TextTable();

  private encodedText(bits: 16 | 32): TextTable {
    return bits === 16 ? this.encoded16 : this.encoded32;
  }

  /**
   * Whether the text of an instruction line from its mnemonic to its last token says what the
   * instruction is: read as written (no macro, no `%define`), no prefix. It is then in
   * `statementKey`.
   */
  private statementText(s: Statement & { k: "insn" }): boolean {
    const line = this.line!;
    if (!line.verbatim || s.prefixes.length > 0 || s.file !== line.file) return false;
    const key = this.statementKey;
    key.text = line.file.text;
    key.start = s.start;
    key.end = line.end;
    return true;
  }

  /** The text `statementText` found (reused: no object per instruction). */
  private statementKey = { text: "", start: 0, end: 0 };

  /** The operands' values in `refill` (reused: no allocation per instruction). */
  private refillValues: number[] = [];
  private refillBases: (Base | null)[] = [];

  /** From a statement's first token to the end of its line: what an error about it underlines. */
  private statementSpan(tok: Place): Span {
    const lineEnd = this.lineEnd;
    const end = this.line?.file === tok.file && lineEnd > tok.start ? lineEnd : tok.end;
    return { file: tok.file, start: tok.start, end };
  }

  /** The encoder's options for the instruction being encoded (reused: hot path). */
  private readonly encodeOptions = { bits: 16 as 16 | 32, pc: 0 };

  /** What `operand` found besides the operand: its expression's value (imm and mem operands). */
  private operandValue: Value | undefined;
  /** ... and whether it is a branch target in this section. */
  private operandInSection = false;

  /** One operand as the encoder takes it (also sets `operandValue`, `operandInSection`). */
  private operand(op: Operand, branch: boolean, pc: number): EncOperand {
    this.operandValue = undefined;
    this.operandInSection = false;
    switch (op.k) {
      case "reg":
        return REGISTER_OPERANDS.get(op.reg)!;
      case "imm": {
        const v = evaluate(op.expr, this);
        if (v.regs !== null) throw new AsmError("a register cannot be part of an immediate", op);
        // Every operand of a kind has the same fields, set or undefined, in the same order: the
        // encoder then reads them at one known place (hot path).
        const imm: ImmOperand = {
          kind: "imm",
          value: v.n,
          symbol: undefined,
          size: op.size,
          strict: op.strict || undefined,
          distance: op.distance,
        };
        this.operandValue = v;
        if (branch && (v.base === this.section || v.unknown)) {
          // A target in this section: the encoder computes the displacement from `pc`. A target
          // not known yet is taken as near by (the jump starts short).
          if (v.unknown) imm.value = pc;
          this.operandInSection = true;
          return imm;
        }
        if (v.base !== null) imm.symbol = v.base.key;
        else if (branch) imm.symbol = ABSOLUTE.key;
        else if (v.unknown) imm.symbol = NOT_YET_KNOWN;
        return imm;
      }
      case "far": {
        const sel = evaluate(op.seg, this);
        if (sel.base !== null || sel.regs !== null)
          throw new AsmError("the segment of a far address must be a constant", op);
        const off = evaluate(op.off, this);
        if (off.regs !== null) throw new AsmError("a register cannot be part of a far address", op);
        return {
          kind: "far",
          selector: sel.n,
          offset: off.n,
          symbol: off.base?.key,
          size: op.size,
        };
      }
      case "mem": {
        const value = op.expr === null ? undefined : evaluate(op.expr, this);
        this.operandValue = value;
        return this.memory(op, value);
      }
    }
  }

  /** `memory`'s registers and their scales (see there). */
  private readonly addressRegs: Register[] = [];
  private readonly addressScales: number[] = [];

  private memory(op: Operand & { k: "mem" }, v: Value | undefined): MemOperand {
    const m: MemOperand = {
      kind: "mem",
      disp: 0,
      base: undefined,
      index: undefined,
      scale: undefined,
      symbol: undefined,
      size: op.size,
      far: op.far || undefined,
      seg: op.seg,
      addrSize: undefined,
      dispSize: op.dispSize,
    };
    if (v === undefined) return m;
    m.disp = v.unknown ? 0 : v.n;
    if (v.unknown) m.symbol = NOT_YET_KNOWN;
    else if (v.base !== null) m.symbol = v.base.key;
    const terms = v.regs;
    if (terms === null) return m;
    // Registers with their total scale, in the order written: [eax+eax] is [eax*2]. The first
    // `count` of the scratch arrays `regs` and `scales` (hot path: no arrays per operand).
    const regs = this.addressRegs;
    const scales = this.addressScales;
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      let at = 0;
      while (at < count && regs[at] !== t.reg) at++;
      if (at < count) scales[at] += t.scale;
      else {
        regs[count] = t.reg;
        scales[count++] = t.scale;
      }
    }
    // NASM's choice: the base is the first register written without a scale, the index the other.
    let used = 0;
    let base = -1;
    let index = -1;
    for (let i = 0; i < count; i++) {
      const scale = scales[i];
      if (scale === 0) continue;
      if (scale < 0) throw new AsmError("invalid effective address", operandPlace(op));
      used++;
      if (scale === 1 && base < 0) base = i;
      else if (index < 0) index = i;
    }
    if (used > 2) throw new AsmError("invalid effective address", operandPlace(op));
    if (used === 2 && base < 0)
      throw new AsmError(
        "invalid effective address: only one register can be scaled",
        operandPlace(op),
      );
    if (base >= 0) m.base = regs[base];
    if (index >= 0) {
      m.index = regs[index];
      m.scale = scales[index];
    }
    return m;
  }
}

/**
 * The encoder's message, made specific to the line: for an invalid combination, the operands as
 * written and the forms that exist with as many operands (those that take the first operand as
 * it is, when there are some); for a missing size, how to give one.
 */
function explain(
  error: string,
  s: Statement & { k: "insn" },
  ops: EncOperand[],
  pc: number,
): string {
  const target = ops[0];
  if (
    error === "short jump is out of range" &&
    target?.kind === "imm" &&
    target.symbol === undefined
  ) {
    const distance = target.value - (pc + 2);
    return `short jump is out of range: the target is ${distance} bytes away, a short jump reaches -128 to 127`;
  }
  if (error.startsWith("invalid combination")) {
    const written = s.operands.map((o) => o.file.text.slice(o.start, operandEnd(o)));
    const same = formsOf(s.mnemonic).filter((f) => f.operands.length === ops.length);
    const first = ops[0];
    const firstFits = same.filter((f) => first === undefined || kindTakes(f.operands[0], first));
    const shown = firstFits.length > 0 ? firstFits : same;
    const forms = [...new Set(shown.map(formText))];
    const head = `invalid combination of opcode and operands: '${s.mnemonic}${written.length ? " " + written.join(", ") : ""}'`;
    if (same.length === 0) {
      const counts = [...new Set(formsOf(s.mnemonic).map((f) => f.operands.length))].sort();
      return `${head}: '${s.mnemonic}' takes ${counts.join(" or ")} operand${counts.length === 1 && counts[0] === 1 ? "" : "s"}`;
    }
    const which =
      firstFits.length > 0 && first !== undefined && firstFits.length < same.length
        ? ` with that first operand`
        : "";
    return `${head}; the forms${which} are: ${forms.join("; ")}`;
  }
  if (error === "operation size not specified")
    return "operation size not specified: write byte, word or dword before the memory operand";
  return error;
}

/** The encoder's warnings, with the value they are about when it is an immediate. */
function explainWarnings(warnings: string[], operands: EncOperand[]): string[] {
  return warnings.map((w) => {
    const imm = operands.find((o) => o.kind === "imm" && o.symbol === undefined);
    return (imm?.kind === "imm" ? `value ${imm.value} is out of range: ` : "") + w;
  });
}

/** Where an operand is written, from its first character to its last (`[` to `]`). */
function operandPlace(o: Operand): Place {
  return { file: o.file, start: o.start, end: operandEnd(o) };
}

function operandEnd(o: Operand): number {
  switch (o.k) {
    case "reg":
      return o.end;
    case "mem":
    case "imm":
    case "far":
      return lastTok(o).end;
  }
}

function lastTok(o: Operand): Place {
  const e = o.k === "far" ? o.off : o.k === "imm" || o.k === "mem" ? o.expr : null;
  if (e === null) return o;
  let t = rightmost(e);
  if (o.k === "mem") {
    // The closing bracket follows the expression.
    const text = t.file.text;
    let i = t.end;
    while (i < text.length && text[i] !== "]" && text[i] !== "\n") i++;
    if (text[i] === "]") t = { ...t, end: i + 1 };
  }
  return t;
}

function rightmost(e: Expr): Place {
  let t: Place = e;
  if (e.k === "binary") t = rightmost(e.b);
  else if (e.k === "unary") t = rightmost(e.a);
  // A parenthesised expression ends at its ')'.
  const text = t.file.text;
  let i = t.end;
  while (text[i] === ")" || text[i] === " ") i++;
  return text[i - 1] === ")" ? { ...t, end: i } : t;
}

/** Could an operand of this form's kind be this operand (ignoring sizes of numbers)? */
function kindTakes(k: OperandKind, op: EncOperand): boolean {
  if (op.kind === "reg") {
    if (k === op.reg) return true;
    const cls = REGISTERS.get(op.reg)?.cls;
    return k === cls || (cls !== undefined && k === "r/m" + cls.slice(1));
  }
  if (op.kind === "mem") return k.startsWith("r/m") || k.startsWith("m");
  if (op.kind === "imm")
    return k.startsWith("imm") || k === "simm8" || k === "1" || k.startsWith("rel");
  return k.startsWith("ptr");
}

function isReserve(s: Statement | undefined): boolean {
  if (s === undefined) return false;
  if (s.k === "times") return isReserve(s.body);
  return s.k === "res" || (s.k === "align" && s.b);
}

/** A register operand for the encoder, one for each register (the encoder changes none). */
const REGISTER_OPERANDS: ReadonlyMap<Register, EncOperand> = new Map(
  [...REGISTERS.keys()].map((reg) => [reg as Register, { kind: "reg", reg: reg as Register }]),
);

const BRANCHES = new Map<string, boolean>();
const SHORT_AND_NEAR = new Map<string, boolean>();

/** Does the mnemonic take a relative branch target (jmp, call, jcc, loop, jcxz)? */
function isBranch(m: string): boolean {
  let b = BRANCHES.get(m);
  if (b === undefined) {
    b = formsOf(m).some((f) => f.operands.some((k) => k.startsWith("rel")));
    BRANCHES.set(m, b);
  }
  return b;
}

/** Has both a short (rel8) and a near form, so that relaxation chooses (jmp, jcc)? */
function hasShortAndNear(m: string): boolean {
  let b = SHORT_AND_NEAR.get(m);
  if (b === undefined) {
    const f = formsOf(m);
    b =
      f.some((x) => x.operands[0] === "rel8") &&
      f.some((x) => x.operands[0] === "rel16" || x.operands[0] === "rel32");
    SHORT_AND_NEAR.set(m, b);
  }
  return b;
}

const BOUNDS: Record<number, [number, number, string]> = {
  1: [-128, 255, "byte"],
  2: [-32768, 65535, "word"],
  4: [-2147483648, 4294967295, "dword"],
};

function littleEndian(v: number, size: number): number[] {
  const out: number[] = [];
  if (size <= 4) {
    for (let i = 0; i < size; i++) out.push((v >>> (8 * i)) & 0xff);
    return out;
  }
  return littleEndian64(BigInt(Math.trunc(v)));
}

function littleEndian64(v: bigint): number[] {
  const big = BigInt.asUintN(64, v);
  const out: number[] = [];
  for (let i = 0; i < 8; i++) out.push(Number((big >> BigInt(8 * i)) & 0xffn));
  return out;
}

function utf8(s: string): ArrayLike<number> {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) ascii = false;
  if (!ascii) return new TextEncoder().encode(s);
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A token to point at for an expression: its operator or its leftmost leaf. */
function exprTok(e: Expr): Place {
  return e.k === "binary" ? exprTok(e.a) : e;
}

/**
 * An instruction's encoding, kept for `refill` on later passes. `operands[i]` is what operand i
 * evaluated to (null for a register or a constant: nothing to check); each field is written as
 * its operand's new value plus `delta` (the field holds the addend: `call ext` holds -4), with a
 * fixup; `jump`, a branch to this section, has its displacement computed from the pc.
 */
export interface Encoding {
  bits: 16 | 32;
  /** The bytes, in the assembler's `cache`. */
  at: number;
  length: number;
  operands: (EncodedValue | null)[];
  fields: EncodedField[];
  jump: { operand: number; size: 1 | 2 | 4; relaxed: boolean } | undefined;
}

/** What an operand evaluated to when it was encoded (a `Value` serves as one). */
interface EncodedValue {
  readonly base: Base | null;
  readonly n: number;
}

interface EncodedField {
  operand: number;
  offset: number;
  size: 1 | 2 | 4;
  delta: number;
  pcRelative: boolean;
  base: Base;
}

/**
 * The `Encoding` to refill an instruction from, or undefined if it must be encoded each pass.
 * Its arrays are made at their exact length: a kept encoding is one of thousands (memory).
 */
function encodingToRefill(
  s: Statement & { k: "insn" },
  r: EncodeResult & { ok: true },
  values: (Value | undefined)[],
  sameSection: number,
  relaxed: boolean,
  section: Section,
  bits: 16 | 32,
  bases: Map<string, Base>,
  cache: Section,
): Encoding | undefined {
  const operands = new Array<EncodedValue | null>(s.operands.length);
  for (let i = 0; i < s.operands.length; i++) {
    const op = s.operands[i];
    const v = values[i];
    if (op.k === "reg" || (op.k !== "far" && (op.expr === null || isConstant(op.expr)))) {
      operands[i] = null;
      continue;
    }
    if (i === sameSection && v?.unknown) {
      // A jump forward to a label not seen yet was encoded as a jump within this section; the
      // next pass refills it if the label is one (the common case: `jz .done`).
      operands[i] = { base: section, n: 0 };
      continue;
    }
    // A far pointer, or an address whose registers might depend on a symbol (`[ebx*N]`):
    // encoded each pass.
    if (op.k === "far" || v === undefined) return undefined;
    if (op.k === "mem" && !symbolsOnlyAdded(op.expr!)) return undefined;
    // A value not known yet was encoded as a symbol's (a displacement of 0, an immediate of
    // what is known of it): the next pass refills it if it is an address.
    if (v.unknown)
      operands[i] = op.k === "mem" ? NOT_YET_KNOWN_ADDRESS : { base: NOT_YET_KNOWN_BASE, n: v.n };
    else operands[i] = v;
  }
  const fields = new Array<EncodedField>(r.fixups.length);
  for (let i = 0; i < r.fixups.length; i++) {
    const f = r.fixups[i];
    const v = operands[f.operand!];
    fields[i] = {
      operand: f.operand!,
      offset: f.offset,
      size: f.size,
      // A constant operand's field never changes: it is written back as it is.
      delta: v === null ? f.addend : f.addend - v.n,
      pcRelative: f.pcRelative,
      base: f.symbol === NOT_YET_KNOWN ? NOT_YET_KNOWN_BASE : bases.get(f.symbol)!,
    };
  }
  let jump: Encoding["jump"];
  if (sameSection >= 0) {
    const kind = r.form.operands[sameSection];
    const size = kind === "rel8" ? 1 : kind === "rel16" ? 2 : 4;
    jump = { operand: sameSection, size, relaxed };
  }
  const at = cache.size;
  cache.emit(r.bytes);
  return { bits, at, length: r.bytes.length, operands, fields, jump };
}

/** An instruction kept by its text (`keepText`). */
interface TextPatch {
  section: Section;
  known: boolean;
  patch: Patch;
}

interface SymbolSum {
  symbol: SymbolExpr | undefined;
  constant: number;
}

/**
 * A line of the first pass that named a label further on, reduced to what the second pass
 * needs to write its bytes again in place (`refillPatch`): its encoding, and for each operand
 * to refill the symbol it names, the constants beside it being in the encoding's fields. It is
 * the statement's place (its fixups point at it). Most pending lines are such, and a patch is a
 * small part of the parsed line it replaces: the garbage collector has less to keep.
 */
class Patch implements Place {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
  readonly encoding: Encoding;
  readonly symbols: (SymbolExpr | null)[];

  constructor(at: Place, encoding: Encoding, symbols: (SymbolExpr | null)[]) {
    this.file = at.file;
    this.start = at.start;
    this.end = at.end;
    this.encoding = encoding;
    this.symbols = symbols;
  }
}

/**
 * Is the expression a sum of terms in which every term that is not constant stands alone
 * (`table + ebx*4 + 8`, not `ebx*N`)? Then its registers and scales never change between passes.
 */
function symbolsOnlyAdded(e: Expr): boolean {
  if (e.k === "binary" && (e.op === "+" || e.op === "-"))
    return symbolsOnlyAdded(e.a) && symbolsOnlyAdded(e.b);
  if (e.k === "unary" && (e.op === "+" || e.op === "-")) return symbolsOnlyAdded(e.a);
  return e.k === "sym" || e.k === "here" || e.k === "start" || isConstant(e);
}

/**
 * `fixups` sorted by offset, when its elements before `n` and those from `n` on are each sorted:
 * the two runs merged (a run keeps its order for equal offsets, the first run first).
 */
function mergeByOffset(fixups: SectionFixup[], n: number): SectionFixup[] {
  const out: SectionFixup[] = [];
  let a = 0;
  let b = n;
  while (a < n && b < fixups.length)
    out.push(fixups[fixups[b].offset < fixups[a].offset ? b++ : a++]);
  while (a < n) out.push(fixups[a++]);
  while (b < fixups.length) out.push(fixups[b++]);
  return out;
}

/** A per-line array twice as long, with the same contents. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function putLittleEndian(bytes: Uint8Array, at: number, value: number, size: number): void {
  for (let i = 0; i < size; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
}
