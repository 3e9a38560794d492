// The intermediate representation between the typed AST and the x86 back end.
//
// The one idea: a function is a list of basic blocks of three-address instructions over
// *temporaries* (virtual registers, `%name`), every value 32 bits wide -- Logos C on i386 has no
// wider integer and no floating point. Memory is reached only through loads and stores of 8, 16
// or 32 bits; a local whose address is taken lives in a stack slot made by `alloc`. It reads like
// QBE's IR, with two differences that suit a C front end on a register-starved target:
//  - It is not SSA: a temporary may be assigned in several places (a C variable whose address is
//    never taken is one temporary, assigned where the source assigns it), so there are no phis.
//    Temporaries assigned once (most of them: every expression's value) are what the optimisation
//    passes reason about; `defCount` says which those are.
//  - Calls are cdecl as gcc -m32 makes them: arguments are 32-bit words pushed right to left, a
//    struct argument is copied by value into the argument area (`byval SIZE`), and a function
//    returning a struct through a hidden pointer pops it itself (`pops 4`).
//
// THE TEXT FORM (compiler/ir/text.ts prints and parses it; `logosc --emit-ir` shows it):
//
//   export data $table = section ".rodata" align 4 { w 1, w $f+4, b "hi\0", h 7, z 8 }
//   export function $add(%a, %b) {
//   @start
//       %c = add %a, %b
//       ret %c
//   }
//
// Values (operands) are temporaries `%x`, integer constants `-5`, and addresses of symbols
// `$name` or `$name+8`. Instructions (`dst = op a, b`):
//   add sub mul div udiv rem urem and or xor shl shr sar   binary; shr is logical, sar arithmetic
//   eq ne slt sle sgt sge ult ule ugt uge                  comparisons giving 0 or 1
//   neg not copy                                           unary (not is bitwise)
//   extsb extub extsh extuh                                sign/zero extension of the low 8/16 bits
//   loadsb loadub loadsh loaduh loadw  ADDR                loads, extended to 32 bits
//   storeb storeh storew  VALUE, ADDR                      stores (no result)
//   (a load or store written `loadw volatile %p` is a volatile access: kept, never merged)
//   alloc SIZE, ALIGN                                      a stack slot; its address is the result
//   argaddr OFFSET                                         address of the incoming arguments + OFFSET
//   blit SRC, DST, SIZE                                    copies SIZE bytes (struct assignment)
//   call CALLEE(ARG, byval SIZE ADDR, ...) [pops N]          cdecl call; the result is eax
//   asm "TEMPLATE" "CONSTRAINTS" "CLOBBERS" V, ...          GCC inline assembly (backend/inline-asm.ts)
//   asmout K                                               output operand K of the asm just before
// A block ends with exactly one jump: `jmp @l`, `jnz V, @then, @else`, `ret [V]` or `hlt`
// (unreachable). The first block is the entry; `alloc`s belong there.

import { Scratch, Stamps } from "./scratch.ts";

export type BinaryOp =
  | "add" | "sub" | "mul" | "div" | "udiv" | "rem" | "urem"
  | "and" | "or" | "xor" | "shl" | "shr" | "sar"; // prettier-ignore

export type CompareOp = "eq" | "ne" | "slt" | "sle" | "sgt" | "sge" | "ult" | "ule" | "ugt" | "uge";

export type UnaryOp = "neg" | "not" | "copy" | "extsb" | "extub" | "extsh" | "extuh";

export type LoadOp = "loadsb" | "loadub" | "loadsh" | "loaduh" | "loadw";

export type StoreOp = "storeb" | "storeh" | "storew";

export type Opcode =
  | BinaryOp | CompareOp | UnaryOp | LoadOp | StoreOp
  | "alloc" | "argaddr" | "blit" | "call" | "asm" | "asmout"; // prettier-ignore

export const BINARY_OPS: ReadonlySet<string> = new Set<BinaryOp>([
  "add", "sub", "mul", "div", "udiv", "rem", "urem", "and", "or", "xor", "shl", "shr", "sar",
]); // prettier-ignore
export const COMPARE_OPS: ReadonlySet<string> = new Set<CompareOp>([
  "eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge",
]); // prettier-ignore
export const UNARY_OPS: ReadonlySet<string> = new Set<UnaryOp>([
  "neg", "not", "copy", "extsb", "extub", "extsh", "extuh",
]); // prettier-ignore
export const LOAD_OPS: ReadonlySet<string> = new Set<LoadOp>([
  "loadsb", "loadub", "loadsh", "loaduh", "loadw",
]); // prettier-ignore
export const STORE_OPS: ReadonlySet<string> = new Set<StoreOp>(["storeb", "storeh", "storew"]);

/** Whether the opcode is one the IR knows (the parser asks). */
export function isOpcode(name: string): name is Opcode {
  return (
    BINARY_OPS.has(name) ||
    COMPARE_OPS.has(name) ||
    UNARY_OPS.has(name) ||
    LOAD_OPS.has(name) ||
    STORE_OPS.has(name) ||
    name === "alloc" ||
    name === "argaddr" ||
    name === "blit" ||
    name === "call" ||
    name === "asm" ||
    name === "asmout"
  );
}

/** A virtual register. `id` indexes `fn.temps`; `name` is what the text form shows. */
export class Temp {
  readonly kind = "temp";
  readonly id: number;
  /** The name it was given, if any (most are unnamed: the name is made when asked for). */
  private readonly given: string | undefined;
  constructor(id: number, name?: string) {
    this.id = id;
    this.given = name;
  }
  /** As the text form shows it (without the `%`): the given name, else `.<id>`. */
  get name(): string {
    return this.given ?? `.${this.id}`;
  }
}

/** An integer constant, kept as a signed 32-bit value (`value | 0`). */
export class Const {
  readonly kind = "const";
  readonly value: number;
  constructor(value: number) {
    this.value = value | 0;
  }
}

/** The address of a symbol plus a byte offset. */
export class Global {
  readonly kind = "global";
  readonly name: string;
  readonly offset: number;
  constructor(name: string, offset = 0) {
    this.name = name;
    this.offset = offset | 0;
  }
}

export type Value = Temp | Const | Global;

/** One call argument: a 32-bit word, or (byval) `size` bytes copied from the address `value`. */
export interface CallArg {
  value: Value;
  /** 0 for a word; otherwise the size of the struct copied from `value`. */
  byval: number;
}

/**
 * An `__asm__` statement: the template and one constraint per operand (outputs first, as in the
 * source, then inputs; `%[name]`s already turned into numbers). The instruction's `args` hold
 * one value per operand: the address for a memory operand, the value read for an input or an
 * in-out ("+") output, 0 for a write-only output. A register output's value is read by the
 * `asmout K` instructions that follow the asm directly (the IR has one result per instruction).
 */
export interface AsmInfo {
  template: string;
  /** Constraints without the `=`/`+` of outputs, which `outputs` and `inout` say (`&` stays). */
  constraints: string[];
  outputs: number;
  /** Per output: whether it is "+" (read and written). */
  inout: boolean[];
  /** Per operand: its size in bytes (1, 2, 4; 0 for one larger, a memory operand). */
  sizes: number[];
  /** Registers (eax, ecx ...) the template clobbers; "memory" and "cc" are not listed. */
  clobbers: string[];
}

/**
 * One instruction. `args` holds the operands in text order: [a, b] for binary ops, [value,
 * address] for stores, [size, align] (constants) for alloc, [offset] for argaddr, [src, dst, size]
 * for blit, [callee] for call (whose arguments are in `callArgs`).
 */
export interface Inst {
  op: Opcode;
  dst: Temp | null;
  args: Value[];
  callArgs?: CallArg[];
  /** For calls: bytes of arguments the callee pops itself (4 for a hidden struct-return pointer). */
  pops?: number;
  /** For asm: the template and its operands. */
  asm?: AsmInfo;
  /** For loads and stores: a volatile access, which no pass may remove, merge or add. */
  volatile?: boolean;
}

export type Jump =
  | { kind: "jmp"; target: Block }
  | { kind: "jnz"; cond: Value; then: Block; else: Block }
  | { kind: "ret"; value: Value | null }
  | { kind: "hlt" };

export interface Block {
  /** The label, without the `@`. */
  name: string;
  insts: Inst[];
  jump: Jump;
  /**
   * Scratch for the passes: the block's position in `fn.blocks` after `numberBlocks(fn)`, valid
   * until the list changes. A pass that indexes arrays by block numbers them first (no map).
   */
  index: number;
}

export interface Function {
  name: string;
  exported: boolean;
  /** One per word of the argument area (`params[k]` arrives at 4*k): a record passed by value
   * has a temporary for each of its words, only its first stands for it. */
  params: Temp[];
  /** Every temporary of the function, indexed by id. */
  temps: Temp[];
  /** The entry block first. */
  blocks: Block[];
  /** Bytes of arguments the function pops on return (`ret 4` for a struct-returning function). */
  pops: number;
  /** The function is variadic (`...`): nothing changes in the calling convention, only the text. */
  variadic: boolean;
}

/** One item of initialised data. */
export type DataItem =
  | { kind: "int"; size: 1 | 2 | 4; value: number }
  | { kind: "addr"; name: string; offset: number }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "zero"; size: number };

export interface Data {
  name: string;
  exported: boolean;
  /** ".data", ".rodata", ".bss" (only zero items) or a section named by an attribute. */
  section: string;
  align: number;
  items: DataItem[];
}

export interface Module {
  data: Data[];
  functions: Function[];
}

// ---- Building ----

/** A new temporary of `fn`, named `.<id>` unless named (names need not be unique: text.ts). */
export function newTemp(fn: Function, name?: string): Temp {
  const t = new Temp(fn.temps.length, name);
  fn.temps.push(t);
  return t;
}

export function newFunction(name: string, exported = true): Function {
  return { name, exported, params: [], temps: [], blocks: [], pops: 0, variadic: false };
}

/** A block that does nothing yet (it ends `hlt`), in no function's list. */
export function emptyBlock(name: string): Block {
  return { name, insts: [], jump: { kind: "hlt" }, index: -1 };
}

export function newBlock(fn: Function, name: string): Block {
  const b = emptyBlock(name);
  fn.blocks.push(b);
  return b;
}

/** Sets every block's `index` to its position in `fn.blocks`. */
export function numberBlocks(fn: Function): void {
  const blocks = fn.blocks;
  for (let k = 0; k < blocks.length; k++) blocks[k].index = k;
}

/** The size in bytes of a data item. */
export function itemSize(item: DataItem): number {
  switch (item.kind) {
    case "int":
      return item.size;
    case "addr":
      return 4;
    case "bytes":
      return item.bytes.length;
    case "zero":
      return item.size;
  }
}

/** The blocks a jump may go to. */
export function successors(j: Jump): Block[] {
  switch (j.kind) {
    case "jmp":
      return [j.target];
    case "jnz":
      return j.then === j.else ? [j.then] : [j.then, j.else];
    default:
      return [];
  }
}

const MUST_OUT = new Scratch();
const MUST_DEFS = new Scratch();
const MUST_ENTRY = new Scratch();
const MUST_LIVE = new Scratch();
const MUST_BIT = new Scratch();
const MUST_ASSIGNED = new Scratch();
/** The blocks' stamps in `MUST_ASSIGNED`, from call to call (scratch.ts: no zeroing per call). */
const MUST_STAMPS = new Stamps(MUST_ASSIGNED);
const MUST_PRED_START = new Scratch();
const MUST_PREDS = new Scratch();
/** The exposed reads (see below) of the last call: block k's read of t as `k, t.id`. */
let exposed = new Int32Array(1024);
/** The assignments of the temporaries followed, in the same form. */
let assigns = new Int32Array(1024);

/** A temporary's bit in `readsBeforeAssignment`: none yet (it may get one) ... */
const NO_BIT = -1;
/** ... or none ever (not among those followed). */
const NOT_FOLLOWED = -2;

/** `a` twice as long, its elements kept. */
function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(2 * a.length);
  more.set(a);
  return more;
}

/**
 * Calls `visit` for every read of a temporary that is not assigned on every path to it, with
 * its block, in block order. This is the "must be defined" dataflow: in(b) = ^ out(p) over the
 * predecessors (the entry starts with the parameters), out(b) = in(b) U defs(b), iterated to the
 * fixpoint over bit sets. Lowering uses it to find locals read before assignment (`only` the
 * locals); the verifier to prove there are none left.
 *
 * Only the *exposed* reads can be such: those of a temporary not assigned earlier in the read's
 * own block (a read after an assignment in its block is assigned on every path to it). So one
 * walk lists them, and only the temporaries they read get a bit: each temporary's bit flows on
 * its own, the others need none (most temporaries are an expression's value, read in the block
 * that computes it: a function's sets are a word or two, not one bit per temporary); then the
 * exposed reads are looked up in their blocks' in-sets, with no second walk over the function.
 */
export function readsBeforeAssignment(
  fn: Function,
  visit: (t: Temp, b: Block) => void,
  only?: Temp[],
): void {
  // In arrays made once (scratch.ts): this runs for every function, twice.
  const nt = fn.temps.length;
  const bitOf = MUST_BIT.i32Kept(nt);
  if (only === undefined) bitOf.fill(NO_BIT, 0, nt);
  else {
    bitOf.fill(NOT_FOLLOWED, 0, nt);
    for (let k = 0; k < only.length; k++) bitOf[only[k].id] = NO_BIT;
  }
  const blocks = fn.blocks;
  const nb = blocks.length;
  numberBlocks(fn);
  // The exposed reads: a temporary is assigned in block k so far when `assignedIn[t]` is
  // block k's stamp, `first + k`.
  const first = MUST_STAMPS.take(nb);
  const assignedIn = MUST_ASSIGNED.i32Kept(nt);
  let bits = 0;
  let reads = 0;
  // (The read of each operand written out, here and below: as a closure, its counts were
  // variables of a context, not of these loops.)
  let ex = exposed;
  let as = assigns;
  let defCount = 0;
  for (let k = 0; k < nb; k++) {
    const b = blocks[k];
    const insts = b.insts;
    const stamp = first + k;
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      // The operands, then a call's arguments, in one loop.
      const args = i.args;
      const callArgs = i.callArgs;
      const n = args.length + (callArgs === undefined ? 0 : callArgs.length);
      for (let a = 0; a < n; a++) {
        const v: Value = a < args.length ? args[a] : callArgs![a - args.length].value;
        if (v.kind !== "temp") continue;
        const id = v.id;
        if (assignedIn[id] === stamp || bitOf[id] === NOT_FOLLOWED) continue;
        if (bitOf[id] === NO_BIT) bitOf[id] = bits++;
        if (2 * reads + 2 > ex.length) ex = grown(ex);
        ex[2 * reads] = k;
        ex[2 * reads + 1] = id;
        reads++;
      }
      const d = i.dst;
      if (d) {
        assignedIn[d.id] = stamp;
        if (bitOf[d.id] !== NOT_FOLLOWED) {
          if (2 * defCount + 2 > as.length) as = grown(as);
          as[2 * defCount] = k;
          as[2 * defCount + 1] = d.id;
          defCount++;
        }
      }
    }
    const j = b.jump;
    const v = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
    if (v !== null && v.kind === "temp") {
      const id = v.id;
      if (assignedIn[id] !== stamp && bitOf[id] !== NOT_FOLLOWED) {
        if (bitOf[id] === NO_BIT) bitOf[id] = bits++;
        if (2 * reads + 2 > ex.length) ex = grown(ex);
        ex[2 * reads] = k;
        ex[2 * reads + 1] = id;
        reads++;
      }
    }
    // A temporary assigned in the entry block is assigned on every path to every other block
    // (its bit is in out(0), and each other block's in-set is the meet of its predecessors'
    // out-sets, all of which keep it from the start of the iteration on): its reads after the
    // entry need no bit and no lookup. Most locals are assigned there (`int i = 0`, a loop's
    // `i = 0`), and with no exposed read left the dataflow is skipped. (One with a bit already,
    // read in the entry before its assignment, keeps it.)
    if (k === 0)
      for (let x = 0; x < insts.length; x++) {
        const d = insts[x].dst;
        if (d && bitOf[d.id] === NO_BIT) bitOf[d.id] = NOT_FOLLOWED;
      }
  }
  exposed = ex;
  assigns = as;
  if (reads === 0) return;
  // Flat bit sets, `words` words per block (block k's at k * words).
  const words = (bits + 31) >>> 5;
  // The predecessors, block k's at preds[predStart[k] .. predStart[k + 1]): counted, each
  // count summed with those before it (the end of k's range), then placed from the ends down
  // (which leaves each start in place). Without a back edge, a predecessor at or after its
  // block in the list, one pass in block order reaches the fixpoint.
  const predStart = MUST_PRED_START.i32(nb + 1);
  for (let k = 0; k < nb; k++) {
    const j = blocks[k].jump;
    if (j.kind === "jmp") predStart[j.target.index]++;
    else if (j.kind === "jnz") {
      predStart[j.then.index]++;
      if (j.else !== j.then) predStart[j.else.index]++;
    }
  }
  for (let k = 1; k <= nb; k++) predStart[k] += predStart[k - 1];
  const preds = MUST_PREDS.i32Kept(predStart[nb]);
  let backEdges = false;
  const addPred = (to: number, from: number): void => {
    preds[--predStart[to]] = from;
    if (from >= to) backEdges = true;
  };
  const out = MUST_OUT.u32Kept(nb * words).fill(0xffffffff, 0, nb * words);
  const defs = MUST_DEFS.u32(nb * words);
  for (let k = nb - 1; k >= 0; k--) {
    const b = blocks[k];
    const j = b.jump;
    if (j.kind === "jmp") addPred(j.target.index, k);
    else if (j.kind === "jnz") {
      addPred(j.then.index, k);
      if (j.else !== j.then) addPred(j.else.index, k);
    }
  }
  // (From the list the walk made: a second walk over the function cost more.)
  for (let n = 0; n < defCount; n++) {
    const t = bitOf[as[2 * n + 1]];
    if (t >= 0) defs[as[2 * n] * words + (t >>> 5)] |= 1 << (t & 31);
  }
  const entry = MUST_ENTRY.u32(words);
  for (let k = 0; k < fn.params.length; k++) {
    const t = bitOf[fn.params[k].id];
    if (t >= 0) entry[t >>> 5] |= 1 << (t & 31);
  }
  if (words === 1) return mustFlowOneWord(fn, visit, nb, reads, bitOf, entry[0], predStart, preds, backEdges, out, defs); // prettier-ignore
  // in(k) into `live`.
  const live = MUST_LIVE.u32Kept(words);
  const flowIn = (k: number): void => {
    // (Loops, not fill(): a call to it costs more than a word or two of stores.)
    if (k === 0) for (let w = 0; w < words; w++) live[w] = entry[w];
    else for (let w = 0; w < words; w++) live[w] = 0xffffffff;
    for (let n = predStart[k], end = predStart[k + 1]; n < end; n++)
      for (let w = 0, at = preds[n] * words; w < words; w++) live[w] &= out[at + w];
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < nb; k++) {
      flowIn(k);
      for (let w = 0, at = k * words; w < words; w++) {
        const v = (live[w] | defs[at + w]) >>> 0;
        if (out[at + w] !== v) {
          out[at + w] = v;
          changed = true;
        }
      }
    }
    if (!backEdges) break;
  }
  // An exposed read is of a temporary not assigned on every path when its bit is not in in(k).
  for (let n = 0, k = -1; n < reads; n++) {
    if (exposed[2 * n] !== k) flowIn((k = exposed[2 * n]));
    const id = exposed[2 * n + 1];
    const t = bitOf[id];
    if ((live[t >>> 5] & (1 << (t & 31))) === 0) visit(fn.temps[id], blocks[k]);
  }
}

/**
 * `readsBeforeAssignment`'s dataflow and lookups when the sets are one word each (most
 * functions: at most 32 temporaries followed), on numbers rather than arrays of words: the
 * lowering's call (each function's locals) took a fifth of the lowering's time, a third of it
 * in the closure that computed in(k) word by word.
 */
function mustFlowOneWord(
  fn: Function,
  visit: (t: Temp, b: Block) => void,
  nb: number,
  reads: number,
  bitOf: Int32Array,
  entry: number,
  predStart: Int32Array,
  preds: Int32Array,
  backEdges: boolean,
  out: Uint32Array,
  defs: Uint32Array,
): void {
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < nb; k++) {
      let live = k === 0 ? entry : 0xffffffff;
      for (let n = predStart[k], end = predStart[k + 1]; n < end; n++) live &= out[preds[n]];
      const v = (live | defs[k]) >>> 0;
      if (out[k] !== v) {
        out[k] = v;
        changed = true;
      }
    }
    if (!backEdges) break;
  }
  for (let n = 0, k = -1, live = 0; n < reads; n++) {
    if (exposed[2 * n] !== k) {
      k = exposed[2 * n];
      live = k === 0 ? entry : 0xffffffff;
      for (let p = predStart[k], end = predStart[k + 1]; p < end; p++) live &= out[preds[p]];
    }
    const id = exposed[2 * n + 1];
    const t = bitOf[id];
    if ((live & (1 << (t & 31))) === 0) visit(fn.temps[id], fn.blocks[k]);
  }
}

/** The values an instruction reads (call arguments included). */
export function instUses(i: Inst): Value[] {
  if (i.callArgs === undefined) return i.args;
  return [...i.args, ...i.callArgs.map((a) => a.value)];
}

/** Calls `f` on every value the instruction reads; `f` may return a replacement. */
export function mapUses(i: Inst, f: (v: Value) => Value): void {
  const args = i.args;
  for (let k = 0; k < args.length; k++) {
    const v = args[k];
    const w = f(v);
    if (w !== v) args[k] = w;
  }
  const callArgs = i.callArgs;
  if (callArgs)
    for (let k = 0; k < callArgs.length; k++) {
      const a = callArgs[k];
      const w = f(a.value);
      if (w !== a.value) a.value = w;
    }
}

/** Calls `f` on every value the instruction reads (`mapUses` without replacing: hot paths). */
export function forEachUse(i: Inst, f: (v: Value) => void): void {
  const args = i.args;
  for (let k = 0; k < args.length; k++) f(args[k]);
  const callArgs = i.callArgs;
  if (callArgs) for (let k = 0; k < callArgs.length; k++) f(callArgs[k].value);
}

/** The same for the value a jump reads. */
export function forJumpUse(j: Jump, f: (v: Value) => void): void {
  if (j.kind === "jnz") f(j.cond);
  else if (j.kind === "ret" && j.value !== null) f(j.value);
}

/** The same for the value a jump reads. */
export function mapJumpUse(j: Jump, f: (v: Value) => Value): void {
  if (j.kind === "jnz") j.cond = f(j.cond);
  else if (j.kind === "ret" && j.value !== null) j.value = f(j.value);
}

/** Whether the instruction does something beyond computing its result. */
export function hasSideEffects(i: Inst): boolean {
  return (
    i.op === "call" ||
    i.op === "blit" ||
    STORE_OPS.has(i.op) ||
    i.op === "alloc" ||
    i.op === "asm" ||
    i.op === "asmout" ||
    i.volatile === true
  );
}

/** Whether the instruction may trap (divisions by zero): such instructions are kept. */
export function mayTrap(i: Inst): boolean {
  return i.op === "div" || i.op === "udiv" || i.op === "rem" || i.op === "urem";
}

/**
 * How many times each temporary is assigned (parameters count once). With `scratch`, the counts
 * are in its array (scratch.ts: valid until its next use).
 */
export function defCounts(fn: Function, scratch?: Scratch): Int32Array {
  const n = scratch ? scratch.i32(fn.temps.length) : new Int32Array(fn.temps.length);
  for (let k = 0; k < fn.params.length; k++) n[fn.params[k].id]++;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    const insts = b.insts;
    for (let x = 0; x < insts.length; x++) {
      const d = insts[x].dst;
      if (d) n[d.id]++;
    }
  }
  return n;
}

/** How many times each temporary is read. */
export function useCounts(fn: Function): Int32Array {
  return defUseCounts(fn).uses;
}

/** Both counts, by temporary, in one walk over the function (passes that need both). */
export function defUseCounts(
  fn: Function,
  scratch?: { defs: Scratch; uses: Scratch },
): { defs: Int32Array; uses: Int32Array } {
  const n = fn.temps.length;
  const defs = scratch ? scratch.defs.i32(n) : new Int32Array(n);
  const uses = scratch ? scratch.uses.i32(n) : new Int32Array(n);
  for (let k = 0; k < fn.params.length; k++) defs[fn.params[k].id]++;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    const insts = b.insts;
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      if (i.dst) defs[i.dst.id]++;
      const args = i.args;
      for (let k = 0; k < args.length; k++) {
        const v = args[k];
        if (v.kind === "temp") uses[v.id]++;
      }
      const callArgs = i.callArgs;
      if (callArgs)
        for (let k = 0; k < callArgs.length; k++) {
          const v = callArgs[k].value;
          if (v.kind === "temp") uses[v.id]++;
        }
    }
    const j = b.jump;
    const v = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
    if (v !== null && v.kind === "temp") uses[v.id]++;
  }
  return { defs, uses };
}

/**
 * How many jumps reach each block, by block number (the blocks are numbered: `numberBlocks`; a
 * `jnz` to one block twice counts once). In `scratch`'s array when given (scratch.ts).
 */
export function predecessorCounts(fn: Function, scratch?: Scratch): Int32Array {
  numberBlocks(fn);
  const n = fn.blocks.length;
  const counts = scratch ? scratch.i32(n) : new Int32Array(n);
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    const j = b.jump;
    if (j.kind === "jmp") counts[j.target.index]++;
    else if (j.kind === "jnz") {
      counts[j.then.index]++;
      if (j.else !== j.then) counts[j.else.index]++;
    }
  }
  return counts;
}

const REACHED = new Scratch();
const REACH_STACK = new Scratch();

/** Drops blocks that cannot be reached from the entry, keeping the order of the others. */
export function removeUnreachable(fn: Function): boolean {
  numberBlocks(fn);
  const blocks = fn.blocks;
  const reached = REACHED.u32(blocks.length);
  let count = 0;
  // A stack of block numbers (a block is pushed once per jump to it, at most twice per block).
  const stack = REACH_STACK.i32Kept(2 * blocks.length + 1);
  let top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const k = stack[--top];
    if (reached[k]) continue;
    reached[k] = 1;
    count++;
    const j = blocks[k].jump;
    if (j.kind === "jmp") stack[top++] = j.target.index;
    else if (j.kind === "jnz") {
      stack[top++] = j.else.index;
      stack[top++] = j.then.index;
    }
  }
  if (count === blocks.length) return false;
  fn.blocks = blocks.filter((b) => reached[b.index] === 1);
  return true;
}
