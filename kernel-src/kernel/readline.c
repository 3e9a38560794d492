// readline.c — the console's line editor and its command history.
//
// console_readline edits one line from the console's keys: printable characters are inserted
// at the cursor; Left/Right (and Home/End, Ctrl-A/Ctrl-E) move it; Backspace and Delete remove
// the character before and under it; Ctrl-U erases the line, Ctrl-C abandons it; Up/Down walk
// through the last HISTORY lines entered (Down past the newest brings back the line that was
// being typed); Enter ends the line.
//
// The screen is redrawn with nothing but characters, "\b" and spaces, which mean the same on
// the VGA screen (whose hardware cursor follows) and on any terminal at the other end of COM1.
// Invariant, between keys: the console shows the prompt, then buf[0..len), with the cursor
// after the prompt and pos characters; 0 <= pos <= len < size. (A terminal's "\b" stops at
// the left edge, so there a line wider than the terminal redraws badly; the VGA screen's
// cursor goes back a row.)
#include "types.h"
#include "kernel.h"

#define HISTORY 16       // lines remembered
#define HISTORY_LINE 128 // longest line remembered (longer ones are cut)

struct line {
  char *buf;
  size_t size; // buf's capacity, the terminating zero included
  size_t len;  // characters in buf
  size_t pos;  // the cursor: buf[pos] is the character under it
};

// history[n % HISTORY] is the n-th line entered; lines [added - HISTORY, added) are kept.
static char history[HISTORY][HISTORY_LINE];
static uint32_t added;

static void put_n(char c, size_t n) {
  for (; n > 0; n--) console_putc(c);
}

// Shows buf[pos..len) from the cursor, then `blanks` spaces (over characters that were
// there), and brings the cursor back to pos.
static void redraw_tail(struct line *l, size_t blanks) {
  console_write(l->buf + l->pos, l->len - l->pos);
  put_n(' ', blanks);
  put_n('\b', l->len - l->pos + blanks);
}

static void move_left(struct line *l, size_t n) {
  put_n('\b', n);
  l->pos -= n;
}

static void move_right(struct line *l, size_t n) {
  console_write(l->buf + l->pos, n);
  l->pos += n;
}

static void insert(struct line *l, char c) {
  if (l->len + 1 >= l->size) return;
  memmove(l->buf + l->pos + 1, l->buf + l->pos, l->len - l->pos);
  l->buf[l->pos] = c;
  l->len++;
  console_putc(c);
  l->pos++;
  redraw_tail(l, 0);
}

// Removes the character under the cursor (Delete; Backspace is Left then this).
static void delete(struct line *l) {
  if (l->pos == l->len) return;
  memmove(l->buf + l->pos, l->buf + l->pos + 1, l->len - l->pos - 1);
  l->len--;
  redraw_tail(l, 1);
}

// Erases the whole line from the screen and the buffer: "\b \b" from its end.
static void erase(struct line *l) {
  move_right(l, l->len - l->pos);
  for (; l->len > 0; l->len--) console_write("\b \b", 3);
  l->pos = 0;
}

// Replaces the line with s (a line from the history), the cursor at its end.
static void replace(struct line *l, const char *s) {
  erase(l);
  for (; *s && l->len + 1 < l->size; s++) l->buf[l->len++] = *s;
  move_right(l, l->len);
}

// Remembers a line entered, unless it is empty or the same as the one before.
static void remember(const char *s) {
  if (*s == 0 || (added > 0 && strcmp(s, history[(added - 1) % HISTORY]) == 0)) return;
  strncpy(history[added % HISTORY], s, HISTORY_LINE); // cuts, and always terminates
  added++;
}

// Reads a line into buf (at most size-1 characters, zero-terminated, without the newline).
// Returns its length, or -1 when Ctrl-C abandoned it.
int console_readline(const char *prompt, char *buf, size_t size) {
  static bool after_cr;            // a CR LF pair from a terminal is one Enter
  static char draft[HISTORY_LINE]; // the line being typed, while Up shows older ones
  uint32_t shown = added;          // the history line shown; `added` means the draft
  uint32_t oldest = added > HISTORY ? added - HISTORY : 0;
  struct line l = {buf, size, 0, 0};
  printk("%s", prompt);
  for (;;) {
    int c = console_getc();
    if (c == '\n' && after_cr) {
      after_cr = false;
      continue;
    }
    after_cr = c == '\r';
    if (c == '\r' || c == '\n') {
      move_right(&l, l.len - l.pos);
      console_putc('\n');
      buf[l.len] = 0;
      remember(buf);
      return (int)l.len;
    } else if (c == CTRL('C')) {
      move_right(&l, l.len - l.pos);
      console_write("^C\n", 3);
      buf[0] = 0;
      return -1;
    } else if (c == '\b' || c == 0x7f) {
      if (l.pos > 0) {
        move_left(&l, 1);
        delete(&l);
      }
    } else if (c == KEY_DELETE) {
      delete(&l);
    } else if (c == KEY_LEFT) {
      if (l.pos > 0) move_left(&l, 1);
    } else if (c == KEY_RIGHT) {
      if (l.pos < l.len) move_right(&l, 1);
    } else if (c == KEY_HOME || c == CTRL('A')) {
      move_left(&l, l.pos);
    } else if (c == KEY_END || c == CTRL('E')) {
      move_right(&l, l.len - l.pos);
    } else if (c == CTRL('U')) {
      erase(&l);
    } else if (c == KEY_UP && shown > oldest) {
      if (shown == added) {
        buf[l.len] = 0;
        strncpy(draft, buf, sizeof(draft));
      }
      replace(&l, history[--shown % HISTORY]);
    } else if (c == KEY_DOWN && shown < added) {
      shown++;
      replace(&l, shown == added ? draft : history[shown % HISTORY]);
    } else if (c >= ' ' && c < 0x7f) {
      insert(&l, (char)c);
    }
  }
}
