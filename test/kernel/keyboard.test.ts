// The PS/2 keyboard and the line editor, typed on the keyboard rather than the serial line: in
// qemu-system-i386 (the oracle) with its monitor's `sendkey`, and in `logos boot` with a
// --script (which types on the PS/2 keyboard without --serial). The US layout with shift for
// every printable character, Backspace that stops at the prompt, Ctrl-U and Ctrl-C, the arrows,
// Home, End and Delete editing the line and walking the history must give the same console
// transcript (read from COM1, where the kernel echoes too) in both machines;
// Caps Lock, which `logos boot` cannot type, is checked in qemu alone.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { buildKernel, comparable, normalise, PROMPT, root } from "./helpers.ts";

const haveTools = oracle("gcc -m32") && oracle("qemu-system-i386");

/**
 * Lines typed at successive prompts; the last powers the machine off. The grey keys are written
 * as the escape sequences a terminal sends for them (a `logos boot` script types those keys).
 */
const LINES = [
  "echo Hello, World! (a_b) {x|y} ~`\"<>?:+=-;',./\\",
  "xx\b\b\bab\x15echo gone\x03",
  // Left, End, Home, Right, Delete and an insertion; then Up, Up, Down through the history.
  "echo wrld\x1b[D\x1b[D\x1b[Do\x1b[F!\x1b[H\x1b[C\x1b[C\x1b[C\x1b[C\x1b[C\x1b[3~W",
  "ab\x1b[A\x1b[A\x1b[B",
  "halt",
];

/** The grey keys: escape sequence and qemu's `sendkey` name. */
const GREY: Record<string, string> = {
  "\x1b[A": "up",
  "\x1b[B": "down",
  "\x1b[C": "right",
  "\x1b[D": "left",
  "\x1b[H": "home",
  "\x1b[F": "end",
  "\x1b[3~": "delete",
};

/** A line's keys: each escape sequence one key, each other character one key. */
function keysOf(line: string): string[] {
  return line.match(/\x1b\[\d*[~A-Z]|[^]/g) ?? [];
}

const SHIFTED: Record<string, string> = {
  "!": "1",
  "@": "2",
  "#": "3",
  $: "4",
  "%": "5",
  "^": "6",
  "&": "7",
  "*": "8",
  "(": "9",
  ")": "0",
  _: "minus",
  "+": "equal",
  "{": "bracket_left",
  "}": "bracket_right",
  ":": "semicolon",
  '"': "apostrophe",
  "~": "grave_accent",
  "|": "backslash",
  "<": "comma",
  ">": "dot",
  "?": "slash",
};
const PLAIN: Record<string, string> = {
  " ": "spc",
  "\n": "ret",
  "\b": "backspace",
  "-": "minus",
  "=": "equal",
  "[": "bracket_left",
  "]": "bracket_right",
  ";": "semicolon",
  "'": "apostrophe",
  "`": "grave_accent",
  "\\": "backslash",
  ",": "comma",
  ".": "dot",
  "/": "slash",
  "\x15": "ctrl-u",
  "\x03": "ctrl-c",
};

/** qemu's `sendkey` name for a character. */
function qemuKey(c: string): string {
  if (GREY[c]) return GREY[c];
  if (/[a-z0-9]/.test(c)) return c;
  if (/[A-Z]/.test(c)) return "shift-" + c.toLowerCase();
  if (SHIFTED[c]) return "shift-" + SHIFTED[c];
  if (PLAIN[c]) return PLAIN[c];
  throw new Error(`no qemu key for ${JSON.stringify(c)}`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let qemuRuns = 0;

/** Types `lines` (each at its prompt) with qemu's monitor; returns COM1's output. */
async function qemuTyped(image: string, dir: string, lines: string[][]): Promise<string> {
  const log = join(dir, `qemu-com1-${++qemuRuns}.log`);
  const child = spawn(
    "qemu-system-i386",
    [
      "-display",
      "none",
      "-serial",
      `file:${log}`,
      "-monitor",
      "stdio",
      "-nic",
      "none",
      "-m",
      "128",
      "-device",
      "isa-debug-exit,iobase=0xf4,iosize=0x04",
      "-drive",
      `file=${image},format=raw`,
    ],
    { stdio: ["pipe", "ignore", "ignore"] },
  );
  const closed = new Promise<void>((r) => child.on("close", () => r()));
  const output = (): string => (existsSync(log) ? readFileSync(log, "latin1") : "");
  try {
    for (let i = 0; i < lines.length; i++) {
      for (let t = 0; output().split(PROMPT).length - 1 <= i; t++) {
        if (t > 1200) throw new Error(`no prompt ${i + 1} from qemu:\n${output()}`);
        await sleep(50);
      }
      for (const key of lines[i]) {
        child.stdin.write(`sendkey ${key} 20\n`);
        await sleep(40);
      }
    }
    await Promise.race([closed, sleep(20_000)]);
  } finally {
    child.kill("SIGKILL");
  }
  return output();
}

describe.runIf(haveTools)("PS/2 keyboard", () => {
  it("types the same console transcript in qemu and logos boot", { timeout: 150_000 }, async () => {
    const { image, dir } = await buildKernel();
    const qemu = await qemuTyped(
      image,
      dir,
      LINES.map((l) => keysOf(l + "\n").map(qemuKey)),
    );
    // logos boot: a script typing each line after its prompt.
    const script = join(dir, "keys.script");
    const esc = (s: string): string =>
      [...s]
        .map((c) =>
          c < " " || c === "\\" ? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}` : c,
        )
        .join("");
    const steps = LINES.flatMap((l, i) => [
      i === 0 ? "expect logos> " : "expect [^]+logos> ",
      `send ${esc(l + "\n")}`,
    ]);
    writeFileSync(script, steps.join("\n") + "\n");
    const log = join(dir, "logos-com1.log");
    const r = spawnSync(
      process.execPath,
      [
        join(root, "bin/logos.js"),
        "boot",
        "--headless",
        "--script",
        script,
        "--port-log",
        `0x3f8:${log}`,
        "--timeout",
        "100",
        image,
      ],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(1); // halt: isa-debug-exit
    const t = normalise(qemu);
    expect(t).toContain(`${PROMPT}${LINES[0]}\n${LINES[0].slice(5)}\n`);
    // Backspace stops at the prompt; Ctrl-U erases "ab"; Ctrl-C abandons the line.
    expect(t).toContain(
      `${PROMPT}xx\b \b\b \bab\b \b\b \becho gone^C\n${PROMPT}\n${PROMPT}echo wrld`,
    );
    // The line editor: the same echo as from a terminal (boot.test.ts), the keys from the keyboard.
    expect(t).toContain(
      `${PROMPT}echo wrld\b\b\borld\b\b\brld!${"\b".repeat(11)}echo orld! ${"\b".repeat(6)}` +
        `World!${"\b".repeat(5)}orld!\nWorld!\n`,
    );
    expect(t).toContain(`${PROMPT}ab\b \b\b \becho World!${"\b \b".repeat(11)}echo Hello, World!`);
    expect(t).toContain(`echo World!\nWorld!\n${PROMPT}halt\nsystem halted.\n`);
    expect(comparable(normalise(readFileSync(log, "latin1")))).toBe(comparable(t));
  });

  it("Caps Lock shifts letters only (qemu)", { timeout: 60_000 }, async () => {
    const { image, dir } = await buildKernel();
    const keys = [
      "e",
      "c",
      "h",
      "o",
      "spc",
      "caps_lock",
      "a",
      "b",
      "1",
      "shift-c",
      "caps_lock",
      "d",
      "ret",
    ];
    const out = normalise(await qemuTyped(image, dir, [keys, ["h", "a", "l", "t", "ret"]]));
    expect(out).toContain(`${PROMPT}echo AB1cd\nAB1cd\n`);
  });
});
