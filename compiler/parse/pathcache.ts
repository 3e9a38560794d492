// Chevrotain's lookahead paths of the parser's decisions, kept on disk from one run to the next.
//
// The one idea: a decision's lookahead paths (the token sequences, up to k tokens, that start
// each alternative: Chevrotain's `getLookaheadPaths`) depend on the grammar alone, and computing
// them is slow grammar analysis — for the hundred-odd decisions a large program takes, several
// per cent of the whole parse. So a run reads them from a file in the system's temporary folder
// (as Node's compile cache does). The file holds the grammar they were computed for (Chevrotain's
// own serialization of the recorded rules, with its version, k and the token categories) and is
// used only if that is this run's grammar, compared whole; its name comes from a quick
// fingerprint of the grammar, so that different grammars (another version of the compiler) keep
// different files. Paths missing from the file are computed as before and added to it when the
// parse ends (`save`). A file that cannot be read or written is no error: the paths are computed.
//
// In the file a path is a list of token type names (the token types' indices depend on the order
// in which the modules create them).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Rule, TokenType } from "chevrotain";
import { EOF, serializeGrammar, VERSION } from "./chevrotain.ts";

/** A decision's paths: per alternative, its token sequences. */
export type Paths = TokenType[][][];

/** What the file holds: the grammar, and its decisions' paths as token type names. */
interface CacheFile {
  grammar: string;
  paths: Record<string, string[][][]>;
}

/** The lookahead paths of one grammar's decisions, by decision (`Rule/Alternation3`). */
export class LookaheadPathCache {
  private readonly file: string;
  private readonly grammar: string;
  /** Paths by decision, as token type names (what the file holds). */
  private stored: Record<string, string[][][]> = {};
  private added = false;
  private readonly typesByName = new Map<string, TokenType>([[EOF.name, EOF]]);

  constructor(rules: Rule[], maxLookahead: number) {
    for (const rule of rules) collectTerminals(rule, this.typesByName);
    // The grammar, and the token categories its terminals match (they shape the paths too).
    const grammar = JSON.stringify(serializeGrammar(rules));
    const categories = JSON.stringify(
      [...this.typesByName.values()].map((t) => [t.name, (t.CATEGORIES ?? []).map((c) => c.name)]),
    );
    this.grammar = `${VERSION} ${maxLookahead} ${grammar} ${categories}`;
    this.file = join(tmpdir(), `logos-lookahead-${fingerprint(this.grammar)}.json`);
    try {
      const file = JSON.parse(readFileSync(this.file, "utf8")) as CacheFile;
      if (file.grammar === this.grammar) this.stored = file.paths;
    } catch {
      // not there yet (or unreadable): computed as needed
    }
  }

  /** The paths of decision `key`: from the file, else `compute`d (and kept for `save`). */
  get(key: string, compute: () => Paths): Paths {
    const names = this.stored[key];
    if (names !== undefined) {
      const paths = names.map((alt) => alt.map((path) => path.map((n) => this.typesByName.get(n))));
      if (paths.every((alt) => alt.every((path) => path.every((t) => t !== undefined)))) {
        return paths as Paths;
      }
    }
    const paths = compute();
    this.stored[key] = paths.map((alt) => alt.map((path) => path.map((t) => t.name)));
    this.added = true;
    return paths;
  }

  /** Writes the paths computed since the file was read, if any (atomically: other runs read it). */
  save(): void {
    if (!this.added) return;
    this.added = false;
    try {
      const temporary = `${this.file}.${process.pid}`;
      const file: CacheFile = { grammar: this.grammar, paths: this.stored };
      writeFileSync(temporary, JSON.stringify(file));
      renameSync(temporary, this.file);
    } catch {
      // a read-only or full temporary folder: the next run computes them again
    }
  }
}

/**
 * A quick fingerprint of `text` for a file name: its length and an FNV-1a hash of every 16th
 * code unit, in hex. (Not a digest: the file's grammar is compared whole. Hashing all of the
 * 80,000 characters, or loading `node:crypto` to do it, costs more than the file saves.)
 */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 16) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(16)}-${(h >>> 0).toString(16).padStart(8, "0")}`;
}

/** The token types a rule's productions name, by name (not those of the rules it calls). */
function collectTerminals(node: object, out: Map<string, TokenType>): void {
  const n = node as { terminalType?: TokenType; nonTerminalName?: string; definition?: object[] };
  if (n.terminalType !== undefined) out.set(n.terminalType.name, n.terminalType);
  if (n.nonTerminalName !== undefined) return; // its `definition` is the called rule's
  for (const child of n.definition ?? []) collectTerminals(child, out);
}
