#ifndef DAIHOI_CCMARK_SHIM_H
#define DAIHOI_CCMARK_SHIM_H
/* libcmark (CommonMark reference parser, Debian libcmark-dev); used only by Sources/Markdown. */
#include <cmark.h>
#endif
