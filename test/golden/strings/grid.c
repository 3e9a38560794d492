// Two-dimensional char arrays: rows as strings, a column walk, and a transposed copy.
int printf(const char *, ...);

char board[3][4] = {"XOX", "OXO", "XXO"};

static int line(char c) {
  int wins = 0;
  for (int i = 0; i < 3; i++) {
    wins += board[i][0] == c && board[i][1] == c && board[i][2] == c;
    wins += board[0][i] == c && board[1][i] == c && board[2][i] == c;
  }
  wins += board[0][0] == c && board[1][1] == c && board[2][2] == c;
  wins += board[0][2] == c && board[1][1] == c && board[2][0] == c;
  return wins;
}

int main(void) {
  for (int i = 0; i < 3; i++) printf("%s\n", board[i]);
  char t[3][4];
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) t[j][i] = board[i][j];
    t[i][3] = 0;
  }
  printf("transposed: %s %s %s\n", t[0], t[1], t[2]);
  printf("X lines %d, O lines %d\n", line('X'), line('O'));
  printf("sizeof board %d, row %d\n", (int)sizeof board, (int)sizeof board[0]);
  board[1][1] = 'O';
  printf("after move: X %d, O %d\n", line('X'), line('O'));
  return line('X');
}
