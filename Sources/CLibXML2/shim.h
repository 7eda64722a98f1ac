#ifndef DAIHOI_CLIBXML2_SHIM_H
#define DAIHOI_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its headers would pull in the system ICU headers,
   whose UErrorCode clashes with Foundation's own ICU copy on a clean build.
   Include xmlversion.h first, then switch the ICU part off (PLATFORM.md). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <stdlib.h>

/* xmlFree is a global function pointer, not concurrency-safe from Swift 6: call it through here. */
static inline void daihoi_xmlFree(void *p) { xmlFree(p); }
#endif
