// The -O1 pipeline: each pass of compiler/ir does one thing; this file runs them in order, again
// while any of them still changes something (bounded: each round only shrinks the function).
//
//   fold (constants) -> strength -> copy -> cse -> copy -> dead code
//
// The passes run on every function of a unit, two rounds or more each: their walks over blocks
// and instructions are hot paths. They index the arrays rather than use `for...of`, which
// allocates an iterator result per step in code from V8's mid-tier compiler (logosc runs without
// the optimising one: driver.ts), and they keep their maps and arrays for the whole function, or
// from one function to the next (scratch.ts), rather than make them per block.
import { type Block, type Function, type Inst, type Module, numberBlocks } from "./ir.ts";
import { copyEffects, mayMerge, propagateCopies, replacedIn } from "./copy.ts";
import { Scratch } from "./scratch.ts";
import { eliminateCommonSubexpressions } from "./cse.ts";
import { deadEffects, flowMayHaveLeftDeadCode, removeDeadCode, simplifyFlow } from "./dead.ts";
import { foldConstants } from "./fold.ts";
import { reduceStrength } from "./strength.ts";

// A pass is run only when it may find something. Each pass goes to its own fixpoint: run again
// on what it left, it would find nothing (`checkSkips` has the tests make sure). So it need run
// again only after another pass changed something it looks at, and a pass skipped is one that
// would have changed nothing: the output is the same. What may give each pass work:
//  - constant folding: a temporary now assigned once (an assignment dropped by dead code, or
//    with a block no path reaches), two operands made one temporary (`sub %a, %a`: copies), a
//    constant assignment now in the block of a read (blocks merged: `afterJunction`);
//  - strength reduction: the operand of a multiplication or division by a power of 2 replaced
//    (copies: `%x = div %x, 4` is left alone), any folding;
//  - copy propagation: new copies (folding's identities, cse), a temporary now assigned once or
//    no longer reassigned between a copy and a read (dropped assignments), a result now read only
//    by the copy after it (dropped reads, when some instruction is followed by a copy of its
//    result: `mayMerge`), merged blocks (`afterJunction`), its own merges, any folding;
//  - cse, which works within blocks: operands replaced (folding; copies: only in those blocks),
//    new instructions (strength reduction),
//    an assignment dropped between two instances of an expression, merged blocks (only those);
//  - dead code's sweep: any read dropped or replaced, by any pass (dead.ts: flowMayHaveLeftDeadCode);
//  - dead code's tidying of the flow: jumps changed (folding), a block emptied (the sweep), what
//    it left unfinished (dead.ts: `flowUnfinished`).
// (Measured on the 10,000-line bench program's IR, callgrind: optimising it 1,179M -> 907M
// instructions; on bench.c the passes run ~13 times per function instead of 23.)
const FOLD = 1;
const STRENGTH = 2;
const COPY = 4;
const CSE = 8;
const SWEEP = 16;
const FLOW = 32;
const ALL = FOLD | STRENGTH | COPY | CSE | SWEEP | FLOW;

/** The blocks where cse may find something, when not all may (see below). */
const cseBlocks: Block[] = [];
/** The same by position (`eliminateCommonSubexpressions`'s `only`). */
const CSE_ONLY = new Scratch();

/**
 * What may give folding (FOLD) and copy propagation (COPY) work in a block made of two, the
 * second part from instruction `at` on: a constant or a copy known at the end of the first part
 * (multiply-assigned temporaries: one assigned once is known everywhere already) may now be read
 * in the second, and a copy at the start of the second may now merge with the instruction before.
 */
function afterJunction(insts: Inst[], at: number): number {
  const c = insts[at];
  let enables = c !== undefined && c.op === "copy" && at > 0 && c.args[0] === insts[at - 1].dst ? COPY : 0; // prettier-ignore
  for (let x = 0; x < at; x++) {
    const i = insts[x];
    if (i.op === "copy") enables |= i.args[0].kind === "temp" ? COPY : FOLD;
  }
  return enables;
}

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
  // Cse works within blocks: when it need not walk them all (CSE not stale), it walks those in
  // `cseBlocks` (operands replaced by copy propagation, blocks merged).
  cseBlocks.length = 0;
  const copies = (): boolean => {
    if ((stale & COPY) === 0) {
      if (checkSkips) check(propagateCopies(fn), "copy propagation");
      return false;
    }
    stale &= ~COPY;
    if (!propagateCopies(fn)) return false;
    stale |= SWEEP;
    if ((stale & CSE) === 0)
      for (let k = 0; k < fn.blocks.length; k++) if (replacedIn[k]) cseBlocks.push(fn.blocks[k]);
    // (A merge, `%t = OP ...; %x = copy %t` -> `%x = OP ...`, gives folding and strength reduction
    // nothing: %t was assigned once and not a constant (else folding would have replaced the
    // copy's read), and OP's operands are as they were. It may put a copy after %x's
    // instruction, which the walk that merged has passed.)
    if (copyEffects.merged) stale |= COPY | CSE;
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
      // (What it makes gives only cse work, and dead code's sweep: shifts by 1 to 31, masks
      // neither 0 nor -1, and new temporaries, assigned once, not constant, never copies; the
      // expressions of two divisions of a value share `sar x, 31`.)
      if (reduceStrength(fn)) ((changed = true), (stale |= CSE | SWEEP));
    } else if (checkSkips) check(reduceStrength(fn), "strength reduction");
    if (copies()) changed = true;
    if ((stale & CSE) !== 0 || cseBlocks.length > 0) {
      let only: Uint32Array | undefined;
      if ((stale & CSE) === 0) {
        // (A block in the list may have been merged into another since, which is then in the
        // list too, or dropped.)
        numberBlocks(fn);
        only = CSE_ONLY.u32(fn.blocks.length);
        for (let n = 0; n < cseBlocks.length; n++) {
          const b = cseBlocks[n];
          if (fn.blocks[b.index] === b) only[b.index] = 1;
        }
      }
      stale &= ~CSE;
      cseBlocks.length = 0;
      if (eliminateCommonSubexpressions(fn, only)) ((changed = true), (stale |= COPY | SWEEP));
      if (checkSkips && only) check(eliminateCommonSubexpressions(fn), "cse (other blocks)");
    } else if (checkSkips) check(eliminateCommonSubexpressions(fn), "cse");
    if (copies()) changed = true;
    const sweep = (stale & SWEEP) !== 0;
    const flow = (stale & FLOW) !== 0;
    stale &= ~(SWEEP | FLOW);
    if (removeDeadCode(fn, sweep, flow)) {
      changed = true;
      if (deadEffects.flowUnfinished) stale |= FLOW;
      if (deadEffects.reassignmentDropped) stale |= FOLD | COPY | CSE;
      if (deadEffects.assignmentsUnreached) stale |= FOLD | COPY;
      const junctions = deadEffects.junctions;
      for (let n = 0; n < junctions.length; n += 2) {
        const b = junctions[n] as Block;
        stale |= afterJunction(b.insts, junctions[n + 1] as number);
        if ((stale & CSE) === 0) cseBlocks.push(b);
      }
      const readsDropped = deadEffects.instructionsDropped || flowMayHaveLeftDeadCode();
      if (readsDropped && mayMerge(fn)) stale |= COPY;
    }
    if (flowMayHaveLeftDeadCode()) stale |= SWEEP;
    if (checkSkips && !flow && !deadEffects.blockEmptied) check(simplifyFlow(fn), "tidying the flow"); // prettier-ignore
    // (With nothing stale and no block for cse, the next round would skip every pass; the
    // tests' `checkSkips` runs it, to check them.)
    if (!changed || (stale === 0 && cseBlocks.length === 0 && !checkSkips)) return;
  }
}

export function optimizeModule(m: Module): void {
  for (const f of m.functions) optimizeFunction(f);
}
