// `logosc -fsyntax-only`: preprocess, parse and check each C file, reporting every problem.
//
// The front end as one call, so the driver stays wiring only: per file, the preprocessor's tokens
// go to the parser, and the tree goes on to the checker only if the file parsed cleanly (checking
// a half-parsed tree would mostly report the parse errors again).
import { SourceFile, type DiagnosticSink } from "../diag.ts";
import { preprocess, type PreprocessOptions } from "../pp/preprocess.ts";
import { timed } from "../timing.ts";
import type { TranslationUnit } from "./ast.ts";
import { parse } from "./parser.ts";
import { checkUnit, type CheckedUnit } from "../sema/check.ts";

/** Preprocesses and parses one file; undefined if it could not be read. */
export function parseFile(
  path: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
): TranslationUnit | undefined {
  const before = sink.errorCount;
  const tokens = timed("preprocess", () => preprocess(path, options, sink));
  if (tokens.length === 0 && sink.errorCount > before) return undefined;
  const file = tokens.length > 0 ? tokens[0].file : new SourceFile(path, "");
  return timed("parse", () => parse(tokens, file, sink));
}

/** Preprocesses, parses and type-checks one file; undefined if it did not parse cleanly. */
export function checkFile(
  path: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
): CheckedUnit | undefined {
  const before = sink.errorCount;
  const unit = parseFile(path, options, sink);
  if (unit === undefined || sink.errorCount > before) return undefined;
  return timed("check", () => checkUnit(unit, sink));
}

/** `-fsyntax-only` over several files; the diagnostics are in `sink`. */
export function checkSyntax(
  files: string[],
  options: PreprocessOptions,
  sink: DiagnosticSink,
): void {
  for (const f of files) checkFile(f, options, sink);
}
