// Constant folding and propagation.
//
// A temporary assigned once from a constant or an address (`%n = copy 10`, `%p = copy $tab`) is
// that constant wherever it is read (ir.ts: a read is preceded by the assignment on every path,
// so the one assignment is the value). Within a block the same holds for any temporary after a
// constant assignment, until it is assigned again. With constants substituted, instructions whose
// operands are all constant are evaluated as i386 does (32-bit wrap-around, shift counts mod 32),
// algebraic identities drop (`x + 0`, `x * 1`, `x & 0`, `x - x`...), an address plus a constant is
// a new address (`$tab + 8`), and a `jnz` on a constant becomes a `jmp`. Divisions by zero and
// INT_MIN / -1 are left to trap at run time, as they would.
import {
  BINARY_OPS,
  COMPARE_OPS,
  Const,
  type Function,
  Global,
  type CallArg,
  type Inst,
  type Opcode,
  type Temp,
  type Value,
} from "./ir.ts";
import { Scratch, Stamps } from "./scratch.ts";

/** The value of `op a, b` on constants, or null when it cannot be known here (a trap). */
export function evaluate(op: Opcode, a: number, b: number): number | null {
  const ua = a >>> 0;
  const ub = b >>> 0;
  switch (op) {
    case "add": return (a + b) | 0;
    case "sub": return (a - b) | 0;
    case "mul": return Math.imul(a, b);
    case "div": return b === 0 || (a === -0x80000000 && b === -1) ? null : (a / b) | 0;
    case "rem": return b === 0 || (a === -0x80000000 && b === -1) ? null : (a % b) | 0;
    case "udiv": return b === 0 ? null : (ua / ub) >>> 0 | 0;
    case "urem": return b === 0 ? null : (ua % ub) | 0;
    case "and": return a & b;
    case "or": return a | b;
    case "xor": return a ^ b;
    case "shl": return a << (b & 31);
    case "shr": return (a >>> (b & 31)) | 0;
    case "sar": return a >> (b & 31);
    case "eq": return a === b ? 1 : 0;
    case "ne": return a !== b ? 1 : 0;
    case "slt": return a < b ? 1 : 0;
    case "sle": return a <= b ? 1 : 0;
    case "sgt": return a > b ? 1 : 0;
    case "sge": return a >= b ? 1 : 0;
    case "ult": return ua < ub ? 1 : 0;
    case "ule": return ua <= ub ? 1 : 0;
    case "ugt": return ua > ub ? 1 : 0;
    case "uge": return ua >= ub ? 1 : 0;
    case "neg": return -a | 0;
    case "not": return ~a;
    case "copy": return a;
    case "extsb": return (a << 24) >> 24;
    case "extub": return a & 0xff;
    case "extsh": return (a << 16) >> 16;
    case "extuh": return a & 0xffff;
    default: return null;
  }
} // prettier-ignore

const isConst = (v: Value, n?: number): v is Const =>
  v.kind === "const" && (n === undefined || v.value === n);

/** Rewrites `i` as `copy v`. */
function becomeCopy(i: Inst, v: Value): void {
  i.op = "copy";
  i.args = [v];
}

/** The operations folded, by opcode: 1 unary, 2 binary (comparisons included); not copy. */
const ARITY = new Map<string, number>();
for (const op of ["neg", "not", "extsb", "extub", "extsh", "extuh"]) ARITY.set(op, 1);
for (const op of [...BINARY_OPS, ...COMPARE_OPS]) ARITY.set(op, 2);

/** Folds one instruction whose operands are already substituted; true if it changed. */
function simplify(i: Inst): boolean {
  const op = i.op;
  const a = i.args[0];
  const b = i.args[1];
  if (!i.dst) return false;
  const arity = ARITY.get(op);
  if (arity === undefined) return false;
  if (arity === 1) {
    if (!isConst(a)) return false;
    becomeCopy(i, new Const(evaluate(op, a.value, 0)!));
    return true;
  }
  if (isConst(a) && isConst(b)) {
    const v = evaluate(op, a.value, b.value);
    if (v === null) return false;
    becomeCopy(i, new Const(v));
    return true;
  }
  // Addresses plus or minus constants.
  if (op === "add" && a.kind === "global" && isConst(b)) {
    becomeCopy(i, new Global(a.name, a.offset + b.value));
    return true;
  }
  if (op === "add" && isConst(a) && b.kind === "global") {
    becomeCopy(i, new Global(b.name, b.offset + a.value));
    return true;
  }
  if (op === "sub" && a.kind === "global" && isConst(b)) {
    becomeCopy(i, new Global(a.name, a.offset - b.value));
    return true;
  }
  // Identities.
  const same = a.kind === "temp" && a === b;
  switch (op) {
    case "add":
    case "or":
    case "xor":
      if (isConst(b, 0)) return (becomeCopy(i, a), true);
      if (isConst(a, 0)) return (becomeCopy(i, b), true);
      if (op === "xor" && same) return (becomeCopy(i, new Const(0)), true);
      if (op === "or" && same) return (becomeCopy(i, a), true);
      if (op === "or" && (isConst(b, -1) || isConst(a, -1))) return becomeCopy(i, new Const(-1)), true; // prettier-ignore
      break;
    case "sub":
      if (isConst(b, 0)) return (becomeCopy(i, a), true);
      if (same) return (becomeCopy(i, new Const(0)), true);
      break;
    case "and":
      if (isConst(b, 0) || isConst(a, 0)) return (becomeCopy(i, new Const(0)), true);
      if (isConst(b, -1)) return (becomeCopy(i, a), true);
      if (isConst(a, -1) || same) return (becomeCopy(i, b), true);
      break;
    case "mul":
      if (isConst(b, 0) || isConst(a, 0)) return (becomeCopy(i, new Const(0)), true);
      if (isConst(b, 1)) return (becomeCopy(i, a), true);
      if (isConst(a, 1)) return (becomeCopy(i, b), true);
      break;
    case "div":
    case "udiv":
      if (isConst(b, 1)) return (becomeCopy(i, a), true);
      break;
    case "urem":
      if (isConst(b, 1)) return (becomeCopy(i, new Const(0)), true);
      break;
    case "shl":
    case "shr":
    case "sar":
      if (isConst(b) && (b.value & 31) === 0) return (becomeCopy(i, a), true);
      if (isConst(a, 0)) return (becomeCopy(i, a), true);
      break;
    case "eq":
    case "sle":
    case "sge":
    case "ule":
    case "uge":
      if (same) return (becomeCopy(i, new Const(1)), true);
      break;
    case "ne":
    case "slt":
    case "sgt":
    case "ult":
    case "ugt":
      if (same) return (becomeCopy(i, new Const(0)), true);
      break;
  }
  return false;
}

/** The definition counts' array, made once and reused (scratch.ts). */
const DEFS = new Scratch();
/**
 * The constants known within the block being walked: temporary t's is `localValue[t]` when
 * `localStamp[t]` is the block's stamp (a new stamp empties the table; arrays kept from call to
 * call, not a map cleared at every block).
 */
const LOCAL_STAMP = new Scratch();
const localValue: Value[] = [];
/** The blocks' stamps, from call to call (scratch.ts: the array needs no zeroing per call). */
const STAMPS = new Stamps(LOCAL_STAMP);
/** The constants known everywhere: temporary t's is `knownValue[t]` when `isKnown[t]` is 1. */
const IS_KNOWN = new Scratch();
const knownValue: Value[] = [];
/** Temporaries assigned a constant, with the constant (see below), in arrays made once. */
const constantTemps: Temp[] = [];
const constantValues: Value[] = [];

/**
 * Runs folding and propagation to a fixpoint; true if anything changed.
 *
 * One walk substitutes every temporary known at its start and, block by block, folds what that
 * makes constant. Walking again can find more only if the walk made a temporary assigned once
 * into a constant: its reads in other blocks (or before it, round a loop) were not substituted.
 * Anything else the walk did, doing it again would find done.
 */
export function foldConstants(fn: Function): boolean {
  let changed = false;
  // Per temporary: its constant everywhere (assigned once) or, within the block being walked,
  // since its last assignment.
  const isKnown = IS_KNOWN.u32(fn.temps.length);
  const localStamp = LOCAL_STAMP.i32Kept(fn.temps.length);
  let stamp = 0;
  // The assignments counted (folding changes none: the counts hold for every walk), and the
  // temporaries assigned a constant listed (`constantCount` of them): those assigned once are
  // the constants known everywhere from the first walk on.
  const defs = DEFS.i32(fn.temps.length);
  for (let k = 0; k < fn.params.length; k++) defs[fn.params[k].id]++;
  let constantCount = 0;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const insts = fn.blocks[bk].insts;
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      const d = i.dst;
      if (!d) continue;
      defs[d.id]++;
      if (i.op === "copy" && i.args[0].kind !== "temp") {
        constantTemps[constantCount] = d;
        constantValues[constantCount++] = i.args[0];
      }
    }
  }
  for (let again = true; again;) {
    again = false;
    // Temporaries assigned once, from a constant: their value everywhere. (Then the list is of
    // those the walk makes so: known in the next walk.)
    for (let n = 0; n < constantCount; n++) {
      const d = constantTemps[n];
      if (defs[d.id] === 1) {
        isKnown[d.id] = 1;
        knownValue[d.id] = constantValues[n];
      }
    }
    constantCount = 0;
    stamp = STAMPS.take(fn.blocks.length) - 1;
    for (let bk = 0; bk < fn.blocks.length; bk++) {
      const b = fn.blocks[bk];
      // Within the block: any temporary after a constant assignment, until assigned again.
      stamp++;
      for (let x = 0; x < b.insts.length; x++) {
        const i = b.insts[x];
        if (i.op !== "alloc" && i.op !== "argaddr") {
          // (mapUses written out, and the substitution: as a closure, its call was the hot
          // path's, and `changed` and `stamp` variables of a context, not of these loops.)
          const args = i.args;
          for (let k = 0; k < args.length; k++) {
            const v = args[k];
            if (v.kind !== "temp") continue;
            const id = v.id;
            if (isKnown[id] === 1) ((args[k] = knownValue[id]), (changed = true));
            else if (localStamp[id] === stamp) ((args[k] = localValue[id]), (changed = true));
          }
          const callArgs = i.callArgs;
          if (callArgs)
            for (let k = 0; k < callArgs.length; k++) {
              const a: CallArg = callArgs[k];
              const v: Value = a.value;
              if (v.kind !== "temp") continue;
              const id = v.id;
              if (isKnown[id] === 1) ((a.value = knownValue[id]), (changed = true));
              else if (localStamp[id] === stamp) ((a.value = localValue[id]), (changed = true));
            }
        }
        if (simplify(i)) changed = true;
        const d = i.dst;
        if (d) {
          localStamp[d.id] = 0;
          if (i.op === "copy" && i.args[0].kind !== "temp") {
            localStamp[d.id] = stamp;
            localValue[d.id] = i.args[0];
            if (defs[d.id] === 1 && isKnown[d.id] === 0) {
              constantTemps[constantCount] = d;
              constantValues[constantCount++] = i.args[0];
              again = true;
            }
          }
        }
      }
      const j = b.jump;
      const jv = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
      if (jv !== null && jv.kind === "temp") {
        const id = jv.id;
        const w = isKnown[id] === 1 ? knownValue[id] : localStamp[id] === stamp ? localValue[id] : jv; // prettier-ignore
        if (w !== jv) {
          if (j.kind === "jnz") j.cond = w;
          else if (j.kind === "ret") j.value = w;
          changed = true;
        }
      }
      if (j.kind === "jnz" && j.cond.kind !== "temp") {
        // An address is never null: `jnz $x` always jumps.
        const taken = j.cond.kind === "global" || j.cond.value !== 0;
        b.jump = { kind: "jmp", target: taken ? j.then : j.else };
        changed = true;
      } else if (j.kind === "jnz" && j.then === j.else) {
        b.jump = { kind: "jmp", target: j.then };
        changed = true;
      }
    }
  }
  return changed;
}
