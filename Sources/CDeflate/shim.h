#ifndef DAIHOI_CDEFLATE_SHIM_H
#define DAIHOI_CDEFLATE_SHIM_H
/* zlib's raw DEFLATE and CRC-32 for the ODT writer's zip entries (Writers/Deflate.swift). */
#include <zlib.h>

/* deflateInit2 is a macro, invisible to Swift: a raw stream (no zlib header), 32 KiB window,
   the given level, memLevel 9 (as ZIPFoundation 0.9.20 used). */
static inline int daihoi_deflateInitRaw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
}
#endif
