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
import { propagateCopies } from "./copy.ts";
import { eliminateCommonSubexpressions } from "./cse.ts";
import { flowMayHaveLeftDeadCode, removeDeadCode } from "./dead.ts";
import { foldConstants } from "./fold.ts";
import { reduceStrength } from "./strength.ts";

export function optimizeFunction(fn: Function): void {
  for (let round = 0; round < 8; round++) {
    let changed = foldConstants(fn);
    changed = reduceStrength(fn) || changed;
    changed = propagateCopies(fn) || changed;
    changed = eliminateCommonSubexpressions(fn) || changed;
    changed = propagateCopies(fn) || changed;
    // When nothing has changed since the last round's dead code, its sweep left no instruction
    // dead, and its tidying of the control flow usually none either (dead.ts): the sweep, which
    // walks every instruction, would find nothing again. (The last round of most functions.)
    const sweep = round === 0 || changed || flowMayHaveLeftDeadCode();
    changed = removeDeadCode(fn, sweep) || changed;
    if (!changed) return;
  }
}

export function optimizeModule(m: Module): void {
  for (const f of m.functions) optimizeFunction(f);
}
