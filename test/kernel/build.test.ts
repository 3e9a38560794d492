// `logosc build`: the boot code is byte-identical to nasm's, the image is laid out as
// image.ts says (partition table read back by sfdisk's rules, boot-info fields), the build is
// incremental, and every way it can fail says why — without writing a half image.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oracle } from "../oracle.ts";
import { DiagnosticSink } from "../../compiler/diag.ts";
import { build } from "../../compiler/build.ts";
import {
  BI,
  BOOTINFO_OFFSET,
  buildImage,
  ImageError,
  LOADER_MAX_SECTORS,
  PARTITION_LBA,
} from "../../compiler/image/image.ts";
import { readElf32 } from "../../compiler/obj/elf32.ts";
import { buildKernel, kernelSrc, root } from "./helpers.ts";

const haveGcc = oracle("gcc -m32");

function logosc(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, "bin/logosc.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(oracle("nasm"))("boot code", () => {
  it.each(["boot/mbr.asm", "boot/loader.asm"])(
    "%s: logosc assembles it to nasm's bytes",
    (file) => {
      const dir = mkdtempSync(join(tmpdir(), "logos-boot-"));
      const src = join(kernelSrc, file);
      const inc = join(kernelSrc, "boot") + "/";
      const n = spawnSync("nasm", ["-f", "bin", "-I", inc, src, "-o", join(dir, "nasm.bin")]);
      expect(n.status, n.stderr?.toString()).toBe(0);
      const o = logosc(["-f", "bin", "-I", inc, src, "-o", join(dir, "ours.bin")]);
      expect(o.status, o.stderr).toBe(0);
      expect(readFileSync(join(dir, "ours.bin"))).toEqual(readFileSync(join(dir, "nasm.bin")));
      rmSync(dir, { recursive: true, force: true });
    },
  );
});

describe.runIf(haveGcc)("logosc build kernel-src", () => {
  it("lays out the image: MBR, loader, partition 1 with the kernel", async () => {
    const { image, elf, result } = await buildKernel();
    const img = readFileSync(image);
    const view = new DataView(img.buffer, img.byteOffset);
    expect([img[510], img[511]]).toEqual([0x55, 0xaa]);
    // The partition table, as sfdisk reads it (its dump is the oracle for the MBR format).
    const sfdisk = spawnSync("sfdisk", ["-d", image], { encoding: "utf8" });
    if (sfdisk.status === 0) {
      expect(sfdisk.stdout).toMatch(
        new RegExp(
          `out\\.img1 : start=\\s*${PARTITION_LBA}, size=\\s*${result.layout.kernelSectors + result.layout.initrdSectors}, type=7f, bootable`,
        ),
      );
    }
    expect(view.getUint32(0x1be + 8, true)).toBe(PARTITION_LBA);
    expect(img[0x1be]).toBe(0x80);
    // The boot-info structure inside the loader, as the build filled it in.
    const bi = 512 + BOOTINFO_OFFSET;
    const field = (f: number): number => view.getUint32(bi + f, true);
    const kernel = readElf32(readFileSync(elf), "out.elf");
    expect(field(BI.kernelLba)).toBe(PARTITION_LBA);
    expect(field(BI.kernelStart)).toBe(0x100000);
    expect(field(BI.kernelEntry)).toBe(kernel.entry);
    // Never too little: the sectors cover the file bytes.
    expect(field(BI.kernelSectors) * 512).toBeGreaterThanOrEqual(field(BI.kernelFilesz));
    expect(field(BI.kernelMemsz)).toBeGreaterThan(field(BI.kernelFilesz)); // .bss
    expect(img.subarray(bi + BI.cmdline, bi + BI.cmdline + 10).toString()).toBe("loglevel=7");
    // The kernel's bytes at LBA 2048 are its first segment's.
    const text = kernel.programHeaders.find((p) => p.type === 1)!;
    const file = readFileSync(elf);
    expect(img.subarray(PARTITION_LBA * 512, PARTITION_LBA * 512 + 64)).toEqual(
      file.subarray(text.offset, text.offset + 64),
    );
    // The Multiboot header is in the first 8 KiB of the ELF file.
    const mb = file.indexOf(Buffer.from([0x02, 0xb0, 0xad, 0x1b]));
    expect(mb).toBeGreaterThan(0);
    expect(mb).toBeLessThan(8192);
    // The image's size: the partition's end.
    expect(img.length).toBe(result.layout.totalSectors * 512);
  });

  it("embeds a symbol table that readelf agrees with", async () => {
    const { elf } = await buildKernel();
    const syms = spawnSync("readelf", ["-sW", elf], { encoding: "utf8" }).stdout;
    const kmain = /([0-9a-f]{8}) +\d+ FUNC +GLOBAL +DEFAULT +\d+ kmain$/m.exec(syms);
    expect(kmain).not.toBeNull();
    // .ksyms: count, then (address, name offset) pairs, then names.
    const kernel = readElf32(readFileSync(elf), "out.elf");
    const ksyms = kernel.sections.find((s) => s.name === ".ksyms")!;
    const v = new DataView(ksyms.data.buffer, ksyms.data.byteOffset);
    const count = v.getUint32(0, true);
    const names = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const addr = v.getUint32(4 + i * 8, true);
      const off = 4 + count * 8 + v.getUint32(8 + i * 8, true);
      const end = ksyms.data.indexOf(0, off);
      names.set(Buffer.from(ksyms.data.subarray(off, end)).toString(), addr);
    }
    expect(names.get("kmain")).toBe(parseInt(kmain![1], 16));
    expect(names.has("fault_pagefault")).toBe(true); // static functions too
  });

  it("is incremental: an unchanged tree compiles nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-incr-"));
    const tree = join(dir, "src");
    cpSync(kernelSrc, tree, { recursive: true });
    process.env.LOGOS_KERNEL_CC = "gcc";
    try {
      const out = join(dir, "out.img");
      const first = await build({ dir: tree, output: out }, new DiagnosticSink());
      expect(first?.cached).toBe(0);
      const second = await build({ dir: tree, output: out }, new DiagnosticSink());
      expect(second?.compiled).toBe(0);
      // One changed source: only it is compiled again.
      const monitor = join(tree, "kernel/monitor.c");
      writeFileSync(monitor, readFileSync(monitor, "utf8") + "\n// changed\n");
      const third = await build({ dir: tree, output: out }, new DiagnosticSink());
      expect(third?.compiled).toBe(1);
      expect(readFileSync(out)).toEqual(readFileSync(out)); // written whole
    } finally {
      delete process.env.LOGOS_KERNEL_CC;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("errors: a C error stops the build and writes no image", () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-err-"));
    const tree = join(dir, "src");
    cpSync(kernelSrc, tree, { recursive: true });
    writeFileSync(join(tree, "kernel/oops.c"), "int f(void) { return undeclared; }\n");
    const r = logosc(["build", tree, "-o", join(dir, "out.img")], {
      LOGOS_KERNEL_CC: "gcc",
      LC_ALL: "C",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/oops\.c:1:\d+: error: 'undeclared' undeclared/);
    expect(r.stderr).toMatch(/logosc: error: .*oops\.c: gcc failed/);
    expect(existsSync(join(dir, "out.img"))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("logosc build errors", () => {
  it("without LOGOS_KERNEL_CC the C goes to logosc's compiler, never to gcc", () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-nocc-"));
    const image = join(dir, "out.img");
    const r = logosc(["build", kernelSrc, "-o", image], { LOGOS_KERNEL_CC: "" });
    if (r.status === 0) {
      // The day logosc compiles the whole kernel: an image, and no gcc object in the cache.
      expect(existsSync(image)).toBe(true);
    } else {
      // Until then: what it cannot compile yet, as diagnostics with a place, and no image.
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^\S+\.[ch]:\d+:\d+: error: /m);
      expect(r.stderr).not.toContain("internal compiler error");
      expect(r.stderr).not.toContain("gcc");
      expect(existsSync(image)).toBe(false);
    }
    const bad = logosc(["build", kernelSrc, "-o", image], { LOGOS_KERNEL_CC: "clang" });
    expect(bad.stderr).toContain(
      "LOGOS_KERNEL_CC=clang: the kernel's C compiler is logosc (the default) or gcc",
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it("a broken manifest points into build.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "logos-manifest-"));
    writeFileSync(join(dir, "build.json"), '{\n  "mbr": "boot/mbr.asm",\n  "loader": 7\n}\n');
    const r = logosc(["build", dir, "-o", join(dir, "out.img")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('build.json:3:3: error: "loader" must be a string');
    const none = logosc(["build", join(dir, "nowhere"), "-o", join(dir, "out.img")]);
    expect(none.stderr).toContain("no build.json");
    rmSync(dir, { recursive: true, force: true });
  });

  it("image limits are build errors", () => {
    const mbr = new Uint8Array(512);
    mbr[510] = 0x55;
    mbr[511] = 0xaa;
    const kernel = { programHeaders: [], entry: 0 } as unknown as Parameters<
      typeof buildImage
    >[0]["kernel"];
    const tooBig = new Uint8Array((LOADER_MAX_SECTORS + 1) * 512);
    const attempt = (loader: Uint8Array): string => {
      try {
        buildImage({
          mbr,
          loader,
          kernel,
          kernelBytes: new Uint8Array(0),
          cmdline: "",
          initramfsRoom: 0,
        });
        return "built";
      } catch (e) {
        if (!(e instanceof ImageError)) throw e;
        return e.message;
      }
    };
    expect(attempt(tooBig)).toMatch(/the loader is 33280 bytes; it must fit in 64 sectors/);
    expect(attempt(new Uint8Array(1024))).toMatch(/no boot-info structure/);
  });
});
