// The front end streams (compiler/parse/syntax.ts): the preprocessor hands the parser its tokens a
// batch at a time, and each external declaration is checked as soon as it is parsed. What the
// user sees must be what the phases give run one after another over the whole file: here both
// ways are run on programs many batches long, with errors and warnings in several batches.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { parse } from "../../compiler/parse/parser.ts";
import { checkFile } from "../../compiler/parse/syntax.ts";
import { preprocess } from "../../compiler/pp/preprocess.ts";
import { checkUnit } from "../../compiler/sema/check.ts";

const dir = mkdtempSync(join(tmpdir(), "logos-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The diagnostics of the phases one after another: all tokens, the whole tree, then the check. */
function wholeFile(path: string): string {
  const sink = new DiagnosticSink();
  const tokens = preprocess(path, {}, sink);
  const marks = [sink.list.length];
  const before = sink.errorCount;
  const unit = parse(tokens, tokens[0].file, sink);
  for (const d of unit.decls) {
    // (The "In function 'f':" lines.)
    if (d.kind === "FunctionDef" && d.declarator.name !== undefined)
      sink.functions.push({ name: d.declarator.name, ...d.body.span });
  }
  if (sink.errorCount === before) {
    marks.push(sink.list.length);
    checkUnit(unit, sink);
  }
  sink.interleave(0, marks);
  return sink.format();
}

function streamed(path: string): string {
  const sink = new DiagnosticSink();
  checkFile(path, {}, sink);
  return sink.format();
}

/** A program of `n` functions (~12 tokens a line, a batch is 4,096 tokens); `odd(i)` spoils some. */
function program(n: number, odd: (i: number) => string | undefined): string {
  const lines = ["typedef int word;", "#define TWICE(x) ((x) + (x))"];
  for (let i = 0; i < n; i++) {
    lines.push(
      `static word f${i}(word a, word *p) {`,
      `  word s = TWICE(a) + ${i};`,
      odd(i) ?? `  for (word k = 0; k < a; k++) s += p[k] * ${i % 7};`,
      `  return s;`,
      `}`,
      `word g${i}(void) { word v[2] = { ${i}, 1 }; return f${i}(2, v); }`,
    );
  }
  return lines.join("\n") + "\n";
}

/** One function of `n` statements (many batches long), after a few small ones. */
function longFunction(n: number, odd: (i: number) => string | undefined): string {
  const lines = ["typedef int word;", "static word g(word x) { return x; }", "word f(word a) {"];
  lines.push("  word s = 0;");
  for (let i = 0; i < n; i++) lines.push(odd(i) ?? `  s += g(a * ${i % 97}) + (s >> 3);`);
  lines.push("  return s;", "}", "word h(void) { return f(2); }");
  return lines.join("\n") + "\n";
}

describe("the streaming front end reports what the phases one after another report", () => {
  const cases: [string, (i: number) => string | undefined][] = [
    ["clean", () => undefined],
    ["syntax errors in several batches", (i) => (i % 97 === 13 ? `  s += ;` : undefined)],
    ["a missing semicolon, a stray brace", (i) => (i === 150 ? `  s++` : i === 420 ? `  } }` : undefined)], // prettier-ignore
    ["type errors and warnings", (i) => (i % 89 === 7 ? `  int unused; s = p;` : undefined)],
    ["an error in the last batch only", (i) => (i === 599 ? `  s = undeclared;` : undefined)],
  ];
  const long: [string, (i: number) => string | undefined][] = [
    ["one declaration many batches long", () => undefined],
    ["a syntax error deep in a long declaration", (i) => (i === 5000 ? `  s += ;` : undefined)],
    ["a warning deep in a long declaration", (i) => (i === 6000 ? `  word unused;` : undefined)],
  ];
  for (const [name, odd] of long) {
    test(name, () => {
      const path = join(dir, `${name.replace(/\W+/g, "-")}.c`);
      writeFileSync(path, longFunction(8000, odd));
      expect(streamed(path)).toBe(wholeFile(path));
    });
  }
  for (const [name, odd] of cases) {
    test(name, () => {
      const path = join(dir, `${name.replace(/\W+/g, "-")}.c`);
      writeFileSync(path, program(600, odd));
      const expected = wholeFile(path);
      expect(streamed(path)).toBe(expected);
      if (name !== "clean") expect(expected).toMatch(/error|warning/);
    });
  }
});
