// `npm start`: what a newcomer runs first. Until the kernel can be built and booted, it shows
// what works today, end to end and with the commands spelled out: logosc assembles and links a
// Linux i386 program, `logos run` runs it on the emulated CPU, and the C front end checks a
// C program.
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
  "Logos is young: the kernel does not boot yet (docs/ says what works today). Here is the\n" +
    "toolchain and the emulator at work:\n",
);
try {
  await step("assemble", "logosc", logosc, ["samples/hello.asm", "-f", "elf32", "-o", obj]);
  await step("link", "logosc", logosc, [obj, "-nostdlib", "-o", prog]);
  await step("run on the Logos CPU", "logos", logos, ["run", "--stats", prog]);
  await step("check a C program", "logosc", logosc, ["-fsyntax-only", "samples/hello.c"]);
  process.stdout.write("\nAll good. Next: npm test, and the pages under docs/.\n");
} catch (e) {
  process.stdout.write(`\nnpm start: ${(e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
