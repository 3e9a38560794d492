// kbd.c — the PS/2 keyboard: scan code set 1 in, characters and key codes out.
//
// The controller delivers one byte per IRQ 1: a make code when a key goes down, the same code
// with bit 7 set when it comes up, and 0xe0 before the codes of the extra keys (the arrows,
// Home, End, Delete, right Ctrl). Shift, Ctrl and Caps Lock are tracked here; Caps Lock shifts letters only, as on a
// real US keyboard. What comes out goes to console_intr(), like bytes from the serial port.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"

#define KBD_DATA 0x60
#define KBD_STATUS 0x64
#define KBD_HAS_DATA 0x01

#define SC_RELEASE 0x80
#define SC_EXTENDED 0xe0
#define SC_LSHIFT 0x2a
#define SC_RSHIFT 0x36
#define SC_CTRL 0x1d
#define SC_CAPS 0x3a
#define SC_UP 0x48
#define SC_DOWN 0x50
#define SC_LEFT 0x4b
#define SC_RIGHT 0x4d
#define SC_HOME 0x47
#define SC_END 0x4f
#define SC_DELETE 0x53

// US layout, scan code set 1: unshifted and shifted characters (0: no character).
static const char normal_map[128] = {
    0,    27,   '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=', '\b', '\t',
    'q',  'w',  'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', '[', ']', '\n', 0,   'a', 's',
    'd',  'f',  'g', 'h', 'j', 'k', 'l', ';', '\'', '`', 0,  '\\', 'z', 'x', 'c', 'v',
    'b',  'n',  'm', ',', '.', '/', 0,   '*', 0,   ' ', 0,   0,   0,   0,   0,   0,
    0,    0,    0,   0,   0,   0,   0,   '7', '8', '9', '-', '4', '5', '6', '+', '1',
    '2',  '3',  '0', '.',
};

static const char shift_map[128] = {
    0,    27,   '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '_', '+', '\b', '\t',
    'Q',  'W',  'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P', '{', '}', '\n', 0,   'A', 'S',
    'D',  'F',  'G', 'H', 'J', 'K', 'L', ':', '"', '~', 0,   '|', 'Z', 'X', 'C', 'V',
    'B',  'N',  'M', '<', '>', '?', 0,   '*', 0,   ' ', 0,   0,   0,   0,   0,   0,
    0,    0,    0,   0,   0,   0,   0,   '7', '8', '9', '-', '4', '5', '6', '+', '1',
    '2',  '3',  '0', '.',
};

static bool shift, ctrl, caps, extended;

// The key code of one scan code, or -1 when it makes none (a release, a modifier).
static int decode(uint8_t sc) {
  if (sc == SC_EXTENDED) {
    extended = true;
    return -1;
  }
  bool release = sc & SC_RELEASE;
  uint8_t code = sc & ~SC_RELEASE;
  bool was_extended = extended;
  extended = false;
  if (code == SC_LSHIFT || code == SC_RSHIFT) {
    if (!was_extended) shift = !release; // e0 2a / e0 36: fake shifts around some keys
    return -1;
  }
  if (code == SC_CTRL) {
    ctrl = !release;
    return -1;
  }
  if (release) return -1;
  if (code == SC_CAPS) {
    caps = !caps;
    return -1;
  }
  if (was_extended) {
    switch (code) {
    case SC_UP: return KEY_UP;
    case SC_DOWN: return KEY_DOWN;
    case SC_LEFT: return KEY_LEFT;
    case SC_RIGHT: return KEY_RIGHT;
    case SC_HOME: return KEY_HOME;
    case SC_END: return KEY_END;
    case SC_DELETE: return KEY_DELETE;
    case 0x1c: return '\n'; // keypad Enter
    case 0x35: return '/';  // keypad /
    default: return -1;
    }
  }
  char c = shift ? shift_map[code] : normal_map[code];
  if (c == 0) return -1;
  if (caps && c >= 'a' && c <= 'z') c -= 'a' - 'A';
  else if (caps && c >= 'A' && c <= 'Z') c += 'a' - 'A';
  if (ctrl && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return CTRL(c);
  return c;
}

void kbd_intr(void) {
  while (inb(KBD_STATUS) & KBD_HAS_DATA) {
    int c = decode(inb(KBD_DATA));
    if (c >= 0) console_intr(c);
  }
}

void kbd_init(void) {
  while (inb(KBD_STATUS) & KBD_HAS_DATA) inb(KBD_DATA); // drop what came before us
  pic_enable(IRQ_KBD);
}
