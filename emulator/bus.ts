// The bus: physical memory, memory-mapped I/O and the I/O port space.
//
// RAM is one ArrayBuffer seen through a byte array and a little-endian DataView; the CPU's memory
// fast path (mmu.ts) reads and writes it directly. Devices claim pages of the physical address
// space (`mapMmio`) or ranges of ports (`mapPorts`); the MMU never caches an MMIO page in its TLB,
// so every access to one reaches the device. Physical addresses with neither RAM nor a device read
// as all ones and ignore writes, as on a PC with nothing there.

export interface MmioDevice {
  read(addr: number, size: number): number;
  write(addr: number, size: number, value: number): void;
}

export interface PortDevice {
  in(port: number, size: number): number;
  out(port: number, size: number, value: number): void;
}

export class Bus {
  readonly mem: Uint8Array;
  readonly view: DataView;
  readonly size: number;
  /** Device per physical page (index = address >>> 12), for the pages that have one. */
  private mmio = new Map<number, MmioDevice>();
  private ports: (PortDevice | undefined)[] = new Array(0x10000);

  constructor(bytes: number) {
    if ((bytes & 0xfff) !== 0 || bytes <= 0 || bytes > 0x7ffff000) {
      throw new Error(`memory size must be a positive multiple of 4 KiB below 2 GiB: ${bytes}`);
    }
    const buffer = new ArrayBuffer(bytes);
    this.mem = new Uint8Array(buffer);
    this.view = new DataView(buffer);
    this.size = bytes;
  }

  /** Claims [start, start + length) (page-aligned) for a device. */
  mapMmio(start: number, length: number, device: MmioDevice): void {
    for (let a = start; a < start + length; a += 0x1000) this.mmio.set(a >>> 12, device);
  }

  mapPorts(first: number, count: number, device: PortDevice): void {
    for (let p = first; p < first + count; p++) this.ports[p & 0xffff] = device;
  }

  /** The device on a port, if any (to wrap it, as --port-log does). */
  portDevice(port: number): PortDevice | undefined {
    return this.ports[port & 0xffff];
  }

  /** RAM that the TLB may point at directly (no device, inside memory). */
  isRam(page: number): boolean {
    return page < this.size >>> 12 && !this.mmio.has(page);
  }

  /** Slow physical read of 1, 2 or 4 bytes (any address: RAM, device or nothing). */
  read(addr: number, size: number): number {
    const dev = this.mmio.get(addr >>> 12);
    if (dev !== undefined) return dev.read(addr, size);
    if (addr >>> 0 >= this.size || (addr >>> 0) + size > this.size) {
      return size === 4 ? -1 : size === 2 ? 0xffff : 0xff;
    }
    if (size === 1) return this.mem[addr];
    if (size === 2) return this.view.getUint16(addr, true);
    return this.view.getInt32(addr, true);
  }

  write(addr: number, size: number, value: number): void {
    const dev = this.mmio.get(addr >>> 12);
    if (dev !== undefined) return dev.write(addr, size, value);
    if (addr >>> 0 >= this.size || (addr >>> 0) + size > this.size) return;
    if (size === 1) this.mem[addr] = value;
    else if (size === 2) this.view.setUint16(addr, value, true);
    else this.view.setInt32(addr, value, true);
  }

  in(port: number, size: number): number {
    const dev = this.ports[port & 0xffff];
    if (dev === undefined) return size === 4 ? -1 : size === 2 ? 0xffff : 0xff;
    return dev.in(port & 0xffff, size);
  }

  out(port: number, size: number, value: number): void {
    this.ports[port & 0xffff]?.out(port & 0xffff, size, value);
  }
}
