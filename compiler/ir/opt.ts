// The -O1 pipeline: each pass of compiler/ir does one thing; this file runs them in order, again
// while any of them still changes something (bounded: each round only shrinks the function).
//
//   fold (constants) → strength → copy → cse → copy → dead code
import type { Function, Module } from "./ir.ts";
import { propagateCopies } from "./copy.ts";
import { eliminateCommonSubexpressions } from "./cse.ts";
import { removeDeadCode } from "./dead.ts";
import { foldConstants } from "./fold.ts";
import { reduceStrength } from "./strength.ts";

export function optimizeFunction(fn: Function): void {
  for (let round = 0; round < 8; round++) {
    let changed = foldConstants(fn);
    changed = reduceStrength(fn) || changed;
    changed = propagateCopies(fn) || changed;
    changed = eliminateCommonSubexpressions(fn) || changed;
    changed = propagateCopies(fn) || changed;
    changed = removeDeadCode(fn) || changed;
    if (!changed) return;
  }
}

export function optimizeModule(m: Module): void {
  for (const f of m.functions) optimizeFunction(f);
}
