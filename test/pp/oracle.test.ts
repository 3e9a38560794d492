// The preprocessor against `gcc -m32 -E -P -undef`: every file of test/pp/corpus gives the same
// token sequence (spellings compared; whitespace and line breaks may differ, as gcc's -P does).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { lexRaw, Newline } from "../../compiler/parse/lexer.ts";
import { preprocess, printPreprocessed } from "../../compiler/pp/preprocess.ts";
import { Pragma } from "../../compiler/pp/token.ts";
import { oracle } from "../oracle.ts";

const corpus = join(import.meta.dirname, "corpus");
/** The heading lines of a compiler's messages (`file:line:col: warning: …`). */
const headings = (stderr: string): string[] =>
  stderr.split("\n").filter((l) => /^[^\s:]+:\d+(:\d+)?: (error|warning|note):/.test(l));

const spellings = (text: string): string[] =>
  lexRaw(text)
    .filter((t) => t.tokenType !== Newline)
    .map((t) => t.image);

describe.runIf(oracle("gcc -m32"))("preprocessor = gcc -m32 -E -P -undef", () => {
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".c"))) {
    it(file, () => {
      const path = join(corpus, file);
      const run = spawnSync("gcc", ["-m32", "-E", "-P", "-undef", "-std=c11", path], {
        encoding: "utf8",
        env: { ...process.env, LC_ALL: "C" },
      });
      expect(run.status).toBe(0);
      const gcc = run.stdout;
      const sink = new DiagnosticSink();
      const ours = preprocess(path, { noPredefined: true, keepPragmas: true }, sink);
      // The same warnings (a file here has no errors): headings, positions included.
      expect(headings(sink.format())).toEqual(headings(run.stderr));
      // A kept `#pragma` line is one token whose image is the whole line.
      const images = ours.flatMap((t) => (t.tokenType === Pragma ? spellings(t.image) : [t.image]));
      expect(images).toEqual(spellings(gcc));
      // The -E printer's text lexes back to the same tokens.
      expect(spellings(printPreprocessed(ours, false))).toEqual(spellings(gcc));
    });
  }
});
