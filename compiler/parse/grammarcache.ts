// What the parser's set-up computes from the grammar, kept on disk from one run to the next: the
// grammar as Chevrotain records it, and its decisions' lookahead paths.
//
// The one idea: both depend on the grammar alone, and computing them is most of the set-up.
// Chevrotain learns the grammar by running every rule once in a recording mode (its
// `performSelfAnalysis`), which builds a tree of productions per rule (its "GAST"); the lookahead
// paths of a decision (the token sequences, up to k tokens, that start each alternative:
// `getLookaheadPaths`) are slow grammar analysis on those trees. So a run reads both from a file in
// the system's temporary folder (as Node's compile cache does), and records a rule or computes a
// decision's paths only when the file does not have them; what it adds is written when the parse
// ends (`save`). A file that cannot be read or written is no error: everything is computed.
//
// The file is used only if it was made from this grammar: it holds a key made of Chevrotain's
// version, k, and the version of the two modules the grammar is written in (parser.ts, its rules;
// lexer.ts, its token types and their categories: their sizes and modification times, as make
// judges a file), and its name comes from that key, so that different grammars (another version
// of the compiler) keep different files. In the file, token types are named (their indices depend
// on the order in which modules make them).
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { IProduction, Rule as RuleType, TokenType } from "chevrotain";
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  VERSION,
} from "./chevrotain.ts";

/** A decision's paths: per alternative, its token sequences. */
export type Paths = TokenType[][][];

/**
 * A recorded production as the file holds it: its kind, its fields (those Chevrotain's recorder
 * sets), token types by name, and the productions inside it.
 */
interface SavedProduction {
  kind: string;
  fields: Record<string, unknown>;
  terminalType?: string;
  separator?: string;
  definition?: SavedProduction[];
}

/** What the file holds. */
interface CacheFile {
  key: string;
  rules: Record<string, SavedProduction>;
  paths: Record<string, string[][][]>;
}

/** The production classes, by the kind the file names them by. */
const KINDS = new Map<string, new (options: never) => IProduction>([
  ["Rule", Rule],
  ["NonTerminal", NonTerminal],
  ["Alternative", Alternative],
  ["Option", Option],
  ["RepetitionMandatory", RepetitionMandatory],
  ["RepetitionMandatoryWithSeparator", RepetitionMandatoryWithSeparator],
  ["Repetition", Repetition],
  ["RepetitionWithSeparator", RepetitionWithSeparator],
  ["Alternation", Alternation],
  ["Terminal", Terminal],
] as [string, new (options: never) => IProduction][]);
const KIND_OF = new Map([...KINDS].map(([kind, c]) => [c as unknown, kind]));

/** The plain fields of a production the recorder may set (the rest are token types and lists). */
const FIELDS = ["name", "orgText", "idx", "label", "nonTerminalName", "maxLookahead", "ignoreAmbiguities", "hasPredicates"]; // prettier-ignore

/** The recorded grammar and lookahead paths of the parser's grammar (see the file comment). */
export class GrammarCache {
  /** The file, in the temporary folder. */
  readonly file: string;
  private readonly key: string;
  private rules: Record<string, SavedProduction> = {};
  /** Paths by decision, as token type names. */
  private paths: Record<string, string[][][]> = {};
  private added = false;
  /** No file of this grammar was there: this run makes it (and clears away old ones). */
  private fresh = true;
  private readonly typesByName = new Map<string, TokenType>();

  /**
   * `version`: which version of the grammar's sources this is; `types`: every token type its
   * rules name.
   */
  constructor(version: string, maxLookahead: number, types: TokenType[]) {
    for (const t of types) this.typesByName.set(t.name, t);
    this.key = `${VERSION} ${maxLookahead} ${version}`;
    this.file = join(tmpdir(), `logos-grammar-${fingerprint(this.key)}.json`);
    try {
      const file = JSON.parse(readFileSync(this.file, "utf8")) as CacheFile;
      if (file.key === this.key) {
        this.rules = file.rules;
        this.paths = file.paths;
        this.fresh = false;
      }
    } catch {
      // not there yet (or unreadable): recorded and computed as needed
    }
  }

  /** Rule `name` as Chevrotain recorded it, if the file has it. */
  rule(name: string): RuleType | undefined {
    const saved = this.rules[name];
    return saved === undefined ? undefined : (this.load(saved) as RuleType | undefined);
  }

  /** Keeps a rule this run recorded, for the next runs. */
  keepRule(rule: RuleType): void {
    this.rules[rule.name] = save(rule);
    this.added = true;
  }

  /** The paths of decision `key`: from the file, else `compute`d (and kept for `save`). */
  lookaheadPaths(key: string, compute: () => Paths): Paths {
    const names = this.paths[key];
    if (names !== undefined) {
      const paths = names.map((alt) => alt.map((path) => path.map((n) => this.typesByName.get(n))));
      if (paths.every((alt) => alt.every((path) => path.every((t) => t !== undefined)))) {
        return paths as Paths;
      }
    }
    const paths = compute();
    this.paths[key] = paths.map((alt) => alt.map((path) => path.map((t) => t.name)));
    this.added = true;
    return paths;
  }

  /** Writes what was added since the file was read, if anything (atomically: other runs read it). */
  save(): void {
    if (!this.added) return;
    this.added = false;
    try {
      const temporary = `${this.file}.${process.pid}`;
      const file: CacheFile = { key: this.key, rules: this.rules, paths: this.paths };
      writeFileSync(temporary, JSON.stringify(file));
      renameSync(temporary, this.file);
      if (this.fresh) removeStale(this.file);
    } catch {
      // a read-only or full temporary folder: the next run computes them again
    }
  }

  /**
   * A production from the file; undefined if it names a token type this grammar lacks. Made
   * with its class's prototype and its fields written straight in, as Chevrotain's constructors
   * would leave them: the constructors copy their options through `pickOnlyDefined` and
   * `Object.assign`, which took most of the ~5 ms that loading the grammar's 1,409 productions
   * took with them.
   */
  private load(s: SavedProduction): IProduction | undefined {
    const kind = KINDS.get(s.kind);
    if (kind === undefined) return undefined;
    const p = Object.create(kind.prototype as object) as Record<string, unknown>;
    if (s.definition !== undefined || s.kind === "NonTerminal") {
      const definition: IProduction[] = [];
      for (const d of s.definition ?? []) {
        const q = this.load(d);
        if (q === undefined) return undefined;
        definition.push(q);
      }
      p._definition = definition; // (AbstractProduction's field)
    }
    const fields = s.fields;
    for (const f in fields) p[f] = fields[f];
    if (s.terminalType !== undefined) {
      p.terminalType = this.typesByName.get(s.terminalType);
      if (p.terminalType === undefined) return undefined;
    }
    if (s.separator !== undefined) {
      p.separator = this.typesByName.get(s.separator);
      if (p.separator === undefined) return undefined;
    }
    return p as unknown as IProduction;
  }
}

/**
 * Clears the temporary folder of the files of grammars unused for a week (each edit of the
 * parser makes a new one), and of the lookahead-path files of earlier versions of logosc.
 */
function removeStale(keep: string): void {
  const dir = dirname(keep);
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    const old = name.startsWith("logos-lookahead-") && name.endsWith(".json");
    if (!old && !(name.startsWith("logos-grammar-") && name.endsWith(".json"))) continue;
    const path = join(dir, name);
    try {
      if (path !== keep && (old || statSync(path).atimeMs < weekAgo)) rmSync(path);
    } catch {
      // another run's, being replaced or removed: theirs to keep
    }
  }
}

/** A recorded production as the file holds it. */
export function save(p: IProduction): SavedProduction {
  const kind = KIND_OF.get(p.constructor);
  if (kind === undefined) throw new Error(`grammar cache: a production of an unknown kind`);
  const q = p as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const f of FIELDS) if (q[f] !== undefined) fields[f] = q[f];
  const s: SavedProduction = { kind, fields };
  if (q.terminalType !== undefined) s.terminalType = (q.terminalType as TokenType).name;
  if (q.separator !== undefined) s.separator = (q.separator as TokenType).name;
  // (A non-terminal's `definition` is the rule it calls: resolved when the grammar is.)
  if (kind !== "NonTerminal" && kind !== "Terminal")
    s.definition = (q.definition as IProduction[]).map(save);
  return s;
}

/** A fingerprint of `text` for a file name: an FNV-1a hash, in hex. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
