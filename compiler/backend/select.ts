// Instruction selection: an IR function to x86 instructions over virtual registers.
//
// Temporary %t becomes virtual register FIRST_VREG + t.id; selection adds more for values it
// needs in a register. Most IR instructions map to one or two x86 ones in the two-address form
// (`%d = sub %a, %b` is `mov d, a; sub d, b`, and the allocator usually gives d and a the same
// register so the mov disappears); the patterns that make the code good are these:
//  - Addressing modes: a load or store whose address is `base + index*scale + disp` (built from
//    add, sub, shl and mul by 1/2/4/8 of constants, globals, stack slots and temporaries that do
//    not change in between) uses one `[base+index*scale+disp]` operand, and the arithmetic that
//    only computed the address is not emitted. Additions are `lea` (three-address).
//  - Compare-and-branch fusion: `%c = slt %a, %b; jnz %c, @t, @f` is `cmp a, b; jl t; jmp f`.
//  - A load read once by the next instruction becomes its memory operand (`add d, [p]`).
//  - Stack slots (`alloc`) are frame locations, not registers: `[esp+N]` directly.
// Fixed registers are named where the instruction needs them and the value is copied in and out
// (`mov eax, a; cdq; idiv b; mov d, eax`), so the allocator sees short physical live ranges and
// hints; calls store their arguments into the outgoing area at the bottom of the frame.
import * as ir from "../ir/ir.ts";
import { Scratch } from "../ir/scratch.ts";
import { type AsmSelector, selectAsm } from "./inline-asm.ts";
import {
  EAX,
  ECX,
  EDX,
  EDI,
  ESI,
  ESP,
  FIRST_VREG,
  imm,
  instruction,
  type MBlock,
  type MFunction,
  type MImm,
  type MInst,
  type MMem,
  memory,
  type MOperand,
  type MReg,
  reg,
} from "./machine.ts";

/**
 * A condition code, with the mnemonics that test it as literals: the emitter and the allocator
 * look instructions up by mnemonic, and a string built per instruction (`"j" + cc`) is hashed
 * again at every lookup.
 */
interface Condition {
  jump: string;
  set: string;
  /** The condition that holds when the operands are swapped. */
  swapped: Condition;
}

function condition(jump: string, set: string): Condition {
  const c: Condition = { jump, set, swapped: undefined! };
  c.swapped = c;
  return c;
}

const E = condition("je", "sete");
const NE = condition("jne", "setne");
const L = condition("jl", "setl");
const LE = condition("jle", "setle");
const G = condition("jg", "setg");
const GE = condition("jge", "setge");
const B = condition("jb", "setb");
const BE = condition("jbe", "setbe");
const A = condition("ja", "seta");
const AE = condition("jae", "setae");
[L.swapped, G.swapped, LE.swapped, GE.swapped] = [G, L, GE, LE];
[B.swapped, A.swapped, BE.swapped, AE.swapped] = [A, B, AE, BE];

/** The condition under which a comparison gives 1. */
function conditionOf(op: ir.CompareOp): Condition {
  switch (op) {
    case "eq":
      return E;
    case "ne":
      return NE;
    case "slt":
      return L;
    case "sle":
      return LE;
    case "sgt":
      return G;
    case "sge":
      return GE;
    case "ult":
      return B;
    case "ule":
      return BE;
    case "ugt":
      return A;
    case "uge":
      return AE;
  }
}

// Opcodes are told apart by switches, not looked up in object literals: a load by a key of many
// values from such an object is megamorphic in V8, and one that misses walks the prototype chain
// (`ALU[op]` at the top of `inst` was selection's hottest line).

/** The x86 mnemonic of a two-address arithmetic opcode; undefined for the others. */
function aluMnemonic(op: string): string | undefined {
  switch (op) {
    case "add":
    case "sub":
    case "and":
    case "or":
    case "xor":
      return op;
    case "mul":
      return "imul";
    default:
      return undefined;
  }
}

function isCommutative(op: string): boolean {
  return op === "add" || op === "and" || op === "or" || op === "xor" || op === "mul";
}

/** An address being matched: the parts of one x86 memory operand, and the temporaries looked through. */
interface AddressParts {
  base: number;
  index: number;
  scale: 1 | 2 | 4 | 8;
  disp: number;
  symbol: string | undefined;
  slot: number;
  /**
   * The first `walkedCount` of `walked`. (A count, not the array's length: setting a shorter
   * length calls into V8's runtime, and `walked.length = 0` at the start of every match was a
   * third of `matchAddress`'s time in a CPU profile.)
   */
  walked: number[];
  walkedCount: number;
}

// What planning decided about an instruction (`flags`, by the instruction's position).

/** Not emitted: its value only computed addresses that were folded. */
const SKIPPED = 1;
/** A compare emitted at its block's jump instead of where it stands. */
const FUSED = 2;
/** A load that is the memory operand of a later instruction. */
const FOLDED_LOAD = 4;

// Operands and register lists that never change, made once and shared by every instruction that
// names them: the allocator rewrites only virtual registers in place (a physical one maps to
// itself) and renames a spilled one in a new object, and nothing else writes an operand.
const R_EAX = reg(EAX);
const R_ECX = reg(ECX);
const R_EDX = reg(EDX);
const R_ESP = reg(ESP);
const R_ESI = reg(ESI);
const R_EDI = reg(EDI);
const R_CL = reg(ECX, 8);
const JUST_EAX = [EAX];
const JUST_ECX = [ECX];
const JUST_EDX = [EDX];
const EAX_EDX = [EAX, EDX];
const STRING_REGS = [ESI, EDI, ECX];
const CALL_CLOBBERS = [EAX, ECX, EDX];

/** The arrays of the function being selected (scratch.ts: valid until the next function). */
const COUNTS = { defs: new Scratch(), uses: new Scratch() };
const SLOT_OF = new Scratch();
const LIVE = new Scratch();
const BLOCK_START = new Scratch();
const FLAGS = new Scratch();
const FOLDED_FROM = new Scratch();
const SITE_BLOCK = new Scratch();
const SITE_INDEX = new Scratch();
const THROUGH = new Scratch();
const ADDRESS_LEAF = new Scratch();

/**
 * Which argument of an instruction is its address: 0 for a load, 1 for a store, -1 for the other
 * opcodes. (A switch, not `LOAD_OPS.has` and `STORE_OPS.has`: two hash lookups for every
 * instruction planned.)
 */
function addressOperand(op: string): number {
  switch (op) {
    case "loadw":
    case "loadub":
    case "loadsb":
    case "loaduh":
    case "loadsh":
      return 0;
    case "storew":
    case "storeh":
    case "storeb":
      return 1;
    default:
      return -1;
  }
}

class Selector {
  private readonly fn: ir.Function;
  private readonly mf: MFunction;
  private readonly defCount: Int32Array;
  private readonly useCount: Int32Array;
  private readonly slotOf: Int32Array;
  // Instructions are numbered by position, `blockStart[block] + index`, and what is known of each
  // is in arrays by that number; a temporary assigned once has its definition's block + 1
  // (0: none) and index in `siteBlock` and `siteIndex`. (Before: sets and a map of instructions
  // and an object per definition, as many instructions executed within the noise, but an object
  // fewer per instruction for the collector.)
  private readonly blockStart: Int32Array;
  private readonly siteBlock: Int32Array;
  private readonly siteIndex: Int32Array;
  /** SKIPPED, FUSED, FOLDED_LOAD. */
  private readonly flags: Int32Array;
  /** For an instruction with a folded load: the load's index in the block + 1 (0: none). */
  private readonly foldedFrom: Int32Array;
  /** The folded loads, three numbers each: the reader's position, the block, the load's index. */
  private readonly folds: number[] = [];
  private out: MInst[] = [];
  private curBlock = 0;
  private curIndex = 0;
  /** The address being matched (`matchAddress`), and where it is used. */
  private readonly parts: AddressParts = { base: -1, index: -1, scale: 1, disp: 0, symbol: undefined, slot: -1, walked: [], walkedCount: 0 }; // prettier-ignore
  private matchBlock = 0;
  private matchAt = 0;
  /** The output registers of the last asm, read by the `asmout`s right after it. */
  private asmOutputs: (MReg | undefined)[] = [];
  /** What inline assembly's selection calls back (made at a function's first asm). */
  private asmSelector: AsmSelector | undefined = undefined;

  constructor(fn: ir.Function) {
    this.fn = fn;
    // (The counts and slot numbers in arrays kept from one function to the next: scratch.ts.)
    const counts = ir.defUseCounts(fn, COUNTS);
    this.defCount = counts.defs;
    this.useCount = counts.uses;
    const nt = fn.temps.length;
    const siteBlock = (this.siteBlock = SITE_BLOCK.i32(nt));
    const siteIndex = (this.siteIndex = SITE_INDEX.i32(nt));
    const slotOf = (this.slotOf = SLOT_OF.i32(fn.temps.length));
    for (let k = 0; k < fn.temps.length; k++) slotOf[k] = -1;
    this.mf = {
      name: fn.name,
      exported: fn.exported,
      blocks: [],
      regCount: FIRST_VREG + fn.temps.length,
      slots: [],
      outSize: 0,
      makesCalls: false,
      pops: fn.pops,
      argHome: new Map(),
      byteRegs: new Set(),
    };
    ir.numberBlocks(fn); // (blocks by number for the branches and the successor lists)
    const nb = fn.blocks.length;
    const blockStart = (this.blockStart = BLOCK_START.i32(nb + 1));
    let position = 0;
    for (let k = 0; k < nb; k++) {
      blockStart[k] = position;
      const insts = fn.blocks[k].insts;
      position += insts.length;
      for (let index = 0; index < insts.length; index++) {
        const i = insts[index];
        if (i.dst && this.defCount[i.dst.id] === 1) {
          siteBlock[i.dst.id] = k + 1;
          siteIndex[i.dst.id] = index;
        }
        if (i.op === "alloc" && i.dst && this.defCount[i.dst.id] === 1 && k === 0) {
          slotOf[i.dst.id] = this.mf.slots.length;
          this.mf.slots.push({ size: (i.args[0] as ir.Const).value, align: (i.args[1] as ir.Const).value }); // prettier-ignore
        }
      }
    }
    blockStart[nb] = position;
    this.flags = FLAGS.i32(position);
    this.foldedFrom = FOLDED_FROM.i32(position);
  }

  /** The instruction that defines temporary `t`, when it is assigned once (else undefined). */
  private site(t: number): ir.Inst | undefined {
    const b = this.siteBlock[t];
    return b === 0 ? undefined : this.fn.blocks[b - 1].insts[this.siteIndex[t]];
  }

  run(): MFunction {
    this.planFolding();
    const blocks = this.fn.blocks;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      this.curBlock = k;
      this.out = [];
      if (k === 0) this.loadParams();
      const insts = b.insts;
      const start = this.blockStart[k];
      for (let index = 0; index < insts.length; index++) {
        this.curIndex = index;
        if (this.flags[start + index] === 0) this.inst(insts[index]);
      }
      this.curIndex = insts.length;
      const j = b.jump;
      const succs =
        j.kind === "jmp"
          ? [j.target.index]
          : j.kind === "jnz"
            ? j.then === j.else
              ? [j.then.index]
              : [j.then.index, j.else.index]
            : [];
      this.jump(b);
      const mb: MBlock = { insts: this.out, succs };
      this.mf.blocks.push(mb);
    }
    return this.mf;
  }

  // ---- Planning: what folds where ----

  /** Decides the fused compares, the folded loads and the address arithmetic not emitted. */
  private planFolding(): void {
    // (The reads still emitted, by temporary: the use counts copied into an array kept from one
    // function to the next.)
    const n = this.fn.temps.length;
    const live = LIVE.i32(n);
    for (let t = 0; t < n; t++) live[t] = this.useCount[t];
    // The temporaries addresses were matched through (marked, and listed in the order met), and
    // those an address reads (marked). (Marks in arrays kept from one function to the next, not
    // Sets: adding to `through` was a third of `matchAddress`'s time in a CPU profile.)
    const inThrough = THROUGH.i32(n);
    const through: number[] = [];
    const addressLeaf = ADDRESS_LEAF.i32(n);
    const blocks = this.fn.blocks;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      const j = b.jump;
      const start = this.blockStart[k];
      if (j.kind === "jnz" && j.cond.kind === "temp") {
        const c = j.cond;
        const at = this.siteIndex[c.id];
        const site = this.siteBlock[c.id] === k + 1 ? b.insts[at] : undefined;
        if (
          site &&
          ir.COMPARE_OPS.has(site.op) &&
          this.useCount[c.id] === 1 &&
          // (A compare reads two operands.)
          this.stable(site.args[0], k, at, b.insts.length) &&
          this.stable(site.args[1], k, at, b.insts.length)
        )
          this.flags[start + at] |= FUSED;
      }
      const insts = b.insts;
      for (let index = 0; index < insts.length; index++) {
        const i = insts[index];
        let addr: ir.Value | undefined;
        const addressAt = addressOperand(i.op);
        if (addressAt >= 0) addr = i.args[addressAt];
        // The temporaries the address is made of: its base and index registers (-1: none).
        let leafBase = -1;
        let leafIndex = -1;
        if (addr !== undefined && addr.kind === "temp" && this.slotOf[addr.id] < 0) {
          const folded = this.matchAddress(addr, k, index);
          const p = this.parts;
          for (let w = 0; w < p.walkedCount; w++) {
            const t = p.walked[w];
            if (inThrough[t] === 0) {
              inThrough[t] = 1;
              through.push(t);
            }
          }
          if (p.base >= 0) leafBase = p.base - FIRST_VREG;
          if (p.index >= 0) leafIndex = p.index - FIRST_VREG;
          if (folded) {
            live[addr.id]--;
            if (leafBase >= 0) {
              live[leafBase]++;
              addressLeaf[leafBase] = 1;
            }
            if (leafIndex >= 0) {
              live[leafIndex]++;
              addressLeaf[leafIndex] = 1;
            }
          }
        }
        // A load read once, a few instructions later with no memory written in between and its
        // address unchanged, becomes the reader's memory operand.
        if (i.op === "loadw" && this.useCount[i.dst!.id] === 1 && this.defCount[i.dst!.id] === 1) {
          const t = i.dst!;
          for (let n = index + 1; n < b.insts.length && n <= index + 8; n++) {
            const next = b.insts[n];
            const reads = next.args.includes(t) || (next.callArgs?.some((a) => a.value === t) ?? false); // prettier-ignore
            if (reads) {
              // One memory operand per instruction: the first load to fold into it wins.
              if (
                !(this.flags[start + n] & FUSED) &&
                this.foldedFrom[start + n] === 0 &&
                this.loadFoldsInto(i, next)
              ) {
                this.flags[start + index] |= FOLDED_LOAD;
                this.foldedFrom[start + n] = index + 1;
                this.folds.push(start + n, k, index);
              }
              break;
            }
            if (next.op === "call" || next.op === "blit" || next.op === "asm" || addressOperand(next.op) === 1) break; // prettier-ignore
            if (next.dst && (next.dst.id === leafBase || next.dst.id === leafIndex)) break;
          }
        }
      }
    }
    // Address arithmetic none of whose values is read any more is not emitted.
    const work = through.filter((t) => live[t] === 0);
    while (work.length > 0) {
      const t = work.pop()!;
      const at = this.blockStart[this.siteBlock[t] - 1] + this.siteIndex[t];
      if (this.flags[at] & SKIPPED) continue;
      this.flags[at] |= SKIPPED;
      for (const a of this.site(t)!.args) {
        if (a.kind !== "temp") continue;
        if (--live[a.id] === 0 && inThrough[a.id] === 1) work.push(a.id);
      }
    }
    // A load folded into arithmetic that is itself not emitted (it became part of an address)
    // is emitted on its own after all.
    const folds = this.folds;
    for (let x = 0; x < folds.length; x += 3) if (this.flags[folds[x]] & SKIPPED) this.unfold(x);
    // So is one whose value an address looked through its reader to: `%n = loadw $n;
    // %m = add %n, -1; storew %m, $n; %p = shl %m, 2; ...; loadw %p` reads [n*4+handlers-4].
    for (let x = 0; x < folds.length; x += 3) {
      if (folds[x] < 0) continue;
      const load = this.fn.blocks[folds[x + 1]].insts[folds[x + 2]];
      if (addressLeaf[load.dst!.id] === 1) this.unfold(x);
    }
  }

  /** Takes back the folding of load `folds[x...x+2]`: the load is emitted on its own. */
  private unfold(x: number): void {
    const folds = this.folds;
    this.foldedFrom[folds[x]] = 0;
    this.flags[this.blockStart[folds[x + 1]] + folds[x + 2]] &= ~FOLDED_LOAD;
    folds[x] = -1;
  }

  /** Whether a loadw can be the memory operand of `next`. */
  private loadFoldsInto(load: ir.Inst, next: ir.Inst): boolean {
    const t = load.dst!;
    if (this.useCount[t.id] !== 1 || this.defCount[t.id] !== 1) return false;
    if (next.dst === t) return false;
    const op = next.op;
    const divides = op === "div" || op === "udiv" || op === "rem" || op === "urem";
    const compares = ir.COMPARE_OPS.has(op);
    if (aluMnemonic(op) === undefined && !compares && !divides) return false;
    // The loaded value is the second operand (or the first, where the order does not matter);
    // the other operand is something else.
    const a = next.args[0];
    const b = next.args[1];
    if (b === t && a !== t) return true;
    return a === t && b !== t && (isCommutative(op) || compares);
  }

  /**
   * Whether value `v` read at (block, from) still holds the same value at (block, to): a constant,
   * a global, a temporary assigned once, or one not assigned in between.
   */
  private stable(v: ir.Value, block: number, from: number, to: number): boolean {
    if (v.kind !== "temp" || this.defCount[v.id] <= 1) return true;
    const insts = this.fn.blocks[block].insts;
    for (let k = from + 1; k < to; k++) if (insts[k].dst === v) return false;
    return true;
  }

  /**
   * The address `t` as `base + index*scale + disp (+ symbol, + slot)`, folding the definitions
   * that computed it where that is safe for the use at (block, at): a definition is looked through
   * when every temporary it reads still holds the same value at the use -- one assigned once does
   * (see ir.ts: every read is preceded by an assignment on every path), one assigned several
   * times only when the definition is in the same block and it is not assigned in between.
   * The parts are left in `parts`; returns whether `t`'s own definition was looked through.
   * (Nothing is allocated here: planning matches every address and keeps no operand. Before,
   * each match made an operand, a result object and a list: 140 M instructions more in five
   * rounds of the back end over the 10,000-line program's IR, of ~9,800 M.)
   */
  private matchAddress(t: ir.Temp, block: number, at: number): boolean {
    const p = this.parts;
    p.base = p.index = p.slot = -1;
    p.scale = 1;
    p.disp = 0;
    p.symbol = undefined;
    p.walkedCount = 0;
    this.matchBlock = block;
    this.matchAt = at;
    if (!this.addToAddress(t, 1, 0)) throw new Error("internal: an address that does not match");
    const walked = p.walked;
    let folded = false;
    for (let k = 0; k < p.walkedCount; k++) if (walked[k] === t.id) folded = true;
    return folded;
  }

  /** The memory operand of the address `matchAddress` matched last. */
  private matchedOperand(size: 8 | 16 | 32 | undefined): MMem {
    const p = this.parts;
    // (All fields at once, as `memory` makes them, without its argument object.)
    const slotted = p.slot >= 0;
    return {
      k: "mem",
      base: p.base,
      index: p.index,
      scale: p.scale,
      disp: p.disp,
      symbol: p.symbol,
      size,
      frame: slotted ? "slot" : undefined,
      slot: slotted ? p.slot : undefined,
    };
  }

  /**
   * Adds `v * scale` to the address being matched (`parts`); false, with the parts as they were,
   * when that does not fit in one x86 operand. The parts are changed in place and put back on the
   * way out of a failed attempt, rather than copied at every step (this runs for every address).
   */
  private addToAddress(v: ir.Value, scale: number, depth: number): boolean {
    const p = this.parts;
    if (v.kind === "const") {
      p.disp = (p.disp + v.value * scale) | 0;
      return true;
    }
    if (v.kind === "global") {
      if (scale !== 1 || p.symbol !== undefined) return false;
      p.symbol = v.name;
      p.disp = (p.disp + v.offset * scale) | 0;
      return true;
    }
    if (this.slotOf[v.id] >= 0) {
      if (scale !== 1 || p.slot >= 0 || p.base >= 0) return false;
      p.slot = this.slotOf[v.id];
      return true;
    }
    const site = this.site(v.id);
    if (site && depth < 4 && this.canWalk(site, this.siteBlock[v.id] - 1, this.siteIndex[v.id])) {
      const a = site.args[0];
      const b = site.args[1];
      const op = site.op;
      // The parts before the attempt, to put back if it fails half-way.
      const { base, index, scale: s, disp, symbol, slot } = p;
      const walked = p.walkedCount;
      let ok = false;
      if (op === "add")
        ok = this.addToAddress(a, scale, depth + 1) && this.addToAddress(b, scale, depth + 1);
      else if (op === "sub" && b.kind === "const") {
        ok = this.addToAddress(a, scale, depth + 1);
        if (ok) p.disp = (p.disp - b.value * scale) | 0;
      } else if (op === "shl" && b.kind === "const" && b.value >= 0 && b.value <= 3 && scale === 1)
        ok = this.addToAddress(a, 1 << b.value, depth + 1);
      else if (
        op === "mul" &&
        b.kind === "const" &&
        (b.value === 1 || b.value === 2 || b.value === 4 || b.value === 8) &&
        scale === 1
      )
        ok = this.addToAddress(a, b.value, depth + 1);
      else if (op === "copy") ok = this.addToAddress(a, scale, depth + 1);
      if (ok) {
        p.walked[p.walkedCount++] = v.id;
        return true;
      }
      p.base = base;
      p.index = index;
      p.scale = s;
      p.disp = disp;
      p.symbol = symbol;
      p.slot = slot;
      p.walkedCount = walked;
    }
    const r = FIRST_VREG + v.id;
    if (scale === 1 && p.base < 0 && p.slot < 0) p.base = r;
    else if (p.index < 0) {
      p.index = r;
      p.scale = scale as 1 | 2 | 4 | 8;
    } else return false;
    return true;
  }

  /**
   * Whether the address being matched may look through `site`: every temporary it reads holds
   * the same value at the use (assigned once, or defined in the use's block and not assigned in
   * between).
   */
  private canWalk(site: ir.Inst, block: number, index: number): boolean {
    const args = site.args;
    for (let k = 0; k < args.length; k++) {
      const a = args[k];
      if (a.kind !== "temp" || this.defCount[a.id] <= 1) continue;
      if (block !== this.matchBlock || !this.stable(a, this.matchBlock, index, this.matchAt))
        // prettier-ignore
        return false;
    }
    return true;
  }

  // ---- Emitting ----

  private emit(op: string, ...ops: MOperand[]): MInst {
    const i = instruction(op, ops);
    this.out.push(i);
    return i;
  }

  private newReg(): number {
    return this.mf.regCount++;
  }

  private vreg(t: ir.Temp): number {
    return FIRST_VREG + t.id;
  }

  /** The value as an operand: a register, or an immediate for constants and addresses. */
  private operand(v: ir.Value): MReg | MImm {
    if (v.kind === "const") return imm(v.value);
    if (v.kind === "global") return imm(v.offset, v.name);
    const slot = this.slotOf[v.id];
    if (slot >= 0) {
      const r = this.newReg();
      const o = reg(r);
      this.emit("lea", o, memory({ frame: "slot", slot }));
      return o;
    }
    return reg(this.vreg(v));
  }

  /** The value in a register (constants are moved into a new one). */
  private inReg(v: ir.Value): MReg {
    const o = this.operand(v);
    if (o.k === "reg") return o;
    const r = reg(this.newReg());
    this.emit("mov", r, o);
    return r;
  }

  private byteReg(r: MReg): MReg {
    if (r.r >= FIRST_VREG) this.mf.byteRegs.add(r.r);
    return reg(r.r, 8);
  }

  /** The memory operand for address `v` read at the current instruction. */
  private address(v: ir.Value, size?: 8 | 16 | 32): MMem {
    let m: MMem;
    if (v.kind === "temp") {
      this.matchAddress(v, this.curBlock, this.curIndex);
      return this.matchedOperand(size);
    } else if (v.kind === "global") m = memory({ disp: v.offset, symbol: v.name });
    else m = memory({ disp: v.value });
    if (size !== undefined) m.size = size;
    return m;
  }

  private loadParams(): void {
    const params = this.fn.params;
    for (let k = 0; k < params.length; k++) {
      const p = params[k];
      if (this.useCount[p.id] === 0) continue;
      const r = this.vreg(p);
      this.mf.argHome.set(r, 4 * k);
      this.emit("mov", reg(r), memory({ disp: 4 * k, frame: "arg", size: 32 }));
    }
  }

  private inst(i: ir.Inst): void {
    const op = i.op;
    const d = i.dst;
    switch (op) {
      case "add":
      case "sub":
      case "and":
      case "or":
      case "xor":
      case "mul":
        return this.binary(i, aluMnemonic(op)!);
      case "shl":
      case "shr":
      case "sar":
        return this.shift(i, op);
      case "eq":
      case "ne":
      case "slt":
      case "sle":
      case "sgt":
      case "sge":
      case "ult":
      case "ule":
      case "ugt":
      case "uge": {
        const dr = this.vreg(d!);
        const cc = this.compare(i.args[0], i.args[1], conditionOf(op));
        const byte = this.byteReg(reg(dr));
        this.emit(cc.set, byte);
        this.emit("movzx", reg(dr), byte);
        return;
      }
      case "div":
      case "rem":
      case "udiv":
      case "urem":
        return this.divide(i);
      case "copy":
        this.emit("mov", reg(this.vreg(d!)), this.operand(i.args[0]));
        return;
      case "neg":
      case "not":
        this.emit("mov", reg(this.vreg(d!)), this.operand(i.args[0]));
        this.emit(op, reg(this.vreg(d!)));
        return;
      case "extsb":
      case "extub":
      case "extsh":
      case "extuh": {
        const a = i.args[0];
        const dr = reg(this.vreg(d!));
        if (a.kind !== "temp" || this.slotOf[a.id] >= 0) {
          const v = a.kind === "const" ? a.value : 0;
          const x = op === "extsb" ? (v << 24) >> 24 : op === "extub" ? v & 0xff : op === "extsh" ? (v << 16) >> 16 : v & 0xffff; // prettier-ignore
          if (a.kind === "const") this.emit("mov", dr, imm(x));
          else {
            const r = this.inReg(a);
            const narrow = op.endsWith("b") ? this.byteReg(r) : reg(r.r, 16);
            this.emit(op.startsWith("exts") ? "movsx" : "movzx", dr, narrow);
          }
          return;
        }
        const src = reg(this.vreg(a));
        const narrow = op.endsWith("b") ? this.byteReg(src) : reg(src.r, 16);
        this.emit(op.startsWith("exts") ? "movsx" : "movzx", dr, narrow);
        return;
      }
      case "loadw":
        this.emit("mov", reg(this.vreg(d!)), this.address(i.args[0], 32));
        return;
      case "loadub":
      case "loadsb":
        this.emit(op === "loadub" ? "movzx" : "movsx", reg(this.vreg(d!)), this.address(i.args[0], 8)); // prettier-ignore
        return;
      case "loaduh":
      case "loadsh":
        this.emit(op === "loaduh" ? "movzx" : "movsx", reg(this.vreg(d!)), this.address(i.args[0], 16)); // prettier-ignore
        return;
      case "storew":
      case "storeh":
      case "storeb": {
        const size = op === "storew" ? 32 : op === "storeh" ? 16 : 8;
        const v = this.operand(i.args[0]);
        const m = this.address(i.args[1], size);
        if (v.k === "imm") {
          if (v.symbol === undefined && size < 32) v.value = size === 8 ? (v.value << 24) >> 24 : (v.value << 16) >> 16; // prettier-ignore
          this.emit("mov", m, v);
        } else this.emit("mov", m, size === 8 ? this.byteReg(v) : reg(v.r, size));
        return;
      }
      case "alloc":
        return; // a frame slot, addressed directly
      case "argaddr": {
        const off = (i.args[0] as ir.Const).value;
        this.emit("lea", reg(this.vreg(d!)), memory({ disp: off, frame: "arg" }));
        return;
      }
      case "blit":
        return this.blit(
          this.address(i.args[0]),
          this.address(i.args[1]),
          (i.args[2] as ir.Const).value,
        );
      case "call":
        return this.call(i);
      case "asm":
        this.asmOutputs = selectAsm(
          i,
          (this.asmSelector ??= {
            emit: (op, ...ops) => this.emit(op, ...ops),
            operand: (v) => this.operand(v),
            newReg: () => this.newReg(),
            byteReg: (r) => this.byteReg(r),
            address: (v, size) => this.address(v, size),
          }),
        );
        return;
      case "asmout": {
        const r = this.asmOutputs[(i.args[0] as ir.Const).value];
        if (r === undefined) throw new Error("internal: asmout of an operand that is no register output"); // prettier-ignore
        this.emit("mov", reg(this.vreg(d!)), reg(r.r));
        return;
      }
    }
    throw new Error(`internal: no selection for '${op}'`);
  }

  /** The loaded memory operand, if a load of `v` was folded into the current instruction. */
  private foldedOperand(v: ir.Value): MMem | undefined {
    if (v.kind !== "temp") return undefined;
    const from = this.foldedFrom[this.blockStart[this.curBlock] + this.curIndex] - 1;
    if (from < 0) return undefined;
    const load = this.fn.blocks[this.curBlock].insts[from];
    if (load.dst !== v) return undefined;
    const at = this.curIndex;
    this.curIndex = from;
    const m = this.address(load.args[0], 32);
    this.curIndex = at;
    return m;
  }

  // d = a OP b, two-address: mov d, a; OP d, b.
  private binary(i: ir.Inst, mnemonic: string): void {
    const d = i.dst!;
    let a = i.args[0];
    let b = i.args[1];
    const dr = reg(this.vreg(d));
    if (this.foldedOperand(a) && isCommutative(i.op)) [a, b] = [b, a];
    const folded = this.foldedOperand(b);
    if (folded && a !== d && (folded.base === dr.r || folded.index === dr.r)) {
      const t = reg(this.newReg());
      this.emit("mov", t, this.operand(a));
      this.emit(mnemonic, t, folded);
      this.emit("mov", dr, t);
      return;
    }
    if (folded) {
      if (a === d) {
        this.emit(mnemonic, dr, folded);
        return;
      }
      this.emit("mov", dr, this.operand(a));
      this.emit(mnemonic, dr, folded);
      return;
    }
    if (a.kind !== "temp" && b.kind === "temp" && isCommutative(i.op)) [a, b] = [b, a];
    // Additions and subtractions of constants are three-address `lea`s.
    if (i.op === "add" || i.op === "sub") {
      const ao = this.operand(a);
      const bo = this.operand(b);
      if (ao.k === "reg" && bo.k === "imm" && bo.symbol === undefined) {
        const disp = i.op === "add" ? bo.value : -bo.value | 0;
        if (disp === 0) this.emit("mov", dr, ao);
        else this.emit("lea", dr, memory({ base: ao.r, disp }));
        return;
      }
      if (ao.k === "reg" && bo.k === "reg" && i.op === "add") {
        this.emit("lea", dr, memory({ base: ao.r, index: bo.r }));
        return;
      }
      if (ao.k === "reg" && bo.k === "imm" && i.op === "add") {
        this.emit("lea", dr, memory({ base: ao.r, disp: bo.value, symbol: bo.symbol }));
        return;
      }
    }
    if (i.op === "mul" && b.kind === "const") {
      this.emit("imul", dr, this.inReg(a), imm(b.value));
      return;
    }
    // d = a OP d: the mov would overwrite b first.
    if (b === d && a !== d) {
      if (isCommutative(i.op)) [a, b] = [b, a];
      else {
        const t = reg(this.newReg());
        this.emit("mov", t, this.operand(a));
        this.emit(mnemonic, t, this.operand(b));
        this.emit("mov", dr, t);
        return;
      }
    }
    if (a !== d) this.emit("mov", dr, this.operand(a));
    this.emit(mnemonic, dr, this.operand(b));
  }

  private shift(i: ir.Inst, mnemonic: string): void {
    const d = i.dst!;
    const a = i.args[0];
    const b = i.args[1];
    const dr = reg(this.vreg(d));
    if (b.kind === "const") {
      if (a !== d) this.emit("mov", dr, this.operand(a));
      if ((b.value & 31) !== 0) this.emit(mnemonic, dr, imm(b.value & 31));
      return;
    }
    // The count goes in cl. d = a << d needs the count read before d is written.
    const count = this.operand(b);
    const t = b === d ? reg(this.newReg()) : dr;
    this.emit("mov", R_ECX, count);
    if (a !== d || t !== dr) this.emit("mov", t, this.operand(a));
    this.emit(mnemonic, t, R_CL).uses = JUST_ECX;
    if (t !== dr) this.emit("mov", dr, t);
  }

  private divide(i: ir.Inst): void {
    const signed = i.op === "div" || i.op === "rem";
    const a = i.args[0];
    const b = i.args[1];
    const divisor: MReg | MMem = this.foldedOperand(b) ?? this.inReg(b);
    this.emit("mov", R_EAX, this.operand(a));
    if (signed) {
      const c = this.emit("cdq");
      c.uses = JUST_EAX;
      c.defs = JUST_EDX;
    } else this.emit("zero", R_EDX);
    const dv = this.emit(signed ? "idiv" : "div", divisor);
    dv.uses = EAX_EDX;
    dv.defs = EAX_EDX;
    const result = i.op === "div" || i.op === "udiv" ? R_EAX : R_EDX;
    this.emit("mov", reg(this.vreg(i.dst!)), result);
  }

  /** `cmp a, b` (or `test a, a`); returns the condition code for `a OP b` as emitted. */
  private compare(a: ir.Value, b: ir.Value, cc: Condition): Condition {
    const fb = this.foldedOperand(b);
    if (fb) {
      this.emit("cmp", this.inReg(a), fb);
      return cc;
    }
    const fa = this.foldedOperand(a);
    if (fa) {
      this.emit("cmp", fa, this.operand(b));
      return cc;
    }
    if (a.kind !== "temp" && b.kind === "temp") {
      [a, b] = [b, a];
      cc = cc.swapped;
    }
    const ao = a.kind === "temp" ? this.operand(a) : this.inReg(a);
    const bo = this.operand(b);
    if (bo.k === "imm" && bo.value === 0 && bo.symbol === undefined && ao.k === "reg") {
      this.emit("test", ao, ao);
      return cc;
    }
    this.emit("cmp", ao, bo);
    return cc;
  }

  private blit(src: MMem, dst: MMem, size: number): void {
    if (size <= 32) {
      let off = 0;
      while (off < size) {
        const n = size - off >= 4 ? 4 : size - off >= 2 ? 2 : 1;
        const t = reg(this.newReg());
        const s = { ...src, disp: src.disp + off, size: (n * 8) as 8 | 16 | 32 };
        const d = { ...dst, disp: dst.disp + off, size: (n * 8) as 8 | 16 | 32 };
        if (n === 4) {
          this.emit("mov", t, s);
          this.emit("mov", d, t);
        } else {
          this.emit("movzx", t, s);
          this.emit("mov", d, n === 1 ? this.byteReg(t) : reg(t.r, 16));
        }
        off += n;
      }
      return;
    }
    this.emit("lea", R_ESI, src);
    this.emit("lea", R_EDI, dst);
    this.emit("mov", R_ECX, imm(size));
    const m = this.emit("movsb");
    m.prefix = "rep";
    m.uses = STRING_REGS;
    m.defs = STRING_REGS;
  }

  private call(i: ir.Inst): void {
    this.mf.makesCalls = true;
    let off = 0;
    for (const a of i.callArgs!) {
      const at = memory({ disp: off, frame: "out" });
      if (a.byval > 0) {
        this.blit(this.address(a.value), at, a.byval);
        off += (a.byval + 3) & ~3;
      } else {
        const v = this.operand(a.value);
        this.emit("mov", { ...at, size: 32 }, v);
        off += 4;
      }
    }
    if (off > this.mf.outSize) this.mf.outSize = off;
    const callee = i.args[0];
    const target: MOperand =
      callee.kind === "global" ? imm(callee.offset, callee.name) : this.operand(callee);
    const c = this.emit("call", target);
    c.defs = CALL_CLOBBERS;
    // A callee that popped its hidden struct pointer moved esp: the frame puts it back.
    if (i.pops) this.emit("sub", R_ESP, imm(i.pops));
    if (i.dst) this.emit("mov", reg(this.vreg(i.dst)), R_EAX);
  }

  private jump(b: ir.Block): void {
    const j = b.jump;
    switch (j.kind) {
      case "jmp":
        this.emit("jmp", label(j.target));
        return;
      case "jnz": {
        let cc = NE;
        const c = j.cond;
        const site = c.kind === "temp" ? this.site(c.id) : undefined;
        const at = c.kind === "temp" ? this.siteIndex[c.id] : 0;
        if (
          site &&
          this.flags[this.blockStart[this.siteBlock[(c as ir.Temp).id] - 1] + at] & FUSED
        ) {
          this.curIndex = at;
          cc = this.compare(site.args[0], site.args[1], conditionOf(site.op as ir.CompareOp));
        } else if (c.kind === "temp") {
          const r = this.operand(c);
          this.emit("test", r, r);
        } else {
          this.emit("jmp", label(c.kind === "const" && c.value === 0 ? j.else : j.then));
          return;
        }
        this.emit(cc.jump, label(j.then));
        this.emit("jmp", label(j.else));
        return;
      }
      case "ret": {
        const r = this.emit("ret");
        if (j.value !== null) {
          this.out.pop();
          this.emit("mov", R_EAX, this.operand(j.value));
          this.out.push(r);
          r.uses = JUST_EAX;
        }
        return;
      }
      case "hlt":
        this.emit("ud2");
        return;
    }
  }
}

/** A branch target. */
function label(t: ir.Block): MOperand {
  return { k: "label", block: t.index };
}

export function selectFunction(fn: ir.Function): MFunction {
  return new Selector(fn).run();
}
