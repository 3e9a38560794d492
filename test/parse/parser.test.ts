import { describe, expect, test } from "vitest";
import type { Declaration, FunctionDef } from "../../compiler/parse/ast.ts";
import { rmSync } from "node:fs";
import { EOF, serializeGrammar } from "../../compiler/parse/chevrotain.ts";
import { GrammarCache, save } from "../../compiler/parse/grammarcache.ts";
import { allTokens } from "../../compiler/parse/lexer.ts";
import { recordedGrammar, TypedefName, validateGrammar } from "../../compiler/parse/parser.ts";
import { parseText, shape } from "./helpers.ts";

function decl(text: string, i = 0): Declaration {
  const { unit, sink } = parseText(text);
  expect(sink.format()).toBe("");
  return unit.decls[i] as Declaration;
}

test("the grammar passes Chevrotain's validations (the compiler skips them for speed)", () => {
  expect(() => validateGrammar()).not.toThrow();
});

test("the grammar cache gives back the grammar Chevrotain records, production by production", () => {
  const recorded = recordedGrammar();
  const version = `test-${process.pid}-${Date.now()}`;
  const types = [EOF, ...allTokens, TypedefName];
  const writer = new GrammarCache(version, 2, types);
  try {
    for (const rule of Object.values(recorded)) writer.keepRule(rule);
    writer.save();
    const reader = new GrammarCache(version, 2, types);
    for (const [name, rule] of Object.entries(recorded)) {
      const cached = reader.rule(name);
      expect(cached, name).toBeDefined();
      expect(save(cached!)).toEqual(save(rule));
      expect(serializeGrammar([cached!])).toEqual(serializeGrammar([rule]));
    }
    expect(Object.keys(recorded).length).toBeGreaterThan(50);
  } finally {
    rmSync(writer.file, { force: true });
  }
});

describe("declarators", () => {
  test("derived declarators apply to the base type in order", () => {
    const kinds = (text: string, i = 0): string[] =>
      decl(text, i).declarators[0].declarator.derived.map(
        (d) => d.kind + (d.kind === "Array" && d.size?.kind === "IntLit" ? d.size.value : ""),
      );
    expect(kinds("int *p[3];")).toEqual(["Pointer", "Array3"]);
    expect(kinds("int (*p)[3];")).toEqual(["Array3", "Pointer"]);
    expect(kinds("int a[2][5];")).toEqual(["Array5", "Array2"]);
    expect(kinds("int (*f)(int);")).toEqual(["Function", "Pointer"]);
    expect(kinds("int (*(*f)(int))[3];")).toEqual(["Array3", "Pointer", "Function", "Pointer"]);
    expect(kinds("void (*signal(int, void (*)(int)))(int);")).toEqual([
      "Function",
      "Pointer",
      "Function",
    ]);
  });

  test("(void) is an empty prototype, () is not a prototype", () => {
    const f = (text: string) => decl(text).declarators[0].declarator.derived[0];
    expect(shape(f("int f(void);"))).toMatchObject({ params: [], prototype: true });
    expect(shape(f("int f();"))).toMatchObject({ params: [], prototype: false });
    expect(shape(f("int f(int, ...);"))).toMatchObject({ variadic: true, prototype: true });
  });
});

describe("typedef names", () => {
  test("T * x is a declaration when T is a typedef, a multiplication otherwise", () => {
    const { unit, sink } = parseText(
      "typedef int T; int y; void f(void) { T * x; y * x; { int T; T * x; } T * z; }",
    );
    expect(sink.format()).toBe("");
    const body = (unit.decls[2] as FunctionDef).body.items;
    expect(body.map((i) => i.kind)).toEqual([
      "Declaration",
      "ExprStmt",
      "CompoundStmt",
      "Declaration",
    ]);
    const inner = body[2].kind === "CompoundStmt" ? body[2].items : [];
    expect(inner.map((i) => i.kind)).toEqual(["Declaration", "ExprStmt"]);
  });

  test("casts versus parenthesised expressions", () => {
    const { unit, sink } = parseText("typedef int T; int a; int f(void) { return (T)-1 + (a)-1; }");
    expect(sink.format()).toBe("");
    const ret = (unit.decls[2] as FunctionDef).body.items[0];
    expect(shape(ret)).toMatchObject({
      value: { op: "-", left: { op: "+", left: { kind: "Cast" }, right: { kind: "Ident" } } },
    });
  });
});
