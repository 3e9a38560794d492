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
// interval — first one it is copied from or to (a hint, so the copy disappears), then any, the
// byte registers only for values used as bytes. When none is free, the interval whose spill costs
// least (uses and definitions weighted by 10^loop depth, divided by length) goes to memory: the
// current one, or the ones in the way. A spilled register is then read in place from its stack
// slot where the instruction accepts a memory operand, or through a new register living for one
// instruction; parameters spill to the argument they came from. Then the scan runs again, until
// nothing spills — the one-instruction registers cannot be spilled, so it ends.
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
 * reads `refs[at[2n] … at[2n+1])` and writes `refs[at[2n+1] … at[2n+2])`. `refs` is a buffer
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
  const push = (r: number): void => {
    if (length === refs.length) {
      const bigger = new Int32Array(2 * refs.length);
      bigger.set(refs);
      refs = refBuffer = bigger;
    }
    refs[length++] = r;
  };
  let n = 0;
  for (let bk = 0; bk < mf.blocks.length; bk++) {
    const b = mf.blocks[bk];
    const insts = b.insts;
    for (let x = 0; x < insts.length; x++) {
      const i = insts[x];
      const roles = operandRoles(i);
      const ops = i.ops;
      // Reads: registers read as operands, address registers, fixed registers used.
      at[n++] = length;
      for (let k = 0; k < ops.length; k++) {
        const o = ops[k];
        if (o.k === "reg") {
          if ((roles[k] ?? USE) & USE) push(o.r);
        } else if (o.k === "mem") {
          if (o.base >= 0) push(o.base);
          if (o.index >= 0) push(o.index);
        }
      }
      if (i.uses) for (let k = 0; k < i.uses.length; k++) push(i.uses[k]);
      // Writes.
      at[n++] = length;
      for (let k = 0; k < ops.length; k++) {
        const o = ops[k];
        if (o.k === "reg" && (roles[k] ?? USE) & DEF) push(o.r);
      }
      if (i.defs) for (let k = 0; k < i.defs.length; k++) push(i.defs[k]);
    }
  }
  at[n] = length;
  return { refs, at };
}

interface Interval {
  reg: number;
  /** Ranges [start, end] (inclusive), sorted, as a flat array. */
  ranges: number[];
  /** Uses and definitions, each weighted by 10^loop depth. */
  uses: number;
  /** The cost of spilling: `uses` divided by the interval's length (Infinity: unspillable). */
  weight: number;
  byte: boolean;
  assigned: number;
}

/** The ranges of a register that is never read or written. */
const NO_RANGES: number[] = [];

function firstIntersection(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i + 1] < b[j]) i += 2;
    else if (b[j + 1] < a[i]) j += 2;
    else return Math.max(a[i], b[j]);
  }
  return -1;
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
function buildIntervals(mf: MFunction, unspillable: Set<number>): Interval[] {
  const n = mf.regCount;
  const words = (n + 31) >>> 5;
  const blocks = mf.blocks;
  const nb = blocks.length;
  const { refs, at } = references(mf);
  // The sets of block k are words k*words … k*words+words-1 of each array.
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
  // live-in(b) = gen(b) ∪ (live-out(b) − kill(b)); live-out(b) = ∪ live-in(successors).
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

  // Ranges are built backwards, so each register's list is kept in reverse and flipped at the end.
  const rev: number[][] = new Array(n);
  const addRange = (r: number, from: number, to: number): void => {
    const l = (rev[r] ??= []);
    if (l.length > 0 && l[l.length - 2] <= to + 1) {
      if (from < l[l.length - 2]) l[l.length - 2] = from;
      if (to > l[l.length - 1]) l[l.length - 1] = to;
    } else l.push(from, to);
  };
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
        addRange(w * 32 + bit, from, to);
      }
    }
    const freq = POWERS_OF_10[Math.min(depth[k], 6)];
    for (let n = first[k + 1] - 1; n >= first[k]; n--) {
      const p = 2 * n;
      for (let x = at[2 * n + 1], e = at[2 * n + 2]; x < e; x++) {
        const r = refs[x];
        weight[r] += freq;
        if (live[r >>> 5] & (1 << (r & 31))) {
          const l = rev[r];
          l[l.length - 2] = p + 1;
          live[r >>> 5] &= ~(1 << (r & 31));
        } else addRange(r, p + 1, p + 1);
      }
      for (let x = at[2 * n], e = at[2 * n + 1]; x < e; x++) {
        const r = refs[x];
        weight[r] += freq;
        addRange(r, from, p);
        live[r >>> 5] |= 1 << (r & 31);
      }
    }
  }
  const intervals: Interval[] = [];
  for (let r = 0; r < n; r++) {
    // The pairs of `rev[r]` put in increasing order, in place.
    const ranges = rev[r] ?? NO_RANGES;
    let length = 0;
    for (let a = 0, b = ranges.length - 2; a < b; a += 2, b -= 2) {
      const start = ranges[a];
      const end = ranges[a + 1];
      ranges[a] = ranges[b];
      ranges[a + 1] = ranges[b + 1];
      ranges[b] = start;
      ranges[b + 1] = end;
    }
    for (let k = 0; k < ranges.length; k += 2) length += ranges[k + 1] - ranges[k] + 1;
    intervals.push({
      reg: r,
      ranges,
      uses: weight[r],
      weight: unspillable.size > 0 && unspillable.has(r) ? Infinity : weight[r] / (length + 1),
      byte: byte[r] === 1,
      assigned: r < FIRST_VREG ? r : -1,
    });
  }
  return intervals;
}

/**
 * Hints: the registers each virtual register is copied from or to. Found once: a spill only turns
 * copies into loads and stores, and a hint naming a spilled register is never taken (it has no
 * register), so those of the first round hold for the next.
 */
function copyHints(mf: MFunction): (number[] | undefined)[] {
  const hints: (number[] | undefined)[] = new Array(mf.regCount);
  const hint = (a: number, b: number) => {
    if (a >= FIRST_VREG) (hints[a] ??= []).push(b);
  };
  for (let bk = 0; bk < mf.blocks.length; bk++) {
    const b = mf.blocks[bk];
    for (let x = 0; x < b.insts.length; x++) {
      const i = b.insts[x];
      if (isCopy(i)) {
        const d = (i.ops[0] as { r: number }).r;
        const s = (i.ops[1] as { r: number }).r;
        hint(d, s);
        hint(s, d);
      }
    }
  }
  return hints;
}

/** One scan: assigns registers, returns the virtual registers that must spill. */
function scan(
  mf: MFunction,
  intervals: Interval[],
  hints: (number[] | undefined)[],
  allocatable: number[],
): number[] {
  const fixed: number[][] = [];
  for (let r = 0; r < FIRST_VREG; r++) fixed.push(intervals[r].ranges);
  // By start, then register: an insertion sort, taking the registers in increasing order (equal
  // starts stay in it) — they are mostly numbered in the order their intervals start.
  const order: Interval[] = [];
  let sorted = true;
  for (let r = FIRST_VREG; r < intervals.length; r++) {
    const iv = intervals[r];
    if (iv.ranges.length === 0) continue;
    let k = order.length;
    // (Out of order too often — registers the spill made, numbered after all the others — an
    //  insertion sort is quadratic: a stable sort takes over.)
    if (!sorted) order.push(iv);
    else {
      for (; k > 0 && order[k - 1].ranges[0] > iv.ranges[0]; k--) order[k] = order[k - 1];
      order[k] = iv;
      if (order.length - k > 64) sorted = false;
    }
  }
  if (!sorted) order.sort((x, y) => x.ranges[0] - y.ranges[0] || x.reg - y.reg);
  // The intervals assigned a register that may still overlap: the first `activeCount` of `active`
  // (a count, not the array's length: shortening an array costs V8 more).
  const active: Interval[] = [];
  let activeCount = 0;
  const spilled: number[] = [];
  /** Whether `r` is free for all of `cur`'s ranges. */
  const free = (r: number, cur: Interval): boolean => {
    if (firstIntersection(fixed[r], cur.ranges) >= 0) return false;
    for (let k = 0; k < activeCount; k++) {
      const a = active[k];
      if (a.assigned === r && firstIntersection(a.ranges, cur.ranges) >= 0) return false;
    }
    return true;
  };
  for (let n = 0; n < order.length; n++) {
    const cur = order[n];
    const start = cur.ranges[0];
    // Keep the active intervals that are still assigned and not over (in place, in order).
    let kept = 0;
    for (let k = 0; k < activeCount; k++) {
      const a = active[k];
      if (a.assigned >= 0 && a.ranges[a.ranges.length - 1] >= start) active[kept++] = a;
    }
    activeCount = kept;
    const candidates = cur.byte ? BYTE_REGS : allocatable;
    let chosen = -1;
    const hinted = hints[cur.reg];
    if (hinted)
      for (let k = 0; k < hinted.length; k++) {
        const h = hinted[k];
        const r = h < FIRST_VREG ? h : intervals[h].assigned;
        if (r >= 0 && candidates.includes(r) && free(r, cur)) {
          chosen = r;
          break;
        }
      }
    for (let k = 0; chosen < 0 && k < candidates.length; k++)
      if (free(candidates[k], cur)) chosen = candidates[k];
    if (chosen < 0) {
      // Evict the cheapest set of intervals in the way, if they cost less than this one.
      let best = -1;
      let bestCost = Infinity;
      for (let k = 0; k < candidates.length; k++) {
        const r = candidates[k];
        if (firstIntersection(fixed[r], cur.ranges) >= 0) continue;
        let cost = 0;
        for (let x = 0; x < activeCount; x++) {
          const a = active[x];
          if (a.assigned === r && firstIntersection(a.ranges, cur.ranges) >= 0) cost += a.weight;
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = r;
        }
      }
      if (best >= 0 && bestCost < cur.weight) {
        for (let x = 0; x < activeCount; x++) {
          const a = active[x];
          if (a.assigned === best && firstIntersection(a.ranges, cur.ranges) >= 0) {
            a.assigned = -1;
            spilled.push(a.reg);
          }
        }
        chosen = best;
      } else {
        if (cur.weight === Infinity)
          throw new Error(`internal: no register for v${cur.reg} in ${mf.name}`);
        spilled.push(cur.reg);
        continue;
      }
    }
    cur.assigned = chosen;
    active[activeCount++] = cur;
  }
  return spilled;
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

/** Rewrites the function so that the spilled registers live in stack slots. */
function spill(mf: MFunction, regs: number[], unspillable: Set<number>): Renumbering {
  const home = new Map<number, MMem>();
  for (const r of regs) {
    const arg = mf.argHome.get(r);
    if (arg !== undefined) {
      home.set(r, memory({ disp: arg, frame: "arg" }));
    } else {
      home.set(r, memory({ frame: "slot", slot: mf.slots.length }));
      mf.slots.push({ size: 4, align: 4 });
    }
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
    const out: MInst[] = [];
    for (let x = 0; x < b.insts.length; x++, n++) {
      const i = b.insts[x];
      moved.first[n] = base + out.length;
      let touched: number | undefined;
      for (let k = 0; k < i.ops.length; k++) {
        const o = i.ops[k];
        if (o.k === "reg" && home.has(o.r)) touched = o.r;
        if (o.k === "mem" && (home.has(o.base) || home.has(o.index)))
          touched = home.has(o.base) ? o.base : o.index;
      }
      if (touched === undefined) {
        moved.at[n] = base + out.length;
        out.push(i);
        continue;
      }
      const mark = moved.fresh.length;
      const stores = rewriteInst(i, home, mf, unspillable, out, moved);
      if (stores < 0) {
        moved.at[n] = -1;
        if (moved.fresh.length > mark) moved.exact = false;
        continue;
      }
      const at = base + out.length - 1 - stores;
      moved.at[n] = at;
      if (stores > 0 && x === b.insts.length - 1) moved.exact = false;
      // Intervals of the new registers: from their load (or `i`) to their store (or `i`).
      const fresh = moved.fresh;
      for (let k = mark; k < fresh.length; k += 3) {
        fresh[k + 1] = fresh[k + 1] >= 0 ? 2 * (base + fresh[k + 1]) + 1 : 2 * at + 1;
        fresh[k + 2] = fresh[k + 2] >= 0 ? 2 * (at + 1 + fresh[k + 2]) : 2 * at;
      }
    }
    if (out.length === 0) moved.exact = false;
    b.insts = out;
    base += out.length;
  }
  return moved;
}

/**
 * Appends `i` rewritten, with its loads and stores, to `out`; returns the number of stores after
 * it (-1: `i` dropped). Each new register goes to `moved.fresh` with the index in `out` of its load
 * and the index of its store among those after `i` (-1: none).
 */
function rewriteInst(
  i: MInst,
  home: Map<number, MMem>,
  mf: MFunction,
  unspillable: Set<number>,
  out: MInst[],
  moved: Renumbering,
): number {
  const roles = operandRoles(i);
  const after: MInst[] = [];
  // Each spilled register of the instruction: in place as memory, or through a short register.
  const regsHere = new Set<number>();
  for (const o of i.ops) {
    if (o.k === "reg" && home.has(o.r)) regsHere.add(o.r);
    if (o.k === "mem") {
      if (home.has(o.base)) regsHere.add(o.base);
      if (home.has(o.index)) regsHere.add(o.index);
    }
  }
  for (const r of regsHere) {
    const slot = home.get(r)!;
    const positions: number[] = [];
    let inAddress = false;
    i.ops.forEach((o, k) => {
      if (o.k === "reg" && o.r === r) positions.push(k);
      if (o.k === "mem" && (o.base === r || o.index === r)) inAddress = true;
    });
    if (!inAddress && positions.length === 1 && acceptsMemory(i, positions[0])) {
      const k = positions[0];
      const o = i.ops[k] as { size: 8 | 16 | 32 };
      // A parameter loaded from its own argument slot needs no load at all.
      if (i.op === "mov" && k === 0 && sameHome(i.ops[1], slot)) return -1;
      i.ops[k] = { ...slot, size: o.size };
      continue;
    }
    const t = mf.regCount++;
    unspillable.add(t);
    if (mf.byteRegs.has(r)) mf.byteRegs.add(t);
    let read = inAddress;
    let written = false;
    positions.forEach((k) => {
      if (roles[k] & USE) read = true;
      if (roles[k] & DEF) written = true;
      // (Liveness takes an operand without a role as read.)
      if (roles[k] === undefined) moved.exact = false;
    });
    moved.fresh.push(t, read ? out.length : -1, written ? after.length : -1);
    if (read) out.push(instruction("mov", [reg(t), { ...slot, size: 32 }]));
    if (written) after.push(instruction("mov", [{ ...slot, size: 32 }, reg(t)]));
    i.ops = i.ops.map((o): MOperand => {
      if (o.k === "reg" && o.r === r) return { ...o, r: t };
      if (o.k === "mem" && (o.base === r || o.index === r))
        return { ...o, base: o.base === r ? t : o.base, index: o.index === r ? t : o.index };
      return o;
    });
  }
  out.push(i, ...after);
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
function renumber(
  mf: MFunction,
  intervals: Interval[],
  spilled: number[],
  moved: Renumbering,
): Interval[] {
  const { first, at, fresh } = moved;
  // A spilled register is no longer named anywhere.
  for (let k = 0; k < spilled.length; k++) {
    intervals[spilled[k]].ranges = NO_RANGES;
    intervals[spilled[k]].uses = 0;
  }
  for (let r = 0; r < intervals.length; r++) {
    const iv = intervals[r];
    const ranges = iv.ranges;
    let kept = 0;
    let length = 0;
    for (let k = 0; k < ranges.length; k += 2) {
      const s = ranges[k];
      const e = ranges[k + 1];
      const start = s & 1 ? 2 * at[s >>> 1] + 1 : 2 * first[s >>> 1];
      const n = e >>> 1;
      const end = e & 1 ? (at[n] >= 0 ? 2 * at[n] + 1 : 2 * first[n] - 1) : 2 * at[n];
      if (kept > 0 && start <= ranges[kept - 1] + 1) {
        length += end - ranges[kept - 1];
        ranges[kept - 1] = end;
      } else {
        length += end - start + 1;
        ranges[kept++] = start;
        ranges[kept++] = end;
      }
    }
    if (kept < ranges.length) ranges.length = kept;
    // (The new registers of earlier spills, unspillable, keep an infinite weight.)
    if (iv.weight !== Infinity) iv.weight = iv.uses / (length + 1);
    iv.assigned = r < FIRST_VREG ? r : -1;
  }
  for (let k = 0; k < fresh.length; k += 3) {
    const r = fresh[k];
    intervals[r] = {
      reg: r,
      ranges: [fresh[k + 1], fresh[k + 2]],
      uses: 0,
      weight: Infinity,
      byte: mf.byteRegs.has(r),
      assigned: -1,
    };
  }
  return intervals;
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
    const phys = (r: number) => (r < FIRST_VREG ? r : intervals[r].assigned);
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
              if (intervals[o.r].assigned < 0)
                throw new Error(`internal: v${o.r} has no register in ${mf.name}`);
              o.r = intervals[o.r].assigned;
            }
          } else if (o.k === "mem") {
            if (o.base >= 0) o.base = phys(o.base);
            if (o.index >= 0) o.index = phys(o.index);
          }
        }
        if (isCopy(i) && (ops[0] as { r: number }).r === (ops[1] as { r: number }).r) continue;
        const roles = operandRoles(i);
        for (let k = 0; k < ops.length; k++) {
          const o = ops[k];
          if (o.k === "reg" && (roles[k] ?? USE) & DEF) saved |= 1 << o.r;
        }
        const defs = i.defs;
        if (defs) for (let k = 0; k < defs.length; k++) saved |= 1 << defs[k];
        insts[kept++] = i;
      }
      if (kept < insts.length) insts.length = kept;
    }
    saved &= savable;
    return { calleeSaved: CALLEE_SAVED.filter((r) => saved & (1 << r)), rounds: round };
  }
}
