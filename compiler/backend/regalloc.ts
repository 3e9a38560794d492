// Register allocation: linear scan over live intervals, with spilling by weight.
//
// Positions: the n-th instruction of the function (blocks in layout order) reads its operands at
// 2n and writes its results at 2n+1, so a register last read by an instruction and one written by
// it may share a physical register, and one written by it conflicts with every value live across
// it. A virtual register's interval is a list of ranges built from block liveness (backward
// dataflow over bit sets); a physical register named by selection (eax for a division, ecx for a
// shift count, the three registers a call clobbers) has fixed ranges that no interval assigned to
// it may overlap.
//
// The scan takes intervals by start position and gives each a register free for its whole
// interval -- first one it is copied from or to (a hint, so the copy disappears), then any, the
// byte registers only for values used as bytes. When none is free, the interval whose spill costs
// least (uses and definitions weighted by 10^loop depth, divided by length) goes to memory: the
// current one, or the ones in the way. A spilled register is then read in place from its stack
// slot where the instruction accepts a memory operand, or through a new register living for one
// instruction; parameters spill to the argument they came from. Then the scan runs again, until
// nothing spills -- the one-instruction registers cannot be spilled, so it ends.
//
// The scan after a spill is given the intervals of the rewritten function without building them
// again: a spill takes a register's references away and puts loads and stores around single
// instructions, which changes no other register's liveness, so each interval is the old one
// renumbered (loads and stores inserted inside it, dropped loads taken out), and each new
// register's interval spans its load, its instruction and its store. (In benchmark programs
// nearly every function spills once, most often a parameter that lives long and is little used.)
import {
  acceptsMemory,
  ALLOCATABLE,
  BYTE_REGS,
  CALLEE_SAVED,
  DEF,
  EBP,
  FIRST_VREG,
  isCopy,
  type MFunction,
  type MInst,
  instruction,
  type MMem,
  memory,
  type MOperand,
  operandRoles,
  reg,
  USE,
} from "./machine.ts";
import { Scratch } from "../ir/scratch.ts";

export interface AllocationResult {
  /** Callee-saved registers the function writes (it must save them). */
  calleeSaved: number[];
  /** Rounds of spilling it took. */
  rounds: number;
}

// The arrays of one round, made once and reused (../ir/scratch.ts).
const AT = new Scratch();
const DEPTH = new Scratch();
const GEN = new Scratch();
const KILL = new Scratch();
const FIRST = new Scratch();
const LIVE_IN = new Scratch();
const LIVE_OUT = new Scratch();
const WEIGHT = new Scratch();
const BYTE = new Scratch();
const LIVE = new Scratch();

/**
 * The registers every instruction of the function reads and writes, in one flat list (built
 * once per round: liveness and the intervals both walk it). Instruction n (in layout order)
 * reads `refs[at[2n] ... at[2n+1])` and writes `refs[at[2n+1] ... at[2n+2])`. `refs` is a buffer
 * shared by every call (valid until the next one).
 */
interface References {
  refs: Int32Array;
  at: Int32Array;
}

let refBuffer = new Int32Array(4096);

function references(mf: MFunction): References {
  let count = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) count += mf.blocks[bk].insts.length;
  const at = AT.i32(2 * count + 1);
  let refs = refBuffer;
  let length = 0;
  let n = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) {
    const b = mf.blocks[bk];
    const insts = b.insts;
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      const roles = operandRoles(i);
      const ops = i.ops;
      const uses = i.uses;
      const defs = i.defs;
      // Room for the most the instruction can name (an operand: two address registers, or a
      // register read and written), made once: the writes below are then plain stores. (Before:
      // a closure that checked the room at each register.)
      const most = 2 * ops.length + (uses ? uses.length : 0) + (defs ? defs.length : 0);
      if (length + most > refs.length) {
        const bigger = new Int32Array(Math.max(2 * refs.length, length + most));
        bigger.set(refs);
        refs = refBuffer = bigger;
      }
      // Reads: registers read as operands, address registers, fixed registers used.
      at[n++] = length;
      for (let k = 0; k < ops.length; k++) {
        const o = ops[k];
        if (o.k === "reg") {
          if ((roles[k] ?? USE) & USE) refs[length++] = o.r;
        } else if (o.k === "mem") {
          if (o.base >= 0) refs[length++] = o.base;
          if (o.index >= 0) refs[length++] = o.index;
        }
      }
      if (uses) for (let k = 0; k < uses.length; k++) refs[length++] = uses[k];
      // Writes.
      at[n++] = length;
      for (let k = 0; k < ops.length; k++) {
        const o = ops[k];
        if (o.k === "reg" && (roles[k] ?? USE) & DEF) refs[length++] = o.r;
      }
      if (defs) for (let k = 0; k < defs.length; k++) refs[length++] = defs[k];
    }
  }
  at[n] = length;
  return { refs, at };
}

/**
 * The live intervals of a function's registers, by register number, in flat arrays kept from one
 * function to the next (grown when a function needs more): register r's ranges [start, end]
 * (inclusive, sorted) are `pool[first[r] ... first[r] + count[r])`, two numbers each. (Before: an
 * object per register, with an array of its ranges grown as they were found; with the scan's
 * arrays of those objects they were a fifth of the allocator's time in a CPU profile, besides the
 * collector's.)
 */
class Intervals {
  /** The number of registers (physical ones included). */
  size = 0;
  pool = new Int32Array(1 << 12);
  /** The numbers of `pool` in use. */
  used = 0;
  first = new Int32Array(256);
  count = new Int32Array(256);
  /** Uses and definitions, each weighted by 10^loop depth. */
  uses = new Float64Array(256);
  /** The cost of spilling: `uses` divided by the interval's length (Infinity: unspillable). */
  weight = new Float64Array(256);
  /** 1 for a register used as a byte. */
  byte = new Uint8Array(256);
  /** The register assigned (-1: none). */
  assigned = new Int32Array(256);

  /** Makes room for `n` registers, keeping those there are. */
  reserve(n: number): void {
    if (n <= this.first.length) return;
    const length = Math.max(n, 2 * this.first.length);
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.first = grow(this.first, new Int32Array(length));
    this.count = grow(this.count, new Int32Array(length));
    this.uses = grow(this.uses, new Float64Array(length));
    this.weight = grow(this.weight, new Float64Array(length));
    this.byte = grow(this.byte, new Uint8Array(length));
    this.assigned = grow(this.assigned, new Int32Array(length));
  }

  /** Makes room for `n` more numbers in the pool. */
  reservePool(n: number): void {
    if (this.used + n <= this.pool.length) return;
    const bigger = new Int32Array(Math.max(this.used + n, 2 * this.pool.length));
    bigger.set(this.pool.subarray(0, this.used));
    this.pool = bigger;
  }

  /** The first position of register r's interval (it must have one). */
  start(r: number): number {
    return this.pool[this.first[r]];
  }
}

const INTERVALS = new Intervals();

/** Whether ranges `pool[a ... aEnd)` and `pool[b ... bEnd)` (sorted, as in `Intervals`) overlap. */
function intersect(pool: Int32Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  while (a < aEnd && b < bEnd) {
    if (pool[a + 1] < pool[b]) a += 2;
    else if (pool[b + 1] < pool[a]) b += 2;
    else return true;
  }
  return false;
}

// The ranges being found by `buildIntervals`, backwards: a list per register, of nodes in these
// arrays (grown when full), whose head is the register's earliest range so far.
let nodeFrom: Int32Array = new Int32Array(1 << 12);
let nodeTo: Int32Array = new Int32Array(1 << 12);
let nodeNext: Int32Array = new Int32Array(1 << 12);
let nodeCount = 0;
const HEAD = new Scratch();

/**
 * Adds [from, to] to register r's ranges (`head[r]`: its first node + 1, 0 for none), merged
 * with the first when they touch (found backwards, a range starts before those found earlier).
 */
function addRange(head: Int32Array, r: number, from: number, to: number): void {
  const h = head[r] - 1;
  if (h >= 0 && nodeFrom[h] <= to + 1) {
    if (from < nodeFrom[h]) nodeFrom[h] = from;
    if (to > nodeTo[h]) nodeTo[h] = to;
    return;
  }
  if (nodeCount === nodeFrom.length) {
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(2 * a.length);
      b.set(a);
      return b;
    };
    nodeFrom = grow(nodeFrom);
    nodeTo = grow(nodeTo);
    nodeNext = grow(nodeNext);
  }
  nodeFrom[nodeCount] = from;
  nodeTo[nodeCount] = to;
  nodeNext[nodeCount] = h;
  head[r] = ++nodeCount;
}

/** Loop depth of each block, from back edges in layout order (a loop's blocks are contiguous). */
function loopDepths(mf: MFunction): Int32Array {
  const depth = DEPTH.i32(mf.blocks.length);
  for (let i = 0; i < mf.blocks.length; i++) {
    const succs = mf.blocks[i].succs;
    for (let x = 0; x < succs.length; x++)
      if (succs[x] <= i) for (let k = succs[x]; k <= i; k++) depth[k]++;
  }
  return depth;
}

/** The callee-saved registers as a mask over register numbers. */
const CALLEE_SAVED_MASK = CALLEE_SAVED.reduce((m, r) => m | (1 << r), 0);

/** 10^depth, the weight of a use at a loop depth (up to 6): a table, not a Math.pow per block. */
const POWERS_OF_10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Builds the intervals of every register (physical ones included) of the function. */
function buildIntervals(mf: MFunction, unspillable: Set<number>): Intervals {
  const n = mf.regCount;
  const words = (n + 31) >>> 5;
  const blocks = mf.blocks;
  const nb = blocks.length;
  const { refs, at } = references(mf);
  // The sets of block k are words k*words ... k*words+words-1 of each array.
  const gen = GEN.u32(nb * words);
  const kill = KILL.u32(nb * words);
  const first = FIRST.i32(nb + 1);
  let pos = 0;
  for (let k = 0; k < nb; k++) {
    first[k] = pos;
    const base = k * words;
    const end = pos + blocks[k].insts.length;
    for (; pos < end; pos++) {
      for (let x = at[2 * pos], e = at[2 * pos + 1]; x < e; x++) {
        const r = refs[x];
        if (!(kill[base + (r >>> 5)] & (1 << (r & 31)))) gen[base + (r >>> 5)] |= 1 << (r & 31);
      }
      for (let x = at[2 * pos + 1], e = at[2 * pos + 2]; x < e; x++) {
        const r = refs[x];
        kill[base + (r >>> 5)] |= 1 << (r & 31);
      }
    }
  }
  first[nb] = pos;
  // live-in(b) = gen(b) U (live-out(b) - kill(b)); live-out(b) = U live-in(successors).
  const liveIn = LIVE_IN.u32(nb * words);
  const liveOut = LIVE_OUT.u32(nb * words);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = nb - 1; k >= 0; k--) {
      const base = k * words;
      const succs = blocks[k].succs;
      for (let x = 0; x < succs.length; x++) {
        const s = succs[x] * words;
        for (let w = 0; w < words; w++) liveOut[base + w] |= liveIn[s + w];
      }
      for (let w = 0; w < words; w++) {
        const v = (gen[base + w] | (liveOut[base + w] & ~kill[base + w])) >>> 0;
        if (v !== liveIn[base + w]) {
          liveIn[base + w] = v;
          changed = true;
        }
      }
    }
  }

  // Ranges are found backwards, each before those found so far (`addRange`).
  const head = HEAD.i32(n);
  nodeCount = 0;
  const depth = loopDepths(mf);
  const weight = WEIGHT.f64(n);
  const byte = BYTE.u32(n);
  mf.byteRegs.forEach((r) => (byte[r] = 1));
  const live = LIVE.u32(words);
  for (let k = nb - 1; k >= 0; k--) {
    const from = 2 * first[k];
    const to = 2 * first[k + 1] - 1;
    for (let w = 0; w < words; w++) live[w] = liveOut[k * words + w];
    for (let w = 0; w < words; w++) {
      let bits = live[w];
      while (bits !== 0) {
        const bit = 31 - Math.clz32(bits);
        bits &= ~(1 << bit);
        addRange(head, w * 32 + bit, from, to);
      }
    }
    const freq = POWERS_OF_10[Math.min(depth[k], 6)];
    for (let n = first[k + 1] - 1; n >= first[k]; n--) {
      const p = 2 * n;
      for (let x = at[2 * n + 1], e = at[2 * n + 2]; x < e; x++) {
        const r = refs[x];
        weight[r] += freq;
        if (live[r >>> 5] & (1 << (r & 31))) {
          nodeFrom[head[r] - 1] = p + 1;
          live[r >>> 5] &= ~(1 << (r & 31));
        } else addRange(head, r, p + 1, p + 1);
      }
      for (let x = at[2 * n], e = at[2 * n + 1]; x < e; x++) {
        const r = refs[x];
        weight[r] += freq;
        addRange(head, r, from, p);
        live[r >>> 5] |= 1 << (r & 31);
      }
    }
  }
  const iv = INTERVALS;
  iv.size = n;
  iv.reserve(n);
  iv.used = 0;
  iv.reservePool(2 * nodeCount);
  const pool = iv.pool;
  for (let r = 0; r < n; r++) {
    // The list from its head is in increasing order.
    const start = iv.used;
    let length = 0;
    for (let x = head[r] - 1; x >= 0; x = nodeNext[x]) {
      pool[iv.used++] = nodeFrom[x];
      pool[iv.used++] = nodeTo[x];
      length += nodeTo[x] - nodeFrom[x] + 1;
    }
    iv.first[r] = start;
    iv.count[r] = iv.used - start;
    iv.uses[r] = weight[r];
    iv.weight[r] = unspillable.size > 0 && unspillable.has(r) ? Infinity : weight[r] / (length + 1);
    iv.byte[r] = byte[r];
    iv.assigned[r] = r < FIRST_VREG ? r : -1;
  }
  return iv;
}

/**
 * Hints: the registers each virtual register is copied from or to, in the order of the copies.
 * Found once: a spill only turns copies into loads and stores, and a hint naming a spilled
 * register is never taken (it has no register), so those of the first round hold for the next.
 * Register r's hints are a list through `next` from `first[r]` (a hint's number + 1, 0 for none;
 * registers numbered from `count` on have none). (Before: an array per register, most of them
 * registers copied once or twice, each given room for 16 at its first push.)
 */
interface Hints {
  count: number;
  first: Int32Array;
  last: Int32Array;
  reg: Int32Array;
  next: Int32Array;
}

const HINT_FIRST = new Scratch();
const HINT_LAST = new Scratch();
const HINT_REG = new Scratch();
const HINT_NEXT = new Scratch();

function copyHints(mf: MFunction): Hints {
  let copies = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) copies += mf.blocks[bk].insts.length;
  const hints: Hints = {
    count: mf.regCount,
    first: HINT_FIRST.i32(mf.regCount),
    last: HINT_LAST.i32(mf.regCount),
    reg: HINT_REG.i32(2 * copies),
    next: HINT_NEXT.i32(2 * copies),
  };
  let n = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) {
    const b = mf.blocks[bk];
    for (let x = 0; x < b.insts.length; x++) {
      const i = b.insts[x];
      if (isCopy(i)) {
        const d = (i.ops[0] as { r: number }).r;
        const s = (i.ops[1] as { r: number }).r;
        n = hint(hints, n, d, s);
        n = hint(hints, n, s, d);
      }
    }
  }
  return hints;
}

/** Appends `b` to the hints of `a` (a virtual register) as hint number `n`; returns the next number. */
function hint(hints: Hints, n: number, a: number, b: number): number {
  if (a < FIRST_VREG) return n;
  hints.reg[n] = b;
  hints.next[n] = 0;
  if (hints.first[a] === 0) hints.first[a] = n + 1;
  else hints.next[hints.last[a] - 1] = n + 1;
  hints.last[a] = n + 1;
  return n + 1;
}

const ORDER = new Scratch();
const ACTIVE = new Scratch();

/** One scan: assigns registers, returns the virtual registers that must spill. */
function scan(mf: MFunction, iv: Intervals, hints: Hints, allocatable: number[]): number[] {
  const { pool, first, count, weight, assigned } = iv;
  // By start, then register: an insertion sort, taking the registers in increasing order (equal
  // starts stay in it) -- they are mostly numbered in the order their intervals start.
  const order = ORDER.i32(iv.size);
  let length = 0;
  let sorted = true;
  for (let r = FIRST_VREG; r < iv.size; r++) {
    if (count[r] === 0) continue;
    const start = pool[first[r]];
    let k = length++;
    // (Out of order too often -- registers the spill made, numbered after all the others -- an
    //  insertion sort is quadratic: a sort takes over.)
    if (!sorted) order[k] = r;
    else {
      for (; k > 0 && pool[first[order[k - 1]]] > start; k--) order[k] = order[k - 1];
      order[k] = r;
      if (length - k > 64) sorted = false;
    }
  }
  if (!sorted) order.subarray(0, length).sort((x, y) => pool[first[x]] - pool[first[y]] || x - y);
  // The registers of the intervals assigned a register that may still overlap: the first
  // `activeCount` of `active`.
  const active = ACTIVE.i32(length);
  let activeCount = 0;
  const spilled: number[] = [];
  for (let n = 0; n < length; n++) {
    const cur = order[n];
    const curFirst = first[cur];
    const curEnd = curFirst + count[cur];
    const start = pool[curFirst];
    // Keep the active intervals that are still assigned and not over (in place, in order).
    let kept = 0;
    for (let k = 0; k < activeCount; k++) {
      const a = active[k];
      if (assigned[a] >= 0 && pool[first[a] + count[a] - 1] >= start) active[kept++] = a;
    }
    activeCount = kept;
    const candidates = iv.byte[cur] === 1 ? BYTE_REGS : allocatable;
    let chosen = -1;
    for (let x = cur < hints.count ? hints.first[cur] - 1 : -1; x >= 0; x = hints.next[x] - 1) {
      const h = hints.reg[x];
      const r = h < FIRST_VREG ? h : assigned[h];
      if (r >= 0 && candidates.includes(r) && free(iv, active, activeCount, r, cur)) {
        chosen = r;
        break;
      }
    }
    for (let k = 0; chosen < 0 && k < candidates.length; k++)
      if (free(iv, active, activeCount, candidates[k], cur)) chosen = candidates[k];
    if (chosen < 0) {
      // Evict the cheapest set of intervals in the way, if they cost less than this one.
      let best = -1;
      let bestCost = Infinity;
      for (let k = 0; k < candidates.length; k++) {
        const r = candidates[k];
        if (intersect(pool, first[r], first[r] + count[r], curFirst, curEnd)) continue;
        let cost = 0;
        for (let x = 0; x < activeCount; x++) {
          const a = active[x];
          if (assigned[a] === r && intersect(pool, first[a], first[a] + count[a], curFirst, curEnd))
            cost += weight[a];
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = r;
        }
      }
      if (best >= 0 && bestCost < weight[cur]) {
        for (let x = 0; x < activeCount; x++) {
          const a = active[x];
          if (
            assigned[a] === best &&
            intersect(pool, first[a], first[a] + count[a], curFirst, curEnd)
          ) {
            assigned[a] = -1;
            spilled.push(a);
          }
        }
        chosen = best;
      } else {
        if (weight[cur] === Infinity)
          throw new Error(`internal: no register for v${cur} in ${mf.name}`);
        spilled.push(cur);
        continue;
      }
    }
    assigned[cur] = chosen;
    active[activeCount++] = cur;
  }
  return spilled;
}

/** Whether register `r` is free for all of `cur`'s interval (`active`: as in `scan`). */
function free(
  iv: Intervals,
  active: Int32Array,
  activeCount: number,
  r: number,
  cur: number,
): boolean {
  const { pool, first, count, assigned } = iv;
  const curFirst = first[cur];
  const curEnd = curFirst + count[cur];
  // (A physical register's interval is its fixed ranges.)
  if (intersect(pool, first[r], first[r] + count[r], curFirst, curEnd)) return false;
  for (let k = 0; k < activeCount; k++) {
    const a = active[k];
    if (assigned[a] === r && intersect(pool, first[a], first[a] + count[a], curFirst, curEnd))
      return false;
  }
  return true;
}

/**
 * Where `spill` put the instructions of the function, by their old numbers n (layout order):
 * `first[n]` is the new number of the first instruction written for n (a load before it, or n
 * itself; for a dropped n, of the next one), `at[n]` n's own new number (-1: dropped). `fresh`
 * holds, for each new register, its number and the first and last positions of its interval.
 * `exact` is false when the old intervals cannot simply be renumbered: a block left empty, or
 * stores after a block's last instruction (where a register written there and one live into the
 * next block would be told apart only by liveness).
 */
interface Renumbering {
  first: Int32Array;
  at: Int32Array;
  fresh: number[];
  exact: boolean;
}

const FIRST_AT = new Scratch();
const AT_NEW = new Scratch();
const HOME_OF = new Scratch();

/**
 * The stack homes of the registers being spilled: `of[r]` is r's index in `slots` + 1 (0: r is not
 * spilled) for the registers numbered before the spill, `count` of them (the new ones it makes
 * are never spilled). (A typed array by register number: the rewrite asks it of every operand
 * of the function; it was a Map.)
 */
interface Homes {
  of: Int32Array;
  count: number;
  slots: MMem[];
}

function homeOf(homes: Homes, r: number): number {
  return r >= 0 && r < homes.count ? homes.of[r] : 0;
}

/** Rewrites the function so that the spilled registers live in stack slots. */
function spill(mf: MFunction, regs: number[], unspillable: Set<number>): Renumbering {
  const homes: Homes = { of: HOME_OF.i32(mf.regCount), count: mf.regCount, slots: [] };
  for (const r of regs) {
    const arg = mf.argHome.get(r);
    if (arg !== undefined) {
      homes.slots.push(memory({ disp: arg, frame: "arg" }));
    } else {
      homes.slots.push(memory({ frame: "slot", slot: mf.slots.length }));
      mf.slots.push({ size: 4, align: 4 });
    }
    homes.of[r] = homes.slots.length;
  }
  let count = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) count += mf.blocks[bk].insts.length;
  const moved: Renumbering = {
    first: FIRST_AT.i32(count),
    at: AT_NEW.i32(count),
    fresh: [],
    exact: true,
  };
  let n = 0;
  let base = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) {
    const b = mf.blocks[bk];
    const insts = b.insts;
    // The block's new list, made at its first instruction the spill changes (most blocks have
    // none and keep theirs: no copy of them, instruction by instruction).
    let out: MInst[] | null = null;
    for (let x = 0; x < insts.length; x++, n++) {
      const i = insts[x];
      const length = out === null ? x : out.length;
      moved.first[n] = base + length;
      let touched = false;
      const ops = i.ops;
      for (let k = 0; k < ops.length; k++) {
        const o = ops[k];
        if (o.k === "reg") {
          if (homeOf(homes, o.r) !== 0) touched = true;
        } else if (o.k === "mem") {
          if (homeOf(homes, o.base) !== 0 || homeOf(homes, o.index) !== 0) touched = true;
        }
      }
      if (!touched) {
        moved.at[n] = base + length;
        if (out !== null) out.push(i);
        continue;
      }
      if (out === null) out = insts.slice(0, x);
      const mark = moved.fresh.length;
      const stores = rewriteInst(i, homes, mf, unspillable, out, moved);
      if (stores < 0) {
        moved.at[n] = -1;
        if (moved.fresh.length > mark) moved.exact = false;
        continue;
      }
      const at = base + out.length - 1 - stores;
      moved.at[n] = at;
      if (stores > 0 && x === insts.length - 1) moved.exact = false;
      // Intervals of the new registers: from their load (or `i`) to their store (or `i`).
      const fresh = moved.fresh;
      for (let k = mark; k < fresh.length; k += 3) {
        fresh[k + 1] = fresh[k + 1] >= 0 ? 2 * (base + fresh[k + 1]) + 1 : 2 * at + 1;
        fresh[k + 2] = fresh[k + 2] >= 0 ? 2 * (at + 1 + fresh[k + 2]) : 2 * at;
      }
    }
    if (out !== null) b.insts = out;
    const length = out === null ? insts.length : out.length;
    if (length === 0) moved.exact = false;
    base += length;
  }
  return moved;
}

/**
 * The spilled registers one instruction names (`rewriteInst`'s, reused: at most a few), the
 * first `spilledHereCount`.
 */
const spilledHere: number[] = [];
let spilledHereCount = 0;

/** Adds `r` to `spilledHere` unless it is there. */
function noteSpilled(r: number): void {
  for (let k = 0; k < spilledHereCount; k++) if (spilledHere[k] === r) return;
  spilledHere[spilledHereCount++] = r;
}

/**
 * Appends `i` rewritten, with its loads and stores, to `out`; returns the number of stores after
 * it (-1: `i` dropped). Each new register goes to `moved.fresh` with the index in `out` of its load
 * and the index of its store among those after `i` (-1: none). (Loops over the operands, not a Set,
 * forEach and map with closures per instruction.)
 */
function rewriteInst(
  i: MInst,
  homes: Homes,
  mf: MFunction,
  unspillable: Set<number>,
  out: MInst[],
  moved: Renumbering,
): number {
  const roles = operandRoles(i);
  let after: MInst[] | undefined;
  // Each spilled register of the instruction: in place as memory, or through a short register.
  spilledHereCount = 0;
  for (let k = 0; k < i.ops.length; k++) {
    const o = i.ops[k];
    if (o.k === "reg") {
      if (homeOf(homes, o.r) !== 0) noteSpilled(o.r);
    } else if (o.k === "mem") {
      if (homeOf(homes, o.base) !== 0) noteSpilled(o.base);
      if (homeOf(homes, o.index) !== 0) noteSpilled(o.index);
    }
  }
  for (let s = 0; s < spilledHereCount; s++) {
    const r = spilledHere[s];
    const slot = homes.slots[homes.of[r] - 1];
    const ops = i.ops;
    // The operands that are r (their count, the first of them), and whether an address reads r.
    let positions = 0;
    let position = -1;
    let inAddress = false;
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (o.k === "reg") {
        if (o.r === r) {
          if (positions++ === 0) position = k;
        }
      } else if (o.k === "mem" && (o.base === r || o.index === r)) inAddress = true;
    }
    if (!inAddress && positions === 1 && acceptsMemory(i, position)) {
      const o = ops[position] as { size: 8 | 16 | 32 };
      // A parameter loaded from its own argument slot needs no load at all.
      if (i.op === "mov" && position === 0 && sameHome(ops[1], slot)) return -1;
      ops[position] = { ...slot, size: o.size };
      continue;
    }
    const t = mf.regCount++;
    unspillable.add(t);
    if (mf.byteRegs.has(r)) mf.byteRegs.add(t);
    let read = inAddress;
    let written = false;
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (o.k !== "reg" || o.r !== r) continue;
      if (roles[k] & USE) read = true;
      if (roles[k] & DEF) written = true;
      // (Liveness takes an operand without a role as read.)
      if (roles[k] === undefined) moved.exact = false;
    }
    moved.fresh.push(t, read ? out.length : -1, written ? (after?.length ?? 0) : -1);
    if (read) out.push(instruction("mov", [reg(t), { ...slot, size: 32 }]));
    if (written) (after ??= []).push(instruction("mov", [{ ...slot, size: 32 }, reg(t)]));
    // The operands renamed in new objects (an operand object may be shared with another
    // instruction, which keeps its register).
    const renamed: MOperand[] = [];
    for (let k = 0; k < ops.length; k++) {
      const o = ops[k];
      if (o.k === "reg" && o.r === r) renamed.push({ ...o, r: t });
      else if (o.k === "mem" && (o.base === r || o.index === r))
        renamed.push({ ...o, base: o.base === r ? t : o.base, index: o.index === r ? t : o.index });
      else renamed.push(o);
    }
    i.ops = renamed;
  }
  out.push(i);
  if (after === undefined) return 0;
  for (let k = 0; k < after.length; k++) out.push(after[k]);
  return after.length;
}

function sameHome(o: MOperand, slot: MMem): boolean {
  return (
    o.k === "mem" &&
    o.frame === slot.frame &&
    o.frame === "arg" &&
    o.disp === slot.disp &&
    o.base < 0 &&
    o.index < 0
  );
}

/**
 * The intervals of the function `spill` rewrote, from those it had before (changed in place).
 * Interval starts are definitions (odd positions) or block starts (even: the block's first
 * instruction, whose loads the register is live across); ends are reads (even) or definitions
 * and block ends (odd). Ranges that the dropped instructions separated are joined.
 */
function renumber(mf: MFunction, iv: Intervals, spilled: number[], moved: Renumbering): Intervals {
  const { first, at, fresh } = moved;
  // A spilled register is no longer named anywhere.
  for (let k = 0; k < spilled.length; k++) {
    iv.count[spilled[k]] = 0;
    iv.uses[spilled[k]] = 0;
  }
  const pool = iv.pool;
  for (let r = 0; r < iv.size; r++) {
    const from = iv.first[r];
    const to = from + iv.count[r];
    let kept = from;
    let length = 0;
    for (let k = from; k < to; k += 2) {
      const s = pool[k];
      const e = pool[k + 1];
      const start = s & 1 ? 2 * at[s >>> 1] + 1 : 2 * first[s >>> 1];
      const n = e >>> 1;
      const end = e & 1 ? (at[n] >= 0 ? 2 * at[n] + 1 : 2 * first[n] - 1) : 2 * at[n];
      if (kept > from && start <= pool[kept - 1] + 1) {
        length += end - pool[kept - 1];
        pool[kept - 1] = end;
      } else {
        length += end - start + 1;
        pool[kept++] = start;
        pool[kept++] = end;
      }
    }
    iv.count[r] = kept - from;
    // (The new registers of earlier spills, unspillable, keep an infinite weight.)
    if (iv.weight[r] !== Infinity) iv.weight[r] = iv.uses[r] / (length + 1);
    iv.assigned[r] = r < FIRST_VREG ? r : -1;
  }
  iv.reserve(mf.regCount);
  iv.reservePool(2 * (fresh.length / 3));
  for (let k = 0; k < fresh.length; k += 3) {
    const r = fresh[k];
    iv.first[r] = iv.used;
    iv.count[r] = 2;
    iv.pool[iv.used++] = fresh[k + 1];
    iv.pool[iv.used++] = fresh[k + 2];
    iv.uses[r] = 0;
    iv.weight[r] = Infinity;
    iv.byte[r] = mf.byteRegs.has(r) ? 1 : 0;
    iv.assigned[r] = -1;
  }
  iv.size = mf.regCount;
  return iv;
}

/** Allocates registers: afterwards every register operand of `mf` is physical. */
export function allocateRegisters(mf: MFunction, framePointer = false): AllocationResult {
  const allocatable = framePointer ? ALLOCATABLE.filter((r) => r !== EBP) : ALLOCATABLE;
  const unspillable = new Set<number>();
  let intervals = buildIntervals(mf, unspillable);
  const hints = copyHints(mf);
  for (let round = 1; ; round++) {
    if (round > 20) throw new Error(`internal: register allocation of ${mf.name} does not converge`); // prettier-ignore
    const spilled = scan(mf, intervals, hints, allocatable);
    if (spilled.length > 0) {
      const moved = spill(mf, spilled, unspillable);
      intervals = moved.exact
        ? renumber(mf, intervals, spilled, moved)
        : buildIntervals(mf, unspillable);
      continue;
    }
    const assigned = intervals.assigned;
    const phys = (r: number) => (r < FIRST_VREG ? r : assigned[r]);
    // The callee-saved registers written, as a mask over register numbers; a copy made useless
    // by the assignment is dropped by compacting the block's list in place. (Before: a Set, and
    // each instruction's definitions gathered into an array emptied by `length = 0`; that loop
    // was a quarter of the allocator's self time.)
    let saved = 0;
    const savable = framePointer ? CALLEE_SAVED_MASK & ~(1 << EBP) : CALLEE_SAVED_MASK;
    for (let bk = 0; bk < mf.blocks.length; bk++) {
      const insts = mf.blocks[bk].insts;
      let kept = 0;
      for (let x = 0; x < insts.length; x++) {
        const i = insts[x];
        const ops = i.ops;
        // In place: an operand object shared by two instructions names the same register in
        // both, and a physical register maps to itself.
        for (let k = 0; k < ops.length; k++) {
          const o = ops[k];
          if (o.k === "reg") {
            if (o.r >= FIRST_VREG) {
              if (assigned[o.r] < 0)
                throw new Error(`internal: v${o.r} has no register in ${mf.name}`);
              o.r = assigned[o.r];
            }
          } else if (o.k === "mem") {
            if (o.base >= 0) o.base = phys(o.base);
            if (o.index >= 0) o.index = phys(o.index);
          }
        }
        if (isCopy(i) && (ops[0] as { r: number }).r === (ops[1] as { r: number }).r) continue;
        // Only a callee-saved register not yet known to be written needs the operand's role
        // (the others do not count), so most instructions need no `operandRoles`.
        for (let k = 0; k < ops.length; k++) {
          const o = ops[k];
          if (o.k === "reg" && CALLEE_SAVED_MASK & ~saved & (1 << o.r))
            if ((operandRoles(i)[k] ?? USE) & DEF) saved |= 1 << o.r;
        }
        const defs = i.defs;
        if (defs) for (let k = 0; k < defs.length; k++) saved |= 1 << defs[k];
        insts[kept++] = i;
      }
      // (Popped, not `insts.length = kept`: setting a shorter length calls into V8's runtime.)
      while (insts.length > kept) insts.pop();
    }
    saved &= savable;
    return { calleeSaved: CALLEE_SAVED.filter((r) => saved & (1 << r)), rounds: round };
  }
}
