// Helpers for the kernel tests: build kernel-src once per test file, and drive a booted machine
// (qemu-system-i386 today; `logos boot` when it lands) through its serial console the way a
// person would — wait for the prompt, type a command, wait for the next prompt.
//
// The kernel's C is compiled by logosc's own compiler (the default of compiler/build.ts);
// `buildKernel("gcc")` builds it with gcc -m32 instead (LOGOS_KERNEL_CC=gcc), for the tests that
// compare the two kernels.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { build, type BuildResult } from "../../compiler/build.ts";

export const root = resolve(import.meta.dirname, "../..");
export const kernelSrc = join(root, "kernel-src");

export interface BuiltKernel {
  dir: string;
  image: string;
  elf: string;
  result: BuildResult;
}

const built = new Map<string, Promise<BuiltKernel>>();

/**
 * Builds kernel-src into a fresh folder with the kernel's C compiled by `cc` (once per test file
 * and compiler; later calls share it).
 */
export function buildKernel(cc: "logosc" | "gcc" = "logosc"): Promise<BuiltKernel> {
  let p = built.get(cc);
  if (p) return p;
  p = (async () => {
    const dir = mkdtempSync(join(tmpdir(), `logos-kernel-${cc}-`));
    const image = join(dir, "out.img");
    const sink = new DiagnosticSink();
    const saved = process.env.LOGOS_KERNEL_CC;
    process.env.LOGOS_KERNEL_CC = cc;
    try {
      const result = await build({ dir: kernelSrc, output: image }, sink);
      if (!result) throw new Error(`logosc build failed:\n${sink.format()}`);
      return { dir, image, elf: result.elf, result };
    } finally {
      if (saved === undefined) delete process.env.LOGOS_KERNEL_CC;
      else process.env.LOGOS_KERNEL_CC = saved;
    }
  })();
  built.set(cc, p);
  return p;
}

export const PROMPT = "logos> ";

export interface Session {
  /** Everything the machine wrote on its serial port, raw. */
  output: string;
  /** The exit status (null when the test ended it, after a panic's "system halted."). */
  status: number | null;
}

/**
 * Starts a machine whose serial port is the child's stdio, types each command after the
 * prompt it waits for, and ends when the machine exits, when `until` appears after the last
 * command, or at the timeout (an error naming what was seen).
 */
export function serialSession(
  cmd: string,
  args: string[],
  commands: string[],
  until?: string,
  timeoutMs = 90_000,
): Promise<Session> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    let sent = 0;
    let finished = false;
    const finish = (status: number | null): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolvePromise({ output, status });
    };
    const timer = setTimeout(() => {
      finished = true;
      child.kill("SIGKILL");
      reject(new Error(`timed out after ${timeoutMs} ms; serial output so far:\n${output}`));
    }, timeoutMs);
    const prompts = (): number => output.split(PROMPT).length - 1;
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString("latin1");
      // The k-th command goes after the k-th prompt (0-based: after prompt k+1).
      while (sent < commands.length && prompts() > sent) {
        child.stdin.write(commands[sent] + "\r");
        sent++;
      }
      if (until && sent === commands.length && output.includes(until)) {
        child.kill("SIGKILL");
        finish(null);
      }
    });
    child.stderr.on("data", (d: Buffer) => (output += d.toString("latin1")));
    child.stdin.on("error", () => {}); // the machine may end before reading everything
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => finish(code));
  });
}

/** qemu's arguments: serial on stdio, no display, no network, the isa-debug-exit port, 128 MiB. */
export const QEMU_ARGS = [
  "-nographic",
  "-monitor",
  "none",
  "-serial",
  "stdio",
  "-nic",
  "none",
  "-m",
  "128",
  "-device",
  "isa-debug-exit,iobase=0xf4,iosize=0x04",
];

/** `logos boot` with COM1 on stdio and no screen: the same console the tests drive in qemu. */
export function logosBootArgs(image: string): string[] {
  return [join(root, "bin/logos.js"), "boot", "--serial", "--headless", image];
}

/** Runs a command script on the image in qemu and in `logos boot` at once. */
export function bootBoth(
  image: string,
  commands: string[],
  until?: string,
): Promise<[Session, Session]> {
  return Promise.all([
    serialSession(
      "qemu-system-i386",
      [...QEMU_ARGS, "-drive", `file=${image},format=raw`],
      commands,
      until,
    ),
    serialSession(process.execPath, logosBootArgs(image), commands, until),
  ]);
}

/**
 * What may legitimately differ between two PCs, masked so that two transcripts can be compared
 * whole: the timer's counts (qemu's clock is the host's, logos boot's counts guest
 * instructions), the processor's identification (`cpuid`), and how much of the last line
 * arrived before the test ended a halted machine.
 */
export function comparable(transcript: string): string {
  return transcript
    .replace(/^\d+ ticks \(100 Hz\)$/gm, "N ticks (100 Hz)")
    .replace(/^up \d+:\d\d:\d\d\.\d\d$/gm, "up H:MM:SS.CC")
    .replace(/(logos> cpuid\n)(?:.*\n)*?(?=logos> )/g, "$1<cpuid output>\n")
    .replace(/system halted\.\n?$/, "system halted.\n");
}

/**
 * The transcript as the tests compare it: from the kernel's banner on (the BIOS's own output
 * comes before it), CR LF as LF, terminal escape sequences (the BIOS's, `clear`'s) removed.
 */
export function normalise(output: string): string {
  const start = output.indexOf("Logos kernel");
  const text = start < 0 ? output : output.slice(start);
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r/g, "").replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1bc/g, "");
}
