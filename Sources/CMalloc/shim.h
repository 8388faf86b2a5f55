#ifndef CMALLOC_SHIM_H
#define CMALLOC_SHIM_H

#include <malloc.h>

/* Gives blocks of `bytes` and more pages of their own, handed back to the system when freed
 * (M_MMAP_THRESHOLD is a macro, which Swift does not import). Returns 1 on success. */
static inline int recall_map_blocks_from(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }

/* Hands the heap's free pages back to the system. */
static inline void recall_trim_heap(void) { malloc_trim(0); }

#endif
