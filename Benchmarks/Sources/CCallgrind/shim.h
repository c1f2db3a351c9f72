#ifndef KMAP_CCALLGRIND_SHIM_H
#define KMAP_CCALLGRIND_SHIM_H
/* Callgrind's client request that switches instruction counting on and off, so that
   `make bench-instructions` counts a stage's own work and not the building of its inputs. Outside
   Valgrind the request is a few instructions that do nothing; without Valgrind's headers it is
   left out altogether. */
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
static inline void kmap_callgrind_toggle_collect(void) {
    CALLGRIND_TOGGLE_COLLECT;
}
#else
static inline void kmap_callgrind_toggle_collect(void) {}
#endif
#endif
