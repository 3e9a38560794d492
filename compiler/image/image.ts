// The disk image: a raw MBR disk that a PC BIOS (ours, SeaBIOS in qemu, a real one) boots.
//
//   LBA 0              the MBR (boot/mbr.asm) with the partition table filled in
//   LBA 1 ...            the second-stage loader (boot/loader.asm), at most LOADER_MAX_SECTORS
//   LBA 2048 (1 MiB)   partition 1 (active, type 0x7f): the kernel's loadable bytes, flat, from
//                      its lowest load address up; then the room reserved for an initramfs
//
// The one idea: the loader never guesses. Everything it needs -- where the kernel is on disk,
// how many sectors to read (rounded up, so never too little), where they go, how much .bss
// follows, where to jump, the command line -- is written here into the boot-info structure
// inside the loader (kernel-src/include/bootinfo.h), and every limit the loader has is checked
// here, so a kernel that would not boot is a build error with a reason instead of a hang.
import { type Elf32File, PT_LOAD } from "../obj/elf32.ts";

export const SECTOR = 512;
/** The loader starts right after the MBR ... */
export const LOADER_LBA = 1;
/** ... and must fit between 0x8000 and the bounce buffer at 0x10000 (loader.asm). */
export const LOADER_MAX_SECTORS = 64;
/** Partition 1 starts at 1 MiB, as partitioning tools align it. */
export const PARTITION_LBA = 2048;
/** Partition type 0x7f: "reserved for individual use" (the Alt-OS-Dev partition standard). */
export const PARTITION_TYPE = 0x7f;
/** The loader copies the kernel to physical memory in [1 MiB, 15 MiB): RAM on every PC with 16 MiB, below the ISA hole. */
export const KERNEL_MIN_ADDRESS = 0x100000;
export const KERNEL_MAX_ADDRESS = 0xf00000;

/** MBR fields (mbr.asm). */
const MBR_LOADER_LBA = 0x1b0;
const MBR_LOADER_SECTORS = 0x1b4;
const MBR_DISK_SIGNATURE = 0x1b8;
const MBR_PARTITIONS = 0x1be;

/** struct bootinfo (bootinfo.h, loader.asm): where it sits in the loader, and its fields. */
export const BOOTINFO_OFFSET = 16;
export const BOOTINFO_MAGIC = 0x4c4f474f;
export const BOOTINFO_VERSION = 1;
export const BOOTINFO_SIZE = 960;
export const BOOTINFO_CMDLINE_MAX = 128;
export const BI = {
  magic: 0,
  version: 4,
  size: 8,
  bootDrive: 12,
  kernelLba: 16,
  kernelSectors: 20,
  kernelStart: 24,
  kernelFilesz: 28,
  kernelMemsz: 32,
  kernelEntry: 36,
  initrdLba: 40,
  initrdSectors: 44,
  initrdSize: 48,
  initrdStart: 52,
  a20Method: 56,
  mmapCount: 60,
  mmap: 64,
  cmdline: 832,
} as const;

export interface ImageInputs {
  /** The assembled MBR (512 bytes) and loader (flat binaries). */
  mbr: Uint8Array;
  loader: Uint8Array;
  /** The linked kernel, an ELF32 executable: as read, and its file bytes. */
  kernel: Elf32File;
  kernelBytes: Uint8Array;
  cmdline: string;
  /** Bytes reserved after the kernel for an initramfs (rounded up to sectors). */
  initramfsRoom: number;
}

/** Where things went: for messages, the link map and the tests. */
export interface ImageLayout {
  loaderSectors: number;
  kernelLba: number;
  kernelSectors: number;
  kernelStart: number;
  kernelFilesz: number;
  kernelMemsz: number;
  entry: number;
  initrdLba: number;
  initrdSectors: number;
  totalSectors: number;
}

/** A reason the image cannot be built; the build reports it as an error. */
export class ImageError extends Error {}

const hex = (n: number): string => "0x" + n.toString(16);

/** The kernel's PT_LOAD segments copied to one flat run of bytes, from the lowest load address. */
export function flattenKernel(
  kernel: Elf32File,
  file: Uint8Array,
): {
  start: number;
  bytes: Uint8Array;
  memsz: number;
} {
  const loads = kernel.programHeaders
    .filter((p) => p.type === PT_LOAD && p.memsz > 0)
    .sort((a, b) => a.paddr - b.paddr);
  if (loads.length === 0) throw new ImageError("the kernel has no loadable segments");
  const start = loads[0].paddr;
  let fileEnd = start;
  let memEnd = start;
  for (let i = 0; i < loads.length; i++) {
    const p = loads[i];
    if (i > 0 && p.paddr < loads[i - 1].paddr + loads[i - 1].memsz)
      throw new ImageError(`kernel segments overlap at load address ${hex(p.paddr)}`);
    if (p.filesz > 0) fileEnd = p.paddr + p.filesz;
    memEnd = Math.max(memEnd, p.paddr + p.memsz);
  }
  if (start < KERNEL_MIN_ADDRESS)
    throw new ImageError(
      `the kernel loads at ${hex(start)}, below 1 MiB where the BIOS and the loader live (kernel.ld: AT())`,
    );
  if (memEnd > KERNEL_MAX_ADDRESS)
    throw new ImageError(
      `the kernel ends at ${hex(memEnd)}, past the loader's limit ${hex(KERNEL_MAX_ADDRESS)} (15 MiB)`,
    );
  const bytes = new Uint8Array(fileEnd - start);
  for (const p of loads) {
    if (p.filesz === 0) continue;
    if (p.offset + p.filesz > file.length)
      throw new ImageError(`a kernel segment runs past the end of the file`);
    bytes.set(file.subarray(p.offset, p.offset + p.filesz), p.paddr - start);
  }
  return { start, bytes, memsz: memEnd - start };
}

/** Cylinder/head/sector of an LBA for the partition table (255 heads, 63 sectors a track). */
function chs(lba: number): [number, number, number] {
  const c = Math.floor(lba / (255 * 63));
  if (c > 1023) return [0xfe, 0xff, 0xff];
  const h = Math.floor(lba / 63) % 255;
  const s = (lba % 63) + 1;
  return [h, s | ((c >> 2) & 0xc0), c & 0xff];
}

/** A 32-bit FNV-1a hash: the disk signature, so the same inputs give the same image. */
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

/** Builds the disk image; throws ImageError when a limit would be exceeded. */
export function buildImage(inputs: ImageInputs): { bytes: Uint8Array; layout: ImageLayout } {
  const { mbr, loader } = inputs;
  if (mbr.length !== SECTOR || mbr[510] !== 0x55 || mbr[511] !== 0xaa)
    throw new ImageError(
      `the MBR must be one 512-byte sector ending in 55 aa (it is ${mbr.length} bytes)`,
    );
  const loaderSectors = Math.ceil(loader.length / SECTOR);
  if (loaderSectors > LOADER_MAX_SECTORS)
    throw new ImageError(
      `the loader is ${loader.length} bytes; it must fit in ${LOADER_MAX_SECTORS} sectors (${LOADER_MAX_SECTORS * SECTOR} bytes) below its bounce buffer`,
    );
  const info = new DataView(loader.buffer, loader.byteOffset + BOOTINFO_OFFSET);
  if (
    loader.length < BOOTINFO_OFFSET + BOOTINFO_SIZE ||
    info.getUint32(BI.magic, true) !== BOOTINFO_MAGIC ||
    info.getUint32(BI.version, true) !== BOOTINFO_VERSION ||
    info.getUint32(BI.size, true) !== BOOTINFO_SIZE
  )
    throw new ImageError(
      `the loader has no boot-info structure (version ${BOOTINFO_VERSION}, ${BOOTINFO_SIZE} bytes) at offset ${BOOTINFO_OFFSET}`,
    );
  const cmdline = new TextEncoder().encode(inputs.cmdline);
  if (cmdline.length >= BOOTINFO_CMDLINE_MAX)
    throw new ImageError(
      `the command line is ${cmdline.length} bytes; at most ${BOOTINFO_CMDLINE_MAX - 1} fit`,
    );

  const kernel = flattenKernel(inputs.kernel, inputs.kernelBytes);
  const entry = inputs.kernel.entry;
  if (entry < kernel.start || entry >= kernel.start + kernel.bytes.length)
    throw new ImageError(
      `the entry point ${hex(entry)} is not in the loaded kernel [${hex(kernel.start)}, ${hex(kernel.start + kernel.bytes.length)}): it must be a physical address (kernel.ld: ENTRY)`,
    );
  const kernelSectors = Math.ceil(kernel.bytes.length / SECTOR);
  const initrdLba = PARTITION_LBA + kernelSectors;
  const initrdSectors = Math.ceil(inputs.initramfsRoom / SECTOR);
  const partitionSectors = kernelSectors + initrdSectors;
  const totalSectors = PARTITION_LBA + partitionSectors;

  const image = new Uint8Array(totalSectors * SECTOR);
  const view = new DataView(image.buffer);
  image.set(mbr, 0);
  image.set(loader, LOADER_LBA * SECTOR);
  image.set(kernel.bytes, PARTITION_LBA * SECTOR);

  // The boot-info structure, inside the loader's copy in the image.
  const bi = LOADER_LBA * SECTOR + BOOTINFO_OFFSET;
  const put = (field: number, v: number): void => view.setUint32(bi + field, v >>> 0, true);
  put(BI.kernelLba, PARTITION_LBA);
  put(BI.kernelSectors, kernelSectors);
  put(BI.kernelStart, kernel.start);
  put(BI.kernelFilesz, kernel.bytes.length);
  put(BI.kernelMemsz, kernel.memsz);
  put(BI.kernelEntry, entry);
  put(BI.initrdLba, initrdLba);
  put(BI.initrdSectors, initrdSectors);
  image.set(cmdline, bi + BI.cmdline);

  // The MBR's fields and partition 1.
  view.setUint32(MBR_LOADER_LBA, LOADER_LBA, true);
  view.setUint16(MBR_LOADER_SECTORS, loaderSectors, true);
  view.setUint32(MBR_DISK_SIGNATURE, fnv1a(image), true);
  const p = MBR_PARTITIONS;
  image[p] = 0x80; // active: the partition the BIOS boots
  image.set(chs(PARTITION_LBA), p + 1);
  image[p + 4] = PARTITION_TYPE;
  image.set(chs(totalSectors - 1), p + 5);
  view.setUint32(p + 8, PARTITION_LBA, true);
  view.setUint32(p + 12, partitionSectors, true);

  return {
    bytes: image,
    layout: {
      loaderSectors,
      kernelLba: PARTITION_LBA,
      kernelSectors,
      kernelStart: kernel.start,
      kernelFilesz: kernel.bytes.length,
      kernelMemsz: kernel.memsz,
      entry,
      initrdLba,
      initrdSectors,
      totalSectors,
    },
  };
}
