// Common subexpressions within a block.
//
// Walking a block, each pure instruction is keyed by its opcode and operands (the operands of a
// commutative one sorted); a second instruction with a key already seen becomes a copy of the
// temporary that holds the first one's value — as long as that temporary and the operands have
// not been assigned since (an assignment forgets every key that mentions the temporary). Loads
// are keyed with the count of memory writes so far, so a store, a call or a blit in between
// keeps them apart. Copy propagation and dead code then finish the job.
import {
  type Function,
  LOAD_OPS,
  BINARY_OPS,
  COMPARE_OPS,
  UNARY_OPS,
  type Temp,
  type Value,
} from "./ir.ts";

const COMMUTATIVE = new Set(["add", "mul", "and", "or", "xor", "eq", "ne"]);

/** What the pass makes of each opcode: 0 not a candidate, 1 pure, 2 commutative, 3 a load. */
const KIND = new Map<string, number>();
for (const op of [...BINARY_OPS, ...COMPARE_OPS, ...UNARY_OPS])
  if (op !== "copy") KIND.set(op, COMMUTATIVE.has(op) ? 2 : 1);
for (const op of LOAD_OPS) KIND.set(op, 3);

function key(v: Value): string {
  return v.kind === "temp" ? `%${v.id}` : v.kind === "const" ? String(v.value) : `$${v.name}+${v.offset}`; // prettier-ignore
}

/** The key of a candidate: `op a,b` (a commutative one's operands in order), loads `@memory`. */
function instKey(op: string, args: Value[], kind: number, memory: number): string {
  let k: string;
  if (args.length === 2) {
    let a = key(args[0]);
    let b = key(args[1]);
    if (kind === 2 && a > b) [a, b] = [b, a];
    k = `${op} ${a},${b}`;
  } else {
    k = op + " ";
    for (let x = 0; x < args.length; x++) k += (x > 0 ? "," : "") + key(args[x]);
  }
  return kind === 3 ? `${k} @${memory}` : k;
}

export function eliminateCommonSubexpressions(fn: Function): boolean {
  let changed = false;
  // The block's table, and the keys that mention each temporary, as operand or as holder (made
  // once, emptied at each block: this runs for every function, every round).
  const table = new Map<string, Temp>();
  const mentions = new Map<number, string[]>();
  const mention = (t: Temp, k: string): void => {
    const l = mentions.get(t.id);
    if (l) l.push(k);
    else mentions.set(t.id, [k]);
  };
  for (const b of fn.blocks) {
    if (table.size > 0) table.clear(); // (clear() makes a new table even when empty)
    if (mentions.size > 0) mentions.clear();
    let memory = 0;
    for (let x = 0; x < b.insts.length; x++) {
      const i = b.insts[x];
      const op = i.op;
      const kind = KIND.get(op) ?? 0;
      let k: string | undefined;
      if (kind !== 0 && i.dst && !i.volatile) {
        k = instKey(op, i.args, kind, memory);
        const holder = table.get(k);
        if (holder !== undefined && holder !== i.dst) {
          i.op = "copy";
          i.args = [holder];
          changed = true;
        }
      }
      if (op === "call" || op === "blit" || op === "asm" || op.startsWith("store")) memory++;
      const dst = i.dst;
      if (dst) {
        // Forget what mentions the temporary assigned here.
        const l = mentions.get(dst.id);
        if (l) {
          for (let n = 0; n < l.length; n++) table.delete(l[n]);
          mentions.delete(dst.id);
        }
        // Record the value unless the instruction read what it overwrote (%x = add %x, 1).
        if (k !== undefined && i.op !== "copy" && !i.args.includes(dst)) {
          table.set(k, dst);
          for (let n = 0; n < i.args.length; n++) {
            const a = i.args[n];
            if (a.kind === "temp") mention(a, k);
          }
          mention(dst, k);
        }
      }
    }
  }
  return changed;
}
