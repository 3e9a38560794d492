// The IR's text form: `printModule` writes it, `parseModule` reads it back.
//
// The grammar (compiler/ir/ir.ts shows an example and lists the instructions); `#` starts a
// comment that runs to the end of the line, and newlines are only whitespace:
//
//   module   = (data | function)*
//   data     = "export"? "data" GLOBAL "=" ("section" STRING)? ("align" NUM)? "{" item ("," item)* "}"
//   item     = ("b" | "h" | "w") (NUM | GLOBAL ("+" NUM)? | STRING)+ | "z" NUM
//   function = "export"? "function" GLOBAL "(" (TEMP ("," TEMP)*)? ("," "...")? ")" ("pops" NUM)?
//              "{" block+ "}"
//   block    = LABEL inst* jump
//   inst     = (TEMP "=")? OPCODE (value ("," value)*)?
//            | (TEMP "=")? "call" value "(" (arg ("," arg)*)? ")" ("pops" NUM)?
//   arg      = value | "byval" NUM value
//   jump     = "jmp" LABEL | "jnz" value "," LABEL "," LABEL | "ret" value? | "hlt"
//   value    = TEMP | NUM | GLOBAL ("+" NUM | "-" NUM)?
//   TEMP = "%" name   GLOBAL = "$" name   LABEL = "@" name   (name = [A-Za-z_.][A-Za-z0-9_.]*)
//
// Printing then parsing gives the same module (the tests check it on every file of test/ir).
// Errors in the text are diagnostics with a position, reported to the sink; the parse stops at
// the first.
import { DiagnosticSink, SourceFile, type Span } from "../diag.ts";
import {
  type AsmInfo,
  type Block,
  type CallArg,
  Const,
  type Data,
  type DataItem,
  emptyBlock,
  type Function,
  Global,
  type Inst,
  isOpcode,
  type Jump,
  type Module,
  newTemp,
  type Opcode,
  type Temp,
  type Value,
  BINARY_OPS,
  COMPARE_OPS,
  UNARY_OPS,
  LOAD_OPS,
  STORE_OPS,
} from "./ir.ts";

// ---- Printing ----

/** The names temporaries print with (unique within the function being printed). */
let printNames: Map<Temp, string> | undefined;

export function valueText(v: Value): string {
  switch (v.kind) {
    case "temp":
      return `%${printNames?.get(v) ?? v.name}`;
    case "const":
      return String(v.value);
    case "global":
      return v.offset === 0 ? `$${v.name}` : `$${v.name}${v.offset < 0 ? "" : "+"}${v.offset}`;
  }
}

export function instText(i: Inst): string {
  const head = i.dst ? `${valueText(i.dst)} = ${i.op}` : i.op;
  if (i.op === "call") {
    const args = (i.callArgs ?? []).map((a) =>
      a.byval > 0 ? `byval ${a.byval} ${valueText(a.value)}` : valueText(a.value),
    );
    const pops = i.pops ? ` pops ${i.pops}` : "";
    return `${head} ${valueText(i.args[0])}(${args.join(", ")})${pops}`;
  }
  if (i.op === "asm") return `${head} ${asmText(i.asm!)}${i.args.length === 0 ? "" : " " + i.args.map(valueText).join(", ")}`; // prettier-ignore
  const op = i.volatile ? `${head} volatile` : head;
  return i.args.length === 0 ? op : `${op} ${i.args.map(valueText).join(", ")}`;
}

export function jumpText(j: Jump): string {
  switch (j.kind) {
    case "jmp":
      return `jmp @${j.target.name}`;
    case "jnz":
      return `jnz ${valueText(j.cond)}, @${j.then.name}, @${j.else.name}`;
    case "ret":
      return j.value === null ? "ret" : `ret ${valueText(j.value)}`;
    case "hlt":
      return "hlt";
  }
}

function stringText(bytes: Uint8Array): string {
  let s = '"';
  for (const c of bytes) {
    if (c === 0x22 || c === 0x5c) s += "\\" + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else if (c === 10) s += "\\n";
    else if (c === 9) s += "\\t";
    else s += "\\x" + c.toString(16).padStart(2, "0");
  }
  return s + '"';
}

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

// asm "TEMPLATE" "OPERANDS" "CLOBBERS": operands as CONSTRAINT:SIZE, outputs with their = or +.
function asmText(a: AsmInfo): string {
  const ops = a.constraints.map(
    (c, k) => `${k < a.outputs ? (a.inout[k] ? "+" : "=") : ""}${c}:${a.sizes[k]}`,
  );
  return [a.template, ops.join(" "), a.clobbers.join(" ")].map((x) => stringText(latin1(x))).join(" "); // prettier-ignore
}

function itemText(item: DataItem): string {
  switch (item.kind) {
    case "int":
      return `${item.size === 1 ? "b" : item.size === 2 ? "h" : "w"} ${item.value}`;
    case "addr":
      return `w ${valueText(new Global(item.name, item.offset))}`;
    case "bytes":
      return `b ${stringText(item.bytes)}`;
    case "zero":
      return `z ${item.size}`;
  }
}

export function dataText(d: Data): string {
  const section = d.section === ".data" ? "" : `section "${d.section}" `;
  const items = d.items.map(itemText).join(", ");
  return `${d.exported ? "export " : ""}data $${d.name} = ${section}align ${d.align} { ${items} }\n`;
}

/**
 * Temporaries are told apart by identity, not by name, so two may share one (a pass names the
 * ones it makes `.<id>`, which a parsed name may already be): the printer gives the later ones
 * a suffix, so that the text always parses back to the same function.
 */
function uniqueNames(fn: Function): Map<Temp, string> {
  const names = new Map<Temp, string>();
  const used = new Set<string>();
  for (const t of fn.temps) {
    let name = t.name;
    for (let k = 1; used.has(name); k++) name = `${t.name}.${k}`;
    used.add(name);
    names.set(t, name);
  }
  return names;
}

export function functionText(fn: Function): string {
  printNames = uniqueNames(fn);
  try {
    return functionBody(fn);
  } finally {
    printNames = undefined;
  }
}

function functionBody(fn: Function): string {
  const params = fn.params.map(valueText);
  if (fn.variadic) params.push("...");
  const pops = fn.pops ? ` pops ${fn.pops}` : "";
  let s = `${fn.exported ? "export " : ""}function $${fn.name}(${params.join(", ")})${pops} {\n`;
  for (const b of fn.blocks) {
    s += `@${b.name}\n`;
    for (const i of b.insts) s += `    ${instText(i)}\n`;
    s += `    ${jumpText(b.jump)}\n`;
  }
  return s + "}\n";
}

/** The module as text: the data objects, one a line, then the functions, a blank line apart. */
export function printModule(m: Module): string {
  const parts: string[] = [];
  if (m.data.length > 0) parts.push(m.data.map(dataText).join(""));
  for (const f of m.functions) parts.push(functionText(f));
  return parts.join("\n");
}

// ---- Parsing ----

type TokenKind = "temp" | "global" | "label" | "num" | "string" | "word" | "punct" | "eof";

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** The value of a number; the bytes of a string. */
  num?: number;
  bytes?: Uint8Array;
}

class Stop extends Error {}

const NAME_START = /[A-Za-z_.]/;
const NAME_CHAR = /[A-Za-z0-9_.]/;

function lex(file: SourceFile, sink: DiagnosticSink): Token[] {
  const text = file.text;
  const toks: Token[] = [];
  const fail = (message: string, start: number, end: number): never => {
    sink.error(message, { file, start, end });
    throw new Stop();
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    const start = i;
    if (c === "%" || c === "$" || c === "@") {
      i++;
      while (i < text.length && NAME_CHAR.test(text[i])) i++;
      if (i === start + 1 || !NAME_START.test(text[start + 1]))
        fail(`expected a name after '${c}'`, start, i + 1);
      const kind = c === "%" ? "temp" : c === "$" ? "global" : "label";
      toks.push({ kind, text: text.slice(start + 1, i), start, end: i });
    } else if (/[0-9]/.test(c) || (c === "-" && /[0-9]/.test(text[i + 1] ?? ""))) {
      i++;
      while (i < text.length && /[0-9A-Za-z]/.test(text[i])) i++;
      const word = text.slice(start, i);
      const n = Number(word);
      if (!Number.isInteger(n) || n < -0x80000000 || n > 0xffffffff)
        fail(`'${word}' is not a 32-bit integer`, start, i);
      toks.push({ kind: "num", text: word, start, end: i, num: n });
    } else if (NAME_START.test(c)) {
      while (i < text.length && NAME_CHAR.test(text[i])) i++;
      toks.push({ kind: "word", text: text.slice(start, i), start, end: i });
    } else if (c === '"') {
      const bytes: number[] = [];
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\n") fail("unterminated string", start, i);
        if (text[i] !== "\\") {
          bytes.push(text.charCodeAt(i++) & 0xff);
          continue;
        }
        const e = text[i + 1];
        if (e === "n") bytes.push(10);
        else if (e === "t") bytes.push(9);
        else if (e === "0") bytes.push(0);
        else if (e === "\\" || e === '"') bytes.push(e.charCodeAt(0));
        else if (e === "x" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
          bytes.push(parseInt(text.slice(i + 2, i + 4), 16));
          i += 2;
        } else fail("unknown escape in string", i, i + 2);
        i += 2;
      }
      if (i >= text.length) fail("unterminated string", start, i);
      i++;
      toks.push({ kind: "string", text: text.slice(start, i), start, end: i, bytes: Uint8Array.from(bytes) }); // prettier-ignore
    } else if (c === "." && text.startsWith("...", i)) {
      i += 3;
      toks.push({ kind: "punct", text: "...", start, end: i });
    } else if ("=,(){}+-".includes(c)) {
      i++;
      toks.push({ kind: "punct", text: c, start, end: i });
    } else fail(`unexpected character '${c}'`, start, start + 1);
  }
  toks.push({ kind: "eof", text: "end of file", start: text.length, end: text.length });
  return toks;
}

class Parser {
  private pos = 0;
  private fn: Function | null = null;
  private temps = new Map<string, Temp>();
  private blocks = new Map<string, Block>();
  private defined = new Set<string>();
  private labelUses: Token[] = [];

  private readonly file: SourceFile;
  private readonly toks: Token[];
  private readonly sink: DiagnosticSink;

  constructor(file: SourceFile, toks: Token[], sink: DiagnosticSink) {
    this.file = file;
    this.toks = toks;
    this.sink = sink;
  }

  private peek(): Token {
    return this.toks[this.pos];
  }

  private next(): Token {
    return this.toks[this.pos++];
  }

  private fail(message: string, tok: Token = this.peek()): never {
    const span: Span = { file: this.file, start: tok.start, end: Math.max(tok.end, tok.start + 1) };
    this.sink.error(message, span);
    throw new Stop();
  }

  private is(text: string): boolean {
    const t = this.peek();
    return (t.kind === "punct" || t.kind === "word") && t.text === text;
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.pos++;
    return true;
  }

  private expect(text: string): Token {
    if (!this.is(text)) this.fail(`expected '${text}' before ${this.describe(this.peek())}`);
    return this.next();
  }

  private describe(t: Token): string {
    return t.kind === "eof" ? "end of file" : `'${this.file.text.slice(t.start, t.end)}'`;
  }

  private expectKind(kind: TokenKind, what: string): Token {
    const t = this.peek();
    if (t.kind !== kind) this.fail(`expected ${what} before ${this.describe(t)}`);
    return this.next();
  }

  private number(what = "a number"): number {
    return this.expectKind("num", what).num!;
  }

  // module = (data | function)*
  module(): Module {
    const m: Module = { data: [], functions: [] };
    while (this.peek().kind !== "eof") {
      const exported = this.accept("export");
      if (this.accept("data")) m.data.push(this.data(exported));
      else if (this.accept("function")) m.functions.push(this.function(exported));
      else this.fail(`expected 'data' or 'function' before ${this.describe(this.peek())}`);
    }
    return m;
  }

  // data = "export"? "data" GLOBAL "=" ("section" STRING)? ("align" NUM)? "{" item ("," item)* "}"
  private data(exported: boolean): Data {
    const name = this.expectKind("global", "a $name").text;
    this.expect("=");
    let section = ".data";
    if (this.accept("section")) {
      const s = this.expectKind("string", "a section name");
      section = String.fromCharCode(...s.bytes!);
    }
    let align = 1;
    if (this.accept("align")) {
      const at = this.peek();
      align = this.number();
      if (align <= 0 || (align & (align - 1)) !== 0)
        this.fail("alignment must be a power of 2", at);
    }
    this.expect("{");
    const items: DataItem[] = [];
    do this.item(items);
    while (this.accept(","));
    this.expect("}");
    if (section === ".bss" && items.some((i) => i.kind !== "zero"))
      this.fail("a .bss object holds only zeros ('z')");
    return { name, exported, section, align, items };
  }

  // item = ("b" | "h" | "w") (NUM | GLOBAL ("+" NUM)? | STRING)+ | "z" NUM
  private item(items: DataItem[]): void {
    const t = this.expectKind("word", "a data item ('b', 'h', 'w' or 'z')");
    if (t.text === "z") {
      items.push({ kind: "zero", size: this.number("a size") });
      return;
    }
    const size = t.text === "b" ? 1 : t.text === "h" ? 2 : t.text === "w" ? 4 : 0;
    if (size === 0) this.fail(`unknown data item '${t.text}'`, t);
    let count = 0;
    for (;;) {
      const v = this.peek();
      if (v.kind === "num") items.push({ kind: "int", size, value: this.next().num! | 0 });
      else if (v.kind === "string") {
        if (size !== 1) this.fail("a string is made of bytes ('b')", v);
        items.push({ kind: "bytes", bytes: this.next().bytes! });
      } else if (v.kind === "global") {
        if (size !== 4) this.fail("an address is a word ('w')", v);
        const g = this.globalValue();
        items.push({ kind: "addr", name: g.name, offset: g.offset });
      } else break;
      count++;
    }
    if (count === 0) this.fail(`expected a value after '${t.text}'`);
  }

  // function = "export"? "function" GLOBAL "(" params ")" ("pops" NUM)? "{" block+ "}"
  private function(exported: boolean): Function {
    const name = this.expectKind("global", "a $name").text;
    const fn: Function = {
      name, exported, params: [], temps: [], blocks: [], pops: 0, variadic: false,
    }; // prettier-ignore
    this.fn = fn;
    this.temps.clear();
    this.blocks.clear();
    this.defined.clear();
    this.labelUses = [];
    this.expect("(");
    if (!this.is(")")) {
      do {
        if (this.accept("...")) {
          fn.variadic = true;
          break;
        }
        const t = this.expectKind("temp", "a parameter %name");
        if (this.temps.has(t.text)) this.fail(`parameter %${t.text} is named twice`, t);
        fn.params.push(this.temp(t.text));
      } while (this.accept(","));
    }
    this.expect(")");
    if (this.accept("pops")) fn.pops = this.number();
    this.expect("{");
    if (this.peek().kind !== "label") this.fail("a function starts with a @label");
    while (this.peek().kind === "label") fn.blocks.push(this.block());
    this.expect("}");
    for (const u of this.labelUses)
      if (!this.defined.has(u.text)) this.fail(`undefined label @${u.text}`, u);
    return fn;
  }

  private temp(name: string): Temp {
    let t = this.temps.get(name);
    if (!t) {
      t = newTemp(this.fn!, name);
      this.temps.set(name, t);
    }
    return t;
  }

  private label(): Block {
    const t = this.expectKind("label", "a @label");
    this.labelUses.push(t);
    return this.blockNamed(t.text);
  }

  private blockNamed(name: string): Block {
    let b = this.blocks.get(name);
    if (!b) {
      b = emptyBlock(name);
      this.blocks.set(name, b);
    }
    return b;
  }

  // block = LABEL inst* jump
  private block(): Block {
    const t = this.next();
    if (this.defined.has(t.text)) this.fail(`label @${t.text} is defined twice`, t);
    this.defined.add(t.text);
    const b = this.blockNamed(t.text);
    for (;;) {
      const j = this.jump();
      if (j) {
        b.jump = j;
        return b;
      }
      b.insts.push(this.inst());
    }
  }

  // jump = "jmp" LABEL | "jnz" value "," LABEL "," LABEL | "ret" value? | "hlt"
  private jump(): Jump | null {
    if (this.accept("jmp")) return { kind: "jmp", target: this.label() };
    if (this.accept("jnz")) {
      const cond = this.value();
      this.expect(",");
      const then = this.label();
      this.expect(",");
      return { kind: "jnz", cond, then, else: this.label() };
    }
    if (this.accept("ret")) {
      const t = this.peek();
      const hasValue = t.kind === "temp" || t.kind === "num" || t.kind === "global";
      return { kind: "ret", value: hasValue ? this.value() : null };
    }
    if (this.accept("hlt")) return { kind: "hlt" };
    return null;
  }

  // inst = (TEMP "=")? OPCODE (value ("," value)*)?  |  (TEMP "=")? "call" ...
  private inst(): Inst {
    let dst: Temp | null = null;
    if (this.peek().kind === "temp") {
      dst = this.temp(this.next().text);
      this.expect("=");
    }
    const opTok = this.peek();
    if (opTok.kind !== "word" || !isOpcode(opTok.text))
      this.fail(`expected an instruction before ${this.describe(opTok)}`);
    this.pos++;
    const op = opTok.text as Opcode;
    const inst: Inst = { op, dst, args: [] };
    if (op === "call") {
      inst.args.push(this.value());
      this.expect("(");
      const args: CallArg[] = [];
      if (!this.is(")")) {
        do {
          if (this.accept("byval")) {
            const size = this.number("a size");
            args.push({ value: this.value(), byval: size });
          } else args.push({ value: this.value(), byval: 0 });
        } while (this.accept(","));
      }
      this.expect(")");
      inst.callArgs = args;
      if (this.accept("pops")) inst.pops = this.number();
    } else if (op === "asm") {
      inst.asm = this.asmInfo();
      // (An asm without operands may be followed by `%x = ...`, the next instruction.)
      const next = this.toks[this.pos + 1];
      if (this.startsValue() && !(this.peek().kind === "temp" && next?.text === "=")) {
        do inst.args.push(this.value());
        while (this.accept(","));
      }
      if (inst.args.length !== inst.asm.constraints.length)
        this.fail(`'asm' takes one value per operand`, opTok);
    } else {
      if ((LOAD_OPS.has(op) || STORE_OPS.has(op)) && this.accept("volatile")) inst.volatile = true;
      if (this.startsValue()) {
        do inst.args.push(this.value());
        while (this.accept(","));
      }
    }
    const want = arity(op);
    if (want >= 0 && inst.args.length !== want)
      this.fail(`'${op}' takes ${want} operand${want === 1 ? "" : "s"}`, opTok);
    if (resultKind(op) === "value" && !dst) this.fail(`'${op}' needs a result %name`, opTok);
    if (resultKind(op) === "none" && dst) this.fail(`'${op}' has no result`, opTok);
    return inst;
  }

  // asm = STRING STRING STRING: the template, CONSTRAINT:SIZE per operand, the clobbers
  private asmInfo(): AsmInfo {
    const str = () => String.fromCharCode(...this.expectKind("string", "a string").bytes!);
    const template = str();
    const ops = str()
      .split(" ")
      .filter((x) => x !== "");
    const clobbers = str()
      .split(" ")
      .filter((x) => x !== "");
    const a: AsmInfo = { template, constraints: [], outputs: 0, inout: [], sizes: [], clobbers };
    for (const o of ops) {
      const m = /^([=+]?)(.+):(\d+)$/.exec(o);
      if (!m) this.fail(`bad asm operand '${o}'`);
      if (m[1] !== "") {
        if (a.outputs !== a.constraints.length) this.fail("asm outputs come before inputs");
        a.outputs++;
        a.inout.push(m[1] === "+");
      }
      a.constraints.push(m[2]);
      a.sizes.push(Number(m[3]));
    }
    return a;
  }

  private startsValue(): boolean {
    const k = this.peek().kind;
    return k === "temp" || k === "num" || k === "global";
  }

  // value = TEMP | NUM | GLOBAL ("+" NUM | "-" NUM)?
  private value(): Value {
    const t = this.peek();
    if (t.kind === "temp") return this.temp(this.next().text);
    if (t.kind === "num") return new Const(this.next().num!);
    if (t.kind === "global") return this.globalValue();
    return this.fail(`expected a value before ${this.describe(t)}`);
  }

  private globalValue(): Global {
    const name = this.next().text;
    if (this.accept("+")) return new Global(name, this.number());
    const t = this.peek();
    if (t.kind === "num" && t.text.startsWith("-") && t.start === this.toks[this.pos - 1].end)
      return new Global(name, this.next().num!);
    return new Global(name, 0);
  }
}

/** How many operands each opcode takes in `args` (a call: just the callee; an asm: any). */
const ARITY = new Map<string, number>([
  ...[...BINARY_OPS, ...COMPARE_OPS, ...STORE_OPS, "alloc"].map((op) => [op, 2] as const),
  ...[...UNARY_OPS, ...LOAD_OPS, "argaddr", "call", "asmout"].map((op) => [op, 1] as const),
  ["asm", -1], // one per operand
  ["blit", 3],
]);

/** How many operands an opcode takes in `args` (a call: just the callee). */
export function arity(op: Opcode): number {
  return ARITY.get(op)!;
}

/** Whether an opcode gives a value ("value"), may (a call: "maybe"), or gives none. */
export function resultKind(op: Opcode): "value" | "maybe" | "none" {
  if (op === "call") return "maybe";
  if (STORE_OPS.has(op) || op === "blit" || op === "asm") return "none";
  return "value";
}

/** Parses IR text. On an error it is reported to `sink` and the result is null. */
export function parseModule(file: SourceFile, sink: DiagnosticSink): Module | null {
  try {
    const toks = lex(file, sink);
    return new Parser(file, toks, sink).module();
  } catch (e) {
    if (e instanceof Stop) return null;
    throw e;
  }
}
