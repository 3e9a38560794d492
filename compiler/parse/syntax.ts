// `logosc -fsyntax-only`: preprocess, parse and check each C file, reporting every problem.
//
// The front end as one call, so the driver stays wiring only. Per file, the preprocessor's
// tokens go to the parser, and each external declaration goes on to the checker as soon as it is
// parsed (and, when compiling, to the code generator as soon as it is checked: `checkFile`'s
// `each`), so that the tree never exists whole: what one declaration's checking and compiling
// make is garbage before the next is parsed (50,000 lines: the heap at the end of checking
// ~150 → ~65 MB, the tokens being most of what is left).
//
// What the user sees is as if the phases ran one after the other over the whole file: the
// checker's diagnostics count only if the file parsed cleanly (checking a half-parsed tree would
// mostly report the parse errors again), so they are kept apart until the parse ends and dropped
// if it failed. The preprocessor's errors do not stop the checker, unless preprocessing stopped
// (a missing include): gcc goes on after them too.
import { SourceFile, type DiagnosticSink } from "../diag.ts";
import { preprocess, type PreprocessOptions } from "../pp/preprocess.ts";
import { Checker, type CheckedUnit } from "../sema/check.ts";
import { timed } from "../timing.ts";
import type { ExternalDecl } from "./ast.ts";
import { parse } from "./parser.ts";

/**
 * Preprocesses, parses and type-checks one file; undefined if it did not parse cleanly (or could
 * not be read). `each` gets every external declaration once it is checked, for as long as the
 * file has no error (so a declaration that `each` gets is typed as types.ts says, and when the
 * call returns a unit, `each` has had all of its declarations). The diagnostics of the three
 * phases are put in the order gcc gives them (`DiagnosticSink.interleave`); the returned unit's
 * `decls` is empty (the declarations went to `each`).
 */
export function checkFile(
  path: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
  each?: (d: ExternalDecl) => void,
): CheckedUnit | undefined {
  sink.stopped = false;
  const from = sink.list.length;
  const marks: number[] = [];
  try {
    const before = sink.errorCount;
    const tokens = timed("preprocess", () => preprocess(path, options, sink));
    marks.push(sink.list.length);
    if (tokens.length === 0 && sink.errorCount > before) return undefined;
    const file = tokens.length > 0 ? tokens[0].file : new SourceFile(path, "");
    const parsing = sink.errorCount;
    const checks = sink.fork();
    const checker = new Checker(checks, { hosted: !options.freestanding });
    const unit = timed("parse", () =>
      parse(tokens, file, sink, (d, clean) => {
        if (d.kind === "FunctionDef" && d.declarator.name !== undefined) {
          const { span } = d.body;
          if (span.expansion === undefined) sink.functions.push({ name: d.declarator.name, ...span }); // prettier-ignore
        }
        if (!clean || sink.stopped) return;
        timed("check", () => checker.external(d));
        if (each !== undefined && checks.errorCount === 0 && sink.errorCount === before) each(d);
      }),
    );
    if (sink.errorCount > parsing || sink.stopped) return undefined;
    marks.push(sink.list.length);
    const globals = timed("check", () => checker.finish());
    sink.absorb(checks);
    return { unit, globals };
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
