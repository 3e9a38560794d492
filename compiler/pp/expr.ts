// `#if` constant expressions (C11 6.10.1): every operand is intmax_t or uintmax_t, which on
// i386 gcc is 64 bits, so values are BigInts wrapped to 64 bits, with C's unsigned rules (one
// unsigned operand makes the usual arithmetic conversions unsigned).
//
// The directive has already replaced `defined X`, expanded macros and turned the identifiers left
// into 0; this file parses the remaining tokens by precedence climbing and evaluates as it goes.
// Errors throw `PPExprError` with the token at fault (none: the end of the line); the
// preprocessor turns that into a diagnostic. The messages and their places are gcc's: an operand
// missing after an operator is "operator '+' has no right operand" at whatever stands there
// instead, a lone ')' is "missing '(' in expression", and so on. As in gcc, the comma operator is
// accepted (C11 6.6 allows it only where it is not evaluated; gcc warns only with -pedantic).
import type { PPToken } from "./token.ts";

interface Value {
  v: bigint;
  unsigned: boolean;
}

export class PPExprError extends Error {
  /** Where the error is: a token of the line, or undefined for the end of the line. */
  readonly token: PPToken | undefined;
  constructor(message: string, token: PPToken | undefined) {
    super(message);
    this.token = token;
  }
}

const wrap = (v: bigint, unsigned: boolean): Value => ({
  v: unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v),
  unsigned,
});

// Binary operators by precedence (higher binds tighter).
const BINARY: Record<string, number> = {
  "*": 10,
  "/": 10,
  "%": 10,
  "+": 9,
  "-": 9,
  "<<": 8,
  ">>": 8,
  "<": 7,
  ">": 7,
  "<=": 7,
  ">=": 7,
  "==": 6,
  "!=": 6,
  "&": 5,
  "^": 4,
  "|": 3,
  "&&": 2,
  "||": 1,
};

/** The operators that cannot start an operand: their absence of a left operand is the error. */
const isOperator = (image: string): boolean =>
  BINARY[image] !== undefined || image === "?" || image === ":" || image === ",";

const isUnary = (image: string): boolean => image === "+" || image === "-";

/** Evaluates the tokens of an `#if`/`#elif` line (`directive`); true when the value is non-zero. */
export function evaluate(tokens: PPToken[], directive = "if"): boolean {
  let pos = 0;
  const peek = (): string | undefined => tokens[pos]?.image;
  const fail = (message: string, at: PPToken | undefined): never => {
    throw new PPExprError(message, at);
  };

  /** The comma expression (the top level and inside parentheses): the value of the last one. */
  function expression(live: boolean, after: PPToken | undefined): Value {
    let v = conditional(live, after);
    while (peek() === ",") {
      const comma = tokens[pos++];
      v = conditional(live, comma);
    }
    return v;
  }

  // live=false while in the unevaluated side of && || ?: (no division-by-zero error there).
  // `after`: the operator or '(' whose operand this is (undefined at the start of the line).
  function conditional(live: boolean, after: PPToken | undefined): Value {
    const c = binary(1, live, after);
    if (peek() !== "?") return c;
    const question = tokens[pos++];
    const cond = c.v !== 0n;
    const a = expression(live && cond, question);
    if (peek() !== ":") fail("'?' without following ':'", tokens[pos]);
    const colon = tokens[pos++];
    const b = conditional(live && !cond, colon);
    const unsigned = a.unsigned || b.unsigned;
    return wrap(cond ? a.v : b.v, unsigned);
  }

  function binary(minPrec: number, live: boolean, after: PPToken | undefined): Value {
    let lhs = unary(live, after);
    for (;;) {
      const op = peek();
      const prec = op === undefined ? undefined : BINARY[op];
      if (prec === undefined || prec < minPrec) return lhs;
      const opToken = tokens[pos++];
      if (op === "&&" || op === "||") {
        const short = op === "&&" ? lhs.v === 0n : lhs.v !== 0n;
        const rhs = binary(prec + 1, live && !short, opToken);
        const r = op === "&&" ? lhs.v !== 0n && rhs.v !== 0n : lhs.v !== 0n || rhs.v !== 0n;
        lhs = { v: r ? 1n : 0n, unsigned: false };
        continue;
      }
      const rhs = binary(prec + 1, live, opToken);
      lhs = apply(op!, lhs, rhs, live, opToken);
    }
  }

  function apply(op: string, a: Value, b: Value, live: boolean, at: PPToken): Value {
    if (op === "<<" || op === ">>") {
      // The result has the left operand's type; a shift count out of range is gcc's 0 or sign.
      const n = b.unsigned ? b.v : b.v;
      const left = op === "<<" ? n >= 0n : n < 0n;
      const count = n < 0n ? -n : n;
      if (count >= 64n) return wrap(left || !(a.v < 0n) ? 0n : -1n, a.unsigned);
      return wrap(left ? a.v << count : a.v >> count, a.unsigned);
    }
    const unsigned = a.unsigned || b.unsigned;
    const x = unsigned ? BigInt.asUintN(64, a.v) : a.v;
    const y = unsigned ? BigInt.asUintN(64, b.v) : b.v;
    const bool = (c: boolean): Value => ({ v: c ? 1n : 0n, unsigned: false });
    switch (op) {
      case "*":
        return wrap(x * y, unsigned);
      case "/":
      case "%":
        if (y === 0n) {
          if (!live) return { v: 0n, unsigned };
          throw new PPExprError("division by zero in #if", at);
        }
        return wrap(op === "/" ? x / y : x % y, unsigned);
      case "+":
        return wrap(x + y, unsigned);
      case "-":
        return wrap(x - y, unsigned);
      case "<":
        return bool(x < y);
      case ">":
        return bool(x > y);
      case "<=":
        return bool(x <= y);
      case ">=":
        return bool(x >= y);
      case "==":
        return bool(x === y);
      case "!=":
        return bool(x !== y);
      case "&":
        return wrap(x & y, unsigned);
      case "^":
        return wrap(x ^ y, unsigned);
      default:
        return wrap(x | y, unsigned);
    }
  }

  function unary(live: boolean, after: PPToken | undefined): Value {
    const t = tokens[pos];
    if (t === undefined || t.image === ")" || (isOperator(t.image) && !isUnary(t.image)))
      return missingOperand(t, after);
    pos++;
    switch (t.image) {
      case "+":
        return unary(live, t);
      case "-": {
        const a = unary(live, t);
        return wrap(-a.v, a.unsigned);
      }
      case "~": {
        const a = unary(live, t);
        return wrap(~a.v, a.unsigned);
      }
      case "!": {
        const a = unary(live, t);
        return { v: a.v === 0n ? 1n : 0n, unsigned: false };
      }
      case "(": {
        const a = expression(live, t);
        if (peek() !== ")") unexpected("missing ')' in expression", t);
        pos++;
        return a;
      }
    }
    const name = t.tokenType.name;
    if (name === "PpNumber" || name === "IntegerLiteral") return integer(t);
    if (name === "CharLiteral") return { v: charValue(t), unsigned: false };
    if (name === "Identifier") return { v: 0n, unsigned: false };
    return fail(`token "${t.image}" is not valid in preprocessor expressions`, t);
  }

  /** No operand where `after` (an operator, '(' or the start of the line) needs one: `t` instead. */
  function missingOperand(t: PPToken | undefined, after: PPToken | undefined): never {
    if (after !== undefined && after.image !== "(")
      return fail(`operator '${after.image}' has no right operand`, t);
    if (t === undefined) {
      if (after === undefined) return fail(`#${directive} with no expression`, undefined);
      return fail("missing ')' in expression", after);
    }
    if (t.image !== ")") return fail(`operator '${t.image}' has no left operand`, t);
    if (after === undefined) return fail("missing '(' in expression", t);
    return fail("missing expression between '(' and ')'", t);
  }

  /**
   * A token that cannot follow a complete operand (or the end of the line) at `pos`, where the
   * expression ended: `missing` is the message for the end of the line (at `open`, if any).
   */
  function unexpected(missing: string, open: PPToken | undefined): never {
    const t = tokens[pos];
    if (t === undefined) return fail(missing, open);
    if (t.image === ")") return fail("missing '(' in expression", t);
    if (t.image === ":") return fail("':' without preceding '?'", t);
    return fail(`missing binary operator before token "${t.image}"`, t);
  }

  function integer(t: PPToken): Value {
    // Decimal, octal, hex, and binary (`0b101`, which gcc accepts in C11 mode too).
    const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uUlL]*)$/.exec(t.image);
    if (!m || (m[1][0] === "0" && !/^0[xXbB]/.test(m[1]) && /[89]/.test(m[1]))) {
      if (/[.eEpP]/.test(t.image))
        throw new PPExprError("floating constant in preprocessor expression", t);
      throw new PPExprError(`invalid integer constant "${t.image}" in #if`, t);
    }
    const digits = m[1];
    const v = /^0[xXbB]/.test(digits)
      ? BigInt(digits)
      : digits.length > 1 && digits[0] === "0"
        ? BigInt("0o" + digits.slice(1))
        : BigInt(digits);
    const unsigned = /[uU]/.test(m[2]) || v > 0x7fffffffffffffffn;
    if (v > 0xffffffffffffffffn)
      throw new PPExprError("integer constant is too large for its type", t);
    return wrap(v, unsigned);
  }

  const v = expression(true, undefined);
  if (pos < tokens.length) unexpected("", undefined);
  return v.v !== 0n;
}

const ESCAPES: Record<string, number> = {
  n: 10,
  t: 9,
  r: 13,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
  e: 27,
  "\\": 92,
  "'": 39,
  '"': 34,
  "?": 63,
};

/** The value of a character constant as gcc gives it in `#if` (plain char is signed on i386). */
function charValue(t: PPToken): bigint {
  const body = t.image.slice(t.image.indexOf("'") + 1, -1);
  const wide = t.image[0] !== "'";
  let value = 0;
  let i = 0;
  let count = 0;
  while (i < body.length) {
    let c: number;
    if (body[i] === "\\") {
      const e = body[i + 1];
      if (e === "x") {
        const m = /^[0-9a-fA-F]+/.exec(body.slice(i + 2))![0];
        c = parseInt(m, 16);
        i += 2 + m.length;
      } else if (e >= "0" && e <= "7") {
        const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
        c = parseInt(m, 8);
        i += 1 + m.length;
      } else {
        c = ESCAPES[e] ?? e.charCodeAt(0);
        i += 2;
      }
    } else {
      c = body.charCodeAt(i++);
    }
    value = wide ? c : (value << 8) | (c & 0xff) | 0;
    count++;
  }
  if (!wide && count === 1) value = (value << 24) >> 24;
  return BigInt(value);
}
