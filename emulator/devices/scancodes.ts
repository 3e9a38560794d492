// Scancode set 1 (what the PC's keyboard controller delivers with translation on) for the keys
// of a US keyboard: which make code each character comes from, and with shift or not. The front
// end turns typed characters into scancodes with it; the BIOS's keyboard handler turns scancodes
// back into the (scan code << 8 | ASCII) words that int 16h returns. A break code is the make
// code with bit 7 set; the grey keys (arrows, Home, End ...) are prefixed by 0xE0.

/** [make code, character unshifted, character shifted] for the keys that type characters. */
// prettier-ignore
const KEYS: [number, string, string][] = [
  [0x02, "1", "!"], [0x03, "2", "@"], [0x04, "3", "#"], [0x05, "4", "$"], [0x06, "5", "%"],
  [0x07, "6", "^"], [0x08, "7", "&"], [0x09, "8", "*"], [0x0a, "9", "("], [0x0b, "0", ")"],
  [0x0c, "-", "_"], [0x0d, "=", "+"], [0x0e, "\b", "\b"], [0x0f, "\t", "\t"],
  [0x10, "q", "Q"], [0x11, "w", "W"], [0x12, "e", "E"], [0x13, "r", "R"], [0x14, "t", "T"],
  [0x15, "y", "Y"], [0x16, "u", "U"], [0x17, "i", "I"], [0x18, "o", "O"], [0x19, "p", "P"],
  [0x1a, "[", "{"], [0x1b, "]", "}"], [0x1c, "\r", "\r"],
  [0x1e, "a", "A"], [0x1f, "s", "S"], [0x20, "d", "D"], [0x21, "f", "F"], [0x22, "g", "G"],
  [0x23, "h", "H"], [0x24, "j", "J"], [0x25, "k", "K"], [0x26, "l", "L"], [0x27, ";", ":"],
  [0x28, "'", '"'], [0x29, "`", "~"], [0x2b, "\\", "|"],
  [0x2c, "z", "Z"], [0x2d, "x", "X"], [0x2e, "c", "C"], [0x2f, "v", "V"], [0x30, "b", "B"],
  [0x31, "n", "N"], [0x32, "m", "M"], [0x33, ",", "<"], [0x34, ".", ">"], [0x35, "/", "?"],
  [0x39, " ", " "], [0x01, "\x1b", "\x1b"],
];

export const SC_LSHIFT = 0x2a;
export const SC_RSHIFT = 0x36;
export const SC_CTRL = 0x1d;
export const SC_ALT = 0x38;
export const SC_CAPS = 0x3a;

/** Keys without a character: their make codes (after 0xE0 when `extended`). */
export const SPECIAL: Record<string, { code: number; extended: boolean }> = {
  up: { code: 0x48, extended: true },
  down: { code: 0x50, extended: true },
  left: { code: 0x4b, extended: true },
  right: { code: 0x4d, extended: true },
  home: { code: 0x47, extended: true },
  end: { code: 0x4f, extended: true },
  pageup: { code: 0x49, extended: true },
  pagedown: { code: 0x51, extended: true },
  insert: { code: 0x52, extended: true },
  delete: { code: 0x53, extended: true },
  f1: { code: 0x3b, extended: false },
  f2: { code: 0x3c, extended: false },
  f3: { code: 0x3d, extended: false },
  f4: { code: 0x3e, extended: false },
  f5: { code: 0x3f, extended: false },
  f6: { code: 0x40, extended: false },
  f7: { code: 0x41, extended: false },
  f8: { code: 0x42, extended: false },
  f9: { code: 0x43, extended: false },
  f10: { code: 0x44, extended: false },
  f11: { code: 0x57, extended: false },
  f12: { code: 0x58, extended: false },
};

const byChar = new Map<string, { code: number; shift: boolean }>();
/** ASCII typed by each make code: [unshifted, shifted]. */
export const ASCII = new Map<number, [number, number]>();
for (const [code, plain, shifted] of KEYS) {
  if (!byChar.has(plain)) byChar.set(plain, { code, shift: false });
  if (!byChar.has(shifted)) byChar.set(shifted, { code, shift: true });
  ASCII.set(code, [plain.charCodeAt(0), shifted.charCodeAt(0)]);
}
byChar.set("\n", { code: 0x1c, shift: false }); // Enter

/**
 * The scancodes (make and break) that type character `ch`: a printable character with shift as
 * needed, control characters as Ctrl + letter. Empty when the keyboard has no such key.
 */
export function scancodesFor(ch: string): number[] {
  const k = byChar.get(ch);
  if (k !== undefined) {
    if (!k.shift) return [k.code, k.code | 0x80];
    return [SC_LSHIFT, k.code, k.code | 0x80, SC_LSHIFT | 0x80];
  }
  const c = ch.charCodeAt(0);
  if (c >= 1 && c <= 26) {
    const letter = byChar.get(String.fromCharCode(c + 0x60));
    if (letter) return [SC_CTRL, letter.code, letter.code | 0x80, SC_CTRL | 0x80];
  }
  return [];
}

/** The scancodes of a special key by name (press and release). */
export function scancodesForKey(name: string): number[] {
  const k = SPECIAL[name];
  if (k === undefined) return [];
  return k.extended ? [0xe0, k.code, 0xe0, k.code | 0x80] : [k.code, k.code | 0x80];
}

/** Terminal escape sequences for keys, by the bytes the terminal sends. */
const SEQUENCES: Record<string, string> = {
  "\x1b[A": "up",
  "\x1b[B": "down",
  "\x1b[C": "right",
  "\x1b[D": "left",
  "\x1b[H": "home",
  "\x1b[F": "end",
  "\x1b[1~": "home",
  "\x1b[4~": "end",
  "\x1b[2~": "insert",
  "\x1b[3~": "delete",
  "\x1b[5~": "pageup",
  "\x1b[6~": "pagedown",
  "\x1bOP": "f1",
  "\x1bOQ": "f2",
  "\x1bOR": "f3",
  "\x1bOS": "f4",
  "\x1b[15~": "f5",
  "\x1b[17~": "f6",
  "\x1b[18~": "f7",
  "\x1b[19~": "f8",
  "\x1b[20~": "f9",
  "\x1b[21~": "f10",
  "\x1b[23~": "f11",
  "\x1b[24~": "f12",
};

/** The scancodes for a chunk of terminal input (no Ctrl-A handling). */
export function scancodesForInput(text: string): number[] {
  const codes: number[] = [];
  let k = 0;
  while (k < text.length) {
    if (text[k] === "\x1b") {
      const seq = Object.keys(SEQUENCES).find((s) => text.startsWith(s, k));
      if (seq !== undefined) {
        codes.push(...scancodesForKey(SEQUENCES[seq]));
        k += seq.length;
        continue;
      }
    }
    const ch = text[k] === "\x7f" ? "\b" : text[k];
    codes.push(...scancodesFor(ch));
    k++;
  }
  return codes;
}
