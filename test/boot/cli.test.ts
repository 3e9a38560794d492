// `logos boot` as a user runs it: the serial console on stdout equals qemu's, the exit status is
// the guest's isa-debug-exit status, --send/--expect/--script/--timeout drive a guest, --port-log
// records a port, and the errors a user can cause (a disk that does not boot, a triple fault, bad
// options, a bad script) are reported in one message with a non-zero status, never a stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  scancodesFor,
  scancodesForInput,
  scancodesForKey,
} from "../../emulator/devices/scancodes.ts";
import { oracle } from "../oracle.ts";
import { buildImage, logosBoot, qemuBoot, root } from "./harness.ts";

const dir = mkdtempSync(join(tmpdir(), "logos-boot-cli-"));

function logos(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, "bin/logos.js"), "boot", ...args], {
    encoding: "utf8",
    input,
    timeout: 30_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe.runIf(oracle("qemu-system-i386"))("logos boot --serial against qemu", () => {
  it("prints the same serial transcript and exits with the guest's status", () => {
    const image = buildImage("hello");
    const want = qemuBoot(image);
    const got = logos(["--serial", image]);
    expect(got.stdout).toBe(want.serial);
    expect(got.status).toBe(want.status);
    expect(got.stderr).toBe("");
  });

  it("--realtime: timer interrupts by the host clock give the same transcript", () => {
    const image = buildImage("irq");
    const want = qemuBoot(image);
    const got = logos(["--serial", "--realtime", "--timeout", "20", image]);
    expect(got.stdout).toBe(want.serial);
    expect(got.status).toBe(want.status);
  });

  it("--bios runs a firmware ROM from the reset vector, as qemu -bios does", () => {
    const rom = buildImage("firmware");
    const want = qemuBoot(buildImage("keys"), ["-bios", rom]);
    expect(want.serial).toBe("<<firmware f000 6000 1234 1\r\n");
    const got = logos(["--serial", "--bios", rom, buildImage("keys")]);
    expect(got.stdout).toBe(want.serial);
    expect(got.status).toBe(want.status);
  });
});

describe("logos boot: driving a guest", () => {
  const keys = buildImage("keys");

  it("--send types on the serial line with --serial; the guest's exit status is returned", () => {
    const r = logos(["--serial", "--send", "A\\x42q", keys]);
    expect(r.stdout).toBe("<<keys\r\ns:41 s:42 s:71 \r\n");
    expect(r.status).toBe(1); // isa-debug-exit with 0: (0 << 1) | 1
  });

  it("--send types on the keyboard otherwise; --port-log records COM1", () => {
    const log = join(dir, "com1.txt");
    const r = logos(["--headless", "--send", "aB\\n\\tq", "--port-log", `0x3f8:${log}`, keys]);
    expect(r.status).toBe(1);
    // every byte written to the port: the divisor latch (1) first, then the text
    expect(readFileSync(log, "latin1")).toBe(
      "\x01<<keys\r\nk:1e61 k:3042 k:1c0d k:0f09 k:1071 \r\n",
    );
  });

  it("--expect ends the run with 0 as soon as the output matches; --timeout gives 124", () => {
    expect(logos(["--serial", "--expect", "<<ke+ys", keys]).status).toBe(0);
    const r = logos(["--serial", "--timeout", "0.5", keys]);
    expect(r.status).toBe(124);
    expect(r.stderr).toMatch(/^logos: timeout after 0.5 s \(\d+ instructions\)\n$/);
  });

  it("--script: send and expect in order", () => {
    const script = join(dir, "script.txt");
    writeFileSync(
      script,
      "# a comment\nexpect ^<<keys\nsend x\nexpect s:78\nsend y\\n\nexpect s:0a\n",
    );
    const r = logos(["--serial", "--script", script, keys]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("<<keys\r\ns:78 s:79 s:0a ");
  });

  it("a script line that is neither send nor expect is an error at its line", () => {
    const script = join(dir, "bad.txt");
    writeFileSync(script, "send a\nwait 3\n");
    const r = logos(["--serial", "--script", script, keys]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `logos: ${script}:2:1: error: expected 'send TEXT' or 'expect REGEX'\n wait 3\n ^\n`,
    );
  });

  it("reports a triple fault with the exception chain and the instruction, status 1", () => {
    const r = logos(["--serial", buildImage("triple")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("<<triple fault next\r\n!");
    expect(r.stderr).toContain("logos: triple fault: the CPU shut down at 0x0008:");
    expect(r.stderr).toContain("    #UD invalid opcode\n");
    expect(r.stderr).toContain("delivering #DF → shutdown");
    expect(r.stderr).toMatch(/instruction: 0x[0-9a-f]+: 0f 0b\s+ud2/);
    expect(r.stderr).toContain("last instructions:");
  });

  it("keeps guest disk writes in memory unless --write, which writes them to the image", () => {
    const image = buildImage("disk", 1032192); // its int 13h AH=43h writes the boot sector to LBA 5
    const before = readFileSync(image);
    expect(logos(["--serial", image]).stdout).toContain("43h [00 00 ] [00 00 ] aa55");
    expect(readFileSync(image).equals(before)).toBe(true);
    expect(logos(["--serial", "--write", image]).status).toBe(1);
    const after = readFileSync(image);
    // the boot sector as it is in memory (its code; it stored the boot drive in a byte after it)
    expect(before.subarray(5 * 512, 6 * 512).every((b) => b === 0)).toBe(true);
    expect(after.subarray(5 * 512, 5 * 512 + 32).equals(before.subarray(0, 32))).toBe(true);
    expect([after[5 * 512 + 510], after[5 * 512 + 511]]).toEqual([0x55, 0xaa]);
    expect(after.subarray(6 * 512).equals(before.subarray(6 * 512))).toBe(true);
  });

  it("--symbols names the faulting instruction and the recent ones from an ELF file", () => {
    const tool = (args: string[]) =>
      spawnSync(process.execPath, [join(root, "bin/logosc.js"), ...args], { encoding: "utf8" });
    const o = join(dir, "symbols.o");
    expect(tool([join(root, "test/boot/symbols.asm"), "-f", "elf32", "-o", o]).status).toBe(0);
    const elf = join(dir, "symbols.elf");
    const img = join(dir, "symbols.img");
    expect(tool([o, "-Ttext", "0x7c00", "-e", "start", "-o", elf]).status).toBe(0);
    expect(
      tool([o, "-Ttext", "0x7c00", "-e", "start", "--oformat", "binary", "-o", img]).status,
    ).toBe(0);
    const r = logos(["--serial", "--symbols", elf, img]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/instruction: 0x00007c06 <crash>: 0f 0b\s+ud2\n/);
    expect(r.stderr).toMatch(/\n {4}0x00007c00 <start>: 0f 01 1e/);
    const bad = logos(["--serial", "--symbols", img, img]);
    expect(bad.stderr).toBe(`logos: ${img}: not an ELF32 file\n`);
  });

  it("refuses a disk without the boot signature, and bad options, in one line", () => {
    const blank = join(dir, "blank.img");
    writeFileSync(blank, new Uint8Array(1024));
    let r = logos(["--serial", blank]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("logos: not a bootable disk (no 0x55AA signature in sector 0)\n");
    r = logos(["--serial", join(dir, "missing.img")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^logos: .*missing\.img.*\n$/);
    r = logos(["--serial", "--port-log", "nonsense", keys]);
    expect(r.stderr).toBe(
      "logos: --port-log nonsense: expected PORT:FILE (PORT decimal or 0x hex)\n",
    );
    r = logos(["--serial", "--expect", "(", keys]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^logos: --expect: /);
  });
});

describe("the keyboard: scripted keys reach the guest as set-1 scancodes", () => {
  it("delivers make and break codes, shift and extended keys, and the BIOS translates them", () => {
    const codes = [
      ...scancodesFor("a"),
      ...scancodesFor("B"),
      ...scancodesFor("\n"),
      ...scancodesForKey("up"),
      ...scancodesForKey("f1"),
      ...scancodesFor("\x03"),
      ...scancodesFor("q"),
    ];
    const got = logosBoot(buildImage("keys"), { keys: codes });
    // the golden list: what a PC keyboard sends for these keys (scancode set 1)
    expect(got.machine.ps2.delivered).toEqual([
      0x1e, 0x9e, 0x2a, 0x30, 0xb0, 0xaa, 0x1c, 0x9c, 0xe0, 0x48, 0xe0, 0xc8, 0x3b, 0xbb, 0x1d,
      0x2e, 0xae, 0x9d, 0x10, 0x90,
    ]);
    // int 16h AH=00h: scan code and ASCII; the grey arrow's extended code reads as 4800h
    expect(got.serial).toBe("<<keys\r\nk:1e61 k:3042 k:1c0d k:4800 k:3b00 k:2e03 k:1071 \r\n");
  });
});

describe("the terminal front end's keys", () => {
  it("turns terminal bytes and escape sequences into set-1 scancodes", () => {
    expect(scancodesForInput("a\x1b[A\x7f\r\x1bOP\x1b[24~")).toEqual([
      0x1e, 0x9e, 0xe0, 0x48, 0xe0, 0xc8, 0x0e, 0x8e, 0x1c, 0x9c, 0x3b, 0xbb, 0x58, 0xd8,
    ]);
    expect(scancodesForInput("\x1b")).toEqual([0x01, 0x81]); // a lone Esc is the Esc key
  });
});
