// Emission: an IR module to an ELF32 relocatable object, and to the NASM text `logosc -S` prints.
//
// Per function: select (select.ts), allocate (regalloc.ts), lay out the frame, and turn every
// machine instruction into an `Instruction` of x86/encode.ts -- the same values are encoded into
// the object (each distinct one encoded once per unit: encodings.ts) and printed by x86/nasm.ts,
// so the text assembles to the same bytes. There is no
// frame pointer: esp stays put between the prologue and the epilogue, so every frame location is
// `[esp+N]`:
//
//     incoming arguments        [esp + F + 4P + 4 ...]
//     return address            [esp + F + 4P]
//     saved ebx/esi/edi/ebp     P registers, pushed by the prologue
//     stack slots and spills    [esp + out ...]
//     outgoing arguments        [esp + 0 ...]       <- esp, 16-byte aligned at calls (as gcc -m32)
//
// A leaf function that needs no slot and no callee-saved register has no prologue at all.
// Branches are relaxed as nasm does: every jump starts short and becomes near only when its
// target is out of reach, until nothing changes; a jump to the next block is dropped and a
// conditional jump over one inverted. References to symbols defined in this object follow nasm's
// convention, so objects compare byte for byte with nasm's assembly of the `-S` text: a call to
// a function of the same section is resolved here, any other reference is a relocation against
// the target's section symbol (the offset in the bytes), and undefined symbols are relocated
// against themselves.
import type { Fixup, Instruction, Operand } from "../../x86/encode.ts";
import { REG16, REG32, REG8, type Register } from "../../x86/isa.ts";
import { nasmText } from "../../x86/nasm.ts";
import * as ir from "../ir/ir.ts";
import {
  addSection,
  addSymbol,
  alignUp,
  type Elf32Object,
  type Elf32Section,
  R_386_32,
  R_386_PC32,
  SHF_ALLOC,
  SHF_WRITE,
  SHN_ABS,
  SHT_NOBITS,
  STB_GLOBAL,
  STT_FILE,
  STT_FUNC,
  STT_OBJECT,
  STT_SECTION,
} from "../obj/elf32.ts";
import { type MFunction, type MInst, type MOperand, EBP, ESP } from "./machine.ts";
import { type Encoding, EncodingCache, placedBase, placedDisp } from "./encodings.ts";
import { asmInstructions } from "./inline-asm.ts";
import { allocateRegisters } from "./regalloc.ts";
import { selectFunction } from "./select.ts";
import { Scratch } from "../ir/scratch.ts";
import { timed } from "../timing.ts";

export interface CodegenOptions {
  fileName: string;
  /** Also produce the NASM text (`-S`). */
  assembly?: boolean;
  /**
   * Keep a frame pointer (gcc's -fno-omit-frame-pointer): every function starts `push ebp;
   * mov ebp, esp`, so `[ebp]` chains the frames and `[ebp+4]` is the return address; ebp is then
   * not allocated. Frame locations stay esp-relative.
   */
  framePointer?: boolean;
}

export interface CodegenResult {
  object: Elf32Object;
  assembly?: string;
}

/** Where a symbol defined in this module lives. */
interface Definition {
  section: OutSection;
  offset: number;
  size: number;
  exported: boolean;
  func: boolean;
}

/** A section being filled: its bytes and the references in them. */
class OutSection {
  name: string;
  /** The bytes so far: the first `filled` of `buffer`, which doubles when full. */
  private buffer = new Uint8Array(1024);
  private filled = 0;
  size = 0;
  align = 1;
  nobits: boolean;
  refs: { offset: number; fixup: Fixup }[] = [];
  text: string[] = [];
  /** Whether the NASM text of the code is wanted (`-S`): the instructions' text costs time. */
  listing: boolean;
  constructor(name: string, listing: boolean) {
    this.name = name;
    this.listing = listing;
    this.nobits = name === ".bss" || name.startsWith(".bss.");
  }
  padTo(align: number): void {
    if (align > this.align) this.align = align;
    const to = alignUp(this.size, align);
    if (to > this.size && !this.nobits) {
      this.text.push(`    times ${to - this.size} db 0`);
      while (this.filled < to) this.push(0);
    } else if (to > this.size) this.text.push(`    resb ${to - this.size}`);
    this.size = to;
  }
  /** Appends a byte (the caller counts it in `size`). */
  push(byte: number): void {
    if (this.filled === this.buffer.length) {
      const bigger = new Uint8Array(2 * this.buffer.length);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.filled++] = byte;
  }
  /**
   * Appends bytes (the caller counts them in `size`): room made once, not checked per byte.
   * (Per byte, `push` was a third of the emitter's relaxation and output in a CPU profile.)
   */
  pushBytes(bytes: number[]): void {
    const n = bytes.length;
    let filled = this.filled;
    if (filled + n > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(2 * this.buffer.length, filled + n));
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    const buffer = this.buffer;
    for (let x = 0; x < n; x++) buffer[filled++] = bytes[x];
    this.filled = filled;
  }
  /** The bytes, exactly. */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.filled);
  }
}

/** Each conditional jump's negation, by mnemonic. */
const NEGATED_JUMP = new Map<string, string>([
  ["je", "jne"], ["jne", "je"], ["jl", "jge"], ["jge", "jl"], ["jle", "jg"], ["jg", "jle"],
  ["jb", "jae"], ["jae", "jb"], ["jbe", "ja"], ["ja", "jbe"], ["js", "jns"], ["jns", "js"],
  ["jo", "jno"], ["jno", "jo"], ["jp", "jnp"], ["jnp", "jp"],
]); // prettier-ignore

function regName(r: number, size: 8 | 16 | 32): Register {
  if (size === 8) {
    if (r > 3) throw new Error(`internal: no byte form of ${REG32[r]}`);
    return REG8[r];
  }
  return size === 16 ? REG16[r] : REG32[r];
}

/**
 * One function's code before relaxation: an encoded instruction, a label, or a branch to a block.
 * One shape for the three (made by the functions below, every field present), so that the
 * relaxation's loops read them through monomorphic loads.
 */
interface Item {
  kind: "inst" | "label" | "branch";
  /** The instruction, for its text (null when no text is wanted). */
  ins: Instruction | null;
  bytes: number[];
  fixups: Fixup[];
  /** A branch's mnemonic (`jmp`, `jcc`). */
  jump: string;
  /** A label's block, or a branch's target. */
  block: number;
  near: boolean;
}

const NO_BYTES: number[] = [];
const NO_FIXUPS: Fixup[] = [];

const instItem = (ins: Instruction | null, e: Encoding): Item => ({ kind: "inst", ins, bytes: e.bytes, fixups: e.fixups, jump: "", block: -1, near: false }); // prettier-ignore
const keptItem = (bytes: number[], fixups: Fixup[]): Item => ({ kind: "inst", ins: null, bytes, fixups, jump: "", block: -1, near: false }); // prettier-ignore
const labelItem = (block: number): Item => ({ kind: "label", ins: null, bytes: NO_BYTES, fixups: NO_FIXUPS, jump: "", block, near: false }); // prettier-ignore
const branchItem = (jump: string, block: number): Item => ({ kind: "branch", ins: null, bytes: NO_BYTES, fixups: NO_FIXUPS, jump, block, near: false }); // prettier-ignore

/** Compiles a whole module (`CodeGenerator` one function at a time). */
export function generate(m: ir.Module, opts: CodegenOptions): CodegenResult {
  const g = new CodeGenerator(opts);
  for (const fn of m.functions) g.addFunction(fn);
  return g.finish(m.data);
}

/**
 * The object of one unit, built a function at a time: `addFunction` selects, allocates and
 * encodes a function as soon as it is lowered and optimised, so that its IR and machine code are
 * garbage before the next function is lowered (the compiler's working set stays one function's,
 * not the unit's); `finish` lays out the data, which lowering completes only at the end (string
 * literals and block-scope statics are found in the functions), and writes the object. The bytes
 * are those of a module compiled all at once: the text is filled in the same order, the data in
 * its own sections, and the symbols are listed data first, as `generate` always has.
 */
export class CodeGenerator {
  private readonly opts: CodegenOptions;
  private readonly sections = new Map<string, OutSection>();
  private readonly text: OutSection;
  /** The functions' definitions, in the order they were added. */
  private readonly functions: [string, Definition][] = [];
  /** Encodings made so far in the unit, reused for every instruction seen before. */
  private readonly encodings = new EncodingCache<Item>();
  /** The prologues and epilogues made so far in the unit, by frame (see `emitFunction`). */
  private readonly frames = new Map<number, FrameCode>();

  constructor(opts: CodegenOptions) {
    this.opts = opts;
    this.text = this.sectionOf(".text");
  }

  private sectionOf(name: string): OutSection {
    let s = this.sections.get(name);
    if (!s) this.sections.set(name, (s = new OutSection(name, this.opts.assembly === true)));
    return s;
  }

  addFunction(fn: ir.Function): void {
    const text = this.text;
    const start = text.size;
    if (text.listing) text.text.push(`${fn.name}:`);
    emitFunction(fn, text, this.opts.framePointer ?? false, this.encodings, this.frames);
    this.functions.push([fn.name, { section: text, offset: start, size: text.size - start, exported: fn.exported, func: true }]); // prettier-ignore
  }

  /** The object (and the text), with the unit's data objects. */
  finish(data: ir.Data[]): CodegenResult {
    const { opts, sections, text } = this;
    const defs = new Map<string, Definition>();
    for (const d of data) {
      const s = this.sectionOf(d.section);
      s.padTo(d.align);
      const start = s.size;
      s.text.push(`${d.name}:`);
      for (const item of d.items) emitItem(s, item);
      defs.set(d.name, { section: s, offset: start, size: s.size - start, exported: d.exported, func: false }); // prettier-ignore
    }
    for (const [name, def] of this.functions) defs.set(name, def);

    // The object: sections in a fixed order (.text, .data, .rodata, .bss, then others as met).
    const obj: Elf32Object = { fileName: opts.fileName, sections: [], symbols: [] };
    addSymbol(obj, { name: opts.fileName, type: STT_FILE, shndx: SHN_ABS });
    const rank = (n: string) => [".text", ".data", ".rodata", ".bss"].indexOf(n);
    const ordered = [...sections.values()]
      .filter((s) => s.size > 0 || s === text)
      .sort(
        (a, b) => (rank(a.name) < 0 ? 9 : rank(a.name)) - (rank(b.name) < 0 ? 9 : rank(b.name)),
      );
    const elfOf = new Map<OutSection, Elf32Section>();
    const sectionSymbol = new Map<OutSection, number>();
    for (const s of ordered) {
      const props: Partial<Elf32Section> = { addralign: Math.max(s.align, s === text ? 16 : 1) };
      if (s.nobits)
        Object.assign(props, { type: SHT_NOBITS, flags: SHF_ALLOC | SHF_WRITE, size: s.size }); // prettier-ignore
      else props.data = s.bytes();
      const known = rank(s.name) >= 0;
      if (!known && !s.nobits) props.flags = SHF_ALLOC | SHF_WRITE;
      elfOf.set(s, addSection(obj, s.name, props));
    }
    for (const s of ordered)
      sectionSymbol.set(s, addSymbol(obj, { name: "", type: STT_SECTION, shndx: obj.sections.indexOf(elfOf.get(s)!) + 1 })); // prettier-ignore
    for (const [name, d] of defs) {
      if (d.exported) continue;
      addSymbol(obj, { name, value: d.offset, size: d.size, type: d.func ? STT_FUNC : STT_OBJECT, shndx: obj.sections.indexOf(elfOf.get(d.section)!) + 1 }); // prettier-ignore
    }
    const undefinedSyms = new Map<string, number>();
    const externs: string[] = [];
    for (const s of ordered)
      for (const r of s.refs)
        if (!defs.has(r.fixup.symbol) && !undefinedSyms.has(r.fixup.symbol)) {
          undefinedSyms.set(r.fixup.symbol, -1);
          externs.push(r.fixup.symbol);
        }
    for (const name of externs) undefinedSyms.set(name, addSymbol(obj, { name, bind: STB_GLOBAL }));
    for (const [name, d] of defs) {
      if (!d.exported) continue;
      addSymbol(obj, { name, value: d.offset, size: d.size, bind: STB_GLOBAL, type: d.func ? STT_FUNC : STT_OBJECT, shndx: obj.sections.indexOf(elfOf.get(d.section)!) + 1 }); // prettier-ignore
    }

    // Resolve the references: patch the bytes (REL: the addend lives there) and relocate.
    for (const s of ordered) {
      const elf = elfOf.get(s)!;
      for (const { offset, fixup } of s.refs) {
        const def = defs.get(fixup.symbol);
        let value = fixup.addend;
        if (def && fixup.pcRelative && def.section === s) {
          value = def.offset + fixup.addend - offset;
        } else if (def) {
          value = def.offset + fixup.addend;
          elf.relocations.push({ offset, type: fixup.pcRelative ? R_386_PC32 : R_386_32, symbol: sectionSymbol.get(def.section)! }); // prettier-ignore
        } else {
          elf.relocations.push({ offset, type: fixup.pcRelative ? R_386_PC32 : R_386_32, symbol: undefinedSyms.get(fixup.symbol)! }); // prettier-ignore
        }
        if (fixup.size !== 4) throw new Error("internal: a reference that is not 32 bits");
        new DataView(elf.data.buffer, elf.data.byteOffset).setInt32(offset, value, true);
      }
    }

    // No executable stack, as gcc says with an empty .note.GNU-stack.
    addSection(obj, ".note.GNU-stack", { flags: 0, addralign: 1 });
    const result: CodegenResult = { object: obj };
    if (opts.assembly) {
      const lines: string[] = [];
      for (const [name, d] of defs) if (d.exported) lines.push(`global ${name}`);
      for (const name of externs) lines.push(`extern ${name}`);
      for (const s of ordered) {
        lines.push("", sectionDirective(s));
        // (Not `push(...s.text)`: a large program's text has more lines than a call has arguments.)
        for (const line of s.text) lines.push(line);
      }
      lines.push("", "section .note.GNU-stack noalloc noexec nowrite progbits");
      result.assembly = lines.join("\n") + "\n";
    }
    return result;
  }
}

function sectionDirective(s: OutSection): string {
  const known = [".text", ".data", ".rodata", ".bss"].includes(s.name);
  const align = s.name === ".text" ? 16 : s.align;
  if (known) return `section ${s.name} align=${align}`;
  return `section ${s.name} ${s.nobits ? "nobits" : "progbits"} alloc noexec write align=${align}`;
}

function emitItem(s: OutSection, item: ir.DataItem): void {
  switch (item.kind) {
    case "int": {
      const v = item.value;
      for (let k = 0; k < item.size; k++) s.push((v >>> (8 * k)) & 0xff);
      s.text.push(`    ${item.size === 1 ? "db" : item.size === 2 ? "dw" : "dd"} ${v}`);
      break;
    }
    case "addr": {
      s.refs.push({ offset: s.size, fixup: { offset: 0, size: 4, pcRelative: false, symbol: item.name, addend: item.offset } }); // prettier-ignore
      for (let k = 0; k < 4; k++) s.push(0);
      const off = item.offset;
      s.text.push(`    dd ${item.name}${off === 0 ? "" : off > 0 ? `+${off}` : off}`);
      break;
    }
    case "bytes":
      for (const b of item.bytes) s.push(b);
      s.text.push(`    db ${bytesText(item.bytes)}`);
      break;
    case "zero":
      if (s.nobits) s.text.push(`    resb ${item.size}`);
      else {
        for (let k = 0; k < item.size; k++) s.push(0);
        s.text.push(`    times ${item.size} db 0`);
      }
      break;
  }
  s.size += ir.itemSize(item);
}

/** Bytes as nasm `db` operands: printable runs quoted, the rest as numbers. */
function bytesText(bytes: Uint8Array): string {
  const parts: string[] = [];
  let run = "";
  for (const b of bytes) {
    if (b >= 0x20 && b < 0x7f && b !== 0x22) run += String.fromCharCode(b);
    else {
      if (run) parts.push(`"${run}"`);
      run = "";
      parts.push(String(b));
    }
  }
  if (run) parts.push(`"${run}"`);
  return parts.length > 0 ? parts.join(", ") : "";
}

/** A function's prologue and epilogue. */
interface FrameCode {
  prologue: Item[];
  epilogue: Item[];
}

/** Compiles one function into the text section. */
function emitFunction(
  fn: ir.Function,
  text: OutSection,
  framePointer: boolean,
  encodings: EncodingCache<Item>,
  frames: Map<number, FrameCode>,
): void {
  const mf = timed("select", () => selectFunction(fn));
  const { calleeSaved } = timed("regalloc", () => allocateRegisters(mf, framePointer));
  const frame = layoutFrame(mf, calleeSaved.length + (framePointer ? 1 : 0));
  const items: Item[] = [];
  const put = (ins: Instruction): Encoding => {
    const e = encodings.instruction(ins);
    if (typeof e === "string") throw new Error(`internal: cannot encode '${nasmText(ins)}' in ${fn.name}: ${e}`); // prettier-ignore
    items.push(instItem(ins, e));
    return e;
  };
  // The prologue and the epilogue depend only on the frame: made once per unit for each frame
  // met, and their items given again (relaxation changes only branches' items). (Before: made
  // per function and looked up as `Instruction`s, whose hash reads properties most operands lack
  // -- V8's slowest loads: 122 M of the back end's 1,430 M instructions in three rounds over the
  // 10,000-line program's IR, callgrind.)
  let saved = 0;
  for (let k = 0; k < calleeSaved.length; k++) saved |= 1 << calleeSaved[k];
  // (A number below 2^48 from the frame's size, under 2^32, the mask and the bytes popped.)
  const key = mf.pops < 256 ? (frame.size * 256 + saved) * 256 + mf.pops : -1;
  let code = frames.get(key);
  if (code === undefined) {
    const made = items;
    const R = (r: number): Operand => ({ kind: "reg", reg: REG32[r] });
    if (framePointer) {
      put({ mnemonic: "push", operands: [R(EBP)] });
      put({ mnemonic: "mov", operands: [R(EBP), R(ESP)] });
    }
    for (const r of calleeSaved) put({ mnemonic: "push", operands: [R(r)] });
    if (frame.size > 0) put({ mnemonic: "sub", operands: [R(ESP), { kind: "imm", value: frame.size }] }); // prettier-ignore
    const prologue = made.slice();
    made.length = 0;
    if (frame.size > 0) put({ mnemonic: "add", operands: [R(ESP), { kind: "imm", value: frame.size }] }); // prettier-ignore
    for (let k = calleeSaved.length - 1; k >= 0; k--) put({ mnemonic: "pop", operands: [R(calleeSaved[k])] }); // prettier-ignore
    if (framePointer) put({ mnemonic: "pop", operands: [R(EBP)] });
    put(mf.pops > 0 ? { mnemonic: "ret", operands: [{ kind: "imm", value: mf.pops }] } : { mnemonic: "ret", operands: [] }); // prettier-ignore
    code = { prologue, epilogue: made.slice() };
    made.length = 0;
    if (key >= 0) frames.set(key, code);
  }
  for (let k = 0; k < code.prologue.length; k++) items.push(code.prologue[k]);
  const epilogueItems = code.epilogue;
  // Every `ret` is the same epilogue.
  const epilogue = () => {
    for (let k = 0; k < epilogueItems.length; k++) items.push(epilogueItems[k]);
  };
  // (Every field present, undefined where absent: operands of a kind then share one shape, which
  // the encoder and the encoding cache read faster.)
  const operand = (o: MOperand): Operand => {
    switch (o.k) {
      case "reg":
        return { kind: "reg", reg: regName(o.r, o.size) };
      case "imm":
        return { kind: "imm", value: o.value, symbol: o.symbol };
      case "mem": {
        const disp = placedDisp(o, frame);
        const base = placedBase(o);
        const indexed = o.index >= 0;
        return {
          kind: "mem",
          disp,
          base: base >= 0 ? REG32[base] : undefined,
          index: indexed ? REG32[o.index] : undefined,
          scale: indexed ? o.scale : undefined,
          symbol: o.symbol,
          size: o.size,
        };
      }
      case "label":
        throw new Error("internal: a label operand outside a branch");
    }
  };
  let asmLabels = mf.blocks.length;
  for (let k = 0; k < mf.blocks.length; k++) {
    items.push(labelItem(k));
    const insts = mf.blocks[k].insts;
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      // (A branch is a `j...` with a label: the first letter compared rather than `startsWith`, a
      // call per instruction.)
      if (i.op.charCodeAt(0) === 0x6a /* j */ && i.ops.length > 0 && i.ops[0].k === "label") {
        const target = i.ops[0].block;
        const next = insts[x + 1];
        // jcc over an unconditional jump to the next block: invert it.
        if (i.op !== "jmp" && next?.op === "jmp" && x + 2 === insts.length && target === k + 1) {
          const other = (next.ops[0] as { block: number }).block;
          items.push(branchItem(NEGATED_JUMP.get(i.op)!, other));
          break;
        }
        if (target === k + 1 && x + 1 === insts.length) continue;
        items.push(branchItem(i.op, target));
        continue;
      }
      if (i.op === "ret") {
        epilogue();
        continue;
      }
      if (i.asm) {
        // An asm's local labels get block numbers of their own, past the function's blocks.
        const base = asmLabels;
        for (const a of asmInstructions(i, operand)) {
          if (a.kind === "inst") {
            put(a.ins);
            continue;
          }
          if (a.kind === "label") items.push(labelItem(base + a.id));
          else items.push(branchItem(a.cc === null ? "jmp" : "j" + a.cc, base + a.id));
          asmLabels = Math.max(asmLabels, base + a.id + 1);
        }
        continue;
      }
      // An instruction seen before needs no `Instruction` (unless its text is wanted).
      if (text.listing) {
        put(machineInstruction(i, operand));
        continue;
      }
      // (Its item too: the one made the first time is kept with the encoding and given again, as
      // relaxation changes only branches' items. One seen before but for an immediate or a
      // displacement is made from a template of its shape: encodings.ts.)
      const known = encodings.machine(i, frame);
      if (known !== undefined) {
        items.push(known);
        continue;
      }
      const made = encodings.fromTemplate(keptItem);
      if (made !== undefined) {
        items.push(made);
        continue;
      }
      const ins = machineInstruction(i, operand);
      const e = encodings.encodeMachine(ins, keptItem);
      if (typeof e === "string") throw new Error(`internal: cannot encode '${nasmText(ins)}' in ${fn.name}: ${e}`); // prettier-ignore
      items.push(e);
    }
  }
  relax(items, asmLabels, text, fn.name, encodings);
}

function machineInstruction(i: MInst, operand: (o: MOperand) => Operand): Instruction {
  // Flags are live only from a cmp/test to the jcc/setcc right after it, so zeroing a register
  // by xor (2 bytes, as gcc does) is always safe.
  const a = i.ops[0];
  const b = i.ops[1];
  if (
    i.op === "zero" ||
    (i.op === "mov" && a.k === "reg" && b.k === "imm" && b.value === 0 && b.symbol === undefined)
  ) {
    const r = operand(a);
    return { mnemonic: "xor", operands: [r, r] };
  }
  const ins: Instruction = { mnemonic: i.op, operands: i.ops.map(operand) };
  if (i.prefix) ins.prefixes = [i.prefix];
  return ins;
}

interface Frame {
  size: number;
  slotOffset: number[];
  argBase: number;
}

function layoutFrame(mf: MFunction, saved: number): Frame {
  let off = mf.outSize;
  const slotOffset: number[] = [];
  for (const s of mf.slots) {
    off = alignUp(off, Math.min(s.align, 16));
    slotOffset.push(off);
    off += s.size;
  }
  let size = alignUp(off, 4);
  if (mf.makesCalls || mf.slots.some((s) => s.align > 4)) {
    // At a call esp is 16-aligned: return address + saved registers + frame = 0 (mod 16). So is
    // it in a function with a slot aligned to 8 or 16, whose offset from esp is aligned so.
    while ((4 + 4 * saved + size) % 16 !== 0) size += 4;
  }
  return { size, slotOffset, argBase: size + 4 * saved + 4 };
}

const ITEM_AT = new Scratch();
const LABEL_AT = new Scratch();
const ITEM_SIZE = new Scratch();
const BRANCH_AT = new Scratch();

/**
 * Sizes the branches (short unless out of reach), then writes the bytes and the text. `labels`:
 * the number of labels (blocks, then an asm's local labels).
 */
function relax(
  items: Item[],
  labels: number,
  text: OutSection,
  fnName: string,
  encodings: EncodingCache<Item>,
): void {
  const base = text.size;
  // (Arrays kept from one function to the next, and labels by number rather than in a map: a
  // new typed array per function was a fifth of this function's time.)
  const at = ITEM_AT.i32(items.length + 1);
  const labelAt = LABEL_AT.i32(labels);
  // The rounds read each item's size (a label's: -1 - its block) and the branches' places from
  // arrays filled once, rather than every item's fields at every round.
  const size = ITEM_SIZE.i32(items.length);
  const branchAt = BRANCH_AT.i32(items.length);
  let branches = 0;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === "inst") size[k] = it.bytes.length;
    else if (it.kind === "label") size[k] = -1 - it.block;
    else {
      size[k] = it.near ? (it.jump === "jmp" ? 5 : 6) : 2;
      branchAt[branches++] = k;
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    let pc = base;
    for (let k = 0; k < items.length; k++) {
      at[k] = pc;
      const n = size[k];
      if (n >= 0) pc += n;
      else labelAt[-1 - n] = pc;
    }
    for (let b = 0; b < branches; b++) {
      const k = branchAt[b];
      const it = items[k];
      if (it.near) continue;
      const d = labelAt[it.block] - (at[k] + 2);
      if (d < -128 || d > 127) {
        it.near = true;
        size[k] = it.jump === "jmp" ? 5 : 6;
        changed = true;
      }
    }
  }
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === "label") {
      if (text.listing) text.text.push(`.L${it.block}:`);
      continue;
    }
    let bytes: number[];
    let fixups: Fixup[];
    if (it.kind === "branch") {
      const mnemonic = it.jump;
      const target = labelAt[it.block];
      const e = encodings.branch(mnemonic, it.near, target, at[k]);
      if (typeof e === "string") throw new Error(`internal: cannot encode a branch in ${fnName}: ${e}`); // prettier-ignore
      bytes = e.bytes;
      fixups = e.fixups;
      if (text.listing) text.text.push(`    ${mnemonic} .L${it.block}`);
    } else {
      bytes = it.bytes;
      fixups = it.fixups;
      if (text.listing) text.text.push(`    ${nasmText(it.ins!)}`);
    }
    for (let x = 0; x < fixups.length; x++) {
      const f = fixups[x];
      text.refs.push({ offset: at[k] + f.offset, fixup: f });
    }
    text.pushBytes(bytes);
    text.size += bytes.length;
  }
}
