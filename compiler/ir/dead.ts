// Dead code: instructions whose result nobody reads, blocks nobody reaches, jumps to jumps.
//
// An instruction without side effects (not a store, call, blit or alloc) whose result is never
// read goes, and so, in turn, may the instructions that computed its operands. Divisions go too:
// a division whose result is unused cannot matter to a program without undefined behaviour.
// Then the control flow is tidied: a jump to an empty block that only jumps on goes straight to
// its end; a block reached only by a jump from its predecessor is merged into it; blocks no path
// reaches are dropped.
import {
  type Block,
  type Function,
  hasSideEffects,
  numberBlocks,
  predecessorCounts,
  removeUnreachable,
} from "./ir.ts";
import { Scratch } from "./scratch.ts";

/**
 * The pass; true if it changed anything. Without `sweep` the instructions are left alone: for a
 * caller that knows no instruction can have become dead since the last sweep (opt.ts). Without
 * `flow` the control flow is tidied only if the sweep emptied a block: for a caller that knows
 * the flow is as the last tidying left it, which would find nothing again (opt.ts).
 */
export function removeDeadCode(fn: Function, sweep = true, flow = true): boolean {
  deadEffects.reassignmentDropped = deadEffects.assignmentsUnreached = false;
  deadEffects.blockEmptied = deadEffects.flowChanged = deadEffects.flowUnfinished = false;
  deadEffects.junctions.length = 0;
  const removed = sweep && removeDeadInstructions(fn);
  deadEffects.instructionsDropped = removed;
  readDropped = false;
  if (flow || deadEffects.blockEmptied) deadEffects.flowChanged = simplifyFlow(fn);
  return deadEffects.flowChanged || removed;
}

/** Whether the last `simplifyFlow` dropped a read: a `jnz` on a temporary made a `jmp`. */
let readDropped = false;

/**
 * What the last run did that may give the other passes work (opt.ts reruns a pass only when one
 * before it may have): `instructionsDropped` by the sweep; `reassignmentDropped`, among them an
 * assignment of a temporary assigned elsewhere too (it may now be assigned once, or no longer
 * break a run of a block in which a copy or an expression holds); `assignmentsUnreached`, blocks
 * dropped (no path reaching them) with assignments in them; and the blocks merged: block
 * `junctions[2n]`'s instructions from `junctions[2n + 1]` on were another block's (what held at
 * the end of the first part may now hold in the second).
 */
export const deadEffects = {
  instructionsDropped: false,
  /** The sweep emptied a block (which the tidying may jump past). */
  blockEmptied: false,
  /** The tidying changed something. */
  flowChanged: false,
  /**
   * The tidying may find more if run again: it stopped following a chain of empty blocks (they
   * are followed only so far), or it made an empty block one that only jumps (a `jnz` with both
   * targets one) after jumps to it were threaded. Nothing else it does leaves it work: a jump
   * to an empty block that only jumps is threaded past it, so a block merged into its
   * predecessor p leaves p empty and only jumping only if p is the entry (the others such had
   * no jumps left to them: gone, as blocks no path reaches, before the merging); dropping blocks
   * no path reaches comes before the merging counts predecessors; and the merging follows each
   * chain to its end. (On the 50,000-line bench the tidying ran a second time on nearly every
   * function, and found nothing.)
   */
  flowUnfinished: false,
  reassignmentDropped: false,
  assignmentsUnreached: false,
  junctions: [] as (Block | number)[],
};

/**
 * Whether tidying the control flow, the last time, may have left an instruction dead. Nothing
 * else it does changes what is live in the blocks a path reaches: a jump threaded through empty
 * blocks has the same values live where it lands, merged blocks the same values live at their
 * ends, and what is live in a block no path reaches flows only to blocks no path reaches. Only
 * a `jnz` on a temporary made a `jmp`, when both its targets became one, reads a value less.
 */
export function flowMayHaveLeftDeadCode(): boolean {
  return readDropped;
}

/**
 * Block liveness (a backward dataflow over bit sets), then each block walked backwards dropping
 * the pure instructions whose result is not live after them. A temporary assigned in several
 * places is handled per assignment: `%x = copy 1` overwritten before any read goes. The walk
 * drops chains within a block by itself (a dropped instruction's operands are not made live);
 * across blocks, dropping reads may shrink liveness, and then walking again may drop more.
 *
 * That is done incrementally, with the same result as starting over until nothing changes:
 * only the blocks that dropped something have their sets recomputed (dropping an assignment
 * nobody reads changes no block's liveness; dropping a read may), and only the blocks whose
 * live-out set shrank are walked again -- any other block would be walked as before, to the same
 * decisions.
 */
// The arrays of removeDeadInstructions and simplifyFlow, made once and reused (scratch.ts).
const PREDS = new Scratch();
const GONE = new Scratch();
const SUCC1 = new Scratch();
const SUCC2 = new Scratch();
const GEN = new Scratch();
const KILL = new Scratch();
const LIVE_IN = new Scratch();
const LIVE_OUT = new Scratch();
const LIVE = new Scratch();
const BEFORE = new Scratch();
const OLD_GEN = new Scratch();
const TO_SWEEP = new Scratch();
const DEFS = new Scratch();

function removeDeadInstructions(fn: Function): boolean {
  const words = (fn.temps.length + 31) >>> 5;
  const blocks = fn.blocks;
  const nb = blocks.length;
  numberBlocks(fn);
  const succ1 = SUCC1.i32Kept(nb).fill(-1, 0, nb);
  const succ2 = SUCC2.i32Kept(nb).fill(-1, 0, nb);
  for (let k = 0; k < nb; k++) {
    const j = blocks[k].jump;
    if (j.kind === "jmp") succ1[k] = j.target.index;
    else if (j.kind === "jnz") {
      succ1[k] = j.then.index;
      if (j.else !== j.then) succ2[k] = j.else.index;
    }
  }
  // The sets of block k are words k*words ... k*words+words-1 of each array (not zeroed here:
  // `blockSets` and `solve` set every word).
  const size = nb * words;
  const gen = GEN.u32Kept(size);
  const kill = KILL.u32Kept(size);
  const liveIn = LIVE_IN.u32Kept(size);
  const liveOut = LIVE_OUT.u32Kept(size);
  // How many times each temporary is assigned (parameters once; counted with the first sets,
  // kept as the sweep drops assignments).
  const defs = DEFS.i32(fn.temps.length);
  for (let k = 0; k < fn.params.length; k++) defs[fn.params[k].id]++;

  // (The walks are functions of the module, given the arrays, not closures over these
  // variables: callgrind, the -O1 passes 6% fewer instructions on the bench program.)
  for (let k = 0; k < nb; k++) blockSets(blocks[k], k * words, words, gen, kill, defs);
  solve(nb, words, succ1, succ2, gen, kill, liveIn, liveOut);
  // What is live at the instruction being swept.
  const live = LIVE.u32Kept(words);
  // The blocks to sweep (all at first), then those that dropped something.
  const toSweep = TO_SWEEP.i32Kept(nb);
  let sweeps = nb;
  for (let k = 0; k < nb; k++) toSweep[k] = k;
  let removed = false;
  for (;;) {
    let dropped = 0;
    for (let n = 0; n < sweeps; n++) {
      const k = toSweep[n];
      if (sweep(blocks[k], k * words, words, live, liveOut, defs)) toSweep[dropped++] = k;
    }
    if (dropped === 0) break;
    removed = true;
    // Dropping dead instructions shrinks a block's kill set (assignments gone) and may shrink
    // its gen set (reads gone), never grows it (a read after a dropped assignment would have kept
    // it). With every gen set as it was, each block's transfer function is as before or larger,
    // so the old solution, a fixpoint still, is the least one: nothing changes, no block is
    // walked again (most sweeps after the first round: a copy dropped reads a value its block
    // computed). Then the solve is skipped.
    let genChanged = false;
    const oldGen = OLD_GEN.u32Kept(words);
    for (let n = 0; n < dropped; n++) {
      const at = toSweep[n] * words;
      for (let w = 0; w < words; w++) oldGen[w] = gen[at + w];
      blockSets(blocks[toSweep[n]], at, words, gen, kill, null);
      for (let w = 0; w < words; w++) if (gen[at + w] !== oldGen[w]) genChanged = true;
    }
    if (!genChanged) break;
    const before = BEFORE.u32Kept(size);
    for (let w = 0; w < size; w++) before[w] = liveOut[w];
    solve(nb, words, succ1, succ2, gen, kill, liveIn, liveOut);
    sweeps = 0;
    for (let k = 0; k < nb; k++)
      for (let w = k * words; w < (k + 1) * words; w++)
        if (liveOut[w] !== before[w]) {
          toSweep[sweeps++] = k;
          break;
        }
  }
  return removed;
}

/**
 * gen (read before any assignment in the block) and kill (assigned) of block b, the `words`
 * words from `at`; with `defs`, its assignments counted there.
 */
function blockSets(
  b: Block,
  at: number,
  words: number,
  gen: Uint32Array,
  kill: Uint32Array,
  defs: Int32Array | null,
): void {
  for (let w = at; w < at + words; w++) gen[w] = kill[w] = 0; // (fill() is a call, ~60 ns)
  const insts = b.insts;
  for (let x = 0; x < insts.length; x++) {
    const i = insts[x];
    // (forEachUse written out, here and in the sweep: its call of the function given is the
    // hot path's.)
    const args = i.args;
    for (let a = 0; a < args.length; a++) {
      const v = args[a];
      if (v.kind === "temp" && !(kill[at + (v.id >>> 5)] & (1 << (v.id & 31)))) gen[at + (v.id >>> 5)] |= 1 << (v.id & 31); // prettier-ignore
    }
    const callArgs = i.callArgs;
    if (callArgs)
      for (let a = 0; a < callArgs.length; a++) {
        const v = callArgs[a].value;
        if (v.kind === "temp" && !(kill[at + (v.id >>> 5)] & (1 << (v.id & 31)))) gen[at + (v.id >>> 5)] |= 1 << (v.id & 31); // prettier-ignore
      }
    const d = i.dst;
    if (d) {
      kill[at + (d.id >>> 5)] |= 1 << (d.id & 31);
      if (defs !== null) defs[d.id]++;
    }
  }
  const j = b.jump;
  const v = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
  if (v !== null && v.kind === "temp" && !(kill[at + (v.id >>> 5)] & (1 << (v.id & 31)))) gen[at + (v.id >>> 5)] |= 1 << (v.id & 31); // prettier-ignore
}

/** Live-in and live-out of every block, from nothing up to the fixpoint. */
function solve(
  nb: number,
  words: number,
  succ1: Int32Array,
  succ2: Int32Array,
  gen: Uint32Array,
  kill: Uint32Array,
  liveIn: Uint32Array,
  liveOut: Uint32Array,
): void {
  liveIn.fill(0, 0, nb * words);
  liveOut.fill(0, 0, nb * words);
  for (let changed = true; changed;) {
    changed = false;
    for (let k = nb - 1; k >= 0; k--) {
      const at = k * words;
      const s1 = succ1[k] * words;
      const s2 = succ2[k] * words;
      if (s1 >= 0) for (let w = 0; w < words; w++) liveOut[at + w] |= liveIn[s1 + w];
      if (s2 >= 0) for (let w = 0; w < words; w++) liveOut[at + w] |= liveIn[s2 + w];
      for (let w = 0; w < words; w++) {
        const v = (gen[at + w] | (liveOut[at + w] & ~kill[at + w])) >>> 0;
        if (v !== liveIn[at + w]) {
          liveIn[at + w] = v;
          changed = true;
        }
      }
    }
  }
}

/**
 * Drops the dead instructions of block b (in place), whose live-out set is the `words` words of
 * `liveOut` from `at`, keeping `defs` the assignment counts; whether it dropped any. `live` is
 * scratch.
 */
function sweep(
  b: Block,
  at: number,
  words: number,
  live: Uint32Array,
  liveOut: Uint32Array,
  defs: Int32Array,
): boolean {
  for (let w = 0; w < words; w++) live[w] = liveOut[at + w];
  const j = b.jump;
  const jv = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
  if (jv !== null && jv.kind === "temp") live[jv.id >>> 5] |= 1 << (jv.id & 31);
  const insts = b.insts;
  const n = insts.length;
  // The instructions kept are moved up to the end of the list, the last at n - 1: `top` is
  // where the one before it goes (never below the instruction being looked at).
  let top = n;
  for (let x = n - 1; x >= 0; x--) {
    const i = insts[x];
    if (i.dst) {
      const bit = 1 << (i.dst.id & 31);
      const isLive = (live[i.dst.id >>> 5] & bit) !== 0;
      if (!isLive && !hasSideEffects(i)) {
        if (defs[i.dst.id]-- > 1) deadEffects.reassignmentDropped = true;
        continue;
      }
      live[i.dst.id >>> 5] &= ~bit;
    }
    const args = i.args;
    for (let a = 0; a < args.length; a++) {
      const v = args[a];
      if (v.kind === "temp") live[v.id >>> 5] |= 1 << (v.id & 31);
    }
    const callArgs = i.callArgs;
    if (callArgs)
      for (let a = 0; a < callArgs.length; a++) {
        const v = callArgs[a].value;
        if (v.kind === "temp") live[v.id >>> 5] |= 1 << (v.id & 31);
      }
    insts[--top] = i;
  }
  if (top === 0) return false;
  for (let x = top; x < n; x++) insts[x - top] = insts[x];
  insts.length = n - top;
  if (top === n) deadEffects.blockEmptied = true;
  return true;
}

/** Threads jumps through empty blocks, merges straight-line blocks, drops unreachable ones. */
export function simplifyFlow(fn: Function): boolean {
  let changed = false;
  readDropped = false;
  deadEffects.flowUnfinished = false;
  const forward = (b: Block): Block => {
    // Follow empty blocks that only jump (with a bound, for empty infinite loops).
    for (let n = 0; b.insts.length === 0 && b.jump.kind === "jmp" && b !== fn.blocks[0]; n++) {
      if (b.jump.target === b) break;
      if (n === 16) {
        deadEffects.flowUnfinished = true;
        break;
      }
      b = b.jump.target;
    }
    return b;
  }; // prettier-ignore
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    const j = b.jump;
    if (j.kind === "jmp") {
      const t = forward(j.target);
      if (t !== j.target) ((j.target = t), (changed = true));
    } else if (j.kind === "jnz") {
      const t = forward(j.then);
      const e = forward(j.else);
      if (t !== j.then || e !== j.else) ((j.then = t), (j.else = e), (changed = true));
      if (j.then === j.else) {
        if (j.cond.kind === "temp") readDropped = true;
        b.jump = { kind: "jmp", target: j.then };
        // (An empty block that only jumps now: the jumps to it walked already go there still.)
        if (b.insts.length === 0) deadEffects.flowUnfinished = true;
      }
    }
  }
  const before = fn.blocks;
  if (removeUnreachable(fn)) {
    changed = true;
    // (The blocks kept are in their order: those of `before` not next in line were dropped.)
    for (let k = 0, kept = 0; k < before.length; k++)
      if (kept < fn.blocks.length && before[k] === fn.blocks[kept]) kept++;
      else if (before[k].insts.some((i) => i.dst !== null)) deadEffects.assignmentsUnreached = true;
  }
  // Merge b into its predecessor p when p jumps only to b and b has no other predecessor (p then
  // takes b's place as a predecessor of b's successors: the counts stay).
  const preds = predecessorCounts(fn, PREDS);
  const gone = GONE.u32(fn.blocks.length);
  let merged = false;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const p = fn.blocks[bk];
    if (gone[p.index]) continue;
    for (;;) {
      const j = p.jump;
      if (j.kind !== "jmp") break;
      const b = j.target;
      if (b === p || b === fn.blocks[0] || preds[b.index] !== 1) break;
      deadEffects.junctions.push(p, p.insts.length);
      for (let x = 0; x < b.insts.length; x++) p.insts.push(b.insts[x]);
      p.jump = b.jump;
      gone[b.index] = 1;
      merged = changed = true;
    }
  }
  if (merged) fn.blocks = fn.blocks.filter((b) => gone[b.index] === 0);
  return changed;
}
