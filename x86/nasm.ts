// The encoder's input written back as NASM source: `nasmText(instruction)`.
//
// The code generator builds `Instruction` values to encode; `logosc -S` prints the same values
// with this function, so the assembly it shows is exactly what was encoded -- the tests assemble
// the text of every corpus instruction with nasm and compare the bytes with `encode`'s. The text
// says everything the structure says (sizes, `short`, `strict`, `far`, segment, `byte`/`dword`
// displacements, address-size overrides), so nasm has no choice left to make differently.
import type { Instruction, MemOperand, Operand } from "./encode.ts";

const SIZE_WORD: Record<number, string> = { 8: "byte", 16: "word", 32: "dword" };

/** A number as nasm reads it: decimal when small, hex otherwise, with its sign. */
function num(n: number): string {
  if (n < 0) return `-${num(-n)}`;
  return n < 10 ? String(n) : `0x${n.toString(16)}`;
}

/** `symbol`, `symbol+4`, `symbol-4`, or the number alone. */
function symbolic(symbol: string | undefined, value: number): string {
  if (symbol === undefined) return num(value);
  if (value === 0) return symbol;
  return value < 0 ? `${symbol}-${num(-value)}` : `${symbol}+${num(value)}`;
}

function memoryText(m: MemOperand): string {
  const parts: string[] = [];
  if (m.base !== undefined) parts.push(m.base);
  if (m.index !== undefined) parts.push(`${m.index}*${m.scale ?? 1}`);
  let text = parts.join("+");
  if (m.symbol !== undefined) text += (text ? "+" : "") + symbolic(m.symbol, m.disp);
  else if (m.disp !== 0 || text === "")
    text += text ? (m.disp < 0 ? "-" : "+") + num(Math.abs(m.disp)) : num(m.disp);
  else if (m.dispSize !== undefined) text += "+0";
  const inside =
    (m.dispSize !== undefined ? `${SIZE_WORD[m.dispSize]} ` : "") +
    (m.addrSize !== undefined && m.base === undefined && m.index === undefined
      ? `a${m.addrSize} `
      : "") +
    (m.seg !== undefined ? `${m.seg}:` : "") +
    text;
  return `${m.size !== undefined ? SIZE_WORD[m.size] + " " : ""}${m.far ? "far " : ""}[${inside}]`;
}

/** One operand as nasm reads it (inline assembly substitutes operands with it). */
export function operandText(op: Operand): string {
  switch (op.kind) {
    case "reg":
      return op.reg;
    case "imm":
      return (
        (op.distance !== undefined ? `${op.distance} ` : "") +
        (op.strict ? "strict " : "") +
        (op.size !== undefined ? `${SIZE_WORD[op.size]} ` : "") +
        symbolic(op.symbol, op.value)
      );
    case "mem":
      return memoryText(op);
    case "far":
      return `${op.size !== undefined ? SIZE_WORD[op.size] + " " : ""}${num(op.selector)}:${symbolic(op.symbol, op.offset)}`;
  }
}

/** One instruction as a line of NASM source (without indentation or label). */
export function nasmText(ins: Instruction): string {
  const head = [...(ins.prefixes ?? []), ins.mnemonic].join(" ");
  return ins.operands.length === 0 ? head : `${head} ${ins.operands.map(operandText).join(", ")}`;
}
