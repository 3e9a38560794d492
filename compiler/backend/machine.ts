// Machine code before register allocation: x86 instructions over virtual registers.
//
// Instruction selection (select.ts) turns an IR function into an `MFunction`: the same blocks,
// now holding real i386 instructions (`mnemonic` as nasm spells it) whose register operands are
// numbers -- 0-7 the physical registers in encoding order (eax ecx edx ebx esp ebp esi edi), 8 and
// up virtual registers. The register allocator (regalloc.ts) replaces the virtual ones, the
// emitter (emit.ts) lays out the frame and encodes. What each instruction reads and writes is
// derived from its mnemonic here (`operandRoles`), plus the fixed registers selection names in
// `uses`/`defs` (`idiv` reads edx:eax, a call clobbers eax, ecx and edx).
//
// Memory operands may name a frame location instead of a base register: a stack slot (`slot`,
// an `alloc` or a spill), an incoming argument (`arg`, the offset from the first argument) or
// the outgoing argument area (`out`). The emitter turns them into esp-relative addresses.

export const EAX = 0;
export const ECX = 1;
export const EDX = 2;
export const EBX = 3;
export const ESP = 4;
export const EBP = 5;
export const ESI = 6;
export const EDI = 7;
/** The first virtual register number. */
export const FIRST_VREG = 8;

/** Registers the allocator may give out (esp never; ebp too: there is no frame pointer). */
export const ALLOCATABLE = [EAX, ECX, EDX, EBX, ESI, EDI, EBP];
/** Registers with a byte form (al, cl, dl, bl). */
export const BYTE_REGS = [EAX, ECX, EDX, EBX];
/** Saved by the callee (System V i386): a function that uses them pushes them. */
export const CALLEE_SAVED = [EBX, ESI, EDI, EBP];
/** Clobbered by every call. */
export const CALLER_SAVED = [EAX, ECX, EDX];

export interface MReg {
  k: "reg";
  r: number;
  size: 8 | 16 | 32;
}

export interface MImm {
  k: "imm";
  value: number;
  symbol?: string;
}

export interface MMem {
  k: "mem";
  /** Base and index registers, -1 for none. */
  base: number;
  index: number;
  scale: 1 | 2 | 4 | 8;
  disp: number;
  symbol?: string;
  size?: 8 | 16 | 32;
  /** A frame location instead of (or besides) the base: see the file comment. */
  frame?: "slot" | "arg" | "out";
  /** The stack slot, for frame "slot". */
  slot?: number;
}

/** A branch target: a block of the function. */
export interface MLabel {
  k: "label";
  block: number;
}

export type MOperand = MReg | MImm | MMem | MLabel;

export interface MInst {
  op: string;
  ops: MOperand[];
  prefix?: "rep";
  /** For inline assembly (inline-asm.ts): the template, operand sizes and operand roles. */
  asm?: { template: string; sizes: number[]; roles: number[] };
  /** Fixed registers read / written beyond the operands. */
  uses?: number[];
  defs?: number[];
}

/** An instruction, all fields present (see `reg` below: one shape for all). */
export function instruction(op: string, ops: MOperand[]): MInst {
  return { op, ops, prefix: undefined, asm: undefined, uses: undefined, defs: undefined };
}

export interface MBlock {
  insts: MInst[];
  /** Successor block indices, for liveness. */
  succs: number[];
}

export interface Slot {
  size: number;
  align: number;
}

export interface MFunction {
  name: string;
  exported: boolean;
  blocks: MBlock[];
  /** Number of registers, physical ones included: virtual ones are FIRST_VREG...count-1. */
  regCount: number;
  slots: Slot[];
  /** Bytes of the outgoing argument area. */
  outSize: number;
  makesCalls: boolean;
  /** Bytes the function pops on return (`ret 4`). */
  pops: number;
  /** For each virtual register loaded from an incoming argument at entry: that argument's offset. */
  argHome: Map<number, number>;
  /** Virtual registers that need a byte form. */
  byteRegs: Set<number>;
}

// Operands are made by these functions, every field present (undefined where absent), so that
// operands of a kind share one shape: the allocator and the emitter read them in their hottest
// loops, and V8 is fast on objects of few shapes.
export const reg = (r: number, size: 8 | 16 | 32 = 32): MReg => ({ k: "reg", r, size });
export const imm = (value: number, symbol?: string): MImm => ({
  k: "imm",
  value: value | 0,
  symbol,
});

/** A memory operand from its parts (no base, no index, scale 1 and disp 0 unless given). */
export function memory(p: Partial<Omit<MMem, "k">>): MMem {
  return {
    k: "mem",
    base: p.base ?? -1,
    index: p.index ?? -1,
    scale: p.scale ?? 1,
    disp: p.disp ?? 0,
    symbol: p.symbol,
    size: p.size,
    frame: p.frame,
    slot: p.slot,
  };
}

/** How an instruction treats each explicit operand: read, written, or both. */
export const USE = 1;
export const DEF = 2;
export const USEDEF = 3;

const DEF_USE = [DEF, USE];
const USEDEF_USE = [USEDEF, USE];
const USE_USE = [USE, USE];
const JUST_USEDEF = [USEDEF];
const JUST_USE = [USE];
const JUST_DEF = [DEF];
const NONE: number[] = [];

const IMUL3 = [DEF, USE, USE];

/**
 * The role of each explicit operand (a memory operand's registers are always read). (A switch,
 * most frequent mnemonics first, not a lookup in an object literal: a load from such an object by
 * a key of many values is megamorphic in V8 -- see select.ts.)
 */
export function operandRoles(i: MInst): number[] {
  if (i.asm) return i.asm.roles;
  const op = i.op;
  switch (op) {
    case "mov":
    case "lea":
    case "movzx":
    case "movsx":
      return DEF_USE;
    case "add":
    case "sub":
    case "and":
    case "or":
    case "xor":
    case "shl":
    case "shr":
    case "sar":
    case "adc":
    case "sbb":
      return USEDEF_USE;
    case "cmp":
    case "test":
      return USE_USE;
    case "jmp":
    case "je":
    case "jne":
    case "jl":
    case "jle":
    case "jg":
    case "jge":
    case "jb":
    case "jbe":
    case "ja":
    case "jae":
    case "ret":
    case "cdq":
    case "ud2":
    case "movsb":
    case "movsd":
      return NONE;
    case "call":
    case "push":
    case "idiv":
    case "div":
      return JUST_USE;
    case "neg":
    case "not":
    case "inc":
    case "dec":
      return JUST_USEDEF;
    case "zero":
    case "sete":
    case "setne":
    case "setl":
    case "setle":
    case "setg":
    case "setge":
    case "setb":
    case "setbe":
    case "seta":
    case "setae":
      return JUST_DEF;
    case "imul":
      return i.ops.length === 3 ? IMUL3 : USEDEF_USE;
  }
  // (Selection makes the mnemonics above; inline assembly has its own roles.)
  if (op.startsWith("set")) return JUST_DEF;
  if (op.startsWith("j")) return NONE;
  throw new Error(`internal: no operand roles for '${op}'`);
}

/**
 * Whether the explicit operand `n` of the instruction may be a memory operand instead of a
 * register (the allocator then reads a spilled register from its slot in place). x86 allows one
 * memory operand per instruction.
 */
export function acceptsMemory(i: MInst, n: number): boolean {
  for (let k = 0; k < i.ops.length; k++) if (k !== n && i.ops[k].k === "mem") return false;
  switch (i.op) {
    case "mov":
    case "add":
    case "sub":
    case "and":
    case "or":
    case "xor":
    case "cmp":
      return n === 0 ? true : i.ops[0].k === "reg";
    case "test":
    case "shl":
    case "shr":
    case "sar":
    case "neg":
    case "not":
    case "inc":
    case "dec":
    case "idiv":
    case "div":
    case "push":
    case "call":
      return n === 0;
    case "imul":
    case "movzx":
    case "movsx":
      return n === 1;
    default:
      return i.op.startsWith("set") && n === 0;
  }
}

/** Whether `i` is a register-to-register copy of 32 bits (a candidate for coalescing). */
export function isCopy(i: MInst): boolean {
  return (
    i.op === "mov" &&
    i.ops[0].k === "reg" &&
    i.ops[1].k === "reg" &&
    i.ops[0].size === 32 &&
    i.ops[1].size === 32
  );
}
