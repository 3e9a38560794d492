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

function key(v: Value): string {
  return v.kind === "temp" ? `%${v.id}` : v.kind === "const" ? String(v.value) : `$${v.name}+${v.offset}`; // prettier-ignore
}

export function eliminateCommonSubexpressions(fn: Function): boolean {
  let changed = false;
  for (const b of fn.blocks) {
    const table = new Map<string, Temp>();
    /** The keys that mention each temporary, as operand or as holder. */
    const mentions = new Map<number, string[]>();
    let memory = 0;
    const forget = (t: Temp) => {
      for (const k of mentions.get(t.id) ?? []) table.delete(k);
      mentions.delete(t.id);
    };
    for (const i of b.insts) {
      const op = i.op;
      const pure = BINARY_OPS.has(op) || COMPARE_OPS.has(op) || (UNARY_OPS.has(op) && op !== "copy") || LOAD_OPS.has(op); // prettier-ignore
      let k: string | undefined;
      if (pure && i.dst && !i.volatile) {
        const args = i.args.map(key);
        if (COMMUTATIVE.has(op) && args[0] > args[1]) args.reverse();
        k = `${op} ${args.join(",")}${LOAD_OPS.has(op) ? ` @${memory}` : ""}`;
        const holder = table.get(k);
        if (holder !== undefined && holder !== i.dst) {
          i.op = "copy";
          i.args = [holder];
          changed = true;
        }
      }
      if (op === "call" || op === "blit" || op === "asm" || op.startsWith("store")) memory++;
      if (i.dst) {
        forget(i.dst);
        // Record the value unless the instruction read what it overwrote (%x = add %x, 1).
        if (k !== undefined && i.op !== "copy" && !i.args.includes(i.dst)) {
          table.set(k, i.dst);
          for (const a of [...i.args, i.dst]) {
            if (a.kind !== "temp") continue;
            let l = mentions.get(a.id);
            if (!l) mentions.set(a.id, (l = []));
            l.push(k);
          }
        }
      }
    }
  }
  return changed;
}
