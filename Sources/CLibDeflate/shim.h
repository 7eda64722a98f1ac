#ifndef DAIHOI_CLIBDEFLATE_SHIM_H
#define DAIHOI_CLIBDEFLATE_SHIM_H
/* libdeflate (Debian libdeflate-dev): whole-buffer raw DEFLATE and CRC-32 for the DOCX writer's document part
   (ZipWriting/QuickDeflate.swift). */
#include <libdeflate.h>
#endif
