// Chevrotain, loaded from the single-file build its package ships.
//
// The package's entry point (`lib/src/api.js`) is some forty ES modules plus Chevrotain's helper
// packages, which Node resolves, reads and links one by one: about 20 ms of every logosc start.
// The same release ships the same code bundled into one file (`lib/chevrotain.mjs`), which loads
// in about 4 ms. The package's `exports` do not name that file, so it is found next to the entry
// point. Every *value* import of Chevrotain in the compiler goes through this module (two copies
// would number token types independently); type imports may name "chevrotain" directly.
import type * as Chevrotain from "chevrotain";

async function load(): Promise<typeof Chevrotain> {
  const entry = import.meta.resolve("chevrotain"); // .../chevrotain/lib/src/api.js
  try {
    return (await import(new URL("../chevrotain.mjs", entry).href)) as typeof Chevrotain;
  } catch {
    return await import("chevrotain"); // a release laid out differently: the slow way
  }
}

const chevrotain = await load();

export const {
  Alternation,
  Alternative,
  createTokenInstance,
  EmbeddedActionsParser,
  EOF,
  getLookaheadPaths,
  isRecognitionException,
  Lexer,
  LLkLookaheadStrategy,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  serializeGrammar,
  Terminal,
  VERSION,
} = chevrotain;

/** Token types by their index (`tokenTypeIdx`), for the tokens that keep only the index. */
const tokenTypes: Chevrotain.TokenType[] = [];
tokenTypes[EOF.tokenTypeIdx!] = EOF;

/** Chevrotain's `createToken`, which also files the new type under its index. */
export function createToken(config: Chevrotain.ITokenConfig): Chevrotain.TokenType {
  const type = chevrotain.createToken(config);
  tokenTypes[type.tokenTypeIdx!] = type;
  return type;
}

/** The token type of an index. */
export function tokenTypeOf(idx: number): Chevrotain.TokenType {
  return tokenTypes[idx];
}
