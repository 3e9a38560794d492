// The kernel boots: `logosc build kernel-src` makes an image that qemu-system-i386 (the oracle
// PC) boots through our MBR and loader to the kernel's monitor, and a kernel ELF that qemu's
// Multiboot loader (-kernel) boots too. Driven through the serial console: the banner, the
// memory map, the prompt, every monitor command with its expected output, the line editor, the
// self-test, and `halt` ending the machine through isa-debug-exit. The same image boots in
// `logos boot --serial --headless` at the same time, and its transcript must be qemu's, but for
// what comparable() masks.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../compiler/build.ts";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { oracle } from "../oracle.ts";
import {
  bootBoth,
  buildKernel,
  comparable,
  kernelSrc,
  normalise,
  PROMPT,
  QEMU_ARGS,
  serialSession,
  type Session,
} from "./helpers.ts";

const haveTools = oracle("gcc -m32") && oracle("qemu-system-i386");

/** The monitor script both boots run, and what each command must print. */
const SCRIPT = [
  "help",
  "mem",
  "lsmem",
  "cpuid",
  "ticks",
  "uptime",
  "echo hello,   world",
  // Cursor keys as a terminal sends them (ANSI): Left, End, Home, Right, Delete, then insert.
  "echo wrld\x1b[D\x1b[D\x1b[Do\x1b[F!\x1b[H\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[3~W",
  // History: Up twice, Down once; then Up and Down back to the line being typed; then Ctrl-A
  // and Ctrl-E, and the VT220 and SS3 spellings of Home, End and Left.
  "\x1b[A\x1b[A\x1b[B",
  "echo dr\x1b[A\x1b[Baft",
  "cho ctrl\x01e\x05-a\x1b[1~\x1b[4~\x1bOD\x1bOH\x1bOF!",
  // A lone Esc is dropped, the byte after it typed; an unknown sequence is dropped whole; the
  // modifiers of ESC [ 1 ; 5 D (Ctrl-Left) are ignored.
  "echo \x1bl\x1b[99Xone\x1b[1;5D\x1b[1;5DL",
  // Line editing: Backspace cannot eat the prompt; Ctrl-U erases the line; Ctrl-C abandons it.
  "\x7f\x7f\x7fechp\x7fo edited",
  "garbage\x15echo after ctrl-u",
  "echo never\x03",
  "nosuch",
  "clear",
  "selftest",
  "mem",
  "halt",
];

/** The output of each command in a transcript: the text between its prompt line and the next. */
function replies(transcript: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const parts = transcript.split(PROMPT).slice(1);
  for (const part of parts) {
    const nl = part.indexOf("\n");
    const line = nl < 0 ? part : part.slice(0, nl);
    const list = out.get(line) ?? [];
    list.push(nl < 0 ? "" : part.slice(nl + 1));
    out.set(line, list);
  }
  return out;
}

let sessions: Promise<[Session, Session]> | undefined;

/** The script's run in qemu and in logos boot (once; both tests read it). */
function monitorSessions(): Promise<[Session, Session]> {
  sessions ??= buildKernel().then(({ image }) => bootBoth(image, SCRIPT));
  return sessions;
}

describe.runIf(haveTools)("kernel boots in qemu-system-i386", () => {
  it("from the disk image: MBR, loader, kernel, monitor", { timeout: 150_000 }, async () => {
    const [s] = await monitorSessions();
    const t = normalise(s.output);
    // halt wrote 0 to isa-debug-exit: qemu exits with (0 << 1) | 1.
    expect(s.status, t).toBe(1);
    expect(t).toMatch(/^Logos kernel 0\.1 \(stage 1\)\n/);
    expect(t).toContain('boot loader: logos, command line: "loglevel=7"\n');
    expect(t).toMatch(/kernel: 0xc0100000-0xc01[0-9a-f]{5} \(physical 0x00100000\)\n/);
    // qemu's E820 map with -m 128: low memory, and RAM from 1 MiB to 128 MiB less 128 KiB.
    expect(t).toMatch(
      /memory map \(E820, \d+ entries\):\n {2}0x0000000000000000 \+0x000000000009fc00 usable\n/,
    );
    expect(t).toContain("  0x0000000000100000 +0x0000000007ee0000 usable\n");
    expect(t).toContain("paging: kernel in the higher half, low identity map removed\n");
    expect(t).toMatch(/timer: PIT at 100 Hz/);

    const r = replies(t);
    expect(r.get("help")![0]).toMatch(
      /^ {2}help +this list\n(.*\n)* {2}fault divide\|pagefault\|gpf\|ud/,
    );
    expect(r.get("mem")![0]).toMatch(
      /^pages: (\d+) free, (\d+) used, (\d+) total \(\d+ KiB free\)\nheap: /,
    );
    expect(r.get("lsmem")![0]).toContain("  0x0000000000100000-0x0000000007fdffff usable\n");
    expect(r.get("cpuid")![0]).toMatch(
      /^vendor: \w{12}, highest leaf: \d+\nfamily \d+, model \d+, stepping \d+\nfeatures: fpu/,
    );
    expect(r.get("ticks")![0]).toMatch(/^\d+ ticks \(100 Hz\)\n$/);
    expect(r.get("uptime")![0]).toMatch(/^up 0:00:\d\d\.\d\d\n$/);
    expect(r.get("echo hello,   world")![0]).toBe("hello, world\n");
    // Left moves back with "\b"; an insertion redraws the tail and steps back over it; Delete
    // redraws the tail over one blank; Up/Down erase the line and type the recalled one.
    expect(t).toContain(
      `${PROMPT}echo wrld\b\b\borld\b\b\brld!${"\b".repeat(11)}echo orld! ${"\b".repeat(6)}` +
        `World!${"\b".repeat(5)}orld!\nWorld!\n`,
    );
    expect(t).toContain(
      `${PROMPT}echo World!${"\b \b".repeat(11)}echo hello,   world${"\b \b".repeat(19)}` +
        `echo World!\nWorld!\n`,
    );
    expect(t).toContain(
      `${PROMPT}echo dr${"\b \b".repeat(7)}echo World!${"\b \b".repeat(11)}echo draft\ndraft\n`,
    );
    expect(t).toContain("\nctrl-a!\n");
    expect(t).toContain("\nloLne\n");
    // The line editor echoes each key and erases with "\b \b"; what ran is what was left.
    expect(t).toContain("\nedited\n");
    expect(t).toContain("\nafter ctrl-u\n");
    expect(t).toContain("^C\n" + PROMPT);
    expect(t).not.toContain("\nnever\n");
    expect(r.get("nosuch")![0]).toBe("nosuch: unknown command (try 'help')\n");
    // clear: the screen, and on the serial line the ANSI "erase display, cursor home".
    expect(s.output).toContain("clear\r\n\x1b[2J\x1b[H");
    expect(r.get("selftest")![0]).toMatch(
      /^selftest: pages: \d+ allocations and \d+ frees checked\nselftest: heap: \d+ allocations and \d+ frees checked\nselftest: nofault: 8 copies checked\nselftest: passed\n$/,
    );
    // After the self-test every page is back: the free count is what it was.
    const free = r.get("mem")!.map((x) => /pages: (\d+) free/.exec(x)![1]);
    const heap = r.get("mem")![1];
    expect(heap).toMatch(/heap: \d+ bytes mapped, 0 bytes in 0 blocks, 1 free blocks\n/);
    // The self-test's heap took pages (its page tables and heap pages stay mapped): at most a few dozen.
    expect(Number(free[0]) - Number(free[1])).toBeLessThan(64);
    expect(t).toMatch(/halt\nsystem halted\.\n$/);
  });

  it("in logos boot, with qemu's transcript", { timeout: 150_000 }, async () => {
    const [qemu, logos] = await monitorSessions();
    expect(logos.status).toBe(qemu.status);
    expect(comparable(normalise(logos.output))).toBe(comparable(normalise(qemu.output)));
  });

  it("reboot resets the machine, which boots again", { timeout: 150_000 }, async () => {
    const { image } = await buildKernel();
    const [qemu, logos] = await bootBoth(image, ["reboot", "halt"]);
    const t = normalise(qemu.output);
    expect(qemu.status, t).toBe(1);
    expect(t).toMatch(/logos> reboot\nrebooting\.\.\.\n[^]*Logos kernel 0\.1[^]*logos> halt\n/);
    expect(logos.status).toBe(1);
    // The BIOS's output between the two boots differs (SeaBIOS prints a banner); the kernel's not.
    const kernelPart = (x: string): string => x.replace(/rebooting\.\.\.\n[^]*?Logos kernel/, "");
    expect(comparable(kernelPart(normalise(logos.output)))).toBe(comparable(kernelPart(t)));
  });

  it("a kernel of many loader chunks is loaded whole", { timeout: 150_000 }, async () => {
    // 300 KB of read-only data in the middle of the kernel: the loader reads 64 sectors at a
    // time, so only a loop that reads every chunk brings in what follows — .data, and the
    // symbol table at the very end, which the backtrace needs to name anything.
    const dir = mkdtempSync(join(tmpdir(), "logos-bigkernel-"));
    const tree = join(dir, "kernel-src");
    cpSync(kernelSrc, tree, { recursive: true });
    writeFileSync(
      join(tree, "kernel/padding.c"),
      "const unsigned char kernel_padding[300000] = {1, [299999] = 2};\n",
    );
    process.env.LOGOS_KERNEL_CC = "gcc";
    const sink = new DiagnosticSink();
    const built = await build({ dir: tree, output: join(dir, "out.img") }, sink);
    delete process.env.LOGOS_KERNEL_CC;
    expect(built, sink.format()).toBeDefined();
    expect(built!.layout.kernelSectors).toBeGreaterThan(8 * 64);
    const [qemu, logos] = await bootBoth(join(dir, "out.img"), ["fault ud"], "system halted.");
    for (const t of [normalise(qemu.output), normalise(logos.output)]) {
      expect(t).toMatch(/#0 0x[0-9a-f]{8} fault_ud\+0x[0-9a-f]+\n {2}#1 0x[0-9a-f]{8} cmd_fault\+/);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("from the kernel ELF with qemu -kernel (Multiboot)", { timeout: 60_000 }, async () => {
    const { elf } = await buildKernel();
    const s = await serialSession(
      "qemu-system-i386",
      [...QEMU_ARGS, "-kernel", elf, "-append", "loglevel=7 from=multiboot"],
      ["lsmem", "halt"],
    );
    const t = normalise(s.output);
    expect(s.status, t).toBe(1);
    // qemu passes the kernel's path first, then -append's words.
    expect(t).toMatch(
      /boot loader: multiboot, command line: "\S*out\.elf loglevel=7 from=multiboot"\n/,
    );
    expect(t).toContain("  0x0000000000100000 +0x0000000007ee0000 usable\n");
    expect(t).toContain("paging: kernel in the higher half, low identity map removed\n");
    expect(replies(t).get("lsmem")![0]).toContain(
      "  0x0000000000100000-0x0000000007fdffff usable\n",
    );
  });
});
