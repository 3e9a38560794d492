// The primary ATA (IDE) channel in PIO mode: ports 0x1F0-0x1F7, the device control / alternate
// status register at 0x3F6, IRQ 14. The master is the boot disk, the slave the second disk.
//
// A command is written to 0x1F7 after the task-file registers (sector count, LBA or CHS address,
// drive/head). Data moves 16 bits at a time through 0x1F0, one 512-byte sector per DRQ phase:
// READ SECTORS fills the sector buffer and raises DRQ and the interrupt for each sector; WRITE
// SECTORS waits for the guest to fill it. Completion is instant (the guest sees BSY only if it
// looks before the command is written). Reading the status register acknowledges the interrupt;
// reading the alternate status does not; nIEN in the device control register masks it. IDENTIFY
// DEVICE answers the words a driver reads: geometry, capacity, model and serial, LBA support.
import type { PortDevice } from "../bus.ts";
import { type Disk, SECTOR } from "./disk.ts";

const BSY = 0x80;
const DRDY = 0x40;
const DSC = 0x10;
const DRQ = 0x08;
const ERR = 0x01;
const ABRT = 0x04; // error register: command aborted

export class Ata implements PortDevice {
  readonly drives: (Disk | null)[];
  private buf = new Uint8Array(SECTOR);
  private pos = SECTOR;
  /** The transfer in progress: 0 none, 1 read (guest reads data), 2 write (guest writes data). */
  private transfer = 0;
  private remaining = 0;
  private lba = 0;
  private status = DRDY | DSC;
  private error = 0;
  private features = 0;
  private count = 1;
  private sector = 1;
  private cylLo = 0;
  private cylHi = 0;
  private head = 0xa0;
  private control = 0;
  private hob = new Uint8Array(4);
  setIrq: (level: boolean) => void = () => {};

  constructor(master: Disk | null, slave: Disk | null) {
    this.drives = [master, slave];
  }

  private get drive(): Disk | null {
    return this.drives[(this.head >> 4) & 1];
  }

  private interrupt(): void {
    if ((this.control & 2) === 0) this.setIrq(true);
  }

  /** The task file's address (LBA28 when head bit 6 is set, CHS otherwise). */
  private address(): number {
    if (this.head & 0x40) {
      return ((this.head & 0x0f) << 24) | (this.cylHi << 16) | (this.cylLo << 8) | this.sector;
    }
    const d = this.drive;
    if (d === null) return -1;
    const g = d.geometry;
    const cyl = (this.cylHi << 8) | this.cylLo;
    return (cyl * g.heads + (this.head & 0x0f)) * g.sectorsPerTrack + this.sector - 1;
  }

  /** Writes the address of the next sector back to the task file (as the drive does). */
  private setAddress(lba: number): void {
    if (this.head & 0x40) {
      this.sector = lba & 0xff;
      this.cylLo = (lba >> 8) & 0xff;
      this.cylHi = (lba >> 16) & 0xff;
      this.head = (this.head & 0xf0) | ((lba >> 24) & 0x0f);
      return;
    }
    const g = (this.drive as Disk).geometry;
    const cyl = Math.floor(lba / (g.heads * g.sectorsPerTrack));
    const rest = lba % (g.heads * g.sectorsPerTrack);
    this.head = (this.head & 0xf0) | Math.floor(rest / g.sectorsPerTrack);
    this.sector = (rest % g.sectorsPerTrack) + 1;
    this.cylLo = cyl & 0xff;
    this.cylHi = (cyl >> 8) & 0xff;
  }

  private abort(code: number): void {
    this.error = code;
    this.status = DRDY | ERR; // as qemu: DSC drops with the error
    this.transfer = 0;
    this.interrupt();
  }

  /** Loads the next sector of a read into the buffer and raises DRQ. */
  private nextRead(): void {
    const d = this.drive as Disk;
    if (!d.read(this.lba, this.buf, 0)) return this.abort(ABRT); // past the end: qemu aborts the command
    this.setAddress(this.lba);
    this.lba++;
    this.remaining--;
    this.pos = 0;
    this.transfer = 1;
    this.status = DRDY | DSC | DRQ;
    this.interrupt();
  }

  private command(cmd: number): void {
    const d = this.drive;
    this.error = 0;
    this.setIrq(false);
    if (d === null) {
      // no device: the status register floats (reads 0), the command is ignored
      this.status = 0;
      return;
    }
    switch (cmd) {
      case 0x20: // READ SECTORS
      case 0x21:
      case 0xc4: // READ MULTIPLE (one sector per block here)
        this.lba = this.address();
        this.remaining = this.count === 0 ? 256 : this.count;
        this.nextRead();
        return;
      case 0x30: // WRITE SECTORS
      case 0x31:
      case 0xc5:
        this.lba = this.address();
        this.remaining = this.count === 0 ? 256 : this.count;
        this.pos = 0;
        this.transfer = 2;
        this.status = DRDY | DSC | DRQ; // no interrupt before the first sector
        return;
      case 0xec: // IDENTIFY DEVICE
        this.identify(d);
        this.pos = 0;
        this.transfer = 1;
        this.remaining = 0;
        this.status = DRDY | DSC | DRQ;
        this.interrupt();
        return;
      case 0xa1: // IDENTIFY PACKET DEVICE: not an ATAPI device
        this.cylLo = 0;
        this.cylHi = 0;
        return this.abort(ABRT);
      case 0x40: // READ VERIFY
      case 0x41:
      case 0x10: // RECALIBRATE
      case 0x91: // INITIALIZE DEVICE PARAMETERS
      case 0xe7: // FLUSH CACHE
      case 0xef: // SET FEATURES
      case 0xc6: // SET MULTIPLE MODE
      case 0xe0: // STANDBY IMMEDIATE
      case 0xe1: // IDLE IMMEDIATE
        this.status = DRDY | DSC;
        this.interrupt();
        return;
      default:
        this.abort(ABRT);
    }
  }

  private identify(d: Disk): void {
    const w = new Uint16Array(256);
    const g = d.geometry;
    const lbaSectors = Math.min(d.sectors, 0x0fffffff);
    w[0] = 0x0040; // fixed device
    w[1] = g.cylinders;
    w[3] = g.heads;
    w[6] = g.sectorsPerTrack;
    putString(w, 10, 20, "LOGOS0001");
    putString(w, 23, 8, "1.0");
    putString(w, 27, 40, "LOGOS HARDDISK");
    w[47] = 0x8001; // READ/WRITE MULTIPLE: 1 sector
    w[49] = 0x0200; // LBA supported
    w[53] = 0x0001; // words 54-58 valid
    w[54] = g.cylinders;
    w[55] = g.heads;
    w[56] = g.sectorsPerTrack;
    const chs = g.cylinders * g.heads * g.sectorsPerTrack;
    w[57] = chs & 0xffff;
    w[58] = chs >>> 16;
    w[60] = lbaSectors & 0xffff;
    w[61] = lbaSectors >>> 16;
    w[80] = 0x007e; // ATA-1 ... ATA-6
    w[82] = 0x4000;
    w[83] = 0x4000;
    w[84] = 0x4000;
    this.buf.set(new Uint8Array(w.buffer));
  }

  in(port: number, size: number): number {
    switch (port) {
      case 0x1f0: {
        if (this.transfer !== 1) return size === 4 ? -1 : 0xffff;
        let v = 0;
        for (let k = 0; k < size && this.pos < SECTOR; k++) v |= this.buf[this.pos++] << (8 * k);
        if (this.pos >= SECTOR) {
          if (this.remaining > 0) this.nextRead();
          else {
            this.transfer = 0;
            this.status = DRDY | DSC;
          }
        }
        return v;
      }
      case 0x1f1:
        return this.error;
      case 0x1f2:
        return this.count;
      case 0x1f3:
        return this.sector;
      case 0x1f4:
        return this.cylLo;
      case 0x1f5:
        return this.cylHi;
      case 0x1f6:
        return this.head;
      case 0x1f7:
        this.setIrq(false);
        return this.drive === null ? 0 : this.status;
      case 0x3f6:
        return this.drive === null ? 0 : this.status;
      default:
        return 0xff;
    }
  }

  out(port: number, size: number, value: number): void {
    const v = value & 0xff;
    switch (port) {
      case 0x1f0: {
        if (this.transfer !== 2) return;
        for (let k = 0; k < size && this.pos < SECTOR; k++)
          this.buf[this.pos++] = (value >>> (8 * k)) & 0xff;
        if (this.pos < SECTOR) return;
        const d = this.drive as Disk;
        if (!d.write(this.lba, this.buf, 0)) return this.abort(ABRT); // past the end: qemu aborts the command
        this.setAddress(this.lba);
        this.lba++;
        this.remaining--;
        this.pos = 0;
        if (this.remaining === 0) {
          this.transfer = 0;
          this.status = DRDY | DSC;
        }
        this.interrupt();
        return;
      }
      case 0x1f1:
        this.features = v;
        return;
      case 0x1f2:
        this.hob[0] = this.count;
        this.count = v;
        return;
      case 0x1f3:
        this.sector = v;
        return;
      case 0x1f4:
        this.cylLo = v;
        return;
      case 0x1f5:
        this.cylHi = v;
        return;
      case 0x1f6:
        this.head = v | 0xa0;
        return;
      case 0x1f7:
        this.command(v);
        return;
      case 0x3f6:
        if ((v & 4) !== 0 && (this.control & 4) === 0) {
          // software reset: the signature of an ATA device in the task file
          this.status = DRDY | DSC;
          this.error = 1;
          this.count = 1;
          this.sector = 1;
          this.cylLo = 0;
          this.cylHi = 0;
          this.head = 0xa0;
          this.transfer = 0;
        }
        this.control = v;
        if (v & 2) this.setIrq(false);
        return;
    }
  }
}

/** An ATA string: two characters per word, the first in the high byte, padded with spaces. */
function putString(w: Uint16Array, word: number, length: number, s: string): void {
  const padded = s.padEnd(length, " ");
  for (let k = 0; k < length; k += 2) {
    w[word + k / 2] = (padded.charCodeAt(k) << 8) | padded.charCodeAt(k + 1);
  }
}
