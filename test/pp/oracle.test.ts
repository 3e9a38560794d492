// The preprocessor against `gcc -m32 -E -P -undef`: every file of test/pp/corpus gives the same
// token sequence (spellings compared; whitespace and line breaks may differ, as gcc's -P does).
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { lexRaw, Newline } from "../../compiler/parse/lexer.ts";
import { preprocess, printPreprocessed } from "../../compiler/pp/preprocess.ts";
import { Pragma } from "../../compiler/pp/token.ts";
import { oracle } from "../oracle.ts";

const corpus = join(import.meta.dirname, "corpus");
const spellings = (text: string): string[] =>
  lexRaw(text)
    .filter((t) => t.tokenType !== Newline)
    .map((t) => t.image);

describe.runIf(oracle("gcc -m32"))("preprocessor = gcc -m32 -E -P -undef", () => {
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".c"))) {
    it(file, () => {
      const path = join(corpus, file);
      const gcc = execFileSync("gcc", ["-m32", "-E", "-P", "-undef", "-std=c11", path], {
        encoding: "utf8",
      });
      const sink = new DiagnosticSink();
      const ours = preprocess(path, { noPredefined: true, keepPragmas: true }, sink);
      expect(sink.format()).toBe("");
      // A kept `#pragma` line is one token whose image is the whole line.
      const images = ours.flatMap((t) => (t.tokenType === Pragma ? spellings(t.image) : [t.image]));
      expect(images).toEqual(spellings(gcc));
      // The -E printer's text lexes back to the same tokens.
      expect(spellings(printPreprocessed(ours, false))).toEqual(spellings(gcc));
    });
  }
});
