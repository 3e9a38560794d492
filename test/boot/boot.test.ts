// Boot images against qemu-system-i386: each image in test/boot/ is assembled by Logos's
// assembler, booted by qemu (SeaBIOS) and by the Logos PC with its built-in BIOS, and what it
// prints on COM1 and the status it powers off with must be the same. The images print what they
// observe (BIOS results, video memory, device registers), so a difference in the machine or the
// BIOS shows up as a difference in the transcript.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { buildImage, here, logosBoot, qemuBoot } from "./harness.ts";

function golden(name: string): string {
  return readFileSync(join(here, "golden", name), "utf8");
}

describe.runIf(oracle("qemu-system-i386"))("boot images: Logos against qemu", () => {
  it("hello: int 10h teletype, strings, attributes, cursor; video memory read back", () => {
    const image = buildImage("hello");
    const want = qemuBoot(image);
    expect(want.serial).toContain("Hello through int 10h");
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.status).toBe(want.status);
    expect(got.machine.vga.dump()).toBe(golden("hello.screen"));
  });

  // Sizes: two cylinders exactly, a partial last sector (qemu counts it), and a 10 MiB disk.
  for (const size of [1032192, 300000, 10 << 20]) {
    it(`disk (${size} bytes): int 13h 08h 41h 02h 42h 43h 48h and errors`, () => {
      const image = buildImage("disk", size);
      const want = qemuBoot(image);
      expect(want.serial).toContain("42h [00 00 ] 00000096 00000097 0002");
      const got = logosBoot(image);
      expect(got.serial).toBe(want.serial);
      expect(got.status).toBe(want.status);
    });
  }

  for (const mib of [128, 32]) {
    it(`memory (${mib} MiB): the E820 map, int 12h, int 15h 88h and E801h, the BDA`, () => {
      const image = buildImage("memory");
      const want = qemuBoot(image, ["-m", String(mib)]);
      expect(want.serial).toContain("00000000 fffc0000 00000000 00040000 00000002 0014 00000000");
      const got = logosBoot(image, { memoryMiB: mib });
      expect(got.serial).toBe(want.serial);
      expect(got.status).toBe(want.status);
    });
  }

  it("a20: closed and opened by int 15h, the keyboard controller and port 92h; memory wraps", () => {
    const image = buildImage("a20");
    const want = qemuBoot(image);
    expect(want.serial).toContain("W");
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.status).toBe(want.status);
  });

  it("pmode: GDT, protected mode, paging with a mapping onto video memory, a page fault", () => {
    const image = buildImage("pmode");
    const want = qemuBoot(image);
    expect(want.serial).toContain("page fault 00401008 00000002 00000001");
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.status).toBe(want.status);
    expect(got.machine.vga.dump()).toBe(golden("pmode.screen"));
  });

  it("irq: PIT, keyboard, UART, RTC and the BIOS timer interrupt; PIT channel 2 at port 61h", () => {
    const image = buildImage("irq");
    const want = qemuBoot(image);
    expect(want.serial).toContain("keyboard 1e 9e");
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.status).toBe(want.status);
  });

  it("ata: IDENTIFY, READ and WRITE SECTORS with IRQ 14, an error, the CMOS", () => {
    const image = buildImage("ata", 1032192);
    const want = qemuBoot(image);
    expect(want.serial).toContain("read 00000014 00000015 03 50");
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.status).toBe(want.status);
  });

  it("task: far call, jmp and task gate to a TSS, iret with NT, #GP/#TS/#NP, #DF through a task gate", () => {
    const image = buildImage("task");
    const want = qemuBoot(image);
    expect(want.serial).toContain("double fault task: 00000000 00004000 00000008 00000020");
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.status).toBe(want.status);
  });

  it("triple: an empty IDT and ud2 shut the CPU down after the same output", () => {
    const image = buildImage("triple");
    const want = qemuBoot(image);
    expect(want.serial).toBe("<<triple fault next\r\n!");
    expect(want.status).toBe(0); // qemu -no-reboot stops without an exit status of its own
    const got = logosBoot(image);
    expect(got.serial).toBe(want.serial);
    expect(got.end).toBe("shutdown");
    expect(got.machine.cpu.shutdownChain).toEqual([6, -1, 13, 0x33, 13, 0x6b, 8, 0, 13, 0x43]);
  });
});
