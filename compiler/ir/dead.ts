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
  forEachUse,
  forJumpUse,
  type Function,
  hasSideEffects,
  predecessors,
  removeUnreachable,
  successors,
  type Value,
} from "./ir.ts";

export function removeDeadCode(fn: Function): boolean {
  let changed = false;
  for (let again = true; again;) {
    again = removeDeadInstructions(fn);
    if (again) changed = true;
  }
  return simplifyFlow(fn) || changed;
}

/**
 * One round: block liveness (backward dataflow over bit sets), then each block walked backwards
 * dropping the pure instructions whose result is not live after them. A temporary assigned in
 * several places is handled per assignment: `%x = copy 1` overwritten before any read goes.
 */
function removeDeadInstructions(fn: Function): boolean {
  const words = (fn.temps.length + 31) >>> 5;
  const blocks = fn.blocks;
  const index = new Map<Block, number>();
  for (let k = 0; k < blocks.length; k++) index.set(blocks[k], k);
  const succs = blocks.map((b) => successors(b.jump).map((s) => index.get(s)!));
  const gen = blocks.map(() => new Uint32Array(words));
  const kill = blocks.map(() => new Uint32Array(words));
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const g = gen[k];
    const kl = kill[k];
    const read = (v: Value): void => {
      if (v.kind === "temp" && !(kl[v.id >>> 5] & (1 << (v.id & 31)))) g[v.id >>> 5] |= 1 << (v.id & 31); // prettier-ignore
    };
    for (const i of b.insts) {
      forEachUse(i, read);
      if (i.dst) kl[i.dst.id >>> 5] |= 1 << (i.dst.id & 31);
    }
    forJumpUse(b.jump, read);
  }
  const liveIn = blocks.map(() => new Uint32Array(words));
  const liveOut = blocks.map(() => new Uint32Array(words));
  for (let changed = true; changed;) {
    changed = false;
    for (let k = blocks.length - 1; k >= 0; k--) {
      const out = liveOut[k];
      for (const s of succs[k]) {
        const si = liveIn[s];
        for (let w = 0; w < words; w++) out[w] |= si[w];
      }
      for (let w = 0; w < words; w++) {
        const v = (gen[k][w] | (out[w] & ~kill[k][w])) >>> 0;
        if (v !== liveIn[k][w]) {
          liveIn[k][w] = v;
          changed = true;
        }
      }
    }
  }
  let removed = false;
  blocks.forEach((b, k) => {
    const live = liveOut[k].slice();
    const read = (v: Value): void => {
      if (v.kind === "temp") live[v.id >>> 5] |= 1 << (v.id & 31);
    };
    forJumpUse(b.jump, read);
    const kept: typeof b.insts = [];
    for (let x = b.insts.length - 1; x >= 0; x--) {
      const i = b.insts[x];
      if (i.dst) {
        const bit = 1 << (i.dst.id & 31);
        const isLive = (live[i.dst.id >>> 5] & bit) !== 0;
        if (!isLive && !hasSideEffects(i)) {
          removed = true;
          continue;
        }
        live[i.dst.id >>> 5] &= ~bit;
      }
      forEachUse(i, read);
      kept.push(i);
    }
    b.insts = kept.reverse();
  });
  return removed;
}

/** Threads jumps through empty blocks, merges straight-line blocks, drops unreachable ones. */
export function simplifyFlow(fn: Function): boolean {
  let changed = false;
  const forward = (b: Block): Block => {
    // Follow empty blocks that only jump (with a bound, for empty infinite loops).
    for (let n = 0; n < 16 && b.insts.length === 0 && b.jump.kind === "jmp" && b !== fn.blocks[0]; n++) {
      if (b.jump.target === b) break;
      b = b.jump.target;
    }
    return b;
  }; // prettier-ignore
  for (const b of fn.blocks) {
    const j = b.jump;
    if (j.kind === "jmp") {
      const t = forward(j.target);
      if (t !== j.target) ((j.target = t), (changed = true));
    } else if (j.kind === "jnz") {
      const t = forward(j.then);
      const e = forward(j.else);
      if (t !== j.then || e !== j.else) ((j.then = t), (j.else = e), (changed = true));
      if (j.then === j.else) b.jump = { kind: "jmp", target: j.then };
    }
  }
  if (removeUnreachable(fn)) changed = true;
  // Merge b into its predecessor p when p jumps only to b and b has no other predecessor.
  const preds = predecessors(fn);
  const gone = new Set<Block>();
  for (const p of fn.blocks) {
    if (gone.has(p)) continue;
    for (;;) {
      const j = p.jump;
      if (j.kind !== "jmp") break;
      const b = j.target;
      if (b === p || b === fn.blocks[0] || preds.get(b)!.length !== 1) break;
      p.insts.push(...b.insts);
      p.jump = b.jump;
      for (const s of successors(b.jump)) {
        const ps = preds.get(s)!;
        ps[ps.indexOf(b)] = p;
      }
      gone.add(b);
      changed = true;
    }
  }
  if (gone.size > 0) fn.blocks = fn.blocks.filter((b) => !gone.has(b));
  return changed;
}
