// Common subexpressions within a block.
//
// Walking a block, each pure instruction is an expression: its opcode and operands (in either
// order for a commutative one); a second instruction with an expression already seen becomes a
// copy of the temporary that holds the first one's value — as long as that temporary and the
// operands have not been assigned since (an assignment forgets every expression that mentions the
// temporary). Loads count the memory writes so far as part of the expression, so a store, a call
// or a blit in between keeps them apart. Copy propagation and dead code then finish the job.
//
// The table of a block finds an expression by a hash of its parts, then compares them (this runs
// on every function, every round: no string is made per instruction).
import {
  type Function,
  type Inst,
  LOAD_OPS,
  BINARY_OPS,
  COMPARE_OPS,
  UNARY_OPS,
  type Temp,
  type Value,
} from "./ir.ts";
import { Scratch } from "./scratch.ts";

const COMMUTATIVE = new Set(["add", "mul", "and", "or", "xor", "eq", "ne"]);

/** What the pass makes of each opcode: 0 not a candidate, 1 pure, 2 commutative, 3 a load. */
const KIND = new Map<string, number>();
for (const op of [...BINARY_OPS, ...COMPARE_OPS, ...UNARY_OPS])
  if (op !== "copy") KIND.set(op, COMMUTATIVE.has(op) ? 2 : 1);
for (const op of LOAD_OPS) KIND.set(op, 3);

/** An expression seen in the block, and the temporary holding its value. */
interface Expr {
  op: string;
  /** The operands (candidates have one or two). */
  a: Value;
  b: Value | undefined;
  commutative: boolean;
  /** For loads: the count of memory writes before it; 0 otherwise. */
  memory: number;
  hash: number;
  holder: Temp;
}

/** FNV-1a's step over 32-bit values. */
function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** A number for each opcode and symbol name met, for the hashes. */
const names = new Map<string, number>();
function nameNumber(s: string): number {
  let n = names.get(s);
  if (n === undefined) names.set(s, (n = names.size + 1));
  return n;
}

function valueHash(v: Value): number {
  if (v.kind === "temp") return mix(1, v.id);
  if (v.kind === "const") return mix(2, v.value);
  return mix(mix(3, nameNumber(v.name)), v.offset);
}

function sameValue(v: Value, w: Value): boolean {
  if (v === w) return true;
  if (v.kind === "const") return w.kind === "const" && v.value === w.value;
  if (v.kind === "global") return w.kind === "global" && v.name === w.name && v.offset === w.offset;
  return false; // temporaries: the same object
}

function optionalSame(v: Value | undefined, w: Value | undefined): boolean {
  return v === undefined ? w === undefined : w !== undefined && sameValue(v, w);
}

/** Whether `e` is the expression (op, a, b, memory). */
function matches(e: Expr, op: string, a: Value, b: Value | undefined, memory: number): boolean {
  if (e.op !== op || e.memory !== memory) return false;
  if (sameValue(e.a, a) && optionalSame(e.b, b)) return true;
  return e.commutative && b !== undefined && e.b !== undefined && sameValue(e.a, b) && sameValue(e.b, a); // prettier-ignore
}

// The expressions that mention each temporary, as operand or as holder, in the block being
// walked: a list per temporary, linked through arrays kept from call to call (scratch.ts) — the
// m-th mention (from 1) is of `mentioned[m]`, and `earlier[m]` is the one before it in its list;
// `latest[t]` starts temporary t's list, which is empty unless `stamp[t]` is the block's stamp.
const LATEST = new Scratch();
const STAMP = new Scratch();
let earlier = new Int32Array(256);
const mentioned: Expr[] = [];

export function eliminateCommonSubexpressions(fn: Function): boolean {
  let changed = false;
  // The block's expressions by hash (made once, emptied at each block).
  const table = new Map<number, Expr[]>();
  const latest = LATEST.i32(fn.temps.length);
  const stamp = STAMP.i32(fn.temps.length);
  let blockStamp = 0;
  let mentions = 0;
  const find = (op: string, a: Value, b: Value | undefined, memory: number, hash: number): Expr | undefined => {
    const bucket = table.get(hash);
    if (bucket !== undefined)
      for (let n = 0; n < bucket.length; n++)
        if (matches(bucket[n], op, a, b, memory)) return bucket[n];
    return undefined;
  }; // prettier-ignore
  const forget = (e: Expr): void => {
    // The expression equal to `e` (`e` itself, or one recorded since `e` was forgotten).
    const bucket = table.get(e.hash);
    if (bucket === undefined) return;
    for (let n = 0; n < bucket.length; n++)
      if (matches(bucket[n], e.op, e.a, e.b, e.memory)) {
        bucket.splice(n, 1);
        return;
      }
  };
  const mention = (t: Temp, e: Expr): void => {
    if (stamp[t.id] !== blockStamp) {
      stamp[t.id] = blockStamp;
      latest[t.id] = 0;
    }
    const m = ++mentions;
    if (m === earlier.length) {
      const bigger = new Int32Array(2 * m);
      bigger.set(earlier);
      earlier = bigger;
    }
    mentioned[m] = e;
    earlier[m] = latest[t.id];
    latest[t.id] = m;
  };
  /** Forgets every expression that mentions `t` (t is assigned). */
  const forgetMentionsOf = (t: Temp): void => {
    if (stamp[t.id] !== blockStamp) return;
    for (let m = latest[t.id]; m !== 0; m = earlier[m]) forget(mentioned[m]);
    latest[t.id] = 0;
  };
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    if (table.size > 0) table.clear(); // (clear() makes a new table even when empty)
    blockStamp++;
    mentions = 0;
    let memory = 0;
    for (let x = 0; x < b.insts.length; x++) {
      const i: Inst = b.insts[x];
      const op = i.op;
      const kind = KIND.get(op) ?? 0;
      // The instruction as an expression, if it is a candidate.
      let candidate = false;
      let a: Value = i.args[0];
      let second: Value | undefined = i.args[1];
      let mem = 0;
      let hash = 0;
      if (kind !== 0 && i.dst && !i.volatile) {
        candidate = true;
        mem = kind === 3 ? memory : 0;
        const ha = valueHash(a);
        const hb = second === undefined ? 0 : valueHash(second);
        // Either order of a commutative one's operands hashes the same.
        hash = mix(mix(nameNumber(op), kind === 2 ? (ha + hb) | 0 : mix(ha, hb)), mem) & 0x3fffffff; // prettier-ignore
        const seen = find(op, a, second, mem, hash);
        if (seen !== undefined && seen.holder !== i.dst) {
          i.op = "copy";
          i.args = [seen.holder];
          changed = true;
        }
      }
      if (op === "call" || op === "blit" || op === "asm" || op.startsWith("store")) memory++;
      const dst = i.dst;
      if (dst) {
        forgetMentionsOf(dst); // (what mentions the temporary assigned here)
        // Record the value unless the instruction read what it overwrote (%x = add %x, 1).
        if (candidate && i.op !== "copy" && a !== dst && second !== dst) {
          let e = find(op, a, second, mem, hash);
          if (e !== undefined) e.holder = dst;
          else {
            e = { op, a, b: second, commutative: kind === 2, memory: mem, hash, holder: dst };
            const bucket = table.get(hash);
            if (bucket !== undefined) bucket.push(e);
            else table.set(hash, [e]);
          }
          if (a.kind === "temp") mention(a, e);
          if (second !== undefined && second.kind === "temp") mention(second, e);
          mention(dst, e);
        }
      }
    }
  }
  return changed;
}
