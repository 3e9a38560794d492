// Strength reduction of multiplications, divisions and remainders by constants.
//
//   mul x, 2^k   →  shl x, k
//   udiv x, 2^k  →  shr x, k            urem x, 2^k  →  and x, 2^k-1
//   div x, 2^k   →  sar (x + (x < 0 ? 2^k-1 : 0)), k        (C rounds toward zero)
//   rem x, 2^k   →  x - ((x + (x < 0 ? 2^k-1 : 0)) & -2^k)
// where `x < 0 ? 2^k-1 : 0` is `shr (sar x, 31), 32-k`: no branch. Other constant multipliers
// stay `imul` (one instruction, which is what the benchmarks count).
import { Const, type Function, type Inst, newTemp, type Temp, type Value } from "./ir.ts";

function log2(n: number): number {
  return n > 0 && (n & (n - 1)) === 0 ? 31 - Math.clz32(n) : -1;
}

export function reduceStrength(fn: Function): boolean {
  let changed = false;
  for (const b of fn.blocks) {
    const out: Inst[] = [];
    for (const i of b.insts) {
      const [x, c] = i.args;
      const d = i.dst;
      const k = c?.kind === "const" ? log2(c.value >>> 0) : -1;
      const emit = (op: Inst["op"], a: Value, bb: Value, dst: Temp = newTemp(fn)): Temp => {
        out.push({ op, dst, args: [a, bb] });
        return dst;
      };
      if (d && k >= 1 && x.kind === "temp") {
        if (i.op === "mul" && k < 31) {
          emit("shl", x, new Const(k), d);
          changed = true;
          continue;
        }
        if (i.op === "udiv") {
          emit("shr", x, new Const(k), d);
          changed = true;
          continue;
        }
        if (i.op === "urem") {
          emit("and", x, new Const(((1 << k) - 1) | 0), d);
          changed = true;
          continue;
        }
        if ((i.op === "div" || i.op === "rem") && k < 31 && x !== d) {
          const sign = emit("sar", x, new Const(31));
          const bias = emit("shr", sign, new Const(32 - k));
          const biased = emit("add", x, bias);
          if (i.op === "div") emit("sar", biased, new Const(k), d);
          else {
            const rounded = emit("and", biased, new Const(-(1 << k)));
            emit("sub", x, rounded, d);
          }
          changed = true;
          continue;
        }
      }
      out.push(i);
    }
    b.insts = out;
  }
  return changed;
}
