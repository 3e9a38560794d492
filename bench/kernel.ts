// The kernel's build and boot: how long `logosc build kernel-src` takes (cold: an empty cache;
// incremental: nothing changed, and one source changed), and how long the image takes to reach
// the monitor's prompt in `logos boot` (guest instructions and wall time) beside
// `qemu-system-i386` (wall time), measured in the same run.
//
// The kernel's C goes through logosc's own compiler, as `logosc build` does by default; a cold
// build with gcc compiling the C (LOGOS_KERNEL_CC=gcc, docs/kernel.md) is timed beside it, as the
// reference. Both machines then boot the same logosc-built image.
// Run: `npm run bench:kernel` (LOGOS_BENCH_RUNS=N boots of each machine; default 3).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { QEMU_ARGS } from "../test/kernel/helpers.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.env.LOGOS_BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), "logos-bench-kernel-"));
const tree = join(dir, "kernel-src");
cpSync(join(root, "kernel-src"), tree, { recursive: true });
const image = join(dir, "out.img");
const env = { ...process.env, LOGOS_KERNEL_CC: "logosc" };

function timeBuild(cache: string, cc = "logosc"): number {
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, "bin/logosc.js"), "build", tree, "-o", image, "--cache-dir", cache],
    { env: { ...env, LOGOS_KERNEL_CC: cc }, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`logosc build failed:\n${r.stderr}`);
  return (performance.now() - start) / 1000;
}

const coldGcc = timeBuild(join(dir, "cache-gcc"), "gcc");
const cold = timeBuild(join(dir, "cache-cold"));
const warmCache = join(dir, "cache-cold");
const unchanged = timeBuild(warmCache);
const monitor = join(tree, "kernel/monitor.c");
writeFileSync(monitor, readFileSync(monitor, "utf8") + "\n// touched by bench/kernel.ts\n");
const oneChanged = timeBuild(warmCache);

/** Wall seconds from spawning a machine to its first prompt on the serial port. */
function untilPrompt(cmd: string, args: string[]): Promise<{ seconds: number; stderr: string }> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let stderr = "";
    let seconds = 0;
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("latin1");
      if (!seconds && out.includes("logos> ")) {
        seconds = (performance.now() - start) / 1000;
        if (cmd.includes("qemu")) child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", () => (seconds ? done({ seconds, stderr }) : fail(new Error(out + stderr))));
  });
}

let qemuBest = Infinity;
let logosBest = Infinity;
let instructions = "?";
for (let i = 0; i < runs; i++) {
  const q = await untilPrompt("qemu-system-i386", [
    ...QEMU_ARGS,
    "-drive",
    `file=${image},format=raw`,
  ]);
  qemuBest = Math.min(qemuBest, q.seconds);
  const l = await untilPrompt(process.execPath, [
    join(root, "bin/logos.js"),
    "boot",
    "--serial",
    "--headless",
    "--expect",
    "logos> ",
    "--stats",
    image,
  ]);
  logosBest = Math.min(logosBest, l.seconds);
  instructions = /instructions=(\d+)/.exec(l.stderr)?.[1] ?? "?";
}
rmSync(dir, { recursive: true, force: true });

const fmt = (s: number): string => `${s.toFixed(3)} s`;
console.log(`logosc build kernel-src, cold (empty cache):   ${fmt(cold)}`);
console.log(`  the same with gcc -m32 compiling the C:      ${fmt(coldGcc)}`);
console.log(`logosc build kernel-src, nothing changed:      ${fmt(unchanged)}`);
console.log(`logosc build kernel-src, one source changed:   ${fmt(oneChanged)}`);
console.log(`boot to the monitor prompt, best of ${runs}:`);
console.log(`  logos boot:        ${fmt(logosBest)}  (${instructions} guest instructions)`);
console.log(`  qemu-system-i386:  ${fmt(qemuBest)}`);
console.log(`  logos / qemu:      ${(logosBest / qemuBest).toFixed(2)}×`);
