// The diagnostics suite: each `test/diagnostics/*.c` holds the messages logosc must print for it,
// as comments `// expect: LINE:COL: SEVERITY: MESSAGE`, in the order they are printed, positions
// included. The file is run through `logosc -fsyntax-only` (in process: the same function the
// driver calls), and the printed `file:line:col: severity: message` lines must be exactly those.
// Parse errors and type errors share this suite; a file without any `expect:` must be clean.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DiagnosticSink } from "../compiler/diag.ts";
import { checkSyntax } from "../compiler/parse/syntax.ts";

const dir = join(resolve(dirname(fileURLToPath(import.meta.url))), "diagnostics");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".c"))
  .sort();

function expected(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\/\/ expect: (.*)$/gm)) out.push(m[1].trim());
  return out;
}

function actual(path: string): string[] {
  const sink = new DiagnosticSink();
  checkSyntax([path], { freestanding: true }, sink);
  const name = basename(path);
  const out: string[] = [];
  for (const line of sink.format().split("\n")) {
    // Only the heading lines (not the quoted source or the caret), without the file name.
    if (line.startsWith(path + ":")) out.push(line.slice(path.length + 1));
    else if (line.startsWith(name + ":")) out.push(line.slice(name.length + 1));
  }
  return out;
}

describe("diagnostics (test/diagnostics/*.c)", () => {
  test("the suite is not empty", () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    test(f, () => {
      const path = join(dir, f);
      expect(actual(path)).toEqual(expected(readFileSync(path, "utf8")));
    });
  }
});
