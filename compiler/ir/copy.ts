// Copy propagation.
//
// After `%a = copy %b`, a read of %a may read %b instead when %b still holds the same value
// there. Everywhere, when both are assigned once (ir.ts: the one assignment of each reaches every
// read, so neither changes once set) -- %a's assignment then dies (dead.ts). Within a block, for
// any temporaries, until either is assigned again.
//
// The reverse case, common in lowered C (`%t = add %i, 1; %i = copy %t`), is a value computed
// only to be copied: when %t is assigned once and read only by a copy right after its assignment,
// the computation assigns the copy's target directly.
import { defUseCounts, type Function, type Temp } from "./ir.ts";
import { Scratch, Stamps } from "./scratch.ts";

/** The counts' arrays, made once and reused (scratch.ts). */
const COUNTS = { defs: new Scratch(), uses: new Scratch() };
/** What each temporary is a copy of everywhere (see below), in an array made once. */
const GLOBAL = new Scratch();
/** The block of each such copy (valid where `GLOBAL`'s element is not 0). */
const GLOBAL_BLOCK = new Scratch();
/** Whether `substitute` followed a copy made in a block other than the one it was given. */
let crossed = false;
/** The copies known within a block (see below), in arrays made once. */
const LOCAL_STAMP = new Scratch();
const SOURCE_STAMP = new Scratch();
/** The blocks' stamps, from call to call (scratch.ts: the arrays need no zeroing per call). */
const STAMPS = new Stamps(LOCAL_STAMP, SOURCE_STAMP);
const copyOf: Temp[] = [];
const copied: number[] = [];

/**
 * What the last run did that may give the other passes work (opt.ts reruns a pass only when one
 * before it may have): `merged`, two instructions made one; `sameOperands`, an instruction's
 * operands made one temporary (`sub %a, %a`: constant folding's identities); `division`, an
 * operand of a multiplication, division or remainder by a power of 2 replaced (strength reduction).
 */
export const copyEffects = { merged: false, sameOperands: false, division: false };

/**
 * Per block, by position: 1 if the last run replaced an operand of one of its instructions by
 * way of a copy made in another block -- what cse, which reads operands through the copies
 * made before them in their block as this pass does (cse.ts), could not have seen: a block
 * whose operands were replaced only through copies of its own reads for cse as it did (on the
 * 50,000-line bench, the copies cse itself made: a second walk of cse over nearly every
 * function, that found nothing).
 */
const REPLACED_IN = new Scratch();
export let replacedIn = REPLACED_IN.u32(0);

export function propagateCopies(fn: Function): boolean {
  let changed = false;
  copyEffects.merged = copyEffects.sameOperands = copyEffects.division = false;
  replacedIn = REPLACED_IN.u32(fn.blocks.length);
  const { defs, uses } = defUseCounts(fn, COUNTS);

  // One walk: the merges (%t = OP ...; %x = copy %t  ->  %x = OP ...), and the copies that hold
  // everywhere: %a = copy %b with both assigned once (by temporary: 1 + the id of what it is a
  // copy of, 0 for none). An instruction is looked at for the second once the first is done
  // with it; a merge further on only empties the count of a temporary read once, by its copy.
  const temps = fn.temps;
  const global = GLOBAL.i32(temps.length);
  const globalBlock = GLOBAL_BLOCK.i32Kept(temps.length);
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const insts = fn.blocks[bk].insts;
    const n = insts.length;
    // The instructions kept are moved down over the copies merged away, the next to `top`
    // (not spliced out one by one: in a block of n instructions with m merges, that moved
    // O(n·m) elements -- a function of 150,000 statements `s += ...`, 9 s here).
    let top = 0;
    for (let k = 0; k < n; k++) {
      const i = insts[k];
      if (top !== k) insts[top] = i;
      top++;
      let d = i.dst;
      if (!d) continue;
      const c = k + 1 < n ? insts[k + 1] : null;
      const x = c !== null && c.op === "copy" && c.args[0] === d ? c.dst : null;
      if (x && x !== d && defs[d.id] === 1 && uses[d.id] === 1 && i.op !== "alloc") {
        i.dst = x;
        defs[d.id] = 0;
        k++; // (the copy goes)
        changed = copyEffects.merged = true;
        d = x;
      }
      if (i.op === "copy" && defs[d.id] === 1) {
        const v = i.args[0];
        if (v.kind === "temp" && defs[v.id] <= 1 && v !== d) {
          global[d.id] = v.id + 1;
          globalBlock[d.id] = bk;
        }
      }
    }
    if (top < n) insts.length = top;
  }
  // Within a block: a -> b after `%a = copy %b`, until either is assigned: `copyOf[a]` when
  // `stamp[a]` is the block's (a new stamp empties the table), and the temporaries given one in
  // the block so far listed in `copied` (to forget the copies of one assigned). The arrays are
  // kept from call to call: this runs twice per round.
  let blockStamp = STAMPS.take(fn.blocks.length) - 1;
  const stamp = LOCAL_STAMP.i32Kept(fn.temps.length);
  // (A temporary some copy in the block is of has `sourceStamp` the block's: only then does its
  // assignment have copies to forget.)
  const sourceStamp = SOURCE_STAMP.i32Kept(fn.temps.length);
  let copiedCount = 0;
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    blockStamp++;
    copiedCount = 0;
    for (let x = 0; x < b.insts.length; x++) {
      const i = b.insts[x];
      if (i.op !== "alloc") {
        // (mapUses written out: its call of the function given is the hot path's.)
        const args = i.args;
        let replaced = false;
        crossed = false;
        for (let k = 0; k < args.length; k++) {
          const v = args[k];
          if (v.kind !== "temp") continue;
          const w = substitute(v, temps, global, globalBlock, bk, stamp, blockStamp);
          if (w !== v) ((args[k] = w), (replaced = changed = true));
        }
        if (replaced) {
          if (crossed) replacedIn[bk] = 1;
          if (args.length > 1 && args[0] === args[1]) copyEffects.sameOperands = true;
          const op = i.op;
          // (Only a power of 2 is reduced, and the divisor is never replaced: a constant.)
          const division = op === "mul" || op === "div" || op === "udiv" || op === "rem" || op === "urem"; // prettier-ignore
          const c = args[1];
          const m = c !== undefined && c.kind === "const" ? c.value >>> 0 : 0;
          if (division && m > 1 && (m & (m - 1)) === 0) copyEffects.division = true;
        }
        const callArgs = i.callArgs;
        if (callArgs)
          for (let k = 0; k < callArgs.length; k++) {
            const v = callArgs[k].value;
            if (v.kind !== "temp") continue;
            const w = substitute(v, temps, global, globalBlock, bk, stamp, blockStamp);
            if (w !== v) ((callArgs[k].value = w), (changed = true));
          }
      }
      const d = i.dst;
      if (!d) continue;
      stamp[d.id] = 0;
      if (sourceStamp[d.id] === blockStamp)
        for (let k = 0; k < copiedCount; k++) {
          const a = copied[k];
          if (stamp[a] === blockStamp && copyOf[a] === d) stamp[a] = 0;
        }
      const v = i.args[0];
      if (i.op === "copy" && v.kind === "temp" && v !== d) {
        stamp[d.id] = blockStamp;
        copyOf[d.id] = v;
        copied[copiedCount++] = d.id;
        sourceStamp[v.id] = blockStamp;
      }
    }
    const j = b.jump;
    const v = j.kind === "jnz" ? j.cond : j.kind === "ret" ? j.value : null;
    if (v !== null && v.kind === "temp") {
      const w = substitute(v, temps, global, globalBlock, bk, stamp, blockStamp);
      if (w !== v) {
        if (j.kind === "jnz") j.cond = w;
        else if (j.kind === "ret") j.value = w;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * What temporary `v` reads as: through the copies that hold everywhere (`global`, chains
 * followed so far), then those that hold in the block (see `propagateCopies`). A function of
 * the module, not a closure over the pass's variables: those then stay plain variables of its
 * loops (callgrind: the -O1 passes 3% fewer instructions on the bench program).
 */
function substitute(
  v: Temp,
  temps: Temp[],
  global: Int32Array,
  globalBlock: Int32Array,
  bk: number,
  stamp: Int32Array,
  blockStamp: number,
): Temp {
  let w = v;
  for (let n = 0; n < 64; n++) {
    const g = global[w.id];
    if (g === 0) break;
    if (globalBlock[w.id] !== bk) crossed = true;
    w = temps[g - 1];
  }
  return stamp[w.id] === blockStamp ? copyOf[w.id] : w;
}

/**
 * Whether some instruction is followed by a copy of its result to another temporary: what
 * `propagateCopies` merges when the result is assigned once and read only by the copy. (After
 * dead code dropped reads, a result read twice may be read once.)
 */
export function mayMerge(fn: Function): boolean {
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const insts = fn.blocks[bk].insts;
    for (let k = 1; k < insts.length; k++) {
      const c = insts[k];
      if (c.op !== "copy") continue;
      const d = insts[k - 1].dst;
      if (d !== null && c.args[0] === d && c.dst !== d) return true;
    }
  }
  return false;
}
