#pragma once
// For a native process that analyses case after case (the CLI's `reports`, the benchmark's warm
// engine): keep the memory an analysis freed for the next one instead of handing it back to the
// kernel. glibc returns blocks over its mmap threshold at once (each is its own mapping) and trims
// the heap's top, so the next analysis faults every page in again; on a virtual machine a fault
// costs microseconds, and a warm 2,000-event analysis spent more than half its time there (7 ms,
// 3 ms without). Blocks over 32 MB (a million events' vector) still get their own mapping: kept
// in the heap, a growing vector's old copies would stay resident and raise the peak by a third.
// WebAssembly needs none of this: its memory only grows. A no-op outside glibc.

namespace ownercheck {

void keep_freed_memory();

}  // namespace ownercheck
