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
// displacement resolved), so that an instruction seen before costs no object at all.
import {
  encode,
  type Fixup,
  type ImmOperand,
  type Instruction,
  type MemOperand,
  type Operand,
} from "../../x86/encode.ts";
import type { MInst, MMem } from "./machine.ts";

export interface Encoding {
  bytes: number[];
  fixups: Fixup[];
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

/** How the emitter places a memory operand in the frame: its base register and displacement. */
export interface FrameResolver {
  base(m: MMem): number;
  disp(m: MMem): number;
}

export class EncodingCache {
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
  private readonly entryEncoding: Encoding[] = [];
  private pool = new Int32Array(1 << 14);
  private poolUsed = 0;
  /** The fields of the machine instruction looked up last (the first `fieldCount`), their hash, and the empty slot where it goes (-1: it is not kept). */
  private readonly fields = new Int32Array(64);
  private fieldCount = 0;
  private fieldHash = 0;
  private fieldSlot = -1;
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
   * remembered; otherwise undefined, and `rememberMachine` then keeps the encoding made for it.
   */
  machine(i: MInst, frame: FrameResolver): Encoding | undefined {
    const f = this.fields;
    let n = 0;
    // (Each value is checked to be a 32-bit integer, which the table can hold exactly: an
    // instruction with another is not kept.)
    let exact = true;
    f[n++] = this.name(i.op);
    f[n++] = i.prefix === undefined ? 0 : this.name(i.prefix);
    const ops = i.ops;
    // Each operand: a number for its kind, then its fields.
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (o.k === "reg") {
        f[n++] = 1;
        f[n++] = o.r;
        f[n++] = o.size;
      } else if (o.k === "imm") {
        f[n++] = 2;
        f[n++] = o.value;
        if (o.value !== (o.value | 0)) exact = false;
        f[n++] = o.symbol === undefined ? 0 : this.name(o.symbol);
      } else if (o.k === "mem") {
        const disp = frame.disp(o);
        f[n++] = 3;
        f[n++] = frame.base(o);
        f[n++] = o.index;
        f[n++] = o.scale;
        f[n++] = disp;
        if (disp !== (disp | 0)) exact = false;
        f[n++] = o.symbol === undefined ? 0 : this.name(o.symbol);
        f[n++] = o.size ?? 0;
      } else throw new Error("internal: a label operand outside a branch");
    }
    this.fieldCount = n;
    this.fieldSlot = -1;
    if (!exact) return undefined;
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = mix(h, f[k]);
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

  /** Keeps `e` as the encoding of the machine instruction `machine` last failed to find. */
  rememberMachine(e: Encoding): void {
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
    this.entryEncoding.push({ bytes: e.bytes, fixups: e.fixups });
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
