// The parser's table-driven lookahead (compiler/parse/lookahead.ts) against Chevrotain's own LL(k)
// lookahead, the reference it replaces for speed: on every C file of the test suites, valid and
// invalid, both parsers build the same tree and report the same errors.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { parse, parseWithChevrotainLookahead } from "../../compiler/parse/parser.ts";
import { preprocess } from "../../compiler/pp/preprocess.ts";

const root = join(import.meta.dirname, "..");
const folders = ["parse/valid", "parse/invalid", "diagnostics", "pp/corpus"];
const files = folders.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith(".c"))
    .map((f) => join(root, d, f)),
);

/** The tree and the messages, as one string (the preprocessor runs afresh for each parser). */
function run(path: string, parser: typeof parse): string {
  const sink = new DiagnosticSink();
  const tokens = preprocess(path, { includeDirs: [] }, sink);
  const file = tokens[0]?.file;
  if (!file) return sink.format();
  const unit = parser(tokens, file, sink);
  return JSON.stringify(unit, (k, v) => (k === "file" ? v?.name : v)) + "\n" + sink.format();
}

describe("table-driven lookahead = Chevrotain's LL(k) lookahead", () => {
  it("covers the test corpora", () => expect(files.length).toBeGreaterThan(30));
  for (const path of files) {
    it(path.slice(root.length + 1), () => {
      expect(run(path, parse)).toBe(run(path, parseWithChevrotainLookahead));
    });
  }
});
