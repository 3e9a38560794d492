// console.c — the console: output to the screen and COM1 together, and line input from the
// keyboard and COM1 together.
//
// Input: the interrupt handlers (kbd.c, uart.c) hand every key to console_intr, which queues
// it; console_readline edits a line from the queue: echo, Backspace (which stops at the start
// of the line, so the prompt cannot be erased), Ctrl-U (erase the line), Ctrl-C (abandon it),
// Enter. Terminal escape sequences from the serial side (ESC [ A for the arrows) become the
// same key codes as the keyboard's arrows; the editor ignores arrows for now.
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

// Escape-sequence state for serial input: 0 none, 1 after ESC, 2 after ESC [.
static int escape;

// Called from interrupt handlers (interrupts off). A full queue drops the key.
void console_intr(int c) {
  if (escape == 1) {
    escape = c == '[' ? 2 : 0;
    return;
  }
  if (escape == 2) {
    escape = 0;
    if (c == 'A') c = KEY_UP;
    else if (c == 'B') c = KEY_DOWN;
    else if (c == 'C') c = KEY_RIGHT;
    else if (c == 'D') c = KEY_LEFT;
    else return;
  } else if (c == '\033') {
    escape = 1;
    return;
  }
  if (input_w - input_r < INPUT_SIZE) input[input_w++ % INPUT_SIZE] = c;
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

static void erase(size_t n) {
  for (; n > 0; n--) console_write("\b \b", 3);
}

// Reads a line into buf (at most size-1 characters, zero-terminated, without the newline).
// Returns its length, or -1 when Ctrl-C abandoned it.
int console_readline(const char *prompt, char *buf, size_t size) {
  static bool after_cr; // a CR LF pair from a terminal is one Enter
  size_t len = 0;
  printk("%s", prompt);
  for (;;) {
    int c = console_getc();
    if (c == '\n' && after_cr) {
      after_cr = false;
      continue;
    }
    after_cr = c == '\r';
    if (c == '\r' || c == '\n') {
      console_putc('\n');
      buf[len] = 0;
      return (int)len;
    } else if (c == '\b' || c == 0x7f) {
      if (len > 0) len--, erase(1);
    } else if (c == CTRL('U')) {
      erase(len);
      len = 0;
    } else if (c == CTRL('C')) {
      console_write("^C\n", 3);
      buf[0] = 0;
      return -1;
    } else if (c >= ' ' && c < 0x7f && len + 1 < size) {
      buf[len++] = (char)c;
      console_putc((char)c);
    }
  }
}
