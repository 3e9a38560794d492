// The Linux i386 system calls of `logos run`, performed on the host.
//
// `int 0x80` with the call number in EAX and arguments in EBX ECX EDX ESI EDI EBP; the result (or
// -errno) goes back in EAX. Files are host files, paths relative to the guest's working directory
// (the host's at start); guest file descriptors map to host ones, 0-2 to the runner's own stdio.
// Memory calls (brk, mmap2, munmap, mprotect) edit the process's page tables. Calls that need a
// kernel with several processes (fork, clone, execve, wait) return ENOSYS: the Logos kernel
// provides those. Signals are not delivered: sigaction and sigprocmask succeed and do nothing, and
// a signal a process sends itself ends it with the signal's status, as its default action would.
import * as fs from "node:fs";
import { isatty } from "node:tty";
import { resolve } from "node:path";
import { EAX, EBP, EBX, ECX, EDI, EDX, ESI, FS, GS } from "../cpu/cpu.ts";
import { loadSegment } from "../cpu/system.ts";
import { MMAP_TOP, TLS_FIRST, type Process } from "./process.ts";

const EBADF = 9;
const ECHILD = 10;
const ENOMEM = 12;
const EFAULT = 14;
const EINVAL = 22;
const ENOTTY = 25;
const ESRCH = 3;
const ERANGE = 34;
const ENOSYS = 38;

interface FileDescription {
  host: number;
  path: string;
  pos: number;
  seekable: boolean;
  flags: number;
  dir?: boolean;
  dirEntries?: string[];
  dirNext?: number;
}

export class Syscalls {
  readonly p: Process;
  readonly exe: string;
  cwd = process.cwd();
  private fds = new Map<number, FileDescription>();
  /** Names of the calls used, with counts (for --stats). */
  readonly counts = new Map<number, number>();
  /** A call the runner does not know, reported once each. */
  readonly unknown = new Set<number>();

  constructor(p: Process, exe: string, stdio: readonly number[] = [0, 1, 2]) {
    this.p = p;
    this.exe = exe;
    for (const fd of [0, 1, 2]) {
      this.fds.set(fd, {
        host: stdio[fd],
        path: `<std${fd}>`,
        pos: 0,
        seekable: false,
        flags: fd === 0 ? 0 : 1,
      });
    }
  }

  /** Performs the call in the CPU's registers and sets EAX. */
  dispatch(): void {
    const r = this.p.cpu.regs;
    const nr = r[EAX];
    this.counts.set(nr, (this.counts.get(nr) ?? 0) + 1);
    let result: number;
    try {
      result = this.call(nr, r[EBX], r[ECX], r[EDX], r[ESI], r[EDI], r[EBP]);
    } catch (e) {
      const errno = (e as { errno?: number }).errno;
      if (typeof errno !== "number") throw e;
      result = errno < 0 ? errno : -errno;
    }
    r[EAX] = result;
  }

  private path(addr: number): string | null {
    const s = this.p.readString(addr);
    if (s === "") throw { errno: 2 }; // ENOENT, as Linux says for an empty path
    return s === null ? null : resolve(this.cwd, s);
  }

  private file(fd: number): FileDescription | undefined {
    return this.fds.get(fd);
  }

  private newFd(d: FileDescription, from = 0): number {
    let fd = from;
    while (this.fds.has(fd)) fd++;
    this.fds.set(fd, d);
    return fd;
  }

  private call(
    nr: number,
    a: number,
    b: number,
    c: number,
    d: number,
    e: number,
    f: number,
  ): number {
    const p = this.p;
    switch (nr) {
      case 1: // exit
      case 252: // exit_group
        p.exitCode = a & 0xff;
        return 0;
      case 3: // read
        return this.read(a, b, c >>> 0);
      case 4: // write
        return this.write(a, b, c >>> 0);
      case 145: // readv
      case 146: {
        // writev
        let total = 0;
        for (let k = 0; k < c; k++) {
          const base = p.read32((b + k * 8) | 0);
          const len = p.read32((b + k * 8 + 4) | 0);
          if (base === null || len === null) return -EFAULT;
          if (len === 0) continue;
          const n = nr === 145 ? this.read(a, base, len >>> 0) : this.write(a, base, len >>> 0);
          if (n < 0) return total > 0 ? total : n;
          total += n;
          if (n < len) break;
        }
        return total;
      }
      case 5: // open
        return this.open(resolveOrNull(this, a), b, c);
      case 295: {
        // openat (AT_FDCWD only, or absolute paths)
        if (a !== -100) {
          const s = p.readString(b);
          if (s === null) return -EFAULT;
          if (!s.startsWith("/")) return -ENOSYS;
        }
        return this.open(this.path(b), c, d);
      }
      case 6: // close
        return this.close(a);
      case 19: {
        // lseek
        const r = this.seek(a, b, c);
        return r < 0 ? r : r | 0;
      }
      case 140: {
        // _llseek(fd, high, low, result*, whence)
        const r = this.seek(a, b * 4294967296 + (c >>> 0), e);
        if (r < 0) return r;
        if (!p.write32(d, r | 0) || !p.write32((d + 4) | 0, Math.floor(r / 4294967296)))
          return -EFAULT;
        return 0;
      }
      case 10: // unlink
        return this.withPath(a, (path) => fs.unlinkSync(path));
      case 38: {
        // rename
        const from = this.path(a);
        const to = this.path(b);
        if (from === null || to === null) return -EFAULT;
        fs.renameSync(from, to);
        return 0;
      }
      case 39: // mkdir
        return this.withPath(a, (path) => fs.mkdirSync(path, { mode: b & 0o7777 }));
      case 40: // rmdir
        return this.withPath(a, (path) => fs.rmdirSync(path));
      case 12: // chdir
        return this.withPath(a, (path) => {
          if (!fs.statSync(path).isDirectory()) throw { errno: -20 };
          this.cwd = path;
        });
      case 33: // access
        return this.withPath(a, (path) => fs.accessSync(path, b & 7));
      case 183: {
        // getcwd
        const bytes = new TextEncoder().encode(this.cwd + "\0");
        if (bytes.length > b >>> 0) return -ERANGE;
        return p.writeBytes(a, bytes) ? bytes.length : -EFAULT;
      }
      case 85: {
        // readlink
        const path = p.readString(a);
        if (path === null) return -EFAULT;
        const target =
          path === "/proc/self/exe" ? this.exe : fs.readlinkSync(resolve(this.cwd, path));
        const bytes = new TextEncoder().encode(target).subarray(0, c >>> 0);
        return p.writeBytes(b, bytes) ? bytes.length : -EFAULT;
      }
      case 106: // stat
      case 107: // lstat
      case 195: // stat64
      case 196: {
        // lstat64
        const path = this.path(a);
        if (path === null) return -EFAULT;
        const st = nr === 107 || nr === 196 ? fs.lstatSync(path) : fs.statSync(path);
        return this.putStat(b, st, nr >= 195);
      }
      case 108: // fstat
      case 197: {
        // fstat64
        const fd = this.file(a);
        if (!fd) return -EBADF;
        return this.putStat(b, fs.fstatSync(fd.host), nr === 197);
      }
      case 300: {
        // fstatat64(dirfd, path, buf, flags)
        const s = p.readString(b);
        if (s === null) return -EFAULT;
        if (s === "" && (d & 0x1000) !== 0) {
          const fd = this.file(a);
          if (!fd) return -EBADF;
          return this.putStat(c, fs.fstatSync(fd.host), true);
        }
        if (a !== -100 && !s.startsWith("/")) return -ENOSYS;
        const path = resolve(this.cwd, s);
        return this.putStat(c, (d & 0x100) !== 0 ? fs.lstatSync(path) : fs.statSync(path), true);
      }
      case 54: // ioctl
        return this.ioctl(a, b, c);
      case 41: {
        // dup
        const fd = this.file(a);
        return fd ? this.newFd(fd) : -EBADF; // the same open file: offsets are shared
      }
      case 63: // dup2
      case 330: {
        // dup3
        const fd = this.file(a);
        if (!fd) return -EBADF;
        if (a === b) return b;
        if (this.fds.has(b)) this.close(b);
        this.fds.set(b, fd);
        return b;
      }
      case 221: // fcntl64
      case 55: {
        // fcntl
        const fd = this.file(a);
        if (!fd) return -EBADF;
        if (b === 0 || b === 1030) return this.newFd(fd, c); // F_DUPFD, F_DUPFD_CLOEXEC
        if (b === 3) return fd.flags; // F_GETFL
        return 0; // F_GETFD, F_SETFD, F_SETFL: accepted
      }
      case 220: // getdents64
        return this.getdents64(a, b, c >>> 0);
      case 45: // brk
        return this.brk(a);
      case 192: // mmap2
        return this.mmap(a, b >>> 0, c, d, e, f * 4096);
      case 90: {
        // old mmap: a points at six arguments
        const args: number[] = [];
        for (let k = 0; k < 6; k++) {
          const v = p.read32((a + 4 * k) | 0);
          if (v === null) return -EFAULT;
          args.push(v);
        }
        return this.mmap(args[0], args[1] >>> 0, args[2], args[3], args[4], args[5] >>> 0);
      }
      case 91: {
        // munmap
        if ((a & 4095) !== 0) return -EINVAL;
        p.unmap(a >>> 0, (a >>> 0) + Math.ceil((b >>> 0) / 4096) * 4096);
        return 0;
      }
      case 125: {
        // mprotect
        if ((a & 4095) !== 0) return -EINVAL;
        p.protect(a >>> 0, (a >>> 0) + Math.ceil((b >>> 0) / 4096) * 4096, (c & 2) !== 0);
        return 0;
      }
      case 219: // madvise
        return 0;
      case 122: // uname
        return this.uname(a);
      case 243: // set_thread_area
        return this.setThreadArea(a);
      case 244: // get_thread_area
        return -ENOSYS;
      case 258: // set_tid_address
      case 20: // getpid
      case 224: // gettid
        return PID;
      case 64: // getppid
        return 1;
      case 24: // getuid
      case 49: // geteuid
      case 47: // getgid
      case 50: // getegid
      case 199: // getuid32
      case 200: // getgid32
      case 201: // geteuid32
      case 202: // getegid32
        return nr === 24 || nr === 49 || nr === 199 || nr === 201
          ? (process.getuid?.() ?? 0)
          : (process.getgid?.() ?? 0);
      case 60: // umask
        return 0o22;
      case 311: // set_robust_list
      case 174: // rt_sigaction
      case 175: // rt_sigprocmask
      case 186: // sigaltstack
      case 158: // sched_yield
        if (nr === 174 && c !== 0) {
          // The old action: SIG_DFL, no flags.
          if (!p.writeBytes(c, new Uint8Array(16))) return -EFAULT;
        }
        return 0;
      case 386: // rseq: glibc does without it
      case 384: // arch_prctl: x86-64 only
        return -ENOSYS;
      case 76: // getrlimit
      case 191: // ugetrlimit
        return this.rlimit(a, b, false);
      case 340: {
        // prlimit64(pid, resource, new, old)
        if (a !== 0 && a !== PID) return -ESRCH;
        if (d !== 0) return this.rlimit(b, d, true);
        return 0;
      }
      case 13: {
        // time
        const t = Math.floor(Date.now() / 1000);
        if (a !== 0 && !p.write32(a, t)) return -EFAULT;
        return t;
      }
      case 78: {
        // gettimeofday
        const now = Date.now();
        if (
          a !== 0 &&
          (!p.write32(a, Math.floor(now / 1000)) || !p.write32((a + 4) | 0, (now % 1000) * 1000))
        ) {
          return -EFAULT;
        }
        return 0;
      }
      case 265: // clock_gettime
      case 403: {
        // clock_gettime64
        if (a < 0 || a > 11 || a === 8) return -EINVAL; // the clocks Linux has
        const [sec, nsec] = clock(a);
        const ok =
          nr === 265
            ? p.write32(b, sec) && p.write32((b + 4) | 0, nsec)
            : p.write32(b, sec) &&
              p.write32((b + 4) | 0, 0) &&
              p.write32((b + 8) | 0, nsec) &&
              p.write32((b + 12) | 0, 0);
        return ok ? 0 : -EFAULT;
      }
      case 43: {
        // times
        const ticks = Math.floor(performance.now() / 10);
        if (a !== 0 && !p.writeBytes(a, new Uint8Array(16))) return -EFAULT;
        return ticks;
      }
      case 162: {
        // nanosleep
        const sec = p.read32(a);
        const nsec = p.read32((a + 4) | 0);
        if (sec === null || nsec === null) return -EFAULT;
        if ((sec | 0) < 0 || nsec >>> 0 >= 1e9) return -EINVAL;
        sleep(sec * 1000 + nsec / 1e6);
        return 0;
      }
      case 355: {
        // getrandom
        const bytes = new Uint8Array(b >>> 0);
        crypto.getRandomValues(bytes.subarray(0, Math.min(bytes.length, 65536)));
        return p.writeBytes(a, bytes) ? bytes.length : -EFAULT;
      }
      case 37: // kill
      case 270: // tgkill
      case 238: {
        // tkill
        const target = nr === 270 ? b : a;
        const sig = nr === 270 ? c : b;
        if (target !== PID && target !== 0) return -ESRCH;
        if (sig === 0) return 0;
        p.exitCode = 128 + sig;
        p.killedBy = sig;
        return 0;
      }
      case 7: // waitpid
      case 114: // wait4
        return -ECHILD;
      case 2: // fork
      case 11: // execve
      case 120: // clone
      case 190: // vfork
      case 42: // pipe
      case 331: // pipe2
      case 102: // socketcall
      case 383: // statx: glibc falls back to fstat64/stat64
        return -ENOSYS;
      default:
        this.unknown.add(nr);
        return -ENOSYS;
    }
  }

  private withPath(addr: number, f: (path: string) => void): number {
    const path = this.path(addr);
    if (path === null) return -EFAULT;
    f(path);
    return 0;
  }

  private open(path: string | null, flags: number, mode: number): number {
    if (path === null) return -EFAULT;
    const host = fs.openSync(path, hostFlags(flags), mode & 0o7777);
    let seekable = false;
    let dir = false;
    try {
      const st = fs.fstatSync(host);
      seekable = st.isFile() || st.isBlockDevice();
      dir = st.isDirectory();
    } catch {
      // leave it unseekable
    }
    const d: FileDescription = { host, path, pos: 0, seekable, flags: flags & 0o3 };
    if ((flags & 0x400) !== 0) d.flags |= 0x400;
    if (dir) d.dir = true;
    return this.newFd(d, 3);
  }

  private close(fd: number): number {
    const d = this.fds.get(fd);
    if (!d) return -EBADF;
    this.fds.delete(fd);
    const shared = [...this.fds.values()].some((o) => o.host === d.host);
    if (!shared && d.host > 2) fs.closeSync(d.host);
    return 0;
  }

  private read(fd: number, buf: number, len: number): number {
    const d = this.file(fd);
    if (!d) return -EBADF;
    const bytes = new Uint8Array(Math.min(len, 1 << 20));
    let n: number;
    try {
      n = fs.readSync(d.host, bytes, 0, bytes.length, d.seekable ? d.pos : null);
    } catch (e) {
      if ((e as { code?: string }).code === "EAGAIN") {
        sleep(5);
        return this.read(fd, buf, len);
      }
      if ((e as { code?: string }).code === "EOF") return 0;
      throw e;
    }
    if (!this.p.writeBytes(buf, bytes.subarray(0, n))) return -EFAULT;
    d.pos += n;
    return n;
  }

  private write(fd: number, buf: number, len: number): number {
    const d = this.file(fd);
    if (!d) return -EBADF;
    const bytes = this.p.readBytes(buf, len);
    if (bytes === null) return -EFAULT;
    const position = d.seekable && (d.flags & 0x400) === 0 ? d.pos : null;
    let n = 0;
    while (n < bytes.length) {
      try {
        n += fs.writeSync(
          d.host,
          bytes,
          n,
          bytes.length - n,
          position === null ? null : position + n,
        );
      } catch (e) {
        if ((e as { code?: string }).code === "EAGAIN") {
          sleep(1);
          continue;
        }
        throw e;
      }
    }
    d.pos += n;
    return n;
  }

  private seek(fd: number, offset: number, whence: number): number {
    const d = this.file(fd);
    if (!d) return -EBADF;
    if (d.dir) {
      // A directory's offsets are getdents64's d_off values: the index of the next entry.
      if (whence !== 0 || offset < 0) return -EINVAL;
      if (offset === 0) d.dirEntries = undefined; // rewinding reads the folder afresh
      d.dirNext = offset;
      return offset;
    }
    if (!d.seekable) return -29; // ESPIPE
    let base = 0;
    if (whence === 1) base = d.pos;
    else if (whence === 2) base = fs.fstatSync(d.host).size;
    else if (whence !== 0) return -EINVAL;
    const pos = base + offset;
    if (pos < 0) return -EINVAL;
    d.pos = pos;
    return pos;
  }

  private ioctl(fd: number, req: number, arg: number): number {
    const d = this.file(fd);
    if (!d) return -EBADF;
    if (req === 0x5401) {
      // TCGETS: only terminals answer; glibc's isatty relies on ENOTTY
      if (!isatty(d.host)) return -ENOTTY;
      const t = new Uint8Array(36);
      const v = new DataView(t.buffer);
      v.setUint32(0, 0x500, true); // c_iflag: ICRNL IXON
      v.setUint32(4, 0x5, true); // c_oflag: OPOST ONLCR
      v.setUint32(8, 0xbf, true); // c_cflag
      v.setUint32(12, 0x8a3b, true); // c_lflag
      return this.p.writeBytes(arg, t) ? 0 : -EFAULT;
    }
    if (req === 0x5413) {
      // TIOCGWINSZ
      if (!isatty(d.host)) return -ENOTTY;
      const ws = new Uint8Array(8);
      const v = new DataView(ws.buffer);
      v.setUint16(0, process.stdout.rows ?? 24, true);
      v.setUint16(2, process.stdout.columns ?? 80, true);
      return this.p.writeBytes(arg, ws) ? 0 : -EFAULT;
    }
    return -ENOTTY;
  }

  private putStat(addr: number, st: fs.Stats, wide: boolean): number {
    const b = new Uint8Array(wide ? 96 : 64);
    const v = new DataView(b.buffer);
    const sec = (ms: number) => Math.floor(ms / 1000);
    const nsec = (ms: number) => Math.floor((ms % 1000) * 1e6);
    if (wide) {
      v.setUint32(0, st.dev >>> 0, true);
      v.setUint32(12, st.ino >>> 0, true);
      v.setUint32(16, st.mode, true);
      v.setUint32(20, st.nlink, true);
      v.setUint32(24, st.uid, true);
      v.setUint32(28, st.gid, true);
      v.setUint32(32, st.rdev >>> 0, true);
      v.setUint32(44, st.size >>> 0, true);
      v.setUint32(48, Math.floor(st.size / 4294967296), true);
      v.setUint32(52, st.blksize, true);
      v.setUint32(56, st.blocks >>> 0, true);
      v.setUint32(64, sec(st.atimeMs), true);
      v.setUint32(68, nsec(st.atimeMs), true);
      v.setUint32(72, sec(st.mtimeMs), true);
      v.setUint32(76, nsec(st.mtimeMs), true);
      v.setUint32(80, sec(st.ctimeMs), true);
      v.setUint32(84, nsec(st.ctimeMs), true);
      v.setUint32(88, st.ino >>> 0, true);
      v.setUint32(92, Math.floor(st.ino / 4294967296), true);
    } else {
      if (st.size > 0x7fffffff) return -75; // EOVERFLOW
      v.setUint32(0, st.dev >>> 0, true);
      v.setUint32(4, st.ino >>> 0, true);
      v.setUint16(8, st.mode, true);
      v.setUint16(10, st.nlink, true);
      v.setUint16(12, st.uid, true);
      v.setUint16(14, st.gid, true);
      v.setUint32(16, st.rdev >>> 0, true);
      v.setUint32(20, st.size, true);
      v.setUint32(24, st.blksize, true);
      v.setUint32(28, st.blocks, true);
      v.setUint32(32, sec(st.atimeMs), true);
      v.setUint32(36, nsec(st.atimeMs), true);
      v.setUint32(40, sec(st.mtimeMs), true);
      v.setUint32(44, nsec(st.mtimeMs), true);
      v.setUint32(48, sec(st.ctimeMs), true);
      v.setUint32(52, nsec(st.ctimeMs), true);
    }
    return this.p.writeBytes(addr, b) ? 0 : -EFAULT;
  }

  private getdents64(fd: number, buf: number, len: number): number {
    const d = this.file(fd);
    if (!d) return -EBADF;
    if (d.dirEntries === undefined) {
      try {
        d.dirEntries = [".", "..", ...fs.readdirSync(d.path)];
      } catch (e) {
        if ((e as { code?: string }).code === "ENOTDIR") return -20;
        throw e;
      }
      d.dirNext ??= 0;
    }
    const out: number[] = [];
    const enc = new TextEncoder();
    while ((d.dirNext ?? 0) < d.dirEntries.length) {
      const k = d.dirNext ?? 0;
      const name = d.dirEntries[k];
      const nameBytes = enc.encode(name);
      const reclen = (19 + nameBytes.length + 1 + 7) & ~7;
      if (out.length + reclen > len) break;
      let ino = 1;
      let type = 0;
      try {
        const st = fs.lstatSync(resolve(d.path, name));
        ino = st.ino;
        type = st.isDirectory()
          ? 4
          : st.isFile()
            ? 8
            : st.isSymbolicLink()
              ? 10
              : st.isFIFO()
                ? 1
                : st.isCharacterDevice()
                  ? 2
                  : 0;
      } catch {
        // vanished: type unknown
      }
      const rec = new Uint8Array(reclen);
      const v = new DataView(rec.buffer);
      v.setUint32(0, ino >>> 0, true);
      v.setUint32(4, Math.floor(ino / 4294967296), true);
      v.setUint32(8, k + 1, true); // d_off
      v.setUint16(16, reclen, true);
      rec[18] = type;
      rec.set(nameBytes, 19);
      out.push(...rec);
      d.dirNext = k + 1;
    }
    if (out.length === 0 && (d.dirNext ?? 0) < d.dirEntries.length) return -EINVAL;
    return this.p.writeBytes(buf, new Uint8Array(out)) ? out.length : -EFAULT;
  }

  private brk(addr: number): number {
    const p = this.p;
    const want = addr >>> 0;
    if (want < p.brkStart || want >= MMAP_TOP) return p.brk;
    const oldTop = Math.ceil(p.brk / 4096) * 4096;
    const newTop = Math.ceil(want / 4096) * 4096;
    try {
      if (newTop > oldTop) p.map(oldTop, newTop, true);
      else if (newTop < oldTop) p.unmap(newTop, oldTop);
    } catch {
      return p.brk;
    }
    p.brk = want;
    return want;
  }

  private mmap(
    addr: number,
    len: number,
    prot: number,
    flags: number,
    fd: number,
    offset: number,
  ): number {
    const p = this.p;
    if (len === 0) return -EINVAL;
    const size = Math.ceil(len / 4096) * 4096;
    let start: number;
    if ((flags & 0x10) !== 0) {
      // MAP_FIXED
      if ((addr & 4095) !== 0) return -EINVAL;
      start = addr >>> 0;
      p.unmap(start, start + size);
    } else if (addr !== 0 && (addr & 4095) === 0 && this.unmapped(addr >>> 0, size)) {
      // A hint, which Linux follows when the range is free.
      start = addr >>> 0;
      p.mmapLow = Math.min(p.mmapLow, start);
    } else {
      start = p.mmapLow - size;
      if (start < p.brk + 0x1000000) return -ENOMEM;
      p.mmapLow = start;
    }
    try {
      p.map(start, start + size, true);
    } catch {
      return -ENOMEM;
    }
    if ((flags & 0x20) === 0) {
      // A file mapping: a private copy of the file's bytes.
      const d = this.file(fd);
      if (!d) return -EBADF;
      const bytes = new Uint8Array(len);
      const n = fs.readSync(d.host, bytes, 0, len, offset);
      p.writeBytes(start, bytes.subarray(0, n));
    }
    if ((prot & 2) === 0) p.protect(start, start + size, false);
    return start | 0;
  }

  /** Whether [start, start + size) is free for mmap: above the heap's reserve, below MMAP_TOP. */
  private unmapped(start: number, size: number): boolean {
    const p = this.p;
    if (start < p.brk + 0x1000000 || start + size > MMAP_TOP) return false;
    for (let a = start; a < start + size; a += 4096) if (p.isMapped(a)) return false;
    return true;
  }

  private uname(addr: number): number {
    const fields = ["Linux", "logos", "6.1.0-logos", "#1 SMP Logos", "i686", "(none)"];
    const b = new Uint8Array(6 * 65);
    fields.forEach((s, k) => b.set(new TextEncoder().encode(s), k * 65));
    return this.p.writeBytes(addr, b) ? 0 : -EFAULT;
  }

  /** set_thread_area: fills one of the three TLS entries of the GDT from a struct user_desc. */
  private setThreadArea(addr: number): number {
    const p = this.p;
    const u = p.readBytes(addr, 16);
    if (u === null) return -EFAULT;
    const v = new DataView(u.buffer);
    let entry = v.getInt32(0, true);
    const base = v.getUint32(4, true);
    const limit = v.getUint32(8, true);
    const bits = v.getUint32(12, true);
    if (entry === -1) {
      entry = TLS_FIRST;
      for (let k = TLS_FIRST; k < TLS_FIRST + 3; k++) {
        const [lo, hi] = p.readDescriptor(k);
        if (lo === 0 && hi === 0) {
          entry = k;
          break;
        }
      }
      if (!p.write32(addr, entry)) return -EFAULT;
    }
    if (entry < TLS_FIRST || entry >= TLS_FIRST + 3) return -EINVAL;
    const seg32 = bits & 1;
    const contents = (bits >> 1) & 3;
    const readExecOnly = (bits >> 3) & 1;
    const limitInPages = (bits >> 4) & 1;
    const notPresent = (bits >> 5) & 1;
    const useable = (bits >> 6) & 1;
    const empty =
      base === 0 &&
      limit === 0 &&
      contents === 0 &&
      readExecOnly === 1 &&
      seg32 === 0 &&
      notPresent === 1;
    if (empty) p.setDescriptor(entry, 0, 0, 0, 0);
    else {
      const access =
        (notPresent ? 0 : 0x80) | 0x60 | 0x10 | (contents << 2) | (readExecOnly ? 0 : 2) | 1;
      p.setDescriptor(entry, base, limit, access, useable | (seg32 << 2) | (limitInPages << 3));
    }
    // As Linux does on the way back to user mode, reload segment registers that use the entry.
    const cpu = p.cpu;
    for (const seg of [FS, GS]) {
      if (cpu.segSel[seg] >> 3 === entry && (cpu.segSel[seg] & 4) === 0)
        loadSegment(cpu, seg, cpu.segSel[seg]);
    }
    return 0;
  }

  private rlimit(resource: number, addr: number, wide: boolean): number {
    const infinite = 0xffffffff;
    let cur = infinite;
    let max = infinite;
    if (resource === 3) cur = 8 << 20; // RLIMIT_STACK
    if (resource === 7) cur = max = 1024; // RLIMIT_NOFILE
    const ok = wide
      ? this.p.write32(addr, cur) &&
        this.p.write32((addr + 4) | 0, cur === infinite ? -1 : 0) &&
        this.p.write32((addr + 8) | 0, max) &&
        this.p.write32((addr + 12) | 0, max === infinite ? -1 : 0)
      : this.p.write32(addr, cur) && this.p.write32((addr + 4) | 0, max);
    return ok ? 0 : -EFAULT;
  }
}

const PID = 4242;

function resolveOrNull(s: Syscalls, addr: number): string | null {
  const str = s.p.readString(addr);
  if (str === "") throw { errno: 2 }; // ENOENT
  return str === null ? null : resolve(s.cwd, str);
}

/** Linux i386 open flags to the host's (Node runs on Linux, macOS, Windows). */
function hostFlags(flags: number): number {
  const C = fs.constants;
  let h = flags & 3;
  if (flags & 0x40) h |= C.O_CREAT;
  if (flags & 0x80) h |= C.O_EXCL;
  if (flags & 0x100) h |= C.O_NOCTTY ?? 0;
  if (flags & 0x200) h |= C.O_TRUNC;
  if (flags & 0x400) h |= C.O_APPEND;
  if (flags & 0x10000) h |= C.O_DIRECTORY ?? 0;
  if (flags & 0x20000) h |= C.O_NOFOLLOW ?? 0;
  return h;
}

function clock(id: number): [number, number] {
  if (id === 1 || id === 4 || id === 7 || id === 2 || id === 3) {
    const ns = process.hrtime.bigint();
    return [Number(ns / 1000000000n), Number(ns % 1000000000n)];
  }
  const ms = Date.now();
  return [Math.floor(ms / 1000), (ms % 1000) * 1e6];
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}
