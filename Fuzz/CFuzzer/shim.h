// libFuzzer's driver, called from a fuzz target's own `main` (Fuzz/README.md says why):
// SwiftPM names an executable's entry point itself, so libFuzzer's `main` cannot be the one used.
// Declared only; it is linked by `-sanitize=fuzzer`, and called only in `-DFUZZING` builds.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
