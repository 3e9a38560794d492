// The IR's text form and verifier: every file of test/ir prints back to what parses to the same
// text; malformed text is a positioned diagnostic; the verifier names what is wrong.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { newTemp } from "../../compiler/ir/ir.ts";
import { functionText, parseModule, printModule } from "../../compiler/ir/text.ts";
import { verifyModule } from "../../compiler/ir/verify.ts";

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith(".ir"));

function parse(text: string, name = "t.ir") {
  const sink = new DiagnosticSink();
  const m = parseModule(new SourceFile(name, text), sink);
  return { m, messages: sink.format() };
}

describe("IR text round trip", () => {
  for (const f of files) {
    it(f, () => {
      const { m, messages } = parse(readFileSync(join(dir, f), "utf8"), f);
      expect(messages).toBe("");
      expect(verifyModule(m!)).toEqual([]);
      const printed = printModule(m!);
      const again = parse(printed);
      expect(again.messages).toBe("");
      expect(printModule(again.m!)).toBe(printed);
    });
  }

  it("prints temporaries that share a name apart", () => {
    const { m } = parse("function $f(%a) {\n@s\n    %.2 = add %a, 1\n    ret %.2\n}\n");
    const fn = m!.functions[0];
    const t = newTemp(fn); // id 2, so named `.2` too: the printer must tell them apart
    fn.blocks[0].insts.push({ op: "copy", dst: t, args: [fn.temps[1]] });
    fn.blocks[0].jump = { kind: "ret", value: t };
    expect(functionText(fn)).toBe("function $f(%a) {\n@s\n    %.2 = add %a, 1\n    %.2.1 = copy %.2\n    ret %.2.1\n}\n"); // prettier-ignore
  });

  it("reads an asm without operands before an assignment as two instructions", () => {
    const text = 'function $f() {\n@s\n    asm "nop" "" ""\n    %x = copy 1\n    ret %x\n}\n';
    const { m, messages } = parse(text);
    expect(messages).toBe("");
    expect(m!.functions[0].blocks[0].insts.map((i) => i.args.length)).toEqual([0, 1]);
    expect(functionText(m!.functions[0])).toBe(text);
  });

  it("keeps every kind of value, item and instruction", () => {
    const text = `export data $d = section ".rodata" align 8 { b "a\\"\\\\\\n\\x01", h -2, w $f-4, z 3 }
data $b = section ".bss" align 4 { z 16 }

function $f(%p, ...) pops 4 {
@entry
    %s = alloc 12, 4
    %a = argaddr 8
    blit %p, %s, 12
    %r = call $g(%a, byval 12 %s, -5, $d+3) pops 4
    call %p()
    storeb %r, %s
    jnz %r, @entry, @out
@out
    ret
}
`;
    const { m, messages } = parse(text);
    expect(messages).toBe("");
    expect(printModule(m!)).toBe(text);
  });
});

describe("IR text errors", () => {
  const cases: [string, string][] = [
    [
      "function $f() {\n@a\n    %x = frob 1\n    ret\n}\n",
      "t.ir:3:10: error: expected an instruction before 'frob'",
    ],
    ["function $f() {\n@a\n    jmp @nowhere\n}\n", "t.ir:3:9: error: undefined label @nowhere"],
    [
      "function $f() {\n@a\n    %x = add 1\n    ret\n}\n",
      "t.ir:3:10: error: 'add' takes 2 operands",
    ],
    [
      "function $f() {\n@a\n    storew 1\n    ret\n}\n",
      "t.ir:3:5: error: 'storew' takes 2 operands",
    ],
    [
      "function $f() {\n@a\n    add 1, 2\n    ret\n}\n",
      "t.ir:3:5: error: 'add' needs a result %name",
    ],
    ["data $x = align 3 { w 1 }\n", "t.ir:1:17: error: alignment must be a power of 2"],
    ["data $x = { h $y }\n", "t.ir:1:15: error: an address is a word ('w')"],
    ["function $f(%a, %a) {\n@a\n    ret\n}\n", "t.ir:1:17: error: parameter %a is named twice"],
    [
      "function $f() {\n@a\n    ret 99999999999\n}\n",
      "t.ir:3:9: error: '99999999999' is not a 32-bit integer",
    ],
  ];
  for (const [text, message] of cases) {
    it(message, () => {
      const { m, messages } = parse(text);
      expect(m).toBeNull();
      expect(messages.split("\n")[0]).toBe(message);
      expect(messages).toContain("^");
    });
  }
});

describe("IR verifier", () => {
  const verify = (text: string) => {
    const { m, messages } = parse(text);
    expect(messages).toBe("");
    return verifyModule(m!);
  };

  it("accepts a temporary assigned on every path", () => {
    expect(verify("function $f(%c) {\n@a\n jnz %c, @b, @d\n@b\n %x = copy 1\n jmp @e\n@d\n %x = copy 2\n jmp @e\n@e\n ret %x\n}\n")).toEqual([]); // prettier-ignore
  });

  it("finds a read on a path without an assignment", () => {
    expect(
      verify("function $f(%c) {\n@a\n jnz %c, @b, @e\n@b\n %x = copy 1\n jmp @e\n@e\n ret %x\n}\n"),
    ).toEqual([
      // prettier-ignore
      "function $f, block @e: %x may be read before it is assigned",
    ]);
  });

  it("finds a read before the assignment in a loop", () => {
    expect(
      verify("function $f() {\n@a\n jmp @l\n@l\n %y = add %x, 1\n %x = copy %y\n jmp @l\n}\n"),
    ).toEqual([
      // prettier-ignore
      "function $f, block @l: %x may be read before it is assigned",
    ]);
  });

  it("finds allocs outside the entry block and bad constants", () => {
    expect(
      verify(
        "function $f() {\n@a\n jmp @b\n@b\n %s = alloc 4, 3\n %t = alloc %s, 4\n blit %s, %t, 0\n ret\n}\n",
      ),
    ).toEqual([
      // prettier-ignore
      "function $f, block @b: '%s = alloc 4, 3': alloc outside the entry block",
      "function $f, block @b: '%s = alloc 4, 3': the alignment must be a constant power of 2",
      "function $f, block @b: '%t = alloc %s, 4': alloc outside the entry block",
      "function $f, block @b: '%t = alloc %s, 4': the size must be a positive constant",
      "function $f, block @b: 'blit %s, %t, 0': the size must be a positive constant",
    ]);
  });

  it("finds names defined twice", () => {
    expect(verify("data $x = { w 1 }\nfunction $x() {\n@a\n ret\n}\n")).toEqual(["$x is defined twice"]); // prettier-ignore
  });
});
