// The linker against GNU ld: the same gcc -m32 and nasm objects linked by both must run natively
// with the same output and exit status, readelf must accept ours without a warning, and where the
// layout is deterministic (a script, or the default layout for these inputs) every defined
// symbol and every allocated section must have the same address as ld gives it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { writeArchive } from "../../compiler/obj/ar.ts";
import { writeElf32Relocatable } from "../../compiler/obj/elf32.ts";
import { oracle } from "../oracle.ts";
import { helloObject } from "./objects.ts";
import { Scratch, readSections, readSegments, readSymbols, readelfAll } from "./helpers.ts";

const haveTools = oracle("gcc -m32") && oracle("nasm") && oracle("ld") && oracle("readelf");

const START = `bits 32
global _start
extern main, sys_exit
section .text.boot progbits alloc exec align=16
_start:
    call main
    push eax
    call sys_exit
section .note.GNU-stack noalloc noexec nowrite progbits
`;

const SYS = `
int sys_write(int fd, const void *p, int n) {
  int r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(4), "b"(fd), "c"(p), "d"(n) : "memory");
  return r;
}
void sys_exit(int code) {
  __asm__ volatile("int $0x80" :: "a"(1), "b"(code));
  for (;;) {}
}
`;

const MAIN = `
int sys_write(int fd, const void *p, int n);
int counter;
static int total;
struct entry { const char *text; int len; };
static const char a_text[] = "alpha\\n";
static const char b_text[] = "beta\\n";
struct entry entries[] = { { a_text, 6 }, { b_text, 5 } };
__attribute__((weak)) int tweak(int x) { return x + 1; }
extern int optional_hook(int) __attribute__((weak));
int main(void) {
  for (int i = 0; i < 2; i++) {
    sys_write(1, entries[i].text, entries[i].len);
    total += entries[i].len;
    counter++;
  }
  if (optional_hook) total += optional_hook(1);
  return tweak(total) + counter;
}
`;

/** Overrides the weak `tweak` of main.c. */
const STRONG = `int tweak(int x) { return x * 2; }\n`;

/** Compares every defined symbol and allocated section of two executables. */
function expectSameLayout(ours: string, theirs: string): void {
  const a = readSymbols(ours);
  const b = readSymbols(theirs);
  const values = (m: Map<string, { value: number }>) =>
    Object.fromEntries([...m].map(([k, v]) => [k, "0x" + v.value.toString(16)]).sort());
  expect(values(a)).toEqual(values(b));
  const sa = Object.fromEntries([...readSections(ours)].sort());
  const sb = Object.fromEntries([...readSections(theirs)].sort());
  expect(sa).toEqual(sb);
}

describe.runIf(haveTools)("linking gcc -m32 and nasm objects, beside GNU ld", () => {
  const t = new Scratch();
  let objs: string[] = [];
  beforeAll(() => {
    objs = [t.nasm("start", START), t.cc("sys", SYS), t.cc("main", MAIN, ["-fcommon"])];
  });

  it("default layout: runs like ld's, same symbols and section addresses, readelf is silent", () => {
    expect(t.ld(["-static", "-o", "ld.out", ...objs]).stderr).toBe("");
    const r = t.logosc([...objs, "-nostdlib", "-static", "-o", "ours.out"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const ld = t.run(t.path("ld.out"));
    const ours = t.run(t.path("ours.out"));
    expect(ours).toEqual(ld);
    expect(ours).toEqual({ stdout: "alpha\nbeta\n", status: 14 });
    const re = readelfAll(t.path("ours.out"));
    expect(re.status).toBe(0);
    expect(re.stderr).toBe("");
    expectSameLayout(t.path("ours.out"), t.path("ld.out"));
    expect(readFileSync(t.path("ours.out"))[16]).toBe(2); // ET_EXEC
  });

  it("a strong definition overrides a weak one, as with ld", () => {
    const strong = t.cc("strong", STRONG);
    expect(t.ld(["-o", "ld2.out", ...objs, strong]).status).toBe(0);
    expect(t.logosc([...objs, strong, "-nostdlib", "-o", "ours2.out"]).status).toBe(0);
    expect(t.run(t.path("ours2.out"))).toEqual(t.run(t.path("ld2.out")));
    expect(t.run(t.path("ours2.out")).status).toBe(24);
  });

  it("a script with AT(), ALIGN, KEEP, PROVIDE, LONG/BYTE and /DISCARD/: same addresses and load addresses, runs", () => {
    const script = t.write(
      "user.ld",
      `/* A layout like a kernel's, at an address Linux can still run. */
ENTRY(_start)
SECTIONS
{
  . = 0x08100000;
  _image_start = .;
  .text : AT(ADDR(.text) - 0x08000000) { KEEP(*(.text.boot)) *(.text .text.*) }
  . = ALIGN(0x1000);
  .rodata : { *(.rodata .rodata.*) }
  .data ALIGN(0x1000) : AT(0x00200000) { *(.data .data.*) LONG(0xdeadbeef) BYTE(7) }
  .bss : { __bss_start = .; *(.bss .bss.*) *(COMMON) . = ALIGN(16); __bss_end = .; }
  PROVIDE(_kernel_end = .);
  PROVIDE(_never_referenced = .);
  _data_size = SIZEOF(.data);
  /DISCARD/ : { *(.comment) *(.note*) }
}
`,
    );
    const extra = t.cc(
      "ends",
      "extern char _kernel_end[], __bss_end[];\nint image_end(void) { return (int)_kernel_end - (int)__bss_end; }\n",
    );
    const inputs = [...objs, extra];
    expect(t.ld(["-T", script, "-o", "ld3.out", ...inputs]).stderr).toBe("");
    const r = t.logosc(["-T", script, ...inputs, "-nostdlib", "-o", "ours3.out"]);
    expect(r.stderr).toBe("");
    expect(readelfAll(t.path("ours3.out")).stderr).toBe("");
    expectSameLayout(t.path("ours3.out"), t.path("ld3.out"));
    expect(readSymbols(t.path("ours3.out")).has("_never_referenced")).toBe(false);
    // Load addresses: .text by AT, .rodata keeping .text's offset, .data by AT, .bss following.
    const paddr = (f: string) => readSegments(f).map((s) => [s.vaddr, s.paddr]);
    const ours = paddr(t.path("ours3.out"));
    expect(ours[0]).toEqual([0x08100000, 0x00100000]);
    for (const [v, p] of paddr(t.path("ld3.out"))) expect(ours).toContainEqual([v, p]);
    expect(t.run(t.path("ours3.out"))).toEqual(t.run(t.path("ld3.out")));
  });

  it("a higher-half kernel layout: the same symbol and load addresses as ld", () => {
    const script = t.write(
      "kernel.ld",
      `ENTRY(_start)
KERNEL_VMA = 0xC0000000;
SECTIONS
{
  . = 0x00100000;
  .boot : { *(.text.boot) }
  . += KERNEL_VMA;
  .text ALIGN(4K) : AT(ADDR(.text) - KERNEL_VMA) { *(.text .text.*) }
  .rodata ALIGN(4K) : AT(ADDR(.rodata) - KERNEL_VMA) { *(.rodata*) }
  .data ALIGN(4K) : AT(ADDR(.data) - KERNEL_VMA) { *(.data) }
  .bss ALIGN(4K) : AT(ADDR(.bss) - KERNEL_VMA) { *(COMMON) *(.bss) }
  _kernel_end = .;
  _kernel_phys_end = . - KERNEL_VMA;
  /DISCARD/ : { *(.comment) *(.note*) }
}
`,
    );
    expect(t.ld(["-T", script, "-o", "ld4.out", ...objs]).stderr).toBe("");
    const r = t.logosc(["-T", script, ...objs, "-nostdlib", "-o", "ours4.out"]);
    expect(r.stderr).toBe("");
    expect(readelfAll(t.path("ours4.out")).stderr).toBe("");
    expectSameLayout(t.path("ours4.out"), t.path("ld4.out"));
    const loads = (f: string) =>
      readSegments(f)
        .map((s) => `${s.paddr.toString(16)}+${s.memsz.toString(16)}`)
        .sort();
    // The same bytes end up at the same physical addresses (segments may be grouped differently).
    const cover = (f: string) => readSegments(f).reduce((n, s) => n + s.memsz, 0);
    expect(cover(t.path("ours4.out"))).toBe(cover(t.path("ld4.out")));
    expect(loads(t.path("ours4.out"))[0]).toBe(loads(t.path("ld4.out"))[0]);
  });

  it("PROVIDE for a symbol only the script uses, NOLOAD, and a plain number inside a section, as ld", () => {
    const o = t.nasm(
      "p",
      "global _start\nsection .text\n_start: ret\nsection .note.GNU-stack noalloc noexec nowrite progbits\n",
    );
    const script = t.write(
      "p.ld",
      "SECTIONS {\n PROVIDE(__stack_size = 0x2000);\n PROVIDE(__unused = 1);\n .text 0x1000 : { *(.text) . = 0x10; after_pad = .; }\n .stack (NOLOAD) : { . = . + __stack_size; stack_top = .; }\n}\n",
    );
    expect(t.ld(["-T", script, "--no-warn-rwx-segments", "-o", "p-ld", o]).stderr).toBe("");
    const r = t.logosc(["-T", script, o, "-nostdlib", "-o", "p-ours"]);
    expect(r.stderr).toBe("");
    expectSameLayout(t.path("p-ours"), t.path("p-ld"));
    expect(readSymbols(t.path("p-ours")).get("after_pad")!.value).toBe(0x1010);
    expect(readSymbols(t.path("p-ours")).has("__unused")).toBe(false);
  });

  it("-Ttext and -e as gcc passes them (-Wl,...) and directly", () => {
    expect(t.ld(["-Ttext", "0x09000000", "-e", "_start", "-o", "ld5.out", ...objs]).status).toBe(0);
    const r = t.logosc([
      ...objs,
      "-nostdlib",
      "-Wl,-Ttext=0x09000000",
      "-e",
      "_start",
      "-o",
      "ours5.out",
    ]);
    expect(r.stderr).toBe("");
    expect(readSymbols(t.path("ours5.out")).get("main")!.value).toBe(
      readSymbols(t.path("ld5.out")).get("main")!.value,
    );
    expect(t.logosc([...objs, "-nostdlib", "-Ttext", "0x09000000", "-o", "ours6.out"]).status).toBe(
      0,
    );
    expect(readFileSync(t.path("ours6.out"))).toEqual(readFileSync(t.path("ours5.out")));
    expect(t.run(t.path("ours6.out")).status).toBe(14);
  });

  it("--gc-sections keeps what ld keeps, at the same addresses", () => {
    const lib = t.cc(
      "unused",
      "int used_a(void) { return 1; }\nint dropped_b(void) { return 2; }\nint dropped_data[100] = {1};\n",
      ["-ffunction-sections", "-fdata-sections"],
    );
    const user = t.cc("user", "int used_a(void);\nint helper(void) { return used_a(); }\n", [
      "-ffunction-sections",
    ]);
    const inputs = [...objs, lib, user];
    expect(t.ld(["--gc-sections", "-o", "ld7.out", ...inputs]).status).toBe(0);
    const r = t.logosc([...inputs, "-nostdlib", "-Wl,--gc-sections", "-o", "ours7.out"]);
    expect(r.stderr).toBe("");
    const ours = readSymbols(t.path("ours7.out"));
    expect(ours.has("dropped_b")).toBe(false);
    expect(ours.has("dropped_data")).toBe(false);
    expect(ours.has("helper")).toBe(false);
    expectSameLayout(t.path("ours7.out"), t.path("ld7.out"));
    expect(t.run(t.path("ours7.out"))).toEqual(t.run(t.path("ld7.out")));
  });

  it("--gc-sections with a script: KEEP() roots what nothing refers to, as in ld", () => {
    const table = t.nasm(
      "table",
      "global handlers, unused_fn\nsection .handlers progbits alloc noexec nowrite align=4\nhandlers: dd 0x1234\nsection .text.unused progbits alloc exec nowrite\nunused_fn: ret\nsection .note.GNU-stack noalloc noexec nowrite progbits\n",
    );
    const script = t.write(
      "gc.ld",
      "ENTRY(_start)\nSECTIONS {\n  . = 0x08100000;\n  .text : { *(.text.boot) *(.text .text.*) }\n  .rodata ALIGN(4K) : { KEEP(*(.handlers)) *(.rodata .rodata.*) }\n  .data ALIGN(4K) : { *(.data .data.*) }\n  .bss : { *(.bss .bss.*) *(COMMON) }\n  /DISCARD/ : { *(.comment) *(.note*) }\n}\n",
    );
    const inputs = [...objs, table];
    expect(t.ld(["-T", script, "--gc-sections", "-o", "ld-gck.out", ...inputs]).stderr).toBe("");
    const r = t.logosc([
      "-T",
      script,
      ...inputs,
      "-nostdlib",
      "--gc-sections",
      "-o",
      "ours-gck.out",
    ]);
    expect(r.stderr).toBe("");
    const ours = readSymbols(t.path("ours-gck.out"));
    expect(ours.has("handlers")).toBe(true);
    expect(ours.has("unused_fn")).toBe(false);
    expectSameLayout(t.path("ours-gck.out"), t.path("ld-gck.out"));
  });

  it(".eh_frame as ld edits it: shared CIEs kept once, FDEs of dropped functions gone, same bytes", () => {
    const sources = [
      ["eh1", "int helper(int x) { return x * 3; }\nint unused_one(int x) { return x - 1; }\n"],
      [
        "eh2",
        "int helper(int);\nint tweak(int x) { return helper(x) + 1; }\nint unused_two(int x) { return x ^ 5; }\n",
      ],
    ];
    const eh = sources.map(([n, src]) => t.cc(n, src, ["-ffunction-sections"], true));
    const main = t.cc(
      "ehmain",
      MAIN.replace("__attribute__((weak)) int tweak(int x) { return x + 1; }", "int tweak(int);"),
      ["-fcommon"],
      true,
    );
    const inputs = [...objs.filter((o) => !o.endsWith("main.o")), main, ...eh];
    for (const gc of [[], ["--gc-sections"]]) {
      const tag = gc.length ? "gc" : "all";
      expect(t.ld([...gc, "-o", `ld-eh-${tag}.out`, ...inputs]).stderr).toBe("");
      const r = t.logosc([...inputs, "-nostdlib", ...gc, "-o", `ours-eh-${tag}.out`]);
      expect(r.stderr).toBe("");
      expectSameLayout(t.path(`ours-eh-${tag}.out`), t.path(`ld-eh-${tag}.out`));
      const frames = (f: string) =>
        t.tool("objdump", ["-s", "-j", ".eh_frame", f]).split("\n").slice(4).join("\n");
      expect(frames(t.path(`ours-eh-${tag}.out`))).toBe(frames(t.path(`ld-eh-${tag}.out`)));
      expect(t.run(t.path(`ours-eh-${tag}.out`))).toEqual(t.run(t.path(`ld-eh-${tag}.out`)));
    }
    expect(readSymbols(t.path("ours-eh-gc.out")).has("unused_two")).toBe(false);
    expect(readSymbols(t.path("ours-eh-all.out")).has("unused_two")).toBe(true);
  });

  it("archives: takes only the members needed (transitively), from ar's archives and ours", () => {
    const m1 = t.cc("m1", "int m3_value(void);\nint tweak(int x) { return x + m3_value(); }\n");
    const m2 = t.cc("m2", "int never_called(void) { return 99; }\n");
    const m3 = t.cc("m3", "int m3_value(void) { return 100; }\n");
    t.tool("ar", ["rcs", "libgnu.a", m1, m2, m3]);
    writeFileSync(
      t.path("libours.a"),
      writeArchive(
        ["m1.o", "m2.o", "a-rather-long-member-name-m3.o"].map((name, i) => ({
          name,
          data: readFileSync([m1, m2, m3][i]),
        })),
      ),
    );
    for (const lib of ["libgnu.a", "libours.a"]) {
      const ldOut = `ld-${lib}.out`;
      const ourOut = `ours-${lib}.out`;
      expect(
        t.ld([
          "-o",
          ldOut,
          ...objs.filter((o) => !o.endsWith("main.o")),
          t.cc(
            "main2",
            MAIN.replace(
              "__attribute__((weak)) int tweak(int x) { return x + 1; }",
              "int tweak(int);",
            ),
            ["-fcommon"],
          ),
          t.path(lib),
        ]).stderr,
      ).toBe("");
      const r = t.logosc([
        ...objs.filter((o) => !o.endsWith("main.o")),
        t.path("main2.o"),
        t.path(lib),
        "-nostdlib",
        "-Wl,-Map," + lib + ".map",
        "-o",
        ourOut,
      ]);
      expect(r.stderr).toBe("");
      expect(t.run(t.path(ourOut))).toEqual(t.run(t.path(ldOut)));
      expect(t.run(t.path(ourOut)).status).toBe(113);
      expect(readSymbols(t.path(ourOut)).has("never_called")).toBe(false);
      expectSameLayout(t.path(ourOut), t.path(ldOut));
      const map = readFileSync(t.path(lib + ".map"), "utf8");
      expect(map).toMatch(/m1\.o\)\n\s+\S*main2\.o \(tweak\)/);
    }
  });

  it("merges string literals and constants (SHF_MERGE) as ld does: same addresses, same bytes", () => {
    const shared = `int sys_write(int, const void *, int);
double scale(double x) { return x * 2.5; }
`;
    const s1 = t.cc(
      "str1",
      shared +
        `const char *name1(void) { return "shared string\\n"; }
int say1(void) { return sys_write(1, "one\\n", 4); }
`,
    );
    const s2 = t.cc(
      "str2",
      `int sys_write(int, const void *, int);
double scale2(double x) { return x * 2.5 + 1.0; }
const char *name2(void) { return "shared string\\n"; }
int say2(void) { return sys_write(1, "two\\n", 4) + sys_write(1, "ring\\n", 5); }
int main(void) { return say2() + say1_ref(); }
int say1_ref(void);
`,
    );
    const s3 = t.cc("str3", `int say1(void);\nint say1_ref(void) { return say1(); }\n`);
    const inputs = [...objs.filter((o) => !o.endsWith("main.o")), s1, s2, s3];
    expect(t.ld(["-o", "ld-merge.out", ...inputs]).stderr).toBe("");
    const r = t.logosc([...inputs, "-nostdlib", "-o", "ours-merge.out"]);
    expect(r.stderr).toBe("");
    expectSameLayout(t.path("ours-merge.out"), t.path("ld-merge.out"));
    const rodata = (f: string) =>
      t.tool("objdump", ["-s", "-j", ".rodata", f]).split("\n").slice(4).join("\n");
    expect(rodata(t.path("ours-merge.out"))).toBe(rodata(t.path("ld-merge.out")));
    expect(t.run(t.path("ours-merge.out"))).toEqual(t.run(t.path("ld-merge.out")));
    expect(t.run(t.path("ours-merge.out")).stdout).toBe("two\nring\none\n");
  });

  it("archives that need each other: an error in order, found in a --start-group, as with ld", () => {
    const a1 = t.cc("ga", "int gb(int);\nint tweak(int x) { return gb(x) + 1; }\n");
    const a2 = t.cc("ga2", "int ga2(int x) { return x * 2; }\n");
    const b1 = t.cc("gb", "int ga2(int);\nint gb(int x) { return ga2(x) + 100; }\n");
    t.tool("ar", ["rcs", "liba.a", a1, a2]);
    t.tool("ar", ["rcs", "libb.a", b1]);
    const main = t.cc(
      "gmain",
      MAIN.replace("__attribute__((weak)) int tweak(int x) { return x + 1; }", "int tweak(int);"),
      ["-fcommon"],
    );
    const base = [...objs.filter((o) => !o.endsWith("main.o")), main];
    // In order, libb.a's gb needs ga2 from liba.a, already searched: both fail.
    expect(t.ld(["-o", "g1-ld", ...base, "liba.a", "libb.a"]).stderr).toContain(
      "undefined reference to `ga2'",
    );
    const r1 = t.logosc([...base, "liba.a", "libb.a", "-nostdlib", "-o", "g1"]);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain("undefined reference to `ga2'");
    expect(
      t.ld(["-o", "g2-ld", ...base, "--start-group", "liba.a", "libb.a", "--end-group"]).stderr,
    ).toBe("");
    const r2 = t.logosc([
      ...base,
      "-nostdlib",
      "-Wl,--start-group,liba.a,libb.a,--end-group",
      "-o",
      "g2",
    ]);
    expect(r2.stderr).toBe("");
    expect(t.run(t.path("g2"))).toEqual(t.run(t.path("g2-ld")));
    expectSameLayout(t.path("g2"), t.path("g2-ld"));
  });

  it("objects written by our ELF writer link with our linker and run", () => {
    writeFileSync(t.path("hello.o"), writeElf32Relocatable(helloObject()));
    const r = t.logosc(["hello.o", "-nostdlib", "-o", "hello"]);
    expect(r.stderr).toBe("");
    expect(t.run(t.path("hello"))).toEqual({ stdout: "hello\n", status: 42 });
    expect(t.ld(["-o", "hello-ld", "hello.o"]).status).toBe(0);
    expectSameLayout(t.path("hello"), t.path("hello-ld"));
  });

  it("--oformat binary gives ld's bytes for a boot-sector-style layout", () => {
    const boot = t.nasm(
      "boot",
      `bits 16
global entry
extern message
section .text
entry:
    mov si, message
    jmp short entry
section .rodata
    dd entry
section .sig progbits alloc
    dw 0xaa55
`,
    );
    const msg = t.nasm("msg", "global message\nsection .rodata\nmessage: db 'hi', 0\n");
    const script = t.write(
      "boot.ld",
      `OUTPUT_FORMAT(binary)
SECTIONS {
  . = 0x7c00;
  .text : { *(.text) }
  .rodata : { *(.rodata) }
  .sig 0x7dfe : { *(.sig) }
}
`,
    );
    expect(t.ld(["-T", script, "-o", "boot-ld.bin", boot, msg]).stderr).toBe("");
    const r = t.logosc([
      "-T",
      script,
      boot,
      msg,
      "-nostdlib",
      "-Wl,--oformat=binary",
      "-e",
      "entry",
      "-o",
      "boot.bin",
    ]);
    expect(r.stderr).toBe("");
    const ours = readFileSync(t.path("boot.bin"));
    expect(ours.length).toBe(512);
    expect(ours).toEqual(readFileSync(t.path("boot-ld.bin")));
  });
});

describe.runIf(haveTools)("link errors, beside GNU ld", () => {
  const t = new Scratch();
  let base: string[] = [];
  beforeAll(() => {
    base = [t.nasm("start", START), t.cc("sys", SYS)];
  });

  it("undefined reference: names the object, function, section and offset; no output", () => {
    const m = t.cc("m", "int missing(int);\nint main(void) { return missing(3) + 1; }\n");
    const ld = t.ld(["-o", "ld.out", ...base, m]);
    expect(ld.status).not.toBe(0);
    const r = t.logosc([...base, m, "-nostdlib", "-o", "out"]);
    expect(r.status).toBe(1);
    // ld: "m.o: in function `main':\nm.c:(.text+0xa): undefined reference to `missing'"
    const where = /in function `main':\n\S*:\((\.text\+0x[0-9a-f]+)\)/.exec(ld.stderr)![1];
    expect(r.stderr).toContain(
      `m.o: in function \`main': (${where}): undefined reference to \`missing'`,
    );
    expect(existsSync(t.path("out"))).toBe(false);
  });

  it("multiple definition: names both places", () => {
    const a = t.cc("a", "int main(void) { return 0; }\nint dup(void) { return 1; }\n");
    const b = t.cc("b", "int dup(void) { return 2; }\n");
    expect(t.ld(["-o", "ld.out", ...base, a, b]).stderr).toContain("multiple definition of `dup'");
    const r = t.logosc([...base, a, b, "-nostdlib", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("b.o: in function `dup': (.text+0x0): multiple definition of `dup'");
    expect(r.stderr).toMatch(
      /note: \S*a\.o: in function `dup': \(\.text\+0x[0-9a-f]+\): first defined here/,
    );
  });

  it("relocation overflow: a 16-bit field that cannot hold the address", () => {
    const o = t.nasm(
      "far",
      "bits 16\nglobal _start\nextern far_away\nsection .text\n_start: dw far_away\n",
    );
    const script = t.write(
      "far.ld",
      "SECTIONS { .text 0x1000 : { *(.text) } far_away = 0x12345; }\n",
    );
    expect(t.ld(["-T", script, "-o", "ld.out", o]).stderr).toMatch(
      /relocation truncated to fit: R_386_16 against .*`far_away'/,
    );
    const r = t.logosc(["-T", script, o, "-nostdlib", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "far.o: in function `_start': (.text+0x0): relocation truncated to fit: R_386_16 against `far_away'",
    );
  });

  it("8- and 16-bit relocations (PC8, PC16, 8, 16): ld's bytes when they fit, ld's error when not", () => {
    const code = t.nasm(
      "r16",
      "bits 16\nglobal _start\nextern target, t8\nsection .text\n_start:\n  jmp short target\n  call target\n  db t8\n  dw target\n",
    );
    const fits = t.write(
      "fits.ld",
      "SECTIONS { .text 0x7c00 : { *(.text) } target = 0x7c40; t8 = 0xfe; }\n",
    );
    expect(
      t.ld(["-T", fits, "--oformat", "binary", "-e", "_start", "-o", "fits-ld.bin", code]).stderr,
    ).toBe("");
    const r = t.logosc([
      "-T",
      fits,
      code,
      "-nostdlib",
      "--oformat",
      "binary",
      "-e",
      "_start",
      "-o",
      "fits.bin",
    ]);
    expect(r.stderr).toBe("");
    expect(readFileSync(t.path("fits.bin"))).toEqual(readFileSync(t.path("fits-ld.bin")));
    const far = t.write(
      "far8.ld",
      "SECTIONS { .text 0x7c00 : { *(.text) } target = 0x7d00; t8 = 0x1fe; }\n",
    );
    const ld = t.ld(["-T", far, "-e", "_start", "-o", "far-ld.out", code]);
    const ours = t.logosc(["-T", far, code, "-nostdlib", "-e", "_start", "-o", "far.out"]);
    expect(ours.status).toBe(1);
    for (const type of ["R_386_PC8", "R_386_8"]) {
      expect(ld.stderr).toMatch(new RegExp(`relocation truncated to fit: ${type} against`));
      expect(ours.stderr).toContain(`relocation truncated to fit: ${type} against`);
    }
  });

  it("a reference into a /DISCARD/ed section, and a missing entry symbol (a warning), as ld says them", () => {
    const user = t.nasm("user", "global _start\nextern gone\nsection .text\n_start: call gone\n");
    const lost = t.nasm("lost", "global gone\nsection .lost progbits alloc exec\ngone: ret\n");
    const script = t.write(
      "lost.ld",
      "SECTIONS { .text 0x1000 : { *(.text) } /DISCARD/ : { *(.lost) } }\n",
    );
    const ld = t.ld(["-T", script, "-o", "ld.out", user, lost]);
    expect(ld.stderr).toContain("defined in discarded section `.lost' of");
    const r = t.logosc(["-T", script, user, lost, "-nostdlib", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /user\.o: in function `_start': \(\.text\+0x1\): `gone' referenced in section `\.text' of \S*user\.o: defined in discarded section `\.lost' of \S*lost\.o/,
    );
    const noEntry = t.nasm("noentry", "global main\nsection .text\nmain: ret\n");
    expect(t.ld(["-o", "ne-ld.out", noEntry]).stderr).toContain(
      "cannot find entry symbol _start; defaulting to 08049000",
    );
    const w = t.logosc([noEntry, "-nostdlib", "-o", "ne.out"]);
    expect(w.status).toBe(0);
    expect(w.stderr).toContain(
      "warning: cannot find entry symbol _start; defaulting to 0x08049000",
    );
  });

  it("ASSERT in a script: the message at its place when the condition fails, as ld reports it", () => {
    const script = t.write(
      "assert.ld",
      'SECTIONS {\n  .text 0x7c00 : { *(.text*) }\n  ASSERT(SIZEOF(.text) < 3, "boot code is too big")\n  .data : { *(.data) }\n}\nASSERT(ADDR(.data) > 0, "never shown");\n',
    );
    expect(
      t.ld(["-T", script, "--no-warn-rwx-segments", "-o", "ld.out", ...base]).stderr,
    ).toContain("boot code is too big");
    const r = t.logosc(["-T", script, ...base, "-nostdlib", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${script}:3:3: error: boot code is too big`);
    expect(r.stderr).not.toContain("never shown");
  });

  it("a script error points at the file, line and column, with the line and a caret", () => {
    const script = t.write("bad.ld", "SECTIONS {\n  .text : { *(.text) }\n  . = ;\n}\n");
    const r = t.logosc(["-T", script, ...base, "-nostdlib", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${script}:3:7: error: expected an expression before ';'`);
    expect(r.stderr).toContain("    3 |   . = ;\n      |       ^");
    expect(t.ld(["-T", script, "-o", "ld.out", ...base]).stderr).toContain(
      "bad.ld:3: syntax error",
    );
  });

  it("an undefined symbol in a script expression, and a missing input", () => {
    const script = t.write(
      "undef.ld",
      "SECTIONS {\n  . = nowhere + 4;\n  .text : { *(.text*) }\n}\n",
    );
    const r = t.logosc(["-T", script, ...base, "-nostdlib", "-o", "out"]);
    expect(r.stderr).toContain(
      `${script}:2:7: error: undefined symbol \`nowhere' referenced in expression`,
    );
    expect(t.ld(["-T", script, "-o", "ld.out", ...base]).stderr).toContain(
      "undefined symbol `nowhere' referenced in expression",
    );
    const m = t.logosc(["nope.o", "-nostdlib", "-o", "out"]);
    expect(m.status).toBe(1);
    expect(m.stderr).toContain("cannot find nope.o");
    expect(m.stderr).not.toMatch(/\n\s+at /); // no JavaScript stack
  });
});
