// `logosc -fsyntax-only`: preprocess, parse and check each C file, reporting every problem.
//
// The front end as one call, so the driver stays wiring only: per file, the preprocessor's tokens
// go to the parser, and the tree goes on to the checker only if the file parsed cleanly (checking
// a half-parsed tree would mostly report the parse errors again). The preprocessor's errors do not
// stop the checker, unless preprocessing stopped (a missing include): gcc goes on after them too.
import { SourceFile, type DiagnosticSink } from "../diag.ts";
import { preprocess, type PreprocessOptions } from "../pp/preprocess.ts";
import { timed } from "../timing.ts";
import type { TranslationUnit } from "./ast.ts";
import { parse } from "./parser.ts";
import { checkUnit, type CheckedUnit } from "../sema/check.ts";

/**
 * Preprocesses and parses one file; undefined if it could not be read or did not parse. The
 * function bodies go to `sink.functions`; `marks` gets where the parser's diagnostics begin.
 */
function parseFile(
  path: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
  marks: number[],
): TranslationUnit | undefined {
  const before = sink.errorCount;
  const tokens = timed("preprocess", () => preprocess(path, options, sink));
  marks.push(sink.list.length);
  if (tokens.length === 0 && sink.errorCount > before) return undefined;
  const file = tokens.length > 0 ? tokens[0].file : new SourceFile(path, "");
  const parsing = sink.errorCount;
  const unit = timed("parse", () => parse(tokens, file, sink));
  for (const d of unit.decls) {
    if (d.kind !== "FunctionDef" || d.declarator.name === undefined) continue;
    const { span } = d.body;
    if (span.expansion === undefined) sink.functions.push({ name: d.declarator.name, ...span });
  }
  return sink.errorCount > parsing ? undefined : unit;
}

/**
 * Preprocesses, parses and type-checks one file; undefined if it did not parse cleanly. The
 * diagnostics of the three phases are put in the order gcc gives them (`DiagnosticSink.interleave`).
 */
export function checkFile(
  path: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
): CheckedUnit | undefined {
  sink.stopped = false;
  const from = sink.list.length;
  const marks: number[] = [];
  try {
    const unit = parseFile(path, options, sink, marks);
    if (unit === undefined || sink.stopped) return undefined;
    marks.push(sink.list.length);
    return timed("check", () => checkUnit(unit, sink, { hosted: !options.freestanding }));
  } finally {
    sink.interleave(from, marks);
  }
}

/** `-fsyntax-only` over several files; the diagnostics are in `sink`. */
export function checkSyntax(
  files: string[],
  options: PreprocessOptions,
  sink: DiagnosticSink,
): void {
  for (const f of files) checkFile(f, options, sink);
}
