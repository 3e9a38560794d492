// Common subexpressions within a block.
//
// Walking a block, each pure instruction is an expression: its opcode and operands (in either
// order for a commutative one); a second instruction with an expression already seen becomes a
// copy of the temporary that holds the first one's value -- as long as that temporary and the
// operands have not been assigned since (an assignment forgets every expression that mentions the
// temporary). Loads count the memory writes so far as part of the expression, so a store, a call
// or a blit in between keeps them apart. Copy propagation and dead code then finish the job.
//
// This runs on every function, every round: the block's expressions are kept in a table of
// arrays made once (`ExpressionTable`), found by a hash of their parts and then compared -- no
// object, string or map entry is made per instruction.
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
import { Scratch, Stamps } from "./scratch.ts";

const COMMUTATIVE = new Set(["add", "mul", "and", "or", "xor", "eq", "ne"]);

/** An opcode's `CODE`, bits 0-1: not a candidate. */
const OTHER = 0;
/** ... a pure operation. */
const PURE = 1;
/** ... a pure operation whose operands may be swapped. */
const COMMUTES = 2;
/** ... a load. */
const LOAD = 3;
/** Bit 2: the instruction may write memory (later loads are other expressions). */
const WRITES = 4;

/** Per opcode: its kind (bits 0-1), WRITES, and above them a number of its own (for hashes). */
const CODE = new Map<string, number>();
for (const op of [...BINARY_OPS, ...COMPARE_OPS, ...UNARY_OPS])
  if (op !== "copy") CODE.set(op, COMMUTATIVE.has(op) ? COMMUTES : PURE);
for (const op of LOAD_OPS) CODE.set(op, LOAD);
for (const op of ["call", "blit", "asm", "storeb", "storeh", "storew"]) CODE.set(op, WRITES);
{
  let n = 0;
  for (const [op, code] of CODE) CODE.set(op, code | (++n << 3));
}

/** FNV-1a's step over 32-bit values. */
function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** A number for each symbol name met, for the hashes. */
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

/**
 * The expressions of the block being walked, each with the temporary holding its value. They
 * are numbered from 1 in the order recorded; expression e's parts are element e of the arrays
 * (0 is no expression). A hash table of chains finds them: `head[slot]` starts the chain of the
 * slot (empty unless `slotStamp[slot]` is the block's stamp), `next[e]` continues it. An
 * expression forgotten stays in its chain, no longer `live`. At most one live expression has
 * given parts: one is recorded only when none is found.
 */
class ExpressionTable {
  private op = new Int32Array(64);
  private a: Value[] = [];
  private b: (Value | undefined)[] = [];
  private memory = new Int32Array(64);
  private hash = new Int32Array(64);
  private live = new Uint8Array(64);
  private next = new Int32Array(64);
  private holders: Temp[] = [];
  private head = new Int32Array(64);
  private slotStamp = new Int32Array(64);
  private stamp = 0;
  private mask = 0;
  private count = 0;

  /** Empties the table for a block of `n` instructions (at most that many expressions). */
  clear(n: number): void {
    if (n + 1 > this.op.length) {
      const size = Math.max(n + 1, 2 * this.op.length);
      this.op = new Int32Array(size);
      this.memory = new Int32Array(size);
      this.hash = new Int32Array(size);
      this.live = new Uint8Array(size);
      this.next = new Int32Array(size);
    }
    let slots = 16;
    while (slots < 2 * n) slots *= 2;
    if (slots > this.head.length) {
      this.head = new Int32Array(slots);
      this.slotStamp = new Int32Array(slots);
    }
    this.mask = slots - 1;
    this.stamp++;
    this.count = 0;
  }

  /** Whether expression e is `op a, b` (op's code, operands in either order if it commutes). */
  private matches(e: number, op: number, a: Value, b: Value | undefined, memory: number): boolean {
    if (this.op[e] !== op || this.memory[e] !== memory) return false;
    const ea = this.a[e];
    const eb = this.b[e];
    if (sameValue(ea, a) && optionalSame(eb, b)) return true;
    return (op & 3) === COMMUTES && b !== undefined && eb !== undefined && sameValue(ea, b) && sameValue(eb, a); // prettier-ignore
  }

  /**
   * The live expression with these parts, or 0. Expressions forgotten on the way are unlinked
   * from the chain (none comes back to life): one operand reassigned over and over, as `s` in
   * a long run of `s += ...`, would otherwise leave a chain of dead `s >> 3`s that every later
   * lookup walks -- quadratic in the block's length (a 20,000-statement function: 1.8 s here).
   */
  find(op: number, a: Value, b: Value | undefined, memory: number, hash: number): number {
    const slot = hash & this.mask;
    if (this.slotStamp[slot] !== this.stamp) return 0;
    let before = 0;
    for (let e = this.head[slot]; e !== 0; e = this.next[e]) {
      if (this.live[e] === 0) {
        if (before === 0) this.head[slot] = this.next[e];
        else this.next[before] = this.next[e];
        continue;
      }
      if (this.hash[e] === hash && this.matches(e, op, a, b, memory)) return e;
      before = e;
    }
    return 0;
  }

  /** Records a new expression held in `holder`; its number. */
  add(op: number, a: Value, b: Value | undefined, memory: number, hash: number, holder: Temp): number {
    const e = ++this.count;
    this.op[e] = op;
    this.a[e] = a;
    this.b[e] = b;
    this.memory[e] = memory;
    this.hash[e] = hash;
    this.live[e] = 1;
    this.holders[e] = holder;
    const slot = hash & this.mask;
    if (this.slotStamp[slot] !== this.stamp) {
      this.slotStamp[slot] = this.stamp;
      this.head[slot] = 0;
    }
    this.next[e] = this.head[slot];
    this.head[slot] = e;
    return e;
  } // prettier-ignore

  holder(e: number): Temp {
    return this.holders[e];
  }

  setHolder(e: number, t: Temp): void {
    this.holders[e] = t;
  }

  /** Forgets the expression with e's parts: e itself, or one recorded since e was forgotten. */
  forget(e: number): void {
    if (this.live[e] === 1) this.live[e] = 0;
    else {
      const f = this.find(this.op[e], this.a[e], this.b[e], this.memory[e], this.hash[e]);
      if (f !== 0) this.live[f] = 0;
    }
  }
}

const table = new ExpressionTable();

// The expressions that mention each temporary, as operand or as holder, in the block being
// walked: a list per temporary, linked through arrays kept from call to call (scratch.ts) -- the
// m-th mention (from 1) is of expression `mentioned[m]`, and `earlier[m]` is the one before it
// in its list; `latest[t]` starts temporary t's list, which is empty unless `stamp[t]` is the
// block's stamp.
const LATEST = new Scratch();
const STAMP = new Scratch();
// The copies of the block walked so far, as copy propagation would read them (copy.ts): after
// `%a = copy %b`, until either is assigned, an operand %a is %b -- `copyOf[a]` when
// `copyStamp[a]` is the block's stamp. So an expression whose operand this pass has just made a
// copy is found in the same walk (%.19 = shl %i, 2 made a copy of %.15; then %.20 = add %v, %.19
// is %.16 = add %v, %.15), not one round of the passes later, after copy propagation and dead
// code (on the 50,000-line bench: 2 rounds per function, not 4). The copies of each source are a
// list linked both ways through `nextCopy` and `previousCopy` (-1 ends it), which `firstCopy[b]`
// starts when `listStamp[b]` is the block's stamp: assigning %b ends all its copies, assigning
// %a takes it out of its source's list, each at no more cost than the copies it ends (a walk of
// all the block's copies instead made a long function's `optimise` twice as slow).
const COPY_STAMP = new Scratch();
const LIST_STAMP = new Scratch();
const FIRST_COPY = new Scratch();
const NEXT_COPY = new Scratch();
const PREVIOUS_COPY = new Scratch();
/** The blocks' stamps, from call to call (scratch.ts: the arrays need no zeroing per call). */
const STAMPS = new Stamps(STAMP, COPY_STAMP, LIST_STAMP);
const copyOf: Temp[] = [];
let earlier = new Int32Array(256);
let mentioned = new Int32Array(256);

// (mention and forgetMentionsOf are functions of the module, given the arrays and the block's
// stamp, not closures over the pass's variables, which then stay plain variables of its loops:
// callgrind, the -O1 passes 1% fewer instructions on the bench program.)

/** Records that temporary t is the m-th mention, of expression e, in the block `blockStamp`. */
function mention(
  t: Temp,
  e: number,
  m: number,
  latest: Int32Array,
  stamp: Int32Array,
  blockStamp: number,
): void {
  if (stamp[t.id] !== blockStamp) {
    stamp[t.id] = blockStamp;
    latest[t.id] = 0;
  }
  mentioned[m] = e;
  earlier[m] = latest[t.id];
  latest[t.id] = m;
}

/** Forgets every expression that mentions `t` (t is assigned). */
function forgetMentionsOf(
  t: Temp,
  latest: Int32Array,
  stamp: Int32Array,
  blockStamp: number,
): void {
  if (stamp[t.id] !== blockStamp) return;
  for (let m = latest[t.id]; m !== 0; m = earlier[m]) table.forget(mentioned[m]);
  latest[t.id] = 0;
}

/**
 * The pass; true if it changed anything. With `only`, just the blocks it marks (by position:
 * `only[k]` non-zero) are walked: for a caller that knows the others would change nothing (opt.ts).
 */
export function eliminateCommonSubexpressions(fn: Function, only?: Uint32Array): boolean {
  let changed = false;
  // (The arrays are not zeroed: an element counts only with the block's stamp, or as part of
  // a list that such an element starts.)
  const nt = fn.temps.length;
  let blockStamp = STAMPS.take(fn.blocks.length) - 1;
  const latest = LATEST.i32Kept(nt);
  const stamp = STAMP.i32Kept(nt);
  const copyStamp = COPY_STAMP.i32Kept(nt);
  const listStamp = LIST_STAMP.i32Kept(nt);
  const firstCopy = FIRST_COPY.i32Kept(nt);
  const nextCopy = NEXT_COPY.i32Kept(nt);
  const previousCopy = PREVIOUS_COPY.i32Kept(nt);
  let mentions = 0;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    if (only !== undefined && only[bk] === 0) continue;
    const insts = fn.blocks[bk].insts;
    table.clear(insts.length);
    // (Three mentions at most per instruction.)
    if (3 * insts.length + 1 > earlier.length) {
      earlier = new Int32Array(Math.max(3 * insts.length + 1, 2 * earlier.length));
      mentioned = new Int32Array(earlier.length);
    }
    blockStamp++;
    mentions = 0;
    let memory = 0;
    for (let x = 0; x < insts.length; x++) {
      const i: Inst = insts[x];
      const code = CODE.get(i.op) ?? OTHER;
      const kind = code & 3;
      // The instruction as an expression, if it is a candidate.
      let candidate = false;
      let madeCopy = false;
      // The operands as copy propagation would leave them.
      let a: Value = i.args[0];
      if (a !== undefined && a.kind === "temp" && copyStamp[a.id] === blockStamp) a = copyOf[a.id];
      let second: Value | undefined = i.args[1];
      if (second !== undefined && second.kind === "temp" && copyStamp[second.id] === blockStamp)
        second = copyOf[second.id];
      let mem = 0;
      let hash = 0;
      if (kind !== OTHER && i.dst && !i.volatile) {
        candidate = true;
        mem = kind === LOAD ? memory : 0;
        const ha = valueHash(a);
        const hb = second === undefined ? 0 : valueHash(second);
        // Either order of a commutative one's operands hashes the same.
        hash = mix(mix(code, kind === COMMUTES ? (ha + hb) | 0 : mix(ha, hb)), mem) & 0x3fffffff; // prettier-ignore
        const seen = table.find(code, a, second, mem, hash);
        if (seen !== 0 && table.holder(seen) !== i.dst) {
          i.op = "copy";
          i.args = [table.holder(seen)];
          changed = madeCopy = true;
        }
      }
      if ((code & WRITES) !== 0) memory++;
      const dst = i.dst;
      if (dst) {
        forgetMentionsOf(dst, latest, stamp, blockStamp); // (what mentions the temporary assigned here)
        // (and the copy it was, and the copies of it)
        const d = dst.id;
        if (copyStamp[d] === blockStamp) {
          copyStamp[d] = 0;
          const before = previousCopy[d];
          const after = nextCopy[d];
          if (before >= 0) nextCopy[before] = after;
          else firstCopy[copyOf[d].id] = after;
          if (after >= 0) previousCopy[after] = before;
        }
        if (listStamp[d] === blockStamp) {
          listStamp[d] = 0;
          for (let c = firstCopy[d]; c >= 0; c = nextCopy[c]) copyStamp[c] = 0;
        }
        // Record the value unless the instruction read what it overwrote (%x = add %x, 1).
        if (candidate && i.op !== "copy" && a !== dst && second !== dst) {
          let e = table.find(code, a, second, mem, hash);
          if (e !== 0) table.setHolder(e, dst);
          else e = table.add(code, a, second, mem, hash, dst);
          if (a.kind === "temp") mention(a, e, ++mentions, latest, stamp, blockStamp);
          if (second !== undefined && second.kind === "temp")
            mention(second, e, ++mentions, latest, stamp, blockStamp);
          mention(dst, e, ++mentions, latest, stamp, blockStamp);
        } else if (i.op === "copy") {
          // (Of a holder, if this pass made it; else the source as copy propagation reads it.)
          const v = madeCopy ? i.args[0] : a;
          if (v.kind === "temp" && v !== dst) {
            const b = v.id;
            const head = listStamp[b] === blockStamp ? firstCopy[b] : -1;
            copyStamp[d] = blockStamp;
            copyOf[d] = v;
            previousCopy[d] = -1;
            nextCopy[d] = head;
            if (head >= 0) previousCopy[head] = d;
            firstCopy[b] = d;
            listStamp[b] = blockStamp;
          }
        }
      }
    }
  }
  return changed;
}
