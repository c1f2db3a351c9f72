#ifndef KMAP_CGRAPHVIZ_SHIM_H
#define KMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* cgraph's default memory discipline. A C global variable cannot be read from Swift 6 code
   (shared mutable state), a function returning its address can. */
static inline Agmemdisc_t *kmap_default_memory_discipline(void) { return &AgMemDisc; }

/* The bounding box of a laid-out graph, in points (GD_bb is a macro Swift cannot import). */
static inline boxf kmap_graph_bounding_box(Agraph_t *graph) { return GD_bb(graph); }

#endif
