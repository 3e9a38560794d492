// Linker scripts: the subset of GNU ld's command language a kernel needs, parsed into a tree.
//
// A script says where output sections go (`SECTIONS { . = 0x100000; .text : { *(.text*) } }`),
// which input sections each takes (file and section name patterns, `KEEP`, `SORT`), their load
// addresses (`AT(...)`), the symbols it defines (`_end = .;`, `PROVIDE(...)`) and the entry
// (`ENTRY(_start)`). ld reads names and expressions with different lexical rules (`*crt0.o(.text)`
// is one pattern, `a-b` in an expression is a subtraction), so this parser reads characters and
// asks for the kind of token the grammar expects next, as ld's lexer does with its states.
// Every node keeps its span, so errors in the script and in evaluating it point at the text.
import { SourceFile, type DiagnosticSink, type Span, FatalError } from "../diag.ts";

export type Expr =
  | { kind: "num"; value: number; span: Span }
  | { kind: "dot"; span: Span }
  | { kind: "sym"; name: string; span: Span }
  | { kind: "unary"; op: string; arg: Expr; span: Span }
  | { kind: "binary"; op: string; left: Expr; right: Expr; span: Span }
  | { kind: "cond"; test: Expr; then: Expr; else: Expr; span: Span }
  /** Built-in functions: ALIGN, ADDR, LOADADDR, SIZEOF, DEFINED, MAX, MIN, ABSOLUTE ... */
  | { kind: "call"; name: string; args: Expr[]; section?: string; span: Span };

export interface Assignment {
  kind: "assign";
  /** The symbol, or "." for the location counter. */
  name: string;
  /** `=`, or a compound operator such as `+=`. */
  op: string;
  expr: Expr;
  provide: boolean;
  hidden: boolean;
  /** For `ASSERT(expr, "message")` (then `name` is ""): the message when expr is 0. */
  assert?: string;
  span: Span;
}

/** One input section description: `KEEP(*foo.o(.text .text.*))`. */
export interface InputSpec {
  kind: "input";
  filePattern: string;
  excludeFiles: string[];
  sectionPatterns: string[];
  keep: boolean;
  sort: boolean;
  span: Span;
}

export interface DataItem {
  kind: "data";
  size: 1 | 2 | 4 | 8;
  expr: Expr;
  span: Span;
}

export type OutputItem = Assignment | InputSpec | DataItem;

export interface OutputSectionStmt {
  kind: "output";
  name: string;
  address?: Expr;
  loadAddress?: Expr;
  align?: Expr;
  subalign?: Expr;
  noload: boolean;
  items: OutputItem[];
  /** Absent for the statements the linker makes for orphan sections. */
  span?: Span;
}

export type SectionsItem = Assignment | OutputSectionStmt;

export interface LinkerScript {
  entry?: { name: string; span: Span };
  /** `OUTPUT_FORMAT(binary)` asks for a flat binary. */
  outputFormat?: string;
  /** Assignments outside SECTIONS, in order; `afterSections` those that follow it. */
  assignments: Assignment[];
  afterSections: Assignment[];
  /** Undefined as a whole when the script has no SECTIONS command (then the default layout). */
  sections?: SectionsItem[];
  /** `EXTERN(sym ...)`: symbols to treat as undefined references. */
  externs: string[];
}

const ASSIGN_OPS = ["<<=", ">>=", "+=", "-=", "*=", "/=", "&=", "|=", "="];
const BINARY_LEVELS: string[][] = [
  ["||"],
  ["&&"],
  ["|"],
  ["^"],
  ["&"],
  ["==", "!="],
  ["<=", ">=", "<", ">"],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "/", "%"],
];
const SECTION_FUNCS = new Set(["ADDR", "LOADADDR", "SIZEOF", "ALIGNOF"]);
const FUNCS = new Set([
  "ALIGN",
  "ABSOLUTE",
  "DEFINED",
  "MAX",
  "MIN",
  "NEXT",
  "CONSTANT",
  "SEGMENT_START",
  "DATA_SEGMENT_ALIGN",
  "DATA_SEGMENT_END",
  "DATA_SEGMENT_RELRO_END",
  "LOG2CEIL",
  "BLOCK",
  ...SECTION_FUNCS,
]);

/** Thrown inside the parser at the first syntax error; reported once by `parseLinkerScript`. */
class ScriptSyntaxError extends Error {
  readonly span: Span;
  constructor(message: string, span: Span) {
    super(message);
    this.span = span;
  }
}

class ScriptParser {
  pos = 0;
  readonly file: SourceFile;
  constructor(file: SourceFile) {
    this.file = file;
  }

  get text(): string {
    return this.file.text;
  }

  span(start: number, end = Math.max(start + 1, this.pos)): Span {
    return { file: this.file, start, end };
  }

  fail(message: string, start = this.pos, end?: number): never {
    throw new ScriptSyntaxError(message, this.span(start, end ?? start + 1));
  }

  /** Skips blanks and comments (`/* ... *\/`, and `#` lines as some scripts use). */
  skip(): void {
    const t = this.text;
    for (;;) {
      while (this.pos < t.length && /\s/.test(t[this.pos])) this.pos++;
      if (t.startsWith("/*", this.pos)) {
        const end = t.indexOf("*/", this.pos + 2);
        if (end < 0) this.fail("unterminated comment");
        this.pos = end + 2;
      } else if (t[this.pos] === "#") {
        while (this.pos < t.length && t[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  atEnd(): boolean {
    this.skip();
    return this.pos >= this.text.length;
  }

  peekChar(): string {
    this.skip();
    return this.text[this.pos] ?? "";
  }

  /** Consumes `s` if it comes next (a punctuator, or a keyword not followed by a name char). */
  accept(s: string): boolean {
    this.skip();
    if (!this.text.startsWith(s, this.pos)) return false;
    if (/\w$/.test(s) && /[\w.$]/.test(this.text[this.pos + s.length] ?? "")) return false;
    this.pos += s.length;
    return true;
  }

  expect(s: string, what = `'${s}'`): void {
    if (!this.accept(s)) this.fail(`expected ${what}${this.foundText()}`);
  }

  foundText(): string {
    this.skip();
    if (this.pos >= this.text.length) return " at end of script";
    const m = /^[\w.$]+|^\S/.exec(this.text.slice(this.pos, this.pos + 40));
    return ` before '${m ? m[0] : this.text[this.pos]}'`;
  }

  /** A symbol or keyword in expression context: letters, digits, `_`, `.`, `$`, or a quoted name. */
  readName(): { name: string; start: number } | undefined {
    this.skip();
    const start = this.pos;
    if (this.text[this.pos] === '"') {
      const end = this.text.indexOf('"', this.pos + 1);
      if (end < 0) this.fail("unterminated string");
      this.pos = end + 1;
      return { name: this.text.slice(start + 1, end), start };
    }
    const m = /^[A-Za-z_.$][\w.$]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) return undefined;
    this.pos += m[0].length;
    return { name: m[0], start };
  }

  /** A section name or file pattern: everything up to a blank or one of `(){}:;,=`. */
  readPattern(): { name: string; start: number } | undefined {
    this.skip();
    const start = this.pos;
    if (this.text[this.pos] === '"') return this.readName();
    while (this.pos < this.text.length && !/[\s(){}:;,=]/.test(this.text[this.pos])) {
      if (this.text.startsWith("/*", this.pos)) break;
      this.pos++;
    }
    if (this.pos === start) return undefined;
    return { name: this.text.slice(start, this.pos), start };
  }

  peekWord(): string {
    const save = this.pos;
    const n = this.readName();
    this.pos = save;
    return n?.name ?? "";
  }

  // script = command*
  script(): LinkerScript {
    const script: LinkerScript = { assignments: [], afterSections: [], externs: [] };
    while (!this.atEnd()) {
      if (this.accept(";")) continue;
      const start = this.pos;
      const word = this.peekWord();
      if (word === "SECTIONS") {
        this.readName();
        if (script.sections) this.fail("more than one SECTIONS command", start, this.pos);
        script.sections = this.sections();
      } else if (word === "ENTRY") {
        this.readName();
        this.expect("(");
        const n = this.readName() ?? this.fail(`expected a symbol name${this.foundText()}`);
        script.entry = { name: n.name, span: this.span(n.start) };
        this.expect(")");
      } else if (word === "OUTPUT_FORMAT") {
        this.readName();
        this.expect("(");
        const n = this.readPattern() ?? this.fail(`expected a format name${this.foundText()}`);
        script.outputFormat = n.name;
        while (this.accept(",")) this.readPattern();
        this.expect(")");
      } else if (word === "OUTPUT_ARCH" || word === "SEARCH_DIR" || word === "TARGET") {
        this.readName();
        this.expect("(");
        this.readPattern();
        this.expect(")");
      } else if (word === "EXTERN") {
        this.readName();
        this.expect("(");
        while (!this.accept(")")) {
          const n = this.readName() ?? this.fail(`expected a symbol name${this.foundText()}`);
          script.externs.push(n.name);
          this.accept(",");
        }
      } else if (
        ["MEMORY", "PHDRS", "INPUT", "GROUP", "INSERT", "OVERLAY", "VERSION", "INCLUDE"].includes(
          word,
        )
      ) {
        this.readName();
        this.fail(`'${word}' is not supported by this linker`, start, this.pos);
      } else if (word !== "") {
        (script.sections ? script.afterSections : script.assignments).push(this.assignment());
      } else {
        this.fail(`syntax error: unexpected '${this.text[this.pos]}'`);
      }
    }
    return script;
  }

  // sections = "{" (assignment | output_section | ENTRY(...))* "}"
  sections(): SectionsItem[] {
    this.expect("{");
    const items: SectionsItem[] = [];
    while (!this.accept("}")) {
      if (this.atEnd()) this.fail("expected '}' to close SECTIONS at end of script");
      if (this.accept(";")) continue;
      const save = this.pos;
      const word = this.peekWord();
      if (
        word === "PROVIDE" ||
        word === "PROVIDE_HIDDEN" ||
        word === "HIDDEN" ||
        word === "ASSERT"
      ) {
        items.push(this.assignment());
        continue;
      }
      // `name =` is an assignment; `name ... : { ... }` an output section.
      const n = this.readPattern();
      if (!n) this.fail(`expected an output section or an assignment${this.foundText()}`);
      this.skip();
      const isAssign =
        ASSIGN_OPS.some((op) => this.text.startsWith(op, this.pos)) &&
        !this.text.startsWith("==", this.pos);
      this.pos = save;
      items.push(isAssign ? this.assignment() : this.outputSection());
    }
    return items;
  }

  // assignment = name op expr ";" | (PROVIDE | PROVIDE_HIDDEN | HIDDEN) "(" name "=" expr ")" ";"?
  assignment(): Assignment {
    this.skip();
    const start = this.pos;
    const word = this.peekWord();
    if (word === "ASSERT") {
      // assert = "ASSERT" "(" expr "," string ")" ";"?
      this.readName();
      this.expect("(");
      const expr = this.expr();
      this.expect(",");
      this.skip();
      if (this.text[this.pos] !== '"') this.fail(`expected a quoted message${this.foundText()}`);
      const message = this.readName()!.name;
      this.expect(")");
      const span = this.span(start);
      this.accept(";");
      return {
        kind: "assign",
        name: "",
        op: "=",
        expr,
        provide: false,
        hidden: false,
        assert: message,
        span,
      };
    }
    if (word === "PROVIDE" || word === "PROVIDE_HIDDEN" || word === "HIDDEN") {
      this.readName();
      this.expect("(");
      const n = this.readName() ?? this.fail(`expected a symbol name${this.foundText()}`);
      this.expect("=");
      const expr = this.expr();
      this.expect(")");
      this.accept(";");
      return {
        kind: "assign",
        name: n.name,
        op: "=",
        expr,
        provide: word !== "HIDDEN",
        hidden: word !== "PROVIDE",
        span: this.span(start),
      };
    }
    const n = this.readName() ?? this.fail(`expected a symbol name${this.foundText()}`);
    this.skip();
    const op = ASSIGN_OPS.find((o) => this.text.startsWith(o, this.pos));
    if (!op) this.fail(`expected '=' after '${n.name}'${this.foundText()}`);
    this.pos += op.length;
    const expr = this.expr();
    const span = this.span(start);
    this.expect(";", "';' after the assignment");
    return { kind: "assign", name: n.name, op, expr, provide: false, hidden: false, span };
  }

  // output_section = name address? ("(" NOLOAD ")")? ":" (AT "(" expr ")")? (ALIGN "(" expr ")")?
  //                  (SUBALIGN "(" expr ")")? "{" output_item* "}" (">" region)? ("=" fill)? ","?
  outputSection(): OutputSectionStmt {
    const n = this.readPattern()!;
    const stmt: OutputSectionStmt = {
      kind: "output",
      name: n.name,
      noload: false,
      items: [],
      span: this.span(n.start),
    };
    if (this.peekChar() === "(") {
      const save = this.pos;
      this.expect("(");
      const w = this.peekWord();
      if (w === "NOLOAD" || w === "COPY" || w === "INFO" || w === "DSECT" || w === "OVERLAY") {
        this.readName();
        this.expect(")");
        stmt.noload = true;
      } else {
        this.pos = save;
        stmt.address = this.expr();
      }
    } else if (this.peekChar() !== ":") {
      stmt.address = this.expr();
      if (this.peekChar() === "(") {
        this.expect("(");
        this.readName();
        this.expect(")");
        stmt.noload = true;
      }
    }
    this.expect(":", `':' after the output section name '${n.name}'`);
    for (;;) {
      const w = this.peekWord();
      if (w === "AT") {
        this.readName();
        this.expect("(");
        stmt.loadAddress = this.expr();
        this.expect(")");
      } else if (w === "ALIGN") {
        this.readName();
        this.expect("(");
        stmt.align = this.expr();
        this.expect(")");
      } else if (w === "SUBALIGN") {
        this.readName();
        this.expect("(");
        stmt.subalign = this.expr();
        this.expect(")");
      } else if (w === "ONLY_IF_RO" || w === "ONLY_IF_RW") {
        this.fail(`'${w}' is not supported by this linker`);
      } else break;
    }
    this.expect("{", `'{' to begin the contents of '${n.name}'`);
    while (!this.accept("}")) {
      if (this.atEnd()) this.fail(`expected '}' to close '${n.name}' at end of script`);
      if (this.accept(";")) continue;
      stmt.items.push(this.outputItem());
    }
    for (;;) {
      if (this.accept(">"))
        this.fail("memory regions are not supported by this linker", this.pos - 1);
      if (this.peekChar() === ":") this.fail("program headers are not supported by this linker");
      if (this.accept("=")) {
        this.expr(); // a fill pattern: gaps are filled with zeros regardless
        continue;
      }
      this.accept(",");
      break;
    }
    return stmt;
  }

  // output_item = assignment | (KEEP "(" input_spec ")") | input_spec | (BYTE|SHORT|LONG|QUAD) "(" expr ")"
  outputItem(): OutputItem {
    this.skip();
    const start = this.pos;
    const w = this.peekWord();
    const sizes: Record<string, 1 | 2 | 4 | 8> = { BYTE: 1, SHORT: 2, LONG: 4, QUAD: 8, SQUAD: 8 };
    if (sizes[w]) {
      this.readName();
      this.expect("(");
      const expr = this.expr();
      this.expect(")");
      this.accept(";");
      return { kind: "data", size: sizes[w], expr, span: this.span(start) };
    }
    if (w === "FILL") {
      // FILL only sets the gap pattern; this linker always fills gaps with zeros.
      this.readName();
      this.expect("(");
      const expr = this.expr();
      this.expect(")");
      this.accept(";");
      return {
        kind: "assign",
        name: ".",
        op: "+=",
        expr: { kind: "num", value: 0, span: expr.span },
        provide: false,
        hidden: false,
        span: this.span(start),
      };
    }
    if (w === "KEEP") {
      this.readName();
      this.expect("(");
      const spec = this.inputSpec();
      this.expect(")");
      spec.keep = true;
      spec.span = this.span(start);
      return spec;
    }
    if (
      w === "PROVIDE" ||
      w === "PROVIDE_HIDDEN" ||
      w === "HIDDEN" ||
      w === "ASSERT" ||
      w === "CREATE_OBJECT_SYMBOLS"
    ) {
      if (w === "CREATE_OBJECT_SYMBOLS")
        this.fail(
          "'CREATE_OBJECT_SYMBOLS' is not supported by this linker",
          start,
          start + w.length,
        );
      return this.assignment();
    }
    // `name =` is an assignment, anything else an input section description.
    const save = this.pos;
    const n = this.readName();
    this.skip();
    const isAssign =
      n !== undefined &&
      ASSIGN_OPS.some((op) => this.text.startsWith(op, this.pos)) &&
      !this.text.startsWith("==", this.pos);
    this.pos = save;
    return isAssign ? this.assignment() : this.inputSpec();
  }

  // input_spec = file_pattern ("(" section_pattern* ")")?
  // file_pattern = pattern | EXCLUDE_FILE "(" pattern* ")" pattern | SORT... "(" pattern ")"
  inputSpec(): InputSpec {
    this.skip();
    const start = this.pos;
    const spec: InputSpec = {
      kind: "input",
      filePattern: "*",
      excludeFiles: [],
      sectionPatterns: [],
      keep: false,
      sort: false,
      span: this.span(start),
    };
    const file =
      this.sortable(spec) ?? this.fail(`expected an input section description${this.foundText()}`);
    spec.filePattern = file;
    if (this.accept("(")) {
      while (!this.accept(")")) {
        if (this.atEnd()) this.fail("expected ')' at end of script");
        if (this.accept(",")) continue;
        if (this.peekWord() === "EXCLUDE_FILE") {
          this.readName();
          this.expect("(");
          while (!this.accept(")"))
            spec.excludeFiles.push(
              (this.readPattern() ?? this.fail(`expected a file name${this.foundText()}`)).name,
            );
          continue;
        }
        spec.sectionPatterns.push(
          this.sortable(spec) ?? this.fail(`expected a section name pattern${this.foundText()}`),
        );
      }
    } else {
      // A bare file name takes all its sections.
      spec.sectionPatterns.push("*");
    }
    spec.span = this.span(start);
    return spec;
  }

  /** A pattern, possibly wrapped in SORT / SORT_BY_NAME / SORT_BY_ALIGNMENT (...). */
  sortable(spec: InputSpec): string | undefined {
    const w = this.peekWord();
    if (w === "EXCLUDE_FILE") {
      this.readName();
      this.expect("(");
      while (!this.accept(")"))
        spec.excludeFiles.push(
          (this.readPattern() ?? this.fail(`expected a file name${this.foundText()}`)).name,
        );
      return this.sortable(spec);
    }
    if (/^SORT(_BY_NAME|_BY_ALIGNMENT|_BY_INIT_PRIORITY|_NONE)?$/.test(w)) {
      this.readName();
      this.expect("(");
      spec.sort = w !== "SORT_NONE";
      const inner = this.sortable(spec);
      this.expect(")");
      return inner;
    }
    return this.readPattern()?.name;
  }

  // expr = ternary, with C's precedence
  expr(): Expr {
    const start = this.pos;
    const test = this.binary(0);
    if (this.accept("?")) {
      const then = this.expr();
      this.expect(":");
      const otherwise = this.expr();
      return { kind: "cond", test, then, else: otherwise, span: this.span(start) };
    }
    return test;
  }

  binary(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.unary();
    this.skip();
    const start = this.pos;
    let left = this.binary(level + 1);
    for (;;) {
      this.skip();
      const op = BINARY_LEVELS[level].find(
        (o) => this.text.startsWith(o, this.pos) && !this.isLongerOp(o),
      );
      if (!op) return left;
      this.pos += op.length;
      const right = this.binary(level + 1);
      left = { kind: "binary", op, left, right, span: this.span(start) };
    }
  }

  /** Whether the operator at the cursor is a longer one that starts with `o` (`<<=` vs `<`). */
  isLongerOp(o: string): boolean {
    const next = this.text[this.pos + o.length] ?? "";
    if (o === "<" || o === ">") return next === o || next === "=";
    if (o === "&" || o === "|") return next === o || next === "=";
    if (o === "<<" || o === ">>" || o === "+" || o === "-" || o === "*" || o === "/")
      return next === "=";
    return false;
  }

  // unary = ("-" | "!" | "~" | "+") unary | primary
  unary(): Expr {
    this.skip();
    const start = this.pos;
    for (const op of ["-", "!", "~", "+"]) {
      if (this.text.startsWith(op, this.pos) && !this.text.startsWith("!=", this.pos)) {
        this.pos++;
        const arg = this.unary();
        return { kind: "unary", op, arg, span: this.span(start) };
      }
    }
    return this.primary();
  }

  // primary = number | "." | symbol | func "(" args ")" | "(" expr ")"
  primary(): Expr {
    this.skip();
    const start = this.pos;
    if (this.accept("(")) {
      const e = this.expr();
      this.expect(")");
      return e;
    }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+)([KM])?/.exec(this.text.slice(this.pos, this.pos + 40));
    if (num) {
      this.pos += num[0].length;
      let value =
        num[1].startsWith("0x") || num[1].startsWith("0X")
          ? Number.parseInt(num[1].slice(2), 16)
          : num[1].length > 1 && num[1].startsWith("0")
            ? Number.parseInt(num[1], 8)
            : Number(num[1]);
      if (num[2] === "K") value *= 1024;
      if (num[2] === "M") value *= 1024 * 1024;
      if (/[\w]/.test(this.text[this.pos] ?? ""))
        this.fail(`invalid number '${num[0]}${this.text[this.pos]}'`, start);
      return { kind: "num", value, span: this.span(start) };
    }
    const n = this.readName();
    if (!n) this.fail(`expected an expression${this.foundText()}`);
    if (n.name === ".") return { kind: "dot", span: this.span(start) };
    if (n.name === "SIZEOF_HEADERS" || n.name === "sizeof_headers")
      return { kind: "call", name: "SIZEOF_HEADERS", args: [], span: this.span(start) };
    if (FUNCS.has(n.name) && this.peekChar() === "(") {
      this.expect("(");
      if (SECTION_FUNCS.has(n.name)) {
        const sec = this.readPattern() ?? this.fail(`expected a section name${this.foundText()}`);
        this.expect(")");
        return { kind: "call", name: n.name, args: [], section: sec.name, span: this.span(start) };
      }
      if (n.name === "DEFINED") {
        const sym = this.readName() ?? this.fail(`expected a symbol name${this.foundText()}`);
        this.expect(")");
        return { kind: "call", name: n.name, args: [], section: sym.name, span: this.span(start) };
      }
      if (n.name === "CONSTANT") {
        const c =
          this.readName() ?? this.fail(`expected MAXPAGESIZE or COMMONPAGESIZE${this.foundText()}`);
        this.expect(")");
        if (c.name !== "MAXPAGESIZE" && c.name !== "COMMONPAGESIZE")
          this.fail(`unknown constant '${c.name}'`, c.start, c.start + c.name.length);
        return { kind: "num", value: 0x1000, span: this.span(start) };
      }
      if (n.name === "SEGMENT_START") {
        this.readPattern();
        this.expect(",");
      }
      const args: Expr[] = [];
      if (!this.accept(")")) {
        do args.push(this.expr());
        while (this.accept(","));
        this.expect(")");
      }
      return { kind: "call", name: n.name, args, span: this.span(start) };
    }
    if (/^[A-Z_]+$/.test(n.name) && this.peekChar() === "(")
      this.fail(`unknown function '${n.name}'`, start, start + n.name.length);
    return { kind: "sym", name: n.name, span: this.span(start) };
  }
}

/**
 * Parses a linker script. A syntax error is reported to the sink with its place and ends the link
 * (FatalError), as in ld.
 */
export function parseLinkerScript(file: SourceFile, sink: DiagnosticSink): LinkerScript {
  const p = new ScriptParser(file);
  try {
    return p.script();
  } catch (e) {
    if (!(e instanceof ScriptSyntaxError)) throw e;
    sink.error(e.message, e.span);
    throw new FatalError();
  }
}

/** Whether `name` matches a shell wildcard pattern (`*`, `?`, `[...]`), as ld matches patterns. */
export function wildcardMatch(pattern: string, name: string): boolean {
  if (!/[*?[]/.test(pattern)) return pattern === name;
  let re = wildcardCache.get(pattern);
  if (!re) {
    let src = "^";
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === "*") src += ".*";
      else if (c === "?") src += ".";
      else if (c === "[") {
        const end = pattern.indexOf("]", i + 1);
        if (end < 0) src += "\\[";
        else {
          src +=
            "[" +
            pattern
              .slice(i + 1, end)
              .replace(/^!/, "^")
              .replace(/\\/g, "\\\\") +
            "]";
          i = end;
        }
      } else src += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
    }
    re = new RegExp(src + "$", "s");
    wildcardCache.set(pattern, re);
  }
  return re.test(name);
}

const wildcardCache = new Map<string, RegExp>();
