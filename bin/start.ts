// `npm start`: what a newcomer runs first. It shows what works today, end to end and with the
// commands spelled out: logosc assembles and links a Linux i386 program, `logos run` runs it on
// the emulated CPU, and logosc compiles a C program that runs there too. Then, in a terminal, it builds the
// kernel with logosc (its C by logosc's own compiler) and boots it with `logos boot` (the
// monitor's `halt` ends it; docs/kernel.md).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main as logosc } from "../compiler/driver.ts";
import { main as logos } from "../emulator/cli.ts";

const work = mkdtempSync(join(tmpdir(), "logos-start-"));
const obj = join(work, "hello.o");
const prog = join(work, "hello");

async function step(
  what: string,
  tool: string,
  run: (argv: string[]) => Promise<number>,
  argv: string[],
) {
  process.stdout.write(`\n$ ${tool} ${argv.join(" ").replaceAll(work + "/", "")}    # ${what}\n`);
  const status = await run(argv);
  if (status !== 0) throw new Error(`${tool} exited with status ${status}`);
}

process.stdout.write(
  "Logos is young (docs/ says what works today). Here is the toolchain and the emulator at work:\n",
);

try {
  await step("assemble", "logosc", logosc, ["samples/hello.asm", "-f", "elf32", "-o", obj]);
  await step("link", "logosc", logosc, [obj, "-nostdlib", "-o", prog]);
  await step("run on the Logos CPU", "logos", logos, ["run", "--stats", prog]);
  const cprog = join(work, "hello-c");
  await step("compile C (with the C library)", "logosc", logosc, ["samples/hello.c", "-o", cprog]);
  await step("run it", "logos", logos, ["run", cprog]);
  const image = join(work, "out.img");
  if (process.stdin.isTTY && process.stdout.isTTY) {
    await step("build the kernel", "logosc", logosc, ["build", "kernel-src", "-o", image]);
    process.stdout.write("Booting it; type 'help' at the prompt, 'halt' to leave.\n");
    process.stdout.write(`\n$ logos boot out.img    # boot it\n`);
    // `halt` powers off through isa-debug-exit, which ends logos boot with status 1, as qemu.
    const status = await logos(["boot", image]);
    if (status > 1) throw new Error(`logos exited with status ${status}`);
  } else {
    process.stdout.write(
      "\nThe kernel: npx logosc build kernel-src -o out.img && npx logos boot out.img\n",
    );
  }
  process.stdout.write("\nAll good. Next: npm test, and the pages under docs/.\n");
} catch (e) {
  process.stdout.write(`\nnpm start: ${(e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
