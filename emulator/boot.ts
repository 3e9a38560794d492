// `logos boot IMAGE`: power on the PC with a disk image and run it until the guest powers off
// (isa-debug-exit), the run's goal is met (--expect, --script), time runs out (--timeout), the
// CPU shuts down (triple fault) or the user quits.
//
// The run loop steps the machine in slices and gives Node's event loop a turn between batches of
// slices (about every 15 ms of host time), so keys and serial input from the host arrive, the
// terminal front end redraws and timers fire. Everything the guest prints -- COM1, the 0xE9 debug
// console, and BIOS teletype output -- is collected into one transcript that --expect and the
// script's `expect` lines are matched against, along with the text on the VGA screen.
import { openSync, readFileSync, writeSync } from "node:fs";
import { Bios } from "./bios/bios.ts";
import { CS } from "./cpu/cpu.ts";
import { Machine } from "./machine.ts";
import { SymbolsError, readSymbols } from "./symbols.ts";
import { scancodesForInput } from "./devices/scancodes.ts";

export interface BootOptions {
  image: string;
  disk2?: string;
  write?: boolean;
  memoryMiB?: number;
  realtime?: boolean;
  bios?: string;
  serial?: boolean;
  headless?: boolean;
  send?: string[];
  expect?: string;
  timeoutSeconds?: number;
  script?: string;
  portLog?: string[];
  symbols?: string;
  /** Print a line with the instruction count and time at the end (stderr). */
  stats?: boolean;
}

export class BootError extends Error {}

/** One step of a --script: send text, or wait until the output matches. */
export type ScriptStep =
  { kind: "send"; text: string } | { kind: "expect"; re: RegExp; source: string };

/** Decodes C escapes (\n \r \t \e \\ \xHH \0 ...) in --send text and script lines. */
export function unescapeC(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    const table: Record<string, string> = {
      n: "\n",
      r: "\r",
      t: "\t",
      e: "\x1b",
      a: "\x07",
      b: "\b",
      f: "\f",
      v: "\v",
    };
    return table[e] ?? e;
  });
}

/**
 * A script: one step per line, `send TEXT` (C escapes) or `expect REGEX`; blank lines and lines
 * starting with # are skipped. Errors name the file and line.
 */
export function parseScript(text: string, file: string): ScriptStep[] {
  const steps: ScriptStep[] = [];
  text.split("\n").forEach((raw, k) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const m = /^\s*(send|expect)(?:\s(.*))?$/.exec(line);
    if (m === null)
      throw new BootError(
        `${file}:${k + 1}:1: error: expected 'send TEXT' or 'expect REGEX'\n ${line}\n ^`,
      );
    const arg = m[2] ?? "";
    if (m[1] === "send") steps.push({ kind: "send", text: unescapeC(arg) });
    else {
      try {
        steps.push({ kind: "expect", re: new RegExp(arg), source: arg });
      } catch (e) {
        const col = line.indexOf(arg) + 1;
        throw new BootError(
          `${file}:${k + 1}:${col}: error: ${(e as Error).message}\n ${line}\n ${" ".repeat(col - 1)}^`,
        );
      }
    }
  });
  return steps;
}

export interface Frontend {
  /** The monitor is open: the guest does not run. */
  paused: boolean;
  /** Redraw (called between batches of slices). */
  draw(): void;
  /** Restore the terminal. */
  close(): void;
}

/** Boots the image; resolves to the exit status. */
export async function boot(opts: BootOptions): Promise<number> {
  const started = performance.now();
  const deadline =
    opts.timeoutSeconds !== undefined ? started + opts.timeoutSeconds * 1000 : Infinity;
  let expectRe: RegExp | null = null;
  if (opts.expect !== undefined) {
    try {
      expectRe = new RegExp(opts.expect);
    } catch (e) {
      throw new BootError(`--expect: ${(e as Error).message}`);
    }
  }
  const script = opts.script !== undefined ? parseScript(readText(opts.script), opts.script) : [];
  if (opts.symbols !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(opts.symbols);
    } catch (e) {
      throw new BootError(`${opts.symbols}: ${(e as Error).message.replace(/^[A-Z]+: /, "")}`);
    }
    const { useSymbols } = await import("./report.ts");
    try {
      useSymbols(readSymbols(bytes, opts.symbols));
    } catch (e) {
      if (e instanceof SymbolsError) throw new BootError(e.message);
      throw e;
    }
  }
  let machine: Machine;
  try {
    machine = new Machine({
      memoryMiB: opts.memoryMiB,
      disk: opts.image,
      disk2: opts.disk2,
      write: opts.write,
      realtime: opts.realtime,
    });
  } catch (e) {
    throw new BootError((e as Error).message.replace(/^[A-Z]+: /, ""));
  }
  const m = machine;
  const bios = new Bios(m);
  const powerOn = (): void => {
    if (opts.bios !== undefined) loadFirmware(m, opts.bios);
    else bios.powerOn();
  };
  powerOn();

  // Output: the transcript (for matching) and where each stream goes.
  let transcript = "";
  let pendingOut = "";
  const serialOut = opts.serial === true;
  m.com1.onTransmit = (b) => {
    transcript += String.fromCharCode(b);
    if (serialOut) pendingOut += String.fromCharCode(b);
  };
  let debugOut = "";
  m.debugConsole.onByte = (b) => {
    transcript += String.fromCharCode(b);
    debugOut += String.fromCharCode(b);
  };
  bios.onTeletype = (ch) => {
    transcript += String.fromCharCode(ch);
  };
  const logs: { fd: number; buf: number[] }[] = [];
  for (const spec of opts.portLog ?? []) logs.push(openPortLog(m, spec));
  const e9Logged = (opts.portLog ?? []).some((s) => parsePort(s.split(":")[0]) === 0xe9);

  // Input: typed on the serial line with --serial, on the keyboard otherwise (where a
  // terminal's escape sequence, \e[A, is the key it stands for: the Up arrow).
  const type = (text: string): void => {
    if (serialOut) m.com1.receive(Buffer.from(text, "latin1"));
    else m.ps2.sendScancodes(scancodesForInput(text));
  };
  for (const s of opts.send ?? []) type(unescapeC(s));

  let frontend: Frontend | null = null;
  let stdinListener: ((d: Buffer) => void) | null = null;
  let quit = false;
  if (!serialOut && !opts.headless && process.stdout.isTTY) {
    const { TerminalFrontend } = await import("./frontend/terminal.ts");
    frontend = new TerminalFrontend(m, () => {
      quit = true;
    });
  } else if (serialOut && !process.stdin.isTTY) {
    stdinListener = (d: Buffer) => m.com1.receive(d);
    process.stdin.on("data", stdinListener);
  } else if (serialOut && process.stdin.isTTY) {
    process.stdin.setRawMode(true);
    stdinListener = (d: Buffer) => {
      // Ctrl-A x quits, as in qemu; everything else goes down the line
      if (d.length === 2 && d[0] === 1 && d[1] === 0x78) quit = true;
      else m.com1.receive(d);
    };
    process.stdin.on("data", stdinListener);
  }

  let scriptAt = 0;
  let matchFrom = 0;
  let screenCheckedAt = 0;
  const flush = (): void => {
    if (pendingOut !== "") {
      process.stdout.write(Buffer.from(pendingOut, "latin1"));
      pendingOut = "";
    }
    if (debugOut !== "" && !e9Logged) process.stderr.write(Buffer.from(debugOut, "latin1"));
    debugOut = "";
    for (const l of logs) flushPortLog(l);
  };
  /** Whether the output (transcript since the last match, or the screen) matches `re`. */
  const matches = (re: RegExp): boolean => {
    const m0 = re.exec(transcript.slice(matchFrom));
    if (m0 !== null) {
      matchFrom += m0.index + m0[0].length;
      return true;
    }
    const now = performance.now();
    if (now - screenCheckedAt > 50) {
      screenCheckedAt = now;
      return re.test(m.vga.text());
    }
    return false;
  };
  /** Advances the script; true when the run's goal is met. */
  const goalMet = (): boolean => {
    while (scriptAt < script.length) {
      const s = script[scriptAt];
      if (s.kind === "send") {
        type(s.text);
        scriptAt++;
        continue;
      }
      if (!matches(s.re)) return false;
      scriptAt++;
      if (scriptAt === script.length && expectRe === null) return true;
    }
    return expectRe !== null && matches(expectRe);
  };

  let status: number | null = null;
  const report = (text: string): void => {
    flush();
    frontend?.close();
    frontend = null;
    process.stderr.write(text);
  };
  try {
    for (;;) {
      const batchEnd = performance.now() + 15;
      let waitMs = 0;
      while (status === null && !quit && !frontend?.paused) {
        const r = m.step(200_000);
        if (r === "exit") status = m.exitStatus;
        else if (r === "shutdown") {
          report((await import("./report.ts")).shutdownReport(m.cpu));
          status = 1;
        } else if (r === "reset") {
          m.resetRequested = false;
          m.setA20(true);
          powerOn();
        } else if (bios.failure !== null) {
          report((await import("./report.ts")).failureReport(m.cpu, bios.failure));
          status = 1;
        } else if (r === "idle") {
          if ((m.cpu.flags & 0x200) === 0 && (serialOut || opts.headless)) {
            report(
              `logos: the guest halted with interrupts disabled at ${at(m)}; nothing can wake it\n`,
            );
            status = 1;
          }
          waitMs = 5;
        } else if (r === "wait") waitMs = m.waitMs();
        if (status === null && goalMet()) status = 0;
        if (waitMs > 0 || performance.now() >= batchEnd) break;
      }
      flush();
      if (status !== null || quit) break;
      if (performance.now() >= deadline) {
        report(
          `logos: timeout after ${opts.timeoutSeconds} s (${m.cpu.instructions} instructions)\n`,
        );
        status = 124;
        break;
      }
      frontend?.draw();
      if (frontend?.paused) waitMs = 20;
      await new Promise<void>((resolve) =>
        waitMs > 0 ? setTimeout(resolve, waitMs) : setImmediate(resolve),
      );
    }
  } finally {
    flush();
    frontend?.close();
    if (stdinListener !== null) {
      process.stdin.off("data", stdinListener);
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.stdin.pause();
    }
    for (const d of m.disks) d?.close();
  }
  if (opts.stats) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `instructions=${m.cpu.instructions} seconds=${seconds.toFixed(3)} mips=${(m.cpu.instructions / seconds / 1e6).toFixed(1)}\n`,
    );
  }
  return status ?? 0;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new BootError(`${path}: ${(e as Error).message.replace(/^[A-Z]+: /, "")}`);
  }
}

function parsePort(s: string): number {
  const n = /^0x/i.test(s) ? parseInt(s.slice(2), 16) : Number(s);
  return Number.isInteger(n) && n >= 0 && n <= 0xffff ? n : -1;
}

/** --port-log PORT:FILE: every byte written to PORT goes to FILE (as qemu's isa-debugcon). */
function openPortLog(m: Machine, spec: string): { fd: number; buf: number[] } {
  const colon = spec.indexOf(":");
  const port = colon > 0 ? parsePort(spec.slice(0, colon)) : -1;
  if (port < 0 || colon === spec.length - 1) {
    throw new BootError(`--port-log ${spec}: expected PORT:FILE (PORT decimal or 0x hex)`);
  }
  const path = spec.slice(colon + 1);
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (e) {
    throw new BootError(`${path}: ${(e as Error).message.replace(/^[A-Z]+: /, "")}`);
  }
  const log = { fd, buf: [] as number[] };
  m.logPort(port, (b) => log.buf.push(b));
  return log;
}

function flushPortLog(l: { fd: number; buf: number[] }): void {
  if (l.buf.length === 0) return;
  writeSync(l.fd, Uint8Array.from(l.buf));
  l.buf.length = 0;
}

/** --bios FILE: the firmware's last 128 KiB below 1 MiB and the whole of it below 4 GiB. */
function loadFirmware(m: Machine, path: string): void {
  let rom: Uint8Array;
  try {
    rom = readFileSync(path);
  } catch (e) {
    throw new BootError(`${path}: ${(e as Error).message.replace(/^[A-Z]+: /, "")}`);
  }
  if (rom.length === 0 || rom.length % 0x10000 !== 0 || rom.length > 0x400000) {
    throw new BootError(
      `${path}: a firmware image must be a multiple of 64 KiB, up to 4 MiB (it is ${rom.length} bytes)`,
    );
  }
  const low = rom.subarray(Math.max(0, rom.length - 0x20000));
  m.bus.mem.set(low, 0x100000 - low.length);
  const base = 0x100000000 - rom.length;
  m.bus.mapMmio(base | 0, rom.length, {
    read: (addr, size) => {
      const o = (addr >>> 0) - base;
      let v = 0;
      for (let k = 0; k < size; k++) v |= rom[o + k] << (8 * k);
      return size === 4 ? v : v & (size === 2 ? 0xffff : 0xff);
    },
    write: () => {},
  });
  m.cpu.reset();
  m.cpu.realModeService = null;
}

/** CS:EIP as the reports write it (0x0008:0x00100000), without loading the report module. */
function at(m: Machine): string {
  const h = (v: number, n: number) => "0x" + (v >>> 0).toString(16).padStart(n, "0");
  return `${h(m.cpu.segSel[CS], 4)}:${h(m.cpu.eip, 8)}`;
}
