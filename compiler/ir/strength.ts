// Strength reduction of multiplications, divisions and remainders by constants.
//
//   mul x, 2^k   ->  shl x, k
//   udiv x, 2^k  ->  shr x, k            urem x, 2^k  ->  and x, 2^k-1
//   div x, 2^k   ->  sar (x + (x < 0 ? 2^k-1 : 0)), k        (C rounds toward zero)
//   rem x, 2^k   ->  x - ((x + (x < 0 ? 2^k-1 : 0)) & -2^k)
// where `x < 0 ? 2^k-1 : 0` is `shr (sar x, 31), 32-k`: no branch. Other constant multipliers
// stay `imul` (one instruction, which is what the benchmarks count).
import { Const, type Function, type Inst, newTemp, type Temp, type Value } from "./ir.ts";

function log2(n: number): number {
  return n > 0 && (n & (n - 1)) === 0 ? 31 - Math.clz32(n) : -1;
}

export function reduceStrength(fn: Function): boolean {
  let changed = false;
  // A block is rebuilt only from its first reduction on: most blocks have none.
  let out: Inst[] = [];
  const emit = (op: Inst["op"], a: Value, bb: Value, dst: Temp = newTemp(fn)): Temp => {
    out.push({ op, dst, args: [a, bb] });
    return dst;
  };
  for (let bk = 0; bk < fn.blocks.length; bk++) {
    const b = fn.blocks[bk];
    const insts = b.insts;
    let rebuilt = false;
    for (let n = 0; n < insts.length; n++) {
      const i = insts[n];
      const op = i.op;
      const d = i.dst;
      const x = i.args[0];
      const c = i.args[1];
      const k =
        (op === "mul" || op === "udiv" || op === "urem" || op === "div" || op === "rem") &&
        c.kind === "const"
          ? log2(c.value >>> 0)
          : -1;
      // Signed ones and mul need k < 31; the signed ones read x after writing d.
      const unsigned = op === "udiv" || op === "urem";
      if (d && k >= 1 && x.kind === "temp" && (unsigned || (k < 31 && (op === "mul" || x !== d)))) {
        if (!rebuilt) {
          out = insts.slice(0, n);
          rebuilt = true;
        }
        changed = true;
        if (op === "mul") emit("shl", x, new Const(k), d);
        else if (op === "udiv") emit("shr", x, new Const(k), d);
        else if (op === "urem") emit("and", x, new Const(((1 << k) - 1) | 0), d);
        else {
          const sign = emit("sar", x, new Const(31));
          const bias = emit("shr", sign, new Const(32 - k));
          const biased = emit("add", x, bias);
          if (op === "div") emit("sar", biased, new Const(k), d);
          else {
            const rounded = emit("and", biased, new Const(-(1 << k)));
            emit("sub", x, rounded, d);
          }
        }
        continue;
      }
      if (rebuilt) out.push(i);
    }
    if (rebuilt) b.insts = out;
  }
  return changed;
}
