// Coil — the `coil` command (placeholder until the interpreter is wired).
int main() { return 0; }
