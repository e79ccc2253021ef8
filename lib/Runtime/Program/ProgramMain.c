/*===- ProgramMain.c - main() of lowered altgrad programs -----------------===*/

/* MLIR's `func.func @main()` returns nothing; a C program returns a status.
 * Scripts rename the lowered `main` to altgrad_program_main and link this. */
void altgrad_program_main(void);

int main(void) {
  altgrad_program_main();
  return 0;
}
