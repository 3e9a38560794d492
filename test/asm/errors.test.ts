// The assembler's errors: exact messages and positions (file:line:col, the line, a caret), the
// same lines nasm rejects in the same run, and nothing written when there are errors.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { ours, programs, run, Scratch } from "./helpers.ts";

const scratch = new Scratch();
afterAll(() => scratch.done());

interface Case {
  name: string;
  source: string;
  /** The heading lines we print, without the file name. */
  expect: string[];
  /** The whole message, source line and caret included, for the first diagnostic. */
  full?: string;
  format?: "bin" | "elf32";
  /** nasm reports it on another line (the end of the file, the macro's invocation): only its status is compared. */
  nasmElsewhere?: boolean;
}

const CASES: Case[] = [
  {
    name: "unknown mnemonic",
    source: "bits 16\n    movx ax, bx\n",
    expect: ["2:5: error: unknown mnemonic 'movx'"],
    full: "t.asm:2:5: error: unknown mnemonic 'movx'\n    2 |     movx ax, bx\n      |     ^~~~\n",
  },
  {
    name: "invalid operand combination, with the forms that exist",
    source: "bits 16\n    mov al, bx\n",
    expect: [
      "2:5: error: invalid combination of opcode and operands: 'mov al, bx'; the forms with that first operand are: mov r/m8,r8; mov r8,r/m8; mov al,moffs8; mov r8,imm8; mov r/m8,imm8",
    ],
    full:
      "t.asm:2:5: error: invalid combination of opcode and operands: 'mov al, bx'; the forms with that first operand are: mov r/m8,r8; mov r8,r/m8; mov al,moffs8; mov r8,imm8; mov r/m8,imm8\n" +
      "    2 |     mov al, bx\n      |     ^~~~~~~~~~\n",
  },
  {
    name: "wrong number of operands",
    source: "bits 32\n    push eax, ebx\n",
    expect: [
      "2:5: error: invalid combination of opcode and operands: 'push eax, ebx': 'push' takes 1 operand",
    ],
  },
  {
    name: "short jump out of range",
    source: "bits 16\n    jmp short there\n    times 200 nop\nthere:\n",
    expect: [
      "2:5: error: short jump is out of range: the target is 200 bytes away, a short jump reaches -128 to 127",
    ],
  },
  {
    name: "undefined symbol",
    source: "bits 32\nstart:\n    mov eax, [tabel + 4]\ntable: dd 0\n",
    expect: ["3:15: error: symbol 'tabel' is not defined"],
    full: "t.asm:3:15: error: symbol 'tabel' is not defined\n    3 |     mov eax, [tabel + 4]\n      |               ^~~~~\n",
  },
  {
    name: "a boot sector that is too large",
    source: "bits 16\norg 0x7c00\n    times 528 nop\n    times 510-($-$$) db 0\n    dw 0xaa55\n",
    expect: [
      "4:5: error: 'times' count is negative (-18): the section is already 528 bytes here, 18 over the 510 this line pads to",
    ],
  },
  {
    name: "operation size not specified",
    source: "bits 16\n    inc [bx]\n",
    expect: [
      "2:5: error: operation size not specified: write byte, word or dword before the memory operand",
    ],
  },
  {
    name: "value out of range (a warning, as in nasm)",
    source: "bits 16\n    db 256\n    mov al, 300\n",
    expect: [
      "2:8: warning: value 256 is out of range: byte data exceeds bounds",
      "3:5: warning: value 300 is out of range: byte data exceeds bounds",
    ],
  },
  {
    name: "a value known only further on, out of range: said once, at its line",
    source: "bits 16\n    mov al, BIG\n    jmp there\nthere: db 0\nBIG equ 300\n",
    expect: ["2:5: warning: value 300 is out of range: byte data exceeds bounds"],
  },
  {
    name: "an address the encoder cannot make: the caret is on the memory operand",
    source: "bits 32\n    mov eax, [esp*2]\n    lea eax, [ebx+ecx+edx]\n",
    expect: ["2:14: error: invalid effective address", "3:14: error: invalid effective address"],
    full: "t.asm:2:14: error: invalid effective address\n    2 |     mov eax, [esp*2]\n      |              ^~~~~~~\n",
  },
  {
    // nasm stops after the first pass's errors (the unknown mnemonic): only its status is compared.
    name: "errors in the order of their lines, whichever pass found them",
    source: "bits 32\n    jmp nowhere\n    movx eax\n    push eax, eax\n",
    expect: [
      "2:9: error: symbol 'nowhere' is not defined",
      "3:5: error: unknown mnemonic 'movx'",
      "4:5: error: invalid combination of opcode and operands: 'push eax, eax': 'push' takes 1 operand",
    ],
    nasmElsewhere: true,
  },
  {
    name: "an error inside a macro names the invocation",
    source: "bits 32\n%macro twice 1\n    inc %1\n    frob %1\n%endmacro\n    twice eax\n",
    expect: ["4:5: error: unknown mnemonic 'frob'", "6:5: note: in macro 'twice' invoked here"],
    nasmElsewhere: true,
  },
  {
    name: "a label defined twice",
    source: "bits 32\nhere: nop\nhere: nop\n",
    expect: [
      "3:1: error: symbol 'here' is already defined",
      "2:1: note: the first definition is here",
    ],
  },
  {
    name: "an external symbol in a flat binary",
    source: "bits 32\nextern puts\n    call puts\n",
    expect: [
      "3:5: error: 'puts' is an external symbol: -f bin has no relocations to leave for a linker (assemble with -f elf32)",
    ],
  },
  {
    name: "a floating-point constant",
    source: "bits 32\n    dd 1.5\n    dd 12q3\n",
    expect: [
      "2:8: error: floating-point constants ('1.5') are not supported",
      "3:8: error: '12q3' is not a number in any notation nasm knows",
    ],
    nasmElsewhere: true,
  },
  {
    name: "a missing %endif",
    source: "%if 1\n    nop\n",
    expect: ["1:1: error: '%if' without '%endif'"],
    nasmElsewhere: true,
  },
  {
    name: "an unknown preprocessor directive",
    source: "%defne X 1\n",
    expect: ["1:1: error: unknown preprocessor directive '%defne'"],
  },
  {
    name: "a macro called with the wrong number of arguments",
    source: "%macro pair 2\n    db %1, %2\n%endmacro\n    pair 1\n",
    expect: [
      "4:5: error: macro 'pair' takes 2 parameters, not 1",
      "1:8: note: 'pair' is defined here",
    ],
  },
];

function headings(messages: string): string[] {
  return messages
    .split("\n")
    .filter((l) => l.startsWith("t.asm:"))
    .map((l) => l.slice("t.asm:".length));
}

describe("assembler diagnostics", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = ours("t.asm", c.source, c.format ?? "bin");
      expect(headings(r.messages)).toEqual(c.expect);
      if (c.full !== undefined) expect(r.messages.startsWith(c.full)).toBe(true);
    });
  }
});

describe.runIf(oracle("nasm"))("nasm rejects the same lines", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const src = scratch.write(`e-${c.name.replace(/\W+/g, "-")}.asm`, c.source);
      const r = run("nasm", ["-f", c.format ?? "bin", "-o", scratch.path("e.out"), src]);
      const lineOf = (l: string) => /^\S+?:(\d+):/.exec(l)?.[1];
      const theirs = r.stderr
        .split("\n")
        .filter((l) => / (error|fatal|warning):/.test(l) && !l.includes("... from macro"))
        .map((l) => `${lineOf(l)} ${/ (error|fatal)/.test(l) ? "error" : "warning"}`);
      const mine = c.expect
        .filter((l) => !l.includes(" note: "))
        .map((l) => `${l.split(":")[0]} ${l.split(": ")[1]}`);
      const errors = (list: string[]) => list.filter((l) => l.endsWith("error"));
      if (c.nasmElsewhere) expect(r.status).not.toBe(0);
      else if (errors(mine).length > 0) expect(errors(theirs)).toEqual(errors(mine));
      else expect(theirs).toEqual(mine);
    });
  }
});

describe("logosc FILE.asm on the command line", () => {
  const logosc = (args: string[]) =>
    spawnSync(process.execPath, ["bin/logosc.js", ...args], { encoding: "utf8" });

  it("writes the flat binary with -f bin -o", () => {
    const src = scratch.write("ok.asm", "bits 16\norg 0x100\n    mov ax, msg\nmsg: db 'hi'\n");
    const out = scratch.path("ok.bin");
    const r = logosc([src, "-f", "bin", "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect([...readFileSync(out)]).toEqual([0xb8, 0x03, 0x01, 0x68, 0x69]);
  });

  it("writes nothing and exits 1 on errors", () => {
    const src = scratch.write("bad.asm", "bits 16\n    movx ax, bx\n");
    const out = scratch.path("bad.bin");
    const r = logosc([src, "-f", "bin", "-o", out, "-l", scratch.path("bad.lst")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.asm:2:5: error: unknown mnemonic 'movx'");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(scratch.path("bad.lst"))).toBe(false);
  });

  it("-D, -I and -l on the command line, as nasm takes them", () => {
    const inc = scratch.path("inc");
    spawnSync("mkdir", ["-p", inc]);
    scratch.write("inc/values.mac", "%define GREETING 'hi'\n");
    const src = scratch.write(
      "opts.asm",
      '%include "values.mac"\nbits 32\n    mov eax, COUNT\n    db GREETING, 0\n',
    );
    const out = scratch.path("opts.bin");
    const lst = scratch.path("opts.lst");
    const r = logosc([src, "-D", "COUNT=7", "-I", inc, "-f", "bin", "-o", out, "-l", lst]);
    expect(r.stderr).toBe("");
    expect([...readFileSync(out)]).toEqual([0xb8, 7, 0, 0, 0, 0x68, 0x69, 0]);
    if (oracle("nasm")) {
      const nasmLst = scratch.path("opts.nasm.lst");
      const n = run("nasm", [
        src,
        "-DCOUNT=7",
        "-I",
        inc + "/",
        "-f",
        "bin",
        "-o",
        scratch.path("n.bin"),
        "-l",
        nasmLst,
      ]);
      expect(n.status, n.stderr).toBe(0);
      expect(readFileSync(lst, "utf8")).toBe(readFileSync(nasmLst, "utf8"));
    }
  });

  it("says so when the file cannot be read", () => {
    const r = logosc([scratch.path("missing.asm"), "-o", scratch.path("m.bin")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read '.*missing\.asm': ENOENT/);
  });
});

describe("broken input never crashes the assembler", () => {
  // Programs from the corpus with random damage: characters deleted, duplicated or replaced by
  // punctuation. Whatever comes out must be diagnostics, never a thrown exception.
  const sources = readdirSync(programs)
    .filter((f) => f.endsWith(".asm"))
    .map((f) => readFileSync(join(programs, f), "utf8"));
  const count = process.env.LOGOS_FULL ? 2000 : 200;
  it(`${count} damaged programs`, () => {
    let s = 12345;
    const rand = (n: number) => {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      return s % n;
    };
    const junk = "[]:,+-*/%$()'\"`;{}\\<>=!~&|^.0x9 \n";
    for (let k = 0; k < count; k++) {
      let text = sources[rand(sources.length)];
      for (let d = 1 + rand(6); d > 0; d--) {
        const at = rand(text.length);
        const op = rand(3);
        if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + rand(8));
        else if (op === 1)
          text = text.slice(0, at) + text.slice(at, at + rand(12)) + text.slice(at);
        else text = text.slice(0, at) + junk[rand(junk.length)] + text.slice(at + 1);
      }
      for (const format of ["bin", "elf32"] as const) {
        let threw: unknown;
        try {
          ours(`damaged${k}.asm`, text, format, [programs], true);
        } catch (e) {
          threw = e;
        }
        expect(
          threw,
          `damaged program ${k} (${format}): ${(threw as Error)?.stack}\n${text}`,
        ).toBeUndefined();
      }
    }
  });
});
