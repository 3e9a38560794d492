// Lowering: the checked AST (compiler/sema/types.ts says what the checker guarantees) to IR.
//
// The one idea: every C expression is lowered either as a *value* (a 32-bit IR value; a
// narrower integer is kept extended to 32 bits as its type says, so conversions between integer
// types are an extension or nothing) or as a *place* (an lvalue: a temporary, or an address with
// the type of what is there). A struct or union value is represented by its address.
//
// Where locals live: a scalar local whose address is never taken is a temporary, assigned where
// the source assigns it; anything else (arrays, structs, `&x`, volatile) is a stack slot made by
// `alloc` in the entry block. Parameters arrive as temporaries, except the ones that must be in
// memory: those are used in place, in the incoming argument area (`argaddr`), as gcc does.
// Statics, globals, string literals and file-scope compound literals are data objects.
//
// Calls follow cdecl as gcc -m32 does: arguments right to left (the order gcc evaluates them),
// structs copied by value into the argument area, a struct result through a hidden first
// argument that the callee pops (`pops 4`); a function returning a struct stores it through that
// pointer and returns the pointer. `va_start` is the address after the last named parameter;
// `va_arg` reads there and steps by the argument's size rounded up to 4.
//
// A temporary must be assigned on every path before it is read (ir.ts): a local read before any
// assignment (which C allows, with an indeterminate value) is given 0 at entry.
import type * as ast from "../parse/ast.ts";
import { DiagnosticSink, type Span } from "../diag.ts";
import { evalConst } from "../sema/const.ts";
import {
  type Decl,
  type Field,
  type FunctionType,
  type InitEntry,
  intOf,
  isInteger,
  sizeOf,
  type Type,
  CONST,
  VOLATILE,
} from "../sema/types.ts";
import * as ir from "./ir.ts";
import {
  AsmTemplateError,
  checkTemplate,
  classifyConstraint,
  clobberRegister,
  type ConstraintKind,
  constraintLetters,
  numberTemplate,
} from "../backend/inline-asm.ts";

type Value = ir.Value;

/** An lvalue: a temporary, or memory at `addr` holding a `type` (maybe a bit-field). */
type Place =
  | { kind: "temp"; temp: ir.Temp; type: Type }
  | { kind: "mem"; addr: Value; type: Type; field?: Field; volatile?: boolean };

/** Where a local lives. */
type Storage = { kind: "temp"; temp: ir.Temp } | { kind: "mem"; addr: Value };

const c = (n: number): ir.Const => new ir.Const(n);

function isRecord(t: Type): boolean {
  return t.kind === "record";
}

function isSigned(t: Type): boolean {
  return (t.kind === "int" || t.kind === "enum") && intOf(t).signed;
}

/** The size of a scalar as loaded and stored (enums, pointers and ints). */
function scalarSize(t: Type): number {
  return t.kind === "pointer" ? 4 : sizeOf(t);
}

function loadOp(t: Type): ir.LoadOp {
  const size = scalarSize(t);
  if (size === 1) return isSigned(t) ? "loadsb" : "loadub";
  if (size === 2) return isSigned(t) ? "loadsh" : "loaduh";
  return "loadw";
}

function storeOp(size: number): ir.StoreOp {
  return size === 1 ? "storeb" : size === 2 ? "storeh" : "storew";
}

/** The extension that keeps a value of type `t` in its canonical 32-bit form, if any. */
function extendOp(t: Type): ir.UnaryOp | null {
  if (t.kind !== "int" && t.kind !== "enum") return null;
  const size = sizeOf(t);
  if (size === 1) return intOf(t).signed ? "extsb" : "extub";
  if (size === 2) return intOf(t).signed ? "extsh" : "extuh";
  return null;
}

function isBool(t: Type): boolean {
  return t.kind === "int" && t.name === "_Bool";
}

/** The name a global entity has in the object. */
function symbolName(d: Decl): string {
  return d.asmName ?? d.name;
}

/** Unsupported constructs are reported to the sink; the function still lowers (to something). */
export class ModuleLowering {
  readonly module: ir.Module = { data: [], functions: [] };
  readonly sink: DiagnosticSink;
  private strings = new Map<string, string>();
  private staticNames = new Map<Decl, string>();
  private literals = new Map<ast.CompoundLiteral, string>();
  private counter = 0;

  constructor(sink: DiagnosticSink) {
    this.sink = sink;
  }

  error(message: string, span: Span): void {
    this.sink.error(message, span);
  }

  /**
   * Lowers one checked external declaration: a function definition to its function, which the
   * module does not keep (the compiler takes it through the passes and the back end before the
   * next declaration is even parsed: cc.ts). The unit's objects come at the end (`finish`).
   */
  external(ext: ast.ExternalDecl): ir.Function | undefined {
    if (ext.kind === "FileAsm")
      this.error("file-scope 'asm' is not supported by the code generator", ext.span);
    if (ext.kind !== "FunctionDef") return undefined;
    return new FunctionLowering(this, ext).run();
  }

  /**
   * The objects with static storage the unit defines (`CheckedUnit.globals`), once the checker
   * has finished it (a tentative definition is one only at the end of the unit), after every
   * function: the module's data, with the string literals and compound literals the functions
   * made.
   */
  finish(globals: Decl[]): ir.Module {
    for (let k = 0; k < globals.length; k++) {
      const d = globals[k];
      // (A file-scope compound literal is among them, but its object is made where an
      // initializer takes its address: `staticLiteral`.)
      if (d.kind === "var" && d.defined && d.name !== "(compound literal)")
        this.defineObject(this.globalName(d), d.linkage === "external", d);
    }
    return this.module;
  }

  /** The object name of a global or static-storage entity. */
  globalName(d: Decl): string {
    if (!d.local && d.linkage !== "none") return symbolName(d);
    let n = this.staticNames.get(d);
    if (n === undefined) {
      n = `${d.name}.${this.counter++}`;
      this.staticNames.set(d, n);
    }
    return n;
  }

  /** A string literal's data object (identical literals share one). */
  stringLiteral(s: ast.StringLit): string {
    const unit = s.prefix === "" || s.prefix === "u8" ? 1 : s.prefix === "u" ? 2 : 4;
    const key = `${unit}:${s.value.join(",")}`;
    let name = this.strings.get(key);
    if (name !== undefined) return name;
    name = `str.${this.counter++}`;
    this.strings.set(key, name);
    const bytes = new Uint8Array((s.value.length + 1) * unit);
    s.value.forEach((v, i) => {
      for (let k = 0; k < unit; k++) bytes[i * unit + k] = (v >>> (8 * k)) & 0xff;
    });
    this.module.data.push({ name, exported: false, section: ".rodata", align: unit, items: [{ kind: "bytes", bytes }] }); // prettier-ignore
    return name;
  }

  /** A compound literal with static storage: a data object of its own. */
  staticLiteral(e: ast.CompoundLiteral): string {
    let name = this.literals.get(e);
    if (name === undefined) {
      name = `compound.${this.counter++}`;
      this.literals.set(e, name);
      this.defineObject(name, false, e.decl!);
    }
    return name;
  }

  /** The data object of a variable with static storage, from its initializer. */
  defineObject(name: string, exported: boolean, d: Decl): void {
    const size = sizeOf(d.type);
    const bytes = new Uint8Array(size);
    const addrs: { offset: number; name: string; addend: number }[] = [];
    let zero = true;
    for (const entry of d.init?.entries ?? []) {
      const e = entry.expr;
      if (entry.type.kind === "array" && e.kind === "StringLit") {
        const unit = sizeOf((entry.type as { of: Type }).of);
        const n = Math.min(sizeOf(entry.type) / unit, e.value.length + 1);
        for (let i = 0; i < n; i++) {
          const v = e.value[i] ?? 0;
          for (let k = 0; k < unit; k++) bytes[entry.offset + i * unit + k] = (v >>> (8 * k)) & 0xff; // prettier-ignore
          if (v !== 0) zero = false;
        }
        continue;
      }
      const v = evalConst(e);
      if (v === undefined) {
        this.error("initializer element is not constant", e.span);
        continue;
      }
      if (v.kind === "int") {
        let value = v.value;
        let width = scalarSize(entry.type);
        let at = entry.offset;
        if (entry.field && entry.field.bitWidth >= 0) {
          // Merge the bits into the unit (little-endian).
          const f = entry.field;
          width = f.unitSize;
          let unit = 0;
          for (let k = 0; k < width && k < 4; k++) unit |= bytes[at + k] << (8 * k);
          const mask = f.bitWidth >= 32 ? -1 : ((1 << f.bitWidth) - 1) << f.bitOffset;
          value = (unit & ~mask) | ((value << f.bitOffset) & mask);
        }
        for (let k = 0; k < width && k < 4; k++) bytes[at + k] = (value >>> (8 * k)) & 0xff;
        if (value !== 0) zero = false;
      } else {
        const b = v.base;
        let target: string;
        if ("kind" in b && b.kind === "StringLit") target = this.stringLiteral(b);
        else if ("kind" in b && b.kind === "CompoundLiteral") target = this.staticLiteral(b);
        else target = this.globalName(b as Decl);
        addrs.push({ offset: entry.offset, name: target, addend: v.offset });
        zero = false;
      }
    }
    const items: ir.DataItem[] = [];
    let at = 0;
    for (const a of addrs.sort((x, y) => x.offset - y.offset)) {
      if (a.offset > at) items.push({ kind: "bytes", bytes: bytes.slice(at, a.offset) });
      items.push({ kind: "addr", name: a.name, offset: a.addend });
      at = a.offset + 4;
    }
    if (at < size) items.push({ kind: "bytes", bytes: bytes.slice(at) });
    const readOnly = (elementQual(d.type) & CONST) !== 0;
    const section = d.section ?? (zero ? ".bss" : readOnly ? ".rodata" : ".data");
    const allZero = zero && (section === ".bss" || addrs.length === 0);
    this.module.data.push({
      name,
      exported,
      section,
      align: Math.max(d.align, 1),
      items: allZero || items.length === 0 ? [{ kind: "zero", size: Math.max(size, 1) }] : items,
    });
  }
}

/** The qualifiers of a type, or of an array's innermost element type. */
function elementQual(t: Type): number {
  while (t.kind === "array") t = t.of;
  return t.qual;
}

/**
 * Finds the locals whose address is taken (they must live in memory): the operand of every `&x`
 * and every `x` an asm operand with an "m" constraint names. The whole body is searched,
 * operands that are never evaluated (`sizeof &x`, `__typeof__`, array sizes) included. The walk
 * is written out per kind of node (the AST in compiler/parse/ast.ts; a new kind of node is a
 * type error in the switches below, a new field of an old one must be added here): walking
 * every object's keys instead was a quarter of the lowering's time.
 */
function addressTaken(body: ast.Stmt): Set<Decl> {
  const taken = new Set<Decl>();
  const expr = (e: ast.Expr): void => {
    switch (e.kind) {
      case "Ident":
      case "IntLit":
      case "CharLit":
      case "StringLit":
        return;
      case "Unary":
        if (e.op === "&" && e.operand.kind === "Ident" && e.operand.decl) taken.add(e.operand.decl);
        return expr(e.operand);
      case "ImplicitCast":
      case "Postfix":
      case "SizeofExpr":
      case "AlignofExpr":
        return expr(e.operand);
      case "Binary":
      case "Comma":
        expr(e.left);
        return expr(e.right);
      case "Assign":
        expr(e.target);
        return expr(e.value);
      case "Conditional":
        expr(e.cond);
        expr(e.then);
        return expr(e.else);
      case "Cast":
        typeName(e.typeName);
        return expr(e.operand);
      case "SizeofType":
      case "AlignofType":
        return typeName(e.typeName);
      case "Call":
        expr(e.callee);
        for (let k = 0; k < e.args.length; k++) expr(e.args[k]);
        return;
      case "Index":
        expr(e.base);
        return expr(e.index);
      case "Member":
        return expr(e.base);
      case "CompoundLiteral":
        typeName(e.typeName);
        return initializer(e.init);
      case "VaArg":
        expr(e.ap);
        return typeName(e.typeName);
      case "Offsetof":
        typeName(e.typeName);
        for (let k = 0; k < e.path.length; k++) {
          const d = e.path[k];
          if (d.kind === "IndexDesignator") expr(d.index);
        }
        return;
    }
  };
  const initializer = (i: ast.Initializer): void => {
    if (i.kind !== "InitList") return expr(i);
    for (let k = 0; k < i.items.length; k++) {
      const item = i.items[k];
      for (let n = 0; n < item.designators.length; n++) {
        const d = item.designators[n];
        if (d.kind === "IndexDesignator") expr(d.index);
      }
      initializer(item.init);
    }
  };
  const attributes = (list: ast.Attribute[]): void => {
    for (let k = 0; k < list.length; k++) {
      const args = list[k].args;
      for (let n = 0; n < args.length; n++) expr(args[n]);
    }
  };
  const typeName = (t: ast.TypeName): void => {
    specifiers(t.specs);
    declarator(t.declarator);
  };
  const exprOrType = (x: ast.Expr | ast.TypeName): void =>
    x.kind === "TypeName" ? typeName(x) : expr(x);
  const specifiers = (s: ast.DeclSpecs): void => {
    for (let k = 0; k < s.typeSpecs.length; k++) {
      const t = s.typeSpecs[k];
      switch (t.kind) {
        case "StructSpec":
          for (let n = 0, members = t.members ?? []; n < members.length; n++) {
            const m = members[n];
            if (m.kind === "StaticAssert") expr(m.cond);
            else {
              specifiers(m.specs);
              for (let q = 0; q < m.declarators.length; q++) {
                const d = m.declarators[q];
                if (d.declarator) declarator(d.declarator);
                if (d.bitWidth) expr(d.bitWidth);
                attributes(d.attributes);
              }
            }
          }
          attributes(t.attributes);
          break;
        case "EnumSpec":
          for (let n = 0, enumerators = t.enumerators ?? []; n < enumerators.length; n++) {
            const e = enumerators[n];
            if (e.value) expr(e.value);
            attributes(e.attributes);
          }
          attributes(t.attributes);
          break;
        case "Typeof":
          exprOrType(t.arg);
          break;
        case "BasicType":
        case "TypedefName":
          break;
      }
    }
    for (let k = 0; k < s.alignas.length; k++) exprOrType(s.alignas[k]);
    attributes(s.attributes);
  };
  const declarator = (d: ast.Declarator): void => {
    for (let k = 0; k < d.derived.length; k++) {
      const part = d.derived[k];
      if (part.kind === "Pointer") attributes(part.attributes);
      else if (part.kind === "Array") {
        if (part.size) expr(part.size);
      } else
        for (let n = 0; n < part.params.length; n++) {
          const p = part.params[n];
          specifiers(p.specs);
          declarator(p.declarator);
          attributes(p.attributes);
        }
    }
  };
  const stmt = (s: ast.BlockItem): void => {
    switch (s.kind) {
      case "CompoundStmt":
        for (let k = 0; k < s.items.length; k++) stmt(s.items[k]);
        return;
      case "Declaration":
        specifiers(s.specs);
        for (let k = 0; k < s.declarators.length; k++) {
          const d = s.declarators[k];
          declarator(d.declarator);
          if (d.init) initializer(d.init);
          attributes(d.attributes);
        }
        return;
      case "StaticAssert":
        return expr(s.cond);
      case "ExprStmt":
        if (s.expr) expr(s.expr);
        return;
      case "IfStmt":
        expr(s.cond);
        stmt(s.then);
        if (s.else) stmt(s.else);
        return;
      case "WhileStmt":
      case "DoStmt":
      case "SwitchStmt":
        expr(s.cond);
        return stmt(s.body);
      case "ForStmt":
        if (s.init) {
          if (s.init.kind === "Declaration") stmt(s.init);
          else expr(s.init);
        }
        if (s.cond) expr(s.cond);
        if (s.step) expr(s.step);
        return stmt(s.body);
      case "CaseStmt":
        expr(s.value);
        return stmt(s.body);
      case "DefaultStmt":
        return stmt(s.body);
      case "LabelStmt":
        attributes(s.attributes);
        return stmt(s.body);
      case "ReturnStmt":
        if (s.value) expr(s.value);
        return;
      case "AsmStmt":
        for (const op of [...s.outputs, ...s.inputs]) {
          const text = String.fromCharCode(...op.constraint.value);
          if (text.includes("m") && op.expr.kind === "Ident" && op.expr.decl)
            taken.add(op.expr.decl);
          expr(op.expr);
        }
        return;
      case "GotoStmt":
      case "BreakStmt":
      case "ContinueStmt":
        return;
    }
  };
  stmt(body);
  return taken;
}

class FunctionLowering {
  private readonly ml: ModuleLowering;
  private readonly def: ast.FunctionDef;
  private readonly fn: ir.Function;
  private readonly type: FunctionType;
  private cur: ir.Block;
  private readonly entry: ir.Block;
  private readonly storage = new Map<Decl, Storage>();
  private readonly taken: Set<Decl>;
  private readonly labels = new Map<string, ir.Block>();
  private breakTo: ir.Block[] = [];
  private continueTo: ir.Block[] = [];
  private switches: { cases: { value: number; block: ir.Block }[]; default?: ir.Block }[] = [];
  private blockCount = 0;
  /** Where unreachable code is lowered, to be dropped (`end`). */
  private readonly limbo = ir.emptyBlock("dead");
  /** The hidden struct-return pointer. */
  private retPtr: ir.Temp | null = null;
  /** Offset (in the argument area) after the last named parameter, for va_start. */
  private varargsOffset = 0;
  /** Temporaries of locals, to give 0 at entry when read before assigned. */
  private localTemps: ir.Temp[] = [];

  constructor(ml: ModuleLowering, def: ast.FunctionDef) {
    this.ml = ml;
    this.def = def;
    const d = def.decl!;
    this.type = d.type as FunctionType;
    this.fn = ir.newFunction(ml.globalName(d), d.linkage === "external");
    this.fn.variadic = this.type.variadic;
    this.entry = ir.newBlock(this.fn, "start");
    this.cur = this.entry;
    this.taken = addressTaken(def.body);
  }

  run(): ir.Function {
    const fn = this.fn;
    let offset = 0;
    if (isRecord(this.type.ret)) {
      this.retPtr = ir.newTemp(fn, "ret.ptr");
      fn.params.push(this.retPtr);
      fn.pops = 4;
      offset = 4;
    }
    for (let k = 0, params = this.def.params ?? []; k < params.length; k++) {
      const p = params[k];
      const size = (sizeOf(p.type) + 3) & ~3;
      const inMemory = isRecord(p.type) || this.taken.has(p) || (p.type.qual & VOLATILE) !== 0;
      const t = ir.newTemp(fn, this.tempName(p));
      fn.params.push(t);
      for (let w = 4; w < size; w += 4) fn.params.push(ir.newTemp(fn));
      if (inMemory) {
        const a = ir.newTemp(fn);
        this.entry.insts.push({ op: "argaddr", dst: a, args: [c(offset)] });
        this.storage.set(p, { kind: "mem", addr: a });
      } else {
        // Narrow parameters arrive as words: keep them extended as their type says.
        const ext = extendOp(p.type);
        if (ext) this.emit(ext, [t], t);
        this.storage.set(p, { kind: "temp", temp: t });
      }
      offset += size;
    }
    this.varargsOffset = offset;
    this.statement(this.def.body);
    // Falling off the end: `return;` (main returns 0, C11 5.1.2.2.3).
    if (this.def.decl!.name === "main" && isInteger(this.type.ret)) this.ret(c(0));
    else this.ret(this.retPtr);
    // Blocks reached only from unreachable code go first (a block no path reaches is assigned
    // everything, in the must-be-defined dataflow: dropping it changes nothing for the others).
    ir.removeUnreachable(fn);
    this.initialiseLocals();
    return fn;
  }

  /** Locals possibly read before assigned get 0 at entry (ir.ts: assigned on every path). */
  private initialiseLocals(): void {
    if (this.localTemps.length === 0) return;
    const needs = new Set<ir.Temp>();
    ir.readsBeforeAssignment(this.fn, (t) => needs.add(t), this.localTemps);
    // (With nothing to give 0, the entry is rebuilt only to put its allocs first: they are
    // unless an over-aligned slot's rounding was put before one.)
    if (needs.size === 0) {
      const insts = this.entry.insts;
      let k = 0;
      while (k < insts.length && insts[k].op === "alloc") k++;
      while (k < insts.length && insts[k].op !== "alloc") k++;
      if (k === insts.length) return;
    }
    const inits: ir.Inst[] = [];
    needs.forEach((t) => inits.push({ op: "copy", dst: t, args: [c(0)] }));
    const allocs = this.entry.insts.filter((i) => i.op === "alloc");
    const rest = this.entry.insts.filter((i) => i.op !== "alloc");
    this.entry.insts = allocs.concat(inits, rest);
  }

  private tempName(d: Decl): string {
    return `${d.name}.${d.id}`;
  }

  /**
   * A stack slot in the entry block; its address. The back end aligns slots to at most 16 bytes
   * (the frame keeps esp 16-aligned, emit.ts); a stricter alignment (`_Alignas(64)`, a record
   * aligned to a page) is made at run time, as gcc does: a slot that much bigger, its address
   * rounded up.
   */
  private stackSlot(size: number, align: number, name?: string): ir.Temp {
    size = Math.max(size, 1);
    align = Math.max(align, 1);
    if (align <= 16) {
      const a = ir.newTemp(this.fn, name);
      this.entry.insts.unshift({ op: "alloc", dst: a, args: [c(size), c(align)] });
      return a;
    }
    const raw = ir.newTemp(this.fn);
    const up = ir.newTemp(this.fn);
    const a = ir.newTemp(this.fn, name);
    this.entry.insts.unshift(
      { op: "alloc", dst: raw, args: [c(size + align - 16), c(16)] },
      { op: "add", dst: up, args: [raw, c(align - 1)] },
      { op: "and", dst: a, args: [up, c(-align)] },
    );
    return a;
  }

  // ---- Building blocks ----

  private newBlock(hint: string): ir.Block {
    return ir.emptyBlock(`${hint}.${this.blockCount++}`);
  }

  /** Makes `b` the current block (appending it to the function). */
  private enter(b: ir.Block): void {
    this.fn.blocks.push(b);
    this.cur = b;
  }

  /**
   * Ends the current block with `j`. What follows, up to the next block entered, is unreachable
   * (`return; x++;`, the jump that ends a loop's body after a `break`): it is lowered into the
   * limbo block, which no jump reaches and which is not in the function's list, so it is
   * dropped. (The unreachable block still takes a number, which keeps the names of the blocks
   * after it as they were when it was a block of its own.)
   */
  private end(j: ir.Jump): void {
    this.cur.jump = j;
    this.blockCount++;
    // (Setting an array's length is a call into V8's runtime; the limbo is nearly always empty.)
    if (this.limbo.insts.length !== 0) this.limbo.insts.length = 0;
    this.cur = this.limbo;
  }

  private jump(to: ir.Block): void {
    this.end({ kind: "jmp", target: to });
  }

  private emit(op: ir.Opcode, args: Value[], dst: ir.Temp | null = ir.newTemp(this.fn)): ir.Temp {
    this.cur.insts.push({ op, dst, args });
    return dst!;
  }

  private ret(v: Value | null): void {
    this.end({ kind: "ret", value: v });
  }

  // ---- Statements ----

  private statement(s: ast.Stmt | ast.Declaration | ast.StaticAssert): void {
    switch (s.kind) {
      case "CompoundStmt":
        for (let k = 0; k < s.items.length; k++) this.statement(s.items[k]);
        return;
      case "Declaration":
        for (let k = 0; k < s.declarators.length; k++) {
          const d = s.declarators[k].decl;
          if (d) this.local(d);
        }
        return;
      case "StaticAssert":
        return;
      case "ExprStmt":
        if (s.expr) this.effect(s.expr);
        return;
      case "IfStmt": {
        const then = this.newBlock("then");
        const join = this.newBlock("endif");
        const other = s.else ? this.newBlock("else") : join;
        this.branch(s.cond, then, other);
        this.enter(then);
        this.statement(s.then);
        this.jump(join);
        if (s.else) {
          this.enter(other);
          this.statement(s.else);
          this.jump(join);
        }
        this.enter(join);
        return;
      }
      case "WhileStmt": {
        // Rotated, as gcc does: the test once before the loop and again at its bottom, so an
        // iteration takes one conditional branch and no jump.
        const body = this.newBlock("while");
        const cond = this.newBlock("while.cond");
        const done = this.newBlock("endwhile");
        this.branch(s.cond, body, done);
        this.loop(body, done, cond, s.body);
        this.jump(cond);
        this.enter(cond);
        this.branch(s.cond, body, done);
        this.enter(done);
        return;
      }
      case "DoStmt": {
        const body = this.newBlock("do");
        const cond = this.newBlock("dowhile");
        const done = this.newBlock("enddo");
        this.jump(body);
        this.loop(body, done, cond, s.body);
        this.jump(cond);
        this.enter(cond);
        this.branch(s.cond, body, done);
        this.enter(done);
        return;
      }
      case "ForStmt": {
        if (s.init) {
          if (s.init.kind === "Declaration") this.statement(s.init);
          else this.effect(s.init);
        }
        // Rotated like while: the test before the loop and after the step.
        const body = this.newBlock("for");
        const step = this.newBlock("for.step");
        const done = this.newBlock("endfor");
        if (s.cond) this.branch(s.cond, body, done);
        else this.jump(body);
        this.loop(body, done, step, s.body);
        this.jump(step);
        this.enter(step);
        if (s.step) this.effect(s.step);
        if (s.cond) this.branch(s.cond, body, done);
        else this.jump(body);
        this.enter(done);
        return;
      }
      case "SwitchStmt":
        return this.switchStatement(s);
      case "CaseStmt": {
        const b = this.newBlock("case");
        const v = evalConst(s.value);
        const sw = this.switches[this.switches.length - 1];
        if (sw && v && v.kind === "int") sw.cases.push({ value: v.value, block: b });
        this.jump(b);
        this.enter(b);
        this.statement(s.body);
        return;
      }
      case "DefaultStmt": {
        const b = this.newBlock("default");
        const sw = this.switches[this.switches.length - 1];
        if (sw) sw.default = b;
        this.jump(b);
        this.enter(b);
        this.statement(s.body);
        return;
      }
      case "LabelStmt": {
        const b = this.label(s.label);
        this.jump(b);
        this.enter(b);
        this.statement(s.body);
        return;
      }
      case "GotoStmt":
        this.jump(this.label(s.label));
        return;
      case "BreakStmt":
        this.jump(this.breakTo[this.breakTo.length - 1]);
        return;
      case "ContinueStmt":
        this.jump(this.continueTo[this.continueTo.length - 1]);
        return;
      case "ReturnStmt": {
        if (!s.value) return this.ret(this.retPtr);
        if (this.retPtr) {
          const src = this.rvalue(s.value);
          this.emit("blit", [src, this.retPtr, c(sizeOf(this.type.ret))], null);
          return this.ret(this.retPtr);
        }
        if (this.type.ret.kind === "void") {
          this.effect(s.value);
          return this.ret(null);
        }
        return this.ret(this.rvalue(s.value));
      }
      case "AsmStmt":
        return this.asmStatement(s);
    }
  }

  /**
   * `__asm__`: one `asm` instruction (operands checked and the template encoded once with
   * stand-ins, so mistakes are caret errors here), then an `asmout` per register output and the
   * stores of those outputs -- all outputs are read before anything can disturb their registers.
   */
  private asmStatement(s: ast.AsmStmt): void {
    if (s.goto) return this.ml.error("'asm goto' is not supported by the code generator", s.span);
    const text = (l: ast.StringLit) => String.fromCharCode(...l.value);
    const ops = [...s.outputs, ...s.inputs];
    const info: ir.AsmInfo = { template: "", constraints: [], outputs: s.outputs.length, inout: [], sizes: [], clobbers: [] }; // prettier-ignore
    const kinds: ConstraintKind[] = [];
    const args: Value[] = [];
    const places: (Place | undefined)[] = [];
    let failed = false;
    const fail = (message: string, span: Span) => {
      if (!failed) this.ml.error(message, span);
      failed = true;
    };
    const fixedIn = new Set<number>();
    const fixedOut = new Set<number>();
    let free = 7; // eax ecx edx ebx esi edi ebp
    ops.forEach((op, n) => {
      const output = n < s.outputs.length;
      const constraint = text(op.constraint);
      const t = op.expr.type!;
      const size = t.kind === "array" || isRecord(t) ? 0 : scalarSize(t);
      info.sizes.push(size === 1 || size === 2 || size === 4 ? size : 0);
      info.constraints.push(constraint.replace(/^[=+]/, ""));
      if (output) info.inout.push(constraint.startsWith("+"));
      const cv = output ? undefined : evalConst(op.expr);
      let k = classifyConstraint(constraintLetters(constraint), output, cv?.kind === "int" ? cv.value : undefined, cv?.kind === "address"); // prettier-ignore
      if (
        typeof k !== "string" &&
        k.kind === "match" &&
        (k.output >= s.outputs.length || kinds[k.output].kind === "mem")
      )
        // prettier-ignore
        k = "matching constraint references invalid operand number";
      if (typeof k !== "string" && k.kind === "fixed") {
        const used = output ? fixedOut : fixedIn;
        const r = k.reg;
        if (used.has(r)) k = "'asm' operand has impossible constraints";
        else if (!fixedIn.has(r) && !fixedOut.has(r)) free--;
        used.add(r);
      }
      if (typeof k !== "string" && k.kind === "reg") free--;
      if (typeof k === "string") {
        fail(k, op.constraint.span);
        kinds.push({ kind: "imm" });
        args.push(c(0));
        return;
      }
      kinds.push(k);
      if (k.kind === "imm") {
        const v = cv?.kind === "int" ? c(cv.value) : this.rvalue(op.expr);
        if (v.kind === "temp") fail("impossible constraint in 'asm'", op.span);
        args.push(v);
      } else if (k.kind === "mem") {
        if (!op.expr.lvalue && t.kind !== "array") fail(`memory input ${n} is not directly addressable`, op.expr.span); // prettier-ignore
        args.push(failed ? c(0) : this.address(op.expr));
      } else if (output) {
        const p = this.place(op.expr);
        places[n] = p;
        args.push(info.inout[n] ? this.load(p) : c(0));
      } else args.push(this.rvalue(op.expr));
    });
    for (const cl of s.clobbers) {
      const name = text(cl);
      const r = clobberRegister(name);
      if (r === undefined) fail(`unknown register name '${name}' in 'asm'`, cl.span);
      else if (r >= 0) {
        if (fixedIn.has(r) || fixedOut.has(r)) fail("'asm' operand has impossible constraints", cl.span); // prettier-ignore
        free--;
        info.clobbers.push(name.replace(/^%/, ""));
      }
    }
    if (free < 0) fail("'asm' operand has impossible constraints", s.span);
    if (failed) return;
    try {
      const names = ops.map((o) => o.symbolicName);
      info.template = numberTemplate(text(s.template), names, s.basic);
      checkTemplate(info, kinds, args);
    } catch (e) {
      if (!(e instanceof AsmTemplateError)) throw e;
      return fail(e.message, s.template.span);
    }
    this.cur.insts.push({ op: "asm", dst: null, args, asm: info });
    const results: [Place, Value][] = [];
    s.outputs.forEach((o, n) => {
      const k = kinds[n];
      if (k.kind === "mem") return;
      const p = places[n]!;
      results.push([p, this.emit("asmout", [c(n)])]);
    });
    for (const [p, v] of results) this.store(p, this.normal(v, p.type));
  }

  private label(name: string): ir.Block {
    let b = this.labels.get(name);
    if (!b) this.labels.set(name, (b = this.newBlock(`label.${name}`)));
    return b;
  }

  private loop(body: ir.Block, done: ir.Block, next: ir.Block, stmt: ast.Stmt): void {
    this.breakTo.push(done);
    this.continueTo.push(next);
    this.enter(body);
    this.statement(stmt);
    this.breakTo.pop();
    this.continueTo.pop();
  }

  private switchStatement(s: ast.SwitchStmt): void {
    const v = this.rvalue(s.cond);
    const x = v.kind === "temp" ? v : this.emit("copy", [v]);
    const dispatch = this.cur;
    const done = this.newBlock("endswitch");
    const sw: { cases: { value: number; block: ir.Block }[]; default?: ir.Block } = { cases: [] };
    this.switches.push(sw);
    this.breakTo.push(done);
    this.enter(this.newBlock("switch"));
    this.statement(s.body);
    this.jump(done);
    this.breakTo.pop();
    this.switches.pop();
    // The dispatch: a chain of comparisons, in the block before the body.
    const saved = this.cur;
    this.cur = dispatch;
    for (let n = 0; n < sw.cases.length; n++) {
      const k = sw.cases[n];
      const next = this.newBlock("case.test");
      const eq = this.emit("eq", [x, c(k.value)]);
      this.cur.jump = { kind: "jnz", cond: eq, then: k.block, else: next };
      this.fn.blocks.push(next);
      this.cur = next;
    }
    this.cur.jump = { kind: "jmp", target: sw.default ?? done };
    this.cur = saved;
    this.enter(done);
  }

  /** A local declaration: its storage, and its initializer stored. */
  private local(d: Decl): void {
    if (d.kind !== "var") return;
    // A block-scope static is a data object (lowerUnit makes it, from the checker's globals).
    if (!d.local) return;
    const inMemory =
      isRecord(d.type) || d.type.kind === "array" || this.taken.has(d) || (d.type.qual & VOLATILE) !== 0; // prettier-ignore
    if (inMemory) {
      let s = this.storage.get(d);
      if (!s) {
        const a = this.stackSlot(sizeOf(d.type), d.align, this.tempName(d));
        s = { kind: "mem", addr: a };
        this.storage.set(d, s);
      }
      if (d.init && s.kind === "mem") this.initialise(s.addr, d.type, d.init.entries);
      return;
    }
    let s = this.storage.get(d);
    if (!s) {
      const t = ir.newTemp(this.fn, this.tempName(d));
      this.localTemps.push(t);
      s = { kind: "temp", temp: t };
      this.storage.set(d, s);
    }
    if (d.init && d.init.entries.length > 0) {
      const e = d.init.entries[0];
      this.emit("copy", [this.convert(this.rvalue(e.expr), e.expr.type!, d.type)], (s as { temp: ir.Temp }).temp); // prettier-ignore
    } else if (d.init) this.emit("copy", [c(0)], (s as { temp: ir.Temp }).temp);
  }

  /** Stores an initializer into memory at `addr`: zeros first where entries leave gaps. */
  private initialise(addr: Value, type: Type, entries: InitEntry[]): void {
    const size = sizeOf(type);
    let covered = 0;
    let gaps = false;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.offset > covered || (e.field && e.field.bitWidth >= 0)) gaps = true;
      let bytes = sizeOf(e.type);
      // A string shorter than its array leaves the rest to be zeroed.
      if (e.type.kind === "array" && e.expr.kind === "StringLit") {
        const unit = sizeOf(e.type.of);
        bytes = Math.min(bytes, (e.expr.value.length + 1) * unit);
        if (bytes < sizeOf(e.type)) gaps = true;
      }
      covered = Math.max(covered, e.offset + bytes);
    }
    if (covered < size) gaps = true;
    if (gaps) this.zero(addr, size);
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      const at = this.offset(addr, e.offset);
      if (e.type.kind === "array" && e.expr.kind === "StringLit") {
        const unit = sizeOf((e.type as { of: Type }).of);
        const n = Math.min(sizeOf(e.type) / unit, e.expr.value.length + 1);
        const src = new ir.Global(this.ml.stringLiteral(e.expr));
        this.emit("blit", [src, at, c(n * unit)], null);
        continue;
      }
      if (isRecord(e.type)) {
        const src = this.rvalue(e.expr);
        this.emit("blit", [src, at, c(sizeOf(e.type))], null);
        continue;
      }
      const v = this.convert(this.rvalue(e.expr), e.expr.type!, e.type);
      if (e.field && e.field.bitWidth >= 0) {
        this.storeBitField({ kind: "mem", addr: at, type: e.type, field: e.field }, v);
        continue;
      }
      this.emit(storeOp(scalarSize(e.type)), [v, at], null);
    }
  }

  private zero(addr: Value, size: number): void {
    if (size > 64) {
      this.call(new ir.Global("memset"), [{ value: addr, byval: 0 }, { value: c(0), byval: 0 }, { value: c(size), byval: 0 }], null); // prettier-ignore
      return;
    }
    let off = 0;
    while (off < size) {
      const n = size - off >= 4 ? 4 : size - off >= 2 ? 2 : 1;
      this.emit(storeOp(n), [c(0), this.offset(addr, off)], null);
      off += n;
    }
  }

  private offset(addr: Value, n: number): Value {
    if (n === 0) return addr;
    if (addr.kind === "global") return new ir.Global(addr.name, addr.offset + n);
    return this.emit("add", [addr, c(n)]);
  }

  // ---- Expressions ----

  /** Evaluates `e` for its side effects only. */
  private effect(e: ast.Expr): void {
    if (e.kind === "Comma") {
      this.effect(e.left);
      this.effect(e.right);
      return;
    }
    if ((e.kind === "ImplicitCast" || e.kind === "Cast") && e.type!.kind === "void") {
      this.effect(e.operand);
      return;
    }
    if (e.lvalue) {
      // Reading a volatile object is a side effect; anything else read and dropped is not.
      const p = this.place(e);
      if (p.kind === "mem" && (p.type.qual & VOLATILE) !== 0 && !isRecord(p.type)) this.load(p);
      return;
    }
    this.rvalue(e);
  }

  /** The value of `e` (a struct or union: its address). */
  rvalue(e: ast.Expr): Value {
    if (e.lvalue) {
      // (A local in a temporary, the commonest operand: its temporary, without a place made.)
      if (e.kind === "Ident") {
        const s = this.storage.get(e.decl!);
        if (s !== undefined && s.kind === "temp") return s.temp;
      }
      return this.load(this.place(e));
    }
    const t = e.type!;
    switch (e.kind) {
      case "IntLit":
      case "CharLit":
        return c(e.value);
      case "ImplicitCast":
      case "Cast":
        return this.cast(e.operand, t);
      case "Unary":
        return this.unary(e);
      case "Postfix":
        return this.increment(e.operand, e.op === "++" ? 1 : -1, true);
      case "Binary":
        return this.binary(e);
      case "Assign":
        return this.assign(e);
      case "Conditional":
        return this.conditional(e);
      case "Comma":
        this.effect(e.left);
        return this.rvalue(e.right);
      case "Call":
        return this.callExpr(e);
      case "VaArg":
        return this.vaArg(e);
      case "StringLit":
        return new ir.Global(this.ml.stringLiteral(e));
      case "Member":
        // A member of a struct value that is no lvalue (`f().x`, `(c ? a : b).x`).
        return this.load(this.place(e));
      default:
        this.ml.error(`the code generator cannot lower '${e.kind}' yet`, e.span);
        return c(0);
    }
  }

  /** `(to) operand`, and the conversions the checker made explicit. */
  private cast(operand: ast.Expr, to: Type): Value {
    const from = operand.type!;
    if (from.kind === "array") return this.address(operand);
    if (from.kind === "function") return this.address(operand);
    if (to.kind === "void") {
      this.effect(operand);
      return c(0);
    }
    return this.convert(this.rvalue(operand), from, to);
  }

  /** Converts a value of type `from` (already in canonical form) to type `to`. */
  private convert(v: Value, from: Type, to: Type): Value {
    if (to.kind === "void" || isRecord(to)) return v;
    if (isBool(to)) {
      if (isBool(from)) return v;
      if (v.kind === "const") return c(v.value !== 0 ? 1 : 0);
      return this.emit("ne", [v, c(0)]);
    }
    const ext = extendOp(to);
    if (ext === null) return v;
    if (isInteger(from) && from.kind !== "pointer") {
      const fs = sizeOf(from);
      const ts = sizeOf(to);
      const fsigned = intOf(from).signed;
      if (fs < ts && (!fsigned || intOf(to).signed)) return v;
      if (fs === ts && fsigned === intOf(to).signed) return v;
    }
    if (v.kind === "const") {
      const x = v.value;
      const r = ext === "extsb" ? (x << 24) >> 24 : ext === "extub" ? x & 0xff : ext === "extsh" ? (x << 16) >> 16 : x & 0xffff; // prettier-ignore
      return c(r);
    }
    return this.emit(ext, [v]);
  }

  private unary(e: ast.Unary): Value {
    const t = e.type!;
    switch (e.op) {
      case "&":
        return this.address(e.operand);
      case "+":
        return this.rvalue(e.operand);
      case "-":
        return this.normal(this.emit("neg", [this.rvalue(e.operand)]), t);
      case "~":
        return this.normal(this.emit("not", [this.rvalue(e.operand)]), t);
      case "!":
        return this.emit("eq", [this.rvalue(e.operand), c(0)]);
      case "++":
      case "--":
        return this.increment(e.operand, e.op === "++" ? 1 : -1, false);
      case "*":
        return this.load(this.place(e));
    }
  }

  /** Keeps an int-typed result in canonical form (ops on promoted types need nothing). */
  private normal(v: Value, t: Type): Value {
    const ext = extendOp(t);
    return ext ? this.emit(ext, [v]) : v;
  }

  /** `++x`, `x--`...: the new value (prefix) or the old one (postfix). */
  private increment(target: ast.Expr, dir: number, postfix: boolean): Value {
    const p = this.place(target);
    const t = p.type;
    const old = this.load(p);
    const kept = postfix && p.kind === "temp" ? this.emit("copy", [old]) : old;
    let v: Value;
    if (isBool(t)) v = this.emit("ne", [this.emit("add", [old, c(dir)]), c(0)]);
    else if (t.kind === "pointer") v = this.emit("add", [old, c(dir * Math.max(sizeOf(t.to), 1))]);
    else v = this.normal(this.emit("add", [old, c(dir)]), t);
    // `++s.bits` is the value stored: a bit-field's wraps at its width.
    const stored = this.store(p, v);
    return postfix ? kept : stored;
  }

  private binary(e: ast.Binary): Value {
    const op = e.op;
    if (op === "&&" || op === "||" || isComparison(op)) {
      if (op === "&&" || op === "||") return this.boolValue(e);
      return this.compare(e);
    }
    const lt = e.left.type!;
    const rt = e.right.type!;
    // Pointer arithmetic: the integer scaled by the size of the pointee.
    if (lt.kind === "pointer" && rt.kind === "pointer" && op === "-") {
      const diff = this.emit("sub", [this.rvalue(e.left), this.rvalue(e.right)]);
      const size = Math.max(sizeOf(lt.to), 1);
      if (size === 1) return diff;
      if ((size & (size - 1)) === 0) return this.emit("sar", [diff, c(31 - Math.clz32(size))]);
      return this.emit("div", [diff, c(size)]);
    }
    if (lt.kind === "pointer" || rt.kind === "pointer") {
      const ptrLeft = lt.kind === "pointer";
      const pt = (ptrLeft ? lt : rt) as { to: Type };
      const p = this.rvalue(ptrLeft ? e.left : e.right);
      const n = this.rvalue(ptrLeft ? e.right : e.left);
      const scaled = this.scale(n, Math.max(sizeOf(pt.to), 1));
      return this.emit(op === "+" ? "add" : "sub", [p, scaled]);
    }
    const a = this.rvalue(e.left);
    const b = this.rvalue(e.right);
    return this.arith(op, a, b, e.type!, lt);
  }

  private scale(n: Value, size: number): Value {
    if (size === 1) return n;
    if (n.kind === "const") return c(Math.imul(n.value, size));
    return this.emit("mul", [n, c(size)]);
  }

  /** `a OP b` in type `t` (both operands converted to it, or the promoted left for shifts). */
  private arith(op: string, a: Value, b: Value, t: Type, lt: Type): Value {
    const signed = isSigned(t);
    let irop: ir.Opcode;
    switch (op) {
      case "+": irop = "add"; break;
      case "-": irop = "sub"; break;
      case "*": irop = "mul"; break;
      case "/": irop = signed ? "div" : "udiv"; break;
      case "%": irop = signed ? "rem" : "urem"; break;
      case "&": irop = "and"; break;
      case "|": irop = "or"; break;
      case "^": irop = "xor"; break;
      case "<<": irop = "shl"; break;
      case ">>": irop = isSigned(lt) ? "sar" : "shr"; break;
      default: throw new Error(`internal: operator ${op}`);
    } // prettier-ignore
    return this.normal(this.emit(irop, [a, b]), t);
  }

  private compare(e: ast.Binary): Value {
    const op = this.compareOp(e);
    return this.emit(op, [this.rvalue(e.left), this.rvalue(e.right)]);
  }

  private compareOp(e: ast.Binary): ir.CompareOp {
    const lt = e.left.type!;
    const unsigned = lt.kind === "pointer" || !isSigned(lt);
    switch (e.op) {
      case "==": return "eq";
      case "!=": return "ne";
      case "<": return unsigned ? "ult" : "slt";
      case "<=": return unsigned ? "ule" : "sle";
      case ">": return unsigned ? "ugt" : "sgt";
      default: return unsigned ? "uge" : "sge";
    } // prettier-ignore
  }

  /** `a && b`, `a || b`, as a 0/1 value. */
  private boolValue(e: ast.Expr): Value {
    const r = ir.newTemp(this.fn);
    const yes = this.newBlock("true");
    const no = this.newBlock("false");
    const join = this.newBlock("bool");
    this.branch(e, yes, no);
    this.enter(yes);
    this.emit("copy", [c(1)], r);
    this.jump(join);
    this.enter(no);
    this.emit("copy", [c(0)], r);
    this.jump(join);
    this.enter(join);
    return r;
  }

  /** Jumps to `yes` if `e` is nonzero, else to `no` (short-circuiting && || !). */
  private branch(e: ast.Expr, yes: ir.Block, no: ir.Block): void {
    if (!e.lvalue) {
      if (e.kind === "Binary" && e.op === "&&") {
        const mid = this.newBlock("and");
        this.branch(e.left, mid, no);
        this.enter(mid);
        this.branch(e.right, yes, no);
        return;
      }
      if (e.kind === "Binary" && e.op === "||") {
        const mid = this.newBlock("or");
        this.branch(e.left, yes, mid);
        this.enter(mid);
        this.branch(e.right, yes, no);
        return;
      }
      if (e.kind === "Unary" && e.op === "!") return this.branch(e.operand, no, yes);
      if (e.kind === "Binary" && isComparison(e.op)) {
        const v = this.compare(e);
        this.end({ kind: "jnz", cond: v, then: yes, else: no });
        return;
      }
      if (e.kind === "IntLit" || e.kind === "CharLit") {
        this.jump(e.value !== 0 ? yes : no);
        return;
      }
    }
    const v = this.rvalue(e);
    this.end({ kind: "jnz", cond: v, then: yes, else: no });
  }

  private conditional(e: ast.Conditional): Value {
    const t = e.type!;
    const yes = this.newBlock("cond.then");
    const no = this.newBlock("cond.else");
    const join = this.newBlock("cond");
    const r = ir.newTemp(this.fn);
    this.branch(e.cond, yes, no);
    this.enter(yes);
    if (t.kind === "void") this.effect(e.then);
    else this.emit("copy", [this.convert(this.rvalue(e.then), e.then.type!, t)], r);
    this.jump(join);
    this.enter(no);
    if (t.kind === "void") this.effect(e.else);
    else this.emit("copy", [this.convert(this.rvalue(e.else), e.else.type!, t)], r);
    this.jump(join);
    this.enter(join);
    return t.kind === "void" ? c(0) : r;
  }

  private assign(e: ast.Assign): Value {
    const t = e.type!;
    if (e.op === "=") {
      if (isRecord(t)) {
        const src = this.rvalue(e.value);
        const p = this.place(e.target);
        const dst = (p as { addr: Value }).addr;
        this.emit("blit", [src, dst, c(sizeOf(t))], null);
        return dst;
      }
      const v = this.rvalue(e.value);
      const p = this.place(e.target);
      return this.store(p, v);
    }
    const p = this.place(e.target);
    const old = this.load(p);
    const opType = e.opType ?? t;
    const op = e.op.slice(0, -1);
    let v: Value;
    if (t.kind === "pointer") {
      const n = this.scale(this.rvalue(e.value), Math.max(sizeOf(t.to), 1));
      v = this.emit(op === "+" ? "add" : "sub", [old, n]);
    } else {
      const a = this.convert(old, t, opType);
      const b = this.rvalue(e.value);
      v = this.convert(this.arith(op, a, b, opType, opType), opType, t);
    }
    return this.store(p, v);
  }

  private callExpr(e: ast.Call): Value {
    const callee = e.callee;
    const inner = callee.kind === "ImplicitCast" ? callee.operand : callee;
    if (inner.kind === "Ident" && inner.decl?.kind === "builtin") return this.builtin(e, inner.decl.builtin!); // prettier-ignore
    const ct = callee.type!;
    const ft = (ct.kind === "pointer" ? ct.to : ct) as FunctionType;
    // Arguments right to left, as gcc evaluates them.
    const args: ir.CallArg[] = new Array(e.args.length);
    for (let i = e.args.length - 1; i >= 0; i--) {
      const a = e.args[i];
      const v = this.rvalue(a);
      args[i] = isRecord(a.type!) ? { value: v, byval: sizeOf(a.type!) } : { value: v, byval: 0 };
    }
    const target = this.rvalue(callee);
    const ret = ft.ret;
    if (isRecord(ret)) {
      const slot = ir.newTemp(this.fn);
      this.entry.insts.unshift({ op: "alloc", dst: slot, args: [c(Math.max(sizeOf(ret), 1)), c(4)] }); // prettier-ignore
      this.call(target, [{ value: slot, byval: 0 }, ...args], ir.newTemp(this.fn), 4);
      return slot;
    }
    if (ret.kind === "void") {
      this.call(target, args, null);
      return c(0);
    }
    const r = this.call(target, args, ir.newTemp(this.fn))!;
    // gcc extends narrow results in the callee, but other compilers need not: extend here too.
    const ext = extendOp(ret);
    return ext ? this.emit(ext, [r]) : isBool(ret) ? this.emit("extub", [r]) : r;
  }

  private call(target: Value, args: ir.CallArg[], dst: ir.Temp | null, pops = 0): ir.Temp | null {
    const i: ir.Inst = { op: "call", dst, args: [target], callArgs: args };
    if (pops) i.pops = pops;
    this.cur.insts.push(i);
    return dst;
  }

  private builtin(e: ast.Call, name: string): Value {
    switch (name) {
      case "va_start": {
        const p = this.place(e.args[0]);
        const a = this.emit("argaddr", [c(this.varargsOffset)]);
        this.store(p, a);
        return c(0);
      }
      case "va_end":
        return c(0);
      case "va_copy": {
        const p = this.place(e.args[0]);
        this.store(p, this.rvalue(e.args[1]));
        return c(0);
      }
      case "expect":
        this.effect(e.args[1]);
        return this.rvalue(e.args[0]);
      case "unreachable":
      case "trap":
        this.end({ kind: "hlt" });
        return c(0);
    }
    this.ml.error(`the code generator does not know '__builtin_${name}'`, e.span);
    return c(0);
  }

  private vaArg(e: ast.VaArg): Value {
    const p = this.place(e.ap);
    const old = this.load(p);
    // The va_list is stepped below: a register va_list must keep the address read here.
    const ap = p.kind === "temp" ? this.emit("copy", [old]) : old;
    const t = e.type!;
    const size = (sizeOf(t) + 3) & ~3;
    this.store(p, this.emit("add", [ap, c(size)]));
    if (isRecord(t)) return ap;
    return this.load({ kind: "mem", addr: ap, type: t });
  }

  // ---- Places ----

  /** The address of an lvalue (or of a function). */
  private address(e: ast.Expr): Value {
    if (e.kind === "Ident" && e.decl && e.decl.kind === "function")
      return new ir.Global(this.ml.globalName(e.decl));
    const p = this.place(e);
    if (p.kind === "temp") throw new Error(`internal: the address of a register variable (${e.kind})`); // prettier-ignore
    return p.addr;
  }

  private place(e: ast.Expr): Place {
    const t = e.type!;
    switch (e.kind) {
      case "Ident": {
        const d = e.decl!;
        if (d.kind === "function") return { kind: "mem", addr: new ir.Global(this.ml.globalName(d)), type: t }; // prettier-ignore
        const s = this.storage.get(d);
        if (s?.kind === "temp") return { kind: "temp", temp: s.temp, type: d.type };
        if (s?.kind === "mem") return { kind: "mem", addr: s.addr, type: t };
        return { kind: "mem", addr: new ir.Global(this.ml.globalName(d)), type: t };
      }
      case "Unary":
        if (e.op === "*") return { kind: "mem", addr: this.rvalue(e.operand), type: t };
        break;
      case "Index": {
        const base = this.rvalue(e.base);
        const n = this.scale(this.rvalue(e.index), Math.max(sizeOf(t), 1));
        const addr = n.kind === "const" ? this.offset(base, n.value) : this.emit("add", [base, n]);
        return { kind: "mem", addr, type: t };
      }
      case "Member": {
        const f = e.field!;
        const base = e.arrow ? this.rvalue(e.base) : this.address(e.base);
        if (f.bitWidth >= 0) return { kind: "mem", addr: this.offset(base, f.offset), type: t, field: f }; // prettier-ignore
        return { kind: "mem", addr: this.offset(base, f.offset), type: t };
      }
      case "StringLit":
        return { kind: "mem", addr: new ir.Global(this.ml.stringLiteral(e)), type: t };
      case "CompoundLiteral": {
        const d = e.decl!;
        if (!d.local) return { kind: "mem", addr: new ir.Global(this.ml.staticLiteral(e)), type: t }; // prettier-ignore
        const a = this.stackSlot(sizeOf(t), d.align);
        if (d.init) this.initialise(a, t, d.init.entries);
        return { kind: "mem", addr: a, type: t };
      }
      case "Comma":
        this.effect(e.left);
        return this.place(e.right);
      case "ImplicitCast":
      case "Cast":
        return this.place(e.operand);
      case "Call":
      case "Conditional":
      case "Assign":
        // A struct value as an lvalue (`f().x`): its address.
        return { kind: "mem", addr: this.rvalue(e), type: t };
    }
    this.ml.error(`the code generator cannot take the address of '${e.kind}'`, e.span);
    return { kind: "mem", addr: c(0), type: t };
  }

  private load(p: Place): Value {
    if (p.kind === "temp") return p.temp;
    const t = p.type;
    if (isRecord(t) || t.kind === "array" || t.kind === "function") return p.addr;
    if (p.field && p.field.bitWidth >= 0) return this.loadBitField(p);
    const v = this.emit(loadOp(t), [p.addr]);
    if (t.qual & VOLATILE) this.cur.insts[this.cur.insts.length - 1].volatile = true;
    return v;
  }

  /** Stores `v` (of the place's type, canonical) and returns the value stored. */
  private store(p: Place, v: Value): Value {
    if (p.kind === "temp") {
      this.emit("copy", [v], p.temp);
      return p.temp;
    }
    if (p.field && p.field.bitWidth >= 0) return this.storeBitField(p, v);
    this.emit(storeOp(scalarSize(p.type)), [v, p.addr], null);
    if (p.type.qual & VOLATILE) this.cur.insts[this.cur.insts.length - 1].volatile = true;
    return v;
  }

  /** A bit-field: the unit loaded, shifted and masked (sign-extended for signed fields). */
  private loadBitField(p: Place & { kind: "mem" }): Value {
    const f = p.field!;
    const unit = this.emit(f.unitSize === 1 ? "loadub" : f.unitSize === 2 ? "loaduh" : "loadw", [p.addr]); // prettier-ignore
    const width = f.bitWidth;
    if (isSigned(f.type) && !isBool(f.type)) {
      const up = this.emit("shl", [unit, c(32 - f.bitOffset - width)]);
      return this.emit("sar", [up, c(32 - width)]);
    }
    const down = f.bitOffset === 0 ? unit : this.emit("shr", [unit, c(f.bitOffset)]);
    return width >= 32 ? down : this.emit("and", [down, c(((1 << width) - 1) | 0)]);
  }

  private storeBitField(p: Place & { kind: "mem" }, v: Value): Value {
    const f = p.field!;
    const size = f.unitSize;
    const mask = f.bitWidth >= 32 ? -1 : ((1 << f.bitWidth) - 1) | 0;
    const unit = this.emit(size === 1 ? "loadub" : size === 2 ? "loaduh" : "loadw", [p.addr]);
    const cleared = this.emit("and", [unit, c(~(mask << f.bitOffset))]);
    const bits = this.emit("and", [v, c(mask)]);
    const placed = f.bitOffset === 0 ? bits : this.emit("shl", [bits, c(f.bitOffset)]);
    const merged = this.emit("or", [cleared, placed]);
    this.emit(storeOp(size), [merged, p.addr], null);
    // The value of the assignment: the field's value, as read back.
    if (isSigned(f.type) && !isBool(f.type) && f.bitWidth < 32) {
      const up = this.emit("shl", [v, c(32 - f.bitWidth)]);
      return this.emit("sar", [up, c(32 - f.bitWidth)]);
    }
    return bits;
  }
}

function isComparison(op: string): boolean {
  return op === "==" || op === "!=" || op === "<" || op === ">" || op === "<=" || op === ">=";
}
