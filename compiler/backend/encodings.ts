// Encodings reused within a unit: what x86/encode.ts made of each distinct instruction.
//
// Generated code repeats itself -- `test eax, eax`, `pop ebx`, `mov eax, dword [esp+0x8]` -- and in
// a large unit almost every instruction was encoded before (98% of them in a generated program of
// 50,000 lines). The bytes and fixups of an instruction are a function of the instruction alone
// (a fixup is relative to the instruction's start), so they are kept and given again. A relative
// branch's bytes depend on where it is: it is kept by its distance instead (`branch`).
//
// An instruction is found by a 32-bit hash of its fields, then compared field by field; names
// (mnemonics, registers, symbols) enter the hash as numbers given in order of appearance, so no
// string is built per instruction. Operands the code generator does not make -- segments, far
// pointers, sizes on immediates or displacements, which inline assembly may write -- are not
// kept: such instructions are encoded every time.
//
// Most instructions come from selection as machine instructions (machine.ts), which the emitter
// would turn into x86/encode.ts's `Instruction` only to find it here: `machine` looks them up in
// their own table first, by their fields as the emitter reads them (a frame location's base and
// displacement resolved), so that an instruction seen before costs no object at all. One it has
// not seen, but whose shape (the same but for an immediate or a displacement of the same class)
// it has, is made from that shape's template: the bytes of the first, with the value's bytes put
// in place, found once by encoding the first again with the value changed.
import {
  encode,
  type Fixup,
  type ImmOperand,
  type Instruction,
  type MemOperand,
  type Operand,
} from "../../x86/encode.ts";
import { ESP, type MInst, type MMem } from "./machine.ts";

export interface Encoding {
  bytes: number[];
  fixups: Fixup[];
}

/**
 * The encoding of one shape of instructions: the bytes of one of them, and for each variable field
 * three numbers -- its index in the fields, the offset and the number of its bytes.
 */
interface Template {
  bytes: number[];
  fields: number[];
}

interface Entry extends Encoding {
  ins: Instruction;
}

const NO_FIXUPS: Fixup[] = [];

/** FNV-1a's step over 32-bit values. */
function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** Whether the cache may keep an instruction with this operand (see the file comment). */
function keepable(o: Operand): boolean {
  if (o.kind === "reg") return true;
  if (o.kind === "imm") return o.size === undefined && o.strict === undefined && o.distance === undefined; // prettier-ignore
  if (o.kind === "mem")
    return o.far === undefined && o.seg === undefined && o.addrSize === undefined && o.dispSize === undefined; // prettier-ignore
  return false;
}

/** Equality of two keepable operands. */
function sameOperand(a: Operand, b: Operand): boolean {
  switch (a.kind) {
    case "reg":
      return b.kind === "reg" && a.reg === b.reg;
    case "imm":
      return b.kind === "imm" && a.value === b.value && a.symbol === b.symbol;
    case "mem": {
      if (b.kind !== "mem") return false;
      const c: MemOperand = b;
      return (
        a.disp === c.disp &&
        a.base === c.base &&
        a.index === c.index &&
        a.scale === c.scale &&
        a.size === c.size &&
        a.symbol === c.symbol
      );
    }
    default:
      return false;
  }
}

function sameInstruction(a: Instruction, b: Instruction): boolean {
  if (a.mnemonic !== b.mnemonic || a.operands.length !== b.operands.length) return false;
  for (let k = 0; k < a.operands.length; k++)
    if (!sameOperand(a.operands[k], b.operands[k])) return false;
  const p = a.prefixes ?? NO_PREFIXES;
  const q = b.prefixes ?? NO_PREFIXES;
  if (p.length !== q.length) return false;
  for (let k = 0; k < p.length; k++) if (p[k] !== q[k]) return false;
  return true;
}

const NO_PREFIXES: string[] = [];

/** Where the emitter places the frame: each stack slot's offset from esp, and the arguments'. */
export interface FramePlacement {
  slotOffset: number[];
  argBase: number;
}

/** The base register of a memory operand as placed (a frame location is esp-relative). */
export function placedBase(m: MMem): number {
  if (m.frame === undefined) return m.base;
  if (m.base >= 0) throw new Error("internal: a frame operand with a base register");
  return ESP;
}

/** The displacement of a memory operand as placed: its slot's offset, or the arguments', added. */
export function placedDisp(m: MMem, frame: FramePlacement): number {
  if (m.frame === "slot") return m.disp + frame.slotOffset[m.slot!];
  return m.frame === "arg" ? m.disp + frame.argBase : m.disp;
}

/**
 * `M`: what is kept for a machine instruction -- an `Encoding`, or the emitter's own object that
 * holds one (`encodeMachine`'s `keep`), given again as it is.
 */
export class EncodingCache<M extends Encoding = Encoding> {
  private readonly entries = new Map<number, Entry[]>();
  // The machine instructions remembered, in an open-addressed table of their own: `slots` holds
  // an entry number + 1 (0: empty) at the hash of its fields, or after it; entry e's fields are
  // `pool[start[e] ... start[e] + length[e])`, all integers (names as their numbers, 0 for none).
  // (Before: a Map from hash to arrays of entries whose fields mixed numbers, strings and
  // undefined; the lookup was the emitter's hottest function. This table: 30 M instructions
  // fewer in five rounds of the back end over the 10,000-line program's IR, of ~9,900 M.)
  private slots = new Int32Array(1 << 12);
  private readonly entryHash: number[] = [];
  private readonly entryStart: number[] = [];
  private readonly entryLength: number[] = [];
  private readonly entryEncoding: M[] = [];
  private pool = new Int32Array(1 << 14);
  private poolUsed = 0;
  /** The fields of the machine instruction looked up last (the first `fieldCount`), their hash, and the empty slot where it goes (-1: it is not kept). */
  private readonly fields = new Int32Array(64);
  private fieldCount = 0;
  private fieldHash = 0;
  private fieldSlot = -1;
  /** Whether the fields are the instruction's (each value a 32-bit integer). */
  private fieldExact = false;
  /**
   * Templates by shape (`shape`): most instructions the table misses differ from one seen before
   * only in an immediate or a displacement of the same class, whose bytes a template puts in
   * place of the encoder's search of forms. (The encoder was ~5% of the back end's time in a CPU
   * profile of the 10,000-line program; lea r, [r+disp] and and r, imm were most of its work.)
   */
  private readonly templates = new Map<string, Template | null>();
  /** The shape of the instruction `machine` missed last ("" for none), and its variable fields. */
  private missShape = "";
  private readonly missVariable: number[] = [];
  /** By mnemonic, then by distance and size (2 × distance, + 1 if near). */
  private readonly branches = new Map<string, Map<number, Encoding>>();
  /** A number for each mnemonic, register and symbol name met, for the hash. */
  private readonly names = new Map<string, number>();

  private name(s: string): number {
    let n = this.names.get(s);
    if (n === undefined) this.names.set(s, (n = this.names.size + 1));
    return n;
  }

  /** The hash of a keepable instruction, or -1 when it is not keepable. */
  private hash(ins: Instruction): number {
    let h = mix(0x811c9dc5, this.name(ins.mnemonic));
    if (ins.prefixes !== undefined) for (const p of ins.prefixes) h = mix(h, this.name(p));
    const ops = ins.operands;
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (!keepable(o)) return -1;
      if (o.kind === "reg") h = mix(mix(h, 1), this.name(o.reg));
      else if (o.kind === "imm") {
        const i: ImmOperand = o;
        h = mix(mix(h, 2), i.value);
        if (i.symbol !== undefined) h = mix(h, this.name(i.symbol));
      } else {
        const m = o as MemOperand;
        h = mix(mix(mix(h, 3), m.disp), m.size ?? 0);
        if (m.base !== undefined) h = mix(h, this.name(m.base));
        if (m.index !== undefined) h = mix(mix(h, this.name(m.index)), m.scale ?? 0);
        if (m.symbol !== undefined) h = mix(h, this.name(m.symbol));
      }
    }
    return h >>> 1; // never -1
  }

  /** The bytes and fixups of `ins` (encoded now, or before); a string when it cannot be. */
  instruction(ins: Instruction): Encoding | string {
    const h = this.hash(ins);
    const bucket = h < 0 ? undefined : this.entries.get(h);
    if (bucket !== undefined)
      for (let k = 0; k < bucket.length; k++)
        if (sameInstruction(bucket[k].ins, ins)) return bucket[k];
    const r = encode(ins, { bits: 32 });
    if (!r.ok) return r.error;
    const e: Entry = { ins, bytes: r.bytes, fixups: r.fixups };
    if (h >= 0) {
      if (bucket !== undefined) bucket.push(e);
      else this.entries.set(h, [e]);
    }
    return e;
  }

  /**
   * The encoding of a machine instruction (no branch, no asm) if one with the same fields was
   * remembered; otherwise undefined, and `fromTemplate` or `encodeMachine` then makes and keeps
   * its encoding.
   */
  machine(i: MInst, frame: FramePlacement): M | undefined {
    const f = this.fields;
    let n = 0;
    // (Each value is checked to be a 32-bit integer, which the table can hold exactly: an
    // instruction with another is not kept.)
    let exact = true;
    // (The hash is mixed as the fields are written: no second walk over them.)
    let x = this.name(i.op);
    f[n++] = x;
    let h = mix(0x811c9dc5, x);
    x = i.prefix === undefined ? 0 : this.name(i.prefix);
    f[n++] = x;
    h = mix(h, x);
    const ops = i.ops;
    // Each operand: a number for its kind, then its fields.
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (o.k === "reg") {
        f[n++] = 1;
        f[n++] = o.r;
        f[n++] = o.size;
        h = mix(mix(mix(h, 1), o.r), o.size);
      } else if (o.k === "imm") {
        const v = o.value;
        if (v !== (v | 0)) exact = false;
        x = o.symbol === undefined ? 0 : this.name(o.symbol);
        f[n++] = 2;
        f[n++] = v;
        f[n++] = x;
        h = mix(mix(mix(h, 2), v | 0), x);
      } else if (o.k === "mem") {
        // (Module functions, not methods of an object made per function: they are inlined here.)
        const disp = placedDisp(o, frame);
        if (disp !== (disp | 0)) exact = false;
        const base = placedBase(o);
        x = o.symbol === undefined ? 0 : this.name(o.symbol);
        const size = o.size ?? 0;
        f[n++] = 3;
        f[n++] = base;
        f[n++] = o.index;
        f[n++] = o.scale;
        f[n++] = disp;
        f[n++] = x;
        f[n++] = size;
        h = mix(mix(mix(mix(mix(mix(mix(h, 3), base), o.index), o.scale), disp | 0), x), size);
      } else throw new Error("internal: a label operand outside a branch");
    }
    this.fieldCount = n;
    this.fieldSlot = -1;
    this.fieldExact = exact;
    if (!exact) return undefined;
    this.fieldHash = h;
    const slots = this.slots;
    const mask = slots.length - 1;
    const pool = this.pool;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[s] - 1;
      if (e < 0) {
        this.fieldSlot = s;
        return undefined;
      }
      if (this.entryHash[e] !== h || this.entryLength[e] !== n) continue;
      const start = this.entryStart[e];
      let k = 0;
      while (k < n && pool[start + k] === f[k]) k++;
      if (k === n) return this.entryEncoding[e];
    }
  }

  /**
   * The encoding of `ins`, the machine instruction `machine` last failed to find, made now and
   * kept in its table; a string when it cannot be encoded. (Not looked up in the table of
   * `Instruction`s first: an instruction that table knows is one `machine` knows.)
   */
  encodeMachine(ins: Instruction, keep: (bytes: number[], fixups: Fixup[]) => M): M | string {
    const r = encode(ins, { bits: 32 });
    if (!r.ok) return r.error;
    const e = keep(r.bytes, r.fixups);
    if (this.missShape !== "" && !this.templates.has(this.missShape))
      this.templates.set(this.missShape, this.template(ins, r.bytes, r.fixups));
    this.rememberMachine(e);
    return e;
  }

  /**
   * The encoding of the machine instruction `machine` last failed to find, made from the template
   * of its shape and kept; undefined when there is no template (`encodeMachine` then encodes it).
   */
  fromTemplate(keep: (bytes: number[], fixups: Fixup[]) => M): M | undefined {
    const key = this.fieldExact ? this.shape() : "";
    this.missShape = key;
    if (key === "") return undefined;
    const t = this.templates.get(key);
    if (t === undefined || t === null) return undefined;
    const f = this.fields;
    const bytes = t.bytes.slice();
    const at = t.fields;
    for (let x = 0; x < at.length; x += 3) {
      const v = f[at[x]];
      for (let b = 0; b < at[x + 2]; b++) bytes[at[x + 1] + b] = (v >>> (8 * b)) & 0xff;
    }
    const e = keep(bytes, NO_FIXUPS);
    this.rememberMachine(e);
    return e;
  }

  /**
   * The shape of the fields `machine` built last: as a string, each immediate and displacement
   * replaced by its class (0 and 1 themselves, other signed bytes, the rest), "" when it has no
   * field of a class of many values or is not one templates are made for (a prefix, a symbol, an
   * operand of another size than 32 bits). The fields of classes of many values are listed in
   * `missVariable`: their index in the fields and their operand's.
   */
  private shape(): string {
    const f = this.fields;
    const n = this.fieldCount;
    this.missVariable.length = 0;
    if (f[1] !== 0) return "";
    let key = String(f[0]);
    for (let k = 2, operand = 0; k < n; operand++) {
      const kind = f[k];
      if (kind === 1) {
        if (f[k + 2] !== 32) return "";
        key += " r" + f[k + 1];
        k += 3;
      } else if (kind === 2) {
        if (f[k + 2] !== 0) return "";
        const v = f[k + 1];
        if (v === 0 || v === 1) key += " i=" + v;
        else {
          key += v >= -128 && v <= 127 ? " ib" : " id";
          this.missVariable.push(k + 1, operand);
        }
        k += 3;
      } else {
        if (f[k + 5] !== 0 || (f[k + 6] !== 0 && f[k + 6] !== 32)) return "";
        const d = f[k + 4];
        key += ` m${f[k + 1]},${f[k + 2]},${f[k + 3]},${f[k + 6]}`;
        if (d === 0) key += "=0";
        else {
          key += d >= -128 && d <= 127 ? "b" : "d";
          this.missVariable.push(k + 4, operand);
        }
        k += 7;
      }
    }
    return this.missVariable.length > 0 ? key : "";
  }

  /**
   * The template of the shape of `ins` (the instruction `machine` last missed, whose encoding is
   * `bytes`), or null when it cannot be made one. Each variable field's bytes are found by
   * encoding `ins` again with that field's value complemented (of the same class, and every byte
   * different): the bytes that differ, which must be the value's own, little-endian.
   */
  private template(ins: Instruction, bytes: number[], fixups: Fixup[]): Template | null {
    if (fixups.length > 0) return null;
    const f = this.fields;
    const variable = this.missVariable;
    const ops = ins.operands;
    const at: number[] = [];
    for (let x = 0; x < variable.length; x += 2) {
      const v = f[variable[x]];
      // ~v is of v's class, but for -1 and -2 (0 and 1 are classes of their own).
      const p = v === -1 ? 2 : v === -2 ? 3 : ~v;
      const o = ops[variable[x + 1]];
      let probe: Operand;
      if (o === undefined) return null;
      if (o.kind === "imm" && o.value === v) probe = { ...o, value: p };
      else if (o.kind === "mem" && o.disp === v) probe = { ...o, disp: p };
      else return null;
      const q = encode({ ...ins, operands: ops.map((y) => (y === o ? probe : y)) }, { bits: 32 });
      if (!q.ok || q.fixups.length > 0 || q.bytes.length !== bytes.length) return null;
      let first = -1;
      let last = -1;
      for (let b = 0; b < bytes.length; b++)
        if (bytes[b] !== q.bytes[b]) {
          if (first < 0) first = b;
          last = b;
        }
      const width = last - first + 1;
      if (first < 0 || (width !== 1 && width !== 2 && width !== 4)) return null;
      for (let b = 0; b < width; b++)
        if (bytes[first + b] !== ((v >>> (8 * b)) & 0xff) || q.bytes[first + b] !== ((p >>> (8 * b)) & 0xff)) return null; // prettier-ignore
      at.push(variable[x], first, width);
    }
    return { bytes, fields: at };
  }

  /** Keeps `e` as the encoding of the machine instruction `machine` last failed to find. */
  private rememberMachine(e: M): void {
    if (this.fieldSlot < 0) return;
    const n = this.fieldCount;
    if (this.poolUsed + n > this.pool.length) {
      const bigger = new Int32Array(2 * this.pool.length);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    this.pool.set(this.fields.subarray(0, n), this.poolUsed);
    const entry = this.entryEncoding.length;
    this.entryHash.push(this.fieldHash);
    this.entryStart.push(this.poolUsed);
    this.entryLength.push(n);
    this.entryEncoding.push(e);
    this.poolUsed += n;
    this.slots[this.fieldSlot] = entry + 1;
    this.fieldSlot = -1;
    // At half full, twice the slots (each entry placed again at its hash).
    if (2 * (entry + 1) > this.slots.length) {
      const slots = new Int32Array(2 * this.slots.length);
      const mask = slots.length - 1;
      for (let x = 0; x <= entry; x++) {
        let s = this.entryHash[x] & mask;
        while (slots[s] !== 0) s = (s + 1) & mask;
        slots[s] = x + 1;
      }
      this.slots = slots;
    }
  }

  /** The bytes of a short or near jump (`jmp`, `jcc`) at `pc` to `target`; a string on failure. */
  branch(mnemonic: string, near: boolean, target: number, pc: number): Encoding | string {
    let byDistance = this.branches.get(mnemonic);
    if (byDistance === undefined) this.branches.set(mnemonic, (byDistance = new Map()));
    const key = (target - pc) * 2 + (near ? 1 : 0);
    let e = byDistance.get(key);
    if (e === undefined) {
      const r = encode(
        { mnemonic, operands: [near ? { kind: "imm", value: target } : { kind: "imm", value: target, distance: "short" }] }, // prettier-ignore
        { bits: 32, pc },
      );
      if (!r.ok) return r.error;
      byDistance.set(key, (e = { bytes: r.bytes, fixups: NO_FIXUPS }));
    }
    return e;
  }
}
