// Helpers for the boot tests: build a test image from test/boot/NAME.asm with Logos's own
// assembler, boot it in qemu-system-i386 (the oracle) and in the Logos PC, and collect what each
// printed on COM1 and its isa-debug-exit status.
//
// qemu runs with `-display none -serial stdio` rather than `-nographic`: with -nographic SeaBIOS
// also copies int 10h output to the serial port ("sercon", with its own cursor escape sequences),
// which Logos's BIOS does not do, so the transcripts would differ by design. The RTC starts at
// 2000-01-01 in both (Logos's deterministic clock; `-rtc base=` for qemu) and both have 128 MiB.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DiagnosticSink, SourceFile } from "../../compiler/diag.ts";
import { assemble } from "../../compiler/asm/assemble.ts";
import { writeBin } from "../../compiler/asm/output-bin.ts";
import { Bios } from "../../emulator/bios/bios.ts";
import { Machine } from "../../emulator/machine.ts";

export const here = import.meta.dirname;
export const root = join(here, "../..");
const dir = mkdtempSync(join(tmpdir(), "logos-boot-"));

/** Assembles test/boot/NAME.asm (bin) and pads the image to `size` bytes; returns its path. */
export function buildImage(name: string, size = 0): string {
  const path = join(here, `${name}.asm`);
  const sink = new DiagnosticSink();
  const asm = assemble(
    new SourceFile(path, readFileSync(path, "utf8")),
    { format: "bin", includeDirs: [here], defines: [], listing: false },
    sink,
  );
  const bytes = sink.hasErrors ? undefined : writeBin(asm, sink);
  if (bytes === undefined || sink.hasErrors) throw new Error(`${name}.asm:\n${sink.format()}`);
  const image = new Uint8Array(Math.max(size, bytes.length));
  image.set(bytes);
  const out = join(dir, `${name}.img`);
  writeFileSync(out, image);
  return out;
}

export interface BootRun {
  serial: string;
  /** The isa-debug-exit status ((value << 1) | 1), or null. */
  status: number | null;
}

/**
 * qemu's arguments for the PC the tests compare with: serial on stdout, no screen, the
 * isa-debug-exit port, 128 MiB, the RTC at 2000-01-01 (as logos boot's deterministic clock),
 * TCG, and the image copy-on-write.
 */
export function qemuArgs(image: string): string[] {
  return [
    "-display",
    "none",
    "-serial",
    "stdio",
    "-drive",
    `format=raw,file=${image},snapshot=on`,
    "-device",
    "isa-debug-exit,iobase=0xf4,iosize=4",
    "-no-reboot",
    "-m",
    "128",
    "-rtc",
    "base=2000-01-01T00:00:00",
    "-accel",
    "tcg",
  ];
}

/** Boots an image in qemu; serial output on stdout, at most 30 s. */
export function qemuBoot(image: string, extra: string[] = []): BootRun {
  const r = spawnSync("qemu-system-i386", [...qemuArgs(image), ...extra], {
    encoding: "latin1",
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { serial: r.stdout, status: r.status };
}

export interface LogosRun extends BootRun {
  machine: Machine;
  /** How the run ended: exit, shutdown, failure or budget. */
  end: string;
}

/**
 * Boots an image on the Logos PC in this process (deterministic time) for at most `budget`
 * instructions; `keys` are queued on the keyboard at power-on, `serialIn` on COM1.
 */
export function logosBoot(
  image: string,
  opts: {
    budget?: number;
    keys?: number[];
    serialIn?: string;
    disk2?: string;
    memoryMiB?: number;
  } = {},
): LogosRun {
  const m = new Machine({ disk: image, disk2: opts.disk2 ?? null, memoryMiB: opts.memoryMiB });
  const bios = new Bios(m);
  bios.powerOn();
  let serial = "";
  m.com1.onTransmit = (b) => {
    serial += String.fromCharCode(b);
  };
  if (opts.keys) m.ps2.sendScancodes(opts.keys);
  if (opts.serialIn) m.com1.receive(Buffer.from(opts.serialIn, "latin1"));
  const budget = opts.budget ?? 200_000_000;
  // Guest time is bounded too (60 s of it): a halted guest advances time without instructions.
  let end = "budget";
  while (m.cpu.instructions < budget && m.now() < 60e9) {
    const r = m.step(1_000_000);
    if (r === "exit" || r === "shutdown" || r === "idle") {
      end = r;
      break;
    }
    if (bios.failure !== null) {
      end = `failure: ${bios.failure}`;
      break;
    }
  }
  for (const d of m.disks) d?.close();
  return { serial, status: end === "exit" ? m.exitStatus : null, machine: m, end };
}
