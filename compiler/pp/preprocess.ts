// The C preprocessor (C11 6.10): directives, conditional groups and includes, driving the macro
// expander over each file's tokens, producing the token list the parser reads.
//
// The one idea: a file is lexed once into tokens with `Newline`s kept; a `#` that starts a line
// (and did not come from a macro) begins a directive, which runs to the next `Newline`. Everything
// else goes through the macro expander (`macro.ts`) and out. Groups whose condition is false are
// skipped by looking only at line-initial `#` tokens. Each token is classified (keywords, integer
// and floating literals) as it goes out, and carries its file and offsets and, for macro output,
// the use site (`token.ts`). `printPreprocessed` turns it back into text for `logosc -E`.
import { readFileSync, realpathSync } from "node:fs";
import type { IToken } from "chevrotain";
import { FatalError, note, SourceFile, type DiagnosticSink, type Span } from "../diag.ts";
import {
  CharLiteral,
  classifyIndex,
  Hash,
  HashHash,
  Identifier,
  Newline,
  PpNumber,
  Scanner,
  type Splices,
  StringLiteral,
  UnterminatedChar,
  UnterminatedComment,
  UnterminatedString,
} from "../parse/lexer.ts";
import { evaluate, PPExprError } from "./expr.ts";
import { findInclude, searchPath } from "./include.ts";
import {
  ArraySource,
  Expander,
  ScannerSource,
  type Macro,
  type TextSource,
  type TokenSource,
} from "./macro.ts";
import {
  expansionPoint,
  PPToken,
  Pragma,
  retyped,
  tokenContext,
  tokenSpan,
  useSpan,
  type TokenContext,
} from "./token.ts";

export interface PreprocessOptions {
  /** `-I` folders, in order. */
  includeDirs?: string[];
  /** `-D` arguments: `NAME` or `NAME=VALUE`. */
  defines?: string[];
  /** `-U` arguments. */
  undefines?: string[];
  /** Like gcc's `-undef`: no predefined macros (the oracle tests use it). */
  noPredefined?: boolean;
  /** `-ffreestanding`: `__STDC_HOSTED__` is 0. */
  freestanding?: boolean;
  /**
   * For `-E`: keep `#pragma` lines and `_Pragma` operators in the output, as `Pragma` tokens that
   * `printPreprocessed` prints on a line of their own (gcc -E does). The parser never sees them.
   */
  keepPragmas?: boolean;
}

// The predefined macros: what `gcc -m32 -std=c11 -dM -E` defines that a freestanding program or
// header can rely on. Logos C does NOT define `__GNUC__`: it accepts a few GNU extensions
// (`__attribute__`, `__asm__`), not GNU C as a whole, and headers that test `__GNUC__` expect
// builtins and extensions we do not have.
const PREDEFINED = `
#define __logos__ 1
#define __STDC__ 1
#define __STDC_VERSION__ 201112L
#define __i386__ 1
#define __i386 1
#define __ILP32__ 1
#define _ILP32 1
#define __ELF__ 1
#define __CHAR_BIT__ 8
#define __SIZEOF_SHORT__ 2
#define __SIZEOF_INT__ 4
#define __SIZEOF_LONG__ 4
#define __SIZEOF_LONG_LONG__ 8
#define __SIZEOF_POINTER__ 4
#define __SIZEOF_SIZE_T__ 4
#define __SIZEOF_PTRDIFF_T__ 4
#define __SIZEOF_WCHAR_T__ 4
#define __SCHAR_MAX__ 0x7f
#define __SHRT_MAX__ 0x7fff
#define __INT_MAX__ 0x7fffffff
#define __LONG_MAX__ 0x7fffffffL
#define __SIZE_MAX__ 0xffffffffU
#define __PTRDIFF_MAX__ 0x7fffffff
#define __INTPTR_MAX__ 0x7fffffff
#define __UINTPTR_MAX__ 0xffffffffU
#define __WCHAR_MAX__ 0x7fffffffL
#define __WCHAR_MIN__ (-__WCHAR_MAX__ - 1)
#define __SIZE_TYPE__ unsigned int
#define __PTRDIFF_TYPE__ int
#define __WCHAR_TYPE__ long int
#define __INTPTR_TYPE__ int
#define __UINTPTR_TYPE__ unsigned int
#define __INT8_TYPE__ signed char
#define __INT16_TYPE__ short int
#define __INT32_TYPE__ int
#define __UINT8_TYPE__ unsigned char
#define __UINT16_TYPE__ short unsigned int
#define __UINT32_TYPE__ unsigned int
#define __ORDER_LITTLE_ENDIAN__ 1234
#define __ORDER_BIG_ENDIAN__ 4321
#define __ORDER_PDP_ENDIAN__ 3412
#define __BYTE_ORDER__ __ORDER_LITTLE_ENDIAN__
#define __USER_LABEL_PREFIX__
#define __STDC_UTF_16__ 1
#define __STDC_UTF_32__ 1
`;

interface Conditional {
  /** The `#if`/`#ifdef`/`#ifndef` token (for "unterminated" errors). */
  start: PPToken;
  /** Some branch of this group was taken already. */
  taken: boolean;
  /** `#else` seen. */
  sawElse: boolean;
}

// Token types compared for every token, by index (`tokenTypeIdx`: no type object to look up).
const NEWLINE = Newline.tokenTypeIdx!;
const HASH = Hash.tokenTypeIdx!;
const IDENTIFIER = Identifier.tokenTypeIdx!;
const PP_NUMBER = PpNumber.tokenTypeIdx!;
const CHAR_LITERAL = CharLiteral.tokenTypeIdx!;
const UNTERMINATED_COMMENT = UnterminatedComment.tokenTypeIdx!;
const UNTERMINATED_STRING = UnterminatedString.tokenTypeIdx!;
const UNTERMINATED_CHAR = UnterminatedChar.tokenTypeIdx!;

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** Whether a plain character constant (`'ab'`, `'\\n\\0'`) holds more than one character. */
function multiChar(image: string): boolean {
  const body = image.slice(1, -1);
  return (body.match(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)|[^\\]/gs)?.length ?? 0) > 1;
}

// The pragmas of gcc (for C on i386) that change what a program means, which Logos C does not
// do; the `GCC` ones that change nothing here (optimisation, visibility, diagnostics, headers);
// and the `STDC` one gcc accepts. gcc warns about any other (-Wunknown-pragmas, in -Wall).
const UNSUPPORTED_PRAGMAS = new Set(["pack", "weak", "redefine_extname", "scalar_storage_order", "push_macro", "pop_macro"]); // prettier-ignore
const GCC_PRAGMAS = new Set(["system_header", "dependency", "diagnostic", "push_options", "pop_options", "reset_options", "optimize", "target", "visibility", "ivdep", "unroll", "novector", "pch_preprocess"]); // prettier-ignore
const IGNORED_PRAGMAS = new Set(["STDC FLOAT_CONST_DECIMAL64"]);

class Preprocessor {
  readonly sink: DiagnosticSink;
  readonly expander: Expander;
  readonly includeDirs: string[];
  readonly keepPragmas: boolean;
  /** Where the directive line read last ends (`line`): -1 at the end of the file. */
  private lineEnd = -1;
  /**
   * The tokens out, `outLength` of them. The array is made at the output's likely length and cut
   * to its real one at the end: grown a push at a time, an array of half a million tokens is
   * copied over and over.
   */
  out: PPToken[];
  outLength = 0;
  /**
   * Streaming (`PreprocessStream`): `steps` pauses at the end of a line once `outLength` has
   * reached this. Never, when a whole file is preprocessed at once.
   */
  pauseAt = Infinity;
  /** A file `#include` has opened, for `steps` to read next (the directive cannot: see there). */
  private included: SourceFile | undefined;
  private readonly once = new Set<string>();
  private depth = 0;
  /** The file named on the command line (`__BASE_FILE__`). */
  baseFile = "";
  private counter = 0;
  /** `#line` state of the file being read: the context of its tokens (see `TokenContext`). */
  private lineContext: TokenContext | undefined;

  /** `likelyLength`: how many tokens the output probably has (it may have more). */
  constructor(sink: DiagnosticSink, o: PreprocessOptions, likelyLength: number) {
    this.sink = sink;
    this.out = new Array<PPToken>(likelyLength);
    this.expander = new Expander(sink);
    this.includeDirs = o.includeDirs ?? [];
    this.keepPragmas = o.keepPragmas === true;
    this.defineDynamic();
    let prelude = o.noPredefined
      ? ""
      : PREDEFINED + `#define __STDC_HOSTED__ ${o.freestanding ? 0 : 1}\n`;
    const cmdline: string[] = [];
    for (const d of o.defines ?? []) {
      const eq = d.indexOf("=");
      cmdline.push(eq < 0 ? `#define ${d} 1` : `#define ${d.slice(0, eq)} ${d.slice(eq + 1)}`);
    }
    for (const u of o.undefines ?? []) cmdline.push(`#undef ${u}`);
    if (prelude) this.runFile(new SourceFile("<built-in>", prelude));
    if (cmdline.length) this.runFile(new SourceFile("<command-line>", cmdline.join("\n") + "\n"));
    prelude = "";
  }

  private defineDynamic(): void {
    const now = new Date();
    const pad = (n: number, w = 2, c = "0"): string => String(n).padStart(w, c);
    const date = `"${MONTHS[now.getMonth()]} ${pad(now.getDate(), 2, " ")} ${now.getFullYear()}"`;
    const time = `"${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}"`;
    const dyn = (name: string, make: (use: PPToken) => PPToken): void => {
      this.expander.macros.set(name, {
        name,
        variadic: false,
        body: [],
        dynamic: (u) => [make(u)],
      });
    };
    const at = expansionPoint;
    dyn("__FILE__", (u) => {
      const w = at(u);
      const name = w.presumedName ?? w.file.name;
      const c = tokenContext(undefined, u.expansion, u.presumedName, u.presumedLineDelta);
      return new PPToken(JSON.stringify(name), u.startOffset, StringLiteral, u.file, u.space, c);
    });
    dyn("__LINE__", (u) => {
      const w = at(u);
      const line = w.file.lineCol(w.startOffset).line + (w.presumedLineDelta ?? 0);
      return retyped(u, PpNumber, String(line));
    });
    dyn("__COUNTER__", (u) => retyped(u, PpNumber, String(this.counter++)));
    dyn("__INCLUDE_LEVEL__", (u) => retyped(u, PpNumber, String(this.depth)));
    dyn("__BASE_FILE__", (u) => retyped(u, StringLiteral, JSON.stringify(this.baseFile)));
    dyn("__DATE__", (u) => retyped(u, StringLiteral, date));
    dyn("__TIME__", (u) => retyped(u, StringLiteral, time));
  }

  /**
   * The preprocessing tokens of a file, scanned as they are read; each knows its file and
   * preceding whitespace. Line splices (backslash-newline, C11 5.1.1.2 phase 2) are removed
   * before scanning, so `in\<newline>t` is `int`; token offsets are then mapped back to the file as written.
   */
  private fileTokens(file: SourceFile): ScannerSource {
    const spliced = removeSplices(file.text);
    if (spliced === undefined) return new ScannerSource(new Scanner(file.text, file));
    return new ScannerSource(new Scanner(spliced.text, file, spliced));
  }

  /** Preprocesses a file, and the files it includes, in one go. */
  runFile(file: SourceFile): void {
    for (const _ of this.steps(file));
  }

  /**
   * Preprocesses a file, and the files it includes, pausing at the end of a line whenever the
   * output has `pauseAt` tokens (a generator, so that the parser can ask for tokens as it needs
   * them: `PreprocessStream`). An `#include` leaves the file it opens in `included` and this reads
   * it (`yield*`), so that a pause can come in an included file too.
   */
  *steps(file: SourceFile): Generator<void, void, void> {
    const savedLineContext = this.lineContext;
    this.lineContext = undefined;
    const src = this.fileTokens(file);
    const conds: Conditional[] = [];
    const expander = this.expander;
    const savedText = expander.text;
    expander.text = src;
    let out = this.out;
    let bol = true;
    for (let t = src.next(); t; t = src.next()) {
      const type = t.tokenTypeIdx;
      if (type === NEWLINE) {
        bol = true;
        if (this.outLength >= this.pauseAt) {
          yield;
          out = this.out; // (the reader may have taken the array)
        }
        continue;
      }
      if (bol && type === HASH && t.expansion === undefined) {
        this.directive(src, conds);
        const included = this.included;
        if (included !== undefined) {
          this.included = undefined;
          yield* this.steps(included);
          this.depth--;
          expander.text = src;
          out = this.out;
        }
        continue;
      }
      bol = false;
      if (this.lineContext !== undefined) t = this.afterLineDirective(t, this.lineContext);
      if (type === IDENTIFIER) {
        // (The table's quick test first: most names are no macro's, and a call of `tryExpand`
        //  for each costs more -- 3.5 of the 800 million instructions of 10,000 lines.)
        if (expander.macros.mayName(t.image) && expander.tryExpand(t, src)) continue;
        if (t.image === "_Pragma") {
          this.pragmaOperator(t, src);
          continue;
        }
      } else if (type === UNTERMINATED_COMMENT) {
        this.sink.error("unterminated comment", this.at(t));
        continue;
      } else if (type === UNTERMINATED_STRING || type === UNTERMINATED_CHAR) {
        this.unterminated(t, true);
        continue;
      } else if (type === CHAR_LITERAL && t.image.charCodeAt(0) === 39 && multiChar(t.image)) {
        this.sink.warning("multi-character character constant", this.at(t), "-Wmultichar");
      }
      // The parser's token types: keywords, integer and floating constants (lexer.ts's `classify`,
      // done here as each token leaves, rather than in a second pass over the output).
      if (type === IDENTIFIER || type === PP_NUMBER) t.tokenTypeIdx = classifyIndex(type, t.image);
      out[this.outLength++] = t;
    }
    for (const c of conds) {
      const span = this.at(c.start);
      this.sink.report({ severity: "error", message: `unterminated #${c.start.image}`, span, lineOnly: true }); // prettier-ignore
    }
    expander.text = savedText;
    this.lineContext = savedLineContext;
  }

  /**
   * A string or character constant without its closing quote: gcc's preprocessor warns, also in
   * a group that is skipped, and in the text that is compiled the token is then an error.
   */
  private unterminated(t: PPToken, live: boolean): void {
    const message = `missing terminating ${t.tokenType === UnterminatedString ? '"' : "'"} character`;
    const span = this.at(t);
    this.sink.warning(message, { ...span, end: span.start + 1 }); // (at the opening quote)
    if (live) this.sink.error(message, span);
  }

  /** `t` as it stands after a `#line` directive: with the file's presumed name and line. */
  private afterLineDirective(t: PPToken, line: TokenContext): PPToken {
    const c =
      t.context === undefined
        ? line
        : tokenContext(t.hideset, t.expansion, line.presumedName, line.presumedLineDelta);
    return new PPToken(t.image, t.startOffset, t.tokenTypeIdx, t.file, t.space, c);
  }

  /**
   * The rest of the directive line (up to, not including, the newline). `lineEnd` is left at
   * the newline's offset (the file's length on a last line without one).
   */
  private line(src: TextSource): PPToken[] {
    const toks: PPToken[] = [];
    for (let t = src.next(); t; t = src.next()) {
      if (t.tokenTypeIdx === NEWLINE) {
        this.lineEnd = src.lastRead()!.startOffset; // (the line break read, where it is)
        return toks;
      }
      toks.push(t);
    }
    this.lineEnd = -1;
    return toks;
  }

  /**
   * Where a token of a directive is, for a message: as `tokenSpan`, with the presumed name and
   * line of a `#line` before it (the directive's own tokens do not carry them).
   */
  private at(t: PPToken): Span {
    const span = tokenSpan(t);
    const line = this.lineContext;
    if (line === undefined || t.context !== undefined) return span;
    return { ...span, presumedName: line.presumedName, presumedLineDelta: line.presumedLineDelta };
  }

  /** An empty span at the end of the directive line that `name` began (gcc's place for "none"). */
  private endOfLine(name: PPToken): Span {
    const at = this.at(name);
    const end = this.lineEnd < 0 ? name.file.text.length : this.lineEnd;
    return { ...at, start: end, end };
  }

  private directive(src: TextSource, conds: Conditional[]): void {
    const toks = this.line(src);
    if (toks.length === 0) return; // the null directive
    const name = toks[0];
    const args = toks.slice(1);
    switch (name.image) {
      case "define":
        return this.define(args, name);
      case "undef":
        if (this.macroName(args[0], name)) this.expander.macros.delete(args[0].image);
        return;
      case "include":
        return this.include(args, name);
      case "if":
      case "ifdef":
      case "ifndef": {
        const c: Conditional = { start: name, taken: false, sawElse: false };
        conds.push(c);
        c.taken = this.condition(name, args);
        if (!c.taken) this.skip(src, conds);
        return;
      }
      case "elif":
      case "else":
      case "endif": {
        const c = conds[conds.length - 1];
        if (!c) return this.sink.error(`#${name.image} without #if`, this.at(name));
        if (name.image === "endif") {
          conds.pop();
          return;
        }
        if (c.sawElse) return this.afterElse(name, c);
        if (name.image === "else") c.sawElse = true;
        // A taken branch ends here: skip to the end of the group.
        this.skip(src, conds);
        return;
      }
      case "error":
        this.sink.error(`#error ${this.restOfLine(name)}`, this.at(name));
        throw new FatalError("#error");
      case "warning":
        this.sink.warning(`#warning ${this.restOfLine(name)}`, this.at(name), "-Wcpp");
        return;
      case "line":
        return this.lineDirective(args, name);
      case "ident":
      case "sccs":
        // An identification string for the object file: kept by -E, as gcc keeps it.
        if (args.length !== 1 || args[0].tokenType !== StringLiteral)
          return this.sink.error(`invalid #${name.image} directive`, this.at(args[0] ?? name));
        if (this.keepPragmas)
          this.out[this.outLength++] = retyped(name, Pragma, `#ident ${args[0].image}`);
        return;
      case "pragma":
        return this.pragma(args.length ? this.restOfLine(name) : "", name, args);
      default:
        if (name.tokenType === PpNumber) return this.lineDirective(toks, name); // `# 12 "file"`
        this.sink.error(`invalid preprocessing directive #${name.image}`, this.at(name));
    }
  }

  /** The text after a directive's name up to the end of its (logical) line, splices removed. */
  /**
   * A `#pragma` (or `_Pragma`, at `at`) with its text and, for the directive, its tokens. `-E`
   * keeps them all in its output. A compile acts on `once` and on gcc's `message`, `GCC warning`
   * and `GCC error`, ignores the pragmas gcc knows that change nothing in Logos C, warns that
   * those that would change the program's meaning (`pack`, `weak`, `push_macro`, ...) are not
   * supported, and warns about the others as gcc's -Wunknown-pragmas does.
   */
  private pragma(text: string, at: PPToken, args: PPToken[] = []): void {
    const file = expansionPoint(at).file;
    const [, space = "", name = ""] = /^([A-Za-z_]\w*)?\s*([A-Za-z_]\w*)?/.exec(text)!;
    const place = (i: number): Span => (args[i] ? this.at(args[i]) : useSpan(at));
    if (space === "once") {
      this.once.add(realpath(file.name));
      if (file.includedFrom === undefined && !file.name.startsWith("<"))
        this.sink.warning("#pragma once in main file", place(0));
      return;
    }
    if (this.keepPragmas) {
      this.out[this.outLength++] = retyped(at, Pragma, `#pragma ${text}`);
      return;
    }
    // The text of the string literals that follow, as one string (`message`, `GCC error`).
    const strings = (): string =>
      [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join("");
    if (space === "message") {
      this.sink.report({ severity: "note", message: `'#pragma message: ${strings()}'`, span: place(0) }); // prettier-ignore
    } else if (space === "GCC" && (name === "warning" || name === "error")) {
      const message = strings();
      if (name === "error") this.sink.error(message, place(2));
      else this.sink.warning(message, place(2));
    } else if (UNSUPPORTED_PRAGMAS.has(space) || (space === "GCC" && name === "poison")) {
      // A warning, not an error: gcc accepts the program, and so does logosc (the pragma ignored).
      const what = space === "GCC" ? "GCC poison" : space;
      this.sink.warning(`'#pragma ${what}' is not supported in Logos C: ignored`, place(0), "-Wpragmas"); // prettier-ignore
    } else if (
      !(space === "GCC" ? GCC_PRAGMAS.has(name) : IGNORED_PRAGMAS.has(`${space} ${name}`))
    ) {
      const span = { ...place(0), start: at.startOffset, end: at.startOffset };
      this.sink.report({ severity: "warning", message: `ignoring '#pragma ${space} ${name}'`, span, option: "-Wunknown-pragmas", lineOnly: true }); // prettier-ignore
    }
  }

  /**
   * `_Pragma ( string-literal )` (C11 6.10.9): the string, without its quotes and escapes, is a
   * `#pragma` line. `op` has been read; its operand is read from `src`.
   */
  private pragmaOperator(op: PPToken, src: TokenSource): void {
    const next = (): PPToken | undefined => {
      let t = src.next();
      while (t && t.tokenType === Newline) t = src.next();
      return t;
    };
    const lp = next();
    const str = lp?.image === "(" ? next() : undefined;
    const rp = str?.tokenType === StringLiteral ? next() : undefined;
    if (!str || rp?.image !== ")") {
      this.sink.error("_Pragma takes a parenthesized string literal", useSpan(op));
      return;
    }
    const body = str.image.slice(str.image.indexOf('"') + 1, -1);
    this.pragma(body.replace(/\\(["\\])/g, "$1").trim(), op);
  }

  private restOfLine(name: PPToken): string {
    const text = name.file.text;
    const start = name.startOffset + name.image.length;
    let end = text.indexOf("\n", start);
    while (end > 0 && (text[end - 1] === "\\" || text.slice(end - 2, end) === "\\\r")) {
      end = text.indexOf("\n", end + 1);
    }
    if (end < 0) end = text.length;
    return text
      .slice(start, end)
      .replace(/\\\r?\n/g, "")
      .trim();
  }

  /**
   * Skips a group whose condition is false, up to the `#elif`/`#else`/`#endif` that ends it.
   * An `#elif` whose condition holds (and that follows no taken branch) resumes output.
   */
  private skip(src: TextSource, conds: Conditional[]): void {
    const c = conds[conds.length - 1];
    let depth = 0;
    let bol = true; // the directive that began the skip consumed its newline
    for (let t = src.next(); t; t = src.next()) {
      const type = t.tokenTypeIdx; // (by index: the skipped lines are many of a header's tokens)
      if (type === NEWLINE) {
        bol = true;
        continue;
      }
      if (!(bol && type === HASH)) {
        bol = false;
        if (type === UNTERMINATED_STRING || type === UNTERMINATED_CHAR) this.unterminated(t, false);
        continue;
      }
      bol = false;
      const toks = this.line(src);
      bol = true;
      const d = toks[0]?.image;
      if (d === "if" || d === "ifdef" || d === "ifndef") depth++;
      else if (d === "endif") {
        if (depth === 0) {
          conds.pop();
          return;
        }
        depth--;
      } else if (depth === 0 && (d === "elif" || d === "else")) {
        if (c.sawElse) {
          this.afterElse(toks[0], c);
          continue;
        }
        if (d === "else") {
          c.sawElse = true;
          if (!c.taken) {
            c.taken = true;
            return;
          }
        } else if (!c.taken && this.condition(toks[0], toks.slice(1))) {
          c.taken = true;
          return;
        }
      }
    }
  }

  private condition(name: PPToken, args: PPToken[]): boolean {
    if (name.image === "ifdef" || name.image === "ifndef") {
      if (!this.macroName(args[0], name)) return false;
      return this.isDefined(args[0].image) === (name.image === "ifdef");
    }
    // Macros are expanded as the line is read, so that `defined X` and `__has_include(...)` see
    // their operands unexpanded even when a macro produced the operator (as gcc does).
    const src = new ArraySource(args);
    const expanded: PPToken[] = [];
    for (let t = src.next(); t; t = src.next()) {
      if (t.tokenType === Identifier) {
        let value: boolean | undefined;
        if (t.image === "defined") value = this.definedOperator(t, src, name);
        else if (t.image === "__has_include") value = this.hasIncludeOperator(t, src, name);
        else if (this.expander.tryExpand(t, src)) continue;
        else {
          expanded.push(t);
          continue;
        }
        if (value === undefined) return false;
        expanded.push(retyped(t, PpNumber, value ? "1" : "0"));
        continue;
      }
      expanded.push(t);
    }
    try {
      return evaluate(expanded, name.image);
    } catch (e) {
      if (!(e instanceof PPExprError)) throw e;
      this.sink.error(e.message, e.token ? useSpan(e.token) : this.endOfLine(name));
      return false;
    }
  }

  /**
   * `defined X` or `defined ( X )`: whether X is a macro; undefined after an error (reported at
   * the token that is wrong, or at the end of the line, as gcc does).
   */
  private definedOperator(op: PPToken, src: TokenSource, name: PPToken): boolean | undefined {
    let id = src.next();
    if (id?.image === "(") {
      id = src.next();
      if (id?.tokenType === Identifier) {
        const close = src.next();
        if (close?.image === ")") return this.isDefined(id.image);
        const at = close ? this.at(close) : this.endOfLine(name);
        this.sink.error("missing ')' after \"defined\"", at);
        return undefined;
      }
    }
    if (id?.tokenType !== Identifier) {
      const at = id ? this.at(id) : this.endOfLine(name);
      this.sink.error('operator "defined" requires an identifier', at);
      return undefined;
    }
    return this.isDefined(id.image);
  }

  /** A macro name, or one of the operators `#ifdef` also accepts (as gcc: `__has_include`). */
  private isDefined(name: string): boolean {
    return this.expander.macros.has(name) || name === "__has_include";
  }

  /**
   * `__has_include ( "file" )` or `__has_include ( <file> )` (or macros that expand to either):
   * whether `#include` would find the file. Undefined after an error.
   */
  private hasIncludeOperator(
    op: PPToken,
    src: TokenSource,
    directive: PPToken,
  ): boolean | undefined {
    const operand: PPToken[] = [];
    let ok = src.next()?.image === "(";
    for (let depth = 0, t = ok ? src.next() : undefined; ; t = src.next()) {
      if (!t) {
        ok = false;
        break;
      }
      if (t.image === ")" && depth-- === 0) break;
      if (t.image === "(") depth++;
      operand.push(t);
    }
    const toks = operand[0]?.tokenType === Identifier ? this.expander.expandAll(operand) : operand;
    const header = ok ? headerName(toks) : undefined;
    if (!header) {
      this.sink.error('operator "__has_include" requires a header-name', this.at(op));
      return undefined;
    }
    const dirs = searchPath(header.quoted, directive.file.name, this.includeDirs);
    return findInclude(header.name, dirs) !== undefined;
  }

  /**
   * Whether `t`, the first token after `#define`, `#undef`, `#ifdef` or `#ifndef` (`directive`),
   * is a macro name; reports gcc's error if not.
   */
  private macroName(t: PPToken | undefined, directive: PPToken): t is PPToken {
    if (t?.tokenType === Identifier) return true;
    if (t === undefined)
      this.sink.error(`no macro name given in #${directive.image} directive`, this.endOfLine(directive)); // prettier-ignore
    else this.sink.error("macro names must be identifiers", this.at(t));
    return false;
  }

  /** An `#else` or `#elif` after the `#else` of `c`: gcc's error, and where `c` began. */
  private afterElse(directive: PPToken, c: Conditional): void {
    this.sink.error(`#${directive.image} after #else`, this.at(directive));
    this.sink.report({ severity: "error", message: "the conditional began here", span: this.at(c.start), lineOnly: true }); // prettier-ignore
  }

  private define(args: PPToken[], directive: PPToken): void {
    const name = args[0];
    if (!this.macroName(name, directive)) return;
    if (name.image === "defined") {
      this.sink.error('"defined" cannot be used as a macro name', this.at(name));
      return;
    }
    let i = 1;
    let params: string[] | undefined;
    let variadic = false;
    if (args[1]?.image === "(" && !args[1].space) {
      // gcc's errors: at the token that is wrong, or at the end of the line when it is missing.
      const wrong = (message: string, t: PPToken | undefined): void => {
        const at = t === undefined ? this.endOfLine(directive) : this.at(t);
        this.sink.error(t === undefined ? `${message} before end of line` : `${message}, found "${t.image}"`, at); // prettier-ignore
      };
      params = [];
      i = 2;
      for (;;) {
        const t = args[i++];
        if (t?.image === ")" && params.length === 0) break;
        if (t?.image === "...") {
          variadic = true;
          params.push("__VA_ARGS__");
          const close = args[i++];
          if (close?.image === ")") break;
          const at = close === undefined ? this.endOfLine(directive) : this.at(close);
          return this.sink.error(`expected ')' after "..."`, at);
        }
        if (t?.tokenType !== Identifier) return wrong("expected parameter name", t);
        if (params.includes(t.image))
          return this.sink.error(`duplicate macro parameter "${t.image}"`, this.at(t));
        params.push(t.image);
        const sep = args[i++];
        if (sep?.image === ")") break;
        if (sep === undefined) return wrong("expected ')'", sep);
        if (sep.image !== ",") return wrong("expected ',' or ')'", sep);
      }
    }
    const body = args.slice(i);
    if (body.length) {
      const first = body[0];
      const last = body[body.length - 1];
      if (first.tokenType === HashHash || last.tokenType === HashHash) {
        const at = first.tokenType === HashHash ? first : last;
        return this.sink.error(
          "'##' cannot appear at either end of a macro expansion",
          this.at(at),
        );
      }
      if (params) {
        for (let k = 0; k < body.length; k++) {
          if (body[k].tokenType === Hash && !params.includes(body[k + 1]?.image ?? "")) {
            return this.sink.error("'#' is not followed by a macro parameter", this.at(body[k]));
          }
        }
      }
    }
    const m: Macro = { name: name.image, params, variadic, body, defined: name };
    const old = this.expander.macros.get(m.name);
    if (old && !sameDefinition(old, m)) {
      // (gcc gives the lines only.)
      const previous = "this is the location of the previous definition";
      const notes = old.defined
        ? [{ ...note(previous, this.at(old.defined)), lineOnly: true }]
        : undefined;
      this.sink.report({ severity: "warning", message: `"${m.name}" redefined`, span: this.at(name), notes, lineOnly: true }); // prettier-ignore
    }
    this.expander.macros.set(m.name, m);
  }

  private include(args: PPToken[], directive: PPToken): void {
    let toks = args;
    if (toks[0]?.tokenType === Identifier) toks = this.expander.expandAll(toks);
    const first = toks[0];
    const header = headerName(toks);
    if (header === undefined) {
      this.sink.error('#include expects "FILENAME" or <FILENAME>', this.at(first ?? directive));
      return;
    }
    const dirs = searchPath(header.quoted, directive.file.name, this.includeDirs);
    const path = findInclude(header.name, dirs);
    if (!path) {
      this.sink.error(
        `${header.name}: No such file or directory (searched: ${dirs.join(", ")})`,
        this.at(first),
      );
      throw new FatalError("missing include");
    }
    if (this.once.has(realpath(path))) return;
    if (this.depth >= 200) {
      this.sink.error("#include nested depth 200 exceeds maximum of 200", this.at(first));
      throw new FatalError("include depth");
    }
    this.depth++; // (`steps` reads the file, then takes it back down)
    const from = { ...this.at(directive), ...this.lineContext }; // (the presumed name and line)
    this.included = new SourceFile(path, readFileSync(path, "utf8"), from);
  }

  private lineDirective(args: PPToken[], directive: PPToken): void {
    const toks = args[0]?.tokenType === Identifier ? this.expander.expandAll(args) : args;
    const n = toks[0];
    if (!n || n.tokenType !== PpNumber || !/^[0-9]+$/.test(n.image)) {
      this.sink.error(
        `"${n?.image ?? ""}" after #line is not a positive integer`,
        this.at(n ?? directive),
      );
      return;
    }
    // The line after the directive is line N. (A bad file name leaves the directive unused.)
    const f = toks[1];
    if (f && f.tokenType !== StringLiteral) {
      this.sink.error(`"${f.image}" is not a valid filename`, this.at(f));
      return;
    }
    const physical = directive.file.lineCol(directive.startOffset).line + 1;
    const delta = Number(n.image) - physical;
    const presumedName = f ? f.image.slice(1, -1) : this.lineContext?.presumedName;
    this.lineContext = tokenContext(undefined, undefined, presumedName, delta);
  }
}

/**
 * The text without its line splices and where they were (see `Splices`), or undefined if it has
 * none (the common case, kept fast).
 */
function removeSplices(text: string): ({ text: string } & Splices) | undefined {
  if (text.indexOf("\\\n") < 0 && text.indexOf("\\\r\n") < 0) return undefined;
  let i = nextSplice(text, 0);
  const at: number[] = [];
  const shift: number[] = [];
  let out = "";
  let from = 0;
  let removed = 0;
  while (i >= 0) {
    const len = text.charCodeAt(i + 1) === 13 ? 3 : 2;
    out += text.slice(from, i);
    removed += len;
    at.push(out.length);
    shift.push(removed);
    from = i + len;
    i = nextSplice(text, from);
  }
  out += text.slice(from);
  return { text: out, at, shift };
}

function nextSplice(text: string, from: number): number {
  for (let i = text.indexOf("\\", from); i >= 0; i = text.indexOf("\\", i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 2) === 10)) return i;
  }
  return -1;
}

/** The file a header name means: `"name"` (quoted) or `<name>` spelled as written. */
function headerName(toks: PPToken[]): { name: string; quoted: boolean } | undefined {
  const first = toks[0];
  let name: string | undefined;
  let quoted = false;
  if (first?.tokenType === StringLiteral && first.image[0] === '"') {
    name = first.image.slice(1, -1);
    quoted = true;
  } else if (first?.image === "<") {
    const close = toks.findIndex((t) => t.image === ">");
    if (close > 0) {
      // The spelling between the brackets, as written (a header name is not tokens).
      const a = toks[1];
      const b = toks[close];
      name =
        a === b
          ? ""
          : a.file === b.file && !a.expansion && !b.expansion
            ? a.file.text.slice(a.startOffset, b.startOffset).trim()
            : toks
                .slice(1, close)
                .map((t, k) => (k && t.space ? " " : "") + t.image)
                .join("");
    }
  }
  return name ? { name, quoted } : undefined;
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function sameDefinition(a: Macro, b: Macro): boolean {
  if (a.variadic !== b.variadic || String(a.params) !== String(b.params)) return false;
  if ((a.params === undefined) !== (b.params === undefined)) return false;
  if (a.body.length !== b.body.length) return false;
  for (let i = 0; i < a.body.length; i++) {
    if (a.body[i].image !== b.body[i].image) return false;
    if (i > 0 && a.body[i].space !== b.body[i].space) return false;
  }
  return true;
}

/** Preprocesses text as if it were the file `name` (which sets `__FILE__` and the "" search). */
export function preprocessText(
  name: string,
  text: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
): PPToken[] {
  // A token for every two characters of the file is more than C usually has, includes and
  // macros added.
  const pp = new Preprocessor(sink, options, text.length >> 1);
  pp.baseFile = name;
  try {
    pp.runFile(new SourceFile(name, text));
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
    sink.stopped = true;
  }
  pp.out.length = pp.outLength;
  return pp.out;
}

/**
 * Preprocesses the file at `path`: the token list the parser reads (keywords and literals
 * classified, no `Newline`s). Errors go to `sink`; after a fatal one (`#error`, a missing include)
 * the tokens so far are returned and `sink.hasErrors` is true.
 */
export function preprocess(
  path: string,
  options: PreprocessOptions,
  sink: DiagnosticSink,
): PPToken[] {
  const text = readSource(path, sink);
  return text === undefined ? [] : preprocessText(path, text, options, sink);
}

/** The text of the file named on the command line; undefined (and an error) if it cannot be read. */
function readSource(path: string, sink: DiagnosticSink): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    sink.error(`${path}: No such file or directory`);
    return undefined;
  }
}

/**
 * The preprocessing of a file as a stream of token batches, for a reader that takes tokens as it
 * needs them (the parser: `parse`'s `more`), so that each token is garbage soon after it is made
 * instead of all of a file's living until the parse ends. Each `next()` returns at least `batch`
 * tokens (the rest of a line is not split), the last ones fewer, then undefined. The tokens, the
 * diagnostics and `sink.stopped` are those of `preprocess`.
 */
export class PreprocessStream {
  private readonly pp: Preprocessor;
  private steps: Generator<void, void, void> | undefined;
  private readonly batch: number;

  constructor(path: string, options: PreprocessOptions, sink: DiagnosticSink, batch = 4096) {
    this.batch = batch;
    const text = readSource(path, sink);
    this.pp = new Preprocessor(sink, options, 0);
    this.pp.baseFile = path;
    if (text !== undefined) this.steps = this.pp.steps(new SourceFile(path, text));
  }

  next(): PPToken[] | undefined {
    const steps = this.steps;
    if (steps === undefined) return undefined;
    const pp = this.pp;
    pp.out = new Array<PPToken>(this.batch + 64);
    pp.outLength = 0;
    pp.pauseAt = this.batch;
    try {
      if (steps.next().done === true) this.steps = undefined;
    } catch (e) {
      if (!(e instanceof FatalError)) throw e;
      pp.sink.stopped = true;
      this.steps = undefined;
    }
    const out = pp.out;
    out.length = pp.outLength;
    pp.out = [];
    return out.length > 0 || this.steps !== undefined ? out : undefined;
  }
}

/**
 * The preprocessed text, as `gcc -E` prints it: tokens on their source lines, with
 * `# N "file"` line markers (`lineMarkers`, gcc's default) or without them (`-P`).
 */
export function printPreprocessed(tokens: readonly IToken[], lineMarkers: boolean): string {
  // Hot for -E: lines are counted forward from the previous token instead of searched for.
  let out = "";
  let curFile: SourceFile | undefined;
  let curName = "";
  let curLine = 0;
  let lineStart = true;
  let posFile: SourceFile | undefined;
  let posOffset = 0;
  let posLine = 1;
  let afterPragma = false;
  for (const tok of tokens as readonly PPToken[]) {
    const at = expansionPoint(tok);
    const file = at.file;
    const offset = at.startOffset;
    if (file === posFile && offset >= posOffset) {
      const text = file.text;
      for (
        let k = text.indexOf("\n", posOffset);
        k >= 0 && k < offset;
        k = text.indexOf("\n", k + 1)
      )
        posLine++;
    } else {
      posFile = file;
      posLine = file.lineCol(offset).line;
    }
    posOffset = offset;
    const name = at.presumedName ?? file.name;
    const line = posLine + (at.presumedLineDelta ?? 0);
    if (tok.tokenType === Pragma) {
      // On a line of its own, after a line marker; another puts the next token back on its line.
      if (!lineStart) out += "\n";
      if (lineMarkers) out += `# ${line} ${JSON.stringify(name)}\n`;
      out += tok.image + "\n";
      lineStart = true;
      afterPragma = true;
      curFile = undefined;
      continue;
    }
    if (file !== curFile || name !== curName || line > curLine + 8 || line < curLine) {
      if (file !== curFile || name !== curName || line > curLine) {
        if (!lineStart) out += "\n";
        if (lineMarkers) out += `# ${line} ${JSON.stringify(name)}\n`;
        else if (curFile) out += "\n";
        curFile = file;
        curName = name;
        curLine = line;
        lineStart = true;
      } else if (tok.space) out += " ";
    } else if (line > curLine) {
      out += lineMarkers ? "\n".repeat(line - curLine) : "\n";
      curLine = line;
      lineStart = true;
    } else if (tok.space && !lineStart) {
      out += " ";
    }
    if (lineStart && at === tok && tok.space) {
      // Keep the line's indentation, as gcc does (after a pragma, just the space).
      const col = afterPragma ? 1 : offset - (file.text.lastIndexOf("\n", offset - 1) + 1);
      if (col > 0) out += " ".repeat(col);
    }
    out += tok.image;
    lineStart = false;
    afterPragma = false;
  }
  if (!lineStart) out += "\n";
  return out;
}
