// The type checker: one pass over a translation unit that gives every declaration its type and
// every expression its type, and reports what C11 (as gcc -m32 reads it) and Logos C forbid.
//
// The one idea: C resolves names by scopes and each scope is a small map from names to
// `Decl`s; a name with linkage (a function, a global, a block-scope `extern`) is also entered in
// `externals`, so every declaration of one entity in the unit ends up on the same `Decl` -- the
// object codegen emits. Tags (`struct s`) live in scopes of their own. The tree is annotated in
// place (see the opening paragraph of types.ts for what a checked tree guarantees); expressions
// are checked in expr.ts (conversions as if by assignment in convert.ts), initializers in
// init.ts, statements and function bodies in stmt.ts, struct/union/enum specifiers in tags.ts,
// and this file holds the state they share, declarations, and the type specifiers and
// declarators that make types.
//
// Speed: one walk over the tree; a scope's map is made only when something is declared in it;
// types are interned and all of one shape (types.ts), so the only allocation per expression is,
// where C converts implicitly, one `ImplicitCast` (or the `IntLit` a folded node becomes); loops
// over arrays are indexed (with TurboFan off, as `-fsyntax-only` runs, a `for...of` step allocates)
// and nothing is built for a message that is not given (docs/frontend.md has the figures).
import { note, type Diagnostic, type DiagnosticSink, type Span } from "../diag.ts";
import type {
  Attribute,
  Declaration,
  DeclSpecs,
  Declarator,
  Expr,
  ExternalDecl,
  FunctionDef,
  ParamDecl,
  StaticAssert,
  TranslationUnit,
  TypeName,
} from "../parse/ast.ts";
import { evalInt } from "./const.ts";
import { checkExpr, value } from "./expr.ts";
import { initialize } from "./init.ts";
import { functionBody } from "./stmt.ts";
import { enumSpec, recordSpec } from "./tags.ts";
import {
  aliased,
  alignOf,
  arrayOf,
  BOOL,
  CHAR,
  compatible,
  composite,
  CONST,
  functionType,
  INT,
  intOf,
  isComplete,
  isInteger,
  LONG,
  pointerTo,
  qualified,
  quoteType,
  SCHAR,
  SHORT,
  sizeOf,
  UCHAR,
  UINT,
  ULONG,
  USHORT,
  VOID,
  VOLATILE,
  type Decl,
  type EnumType,
  type FunctionType,
  type RecordType,
  type Type,
} from "./types.ts";

/** What the code generator gets for a unit (besides the annotated tree itself). */
export interface CheckedUnit {
  unit: TranslationUnit;
  /** Objects and functions with static storage (file scope and block-scope `static`), in order. */
  globals: Decl[];
}

export type Tag = { type: RecordType | EnumType; span: Span };

/** A block scope (or the file scope, or a function prototype's): made lazily. */
class Scope {
  names: Map<string, Decl> | undefined;
  tags: Map<string, Tag> | undefined;
  /** Locals declared here, for -Wunused-variable when the scope closes. */
  locals: Decl[] | undefined;
  readonly parent: Scope | undefined;
  constructor(parent: Scope | undefined) {
    this.parent = parent;
  }
}

/** The state of the function being checked. */
export interface FunctionState {
  decl: Decl;
  type: FunctionType;
  labels: Map<string, { span: Span; used: boolean }>;
  gotos: { name: string; span: Span }[];
  loops: number;
  switches: SwitchState[];
  breakables: number;
  /** `__func__` (and `__FUNCTION__`), once used. */
  funcName: Decl | undefined;
}

export interface SwitchState {
  type: Type;
  cases: Map<number, Span>;
  default: Span | undefined;
}

/** gcc's builtins that Logos C keeps (va_arg and offsetof have syntax of their own). */
const BUILTINS: [string, Type][] = [
  ["__builtin_va_start", VOID],
  ["__builtin_va_end", VOID],
  ["__builtin_va_copy", VOID],
  ["__builtin_expect", LONG],
  ["__builtin_unreachable", VOID],
  ["__builtin_trap", VOID],
];

/** `__builtin_va_list` is `char *` on i386. */
export const VA_LIST = aliased(pointerTo(CHAR), "__builtin_va_list", undefined);

/** Attributes Logos C understands, or that change nothing a checker or codegen must honour. */
const KNOWN_ATTRIBUTES = new Set([
  "packed",
  "aligned",
  "section",
  "noreturn",
  "unused",
  "used",
  "maybe_unused",
  "always_inline",
  "noinline",
  "gnu_inline",
  "cold",
  "hot",
  "format",
  "nonnull",
  "const",
  "pure",
  "warn_unused_result",
  "malloc",
  "deprecated",
  "externally_visible",
  "noclone",
  "no_instrument_function",
  "fallthrough",
  "returns_nonnull",
  "leaf",
  "nothrow",
  "artificial",
  "sentinel",
  "alloc_size",
]);

/**
 * Library functions gcc knows never return when the environment is hosted (its builtins
 * `abort`, `exit`, `_exit` and `_Exit`): a call to one ends a path for the flow warnings even if
 * the program's own declaration lacks `_Noreturn`. Freestanding code (the kernel) may define
 * functions of these names that do return, so there they are ordinary functions, as in gcc.
 */
const HOSTED_NORETURN = new Set(["abort", "exit", "_exit", "_Exit"]);

/** What the checker assumes of the environment; gcc's `-ffreestanding` clears `hosted`. */
export interface CheckOptions {
  hosted: boolean;
}

export class Checker {
  readonly sink: DiagnosticSink;
  readonly hosted: boolean;
  scope: Scope = new Scope(undefined);
  readonly fileScope: Scope;
  /** Every name with linkage in the unit, visible or not (C11 6.2.2: one entity per name). */
  readonly externals = new Map<string, Decl>();
  readonly globals: Decl[] = [];
  fn: FunctionState | undefined;
  /** gcc explains "undeclared (first use in this function)" once per unit, at the first. */
  explainedUndeclared = false;
  private nextId = 1;
  /** The sink's errors before this unit (a run may check several files). */
  private readonly errorsBefore: number;

  constructor(sink: DiagnosticSink, options: CheckOptions = { hosted: true }) {
    this.sink = sink;
    this.errorsBefore = sink.errorCount;
    this.hosted = options.hosted;
    this.fileScope = this.scope;
    for (const [name, ret] of BUILTINS) {
      const d = this.newDecl("builtin", name, functionType(ret, [], true, false), undefined!);
      d.builtin = name.slice("__builtin_".length);
      d.noreturn = name === "__builtin_unreachable" || name === "__builtin_trap";
      this.bind(d);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Diagnostics
  // -------------------------------------------------------------------------------------------

  error(message: string, span: Span | undefined, notes?: Diagnostic[]): void {
    this.sink.error(message, span, notes);
  }

  warning(message: string, span: Span | undefined, option: string, notes?: Diagnostic[]): void {
    this.sink.warning(message, span, option, notes);
  }

  /** `note: previous declaration of 'x' with type 'int'`, gcc's wording. */
  previous(d: Decl, what = "declaration"): Diagnostic {
    const span = what === "definition" ? (d.defSpan ?? d.span) : d.span;
    return note(`previous ${what} of '${d.name}' with type ${quoteType(d.type)}`, span);
  }

  // -------------------------------------------------------------------------------------------
  // Scopes
  // -------------------------------------------------------------------------------------------

  pushScope(): void {
    this.scope = new Scope(this.scope);
  }

  popScope(): void {
    const s = this.scope;
    const locals = s.locals;
    if (locals !== undefined) {
      for (let i = 0; i < locals.length; i++) {
        const d = locals[i];
        if (!d.used && !d.param && d.kind === "var")
          this.warning(`unused variable '${d.name}'`, d.span, "-Wunused-variable");
      }
    }
    this.scope = s.parent!;
  }

  lookup(name: string): Decl | undefined {
    for (let s: Scope | undefined = this.scope; s !== undefined; s = s.parent) {
      const d = s.names?.get(name);
      if (d !== undefined) return d;
    }
    return undefined;
  }

  lookupTag(name: string, here: boolean): Tag | undefined {
    for (let s: Scope | undefined = this.scope; s !== undefined; s = s.parent) {
      const t = s.tags?.get(name);
      if (t !== undefined || here) return t;
    }
    return undefined;
  }

  bindTag(name: string, tag: Tag): void {
    (this.scope.tags ??= new Map()).set(name, tag);
  }

  bind(d: Decl): void {
    (this.scope.names ??= new Map()).set(d.name, d);
  }

  newDecl(kind: Decl["kind"], name: string, type: Type, span: Span): Decl {
    return {
      kind,
      name,
      type,
      span,
      defSpan: undefined,
      paramSpans: undefined,
      id: this.nextId++,
      storage: undefined,
      linkage: "none",
      local: false,
      param: false,
      defined: false,
      init: undefined,
      align: 1,
      section: undefined,
      asmName: undefined,
      noreturn: false,
      inline: false,
      used: false,
      value: 0,
      builtin: undefined,
    };
  }

  /** A local the function allocates (parameters, autos, compound literals in functions). */
  addLocal(d: Decl): void {
    (this.scope.locals ??= []).push(d);
  }

  // -------------------------------------------------------------------------------------------
  // The translation unit
  // -------------------------------------------------------------------------------------------

  unit(u: TranslationUnit): CheckedUnit {
    const decls = u.decls;
    for (let i = 0; i < decls.length; i++) this.external(decls[i]);
    return { unit: u, globals: this.finish() };
  }

  /**
   * Checks one external declaration, in the order of the unit: a declaration may be checked as
   * soon as it is parsed (`checkFile`), and once it is checked it is typed (types.ts) and may be
   * lowered, before the rest of the unit exists. Then `finish`.
   */
  external(d: ExternalDecl): void {
    switch (d.kind) {
      case "FunctionDef":
        this.functionDef(d);
        break;
      case "Declaration":
        this.declaration(d);
        break;
      case "StaticAssert":
        this.staticAssert(d);
        break;
      case "FileAsm":
        break;
    }
  }

  /**
   * End of the unit: tentative definitions become definitions; unused statics. Returns every
   * object and function with static storage (`CheckedUnit.globals`).
   */
  finish(): Decl[] {
    const globals = this.globals;
    for (let i = 0; i < globals.length; i++) {
      const d = globals[i];
      if (d.kind === "var" && !d.defined && d.storage !== "extern" && d.linkage !== "none") {
        // A tentative definition (C11 6.9.2): zero-initialized, here.
        if (d.type.kind === "array" && d.type.length === undefined) {
          this.warning(`array '${d.name}' assumed to have one element`, d.span, "");
          d.type = arrayOf(d.type.of, 1);
        }
        if (!isComplete(d.type) && d.type.kind !== "void") {
          this.error(`storage size of '${d.name}' isn't known`, d.span);
        }
        d.defined = true;
      }
      if (d.linkage === "internal" && !d.used && d.kind === "function" && !d.defined)
        this.warning(`'${d.name}' declared 'static' but never defined`, d.span, "-Wunused-function"); // prettier-ignore
      if (d.kind === "function" && d.linkage === "internal" && d.used && !d.defined)
        this.warning(`'${d.name}' used but never defined`, d.span, "");
    }
    // What is defined but not used gcc says afterwards (when it compiles the unit, going through
    // its symbols from the last declared), and only of a unit without errors.
    if (this.sink.errorCount > this.errorsBefore) return globals;
    for (let i = globals.length - 1; i >= 0; i--) {
      const d = globals[i];
      if (d.linkage !== "internal" || d.used || d.inline || !d.defined) continue;
      if (d.kind === "function")
        this.warning(`'${d.name}' defined but not used`, d.span, "-Wunused-function");
      else if (d.kind === "var" && !isConst(d.type))
        this.warning(`'${d.name}' defined but not used`, d.span, "-Wunused-variable");
    }
    return globals;
  }

  staticAssert(s: StaticAssert): void {
    const e = value(this, s.cond);
    const v = evalInt(e);
    if (v === undefined || !isInteger(e.type!)) {
      this.error(
        "expression in static assertion is not an integer constant expression",
        s.cond.span,
      );
    } else if (v === 0) {
      const msg = s.message ? `: "${String.fromCharCode(...s.message.value)}"` : "";
      this.error(`static assertion failed${msg}`, s.span);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Declarations
  // -------------------------------------------------------------------------------------------

  declaration(d: Declaration): void {
    const specs = d.specs;
    const base = this.baseType(specs, d.declarators.length === 0);
    if (d.declarators.length === 0) {
      const only = specs.typeSpecs.length === 1 ? specs.typeSpecs[0] : undefined;
      if (only === undefined || (only.kind !== "StructSpec" && only.kind !== "EnumSpec"))
        this.warning("useless type name in empty declaration", specs.span, "");
      else if (only.kind === "StructSpec" && only.name === undefined && only.members !== undefined)
        this.warning("unnamed struct/union that defines no instances", specs.span, "");
      return;
    }
    const declarators = d.declarators;
    for (let i = 0; i < declarators.length; i++) {
      const id = declarators[i];
      const derived = id.declarator.derived;
      const proto =
        derived.length > 0 && derived[derived.length - 1].kind === "Function"
          ? { params: NO_PARAMS }
          : undefined;
      const type = this.declaratorType(base, id.declarator, proto);
      const name = id.declarator.name!;
      const span = id.declarator.nameSpan;
      const attrs =
        id.attributes.length === 0 ? specs.attributes : [...specs.attributes, ...id.attributes];
      this.checkAttributes(attrs);
      if (specs.storage === "typedef") {
        if (id.init) this.error(`typedef '${name}' is initialized (use __typeof__ instead)`, span);
        this.typedef(name, type, span, attrs);
        continue;
      }
      let decl: Decl;
      if (type.kind === "function") {
        decl = this.declareFunction(name, type, span, specs, false);
        if (proto !== undefined && type.prototype) decl.paramSpans = paramSpans(proto.params);
        if (id.init) this.error(`function '${name}' is initialized like a variable`, span);
      } else {
        decl = this.declareObject(name, type, span, specs, id.init !== undefined);
      }
      this.applyAttributes(decl, attrs, specs);
      if (id.asmLabel) decl.asmName = String.fromCharCode(...id.asmLabel.value);
      id.decl = decl;
      if (id.init !== undefined && decl.kind === "var") {
        const r = initialize(this, decl.type, id.init, !decl.local);
        if (r !== undefined) {
          decl.type = r.type;
          decl.init = r.init;
        }
        decl.defined = true;
        decl.defSpan = span;
      }
      if (decl.kind === "var") {
        decl.align = Math.max(decl.align, alignOf(decl.type));
        const needsSize = decl.local || (decl.storage === "static" && this.fn !== undefined);
        if (needsSize && !isComplete(decl.type)) {
          if (decl.type.kind === "array" && decl.type.length === undefined)
            this.error(`array size missing in '${name}'`, span);
          else if (decl.type.kind === "void")
            this.error(`variable or field '${name}' declared void`, span);
          else this.error(`storage size of '${name}' isn't known`, span);
        } else if (decl.type.kind === "void" && decl.storage !== "extern") {
          this.error(`variable or field '${name}' declared void`, span);
        }
      }
    }
  }

  private typedef(name: string, type: Type, span: Span, attrs: Attribute[]): void {
    let align: number | undefined;
    for (const a of attrs) if (a.name === "aligned") align = this.alignArg(a);

    const t = aliased(type, name, align);
    const prev = this.scope.names?.get(name);
    if (prev !== undefined) {
      if (prev.kind !== "typedef") {
        this.error(`'${name}' redeclared as different kind of symbol`, span, [this.previous(prev)]);
      } else if (!compatible(prev.type, type) || qualifiedDiffer(prev.type, type)) {
        this.error(`conflicting types for '${name}'; have ${quoteType(type)}`, span, [
          this.previous(prev),
        ]);
      }
      return;
    }
    const d = this.newDecl("typedef", name, t, span);
    d.storage = "typedef";
    this.bind(d);
  }

  /** Declares (or redeclares) a function; `definition` for a function definition. */
  declareFunction(
    name: string,
    type: FunctionType,
    span: Span,
    specs: DeclSpecs,
    definition: boolean,
  ): Decl {
    const atFile = this.scope === this.fileScope;
    if (
      !atFile &&
      (specs.storage === "static" || specs.storage === "auto" || specs.storage === "register")
    )
      this.error(`invalid storage class for function '${name}'`, specs.storageSpan ?? span);
    if (type.ret.kind === "array")
      this.error(`'${name}' declared as function returning an array`, span);
    if (type.ret.kind === "function")
      this.error(`'${name}' declared as function returning a function`, span);
    const prev = this.scope.names?.get(name) ?? (atFile ? undefined : this.externals.get(name));
    const visible = this.lookup(name);
    let linkage: Decl["linkage"] = specs.storage === "static" ? "internal" : "external";
    const linked =
      prev ?? (visible?.linkage !== "none" ? visible : undefined) ?? this.externals.get(name);
    if (linked !== undefined && specs.storage !== "static" && linked.linkage === "internal")
      linkage = "internal";
    if (linked !== undefined && linked.kind === "function" && linked.linkage !== "none") {
      if (!compatible(linked.type, type)) {
        this.error(`conflicting types for '${name}'; have ${quoteType(type)}`, span, [
          this.previous(linked),
        ]);
        return linked;
      }
      if (specs.storage === "static" && linked.linkage === "external") {
        this.error(`static declaration of '${name}' follows non-static declaration`, span, [
          this.previous(linked),
        ]);
      }
      if (definition && linked.defined) {
        this.error(`redefinition of '${name}'`, span, [this.previous(linked, "definition")]);
        return linked;
      }
      linked.type = composite(linked.type, type) as FunctionType;
      if (specs.noreturn) linked.noreturn = true;
      if (specs.inline) linked.inline = true;
      if (prev === undefined) this.bind(linked);
      return linked;
    }
    if (prev !== undefined) {
      this.error(`'${name}' redeclared as different kind of symbol`, span, [this.previous(prev)]);
    }
    const d = this.newDecl("function", name, type, span);
    d.storage =
      specs.storage === "static" || specs.storage === "extern" ? specs.storage : undefined;
    d.linkage = linkage;
    d.noreturn = specs.noreturn || (this.hosted && HOSTED_NORETURN.has(name));
    d.inline = specs.inline;
    this.bind(d);

    this.externals.set(name, d);
    this.globals.push(d);
    return d;
  }

  /** Declares (or redeclares) an object at file or block scope. */
  private declareObject(
    name: string,
    type: Type,
    span: Span,
    specs: DeclSpecs,
    hasInit: boolean,
  ): Decl {
    const atFile = this.scope === this.fileScope;
    const storage = specs.storage === "typedef" ? undefined : specs.storage;
    if (atFile && (storage === "auto" || storage === "register"))
      this.error(
        `file-scope declaration of '${name}' specifies '${storage}'`,
        specs.storageSpan ?? span,
      );
    const prev = this.scope.names?.get(name);
    if (!atFile && storage !== "extern") {
      // A block-scope object without linkage.
      if (prev !== undefined) {
        prev.used = true; // one message about the name is enough
        this.error(
          prev.kind === "var" || prev.kind === "typedef" || prev.kind === "function"
            ? prev.linkage === "none" && prev.kind === "var"
              ? `redeclaration of '${name}' with no linkage`
              : `'${name}' redeclared as different kind of symbol`
            : `'${name}' redeclared as different kind of symbol`,
          span,
          [this.previous(prev)],
        );
      }
      const d = this.newDecl("var", name, type, span);
      d.storage = storage;
      if (storage === "static") {
        this.globals.push(d);
        d.defined = true;
      } else {
        d.local = true;
        this.addLocal(d);
      }
      this.bind(d);
      return d;
    }
    if (!atFile && hasInit) this.error(`'${name}' has both 'extern' and initializer`, span);
    if (atFile && storage === "extern" && hasInit)
      this.warning(`'${name}' initialized and declared 'extern'`, span, "");
    if (!atFile && prev !== undefined && prev.kind === "var" && prev.linkage === "none") {
      // `static int a; extern int a;` in one block: two different objects, one name.
      this.error(`extern declaration of '${name}' follows declaration with no linkage`, span, [
        this.previous(prev, "definition"),
      ]);
      return prev;
    }
    // A name with linkage: file scope, or `extern` in a block.
    const visible = this.lookup(name);
    const linked =
      prev ??
      (visible !== undefined && visible.linkage !== "none" ? visible : undefined) ??
      this.externals.get(name);
    if (linked !== undefined && linked.kind === "var" && linked.linkage !== "none") {
      if (!compatible(linked.type, type) && !compatibleIgnoringSize(linked.type, type)) {
        this.error(`conflicting types for '${name}'; have ${quoteType(type)}`, span, [
          this.previous(linked),
        ]);
        return linked;
      }
      if (atFile && storage === "static" && linked.linkage === "external")
        this.error(`static declaration of '${name}' follows non-static declaration`, span, [
          this.previous(linked),
        ]);
      else if (atFile && storage === undefined && linked.linkage === "internal")
        this.error(`non-static declaration of '${name}' follows static declaration`, span, [
          this.previous(linked),
        ]);
      if (hasInit && linked.init !== undefined) {
        this.error(`redefinition of '${name}'`, span, [this.previous(linked, "definition")]);
      }
      linked.type = composite(linked.type, type);
      if (storage !== "extern" && linked.storage === "extern") linked.storage = storage;
      if (prev === undefined) this.bind(linked);
      return linked;
    }
    if (prev !== undefined) {
      this.error(`'${name}' redeclared as different kind of symbol`, span, [this.previous(prev)]);
    }
    const d = this.newDecl("var", name, type, span);
    d.storage = storage;
    d.linkage =
      storage === "static"
        ? "internal"
        : visible !== undefined && visible.linkage === "internal"
          ? "internal"
          : "external";
    this.bind(d);
    this.externals.set(name, d);
    this.globals.push(d);
    return d;
  }

  functionDef(f: FunctionDef): void {
    const base = this.baseType(f.specs, false);
    const definition: { params: ParamInfo[] } = { params: [] };
    const type = this.declaratorType(base, f.declarator, definition);
    const name = f.declarator.name!;
    const span = f.declarator.nameSpan;
    if (type.kind !== "function") {
      this.error(`expected '=', ',', ';', 'asm' or '__attribute__' before '{' token`, f.body.span);
      return;
    }
    if (
      f.specs.storage === "typedef" ||
      f.specs.storage === "auto" ||
      f.specs.storage === "register"
    )
      this.error(`invalid storage class for function '${name}'`, f.specs.storageSpan ?? span);
    const decl = this.declareFunction(name, type, span, f.specs, true);
    if (type.prototype) decl.paramSpans = paramSpans(definition.params);
    this.checkAttributes(f.specs.attributes);
    this.applyAttributes(decl, f.specs.attributes, f.specs);
    decl.defined = true;
    decl.defSpan = span;
    f.decl = decl;
    if (type.ret.kind !== "void" && !isComplete(type.ret))
      this.error(`return type is an incomplete type`, span);
    functionBody(this, f, decl, type, definition.params);
  }

  // -------------------------------------------------------------------------------------------
  // Attributes
  // -------------------------------------------------------------------------------------------

  checkAttributes(attrs: Attribute[]): void {
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (!KNOWN_ATTRIBUTES.has(a.name))
        this.warning(`'${a.name}' attribute directive ignored`, a.span, "-Wattributes");
    }
  }

  private applyAttributes(d: Decl, attrs: Attribute[], specs: DeclSpecs): void {
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      if (a.name === "aligned") d.align = Math.max(d.align, this.alignArg(a));
      else if (a.name === "section") {
        const s = a.args[0];
        if (s?.kind === "StringLit") d.section = String.fromCharCode(...s.value);
        else this.error("section attribute argument not a string constant", a.span);
      } else if (a.name === "noreturn") d.noreturn = true;
      else if (a.name === "used" || a.name === "unused") d.used = true;
    }
    const alignas = specs.alignas;
    for (let i = 0; i < alignas.length; i++)
      d.align = Math.max(d.align, this.alignasValue(alignas[i]));
  }

  /** `aligned(N)` (N a power of two) or plain `aligned` (16 on i386, as gcc). */
  alignArg(a: Attribute): number {
    if (a.args.length === 0) return 16;
    const e = value(this, a.args[0]);
    const v = evalInt(e);
    if (v === undefined || v <= 0 || (v & (v - 1)) !== 0) {
      this.error("requested alignment is not a positive power of 2", a.args[0].span);
      return 1;
    }
    return v;
  }

  alignasValue(x: Expr | TypeName): number {
    if (x.kind === "TypeName") return alignOf(this.typeName(x));
    const v = evalInt(value(this, x));
    if (v === undefined || v < 0 || (v & (v - 1)) !== 0) {
      this.error("requested alignment is not a positive power of 2", x.span);
      return 1;
    }
    return Math.max(v, 1);
  }

  // -------------------------------------------------------------------------------------------
  // Types from specifiers and declarators
  // -------------------------------------------------------------------------------------------

  typeName(t: TypeName): Type {
    return this.declaratorType(this.baseType(t.specs, false), t.declarator);
  }

  /** The type the declaration specifiers name (qualifiers included). */
  baseType(specs: DeclSpecs, tagOnly: boolean): Type {
    let t: Type | undefined;
    let words = 0; // void 1, char 2, short 4, int 8, long 16, signed 32, unsigned 64, _Bool 128
    let other = 0;
    const typeSpecs = specs.typeSpecs;
    for (let i = 0; i < typeSpecs.length; i++) {
      const s = typeSpecs[i];
      switch (s.kind) {
        case "BasicType": {
          const bit = BASIC_BITS[s.name];
          if (words & bit && s.name !== "long") {
            this.error("two or more data types in declaration specifiers", s.span);
          }
          words |= bit;
          break;
        }
        case "StructSpec":
          other++;
          t = recordSpec(this, s, tagOnly);
          break;
        case "EnumSpec":
          other++;
          t = enumSpec(this, s, tagOnly);
          break;
        case "TypedefName": {
          other++;
          const d = this.lookup(s.name);
          if (s.name === "__builtin_va_list") t = VA_LIST;
          else if (d === undefined || d.kind !== "typedef") {
            this.error(`unknown type name '${s.name}'`, s.span);
            t = INT;
          } else t = d.type;
          break;
        }
        case "Typeof":
          other++;
          t = s.arg.kind === "TypeName" ? this.typeName(s.arg) : checkExpr(this, s.arg).type!;
          break;
      }
    }
    if (other > 1 || (other === 1 && words !== 0)) {
      this.error("two or more data types in declaration specifiers", specs.span);
    }
    if (t === undefined) {
      t = BASIC_COMBOS.get(words);
      if (t === undefined) {
        if (words === 0) {
          this.error("type specifier missing, defaults to 'int'", specs.span);
        } else this.error("two or more data types in declaration specifiers", specs.span);
        t = INT;
      }
    }
    const q = (specs.qualifiers.const ? CONST : 0) | (specs.qualifiers.volatile ? VOLATILE : 0);
    return q === 0 ? t : qualified(t, t.qual | q);
  }

  /**
   * Applies a declarator to a base type (see ast.ts: `derived` in the order they apply).
   * `definition`, for a function definition, gets the outermost function declarator's
   * parameters.
   */
  declaratorType(base: Type, d: Declarator, definition?: { params: ParamInfo[] }): Type {
    let t = base;
    const derived = d.derived;
    for (let i = 0; i < derived.length; i++) {
      const x = derived[i];
      if (x.kind === "Pointer") {
        const q = (x.qualifiers.const ? CONST : 0) | (x.qualifiers.volatile ? VOLATILE : 0);
        t = q === 0 ? pointerTo(t) : qualified(pointerTo(t), q);
      } else if (x.kind === "Array") {
        if (t.kind === "function") {
          this.error(`declaration of '${d.name ?? "type name"}' as array of functions`, d.nameSpan);
          t = INT;
        } else if (!isComplete(t)) {
          this.error(`array type has incomplete element type ${quoteType(t)}`, d.nameSpan);
          t = INT;
        } else if (sizeOf(t) % alignOf(t) !== 0) {
          this.error("alignment of array elements is greater than element size", d.nameSpan);
        }
        let length: number | undefined;
        if (x.size !== undefined) {
          const e = value(this, x.size);
          const v = evalInt(e);
          if (!isInteger(e.type!)) {
            this.error(
              `size of array '${d.name ?? "type name"}' has non-integer type`,
              x.size.span,
            );
          } else if (v === undefined) {
            this.error("variable length arrays are not supported in Logos C", x.size.span);
          } else {
            const n = intOf(e.type!).signed ? v : v >>> 0;
            if (n < 0)
              this.error(`size of array '${d.name ?? "type name"}' is negative`, x.size.span);
            else if (n * sizeOf(t) > 0x7fffffff)
              this.error(`size of array '${d.name ?? "type name"}' is too large`, x.size.span);
            else length = n;
          }
          if (length === undefined) length = 1;
        }
        const q = (x.qualifiers.const ? CONST : 0) | (x.qualifiers.volatile ? VOLATILE : 0);
        t = arrayOf(t, length);
        if (q) t = qualified(t, q);
      } else {
        const outermost = i === derived.length - 1;
        const list = this.paramList(x.params);
        if (outermost && definition !== undefined) definition.params = list;
        const types: Type[] = [];
        for (let k = 0; k < list.length; k++) types.push(list[k].type);
        t = functionType(t, types, x.variadic, x.prototype);
      }
    }
    return t;
  }

  private paramList(ps: ParamDecl[]): ParamInfo[] {
    const out: ParamInfo[] = [];
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      if (p.specs.storage !== undefined && p.specs.storage !== "register")
        this.error(
          `storage class specified for parameter '${p.declarator.name ?? ""}'`,
          p.specs.storageSpan,
        );
      let t = this.declaratorType(this.baseType(p.specs, false), p.declarator);
      if (t.kind === "void") {
        this.error("'void' must be the only parameter", p.span);
        t = INT;
      }
      // C11 6.7.6.3p7-8: arrays and functions are adjusted to pointers.
      if (t.kind === "array") t = qualified(pointerTo(t.of), 0);
      else if (t.kind === "function") t = pointerTo(t);

      out.push({
        name: p.declarator.name,
        type: t,
        span: p.declarator.name ? p.declarator.nameSpan : p.span,
        register: p.specs.storage === "register",
      });
    }
    return out;
  }
}

/** A parameter as a function definition declares it. */
export interface ParamInfo {
  name: string | undefined;
  type: Type;
  span: Span;
  register: boolean;
}

const NO_PARAMS: ParamInfo[] = [];

function paramSpans(params: ParamInfo[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < params.length; i++) spans.push(params[i].span);
  return spans;
}

const BASIC_BITS: Record<string, number> = {
  void: 1,
  char: 2,
  short: 4,
  int: 8,
  long: 16,
  signed: 32,
  unsigned: 64,
  _Bool: 128,
};

/** Every valid combination of basic type keywords (C11 6.7.2p2, without long long). */
const BASIC_COMBOS = new Map<number, Type>([
  [1, VOID],
  [128, BOOL],
  [2, CHAR],
  [32 | 2, SCHAR],
  [64 | 2, UCHAR],
  [4, SHORT],
  [32 | 4, SHORT],
  [4 | 8, SHORT],
  [32 | 4 | 8, SHORT],
  [64 | 4, USHORT],
  [64 | 4 | 8, USHORT],
  [8, INT],
  [32, INT],
  [32 | 8, INT],
  [64, UINT],
  [64 | 8, UINT],
  [16, LONG],
  [32 | 16, LONG],
  [16 | 8, LONG],
  [32 | 16 | 8, LONG],
  [64 | 16, ULONG],
  [64 | 16 | 8, ULONG],
]);

function isConst(t: Type): boolean {
  while (t.kind === "array") t = t.of;
  return (t.qual & CONST) !== 0;
}

function qualifiedDiffer(a: Type, b: Type): boolean {
  return a.qual !== b.qual;
}

/** `int a[]` and `int a[3]` declare one object (the composite type completes it). */
function compatibleIgnoringSize(a: Type, b: Type): boolean {
  return (
    a.kind === "array" &&
    b.kind === "array" &&
    compatible(a.of, b.of) &&
    (a.length === undefined || b.length === undefined)
  );
}

/** Checks a parsed translation unit; the diagnostics go to `sink`. */
export function checkUnit(
  u: TranslationUnit,
  sink: DiagnosticSink,
  options: CheckOptions = { hosted: true },
): CheckedUnit {
  return new Checker(sink, options).unit(u);
}
