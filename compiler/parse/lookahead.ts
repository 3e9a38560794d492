// The parser's lookahead: how Chevrotain chooses an `OR` alternative or enters an `OPTION`/`MANY`,
// decided by a table indexed by the next token's type.
//
// The one idea: Chevrotain computes, for every alternative, the token sequences (up to k = 2
// tokens) that can start it, and its default LL(k) function tries them one by one, alternative
// after alternative, for every decision. C's grammar makes that slow where it matters most: a
// statement may be a label (`identifier :`), so the statement `OR` needs two tokens, and the
// expression alternative then has dozens of two-token sequences that all start with an
// identifier. Here the same sequences are grouped by their first token once, when the parser is
// built: at parse time one array index by the next token's type gives the alternatives still
// possible, in grammar order, usually one, usually already decided by that first token. Where it
// is not (and no alternative has a GATE), a second array index by the token after it gives the
// choice: a decision is at most two loads, never a search. The
// choice is exactly Chevrotain's (first alternative in order whose GATE holds and whose sequence
// matches); only the search is faster. Hot path: every decision of the parser goes through here.
//
// The sequences themselves are Chevrotain's (`getLookaheadPaths`); computing them is slow, and
// they depend on the grammar alone, so they are kept from one run to the next (grammarcache.ts).
import type { IOrAlt, IToken, OptionalProductionType, Rule, TokenType } from "chevrotain";
import { getLookaheadPaths, LLkLookaheadStrategy } from "./chevrotain.ts";
import type { GrammarCache } from "./grammarcache.ts";

/** The parser as the lookahead functions see it (they run with the parser as `this`). */
interface Lookahead {
  LA_FAST(howMuch: number): IToken;
  /** Chevrotain's lookahead functions of the rule running now, by decision key (see below). */
  currRuleLookaheadFuncs: unknown[];
}

// Chevrotain's key of a decision's lookahead function in its rule's table: the kind of decision
// in the bits above 8, its occurrence index (the 2 in `OR2`) below (dsl.ts uses the same keys).
const DECISION_KIND: Record<string, number> = {
  Alternation: 1 << 8,
  Option: 2 << 8,
  Repetition: 3 << 8,
  RepetitionMandatory: 4 << 8,
  RepetitionWithSeparator: 5 << 8,
  RepetitionMandatoryWithSeparator: 6 << 8,
};

/**
 * The lookahead function of a decision, built on its first use: a run exercises only part of the
 * grammar, and building every decision's table up front was most of the parser's set-up time.
 * Once built, it takes the stand-in's place in the rule's table (the stand-in runs only while the
 * decision's rule is the running one, so that table is the rule's); a caller that kept the
 * stand-in (a loop in progress) still gets the built function.
 */
function builtOnFirstUse<F extends (this: Lookahead, ...args: never[]) => unknown>(
  key: number,
  build: () => F,
): F {
  let built: F | undefined;
  const standIn = function (this: Lookahead, ...args: Parameters<F>): ReturnType<F> {
    built ??= build();
    const table = this.currRuleLookaheadFuncs;
    if (table[key] === standIn) table[key] = built;
    return built.apply(this, args) as ReturnType<F>;
  } as F;
  return standIn;
}

/** For a token type: the token type indices it matches (itself and, for a category, its members). */
type Matches = boolean[];

/** An alternative still possible after the first token, and what must follow that token. */
interface Candidate {
  alt: number;
  /** The sequence is complete after the first token (or empty): nothing more to check. */
  decided: boolean;
  /** The rest of each sequence that starts with this first token (second token onwards). */
  rests: Matches[][];
}

function matchesOf(t: TokenType): Matches {
  const m: Matches = [];
  m[t.tokenTypeIdx!] = true;
  for (const idx of t.categoryMatches ?? []) m[idx] = true;
  return m;
}

/** Token type indices a token type stands for (itself, or every member of a category). */
function indicesOf(t: TokenType): number[] {
  return [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])];
}

/**
 * What the second token decides among the candidates of one first token (in grammar order): the
 * first candidate whose rest starts with that token (`byToken`, indexed by the second token's type
 * index), else the first candidate that needs no second token (`otherwise`), else none. For
 * k = 2, where a rest is at most one token long (`maxLookahead` of CParser).
 */
interface SecondToken {
  byToken: (number | undefined)[];
  otherwise: number | undefined;
}

function secondTokenChoice(cands: Candidate[]): SecondToken {
  const byToken: (number | undefined)[] = [];
  for (const c of cands) {
    if (c.decided) return { byToken, otherwise: c.alt };
    for (const rest of c.rests) {
      if (rest.length !== 1) throw new Error("lookahead.ts: the two-token tables need k <= 2");
      rest[0].forEach((matches, idx) => {
        if (matches) byToken[idx] ??= c.alt;
      });
    }
  }
  return { byToken, otherwise: undefined };
}

/** True if the tokens after the first one match `rest` (sequences of up to k tokens). */
function restMatches(p: Lookahead, rest: Matches[]): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (rest[i][p.LA_FAST(i + 2).tokenTypeIdx] !== true) return false;
  }
  return true;
}

/**
 * Groups the sequences of each alternative by their first token: for each token type index, the
 * alternatives (in order) that may start with it; `always` holds the alternatives that may be
 * empty, which are possible whatever comes next.
 */
function candidatesByFirstToken(alts: TokenType[][][]): {
  table: Candidate[][];
  always: Candidate[];
} {
  const byToken: Map<number, Candidate>[] = [];
  const always: Candidate[] = [];
  alts.forEach((paths, alt) => {
    if (paths.some((path) => path.length === 0)) {
      always.push({ alt, decided: true, rests: [] });
      return;
    }
    for (const path of paths) {
      const rest = path.slice(1).map(matchesOf);
      for (const idx of indicesOf(path[0])) {
        const forToken = (byToken[idx] ??= new Map());
        let c = forToken.get(alt);
        if (!c) forToken.set(alt, (c = { alt, decided: false, rests: [] }));
        if (rest.length === 0) c.decided = true;
        else c.rests.push(rest);
      }
    }
  });
  const table: Candidate[][] = [];
  byToken.forEach((forToken, idx) => {
    table[idx] = [...forToken.values(), ...always].sort((a, b) => a.alt - b.alt);
  });
  return { table, always };
}

/**
 * Chevrotain's LL(k) lookahead with table-driven decisions (see the file comment); the paths the
 * tables are built from come from the grammar cache (grammarcache.ts) when it has them.
 */
export class FirstTokenLookahead extends LLkLookaheadStrategy {
  private readonly paths: GrammarCache | undefined;

  /** `cache`: where the paths are kept between runs (none: they are computed each run). */
  constructor(options: { maxLookahead: number; cache?: GrammarCache }) {
    super(options);
    this.paths = options.cache;
  }

  /** Chevrotain's lookahead paths of a decision, from the cache if it has them. */
  private lookaheadPaths(options: {
    occurrence: number;
    rule: Rule;
    prodType: OptionalProductionType | "Alternation";
    maxLookahead: number;
  }): TokenType[][][] {
    const compute = () => getLookaheadPaths(options);
    const key = `${options.rule.name}/${options.prodType}${options.occurrence}`;
    return this.paths ? this.paths.lookaheadPaths(key, compute) : compute();
  }

  override buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForAlternation(options);
    const key = DECISION_KIND.Alternation | options.prodOccurrence;
    return builtOnFirstUse(key, () => this.alternation(options));
  }

  private alternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
  }): (this: Lookahead, orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const alts = this.lookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: "Alternation",
      maxLookahead: options.maxLookahead,
    });
    const { table, always } = candidatesByFirstToken(alts);
    const predicates = options.hasPredicates;
    if (!predicates) {
      // Without GATEs the choice depends on the next two tokens only: one table for the tokens
      // that decide alone, one row per first token for those that need the second.
      const chosen: number[] = [];
      const bySecond: SecondToken[] = [];
      table.forEach((cands, idx) => {
        if (cands[0].decided) chosen[idx] = cands[0].alt;
        else bySecond[idx] = secondTokenChoice(cands);
      });
      const otherwise = always.length > 0 ? always[0].alt : undefined;
      return function (this: Lookahead): number | undefined {
        const idx = this.LA_FAST(1).tokenTypeIdx;
        const alt = chosen[idx];
        if (alt !== undefined) return alt;
        const second = bySecond[idx];
        if (second === undefined) return otherwise;
        return second.byToken[this.LA_FAST(2).tokenTypeIdx] ?? second.otherwise;
      };
    }
    return function (this: Lookahead, orAlts?: IOrAlt<unknown>[]): number | undefined {
      const idx = this.LA_FAST(1).tokenTypeIdx;
      const cands = table[idx] ?? always;
      for (let c = 0; c < cands.length; c++) {
        const cand = cands[c];
        if (predicates) {
          const gate = orAlts![cand.alt].GATE;
          if (gate !== undefined && gate.call(this) === false) continue;
        }
        if (cand.decided) return cand.alt;
        for (let r = 0; r < cand.rests.length; r++) {
          if (restMatches(this, cand.rests[r])) return cand.alt;
        }
      }
      return undefined;
    };
  }

  override buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
    dynamicTokensEnabled: boolean;
  }): () => boolean {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForOptional(options);
    const key = DECISION_KIND[options.prodType] | options.prodOccurrence;
    return builtOnFirstUse(key, () => this.optional(options));
  }

  private optional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
  }): (this: Lookahead) => boolean {
    // [sequences that enter the production, sequences that skip it]: only the first matter.
    const inside = this.lookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: options.prodType,
      maxLookahead: options.maxLookahead,
    })[0];
    if (inside.some((path) => path.length === 0)) return () => true;
    const { table } = candidatesByFirstToken([inside]);
    const enter: boolean[] = [];
    // The sequences that enter, by their first token and then (when it does not decide) their
    // second: `enterAfter[first][second]`.
    const enterAfter: boolean[][] = [];
    table.forEach((cands, idx) => {
      if (cands[0].decided) enter[idx] = true;
      else enterAfter[idx] = secondTokenChoice(cands).byToken.map((alt) => alt !== undefined);
    });
    return function (this: Lookahead): boolean {
      const idx = this.LA_FAST(1).tokenTypeIdx;
      if (enter[idx] === true) return true;
      const second = enterAfter[idx];
      return second !== undefined && second[this.LA_FAST(2).tokenTypeIdx] === true;
    };
  }
}
