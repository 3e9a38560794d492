// Unit tests of compiler/sema/types.ts: interning, conversions, compatibility and the names gcc
// gives types in messages. (Layout is checked against gcc itself in layout.test.ts.)
import { describe, expect, test } from "vitest";
import {
  aliased,
  arrayOf,
  BOOL,
  CHAR,
  compatible,
  CONST,
  functionType,
  INT,
  LONG,
  normalize,
  pointerTo,
  promote,
  qualified,
  quoteType,
  SHORT,
  UCHAR,
  UINT,
  ULONG,
  USHORT,
  usualArithmetic,
  VOID,
  VOLATILE,
  typeToString,
} from "../../compiler/sema/types.ts";

describe("types", () => {
  test("interned: the same type is the same object", () => {
    expect(pointerTo(INT)).toBe(pointerTo(INT));
    expect(arrayOf(CHAR, 3)).toBe(arrayOf(CHAR, 3));
    expect(qualified(INT, CONST)).toBe(qualified(INT, CONST));
    expect(qualified(qualified(INT, CONST), 0)).toBe(INT);
    expect(qualified(arrayOf(INT, 2), CONST)).toBe(arrayOf(qualified(INT, CONST), 2));
  });

  test("integer promotions and the usual arithmetic conversions (ILP32)", () => {
    expect(promote(CHAR)).toBe(INT);
    expect(promote(USHORT)).toBe(INT);
    expect(promote(BOOL)).toBe(INT);
    expect(promote(UINT)).toBe(UINT);
    expect(usualArithmetic(INT, UINT)).toBe(UINT);
    expect(usualArithmetic(LONG, UINT)).toBe(ULONG);
    expect(usualArithmetic(UCHAR, SHORT)).toBe(INT);
    expect(usualArithmetic(LONG, INT)).toBe(LONG);
    expect(usualArithmetic(ULONG, INT)).toBe(ULONG);
  });

  test("values wrap to their type", () => {
    expect(normalize(0x80000000, INT)).toBe(-0x80000000);
    expect(normalize(-1, UINT)).toBe(0xffffffff);
    expect(normalize(300, UCHAR)).toBe(44);
    expect(normalize(200, CHAR)).toBe(-56);
    expect(normalize(2, BOOL)).toBe(1);
  });

  test("compatibility", () => {
    expect(compatible(pointerTo(INT), pointerTo(INT))).toBe(true);
    expect(compatible(pointerTo(INT), pointerTo(LONG))).toBe(false);
    expect(compatible(INT, LONG)).toBe(false);
    expect(compatible(arrayOf(INT, undefined), arrayOf(INT, 4))).toBe(true);
    const f = functionType(INT, [INT], false, true);
    expect(compatible(f, functionType(INT, [], false, false))).toBe(true);
    expect(compatible(f, functionType(INT, [CHAR], false, true))).toBe(false);
    expect(
      compatible(functionType(INT, [CHAR], false, true), functionType(INT, [], false, false)),
    ).toBe(false);
  });

  test("names as gcc prints them", () => {
    expect(typeToString(pointerTo(qualified(CHAR, CONST)))).toBe("const char *");
    expect(typeToString(qualified(pointerTo(CHAR), CONST))).toBe("char * const");
    expect(typeToString(pointerTo(functionType(INT, [INT], false, true)))).toBe("int (*)(int)");
    expect(typeToString(pointerTo(arrayOf(INT, 3)))).toBe("int (*)[3]");
    expect(typeToString(arrayOf(pointerTo(INT), 3))).toBe("int *[3]");
    expect(typeToString(functionType(VOID, [], false, true))).toBe("void(void)");
    expect(typeToString(ULONG)).toBe("long unsigned int");
    expect(typeToString(qualified(USHORT, CONST | VOLATILE))).toBe(
      "const volatile short unsigned int",
    );
    expect(quoteType(aliased(UINT, "size_t", undefined))).toBe("'size_t' {aka 'unsigned int'}");
  });
});
