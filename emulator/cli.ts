// The logos command line: `logos run PROG` (user mode, Linux system calls emulated) and
// `logos boot IMAGE` (the whole PC). This file only wires options to the emulator's modules.
import { Command, CommanderError } from "commander";

function buildProgram(): Command {
  const program = new Command("logos")
    .description("The Logos i386 PC emulator")
    .exitOverride()
    .showHelpAfterError("(run logos --help for the commands)");
  program
    .command("run")
    .description("run a static Linux i386 ELF program in user mode (like qemu-user)")
    .argument("<program>", "the ELF32 executable")
    .argument("[args...]", "its arguments")
    .action(() => {
      throw new Error("logos run: not implemented yet");
    });
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
    process.stderr.write(`logos: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
