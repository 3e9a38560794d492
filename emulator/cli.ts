// The logos command line: `logos run PROG` (user mode, Linux system calls emulated) and
// `logos boot IMAGE` (the whole PC). This file only wires options to the emulator's modules.
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { ElfError } from "./user/elf.ts";
import { RunError, runProgram } from "./user/run.ts";

function count(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

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
      (
        prog: string,
        args: string[],
        o: { stats?: boolean; trace?: boolean; maxInstructions?: number; memory?: number },
      ) => {
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
    .description("boot a raw disk image on the emulated PC")
    .argument("<image>", "the disk image")
    .action(() => {
      throw new Error("logos boot: not implemented yet");
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof RunError || e instanceof ElfError) {
      process.stderr.write(`logos: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`logos: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
