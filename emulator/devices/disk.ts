// A disk image: 512-byte sectors read from the image file on demand. Writes stay in memory
// (copy-on-write: the file is never touched) unless the disk was opened writable (`--write`),
// when they go back to the file. Reading on demand keeps start-up fast for large images.
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";

export const SECTOR = 512;

export class Disk {
  readonly path: string;
  readonly sectors: number;
  readonly writable: boolean;
  private fd: number;
  /** Sectors written (copy-on-write mode), by LBA. */
  private overlay = new Map<number, Uint8Array>();

  constructor(path: string, writable: boolean) {
    this.path = path;
    this.writable = writable;
    this.fd = openSync(path, writable ? "r+" : "r");
    this.sectors = Math.ceil(fstatSync(this.fd).size / SECTOR); // a partial last sector reads as zeros beyond the end
  }

  /**
   * The CHS geometry the BIOS reports, as qemu guesses it for a raw image: 16 heads, 63 sectors
   * per track, and as many cylinders as fit (2 to 1024; larger disks are reached by LBA).
   */
  get geometry(): { cylinders: number; heads: number; sectorsPerTrack: number } {
    const heads = 16;
    const sectorsPerTrack = 63;
    const cylinders = Math.max(
      2,
      Math.min(1024, Math.floor(this.sectors / (heads * sectorsPerTrack))),
    );
    return { cylinders, heads, sectorsPerTrack };
  }

  /** Copies sector `lba` into `dst` at `at`; false when it is past the end. */
  read(lba: number, dst: Uint8Array, at: number): boolean {
    if (lba < 0 || lba >= this.sectors) return false;
    const over = this.overlay.get(lba);
    if (over !== undefined) dst.set(over, at);
    else {
      const n = readSync(this.fd, dst, at, SECTOR, lba * SECTOR);
      if (n < SECTOR) dst.fill(0, at + n, at + SECTOR);
    }
    return true;
  }

  write(lba: number, src: Uint8Array, at: number): boolean {
    if (lba < 0 || lba >= this.sectors) return false;
    const data = src.slice(at, at + SECTOR);
    if (this.writable) writeSync(this.fd, data, 0, SECTOR, lba * SECTOR);
    else this.overlay.set(lba, data);
    return true;
  }

  close(): void {
    closeSync(this.fd);
  }
}
