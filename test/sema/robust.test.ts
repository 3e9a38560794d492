// Bad input never crashes the checker: programs that parse but are wrong in every way the
// mutations below can make them (names swapped for other names, constants for other constants,
// `.` for `->`, operators for operators, types for types) must come back as diagnostics, never as
// a JavaScript exception. The seeds of the mutations are fixed; LOGOS_FULL=1 tries many more.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { tokenize } from "../../compiler/parse/lexer.ts";
import { parse } from "../../compiler/parse/parser.ts";
import { checkUnit } from "../../compiler/sema/check.ts";
import { rng } from "./layout-gen.ts";

const root = resolve(import.meta.dirname, "../..");

/** Valid programs to start from: the parse corpus, and the examples of docs/language.md. */
function corpus(): string[] {
  const dir = join(root, "test/parse/valid");
  const out = readdirSync(dir)
    .filter((f) => f.endsWith(".c"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const doc = readFileSync(join(root, "docs/language.md"), "utf8");
  for (const m of doc.matchAll(/<!-- file: \S+ -->\s*```c\n([\s\S]*?)```/g)) out.push(m[1]);
  return out;
}

const SWAPS: string[][] = [
  ["int", "char", "long", "unsigned", "void", "_Bool", "short", "struct point", "int *"],
  ["+", "-", "*", "/", "%", "<<", "&", "|", "==", "<", "&&", ","],
  [".", "->"],
  ["0", "1", "-1", "4096", "'a'", '"s"', "(void *)0", "sizeof(int)"],
  ["=", "+=", "-=", "<<=", "|="],
];

/** One mutation: a word of one class replaced by another of the same class, or a name by a name. */
function mutate(text: string, r: (n: number) => number): string {
  const words = text.split(/(\s+|[()[\]{};])/);
  const names = words.filter((w) => /^[A-Za-z_]\w*$/.test(w));
  for (let tries = 0; tries < 4; tries++) {
    const i = r(words.length);
    const w = words[i];
    const cls = SWAPS.find((c) => c.includes(w));
    if (cls) words[i] = cls[r(cls.length)];
    else if (/^[A-Za-z_]\w*$/.test(w) && names.length > 0) words[i] = names[r(names.length)];
  }
  return words.join("");
}

describe("the checker never throws on programs that parse", () => {
  const programs = corpus();
  const rounds = process.env.LOGOS_FULL === "1" ? 3000 : 300;
  test(`${rounds} mutants of ${programs.length} valid programs`, () => {
    const r = rng(2026);
    let checked = 0;
    for (let k = 0; k < rounds; k++) {
      const text = mutate(programs[k % programs.length], r);
      const sink = new DiagnosticSink();
      const unit = parse(tokenize(text), new SourceFile("mutant.c", text), sink);
      if (sink.hasErrors) continue;
      checked++;
      try {
        checkUnit(unit, sink);
      } catch (e) {
        expect.fail(`the checker threw on:\n${text}\n${(e as Error).stack}`);
      }
    }
    // Most mutants still parse, so the checker really ran on them.
    expect(checked).toBeGreaterThan(rounds / 4);
  });
});
