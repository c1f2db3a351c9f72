#ifndef KMAP_CGRAPHVIZ_SHIM_H
#define KMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
