// `logos boot` beside qemu-system-i386 (TCG), in the same run: the time from starting the command
// to the guest's first output on the serial port, and guest MIPS on a CPU-bound boot image.
//
// The image (bench/boot/sieve.asm, assembled by logosc) enters protected mode, prints "ready",
// runs a sieve and prints its result. Both emulators run it from a raw disk with the serial port
// on stdout. The first-output time is taken from spawning the process to the first byte on its
// stdout (best of LOGOS_BENCH_RUNS, default 5); the guest's speed is its instruction count (Logos
// counts them: --stats) over each emulator's wall time for the whole run (best of 3). The
// instructions from power-on to the marker are counted by a Machine in this process.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Bios } from "../emulator/bios/bios.ts";
import { Machine } from "../emulator/machine.ts";
import { qemuArgs } from "../test/boot/harness.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.LOGOS_BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-boot-"));
const image = join(dir, "sieve.img");
const asm = spawnSync(
  process.execPath,
  [join(root, "bin/logosc.js"), join(root, "bench/boot/sieve.asm"), "-f", "bin", "-o", image],
  { encoding: "utf8" },
);
if (asm.status !== 0) throw new Error(`logosc: ${asm.stderr}`);

const logos = [process.execPath, join(root, "bin/logos.js"), "boot", "--serial", image];
const qemu = ["qemu-system-i386", ...qemuArgs(image)];
const haveQemu = spawnSync("qemu-system-i386", ["-version"], { stdio: "ignore" }).status === 0;

/** Seconds from spawning the command to the first byte on its stdout; the process is killed then. */
function firstOutput(cmd: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(cmd[0], cmd.slice(1), { stdio: ["ignore", "pipe", "ignore"] });
    p.stdout.once("data", () => {
      done(Number(process.hrtime.bigint() - t0) / 1e9);
      p.kill("SIGKILL");
    });
    p.on("error", fail);
  });
}

async function best(cmd: string[], n: number): Promise<number> {
  let b = Infinity;
  for (let k = 0; k < n; k++) b = Math.min(b, await firstOutput(cmd));
  return b;
}

/** Wall seconds of a whole run (best of n) and what it printed. */
function whole(cmd: string[], n: number): { seconds: number; stdout: string; stderr: string } {
  let b = { seconds: Infinity, stdout: "", stderr: "" };
  for (let k = 0; k < n; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8" });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (s < b.seconds) b = { seconds: s, stdout: r.stdout, stderr: r.stderr };
  }
  return b;
}

// Instructions from power-on to the marker, in this process (deterministic: the same every run).
const m = new Machine({ disk: image });
new Bios(m).powerOn();
let serial = "";
m.com1.onTransmit = (b) => {
  serial += String.fromCharCode(b);
};
while (!serial.includes("ready")) m.step(1);
const toMarker = m.cpu.instructions;

console.log(`logos boot beside qemu-system-i386 (TCG): ${haveQemu ? "yes" : "not installed"}`);
const logosFirst = await best(logos, runs);
let line = `first guest output: logos ${logosFirst.toFixed(3)} s (${toMarker} guest instructions from power-on)`;
if (haveQemu) {
  const qemuFirst = await best(qemu, runs);
  line += `, qemu ${qemuFirst.toFixed(3)} s, logos/qemu ${(logosFirst / qemuFirst).toFixed(2)}`;
}
console.log(line + (logosFirst < 0.3 ? "  (target < 0.3 s: met)" : "  (target < 0.3 s: missed)"));

const withStats = [...logos.slice(0, 3), "--stats", ...logos.slice(3)];
const l = whole(withStats, 3);
const stats = /instructions=(\d+)/.exec(l.stderr);
if (stats === null) throw new Error(`logos boot --stats printed: ${l.stderr}`);
const instructions = Number(stats[1]);
line = `sieve: ${instructions} instructions, logos ${l.seconds.toFixed(2)} s = ${(instructions / l.seconds / 1e6).toFixed(1)} MIPS`;
if (haveQemu) {
  const q = whole(qemu, 3);
  if (q.stdout !== l.stdout) throw new Error(`qemu printed ${q.stdout}, logos ${l.stdout}`);
  line += `, qemu ${q.seconds.toFixed(2)} s = ${(instructions / q.seconds / 1e6).toFixed(1)} MIPS, logos/qemu ${(l.seconds / q.seconds).toFixed(1)}`;
}
console.log(line);

// The CPU time of the whole run in this process (Node's start-up excluded): on a busy machine the
// wall-clock figures above include waiting for a core; this one does not.
const mc = new Machine({ disk: image });
new Bios(mc).powerOn();
const c0 = process.cpuUsage();
while (mc.exitStatus < 0) mc.step(1_000_000);
const cu = process.cpuUsage(c0);
const cpuSeconds = (cu.user + cu.system) / 1e6;
console.log(
  `sieve in this process: ${(mc.cpu.instructions / cpuSeconds / 1e6).toFixed(1)} MIPS of CPU time (${cpuSeconds.toFixed(2)} s)`,
);
