// uart.c — COM1, the first 16550 serial port: the console of qemu -nographic and of
// `logos boot --serial`.
//
// Output is polled (wait for the transmitter to be empty, write a byte) so that it works in a
// panic with interrupts off; a newline goes out as CR LF. Input arrives by interrupt (IRQ 4)
// and goes to the console, which turns a terminal's escape sequences into keys.
#include "types.h"
#include "kernel.h"
#include "x86.h"
#include "trap.h"

#define COM1 0x3f8
#define REG_DATA 0      // receive / transmit holding register (DLAB=0); divisor low (DLAB=1)
#define REG_IER 1       // interrupt enable; divisor high (DLAB=1)
#define REG_FCR 2       // FIFO control
#define REG_LCR 3       // line control
#define REG_MCR 4       // modem control
#define REG_LSR 5       // line status
#define LSR_DATA 0x01   // a received byte is waiting
#define LSR_THRE 0x20   // the transmitter can take a byte
#define LSR_TEMT 0x40   // the transmitter is empty: every byte written has gone out
#define IER_RX 0x01     // interrupt when a byte arrives

static bool present;

void uart_init(void) {
  outb(COM1 + REG_IER, 0);
  outb(COM1 + REG_LCR, 0x80); // DLAB: set the divisor
  outb(COM1 + REG_DATA, 1);   // 115200 baud
  outb(COM1 + REG_IER, 0);
  outb(COM1 + REG_LCR, 0x03); // 8 data bits, no parity, 1 stop bit
  outb(COM1 + REG_FCR, 0xc7); // FIFOs on, cleared, 14-byte trigger
  outb(COM1 + REG_MCR, 0x0b); // DTR, RTS, OUT2 (OUT2 lets the IRQ reach the PIC)
  // No UART answers with all bits set on a floating bus.
  present = inb(COM1 + REG_LSR) != 0xff;
}

void uart_enable_irq(void) {
  if (!present) return;
  outb(COM1 + REG_IER, IER_RX);
  pic_enable(IRQ_COM1);
}

// Waits (a bounded time: a missing or stuck UART must not hang the kernel) until LSR shows `bit`.
static void wait_lsr(uint8_t bit) {
  for (int i = 0; i < 100000 && !(inb(COM1 + REG_LSR) & bit); i++)
    ;
}

static void put_raw(char c) {
  wait_lsr(LSR_THRE);
  outb(COM1 + REG_DATA, (uint8_t)c);
}

void uart_putc(char c) {
  if (!present) return;
  if (c == '\n') put_raw('\r');
  put_raw(c);
}

// Waits until every byte written has gone out (before the machine stops: an emulator that ends
// at once would drop what still waits in the transmit FIFO).
void uart_flush(void) {
  if (present) wait_lsr(LSR_TEMT);
}

void uart_intr(void) {
  while (inb(COM1 + REG_LSR) & LSR_DATA) console_serial_intr(inb(COM1 + REG_DATA));
}
