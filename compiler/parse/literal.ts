// Literal values: the numbers, characters and strings that integer, character and string tokens
// spell (C11 6.4.4.1, 6.4.4.4, 6.4.5), decoded the way gcc -m32 decodes them.
//
// The one idea: the lexer has already checked a token's shape, so decoding cannot fail on
// structure; what can still be wrong (an escape out of range, an unknown escape) is returned as a
// message for the parser to report at the token, never thrown.

export type LiteralPrefix = "" | "L" | "u" | "U" | "u8";

export interface IntegerValue {
  value: number;
  radix: 8 | 10 | 16;
  unsigned: boolean;
  /** Number of `l`/`L` in the suffix: 2 means `long long`. */
  long: number;
}

const ZERO = 48; // "0"

/** Decodes an integer-constant image such as `0x1Fu`, `0777`, `42UL`. */
export function integerValue(image: string): IntegerValue {
  // Most constants are short decimals without a suffix (`0`, `16`, `1000`; a leading `0` is
  // octal): their digits are summed here, without the slices and `Number` of the general path.
  const n = image.length;
  if (n <= 9 && (n === 1 || image.charCodeAt(0) !== ZERO)) {
    let value = 0;
    let i = 0;
    for (; i < n; i++) {
      const d = image.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (i === n) return { value, radix: 10, unsigned: false, long: 0 };
  }
  let end = n;
  let unsigned = false;
  let long = 0;
  while (end > 0) {
    const c = image.charCodeAt(end - 1) | 0x20;
    if (c === 0x75 /* u */) unsigned = true;
    else if (c === 0x6c /* l */) long++;
    else break;
    end--;
  }
  let radix: 8 | 10 | 16 = 10;
  let digits = image.slice(0, end);
  if (digits.length > 1 && digits[0] === "0") {
    if (digits[1] === "x" || digits[1] === "X") {
      radix = 16;
      digits = digits.slice(2);
    } else {
      radix = 8;
      digits = digits.slice(1);
    }
  }
  const value = radix === 10 ? Number(digits) : parseInt(digits, radix);
  return { value, radix, unsigned, long };
}

/** gcc's message for a pp-number that is neither an integer nor a floating constant. */
export function badNumberMessage(image: string): string {
  const octal = /^0([0-9]+)$/.exec(image);
  if (octal) {
    const bad = /[89]/.exec(octal[1])![0];
    return `invalid digit "${bad}" in octal constant`;
  }
  const m = /^(0[xX][0-9a-fA-F]+|[0-9]+)(.*)$/.exec(image);
  if (m && m[2] !== "" && !/[.]/.test(m[2]) && !/^[eEpP][+-]/.test(m[2])) {
    return `invalid suffix "${m[2]}" on integer constant`;
  }
  return `invalid number '${image}'`;
}

/** The prefix and the part between the quotes of a character or string literal image. */
export function splitLiteral(image: string): { prefix: LiteralPrefix; body: string } {
  const q = image.search(/['"]/);
  return { prefix: image.slice(0, q) as LiteralPrefix, body: image.slice(q + 1, image.length - 1) };
}

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10,
  t: 9,
  r: 13,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
  e: 27,
  E: 27,
  "\\": 92,
  "'": 39,
  '"': 34,
  "?": 63,
};

/**
 * Decodes the body of a literal into code units: bytes (UTF-8 for non-ASCII source characters)
 * for plain and u8 literals, UTF-32/UTF-16 units for L/U and u. `out` receives the units;
 * the return value is an error message, or undefined.
 */
export function decodeBody(body: string, prefix: LiteralPrefix, out: number[]): string | undefined {
  const wide = prefix === "L" || prefix === "U" || prefix === "u";
  const max = prefix === "u" ? 0xffff : wide ? 0xffffffff : 0xff;
  let error: string | undefined;
  for (let i = 0; i < body.length;) {
    const c = body.charCodeAt(i);
    if (c !== 92 /* \ */) {
      const cp = body.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      if (wide || cp < 0x80) out.push(cp);
      else pushUtf8(cp, out);
      continue;
    }
    const e = body[i + 1];
    i += 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out.push(simple);
    } else if (e >= "0" && e <= "7") {
      let v = e.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && body[i] >= "0" && body[i] <= "7"; k++, i++) {
        v = v * 8 + body.charCodeAt(i) - 48;
      }
      if (v > max) error ??= "octal escape sequence out of range";
      out.push(v & max);
    } else if (e === "x") {
      const m = /^[0-9a-fA-F]+/.exec(body.slice(i));
      if (!m) {
        error ??= "\\x used with no following hex digits";
        continue;
      }
      i += m[0].length;
      const v = parseInt(m[0], 16);
      if (v > max || m[0].replace(/^0+/, "").length > 8)
        error ??= "hex escape sequence out of range";
      out.push(v & max);
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      const hex = body.slice(i, i + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) {
        error ??= `incomplete universal character name \\${e}${hex}`;
        continue;
      }
      i += n;
      const cp = parseInt(hex, 16);
      if (wide) out.push(cp);
      else pushUtf8(cp, out);
    } else {
      // gcc warns "unknown escape sequence" and keeps the character.
      out.push(e.charCodeAt(0));
    }
  }
  return error;
}

function pushUtf8(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else
    out.push(
      0xf0 | (cp >> 18),
      0x80 | ((cp >> 12) & 63),
      0x80 | ((cp >> 6) & 63),
      0x80 | (cp & 63),
    );
}

/**
 * The value of a character constant as gcc -m32 computes it: a plain one-byte constant is a
 * signed char widened to int; a multi-character constant packs its bytes, first byte highest,
 * into an int; a wide one is its (last) code unit.
 */
export function charValue(units: number[], prefix: LiteralPrefix): number {
  if (units.length === 0) return 0;
  if (prefix === "L" || prefix === "U") return units[units.length - 1] | 0;
  if (prefix === "u") return units[units.length - 1] & 0xffff;
  if (units.length === 1) return (units[0] << 24) >> 24;
  let v = 0;
  for (const u of units) v = (v << 8) | u;
  return v | 0;
}
