// The logos command line: `logos run PROG` (user mode, Linux system calls emulated) and
// `logos boot IMAGE` (the whole PC). This file only wires options to the emulator's modules,
// which it imports when a command runs (so `logos boot` does not load the user-mode runner).
import { Command, CommanderError, InvalidArgumentError } from "commander";

function count(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

function seconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError("expected a positive number of seconds");
  return n;
}

function collect(v: string, previous: string[]): string[] {
  return [...previous, v];
}

interface BootFlags {
  serial?: boolean;
  headless?: boolean;
  send: string[];
  expect?: string;
  timeout?: number;
  script?: string;
  memory?: number;
  disk?: string;
  write?: boolean;
  bios?: string;
  portLog: string[];
  symbols?: string;
  realtime?: boolean;
  stats?: boolean;
}

/** Errors a user can cause, reported as one line (their classes live in lazily loaded modules). */
const USER_ERRORS = new Set(["RunError", "ElfError", "BootError"]);

function buildProgram(): Command {
  const program = new Command("logos")
    .description("The Logos i386 PC emulator")
    .exitOverride()
    .showHelpAfterError("(run logos --help for the commands)")
    .enablePositionalOptions();
  program
    .command("run")
    .description("run a static Linux i386 ELF program in user mode (like qemu-user)")
    .argument("<program>", "the ELF32 executable")
    .argument("[args...]", "its arguments")
    .option("--stats", "end with one line on stderr: instructions=N seconds=S mips=M")
    .option("--trace", "print every instruction and the registers it changed (stderr)")
    .option("--max-instructions <n>", "stop after N instructions (exit status 124)", count)
    .option("--memory <MiB>", "guest physical memory in MiB (default 256)", count)
    .passThroughOptions()
    .action(
      async (
        prog: string,
        args: string[],
        o: { stats?: boolean; trace?: boolean; maxInstructions?: number; memory?: number },
      ) => {
        const { runProgram } = await import("./user/run.ts");
        process.exitCode = runProgram({
          program: prog,
          args,
          stats: o.stats,
          trace: o.trace,
          maxInstructions: o.maxInstructions,
          memoryMiB: o.memory,
        });
      },
    );
  program
    .command("boot")
    .description(
      "boot a raw disk image on the emulated PC (built-in BIOS, VGA text in the terminal)",
    )
    .argument("<image>", "the disk image (raw, MBR in sector 0)")
    .option("--serial", "COM1 on stdin/stdout instead of the screen and keyboard")
    .option("--headless", "show nothing (for tests: use with --send/--expect/--script)")
    .option("--send <text>", "type TEXT (C escapes: \\n \\r \\t \\xHH); repeatable", collect, [])
    .option("--expect <regex>", "exit 0 as soon as the guest's output matches")
    .option("--timeout <s>", "give up after S seconds of host time (exit status 124)", seconds)
    .option("--script <file>", "lines of 'send TEXT' and 'expect REGEX', done in order")
    .option("--memory <MiB>", "guest RAM in MiB (default 128)", count)
    .option("--disk <file>", "a second disk (primary slave, BIOS drive 81h)")
    .option("--write", "write guest disk writes back to the image files (default: copy-on-write)")
    .option("--bios <file>", "run this firmware ROM instead of the built-in BIOS")
    .option(
      "--port-log <port:file>",
      "write every byte sent to an I/O port into a file; repeatable",
      collect,
      [],
    )
    .option("--symbols <elf>", "name addresses in fault reports with this ELF file's symbols")
    .option(
      "--realtime",
      "time devices by the host clock (default: by guest instructions, deterministic)",
    )
    .option("--stats", "end with one line on stderr: instructions=N seconds=S mips=M")
    .action(async (image: string, o: BootFlags) => {
      const { boot } = await import("./boot.ts");
      process.exitCode = await boot({
        image,
        disk2: o.disk,
        write: o.write,
        memoryMiB: o.memory,
        realtime: o.realtime,
        bios: o.bios,
        serial: o.serial,
        headless: o.headless,
        send: o.send,
        expect: o.expect,
        timeoutSeconds: o.timeout,
        script: o.script,
        portLog: o.portLog,
        symbols: o.symbols,
        stats: o.stats,
      });
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof Error && USER_ERRORS.has(e.constructor.name)) {
      process.stderr.write(`logos: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`logos: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
