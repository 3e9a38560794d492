// The assembler's keywords: what a word means to the parser, looked up once per spelling.
//
// NASM's keywords are case-insensitive (`MOV`, `Eax`, `DWORD`), and the parser asks several
// questions of one identifier while it reads a line: is it a register (then not a label)? does it
// start a statement? which mnemonic, prefix, size, directive is it? Here one entry answers them
// all: a word written in lower case, as nearly all are, is one map lookup, with no lower-casing;
// another spelling is looked up by its lower-case form the first time and kept under its own.
// A name that is no keyword (a label) gets `NOT_A_KEYWORD` and is not kept.
//
// Hot path: every identifier the parser reads is looked up here.
import { mnemonicOf, parseRegister, PREFIXES, type Prefix } from "../../x86/encode.ts";
import { FORMS, REGISTERS, type Register, type Size } from "../../x86/isa.ts";

export interface Keyword {
  /** The word in lower case (empty for `NOT_A_KEYWORD`). */
  readonly lower: string;
  readonly register: Register | undefined;
  /** The mnemonic as the instruction table spells it. */
  readonly mnemonic: string | undefined;
  readonly prefix: Prefix | undefined;
  /** `byte`, `word`, `dword`: the size they give an operand. */
  readonly size: Size | undefined;
  /** `strict`, `short`, `near`, `far` before an operand. */
  readonly modifier: "strict" | "short" | "near" | "far" | undefined;
  /** `db` ... `dq`: the size of a unit of data. */
  readonly data: 1 | 2 | 4 | 8 | undefined;
  /** `resb` ... `resq`: the size of a unit reserved. */
  readonly reserve: 1 | 2 | 4 | 8 | undefined;
  /** A directive the parser reads (`section`, `bits`, `times`, `equ` ...). */
  readonly directive: boolean;
  /** Starts a statement: a data or reserve word, a directive, a mnemonic or a prefix. */
  readonly statement: boolean;
}

const DATA: Record<string, 1 | 2 | 4 | 8> = { db: 1, dw: 2, dd: 4, dq: 8 };
const RESERVE: Record<string, 1 | 2 | 4 | 8> = { resb: 1, resw: 2, resd: 4, resq: 8 };
const SIZES: Record<string, Size> = { byte: 8, word: 16, dword: 32 };
const MODIFIERS = ["strict", "short", "near", "far"] as const;
const DIRECTIVES = [
  "times", "equ", "section", "segment", "bits", "use16", "use32", "org", "global", "extern",
  "align", "alignb", "incbin", "cpu", "default", "absolute", "common", "struc", "endstruc",
  "istruc", "at", "iend",
]; // prettier-ignore

function keyword(lower: string): Keyword {
  const mnemonic = mnemonicOf(lower);
  const prefix = PREFIXES.find((p) => p === lower);
  const data = Object.hasOwn(DATA, lower) ? DATA[lower] : undefined;
  const reserve = Object.hasOwn(RESERVE, lower) ? RESERVE[lower] : undefined;
  const directive = DIRECTIVES.includes(lower);
  return {
    lower,
    register: parseRegister(lower),
    mnemonic,
    prefix,
    size: Object.hasOwn(SIZES, lower) ? SIZES[lower] : undefined,
    modifier: MODIFIERS.find((m) => m === lower),
    data,
    reserve,
    directive,
    statement:
      mnemonic !== undefined ||
      prefix !== undefined ||
      data !== undefined ||
      reserve !== undefined ||
      directive,
  };
}

export const NOT_A_KEYWORD: Keyword = {
  lower: "",
  register: undefined,
  mnemonic: undefined,
  prefix: undefined,
  size: undefined,
  modifier: undefined,
  data: undefined,
  reserve: undefined,
  directive: false,
  statement: false,
};

/** Every keyword, under its lower-case spelling and, once seen, under any other. */
const KEYWORDS = new Map<string, Keyword>();
for (const word of [
  ...FORMS.map((f) => f.mnemonic),
  ...PREFIXES,
  ...Object.keys(DATA),
  ...Object.keys(RESERVE),
  ...Object.keys(SIZES),
  ...MODIFIERS,
  ...DIRECTIVES,
  ...REGISTERS.keys(),
])
  if (!KEYWORDS.has(word)) KEYWORDS.set(word, keyword(word));

/** What `text` (an identifier as written) is as a keyword. */
export function keywordOf(text: string): Keyword {
  const k = KEYWORDS.get(text);
  if (k !== undefined) return k;
  // Not a keyword as written: only another spelling of one could be (most such names are
  // labels, written in lower case).
  if (!hasUpperCase(text)) return NOT_A_KEYWORD;
  const lower = KEYWORDS.get(text.toLowerCase());
  if (lower === undefined) return NOT_A_KEYWORD;
  KEYWORDS.set(text, lower);
  return lower;
}

function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
