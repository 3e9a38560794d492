// Chevrotain's parsing DSL without the work this parser never asks for: the hot path of every
// rule, token and decision.
//
// The one idea: with error recovery and CST building off (as CParser has them), Chevrotain's
// `CONSUME`, `SUBRULE`, `OPTION`, `MANY`, `AT_LEAST_ONE` and `OR` still pay for them on every
// call -- a try/catch per token and per rule call, calls to the empty CST hooks, a closure around
// a repetition's GATE, a recovery attempt after each loop, the arguments of a rule call gathered
// into an array. `leanDsl` puts on the parser's prototype versions that do only the rest: look
// the decision's lookahead function up (Chevrotain builds it; lookahead.ts fills its table),
// move the token cursor, call the rule. Whenever one of them would raise an error (a token that
// does not match, no alternative, a repetition that must run once and cannot), it calls
// Chevrotain's own method instead, which raises exactly the error it always did: messages and
// error positions do not change. The rule calls themselves keep only what the parser reads: which
// rule is running (a decision's lookahead function is looked up in that rule's table, an error
// message names what that rule expected). `SUBRULE` saves the caller's in locals, enters the
// rule and restores them on return; without error recovery, Chevrotain's rule stack, occurrence
// stack and the try/finally around every rule call serve nothing else. A parse error thrown
// through several rules skips their restores: the rule that catches it (CParser's loops over
// block items and external declarations) makes itself the running rule again (`resumeRule`).
//
// Chevrotain's recording phase (when it runs the rules once to learn the grammar) puts its own
// DSL methods on the instance, which shadow these; when it is done, the prototype's are written
// over them (`endRecording`).
import type { IToken, TokenType } from "chevrotain";

// Chevrotain's keys of a decision's lookahead function: the DSL method in the bits above 8, the
// occurrence index (the 2 in `OR2`) below (lib/src/parse/grammar/keys.ts).
const OR_IDX = 1 << 8;
const OPTION_IDX = 2 << 8;
const MANY_IDX = 3 << 8;
const AT_LEAST_ONE_IDX = 4 << 8;

type Action = () => unknown;
type LookaheadFn = (this: Engine, alts?: unknown) => unknown;
interface Repetition {
  DEF: Action;
  GATE?: () => boolean;
  ERR_MSG?: string;
}
interface Alternatives {
  DEF: { ALT: Action; GATE?: () => boolean }[];
  ERR_MSG?: string;
}
type AltsOrOpts = Alternatives["DEF"] | Alternatives;

/** A rule as `RULE` returns it, with what `leanRules` adds. */
interface GrammarRule {
  originalGrammarAction: (a?: unknown, b?: unknown) => unknown;
  ruleName: string;
  shortName: number;
  lookaheadFuncs: LookaheadFn[];
}

/** The parts of Chevrotain's recognizer these functions use (not in its type declarations). */
interface Engine {
  currIdx: number;
  currRuleShortName: number;
  currRuleLookaheadFuncs: LookaheadFn[];
  lookAheadFuncsCache: LookaheadFn[][];
  fullRuleNameToShort: Record<string, number>;
  definedRulesNames: string[];
  LA_FAST(howMuch: number): IToken;
  consumeInternal(tokType: TokenType, idx: number, options: unknown): IToken;
  orInternal(alts: AltsOrOpts, idx: number): unknown;
  optionInternal(def: Action | Repetition, idx: number): unknown;
  manyInternal(idx: number, def: Action | Repetition): void;
  atLeastOneInternal(idx: number, def: Action | Repetition): void;
}

/** `CONSUME`: the next token if it is (or is in the category) `tokType`. */
function consume(this: Engine, tokType: TokenType, options?: unknown): IToken {
  const t = this.LA_FAST(1);
  const idx = t.tokenTypeIdx;
  if (idx === tokType.tokenTypeIdx || (tokType.isParent && tokType.categoryMatchesMap![idx])) {
    this.currIdx++;
    return t;
  }
  return this.consumeInternal(tokType, 0, options); // raises the mismatch
}

/**
 * `SUBRULE`: enters the rule (its lookahead functions become the running ones), runs its body and
 * returns to the caller's. No try/finally: a parse error leaves the rule it was thrown in as the
 * running one, and the rule that catches it calls `resumeRule` (see the file comment).
 */
function subrule(this: Engine, rule: GrammarRule, options?: { ARGS?: unknown[] }): unknown {
  const outerRule = this.currRuleShortName;
  const outerLookahead = this.currRuleLookaheadFuncs;
  this.currRuleShortName = rule.shortName;
  this.currRuleLookaheadFuncs = rule.lookaheadFuncs;
  const args = options?.ARGS;
  const result =
    args === undefined
      ? rule.originalGrammarAction.call(this)
      : rule.originalGrammarAction.call(this, args[0], args[1]);
  this.currRuleShortName = outerRule;
  this.currRuleLookaheadFuncs = outerLookahead;
  return result;
}

function option(n: number) {
  const key = OPTION_IDX | n;
  return function (this: Engine, def: Action | Repetition): unknown {
    if (typeof def !== "function") return this.optionInternal(def, n);
    return this.currRuleLookaheadFuncs[key].call(this) === true ? def.call(this) : undefined;
  };
}

function many(n: number) {
  const key = MANY_IDX | n;
  return function (this: Engine, def: Action | Repetition): void {
    if (typeof def !== "function") return this.manyInternal(n, def);
    const la = this.currRuleLookaheadFuncs[key];
    while (la.call(this) === true) {
      const before = this.currIdx;
      def.call(this);
      if (this.currIdx <= before) return; // stuck: Chevrotain stops the loop too
    }
  };
}

/** `AT_LEAST_ONE`, GATE included (the declaration specifiers' loop has one). */
function atLeastOne(this: Engine, def: Action | Repetition): void {
  const la = this.currRuleLookaheadFuncs[AT_LEAST_ONE_IDX];
  const action = typeof def === "function" ? def : def.DEF;
  const gate = typeof def === "function" ? undefined : def.GATE;
  if (!((gate === undefined || gate.call(this)) && la.call(this) === true)) {
    return this.atLeastOneInternal(0, def); // raises "expected ..."
  }
  for (;;) {
    const before = this.currIdx;
    action.call(this);
    if (this.currIdx <= before) return;
    if (gate !== undefined && !gate.call(this)) return;
    if (la.call(this) !== true) return;
  }
}

function or(n: number) {
  const key = OR_IDX | n;
  return function (this: Engine, altsOrOpts: AltsOrOpts): unknown {
    const alts = Array.isArray(altsOrOpts) ? altsOrOpts : altsOrOpts.DEF;
    const chosen = this.currRuleLookaheadFuncs[key].call(this, alts) as number | undefined;
    if (chosen !== undefined) return alts[chosen].ALT.call(this);
    return this.orInternal(altsOrOpts, n); // raises "no viable alternative"
  };
}

/** The DSL methods `leanDsl` replaces. */
const NAMES: string[] = ["AT_LEAST_ONE"];
for (let n = 0; n < 10; n++) {
  const suffix = n === 0 ? "" : String(n);
  for (const m of ["CONSUME", "SUBRULE", "OPTION", "MANY", "OR"]) NAMES.push(m + suffix);
}

/** The methods Chevrotain's recording phase puts on the instance (see `endRecording`). */
const RECORDING_METHODS: string[] = [];
for (let n = 0; n < 10; n++) {
  const suffix = n === 0 ? "" : String(n);
  for (const m of ["CONSUME", "SUBRULE", "OPTION", "OR", "MANY", "MANY_SEP", "AT_LEAST_ONE"])
    RECORDING_METHODS.push(m + suffix);
  RECORDING_METHODS.push("AT_LEAST_ONE_SEP" + suffix);
}
RECORDING_METHODS.push("consume", "subrule", "option", "or", "many", "atLeastOne");
RECORDING_METHODS.push("ACTION", "BACKTRACK", "LA");

/**
 * The end of Chevrotain's recording phase (its `disableRecording`), which deletes the methods it
 * put on the instance so that the prototype's show through again: this writes the prototype's
 * over them instead. The same methods are found, but deleting a hundred of the parser's
 * properties took several milliseconds of every run's set-up (Chevrotain's trace of its set-up,
 * `traceInitPerf`); writing them takes next to none.
 */
function endRecording(this: { RECORDING_PHASE: boolean } & Record<string, unknown>): void {
  this.RECORDING_PHASE = false;
  const proto = Object.getPrototypeOf(this) as Record<string, unknown>;
  for (const name of RECORDING_METHODS) this[name] = proto[name];
}

/** Installs the lean DSL methods on a parser class's prototype (see the file comment). */
export function leanDsl(proto: object): void {
  const p = proto as Record<string, unknown>;
  p.disableRecording = endRecording;
  for (let n = 0; n < 10; n++) {
    const suffix = n === 0 ? "" : String(n);
    p[`CONSUME${suffix}`] = consume; // the occurrence index only matters to recovery
    p[`SUBRULE${suffix}`] = subrule; // so does the subrule's
    p[`OPTION${suffix}`] = option(n);
    p[`MANY${suffix}`] = many(n);
    p[`OR${suffix}`] = or(n);
  }
  p.AT_LEAST_ONE = atLeastOne;
}

/**
 * Gives one parser (after `performSelfAnalysis`) Chevrotain's own DSL methods back: the reference
 * a test compares the lean ones with.
 */
export function chevrotainDsl(parser: object, base: object): void {
  const p = parser as Record<string, unknown>;
  const b = base as Record<string, unknown>;
  for (const name of NAMES) p[name] = b[name];
}

/**
 * Gives each rule of a parser built with `performSelfAnalysis` what the lean `SUBRULE` needs to
 * enter it: its short name and its table of lookahead functions (Chevrotain's, by rule).
 */
export function leanRules(parser: object): void {
  const engine = parser as Engine & Record<string, GrammarRule>;
  for (const name of engine.definedRulesNames) {
    const rule = engine[name];
    rule.shortName = engine.fullRuleNameToShort[name];
    rule.lookaheadFuncs = engine.lookAheadFuncsCache[rule.shortName] ?? [];
  }
}

/**
 * Makes `rule` the running rule again: what the rule that catches a parse error calls, since the
 * rules between the throw and the catch did not return (with Chevrotain's own DSL, whose rule
 * calls restore the running rule on the way out, it changes nothing).
 */
export function resumeRule(parser: object, rule: unknown): void {
  const engine = parser as Engine;
  const shortName = engine.fullRuleNameToShort[(rule as GrammarRule).ruleName];
  engine.currRuleShortName = shortName;
  engine.currRuleLookaheadFuncs = engine.lookAheadFuncsCache[shortName] ?? [];
}
