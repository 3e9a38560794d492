// A Linux i386 process in user mode, like qemu-user: the runner plays the kernel.
//
// The guest runs in ring 3, protected mode with paging, flat segments from a GDT laid out as
// Linux's (user code 0x73, user data 0x7b, thread-local-storage entries 6-8), on page tables that
// live in guest physical memory, so the CPU's real MMU and segment paths are what the program
// exercises. The runner allocates physical frames, maps the ELF's segments, builds the initial
// stack exactly as Linux's execve does (argc, argv, envp, the auxiliary vector), and then runs the
// CPU with `trapAll` set: every `int 0x80` returns to the runner, which performs the system call
// (syscalls.ts) and resumes; any other exception is a fault the runner reports. The stack grows on
// demand below its initial pages up to 8 MiB, as Linux's does.
import { Bus } from "../bus.ts";
import { Cpu, CS, DS, ES, FS, GS, SS, ESP } from "../cpu/cpu.ts";
import { Fault, PG_P, PG_U, PG_W } from "../cpu/mmu.ts";
import { loadFlat } from "../cpu/system.ts";
import { PF_W, PT_LOAD, PT_PHDR, type ElfExecutable } from "./elf.ts";

export const USER_CS = 0x73;
export const USER_DS = 0x7b;
export const TLS_FIRST = 6; // GDT entries 6, 7, 8 are the thread's TLS descriptors
const STACK_TOP = 0xc0000000;
const STACK_MAX = 8 << 20;
const STACK_INITIAL = 128 << 10;
export const MMAP_TOP = STACK_TOP - STACK_MAX - 0x100000;
const GDT_LINEAR = 0xfffff000 | 0; // supervisor-only page holding the GDT
const PAGE = 4096;

export class GuestMemoryError extends Error {}

export class Process {
  readonly bus: Bus;
  readonly cpu: Cpu;
  private nextFrame = 0x1000;
  private freeFrames: number[] = [];
  private readonly pageDir: number;
  private gdtFrame = 0;
  brkStart = 0;
  brk = 0;
  /** Lowest address handed out by mmap so far (mmap grows down from MMAP_TOP). */
  mmapLow = MMAP_TOP;
  private stackLow = STACK_TOP;
  exitCode: number | null = null;
  /** The signal that ended the process (it sent it to itself), or 0. */
  killedBy = 0;

  constructor(memoryBytes: number) {
    this.bus = new Bus(memoryBytes);
    this.cpu = new Cpu(this.bus);
    this.pageDir = this.allocFrame();
  }

  // ---- physical frames and page tables ----

  allocFrame(): number {
    const f = this.freeFrames.pop();
    if (f !== undefined) {
      this.bus.mem.fill(0, f, f + PAGE);
      return f;
    }
    if (this.nextFrame + PAGE > this.bus.size) {
      throw new GuestMemoryError(`out of guest memory (${this.bus.size >> 20} MiB; use --memory)`);
    }
    const a = this.nextFrame;
    this.nextFrame += PAGE;
    return a;
  }

  private pte(lin: number, create: boolean): number {
    const pdeAddr = this.pageDir + (lin >>> 22) * 4;
    let pde = this.bus.view.getInt32(pdeAddr, true);
    if ((pde & PG_P) === 0) {
      if (!create) return -1;
      pde = this.allocFrame() | PG_P | PG_W | PG_U;
      this.bus.view.setInt32(pdeAddr, pde, true);
    }
    return (pde & -PAGE) + ((lin >>> 12) & 0x3ff) * 4;
  }

  isMapped(lin: number): boolean {
    const at = this.pte(lin, false);
    return at >= 0 && (this.bus.view.getInt32(at, true) & PG_P) !== 0;
  }

  /** Maps [start, end) (page-rounded) as fresh zero pages, keeping pages already there. */
  map(start: number, end: number, writable: boolean, user = true): void {
    for (let p = Math.floor(start / PAGE) * PAGE; p < end; p += PAGE) {
      const at = this.pte(p, true);
      const old = this.bus.view.getInt32(at, true);
      const flags = PG_P | (writable ? PG_W : 0) | (user ? PG_U : 0);
      if ((old & PG_P) !== 0) this.bus.view.setInt32(at, old | flags, true);
      else this.bus.view.setInt32(at, this.allocFrame() | flags, true);
    }
    this.cpu.mmu.flush();
  }

  unmap(start: number, end: number): void {
    for (let p = start; p < end; p += PAGE) {
      const at = this.pte(p, false);
      if (at < 0) continue;
      const old = this.bus.view.getInt32(at, true);
      if ((old & PG_P) !== 0) {
        const frame = old & -PAGE;
        this.cpu.code.invalidate(frame >>> 12);
        this.freeFrames.push(frame);
        this.bus.view.setInt32(at, 0, true);
      }
    }
    this.cpu.mmu.flush();
  }

  protect(start: number, end: number, writable: boolean): void {
    for (let p = start; p < end; p += PAGE) {
      const at = this.pte(p, false);
      if (at < 0) continue;
      const old = this.bus.view.getInt32(at, true);
      if ((old & PG_P) !== 0) this.bus.view.setInt32(at, writable ? old | PG_W : old & ~PG_W, true);
    }
    this.cpu.mmu.flush();
  }

  /** Physical address of a mapped linear address, or -1. */
  physical(lin: number): number {
    const at = this.pte(lin, false);
    if (at < 0) return -1;
    const e = this.bus.view.getInt32(at, true);
    return (e & PG_P) === 0 ? -1 : (e & -PAGE) | (lin & (PAGE - 1));
  }

  /** Writes bytes by linear address regardless of page protection (the loader). */
  poke(lin: number, data: Uint8Array): void {
    for (let k = 0; k < data.length;) {
      const phys = this.physical((lin + k) | 0);
      if (phys < 0)
        throw new GuestMemoryError(
          `loader: address 0x${((lin + k) >>> 0).toString(16)} not mapped`,
        );
      const n = Math.min(data.length - k, PAGE - (phys & (PAGE - 1)));
      this.bus.mem.set(data.subarray(k, k + n), phys);
      this.cpu.code.invalidate(phys >>> 12);
      k += n;
    }
  }

  // ---- the GDT and the CPU's initial state ----

  private setupCpu(entry: number, sp: number): void {
    const cpu = this.cpu;
    this.gdtFrame = this.allocFrame();
    const pt = this.pte(GDT_LINEAR, true);
    this.bus.view.setInt32(pt, this.gdtFrame | PG_P | PG_W, true);
    // Flat 4 GiB descriptors: kernel code/data (entries 12, 13) and user code/data (14, 15).
    this.setDescriptor(12, 0, 0xfffff, 0x9a, 0xc);
    this.setDescriptor(13, 0, 0xfffff, 0x92, 0xc);
    this.setDescriptor(14, 0, 0xfffff, 0xfa, 0xc);
    this.setDescriptor(15, 0, 0xfffff, 0xf2, 0xc);
    cpu.gdtBase = GDT_LINEAR;
    cpu.gdtLimit = 32 * 8 - 1;
    cpu.cr0 = 0x80010033; // PG WP NE ET MP PE: protected mode with paging
    cpu.cr0 |= 4; // EM: there is no x87, so its instructions raise #NM
    cpu.protectedMode = true;
    cpu.mmu.cr3 = this.pageDir;
    cpu.cpl = 3;
    cpu.setPaging();
    loadFlat(cpu, CS, USER_CS, true, 3);
    for (const s of [SS, DS, ES]) loadFlat(cpu, s, USER_DS, false, 3);
    for (const s of [FS, GS]) {
      cpu.segSel[s] = 0;
      cpu.segAttr[s] = 0;
    }
    cpu.flags = 0x202; // IF
    cpu.lazyMask = 0;
    cpu.eip = entry;
    cpu.regs.fill(0);
    cpu.regs[ESP] = sp;
    cpu.trapAll = true;
  }

  /** Writes GDT entry `index` (base, 20-bit limit, access byte, flags nibble). */
  setDescriptor(index: number, base: number, limit: number, access: number, flags: number): void {
    const lo = ((base & 0xffff) << 16) | (limit & 0xffff);
    const hi =
      (base & 0xff000000) |
      ((flags & 0xf) << 20) |
      (limit & 0xf0000) |
      ((access & 0xff) << 8) |
      ((base >>> 16) & 0xff);
    this.bus.view.setInt32(this.gdtFrame + index * 8, lo, true);
    this.bus.view.setInt32(this.gdtFrame + index * 8 + 4, hi, true);
  }

  readDescriptor(index: number): [number, number] {
    return [
      this.bus.view.getInt32(this.gdtFrame + index * 8, true),
      this.bus.view.getInt32(this.gdtFrame + index * 8 + 4, true),
    ];
  }

  // ---- execve ----

  load(elf: ElfExecutable, argv: string[], envp: string[], execfn: string): void {
    let end = 0;
    for (const ph of elf.segments) {
      if (ph.type !== PT_LOAD || ph.memsz === 0) continue;
      this.map(ph.vaddr, ph.vaddr + ph.memsz, (ph.flags & PF_W) !== 0);
      this.poke(ph.vaddr, elf.bytes.subarray(ph.offset, ph.offset + ph.filesz));
      end = Math.max(end, ph.vaddr + ph.memsz);
    }
    this.brkStart = this.brk = Math.ceil(end / PAGE) * PAGE;
    this.stackLow = STACK_TOP - STACK_INITIAL;
    this.map(this.stackLow, STACK_TOP, true);
    const sp = this.buildStack(elf, argv, envp, execfn);
    this.setupCpu(elf.entry, sp);
  }

  private phdrAddress(elf: ElfExecutable): number {
    const phdr = elf.segments.find((s) => s.type === PT_PHDR);
    if (phdr) return phdr.vaddr;
    for (const s of elf.segments) {
      if (s.type === PT_LOAD && elf.phoff >= s.offset && elf.phoff < s.offset + s.filesz) {
        return s.vaddr + (elf.phoff - s.offset);
      }
    }
    return 0;
  }

  /** The initial stack, laid out as Linux's create_elf_tables does; returns ESP. */
  private buildStack(elf: ElfExecutable, argv: string[], envp: string[], execfn: string): number {
    const enc = new TextEncoder();
    let top = STACK_TOP - 16;
    const putString = (s: string): number => {
      const b = enc.encode(s + "\0");
      top -= b.length;
      this.poke(top, b);
      return top;
    };
    const execfnAddr = putString(execfn);
    const envAddrs = envp.map(putString);
    const argAddrs = argv.map(putString);
    const platform = putString("i686");
    top -= 16;
    const random = top;
    const rnd = new Uint8Array(16);
    crypto.getRandomValues(rnd);
    this.poke(random, rnd);
    top &= ~15;
    const auxv: [number, number][] = [
      [3, this.phdrAddress(elf)], // AT_PHDR
      [4, elf.phentsize], // AT_PHENT
      [5, elf.phnum], // AT_PHNUM
      [6, PAGE], // AT_PAGESZ
      [7, 0], // AT_BASE
      [8, 0], // AT_FLAGS
      [9, elf.entry], // AT_ENTRY
      [11, 1000], // AT_UID
      [12, 1000], // AT_EUID
      [13, 1000], // AT_GID
      [14, 1000], // AT_EGID
      [16, 0x8138], // AT_HWCAP: the cpuid leaf 1 EDX bits
      [17, 100], // AT_CLKTCK
      [15, platform], // AT_PLATFORM
      [23, 0], // AT_SECURE
      [25, random], // AT_RANDOM
      [31, execfnAddr], // AT_EXECFN
      [0, 0], // AT_NULL
    ];
    const words: number[] = [argv.length, ...argAddrs, 0, ...envAddrs, 0];
    for (const [k, v] of auxv) words.push(k, v);
    let sp = top - words.length * 4;
    sp &= ~15;
    const block = new Uint8Array(words.length * 4);
    const dv = new DataView(block.buffer);
    words.forEach((w, k) => dv.setUint32(k * 4, w >>> 0, true));
    this.poke(sp, block);
    return sp;
  }

  /** Grows the stack to cover `lin` if it is in the stack's reserved range. */
  growStack(lin: number): boolean {
    const a = lin >>> 0;
    if (a >= STACK_TOP || a < STACK_TOP - STACK_MAX || a >= this.stackLow) return false;
    const low = Math.floor(a / PAGE) * PAGE;
    this.map(low, this.stackLow, true);
    this.stackLow = low;
    return true;
  }

  // ---- copying to and from the guest (for system calls); null means EFAULT ----

  readBytes(lin: number, len: number): Uint8Array | null {
    const out = new Uint8Array(len);
    for (let k = 0; k < len;) {
      const phys = this.userPhysical((lin + k) | 0, false);
      if (phys < 0) return null;
      const n = Math.min(len - k, PAGE - (phys & (PAGE - 1)));
      out.set(this.bus.mem.subarray(phys, phys + n), k);
      k += n;
    }
    return out;
  }

  writeBytes(lin: number, data: Uint8Array): boolean {
    for (let k = 0; k < data.length;) {
      const phys = this.userPhysical((lin + k) | 0, true);
      if (phys < 0) return false;
      const n = Math.min(data.length - k, PAGE - (phys & (PAGE - 1)));
      this.bus.mem.set(data.subarray(k, k + n), phys);
      this.cpu.code.invalidate(phys >>> 12);
      k += n;
    }
    return true;
  }

  /** A NUL-terminated string from the guest (at most `max` bytes), or null. */
  readString(lin: number, max = 4096): string | null {
    const bytes: number[] = [];
    for (let k = 0; k < max; k++) {
      const phys = this.userPhysical((lin + k) | 0, false);
      if (phys < 0) return null;
      const b = this.bus.mem[phys];
      if (b === 0) return new TextDecoder().decode(new Uint8Array(bytes));
      bytes.push(b);
    }
    return null;
  }

  read32(lin: number): number | null {
    const b = this.readBytes(lin, 4);
    return b === null ? null : new DataView(b.buffer).getInt32(0, true);
  }

  write32(lin: number, v: number): boolean {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, v, true);
    return this.writeBytes(lin, b);
  }

  /** Physical address for a user access, or -1 (growing the stack as a fault would). */
  private userPhysical(lin: number, write: boolean): number {
    try {
      return this.cpu.mmu.translate(lin, write);
    } catch (e) {
      if (!(e instanceof Fault)) throw e;
      if (this.growStack(lin)) return this.userPhysical(lin, write);
      return -1;
    }
  }
}
