#ifndef KMAP_CPROCESS_SHIM_H
#define KMAP_CPROCESS_SHIM_H
/* glibc process settings that Swift's Glibc module leaves out: the allocator's (mallopt) and
   the signal a child receives when its parent ends (prctl, variadic and so not importable). */
#include <malloc.h>
#include <signal.h>
#include <sys/prctl.h>

/* Asks the kernel to send SIGKILL to this process when its parent ends; 0 on success. */
static inline int kmap_end_with_parent(void) {
    return prctl(PR_SET_PDEATHSIG, SIGKILL);
}
#endif
