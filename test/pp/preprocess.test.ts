// Preprocessor features one by one, and the diagnostics bad input gets (position included).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../compiler/diag.ts";
import {
  preprocess,
  preprocessText,
  printPreprocessed,
  type PreprocessOptions,
} from "../../compiler/pp/preprocess.ts";
import type { PPToken } from "../../compiler/pp/token.ts";
import { oracle } from "../oracle.ts";

function pp(
  text: string,
  o: PreprocessOptions = {},
): { out: string; diags: string; toks: PPToken[] } {
  const sink = new DiagnosticSink();
  const toks = preprocessText("t.c", text, { noPredefined: true, ...o }, sink);
  return { out: toks.map((t) => t.image).join(" "), diags: sink.format(), toks };
}

describe("preprocessor", () => {
  it("classifies its output for the parser", () => {
    const { toks } = pp("#define T int\nT x = 0x10u;");
    expect(toks.map((t) => t.tokenType.name)).toEqual([
      "Int",
      "Identifier",
      "Assign",
      "IntegerLiteral",
      "Semicolon",
    ]);
  });

  it("traces expanded tokens to the macro use and their spelling in the macro", () => {
    const { toks } = pp("#define M(a) (a + 1)\nint y = M(2);");
    const plus = toks.find((t) => t.image === "+")!;
    expect(plus.expansion?.macro).toBe("M");
    expect(plus.expansion?.use.image).toBe("M");
    expect(plus.file.lineCol(plus.startOffset)).toEqual({ line: 1, col: 17 });
    const use = plus.expansion!.root;
    expect(use.file.lineCol(use.startOffset)).toEqual({ line: 2, col: 9 });
    // An argument's token stays spelled in the argument, with the parameter it replaced.
    const two = toks.find((t) => t.image === "2")!;
    expect(two.file.lineCol(two.startOffset)).toEqual({ line: 2, col: 11 });
    expect(two.expansion?.param?.startOffset).toBe(14);
    // Tokens of one context share one expansion record.
    const one = toks.find((t) => t.image === "1")!;
    expect(one.expansion).toBe(plus.expansion);
  });

  it("__FILE__, __LINE__ (of the use), __COUNTER__, #line", () => {
    expect(pp("#define L __LINE__\n\nL __FILE__ __COUNTER__ __COUNTER__").out).toBe('3 "t.c" 0 1');
    expect(pp('#line 100 "x.c"\n__LINE__ __FILE__\n__LINE__').out).toBe('100 "x.c" 101');
  });

  it("-D and -U", () => {
    expect(pp("A B C", { defines: ["A", "B=2+3", "C=x"], undefines: ["C"] }).out).toBe("1 2 + 3 C");
  });

  it('includes with "" from the including folder and <> from -I; #pragma once', () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-pp-"));
    mkInc(dir);
    const sink = new DiagnosticSink();
    const toks = preprocess(
      join(dir, "main.c"),
      { noPredefined: true, includeDirs: [join(dir, "inc")] },
      sink,
    );
    expect(sink.format()).toBe("");
    expect(toks.map((t) => t.image).join(" ")).toBe("local 2 sys 1 end");
  });

  it("missing include names the search path", () => {
    const { diags } = pp("#include <nope.h>\nx");
    expect(diags).toMatch(
      /^t\.c:1:10: error: nope\.h: No such file or directory \(searched: .*compiler\/include\)/,
    );
  });

  it("#error is fatal, #warning is not", () => {
    const r = pp("a\n#warning careful now\nb\n#error stop here\nc");
    expect(r.out).toBe("a b");
    expect(r.diags).toContain("t.c:2:2: warning: #warning careful now [-Wcpp]");
    expect(r.diags).toContain("t.c:4:2: error: #error stop here");
  });

  it("conditional structure errors", () => {
    expect(pp("#if 1\nx\n").diags).toContain("t.c:1: error: unterminated #if");
    expect(pp("#ifdef X\n#else\n#else\n#endif").diags).toContain(
      "t.c:3:2: error: #else after #else",
    );
    expect(pp("#if 1\n#else\n#elif 1\n#endif").diags).toContain(
      "t.c:3:2: error: #elif after #else",
    );
    expect(pp("#endif").diags).toContain("t.c:1:2: error: #endif without #if");
    expect(pp("#foo").diags).toContain("t.c:1:2: error: invalid preprocessing directive #foo");
    expect(pp("#if 0\n#foo\n#endif\nok").diags).toBe("");
  });

  it("#if expression errors", () => {
    expect(pp("#if 1 / 0\n#endif").diags).toContain("t.c:1:7: error: division by zero in #if");
    expect(pp("#if 1 +\n#endif").diags).toContain(
      "t.c:1:8: error: operator '+' has no right operand",
    );
    expect(pp("#if\n#endif").diags).toContain("t.c:1:4: error: #if with no expression");
    // gcc's own message has a stray space before the quote; Logos C's has not.
    expect(pp("#if 1 : 2\n#endif").diags).toContain("t.c:1:7: error: ':' without preceding '?'");
    expect(pp("#if 1, 0\n#elif (0, 1)\nyes\n#endif").out).toBe("yes");
    expect(pp("#if 1.0\n#endif").diags).toContain(
      "t.c:1:5: error: floating constant in preprocessor expression",
    );
    expect(pp("#if (1\n#endif").diags).toContain("t.c:1:5: error: missing ')' in expression");
  });

  it("macro argument count mismatch points at the closing parenthesis, with the macro's line", () => {
    const { diags } = pp("#define F(a, b) a\nF(1)\nF(1, 2, 3)");
    expect(diags).toContain('t.c:2:4: error: macro "F" requires 2 arguments, but only 1 given');
    expect(diags).toContain('t.c:3:10: error: macro "F" passed 3 arguments, but takes just 2');
    expect(diags).toContain('t.c:1: note: macro "F" defined here');
  });

  it("bad definitions and pastes", () => {
    expect(pp("#define F(x) #y").diags).toContain(
      "error: '#' is not followed by a macro parameter",
    );
    expect(pp("#define F(x) ## x").diags).toContain("error: '##' cannot appear at either end");
    expect(pp("#define C(a, b) a ## b\nC(., x)").diags).toContain(
      'error: pasting "." and "x" does not give',
    );
    expect(pp("#define A 1\n#define A 2").diags).toContain('t.c:2: warning: "A" redefined');
    expect(pp("#define A 1\n#define A 1").diags).toBe("");
  });

  it("# of a lone backslash: gcc's warning, and the backslash dropped (a valid literal)", () => {
    const r = pp("#define S(x) #x\nS(\\) S(a\\\\) S(b\\)");
    expect(r.out).toContain('"" "a\\\\" "b"');
    expect(r.diags).toContain("t.c:2:4: warning: invalid string literal, ignoring final '\\'");
  });

  it("_Pragma: malformed operands are errors at the operator; the parser never sees pragmas", () => {
    expect(pp("a _Pragma(x) b").diags).toContain(
      "t.c:1:3: error: _Pragma takes a parenthesized string literal",
    );
    expect(pp('#define P _Pragma("pack(1)")\na P b\n#pragma weak w\nc').out).toBe("a b c");
  });

  it("__has_include needs a header name; offsets after a line splice point into the file", () => {
    expect(pp("#if __has_include(1)\n#endif").diags).toContain(
      't.c:1:5: error: operator "__has_include" requires a header-name',
    );
    const { toks } = pp("a \\\nb c");
    expect(toks.map((t) => t.startOffset)).toEqual([0, 4, 6]);
  });

  it("an argument put next to ## and then expanded keeps its own spacing, as in gcc -E", () => {
    // The expansion of the argument must not change the tokens the `##` use put out.
    const { toks } = pp("#define g(a) [a]\n#define f(x) _ ## x x\nf(g( a))\n");
    expect(printPreprocessed(toks, false)).toBe("_g( a) [a]\n");
  });

  it("an argument list the file ends in is reported where reading stopped, as gcc does", () => {
    // After the last line break (`Scanner` keeps its place), in the file as written.
    const msg = 'error: unterminated argument list invoking macro "F"';
    expect(pp("#define F(x) x\nF(1,\n 2\n").diags).toContain(`t.c:3:3: ${msg}`);
    expect(pp("#define F(x) x\nF(1, \\\n 2 \\\n\n").diags).toContain(`t.c:4:1: ${msg}`);
  });

  it("unterminated comment and string", () => {
    expect(pp("x /* never").diags).toContain("t.c:1:3: error: unterminated comment");
    expect(pp('x "abc\ny').diags).toContain('t.c:1:3: error: missing terminating " character');
  });
});

function mkInc(dir: string): void {
  execFileSync("mkdir", ["-p", join(dir, "inc")]);
  writeFileSync(
    join(dir, "main.c"),
    '#include "local.h"\n#include "local.h"\n#include <sys.h>\nend\n',
  );
  writeFileSync(join(dir, "local.h"), "#pragma once\nlocal __LINE__\n");
  writeFileSync(join(dir, "inc", "sys.h"), "sys __LINE__\n");
}

// Our predefined macros have gcc -m32's values (those gcc defines; __logos__ is ours).
describe.runIf(oracle("gcc -m32"))("predefined macros = gcc -m32 -std=c11 -dM", () => {
  it("each value matches", () => {
    const gcc = new Map<string, string>();
    const dm = execFileSync("gcc", ["-m32", "-std=c11", "-dM", "-E", "-"], {
      input: "",
      encoding: "utf8",
    });
    for (const line of dm.split("\n")) {
      const m = /^#define (\w+) ?(.*)$/.exec(line);
      if (m) gcc.set(m[1], m[2]);
    }
    const sink = new DiagnosticSink();
    const names = ourNames();
    const gccDefines = names.filter((n) => gcc.has(n)).map((n) => `${n}=${gcc.get(n)}`);
    let checked = 0;
    for (const name of names) {
      if (name === "__logos__") continue;
      expect(gcc.has(name), name).toBe(true);
      const ours = preprocessText("p.c", name, {}, sink)
        .map((t) => t.image)
        .join(" ");
      const theirs = preprocessText("p.c", name, { noPredefined: true, defines: gccDefines }, sink)
        .map((t) => t.image)
        .join(" ");
      expect(ours, name).toBe(theirs);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
    expect(gcc.has("__GNUC__")).toBe(true); // we deliberately do not define it
    expect(pp("__GNUC__", { noPredefined: false }).out).toBe("__GNUC__");
  });
});

function ourNames(): string[] {
  const src = execFileSync(
    "grep",
    ["-o", "^#define [A-Za-z_0-9]*", join(import.meta.dirname, "../../compiler/pp/preprocess.ts")],
    {
      encoding: "utf8",
    },
  );
  return src
    .split("\n")
    .filter(Boolean)
    .map((l) => l.slice(8));
}
