// Unit tests of the checker's contract with the code generator (see compiler/sema/types.ts):
// every expression typed, implicit conversions as `ImplicitCast` nodes, constants folded, names
// resolved to one `Decl` per entity, initializers as offset-ordered stores, constant
// expressions evaluated. Messages are tested in test/diagnostics/, layout in layout.test.ts.
import { describe, expect, test } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import type {
  Expr,
  FunctionDef,
  ReturnStmt,
  ExprStmt,
  Declaration,
} from "../../compiler/parse/ast.ts";
import { tokenize } from "../../compiler/parse/lexer.ts";
import { parse } from "../../compiler/parse/parser.ts";
import { checkUnit, type CheckedUnit } from "../../compiler/sema/check.ts";
import { evalConst, evalInt } from "../../compiler/sema/const.ts";
import { typeToString, type Decl } from "../../compiler/sema/types.ts";

function check(text: string): { checked: CheckedUnit; sink: DiagnosticSink } {
  const sink = new DiagnosticSink();
  const unit = parse(tokenize(text), new SourceFile("t.c", text), sink);
  const checked = checkUnit(unit, sink);
  return { checked, sink };
}

function clean(text: string): CheckedUnit {
  const { checked, sink } = check(text);
  expect(sink.format()).toBe("");
  return checked;
}

function global(u: CheckedUnit, name: string): Decl {
  return u.globals.find((d) => d.name === name)!;
}

/** The expression of the `return` that ends function `name`. */
function returned(u: CheckedUnit, name: string): Expr {
  const f = u.unit.decls.find(
    (d): d is FunctionDef => d.kind === "FunctionDef" && d.declarator.name === name,
  )!;
  const r = f.body.items[f.body.items.length - 1] as ReturnStmt;
  return r.value!;
}

/** A compact picture of a typed expression: `(kind:type …)`. */
function show(e: Expr): string {
  const t = typeToString(e.type!);
  switch (e.kind) {
    case "ImplicitCast":
      return `(cast:${t} ${show(e.operand)})`;
    case "Binary":
      return `(${e.op}:${t} ${show(e.left)} ${show(e.right)})`;
    case "Ident":
      return `${e.name}:${t}${e.lvalue ? "=lv" : ""}`;
    case "IntLit":
      return `${e.value}:${t}`;
    case "Unary":
      return `(${e.op}:${t} ${show(e.operand)})`;
    case "Index":
      return `([]:${t} ${show(e.base)} ${show(e.index)})`;
    case "Member":
      return `(.${e.name}@${e.field!.offset}:${t} ${show(e.base)})`;
    case "Call":
      return `(call:${t} ${show(e.callee)} ${e.args.map(show).join(" ")})`;
    default:
      return `${e.kind}:${t}`;
  }
}

describe("the typed tree", () => {
  test("promotions and the usual arithmetic conversions are explicit", () => {
    const u = clean("int f(char c, unsigned u) { return c + u; }");
    expect(show(returned(u, "f"))).toBe(
      "(cast:int (+:unsigned int (cast:unsigned int c:char=lv) u:unsigned int=lv))",
    );
  });

  test("arrays decay; the pointer of pointer arithmetic is on the left", () => {
    const u = clean("int a[4]; int *f(void) { return 1 + a; }");
    expect(show(returned(u, "f"))).toBe("(+:int * (cast:int * a:int[4]=lv) 1:int)");
  });

  test("subscripts: the base is the pointer, even when written 2[a]", () => {
    const u = clean("int a[4]; int f(void) { return 2[a]; }");
    expect(show(returned(u, "f"))).toBe("([]:int (cast:int * a:int[4]=lv) 2:int)");
  });

  test("members carry their field and offset; anonymous members are flattened", () => {
    const u = clean(
      "struct s { char c; union { int i; short h; }; int z; }; int f(struct s *p) { return p->h + p->z; }",
    );
    expect(show(returned(u, "f"))).toBe(
      "(+:int (cast:int (.h@4:short int p:struct s *=lv)) (.z@8:int p:struct s *=lv))",
    );
  });

  test("enum constants, sizeof, _Alignof and offsetof are folded", () => {
    const u = clean(
      "enum e { A = 3, B }; struct s { char c; int i; };" +
        "unsigned f(void) { return B + sizeof(struct s) + _Alignof(short) + __builtin_offsetof(struct s, i); }",
    );
    const r = returned(u, "f");
    expect(evalInt(r)).toBe(4 + 8 + 2 + 4);
    expect(show(r)).toContain("4:int");
  });

  test("calls convert arguments to the parameters, variadic ones by default promotions", () => {
    const u = clean("int g(long x, ...); int f(char c) { return g(c, c); }");
    expect(show(returned(u, "f"))).toBe(
      "(call:int (cast:int (*)(long int, ...) g:int(long int, ...)) (cast:long int c:char=lv) (cast:int c:char=lv))",
    );
  });

  test("compound assignment records the type it computes in", () => {
    const u = clean("void f(char *p) { *p += 1; }");
    const f = u.unit.decls[0] as FunctionDef;
    const s = f.body.items[0] as ExprStmt;
    expect(s.expr!.kind).toBe("Assign");
    expect(typeToString((s.expr as Expr & { kind: "Assign" }).opType!)).toBe("int");
  });

  test("case values are folded to the promoted type of the switch", () => {
    const u = clean("int f(unsigned char c) { switch (c) { case 'a' + 1: return 1; } return 0; }");
    const f = u.unit.decls[0] as FunctionDef;

    const text = JSON.stringify(f.body.items[0], (k, v) =>
      k === "span" || k === "type" || k === "opSpan" ? undefined : v,
    );
    expect(text).toContain('"value":98');
  });
});

describe("declarations", () => {
  test("one Decl per entity across redeclarations; block-scope extern joins it", () => {
    const u = clean("extern int x; int f(void) { extern int x; return x; } int x = 5;");
    const xs = u.globals.filter((d) => d.name === "x");
    expect(xs.length).toBe(1);
    expect(xs[0].defined).toBe(true);
    const r = returned(u, "f");
    expect(r.kind === "Ident" && r.decl).toBe(xs[0]);
  });

  test("tentative definitions become definitions at the end of the unit", () => {
    const u = clean("int t; int t; static int s; int use(void) { return s; }");
    expect(global(u, "t").defined).toBe(true);
    expect(global(u, "s").linkage).toBe("internal");
  });

  test("locals get unique ids; static locals are globals", () => {
    const u = clean(
      "int f(void) { int a = 1; { int a = 2; (void)a; } static int n; return a + n; }",
    );
    const f = u.unit.decls[0] as FunctionDef;
    const outer = (f.body.items[0] as Declaration).declarators[0].decl!;
    expect(outer.local).toBe(true);
    const n = global(u, "n");
    expect(n.local).toBe(false);
    expect(n.linkage).toBe("none");
  });

  test("__func__ is one static char array per function, holding its name", () => {
    const u = clean(
      "const char *f(void) { const char *a = __func__; return a == __func__ ? a : 0; }",
    );
    const names = u.globals.filter((d) => d.name === "__func__");
    expect(names.length).toBe(1);
    expect(typeToString(names[0].type)).toBe("const char[2]");
    const s = names[0].init!.entries[0].expr;
    expect(s.kind === "StringLit" && String.fromCharCode(...s.value)).toBe("f");
  });

  test("attributes: aligned, section, noreturn", () => {
    const u = clean(
      'int buf[4] __attribute__((aligned(16), section(".boot"))); __attribute__((noreturn)) void die(void);',
    );
    expect(global(u, "buf").align).toBe(16);
    expect(global(u, "buf").section).toBe(".boot");
    expect(global(u, "die").noreturn).toBe(true);
  });
});

describe("initializers", () => {
  test("designators, nested braces and brace elision become offset-ordered stores", () => {
    const u = clean(
      "struct p { int x, y; }; struct q { struct p a[2]; char tag; } v = { { [0].y = 7, 1 }, .tag = 'z', .a[0] = { 3 } };",
    );
    const v = global(u, "v");
    const stores = v.init!.entries.map((e) => [e.offset, evalInt(e.expr)]);
    // a[0].y = 7, then `1` goes on to a[1].x; tag = 'z'; then `.a[0] = { 3 }` replaces all of
    // a[0] (x = 3, y = 0) — what a gcc -m32 program prints: 3 0 1 0 122.
    expect(stores).toEqual([
      [0, 3],
      [8, 1],
      [16, 122],
    ]);
  });

  test("arrays of unknown size take their length from the initializer", () => {
    const u = clean('int a[] = { 1, [9] = 2 }; char s[] = "hey"; int m[][2] = { 1, 2, 3 };');
    expect(typeToString(global(u, "a").type)).toBe("int[10]");
    expect(typeToString(global(u, "s").type)).toBe("char[4]");
    expect(typeToString(global(u, "m").type)).toBe("int[2][2]");
  });

  test("address constants", () => {
    const u = clean(
      'struct s { int a, b; } g; int arr[8]; int *p = &arr[3]; int *q = &g.b; char *msg = "hi" + 1; int (*fp)(void);',
    );
    const v = (name: string) => evalConst(global(u, name).init!.entries[0].expr)!;
    expect(v("p")).toMatchObject({ kind: "address", offset: 12 });
    expect((v("p") as { base: Decl }).base.name).toBe("arr");
    expect(v("q")).toMatchObject({ kind: "address", offset: 4 });
    expect(v("msg")).toMatchObject({ kind: "address", offset: 1 });
  });

  test("bit-field stores name their field", () => {
    const u = clean("struct f { unsigned a : 3, b : 5; } x = { 1, 2 };");
    const e = global(u, "x").init!.entries;
    expect(e.map((s) => [s.offset, s.field!.bitOffset, s.field!.bitWidth])).toEqual([
      [0, 0, 3],
      [0, 3, 5],
    ]);
  });
});

describe("constant expressions", () => {
  test("values wrap to their type as gcc computes them", () => {
    const u = clean(
      "int a = -2147483647 - 1; unsigned b = -1; int c = (unsigned char)300; int d = 7 / -2; int e = -7 % 3; unsigned f = 0xffffffff >> 4; int g = -16 >> 2;",
    );
    const v = (n: string) => evalInt(global(u, n).init!.entries[0].expr);
    expect([v("a"), v("b"), v("c"), v("d"), v("e"), v("f"), v("g")]).toEqual([
      -2147483648, 4294967295, 44, -3, -1, 0x0fffffff, -4,
    ]);
  });

  test("integer constants: types by radix and suffix, long long rejected", () => {
    const u = clean(
      "unsigned a = 0x80000000; long b = 2147483647L; unsigned long c = 4000000000UL;",
    );
    expect(typeToString(global(u, "a").init!.entries[0].expr.type!)).toBe("unsigned int");
    const { sink } = check("int x = 3000000000;");
    expect(sink.hasErrors).toBe(true);
  });
});

describe("robustness", () => {
  test("bad programs give errors, never exceptions", () => {
    const programs = [
      "int f(void) { return x->y.z[3](4); }",
      "struct s; struct s f(void); int g(void) { return f().a; }",
      "int f(int a) { return a[0] + *a + a.b + a->c + a(); }",
      "void f(void) { int a[2] = { [5] = 1, .x = 2 }; }",
      "typedef int T; int f(void) { return T; }",
      "int a[] = { 1 } ; int b[sizeof a == 8 ? 1 : -1];",
      "enum e { A = 1 / 0 };",
      "int f(void) { return __builtin_va_arg(0, int); }",
    ];
    for (const p of programs) expect(check(p).sink.hasErrors, p).toBe(true);
  });
});
