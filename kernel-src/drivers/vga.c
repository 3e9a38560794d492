// vga.c — the VGA text screen: 80×25 cells at physical 0xb8000, each a character and a colour.
//
// Output scrolls up a line when the cursor passes the bottom; the hardware cursor (the
// blinking underline, CRT controller registers 14 and 15) follows the text.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "memlayout.h"

#define COLS 80
#define ROWS 25
#define CRTC_INDEX 0x3d4
#define CRTC_DATA 0x3d5
#define CRTC_CURSOR_HI 14
#define CRTC_CURSOR_LO 15

static uint16_t *const screen = (uint16_t *)P2V(0xb8000);
static int pos; // cursor: row * COLS + column; invariant 0 <= pos < COLS * ROWS
static uint8_t color = VGA_COLOR(VGA_LIGHT_GREY, VGA_BLACK);

static void move_cursor(void) {
  outb(CRTC_INDEX, CRTC_CURSOR_HI);
  outb(CRTC_DATA, pos >> 8);
  outb(CRTC_INDEX, CRTC_CURSOR_LO);
  outb(CRTC_DATA, pos & 0xff);
}

static uint16_t blank(void) { return (uint16_t)(color << 8 | ' '); }

void vga_clear(void) {
  for (int i = 0; i < COLS * ROWS; i++) screen[i] = blank();
  pos = 0;
  move_cursor();
}

void vga_init(void) { vga_clear(); }

void vga_set_color(uint8_t c) { color = c; }
uint8_t vga_get_color(void) { return color; }

static void scroll(void) {
  memmove(screen, screen + COLS, (ROWS - 1) * COLS * sizeof(uint16_t));
  for (int i = (ROWS - 1) * COLS; i < ROWS * COLS; i++) screen[i] = blank();
  pos -= COLS;
}

void vga_putc(char c) {
  if (c == '\n') {
    pos += COLS - pos % COLS;
  } else if (c == '\r') {
    pos -= pos % COLS;
  } else if (c == '\b') {
    if (pos > 0) pos--;
  } else if (c == '\t') {
    pos = (pos + 8) & ~7;
  } else {
    screen[pos++] = (uint16_t)(color << 8 | (uint8_t)c);
  }
  if (pos >= COLS * ROWS) scroll();
  move_cursor();
}
