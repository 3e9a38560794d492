// Diagnostics: the errors and warnings a user's input can cause, as values with a source position.
//
// Every pass of logosc (preprocessor, parser, checker, assembler, linker) reports problems here
// instead of throwing. A `Diagnostic` points into a `SourceFile` by character offsets; line and
// column are computed only when a message is printed, so the lexer's hot path never pays for them.
// The format is gcc's and nasm's: `file:line:col: error: message`, the source line, and a caret
// (with `~` under the rest of the span), followed by notes such as "previous definition is here".
//
// A span in a macro expansion points where its token is spelled (in the `#define`, or in the
// argument at the use) and carries the `Expansion` it came out of; printing it appends gcc's
// "in definition of macro" / "in expansion of macro" notes, innermost first (`expansionNotes`).

export type Severity = "error" | "warning" | "note";

/**
 * A file's text and where its lines start. Shared by every token and span that points into it.
 * A file `#include`d twice is two `SourceFile`s: each knows the directive that read it.
 */
export class SourceFile {
  readonly name: string;
  readonly text: string;
  /** The `#include` directive that read this file; undefined for a file read first. */
  readonly includedFrom: Span | undefined;
  private static made = 0;
  /** Files made earlier have smaller numbers: the order of files read first (`<built-in>`...). */
  readonly serial = SourceFile.made++;
  private lineStarts: number[] | undefined;

  constructor(name: string, text: string, includedFrom?: Span) {
    this.name = name;
    this.text = text;
    this.includedFrom = includedFrom;
  }

  /** 1-based line and column of a character offset. */
  lineCol(offset: number): { line: number; col: number } {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo] + 1 };
  }

  /** How many lines the text has (a last line without a newline counts). */
  lineCount(): number {
    return this.starts().length;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const starts = this.starts();
    const start = starts[line - 1] ?? this.text.length;
    let end = this.text.indexOf("\n", start);
    if (end < 0) end = this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
    return starts;
  }
}

/**
 * A place in a source file: `start` up to (not including) `end`, as character offsets.
 * `presumedLineDelta` adjusts the computed line for `#line` directives; `presumedName` likewise
 * overrides the file name that is printed. `expansion`: the macro expansion the place came out of.
 */
export interface Span {
  file: SourceFile;
  start: number;
  end: number;
  presumedName?: string;
  presumedLineDelta?: number;
  expansion?: Expansion;
}

/** A token where it is spelled: as much of a preprocessing token (pp/token.ts) as a note needs. */
export interface Spelling {
  file: SourceFile;
  startOffset: number;
  image: string;
  presumedName?: string;
  presumedLineDelta?: number;
  expansion?: Expansion;
}

/**
 * The macro expansion a token came out of: gcc's "macro map", one per context rather than one per
 * token. A macro use makes one for the tokens of the macro's body (spelled in the `#define`); each
 * parameter it replaces makes one for the argument's tokens (spelled where the argument was
 * written, possibly by another expansion: `from`). Tokens point at their expansion, expansions at
 * their use, whose token may be in an expansion again: that chain is the notes of a diagnostic.
 */
export interface Expansion {
  /** The macro's name. */
  macro: string;
  /** The macro's name at the use. */
  use: Spelling;
  /** For an argument's tokens: the parameter in the macro's body they replaced. */
  param?: Spelling;
  /** For an argument's tokens that came out of an expansion inside the argument: that one. */
  from?: Expansion;
  /** The outermost use: where the whole expansion stands in the text being read. */
  root: Spelling;
  /**
   * Where reading `root.file` had got to when the expansion was made (the outermost use's `)`):
   * a problem in the expansion comes after what the preprocessor found up to there.
   */
  readTo: number;
}

export interface Diagnostic {
  severity: Severity;
  message: string;
  span?: Span;
  /** The warning option that enabled it, printed as `[-Wunused-variable]`. */
  option?: string;
  notes?: Diagnostic[];
  /** Printed as `file:line:` without a column or caret (gcc does so for a macro's definition). */
  lineOnly?: boolean;
  /**
   * Where the problem was found, when that is before `span` (a macro use whose arguments are
   * wrong is found at its name, and reported at its `)`): orders it among the others.
   */
  foundAt?: Span;
}

/** Formats one diagnostic and its notes the way gcc does, source line and caret included. */
export function formatDiagnostic(d: Diagnostic, color = false, context?: PrintContext): string {
  const out: string[] = [];
  if (context !== undefined && d.span !== undefined) context.enter(d.span, out, color);
  formatOne(d, color, out, context);
  for (const n of d.notes ?? []) formatOne(n, color, out, context);
  return out.join("\n") + "\n";
}

/** A function body, where its diagnostics get gcc's "In function 'f':" line. */
export interface FunctionExtent {
  name: string;
  /** The body's first and last character, in the text being read (outside macro expansions). */
  file: SourceFile;
  start: number;
  end: number;
}

/**
 * What gcc prints before a diagnostic about where it is, as it goes through a run's diagnostics:
 * the `#include`s that read its file ("In file included from b.h:2,\n from m.c:1:"), each only
 * once (the rest of the chain was shown with an earlier diagnostic), and the function it is in
 * ("m.c: In function 'f':"), or "At top level:" after one, when that changes.
 */
export class PrintContext {
  private readonly announced = new Set<SourceFile>();
  private lastFunction: FunctionExtent | undefined;
  private readonly functions: readonly FunctionExtent[];

  constructor(functions: readonly FunctionExtent[]) {
    this.functions = functions;
  }

  /** The lines before a diagnostic (not a note) at `span`. */
  enter(span: Span, out: string[], color: boolean): void {
    this.inclusions(span.file, out, color);
    const at = rootPlace(span);
    const f = this.functions.find(
      (e) => e.file === at.file && e.start <= at.offset && at.offset <= e.end,
    );
    if (f === this.lastFunction) return;
    const where = f === undefined ? "At top level:" : `In function '${f.name}':`;
    out.push(`${paint(color, "1", `${at.name}:`)} ${where}`);
    this.lastFunction = f;
  }

  /** "In file included from ..." for the inclusions of `file` not shown yet. */
  inclusions(file: SourceFile, out: string[], color: boolean): void {
    let line = "";
    for (let f = file; f.includedFrom !== undefined && !this.announced.has(f);) {
      this.announced.add(f);
      const at = f.includedFrom;
      const shownLine = at.file.lineCol(at.start).line + (at.presumedLineDelta ?? 0);
      const place = paint(color, "1", `${at.presumedName ?? at.file.name}:${shownLine}`);
      line += line === "" ? `In file included from ${place}` : `,\n                 from ${place}`;
      f = at.file;
    }
    if (line !== "") out.push(line + ":");
  }
}

/**
 * Where a span stands in the text being read: a place in a macro expansion where its outermost
 * use ends (the preprocessor has read that far when the parser sees the expansion's tokens).
 */
function rootPlace(span: Span): { file: SourceFile; offset: number; name: string } {
  const x = span.expansion;
  if (x !== undefined) {
    const root = x.root;
    return { file: root.file, offset: x.readTo, name: root.presumedName ?? root.file.name };
  }
  return { file: span.file, offset: span.start, name: span.presumedName ?? span.file.name };
}

/**
 * The order of two places in the translation (negative: `a` first): a file's places in their
 * order, and an included file's at the `#include` that read it.
 */
function compareRootPlaces(a: Span, b: Span): number {
  const pa = inclusionPath(rootPlace(a));
  const pb = inclusionPath(rootPlace(b));
  for (let i = 0; i < pa.length && i < pb.length; i++) {
    const [fa, oa] = pa[i];
    const [fb, ob] = pb[i];
    if (fa !== fb) return fa.serial - fb.serial;
    if (oa !== ob) return oa - ob;
  }
  return pa.length - pb.length;
}

/** The places of the `#include`s that led to `at`, the file read first first, then `at`. */
function inclusionPath(at: { file: SourceFile; offset: number }): [SourceFile, number][] {
  const path: [SourceFile, number][] = [[at.file, at.offset]];
  for (let f = at.file.includedFrom; f !== undefined; f = f.file.includedFrom)
    path.unshift([f.file, f.start]);
  return path;
}

const paint = (color: boolean, code: string, s: string): string =>
  color ? `\x1b[${code}m${s}\x1b[0m` : s;

const COLORS: Record<Severity, string> = { error: "31", warning: "35", note: "36" };

/**
 * The notes gcc prints after a diagnostic at a place in a macro expansion, innermost first (its
 * `maybe_unwind_expanded_macro_loc`): from the token's expansion, go on through the expansion an
 * argument's tokens came from, else through the use; each step is "in expansion of macro 'M'" at
 * the use -- except the first, which is "in definition of macro 'M'" at the parameter when the
 * token stands on another line than the place in the definition it replaced.
 */
export function expansionNotes(span: Span): Diagnostic[] {
  const out: Diagnostic[] = [];
  let x = span.expansion;
  if (x === undefined) return out;
  const param = x.param;
  if (param && param.file.lineCol(param.startOffset).line !== span.file.lineCol(span.start).line) {
    out.push(note(`in definition of macro '${x.macro}'`, definitionSpan(param)));
    x = x.from ?? x.use.expansion;
  }
  for (; x !== undefined; x = x.from ?? x.use.expansion) {
    out.push(note(`in expansion of macro '${x.macro}'`, definitionSpan(x.use)));
  }
  return out;
}

/**
 * Where a token of a macro expansion stands in the definition it came from: an argument's token at
 * the parameter it replaced, anything else where it is spelled (without its own expansion).
 */
function definitionSpan(t: Spelling): Span {
  const at = t.expansion?.param ?? t;
  return {
    file: at.file,
    start: at.startOffset,
    end: at.startOffset + at.image.length,
    presumedName: at.presumedName,
    presumedLineDelta: at.presumedLineDelta,
  };
}

function formatOne(d: Diagnostic, color: boolean, out: string[], context?: PrintContext): void {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = paint("1;" + COLORS[d.severity], d.severity + ":");
  if (d.severity === "note" && d.span !== undefined) context?.inclusions(d.span.file, out, color);
  const option = d.option ? ` [${d.option}]` : "";
  if (!d.span) {
    out.push(`logosc: ${sev} ${d.message}${option}`);
    return;
  }
  const { file, start, end } = d.span;
  const { line, col } = file.lineCol(start);
  const shownLine = line + (d.span.presumedLineDelta ?? 0);
  const name = d.span.presumedName ?? file.name;
  // Under `#line`, gcc quotes the line of the presumed number in the file of the presumed name:
  // here, when that is this file and it has that line (else nothing). On a line 0 it gives no
  // position but the file.
  const quoted =
    name === file.name && shownLine <= file.lineCount() ? file.lineText(shownLine) : undefined;
  if (shownLine <= 0) {
    out.push(`${paint("1", `${name}:`)} ${sev} ${d.message}${option}`);
    return;
  }
  if (d.lineOnly) {
    out.push(`${paint("1", `${name}:${shownLine}:`)} ${sev} ${d.message}${option}`);
    if (quoted !== undefined) out.push(` ${String(shownLine).padStart(4)} | ${quoted}`, `      | `);
    return;
  }
  out.push(`${paint("1", `${name}:${shownLine}:${col}:`)} ${sev} ${d.message}${option}`);
  if (quoted !== undefined) {
    const width = Math.max(1, Math.min(end, start + quoted.length - col + 1) - start);
    const pad = quoted.slice(0, col - 1).replace(/[^\t]/g, " ");
    out.push(` ${String(shownLine).padStart(4)} | ${quoted}`);
    out.push(`      | ${pad}${paint("1;32", "^" + "~".repeat(width - 1))}`);
  }
  if (d.span.expansion) for (const n of expansionNotes(d.span)) formatOne(n, color, out, context);
}

/**
 * Collects the diagnostics of one run. Passes call `error`/`warning`; the driver prints them and
 * chooses the exit status. `-Werror` turns warnings into errors; `-Wno-X` silences option X.
 */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  errorCount = 0;
  /** A pass stopped early (`FatalError`): what it produced is incomplete. */
  stopped = false;
  warningsAsErrors = false;
  private disabled = new Set<string>();

  disable(option: string): void {
    this.disabled.add(option);
  }

  enable(option: string): void {
    this.disabled.delete(option);
  }

  isEnabled(option: string): boolean {
    return !this.disabled.has(option);
  }

  report(d: Diagnostic): void {
    if (d.severity === "warning") {
      if (d.option && this.disabled.has(d.option)) return;
      if (this.warningsAsErrors) d = { ...d, severity: "error" };
    }
    if (d.severity === "error") this.errorCount++;
    this.list.push(d);
  }

  error(message: string, span?: Span, notes?: Diagnostic[]): void {
    this.report({ severity: "error", message, span, notes });
  }

  warning(message: string, span: Span | undefined, option?: string, notes?: Diagnostic[]): void {
    this.report({ severity: "warning", message, span, option, notes });
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /**
   * A sink with this one's settings (`-W` options, `-Werror`) whose diagnostics are kept apart
   * until `absorb` takes them: for a pass that runs beside an earlier one but whose diagnostics
   * count only if the earlier one ends clean (the checker, run on each declaration as soon as it
   * is parsed, says nothing about a file that does not parse).
   */
  fork(): DiagnosticSink {
    const s = new DiagnosticSink();
    s.warningsAsErrors = this.warningsAsErrors;
    s.disabled = this.disabled;
    return s;
  }

  /** Takes the diagnostics of a `fork`, after this sink's own. */
  absorb(fork: DiagnosticSink): void {
    for (const d of fork.list) this.list.push(d);
    this.errorCount += fork.errorCount;
  }

  /** The C front end's function bodies, for the "In function 'f':" lines (`PrintContext`). */
  readonly functions: FunctionExtent[] = [];

  /**
   * Puts the diagnostics from `list[from]` on in the order of their places in the translation,
   * as gcc (which reads a file once) prints them: `marks` divide them into the runs the phases
   * reported (the preprocessor's, the parser's, the checker's), each in its own order already,
   * and the runs are merged. A diagnostic without a place goes first.
   */
  interleave(from: number, marks: number[]): void {
    const runs: Diagnostic[][] = [];
    let start = from;
    for (const m of [...marks, this.list.length]) {
      if (m > start) runs.push(this.list.slice(start, m));
      start = Math.max(start, m);
    }
    if (runs.length < 2) return;
    const heads = runs.map(() => 0);
    for (let k = from; k < this.list.length; k++) {
      let best = -1;
      for (let r = 0; r < runs.length; r++) {
        const d = runs[r][heads[r]];
        if (d === undefined) continue;
        if (best < 0 || before(d, runs[best][heads[best]])) best = r;
      }
      this.list[k] = runs[best][heads[best]++];
    }
  }

  format(color = false): string {
    const context = new PrintContext(this.functions);
    return this.list.map((d) => formatDiagnostic(d, color, context)).join("");
  }
}

/**
 * The order of two diagnostics in the translation, by where they were found (negative: `a`
 * first; one without a place first of all).
 */
export function translationOrder(a: Diagnostic, b: Diagnostic): number {
  const pa = a.foundAt ?? a.span;
  const pb = b.foundAt ?? b.span;
  if (pa === undefined || pb === undefined)
    return (pa === undefined ? 0 : 1) - (pb === undefined ? 0 : 1);
  return compareRootPlaces(pa, pb);
}

/** Whether `a` comes strictly before `b` in the translation. */
const before = (a: Diagnostic, b: Diagnostic): boolean => translationOrder(a, b) < 0;

export function note(message: string, span?: Span): Diagnostic {
  return { severity: "note", message, span };
}

/**
 * Thrown to stop a pass when going on makes no sense (an `#error`, a missing include). The
 * diagnostics are already in the sink; the driver catches this and prints them.
 */
export class FatalError extends Error {
  constructor(message = "fatal error") {
    super(message);
    this.name = "FatalError";
  }
}
