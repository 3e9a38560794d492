// `logosc -fsyntax-only`: preprocess, parse and check each C file, reporting every problem.
//
// The front end as one call, so the driver stays wiring only. Per file, the preprocessor hands
// the parser its tokens a batch at a time as the parser reaches them (`PreprocessStream`), and
// each external declaration goes on to the checker as soon as it is parsed (and, when compiling,
// to the code generator as soon as it is checked: `checkFile`'s `each`), as gcc works: neither
// the tokens nor the tree ever exist whole, and what one declaration's parsing, checking and
// compiling make is garbage before long. On the 50,000-line program of bench/codegen.ts, the most
// the heap holds after a collection fell from 143 to 42 MB (-fsyntax-only) and from 164 to 48 MB
// (-c -O1); the process's resident size from 353 to 137 MB and from 432 to 207 MB.
//
// What the user sees is as if the phases ran one after the other over the whole file: the
// checker's diagnostics count only if the file parsed cleanly (checking a half-parsed tree would
// mostly report the parse errors again), so they are kept apart until the parse ends and dropped
// if it failed. The preprocessor's errors do not stop the checker, unless preprocessing stopped
// (a missing include): gcc goes on after them too.
import { SourceFile, type DiagnosticSink } from "../diag.ts";
import { PreprocessStream, type PreprocessOptions } from "../pp/preprocess.ts";
import type { PPToken } from "../pp/token.ts";
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
    // The preprocessor hands the parser its tokens a batch at a time, as the parser reaches
    // them, so that they too are garbage soon after they are made. Its diagnostics all come
    // before the parser's (which it keeps until the end) and the checker's.
    const stream = new PreprocessStream(path, options, sink);
    const more = (): PPToken[] | undefined => {
      const batch = timed("preprocess", () => stream.next());
      if (batch === undefined) marks.push(sink.list.length);
      return batch;
    };
    const tokens = more() ?? [];
    if (tokens.length === 0 && sink.errorCount > before) return undefined;
    const file = tokens.length > 0 ? tokens[0].file : new SourceFile(path, "");
    const parsing = sink.errorCount;
    const checks = sink.fork();
    const checker = new Checker(checks, { hosted: !options.freestanding });
    const unit = timed("parse", () =>
      parse(
        tokens,
        file,
        sink,
        (d, clean) => {
          if (d.kind === "FunctionDef" && d.declarator.name !== undefined) {
            const { span } = d.body;
            if (span.expansion === undefined) sink.functions.push({ name: d.declarator.name, ...span }); // prettier-ignore
          }
          if (!clean || sink.stopped) return;
          timed("check", () => checker.external(d));
          if (each !== undefined && checks.errorCount === 0 && sink.errorCount === before) each(d);
        },
        more,
      ),
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
