// The -O1 pipeline: each pass of compiler/ir does one thing; this file runs them in order, again
// while any of them still changes something (bounded: each round only shrinks the function).
//
//   fold (constants) → strength → copy → cse → copy → dead code
//
// The passes run on every function of a unit, two rounds or more each: their walks over blocks
// and instructions are hot paths. They index the arrays rather than use `for…of`, which
// allocates an iterator result per step in code from V8's mid-tier compiler (logosc runs without
// the optimising one: driver.ts), and they keep their maps and arrays for the whole function, or
// from one function to the next (scratch.ts), rather than make them per block.
import type { Function, Module } from "./ir.ts";
import { copyEffects, mayMerge, propagateCopies, replacedIn } from "./copy.ts";
import { Scratch } from "./scratch.ts";
import { eliminateCommonSubexpressions } from "./cse.ts";
import { deadEffects, flowMayHaveLeftDeadCode, removeDeadCode } from "./dead.ts";
import { foldConstants } from "./fold.ts";
import { reduceStrength } from "./strength.ts";

// A pass is run only when it may find something. Each pass goes to its own fixpoint: run again
// on what it left, it would find nothing (`checkSkips` has the tests make sure). So it need run
// again only after another pass changed something it looks at, and a pass skipped is one that
// would have changed nothing: the output is the same. What may give each pass work:
//  - constant folding: a temporary now assigned once (an assignment dropped by dead code, or
//    with a block no path reaches), two operands made one temporary (`sub %a, %a`: copies),
//    blocks merged (a constant assignment now in the block of a read), a copy merged into the
//    instruction before it, any strength reduction (its new instructions);
//  - strength reduction: a multiplication or division whose operand changed (folding, copies)
//    or that moved (a merge of copy propagation);
//  - copy propagation: new copies (folding's identities, cse), a temporary now assigned once or
//    no longer reassigned between a copy and a read (dropped assignments), a result now read only
//    by the copy after it (dropped reads, when some instruction is followed by a copy of its
//    result: `mayMerge`), merged or dropped blocks, any folding or strength reduction;
//  - cse, which works within blocks: operands replaced (folding, copies: only in those blocks),
//    an assignment dropped between two instances of an expression, merged blocks;
//  - dead code's sweep: any read dropped or replaced, by any pass (dead.ts: flowMayHaveLeftDeadCode).
// (Measured on the 10,000-line bench program's IR, callgrind: optimising it 1,179M → 907M
// instructions; on bench.c the passes run ~13 times per function instead of 23.)
const FOLD = 1;
const STRENGTH = 2;
const COPY = 4;
const CSE = 8;
const SWEEP = 16;
const ALL = FOLD | STRENGTH | COPY | CSE | SWEEP;

/** The blocks, by position, where cse may find something when not all may (see below). */
const CSE_BLOCKS = new Scratch();

/**
 * Optimises `fn` in place. With `checkSkips` (the tests), each pass skipped is run anyway, and
 * an error thrown if it changes something: a skip that was not sound.
 */
export function optimizeFunction(fn: Function, checkSkips = false): void {
  const check = (changed: boolean, pass: string): void => {
    if (changed) throw new Error(`opt: ${pass} skipped on $${fn.name}, yet it had work`);
  };
  /** The passes that may find something. */
  let stale = ALL;
  // Cse works within blocks: when only copy propagation has given it work, only in the blocks
  // where it replaced operands (`cseSome`, `cseBlocks`).
  let cseSome = false;
  let cseBlocks = CSE_BLOCKS.u32(fn.blocks.length);
  const copies = (): boolean => {
    if ((stale & COPY) === 0) {
      if (checkSkips) check(propagateCopies(fn), "copy propagation");
      return false;
    }
    stale &= ~COPY;
    if (!propagateCopies(fn)) return false;
    stale |= SWEEP;
    if ((stale & CSE) === 0) {
      if (!cseSome) cseBlocks = CSE_BLOCKS.u32(fn.blocks.length);
      cseSome = true;
      for (let k = 0; k < fn.blocks.length; k++) cseBlocks[k] |= replacedIn[k];
    }
    if (copyEffects.merged) stale = ALL;
    if (copyEffects.sameOperands) stale |= FOLD;
    if (copyEffects.division) stale |= STRENGTH;
    return true;
  };
  for (let round = 0; round < 8; round++) {
    let changed = false;
    if (stale & FOLD) {
      stale &= ~FOLD;
      if (foldConstants(fn)) ((changed = true), (stale |= ALL & ~FOLD));
    } else if (checkSkips) check(foldConstants(fn), "folding");
    if (stale & STRENGTH) {
      stale &= ~STRENGTH;
      if (reduceStrength(fn)) ((changed = true), (stale |= ALL & ~STRENGTH));
    } else if (checkSkips) check(reduceStrength(fn), "strength reduction");
    if (copies()) changed = true;
    if ((stale & CSE) !== 0 || cseSome) {
      const only = (stale & CSE) !== 0 ? undefined : cseBlocks;
      stale &= ~CSE;
      cseSome = false;
      if (eliminateCommonSubexpressions(fn, only)) ((changed = true), (stale |= COPY | SWEEP));
      if (checkSkips && only) check(eliminateCommonSubexpressions(fn), "cse (other blocks)");
    } else if (checkSkips) check(eliminateCommonSubexpressions(fn), "cse");
    if (copies()) changed = true;
    const sweep = (stale & SWEEP) !== 0;
    stale &= ~SWEEP;
    if (removeDeadCode(fn, sweep)) {
      changed = true;
      if (deadEffects.reassignmentDropped || deadEffects.blocksChanged) stale |= FOLD | COPY | CSE;
      const readsDropped = deadEffects.instructionsDropped || flowMayHaveLeftDeadCode();
      if (readsDropped && mayMerge(fn)) stale |= COPY;
    }
    if (flowMayHaveLeftDeadCode()) stale |= SWEEP;
    if (!changed) return;
  }
}

export function optimizeModule(m: Module): void {
  for (const f of m.functions) optimizeFunction(f);
}
