#pragma once
// Memory that comes back cheaply.
//
// keep_freed_memory(): for a native process that analyses case after case (the CLI's `reports`,
// the benchmark's warm engine): keep the memory an analysis freed for the next one instead of handing it back to the
// kernel. glibc returns blocks over its mmap threshold at once (each is its own mapping) and trims
// the heap's top, so the next analysis faults every page in again; on a virtual machine a fault
// costs microseconds, and a warm 2,000-event analysis spent more than half its time there (7 ms,
// 3 ms without). Blocks over 32 MB (a million events' vector) still get their own mapping: kept
// in the heap, a growing vector's old copies would stay resident and raise the peak by a third.
// WebAssembly needs none of this: its memory only grows. A no-op outside glibc.

#include <cstddef>

namespace ownercheck {

void keep_freed_memory();

// Asks the kernel to back a large, freshly reserved block (a million events' vector, 280 MB) with
// 2 MB pages: filled front to back, it then takes one fault per 2 MB instead of one per 4 KB. On
// this project's virtual machines a fault costs microseconds, and a 166 MB paste's ingest spent a
// quarter of its time faulting the event list in (105 -> 131 MB/s cold). Only whole 2 MB pages
// inside the block are advised, blocks under 8 MB not at all; a hint, never an error. Linux only
// (madvise); elsewhere and in WebAssembly a no-op.
void advise_huge_pages(void* data, size_t bytes);

}  // namespace ownercheck
