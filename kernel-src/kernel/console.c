// console.c — the console: output to the screen and COM1 together, and keys from the
// keyboard and COM1 together, queued for the line editor (readline.c).
//
// The keyboard driver (kbd.c) hands over key codes: characters, and KEY_* for the keys that
// type none. COM1 (uart.c) hands over bytes, where a terminal sends its arrows and Home/End/
// Delete as ANSI escape sequences (ESC [ A, ESC [ 3 ~, ESC O H …); console_serial_intr turns
// those into the same key codes, so the editor cannot tell the two sources apart.
#include "types.h"
#include "kernel.h"
#include "x86.h"

#define INPUT_SIZE 256 // a power of two

static int input[INPUT_SIZE];
static uint32_t input_r, input_w; // invariant: input_w - input_r <= INPUT_SIZE

void console_putc(char c) {
  vga_putc(c);
  uart_putc(c);
}

void console_write(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) console_putc(s[i]);
}

void console_clear(void) {
  vga_clear();
  uart_putc('\033'); // ANSI: clear the terminal and home the cursor
  uart_putc('[');
  uart_putc('2');
  uart_putc('J');
  uart_putc('\033');
  uart_putc('[');
  uart_putc('H');
}

// Called from interrupt handlers (interrupts off). A full queue drops the key.
void console_intr(int key) {
  if (input_w - input_r < INPUT_SIZE) input[input_w++ % INPUT_SIZE] = key;
}

// The key a CSI sequence's final byte names (ESC [ A, or ESC O A), or -1.
static int csi_final_key(uint8_t c) {
  switch (c) {
  case 'A': return KEY_UP;
  case 'B': return KEY_DOWN;
  case 'C': return KEY_RIGHT;
  case 'D': return KEY_LEFT;
  case 'H': return KEY_HOME;
  case 'F': return KEY_END;
  default: return -1;
  }
}

// The key of ESC [ n ~ (VT220 editing keys), or -1.
static int csi_tilde_key(uint32_t n) {
  switch (n) {
  case 1: case 7: return KEY_HOME;
  case 4: case 8: return KEY_END;
  case 3: return KEY_DELETE;
  default: return -1;
  }
}

// Decoder state for the serial side.
//   sequence = ESC "[" param* final | ESC "O" final
// where param is a digit or ';' and final a byte 0x40–0x7e. Unknown sequences are dropped
// whole; ESC followed by anything else is a lone Esc, and the byte after it counts.
enum { ST_TEXT, ST_ESC, ST_CSI, ST_SS3 };
static int state = ST_TEXT;
static uint32_t param; // the first numeric parameter of a CSI sequence

// Called from the COM1 interrupt handler (interrupts off) for each byte received.
void console_serial_intr(uint8_t c) {
  int key;
  switch (state) {
  case ST_ESC:
    state = c == '[' ? ST_CSI : c == 'O' ? ST_SS3 : ST_TEXT;
    param = 0;
    if (state == ST_TEXT) break; // a lone Esc: c is an ordinary byte
    return;
  case ST_CSI:
    if (c >= '0' && c <= '9') {
      if (param < 1000) param = param * 10 + (c - '0');
      return;
    }
    if (c == ';') return; // modifiers (ESC [ 1 ; 5 C) are ignored
    state = ST_TEXT;
    key = c == '~' ? csi_tilde_key(param) : csi_final_key(c);
    if (key >= 0) console_intr(key);
    return;
  case ST_SS3:
    state = ST_TEXT;
    key = csi_final_key(c);
    if (key >= 0) console_intr(key);
    return;
  default:
    break;
  }
  if (c == '\033') state = ST_ESC;
  else console_intr(c);
}

// The next key, waiting (halted) until there is one.
int console_getc(void) {
  uint32_t flags = read_eflags();
  cli();
  while (input_r == input_w) wait_for_interrupt();
  int c = input[input_r++ % INPUT_SIZE];
  if (flags & FL_IF) sti();
  return c;
}
