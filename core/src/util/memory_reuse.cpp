#include "util/memory_reuse.hpp"

#include <cstdlib>  // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ownercheck {

void keep_freed_memory() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // blocks up to 32 MB from the heap, where a freed one stays
    mallopt(M_TRIM_THRESHOLD, -1);       // never hand the heap's top back
#endif
}

}  // namespace ownercheck
