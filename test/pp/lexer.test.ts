// The lexer against C11's lexical rules (6.4): keywords, numbers, characters, strings, punctuators;
// and the hand-written scanner against Chevrotain's lexer running the same token patterns, on
// every C file of the test suites, on tricky snippets and on random strings of C's characters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { lexRaw, lexRawChevrotain, tokenize } from "../../compiler/parse/lexer.ts";

const kinds = (src: string): string[] => tokenize(src).map((t) => `${t.tokenType.name} ${t.image}`);

describe("lexer", () => {
  it("keywords do not eat identifiers that start with them", () => {
    expect(kinds("int integer _Bool __attribute__ __asm__ doubled")).toEqual([
      "Int int",
      "Identifier integer",
      "Bool _Bool",
      "Attribute __attribute__",
      "Asm __asm__",
      "Identifier doubled",
    ]);
  });

  it("GNU spellings share the standard keyword's token", () => {
    expect(kinds("__volatile__ __inline __restrict__ __signed__")).toEqual([
      "Volatile __volatile__",
      "Inline __inline",
      "Restrict __restrict__",
      "Signed __signed__",
    ]);
  });

  it("unsupported type keywords are lexed in their category", () => {
    for (const t of tokenize("float double _Complex _Atomic _Thread_local")) {
      expect(t.tokenType.CATEGORIES?.map((c) => c.name)).toContain("TypeKeywordUnsupported");
    }
  });

  it("integer literals: decimal, octal, hex and every suffix order", () => {
    for (const s of [
      "0",
      "42",
      "017",
      "0x1F",
      "0XabC",
      "1u",
      "1U",
      "1l",
      "1ul",
      "1LU",
      "1ll",
      "1ULL",
      "1llu",
    ]) {
      expect(kinds(s)).toEqual([`IntegerLiteral ${s}`]);
    }
  });

  it("floating literals are recognised so they can be rejected", () => {
    for (const s of ["1.0", ".5", "1.", "1e10", "1.5E-3", "0x1p3", "2.0f", "1e3L"]) {
      expect(kinds(s)).toEqual([`FloatingLiteral ${s}`]);
    }
  });

  it("invalid numbers stay pp-numbers (08, 1abc, 1lul)", () => {
    expect(kinds("08 1abc 1lul 0x")).toEqual([
      "PpNumber 08",
      "PpNumber 1abc",
      "PpNumber 1lul",
      "PpNumber 0x",
    ]);
  });

  it("pp-numbers take exponent signs: 1e+5 is one token, 0x1e+5 too (6.4.8)", () => {
    expect(lexRaw("1e+5 0x1e+5").map((t) => t.image)).toEqual(["1e+5", "0x1e+5"]);
  });

  it("character constants and string literals with prefixes and escapes", () => {
    expect(kinds(`'a' '\\'' L'x' u'y' U'z' "s\\"t" L"w" u8"u" u"v" U"q"`)).toEqual([
      "CharLiteral 'a'",
      "CharLiteral '\\''",
      "CharLiteral L'x'",
      "CharLiteral u'y'",
      "CharLiteral U'z'",
      'StringLiteral "s\\"t"',
      'StringLiteral L"w"',
      'StringLiteral u8"u"',
      'StringLiteral u"v"',
      'StringLiteral U"q"',
    ]);
  });

  it("punctuators take the longest match", () => {
    expect(
      tokenize(">>= >> > <<= << <= < ... . -> -- - ++ + ## # &&& |||").map((t) => t.image),
    ).toEqual([
      ">>=",
      ">>",
      ">",
      "<<=",
      "<<",
      "<=",
      "<",
      "...",
      ".",
      "->",
      "--",
      "-",
      "++",
      "+",
      "##",
      "#",
      "&&",
      "&",
      "||",
      "|",
    ]);
    expect(tokenize("a+++++b").map((t) => t.image)).toEqual(["a", "++", "++", "+", "b"]);
  });

  it("skips comments and whitespace, keeps newlines for the preprocessor", () => {
    const raw = lexRaw("a /* x\n y */ b // c\n\\\nd\n");
    expect(raw.map((t) => t.tokenType.name)).toEqual([
      "Identifier",
      "Identifier",
      "Newline",
      "Identifier",
      "Newline",
    ]);
    expect(tokenize("a\nb").map((t) => t.image)).toEqual(["a", "b"]);
  });

  it("unterminated comments, strings and stray characters become tokens with offsets", () => {
    expect(kinds('@ \\ é "abc')).toEqual([
      "Other @",
      "Other \\",
      "Other é",
      'UnterminatedString "abc',
    ]);
    const t = tokenize("x /* never closed");
    expect(t[1].tokenType.name).toBe("UnterminatedComment");
    expect(t[1].startOffset).toBe(2);
  });

  it("records start offsets (end = start + image.length)", () => {
    const t = tokenize("  foo(1)");
    expect(t.map((x) => [x.startOffset, x.image.length])).toEqual([
      [2, 3],
      [5, 1],
      [6, 1],
      [7, 1],
    ]);
  });
});

describe("scanner = Chevrotain's lexer on the same patterns", () => {
  const show = (tokens: IToken[]): string =>
    tokens.map((t) => `${t.tokenType.name}@${t.startOffset} ${JSON.stringify(t.image)}`).join("\n");
  const same = (text: string): void =>
    expect(show(lexRaw(text))).toBe(show(lexRawChevrotain(text)));

  const root = join(import.meta.dirname, "..");
  const files = ["parse/valid", "parse/invalid", "diagnostics", "pp/corpus"].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => /\.[ch]$/.test(f))
      .map((f) => join(root, d, f)),
  );
  it("on the test suites' C files", () => {
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) same(readFileSync(f, "utf8"));
  });

  it("on prefixes, digraphs, numbers, comments, splices and stray characters", () => {
    for (const text of [
      "u8'a' u8\"s\" L'x' U\"y\" u'z' u8x L8 'unterminated\n\"str\\\n\" '\\'' '' \"\\",
      "a<::>b <% %> %: %:%: %:% <<= >>= ... .. .5e+3 1.e-x 0x1p-3 08 1e+",
      "/* x */ /* /// // y\n z /*/ a */ @ ` \\ \\\n \u00e9\u{1F600}x \x01\x7f\x0e\t\v\f\r\n#?##",
      "a+++++b->c--==!=&&&|||^=|=&=%=/=*=-=+=",
      "'\\",
      "x/*",
      "'a\\\r\n'",
      "\\\r\n",
    ]) {
      same(text);
    }
  });

  it("on random strings of C's characters", () => {
    const alphabet = "aeuLU8x0159._'\"\\\n\r\t /*+-<>=%:#@`\u00e9!&|^~?;,()[]{}pP";
    let seed = 1;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return Math.floor((seed / 0x80000000) * n);
    };
    for (let k = 0; k < 5000; k++) {
      let text = "";
      for (let j = 1 + random(14); j > 0; j--) text += alphabet[random(alphabet.length)];
      same(text);
    }
  });
});
