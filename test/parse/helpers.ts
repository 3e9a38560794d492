// Parsing helpers for the parser's tests: text → AST and diagnostics, without the preprocessor.
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import type { TranslationUnit } from "../../compiler/parse/ast.ts";
import { tokenize } from "../../compiler/parse/lexer.ts";
import { parse } from "../../compiler/parse/parser.ts";

export function parseText(
  text: string,
  name = "t.c",
): { unit: TranslationUnit; sink: DiagnosticSink } {
  const sink = new DiagnosticSink();
  const unit = parse(tokenize(text), new SourceFile(name, text), sink);
  return { unit, sink };
}

/** The AST without positions, for shape assertions. */
export function shape(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (k, v) =>
      k === "span" || k === "nameSpan" || k === "opSpan" || k === "storageSpan" || k === "labelSpan"
        ? undefined
        : v,
    ),
  );
}
