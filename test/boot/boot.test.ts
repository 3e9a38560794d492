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
});
