// The terminal front end of `logos boot`: the VGA text screen drawn in the terminal with ANSI
// escape sequences (colours from the attribute bytes, the hardware cursor where the CRT controller
// puts it), and the terminal's keys sent to the PS/2 keyboard as scancodes of set 1.
//
// Drawing compares the screen with what was drawn last and rewrites only the rows that changed.
// Keys arrive from the terminal in raw mode as bytes and escape sequences (arrows, function keys,
// Home/End ...), which are turned into make and break codes. As in qemu, Ctrl-A is the escape key:
// Ctrl-A x quits, Ctrl-A c opens or closes the monitor (the guest is paused while it is open; it
// shows the registers, the instructions at CS:EIP and the memory at SS:ESP), Ctrl-A a types Ctrl-A.
import type { Frontend } from "../boot.ts";
import { CS, ESP, SS } from "../cpu/cpu.ts";
import { scancodesForInput } from "../devices/scancodes.ts";
import { COLS, CP437, ROWS } from "../devices/vga.ts";
import type { Machine } from "../machine.ts";

/** The report module (registers, disassembly), loaded after start-up: the monitor needs it. */
type Report = typeof import("../report.ts");

/** VGA colour numbers (blue = 1, red = 4) to ANSI's (red = 1, blue = 4). */
const ANSI = [0, 4, 2, 6, 1, 5, 3, 7];

export class TerminalFrontend implements Frontend {
  paused = false;
  private m: Machine;
  private onQuit: () => void;
  private drawn: string[] = [];
  private cursorDrawn = "";
  private escape = false;
  private listener: (d: Buffer) => void;
  private report: Report | null = null;

  constructor(m: Machine, onQuit: () => void) {
    this.m = m;
    this.onQuit = onQuit;
    void import("../report.ts").then((r) => {
      this.report = r;
    });
    process.stdout.write("\x1b[?1049h\x1b[2J\x1b[H"); // the alternate screen, cleared
    if (process.stdin.isTTY) process.stdin.setRawMode(true);
    this.listener = (d) => this.input(d.toString("latin1"));
    process.stdin.on("data", this.listener);
  }

  private input(text: string): void {
    let rest = "";
    for (const ch of text) {
      if (this.escape) {
        this.escape = false;
        if (ch === "x") return this.onQuit();
        if (ch === "c") {
          this.paused = !this.paused;
          this.drawn = [];
          continue;
        }
        if (ch === "\x01") rest += ch;
        continue;
      }
      if (ch === "\x01") {
        this.escape = true;
        continue;
      }
      rest += ch;
    }
    if (rest !== "" && !this.paused) this.m.ps2.sendScancodes(scancodesForInput(rest));
  }

  draw(): void {
    const lines = this.paused ? this.monitor() : this.screen();
    let rows = "";
    for (let r = 0; r < lines.length; r++) {
      if (this.drawn[r] === lines[r]) continue;
      rows += `\x1b[${r + 1};1H${lines[r]}\x1b[0m\x1b[K`;
    }
    this.drawn = lines;
    const vga = this.m.vga;
    const cell = vga.cursor;
    let cursor = "";
    if (!this.paused && vga.cursorVisible && cell >= 0 && cell < COLS * ROWS) {
      cursor = `\x1b[${Math.floor(cell / COLS) + 1};${(cell % COLS) + 1}H\x1b[?25h`;
    }
    // Nothing changed: write nothing (the loop calls this every few milliseconds).
    if (rows === "" && cursor === this.cursorDrawn) return;
    this.cursorDrawn = cursor;
    process.stdout.write("\x1b[?25l" + rows + cursor);
  }

  /** The VGA screen as terminal rows with SGR colour changes. */
  private screen(): string[] {
    const vga = this.m.vga;
    const rows: string[] = [];
    for (let r = 0; r < ROWS; r++) {
      let line = "";
      let last = -1;
      for (let c = 0; c < COLS; c++) {
        const [ch, attr] = vga.cell(r, c);
        if (attr !== last) {
          const fg = attr & 15;
          const bg = (attr >> 4) & 7;
          line += `\x1b[0;${fg >= 8 ? 90 + ANSI[fg - 8] : 30 + ANSI[fg]};${40 + ANSI[bg]}${attr & 0x80 ? ";5" : ""}m`;
          last = attr;
        }
        line += CP437[ch];
      }
      rows.push(line);
    }
    return rows;
  }

  /** The monitor: registers, the instructions at CS:EIP, the stack. */
  private monitor(): string[] {
    const cpu = this.m.cpu;
    const r = this.report;
    if (r === null) return ["logos monitor: loading \u2026"];
    const { formatInstruction, instructionAt, registers } = r;
    const lines = [
      "\x1b[7m logos monitor \u2014 guest paused; Ctrl-A c resumes, Ctrl-A x quits \x1b[0m",
      "",
    ];
    lines.push(...registers(cpu).trimEnd().split("\n"));
    lines.push(`  instructions executed: ${cpu.instructions}`, "", "  code at CS:EIP:");
    let eip = cpu.eip;
    for (let k = 0; k < 8; k++) {
      const { bytes } = instructionAt(cpu, eip);
      lines.push(`    ${formatInstruction(cpu, eip)}`);
      if (bytes.length === 0) break;
      eip = (eip + bytes.length) | 0;
    }
    lines.push("", "  stack at SS:ESP:");
    const base = cpu.segBase[SS] + (cpu.stack32 ? cpu.regs[ESP] : cpu.regs[ESP] & 0xffff);
    for (let row = 0; row < 4; row++) {
      const a = (base + row * 16) | 0;
      let hexs = "";
      for (let k = 0; k < 16; k++) {
        let b: number;
        try {
          b = cpu.mmu.read8((a + k) | 0);
        } catch {
          b = -1;
        }
        hexs += b < 0 ? " ??" : " " + b.toString(16).padStart(2, "0");
      }
      lines.push(`    ${(a >>> 0).toString(16).padStart(8, "0")}:${hexs}`);
    }
    lines.push("", `  cs base ${(cpu.segBase[CS] >>> 0).toString(16)}`);
    while (lines.length < ROWS) lines.push("");
    return lines;
  }

  close(): void {
    process.stdin.off("data", this.listener);
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stdin.pause();
    process.stdout.write("\x1b[0m\x1b[?25h\x1b[?1049l");
  }
}
