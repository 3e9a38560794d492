// The -O1 passes one at a time, on IR text: each case is the function before and after the pass
// (QBE's way of testing passes). That the passes keep programs' meaning is tested by running the
// programs of test/ir optimised against their gcc references (test/backend/programs.test.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import type { Function } from "../../compiler/ir/ir.ts";
import { propagateCopies } from "../../compiler/ir/copy.ts";
import { eliminateCommonSubexpressions } from "../../compiler/ir/cse.ts";
import { removeDeadCode } from "../../compiler/ir/dead.ts";
import { evaluate, foldConstants } from "../../compiler/ir/fold.ts";
import { ModuleLowering } from "../../compiler/ir/lower.ts";
import { optimizeFunction } from "../../compiler/ir/opt.ts";
import { reduceStrength } from "../../compiler/ir/strength.ts";
import { functionText, parseModule } from "../../compiler/ir/text.ts";
import { verifyModule } from "../../compiler/ir/verify.ts";
import { checkFile } from "../../compiler/parse/syntax.ts";

/** Runs `pass` on the one function of `before` and returns its text. */
function run(pass: (fn: Function) => unknown, before: string): string {
  const sink = new DiagnosticSink();
  const m = parseModule(new SourceFile("t.ir", before), sink);
  if (!m) throw new Error(sink.format());
  expect(verifyModule(m)).toEqual([]);
  pass(m.functions[0]);
  expect(verifyModule(m)).toEqual([]);
  return functionText(m.functions[0]);
}

const fn = (body: string, params = "%a, %b") => `function $f(${params}) {\n${body.trim().split("\n").map((l) => (l.trim().startsWith("@") ? l.trim() : "    " + l.trim())).join("\n")}\n}\n`; // prettier-ignore

describe("fold", () => {
  it("evaluates as i386 does", () => {
    expect(evaluate("add", 0x7fffffff, 1)).toBe(-0x80000000);
    expect(evaluate("mul", 0x10000, 0x10000)).toBe(0);
    expect(evaluate("div", -7, 2)).toBe(-3);
    expect(evaluate("rem", -7, 2)).toBe(-1);
    expect(evaluate("udiv", -1, 2)).toBe(0x7fffffff);
    expect(evaluate("urem", -1, 10)).toBe(5);
    expect(evaluate("shl", 1, 33)).toBe(2);
    expect(evaluate("shr", -1, 28)).toBe(15);
    expect(evaluate("sar", -16, 2)).toBe(-4);
    expect(evaluate("ult", -1, 1)).toBe(0);
    expect(evaluate("slt", -1, 1)).toBe(1);
    expect(evaluate("extsb", 0x80, 0)).toBe(-128);
    expect(evaluate("extuh", -1, 0)).toBe(0xffff);
    expect(evaluate("div", 1, 0)).toBeNull();
    expect(evaluate("div", -0x80000000, -1)).toBeNull();
  });

  it("propagates constants assigned once and folds", () => {
    expect(
      run(foldConstants, fn(`@s\n%n = copy 10\n%m = mul %n, 4\n%x = add %a, %m\nret %x`)),
    ).toBe(fn(`@s\n%n = copy 10\n%m = copy 40\n%x = add %a, 40\nret %x`));
  });

  it("propagates within a block a temporary assigned several times", () => {
    expect(
      run(
        foldConstants,
        fn(`@s\n%i = copy 1\n%i = add %i, 1\n%x = shl %a, %i\n%i = copy %a\nret %i`),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%i = copy 1\n%i = copy 2\n%x = shl %a, 2\n%i = copy %a\nret %i`),
    );
  });

  it("applies identities and folds addresses", () => {
    expect(
      run(
        foldConstants,
        fn(
          `@s\n%x = add %a, 0\n%y = mul %x, 1\n%z = sub %y, %y\n%p = add $t, 8\n%q = sub %p, 4\n%w = and %b, 0\nret %z`,
        ),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%x = copy %a\n%y = copy %x\n%z = copy 0\n%p = copy $t+8\n%q = copy $t+4\n%w = copy 0\nret 0`),
    );
  });

  it("leaves traps to run time", () => {
    const text = fn(`@s\n%x = div 1, 0\n%y = rem -2147483648, -1\nret %x`);
    expect(run(foldConstants, text)).toBe(text);
  });

  it("turns a branch on a constant into a jump", () => {
    expect(run(foldConstants, fn(`@s\n%c = slt 1, 2\njnz %c, @y, @n\n@y\nret 1\n@n\nret 0`))).toBe(
      fn(`@s\n%c = copy 1\njmp @y\n@y\nret 1\n@n\nret 0`),
    );
  });
});

describe("copy propagation", () => {
  it("replaces a copy of a temporary assigned once", () => {
    expect(run(propagateCopies, fn(`@s\n%x = copy %a\njmp @b\n@b\n%y = add %x, %x\nret %y`))).toBe(
      fn(`@s\n%x = copy %a\njmp @b\n@b\n%y = add %a, %a\nret %y`),
    );
  });

  it("within a block, until either side is assigned again", () => {
    expect(
      run(
        propagateCopies,
        fn(`@s\n%x = copy %a\n%x = copy %b\n%y = add %x, 1\n%b = copy 0\n%z = add %x, %y\nret %z`),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%x = copy %a\n%x = copy %b\n%y = add %b, 1\n%b = copy 0\n%z = add %x, %y\nret %z`),
    );
  });

  it("assigns a computed value straight to the copy's target", () => {
    expect(
      run(
        propagateCopies,
        fn(`@s\n%i = copy 0\njmp @l\n@l\n%t = add %i, 1\n%i = copy %t\njnz %i, @l, @e\n@e\nret %i`),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%i = copy 0\njmp @l\n@l\n%i = add %i, 1\njnz %i, @l, @e\n@e\nret %i`),
    );
  });

  it("merges in a long block with work linear in its length", () => {
    // `s += …` n times: n merges in one block. Each was a splice once, moving the rest of the
    // block (a function of 150,000 statements: 9 s). The writes to the block's list are counted.
    const n = 400;
    let body = "@s\n%s = copy 0\n";
    for (let k = 0; k < n; k++) body += `%t${k} = add %s, %a\n%s = copy %t${k}\n`;
    const m = parseModule(new SourceFile("t.ir", fn(body + "ret %s")), new DiagnosticSink())!;
    const b = m.functions[0].blocks[0];
    let writes = 0;
    b.insts = new Proxy(b.insts, {
      set: (target, key, value) => (writes++, Reflect.set(target, key, value)),
      deleteProperty: (target, key) => (writes++, Reflect.deleteProperty(target, key)),
    });
    expect(propagateCopies(m.functions[0])).toBe(true);
    expect(b.insts.length).toBe(n + 1);
    expect(b.insts[n].op).toBe("add");
    expect(writes).toBeLessThan(2 * (2 * n + 1));
  });
});

describe("common subexpressions", () => {
  it("reuses a value computed earlier in the block, operands in either order", () => {
    expect(
      run(
        eliminateCommonSubexpressions,
        fn(`@s\n%x = add %a, %b\n%y = add %b, %a\n%z = sub %a, %b\n%w = sub %b, %a\nret %y`),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%x = add %a, %b\n%y = copy %x\n%z = sub %a, %b\n%w = sub %b, %a\nret %y`),
    );
  });

  it("forgets a value when an operand or the holder is assigned", () => {
    const text = fn(`@s\n%x = add %a, 1\n%a = copy 5\n%y = add %a, 1\n%z = mul %y, 2\n%y = copy 0\n%w = mul %y, 2\nret %w`); // prettier-ignore
    expect(run(eliminateCommonSubexpressions, text)).toBe(text);
  });

  it("reads operands through the copies made so far, so a chain is found in one walk", () => {
    expect(
      run(
        eliminateCommonSubexpressions,
        fn(`@s\n%p = shl %a, 2\n%q = add %b, %p\n%r = shl %a, 2\n%s = add %b, %r\nret %s`),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%p = shl %a, 2\n%q = add %b, %p\n%r = copy %p\n%s = copy %q\nret %s`),
    );
  });

  it("stops reading through a copy when its source or the copy is assigned", () => {
    // (Read through, %c would be the new %a, and %w would be %z: both wrong.)
    const text = fn(`@s\n%c = copy %a\n%a = copy 7\n%x = add %a, 5\n%y = add %c, 5\n%d = copy %b\n%d = copy 0\n%z = add %b, 2\n%w = add %d, 2\nret %w`); // prettier-ignore
    expect(run(eliminateCommonSubexpressions, text)).toBe(text);
  });

  it("never merges volatile loads", () => {
    const text = fn(`@s\n%x = loadw volatile %a\n%y = loadw volatile %a\n%z = add %x, %y\nret %z`);
    expect(run(eliminateCommonSubexpressions, text)).toBe(text);
  });

  it("keeps loads apart across stores and calls", () => {
    expect(
      run(
        eliminateCommonSubexpressions,
        fn(
          `@s\n%x = loadw %a\n%y = loadw %a\nstorew 1, %b\n%z = loadw %a\n%c = call $g()\n%w = loadw %a\nret %w`,
        ),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%x = loadw %a\n%y = copy %x\nstorew 1, %b\n%z = loadw %a\n%c = call $g()\n%w = loadw %a\nret %w`),
    );
  });
});

describe("dead code", () => {
  it("removes unread results, overwritten assignments and unreachable blocks", () => {
    expect(
      run(
        removeDeadCode,
        fn(
          `@s\n%x = copy 1\n%y = add %a, %b\n%x = copy %a\n%u = div %a, %b\nstorew %y, %b\nret %x\n@unreached\nret 0`,
        ),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%y = add %a, %b\n%x = copy %a\nstorew %y, %b\nret %x`),
    );
  });

  it("keeps volatile accesses whose value is unused", () => {
    const text = fn(`@s\n%x = loadw volatile %a\nstorew volatile 1, %b\nret 0`);
    expect(run(removeDeadCode, text)).toBe(text);
  });

  it("keeps a value read around a loop", () => {
    const text = fn(`@s\n%i = copy 0\njmp @l\n@l\n%i = add %i, 1\n%c = slt %i, %a\njnz %c, @l, @e\n@e\nret 0`); // prettier-ignore
    expect(run(removeDeadCode, text)).toBe(text);
  });

  it("threads jumps through empty blocks and merges straight-line blocks", () => {
    expect(
      run(
        removeDeadCode,
        fn(
          `@s\njnz %a, @e1, @e2\n@e1\njmp @x\n@e2\njmp @y\n@x\nret 1\n@y\n%z = add %a, 1\njmp @w\n@w\nret %z`,
        ),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\njnz %a, @x, @y\n@x\nret 1\n@y\n%z = add %a, 1\nret %z`),
    );
  });
});

describe("strength reduction", () => {
  it("multiplies, divides and takes remainders by powers of two with shifts and masks", () => {
    expect(
      run(
        reduceStrength,
        fn(
          `@s\n%m = mul %a, 8\n%u = udiv %a, 16\n%r = urem %a, 4\n%d = div %a, 4\n%e = rem %a, 8\n%k = mul %a, 10\nret %d`,
        ),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%m = shl %a, 3\n%u = shr %a, 4\n%r = and %a, 3\n%.8 = sar %a, 31\n%.9 = shr %.8, 30\n%.10 = add %a, %.9\n%d = sar %.10, 2\n%.11 = sar %a, 31\n%.12 = shr %.11, 29\n%.13 = add %a, %.12\n%.14 = and %.13, -8\n%e = sub %a, %.14\n%k = mul %a, 10\nret %d`), // prettier-ignore
    );
  });

  it("signed division by 2^k rounds toward zero for every sign", () => {
    for (const x of [-9, -8, -7, -1, 0, 1, 7, 8, 9, -0x80000000, 0x7fffffff])
      for (const k of [1, 2, 3, 30]) {
        const sign = x >> 31;
        const biased = (x + (sign >>> (32 - k))) | 0;
        expect(biased >> k).toBe(evaluate("div", x, 1 << k));
        expect((x - (biased & -(1 << k))) | 0).toBe(evaluate("rem", x, 1 << k));
      }
  });
});

describe("the -O1 pipeline", () => {
  it("reduces a counted loop to its essentials", () => {
    expect(
      run(
        optimizeFunction,
        fn(
          `@s\n%n = copy 4\n%s = copy 0\n%i = copy 0\njmp @c\n@c\n%k = slt %i, %n\njnz %k, @b, @d\n@b\n%o = mul %i, 4\n%p = add %a, %o\n%v = loadw %p\n%t = add %s, %v\n%s = copy %t\n%t2 = add %i, 1\n%i = copy %t2\njmp @c\n@d\nret %s`,
        ),
      ),
    ).toBe(
      // prettier-ignore
      fn(`@s\n%s = copy 0\n%i = copy 0\njmp @c\n@c\n%k = slt %i, 4\njnz %k, @b, @d\n@b\n%o = shl %i, 2\n%p = add %a, %o\n%v = loadw %p\n%s = add %s, %v\n%i = add %i, 1\njmp @c\n@d\nret %s`), // prettier-ignore
    );
  });
});

describe("the pipeline's skips", () => {
  it("merge a copy once dead code has dropped the other read of its source", () => {
    // %t is read twice until %y goes; only then does copy propagation merge %x's copy into it.
    expect(
      run(
        (f) => optimizeFunction(f, true),
        fn(`@s\n%x = copy 0\njnz %a, @b, @c\n@b\n%t = add %a, 1\n%x = copy %t\n%y = add %t, 2\njmp @c\n@c\nret %x`), // prettier-ignore
      ),
    ).toBe(fn(`@s\n%x = copy 0\njnz %a, @b, @c\n@b\n%x = add %a, 1\njmp @c\n@c\nret %x`));
  });

  // opt.ts runs a pass again only when another may have given it work. Each program of the
  // golden tests, lowered, is optimised with every skipped pass run anyway: none may find work.
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".c")) files.push(path);
    }
  }; // prettier-ignore
  walk(join(import.meta.dirname, "../golden"));
  walk(import.meta.dirname);
  it("skip only passes that would change nothing", () => {
    let functions = 0;
    for (const path of files) {
      const sink = new DiagnosticSink();
      const lowering = new ModuleLowering(sink);
      checkFile(path, { includeDirs: [] }, sink, (d) => {
        const f = lowering.external(d);
        if (f === undefined) return;
        optimizeFunction(f, true);
        functions++;
      });
    }
    expect(functions).toBeGreaterThan(1000);
  });
});
