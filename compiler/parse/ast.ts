// The abstract syntax tree of Logos C: what the parser builds and the type checker reads.
//
// Every node is a plain object with a `kind` (the discriminant of its union) and a `span` (where it
// was written, for diagnostics). The tree keeps C's syntax, not its meaning: the parser resolves
// only what the grammar needs (which identifiers are typedef names); the checker (`compiler/sema`)
// gives declarations their types, resolves names and checks every rule.
//
// The checker annotates the tree in place (the fields marked "set by the checker", and
// `ImplicitCast` nodes it inserts): `compiler/sema/types.ts` opens with what a checked tree
// guarantees to the code generator.
//
// The one idea needed to read declarations: C splits a declaration's type between the
// *declaration specifiers* (`static const unsigned int`) shared by every declarator, and each
// *declarator* (`*p`, `a[3]`, `(*f)(int)`), which wraps that base type. A `Declarator` here lists
// its wrappers flat, in the order they apply to the base type, so the checker builds the type with
// one loop:
//
//     let t = baseType(specs);
//     for (const d of declarator.derived) t = d.kind === "Pointer" ? pointerTo(t, d.qualifiers)
//       : d.kind === "Array" ? arrayOf(t, d.size) : functionReturning(t, d.params);
//
// Examples (base type `int`):
//     int *p[3]          p: [Pointer, Array 3]              array of 3 pointers to int
//     int (*p)[3]        p: [Array 3, Pointer]              pointer to array of 3 int
//     int (*f)(int)      f: [Function (int), Pointer]       pointer to function returning int
//     int *const *q      q: [Pointer const, Pointer]        pointer to const pointer to int
//     int a[2][5]        a: [Array 5, Array 2]              array of 2 arrays of 5 int
import type { Span } from "../diag.ts";
import type { Decl, Field, Type } from "../sema/types.ts";

// ---------------------------------------------------------------------------------------------
// The translation unit and external declarations
// ---------------------------------------------------------------------------------------------

export interface TranslationUnit {
  kind: "TranslationUnit";
  decls: ExternalDecl[];
  span: Span;
}

/** What may appear at file scope. */
export type ExternalDecl = FunctionDef | Declaration | StaticAssert | FileAsm;

/** `specs declarator { body }`. Old-style (K&R) parameter declarations are not Logos C. */
export interface FunctionDef {
  kind: "FunctionDef";
  specs: DeclSpecs;
  /** Its last `derived` entry is the `Function` whose parameters the body sees. */
  declarator: Declarator;
  body: CompoundStmt;
  span: Span;
  /** Set by the checker: the function, and its parameters in order. */
  decl?: Decl;
  params?: Decl[];
}

/**
 * `specs init-declarator, ...;` -- also a typedef (`specs.storage === "typedef"`) and a declaration
 * that declares only a tag (`struct s { ... };`, `enum e;`: `declarators` is empty).
 */
export interface Declaration {
  kind: "Declaration";
  specs: DeclSpecs;
  declarators: InitDeclarator[];
  span: Span;
}

/** `_Static_assert(cond, "message");` (the message is optional, as in C2x and gcc). */
export interface StaticAssert {
  kind: "StaticAssert";
  cond: Expr;
  message: StringLit | undefined;
  span: Span;
}

/** File-scope `__asm__("...");` -- its text goes to the assembly output as is. */
export interface FileAsm {
  kind: "FileAsm";
  template: StringLit;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Declaration specifiers
// ---------------------------------------------------------------------------------------------

export type StorageClass = "typedef" | "extern" | "static" | "auto" | "register";

/** `const`, `volatile`, `restrict`, as written (each at most meaningful once). */
export interface Qualifiers {
  const: boolean;
  volatile: boolean;
  restrict: boolean;
}

/**
 * The specifiers before the declarators: storage class, type specifiers, qualifiers, function
 * specifiers, `_Alignas` and attributes, in any order as C allows. The parser has already
 * rejected duplicate storage classes and specifiers outside Logos C (`float`, `long long`, ...);
 * the checker decides what a combination of `typeSpecs` means (`unsigned long int` is fine,
 * `int char` is an error it reports).
 */
export interface DeclSpecs {
  storage: StorageClass | undefined;
  /** Where the storage class was written (for "storage class specified for parameter" etc.). */
  storageSpan: Span | undefined;
  typeSpecs: TypeSpec[];
  qualifiers: Qualifiers;
  inline: boolean;
  /** `_Noreturn` (the attribute form `__attribute__((noreturn))` is in `attributes`). */
  noreturn: boolean;
  /** `_Alignas(N)` or `_Alignas(type)`, in order. */
  alignas: (Expr | TypeName)[];
  /** `__attribute__((...))` written among the specifiers: they apply to every declarator. */
  attributes: Attribute[];
  span: Span;
}

/** The C keywords that are type specifiers by themselves. */
export type BasicTypeName =
  "void" | "char" | "short" | "int" | "long" | "signed" | "unsigned" | "_Bool";

export type TypeSpec = BasicTypeSpec | StructSpec | EnumSpec | TypedefNameSpec | TypeofSpec;

export interface BasicTypeSpec {
  kind: "BasicType";
  name: BasicTypeName;
  span: Span;
}

/**
 * `struct tag { members } attributes`, `union tag`, or `struct { ... }`. `members` is undefined
 * when there is no body (a reference or a forward declaration); an empty body is `[]`.
 * Attributes written after `struct` and after the closing `}` are both in `attributes`
 * (gcc applies both to the type).
 */
export interface StructSpec {
  kind: "StructSpec";
  tag: "struct" | "union";
  name: string | undefined;
  nameSpan: Span | undefined;
  members: MemberDecl[] | undefined;
  attributes: Attribute[];
  span: Span;
}

/**
 * A member declaration: `specs d1, d2 : 3, : 0;`. An anonymous struct or union member
 * (`struct { int a; };` inside a struct) has no declarators and a `StructSpec` in `specs`.
 */
export type MemberDecl = FieldDecl | StaticAssert;

export interface FieldDecl {
  kind: "FieldDecl";
  specs: DeclSpecs;
  declarators: FieldDeclarator[];
  span: Span;
}

export interface FieldDeclarator {
  /** Undefined for an unnamed bit-field (`int : 3;`). */
  declarator: Declarator | undefined;
  /** The bit-field width, if this is a bit-field. */
  bitWidth: Expr | undefined;
  /** `__attribute__` after the declarator (e.g. `int x __attribute__((aligned(8)));`). */
  attributes: Attribute[];
  span: Span;
}

/** `enum tag { A, B = 3 }`; `enumerators` is undefined without a body. */
export interface EnumSpec {
  kind: "EnumSpec";
  name: string | undefined;
  nameSpan: Span | undefined;
  enumerators: Enumerator[] | undefined;
  attributes: Attribute[];
  span: Span;
}

export interface Enumerator {
  name: string;
  value: Expr | undefined;
  attributes: Attribute[];
  span: Span;
}

/** An identifier the parser knew to be a typedef name in scope where it was written. */
export interface TypedefNameSpec {
  kind: "TypedefName";
  name: string;
  span: Span;
}

/** GNU `__typeof__(expr)` or `__typeof__(type)`. */
export interface TypeofSpec {
  kind: "Typeof";
  arg: Expr | TypeName;
  span: Span;
}

/**
 * `__attribute__((name))` or `__attribute__((name(args)))`, one per name: `((packed,
 * aligned(4)))` gives two. `name` is normalised without surrounding underscores
 * (`__packed__` -> `packed`). Arguments are expressions (`aligned(8)`, `section(".text")`);
 * an identifier argument (`mode(QI)`, `format(printf, 1, 2)`) is an `Ident`.
 */
export interface Attribute {
  name: string;
  args: Expr[];
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Declarators
// ---------------------------------------------------------------------------------------------

/**
 * A declarator or an abstract declarator (`name` undefined: in a type name or an unnamed
 * parameter). `derived` applies to the base type in order (see the file comment).
 */
export interface Declarator {
  name: string | undefined;
  /** The identifier's span, or where the abstract declarator is for an unnamed one. */
  nameSpan: Span;
  derived: DerivedDeclarator[];
  span: Span;
}

export type DerivedDeclarator = PointerDeclarator | ArrayDeclarator | FunctionDeclarator;

export interface PointerDeclarator {
  kind: "Pointer";
  qualifiers: Qualifiers;
  attributes: Attribute[];
  span: Span;
}

/** `[size]`, `[]`, and in parameters `[static N]`, `[const N]`. */
export interface ArrayDeclarator {
  kind: "Array";
  size: Expr | undefined;
  qualifiers: Qualifiers;
  static: boolean;
  span: Span;
}

/**
 * A function's parameter list. `(void)` is `params: []` with `prototype: true`; an empty `()`
 * is `prototype: false` (no information about the parameters, as C11 says).
 */
export interface FunctionDeclarator {
  kind: "Function";
  params: ParamDecl[];
  variadic: boolean;
  prototype: boolean;
  span: Span;
}

export interface ParamDecl {
  specs: DeclSpecs;
  /** A named or abstract declarator (`int`, `int *`, `int (*)(void)` have `name` undefined). */
  declarator: Declarator;
  /** Attributes after the declarator. */
  attributes: Attribute[];
  span: Span;
}

/** `declarator asm("label") attributes = initializer`. */
export interface InitDeclarator {
  declarator: Declarator;
  init: Initializer | undefined;
  /** GNU `__asm__("symbol")` after a declarator: the assembler name. */
  asmLabel: StringLit | undefined;
  /** Attributes after the declarator (gcc applies them to the declared entity). */
  attributes: Attribute[];
  span: Span;
  /** Set by the checker: what the declarator declares (its `init` holds the initializer). */
  decl?: Decl;
}

/** A type name: in casts, `sizeof`, `_Alignof`, compound literals, `va_arg`, `offsetof`. */
export interface TypeName {
  kind: "TypeName";
  specs: DeclSpecs;
  /** Always abstract (`name` undefined); `derived` is empty for a plain `int`. */
  declarator: Declarator;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Initializers
// ---------------------------------------------------------------------------------------------

export type Initializer = Expr | InitList;

/** `{ a, .f = b, [3] = c, }` (nested lists are `InitList`s in `init`). */
export interface InitList {
  kind: "InitList";
  items: InitItem[];
  span: Span;
}

export interface InitItem {
  /** Empty for a positional item; `.a[2].b = x` has three. */
  designators: Designator[];
  init: Initializer;
  span: Span;
}

export type Designator = FieldDesignator | IndexDesignator;

export interface FieldDesignator {
  kind: "FieldDesignator";
  name: string;
  span: Span;
}

export interface IndexDesignator {
  kind: "IndexDesignator";
  index: Expr;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

export type Stmt =
  | CompoundStmt
  | ExprStmt
  | IfStmt
  | WhileStmt
  | DoStmt
  | ForStmt
  | SwitchStmt
  | CaseStmt
  | DefaultStmt
  | LabelStmt
  | GotoStmt
  | BreakStmt
  | ContinueStmt
  | ReturnStmt
  | AsmStmt;

/** What a block holds: statements and declarations, mixed as C99 allows. */
export type BlockItem = Stmt | Declaration | StaticAssert;

export interface CompoundStmt {
  kind: "CompoundStmt";
  items: BlockItem[];
  span: Span;
}

/** `expr;`, or the null statement `;` (`expr` undefined). */
export interface ExprStmt {
  kind: "ExprStmt";
  expr: Expr | undefined;
  span: Span;
}

export interface IfStmt {
  kind: "IfStmt";
  cond: Expr;
  then: Stmt;
  else: Stmt | undefined;
  span: Span;
}

export interface WhileStmt {
  kind: "WhileStmt";
  cond: Expr;
  body: Stmt;
  span: Span;
}

export interface DoStmt {
  kind: "DoStmt";
  body: Stmt;
  cond: Expr;
  span: Span;
}

/** `for (init; cond; step) body`; `init` is a declaration (its own scope) or an expression. */
export interface ForStmt {
  kind: "ForStmt";
  init: Declaration | Expr | undefined;
  cond: Expr | undefined;
  step: Expr | undefined;
  body: Stmt;
  span: Span;
}

export interface SwitchStmt {
  kind: "SwitchStmt";
  cond: Expr;
  body: Stmt;
  span: Span;
}

/** `case value: body` -- `body` is the statement the label is on. */
export interface CaseStmt {
  kind: "CaseStmt";
  value: Expr;
  body: Stmt;
  span: Span;
}

export interface DefaultStmt {
  kind: "DefaultStmt";
  body: Stmt;
  span: Span;
}

/** `label: body` (attributes such as `__attribute__((unused))` may follow the colon). */
export interface LabelStmt {
  kind: "LabelStmt";
  label: string;
  labelSpan: Span;
  attributes: Attribute[];
  body: Stmt;
  span: Span;
}

export interface GotoStmt {
  kind: "GotoStmt";
  label: string;
  labelSpan: Span;
  span: Span;
}

export interface BreakStmt {
  kind: "BreakStmt";
  span: Span;
}

export interface ContinueStmt {
  kind: "ContinueStmt";
  span: Span;
}

export interface ReturnStmt {
  kind: "ReturnStmt";
  value: Expr | undefined;
  span: Span;
}

/**
 * `__asm__ [volatile] [inline] [goto] ("template" : outputs : inputs : clobbers : labels);`
 * `basic` is true for the form without any colon (`__asm__("cli")`), whose template is not
 * scanned for `%` operands.
 */
export interface AsmStmt {
  kind: "AsmStmt";
  basic: boolean;
  volatile: boolean;
  inline: boolean;
  goto: boolean;
  template: StringLit;
  outputs: AsmOperand[];
  inputs: AsmOperand[];
  clobbers: StringLit[];
  /** `asm goto` target labels. */
  labels: { name: string; span: Span }[];
  span: Span;
}

/** `[name] "constraint" (expr)`. */
export interface AsmOperand {
  symbolicName: string | undefined;
  constraint: StringLit;
  expr: Expr;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

/** What the checker sets on every expression node (see compiler/sema/types.ts). */
export interface Typed {
  /** Set by the checker: the expression's type. */
  type?: Type;
  /** Set by the checker: whether it designates an object (and is not yet loaded). */
  lvalue?: boolean;
}

export type Expr =
  | ImplicitCast
  | Ident
  | IntLit
  | CharLit
  | StringLit
  | Unary
  | Postfix
  | Binary
  | Assign
  | Conditional
  | Comma
  | Cast
  | SizeofExpr
  | SizeofType
  | AlignofExpr
  | AlignofType
  | Call
  | Index
  | Member
  | CompoundLiteral
  | VaArg
  | Offsetof;

export interface Ident extends Typed {
  kind: "Ident";
  name: string;
  span: Span;
  /** Set by the checker: the declaration the name refers to. */
  decl?: Decl;
}

/**
 * Inserted by the checker: a conversion C makes implicitly (decay, promotion, conversion as if
 * by assignment), to `type`. It means what a `Cast` to `type` means.
 */
export interface ImplicitCast extends Typed {
  kind: "ImplicitCast";
  operand: Expr;
  span: Span;
}

/**
 * An integer constant. `value` is exact below 2^53 (larger values are not Logos C anyway: the
 * checker reports any constant beyond 32 bits); the suffix and radix decide its type (C11 6.4.4.1).
 */
export interface IntLit extends Typed {
  kind: "IntLit";
  value: number;
  radix: 8 | 10 | 16;
  unsigned: boolean;
  /** Number of `l`s in the suffix (0 or 1; `ll` is rejected by the parser). */
  long: number;
  span: Span;
}

/**
 * A character constant, decoded. `value` is gcc's: plain `'\xff'` is -1 (char is signed on
 * i386), a multi-character constant `'ab'` packs bytes big-end first into an int.
 */
export interface CharLit extends Typed {
  kind: "CharLit";
  value: number;
  prefix: "" | "L" | "u" | "U" | "u8";
  span: Span;
}

/**
 * A string literal after adjacent-literal concatenation, decoded: `value` is its code units
 * without the terminating zero (bytes for plain and u8 strings). `span` covers every piece.
 */
export interface StringLit extends Typed {
  kind: "StringLit";
  value: number[];
  prefix: "" | "L" | "u" | "U" | "u8";
  span: Span;
}

/** Prefix operators; `++`/`--` here are pre-increment/decrement. */
export type UnaryOp = "+" | "-" | "!" | "~" | "*" | "&" | "++" | "--";

export interface Unary extends Typed {
  kind: "Unary";
  op: UnaryOp;
  operand: Expr;
  span: Span;
}

/** Postfix `x++` / `x--`. */
export interface Postfix extends Typed {
  kind: "Postfix";
  op: "++" | "--";
  operand: Expr;
  span: Span;
}

export type BinaryOp =
  | "*"
  | "/"
  | "%"
  | "+"
  | "-"
  | "<<"
  | ">>"
  | "<"
  | ">"
  | "<="
  | ">="
  | "=="
  | "!="
  | "&"
  | "^"
  | "|"
  | "&&"
  | "||";

export interface Binary extends Typed {
  kind: "Binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
  /** The operator token, where messages about the operation point. */
  opSpan: Span;
  span: Span;
}

export type AssignOp = "=" | "*=" | "/=" | "%=" | "+=" | "-=" | "<<=" | ">>=" | "&=" | "^=" | "|=";

export interface Assign extends Typed {
  kind: "Assign";
  op: AssignOp;
  target: Expr;
  value: Expr;
  opSpan: Span;
  span: Span;
  /** Set by the checker for compound assignments: the type the operation is computed in. */
  opType?: Type;
}

export interface Conditional extends Typed {
  kind: "Conditional";
  cond: Expr;
  then: Expr;
  else: Expr;
  span: Span;
}

/** `left, right` (a longer list nests to the left). */
export interface Comma extends Typed {
  kind: "Comma";
  left: Expr;
  right: Expr;
  /** The `,`, where messages about the operation point. */
  opSpan: Span;
  span: Span;
}

export interface Cast extends Typed {
  kind: "Cast";
  typeName: TypeName;
  operand: Expr;
  span: Span;
}

export interface SizeofExpr extends Typed {
  kind: "SizeofExpr";
  operand: Expr;
  span: Span;
}

export interface SizeofType extends Typed {
  kind: "SizeofType";
  typeName: TypeName;
  span: Span;
}

/** GNU `__alignof__ expr`. */
export interface AlignofExpr extends Typed {
  kind: "AlignofExpr";
  operand: Expr;
  span: Span;
}

export interface AlignofType extends Typed {
  kind: "AlignofType";
  typeName: TypeName;
  span: Span;
}

export interface Call extends Typed {
  kind: "Call";
  callee: Expr;
  args: Expr[];
  span: Span;
}

export interface Index extends Typed {
  kind: "Index";
  base: Expr;
  index: Expr;
  span: Span;
}

/** `base.name` or `base->name` (`arrow`). */
export interface Member extends Typed {
  kind: "Member";
  base: Expr;
  name: string;
  nameSpan: Span;
  arrow: boolean;
  span: Span;
  /** Set by the checker: the member selected (offset from the start of the base's record). */
  field?: Field;
}

/** `(type){ init }`. */
export interface CompoundLiteral extends Typed {
  kind: "CompoundLiteral";
  typeName: TypeName;
  init: InitList;
  span: Span;
  /** Set by the checker: the unnamed object (its `init` holds the contents). */
  decl?: Decl;
}

/** `__builtin_va_arg(ap, type)` (what `va_arg` expands to). */
export interface VaArg extends Typed {
  kind: "VaArg";
  ap: Expr;
  typeName: TypeName;
  span: Span;
}

/** `__builtin_offsetof(type, a.b[3].c)`: `path` starts with a field. */
export interface Offsetof extends Typed {
  kind: "Offsetof";
  typeName: TypeName;
  path: Designator[];
  span: Span;
}

/** Any node with a kind, for generic walkers. */
export type Node =
  TranslationUnit | ExternalDecl | Stmt | Expr | TypeSpec | TypeName | InitList | FieldDecl;
