// VGA text mode: 80×25 cells at physical 0xB8000, two bytes each (the character in code page 437
// and its attribute: foreground in bits 0–3, background in bits 4–6, blink in bit 7), and the CRT
// controller's registers at 0x3D4/0x3D5 that place the hardware cursor (0x0E/0x0F) and shape it
// (0x0A/0x0B: start and end scan line, bit 5 of 0x0A hides it).
//
// The text buffer is plain RAM — the guest writes it at full speed — and the front end reads it
// when it draws. The other VGA ports (attribute, sequencer, graphics, misc output, the input
// status register whose retrace bit a guest may poll) accept writes and answer plausibly; only
// text mode 03h is emulated.
import type { Bus, PortDevice } from "../bus.ts";

export const TEXT_BASE = 0xb8000;
export const COLS = 80;
export const ROWS = 25;

export class Vga implements PortDevice {
  private bus: Bus;
  readonly crtc = new Uint8Array(0x19);
  private crtcIndex = 0;
  private retrace = 0;
  private misc = 0x67;
  private attrIndex = 0;
  private attrFlip = false;
  private seqIndex = 0;
  private gcIndex = 0;

  constructor(bus: Bus) {
    this.bus = bus;
    this.crtc[0x0a] = 0x0d; // cursor start/end scan lines of mode 03h
    this.crtc[0x0b] = 0x0e;
    this.crtc[0x09] = 0x0f; // 16-line characters
  }

  /** The cursor's cell (row * 80 + column) from the CRTC, relative to the start address. */
  get cursor(): number {
    return ((this.crtc[0x0e] << 8) | this.crtc[0x0f]) - this.startAddress;
  }

  set cursor(cell: number) {
    const v = cell + this.startAddress;
    this.crtc[0x0e] = (v >> 8) & 0xff;
    this.crtc[0x0f] = v & 0xff;
  }

  get startAddress(): number {
    return (this.crtc[0x0c] << 8) | this.crtc[0x0d];
  }

  get cursorVisible(): boolean {
    return (this.crtc[0x0a] & 0x20) === 0 && (this.crtc[0x0a] & 0x1f) <= (this.crtc[0x0b] & 0x1f);
  }

  /** Character and attribute of a cell. */
  cell(row: number, col: number): [number, number] {
    const a = TEXT_BASE + 2 * ((this.startAddress + row * COLS + col) & 0x3fff);
    if (a + 1 >= this.bus.size) return [0x20, 0x07];
    return [this.bus.mem[a], this.bus.mem[a + 1]];
  }

  /** The screen as text, one line per row, trailing blanks removed (code page 437 → Unicode). */
  text(): string {
    const lines: string[] = [];
    for (let r = 0; r < ROWS; r++) {
      let line = "";
      for (let c = 0; c < COLS; c++) line += CP437[this.cell(r, c)[0]];
      lines.push(line.trimEnd());
    }
    return lines.join("\n").replace(/\n+$/, "") + "\n";
  }

  /** The screen with attributes: each row as text, then its attributes as hex digit pairs. */
  dump(): string {
    let s = "";
    for (let r = 0; r < ROWS; r++) {
      let chars = "";
      let attrs = "";
      for (let c = 0; c < COLS; c++) {
        const [ch, at] = this.cell(r, c);
        chars += CP437[ch];
        attrs += at.toString(16).padStart(2, "0");
      }
      s += `${chars}|${attrs}\n`;
    }
    return s;
  }

  in(port: number): number {
    switch (port) {
      case 0x3d4:
        return this.crtcIndex;
      case 0x3d5:
        return this.crtcIndex < this.crtc.length ? this.crtc[this.crtcIndex] : 0xff;
      case 0x3da:
        // input status 1: the display-enable and vertical-retrace bits toggle; reading resets
        // the attribute controller's index/data flip-flop
        this.attrFlip = false;
        this.retrace ^= 0x09;
        return this.retrace;
      case 0x3cc:
        return this.misc;
      case 0x3c0:
        return this.attrIndex;
      case 0x3c4:
        return this.seqIndex;
      case 0x3ce:
        return this.gcIndex;
      default:
        return 0;
    }
  }

  out(port: number, size: number, value: number): void {
    if (size === 2) {
      // outw to an index port writes the index and then the data
      this.out(port, 1, value & 0xff);
      this.out(port + 1, 1, (value >> 8) & 0xff);
      return;
    }
    const v = value & 0xff;
    switch (port) {
      case 0x3d4:
        this.crtcIndex = v;
        return;
      case 0x3d5:
        if (this.crtcIndex < this.crtc.length) this.crtc[this.crtcIndex] = v;
        return;
      case 0x3c0:
        if (!this.attrFlip) this.attrIndex = v;
        this.attrFlip = !this.attrFlip;
        return;
      case 0x3c2:
        this.misc = v;
        return;
      case 0x3c4:
        this.seqIndex = v;
        return;
      case 0x3ce:
        this.gcIndex = v;
        return;
    }
  }
}

/** Code page 437, the VGA's character set, as Unicode. */
export const CP437: string[] = (() => {
  const low = " ☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼";
  const high =
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ";
  const t: string[] = [];
  for (let k = 0; k < 256; k++) {
    if (k < 32) t.push([...low][k]);
    else if (k < 127) t.push(String.fromCharCode(k));
    else if (k === 127) t.push("⌂");
    else t.push([...high][k - 128]);
  }
  t[0] = " ";
  return t;
})();
