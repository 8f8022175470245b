#pragma once
// What ingest made of one logs block: the events, and an honest account of what it could not read.

#include <string>
#include <vector>

#include "model/event.hpp"

namespace ownercheck {

struct IngestWarning {
    int line = 0;  // 1-based within the block; 0 for the block as a whole
    std::string message;
};

struct BlockIngest {
    int block = -1;
    std::string format;         // csv | tsv | jsonl | json | kv | table | kraken_ledger | kraken_trades | lines | empty
    std::string format_reason;  // why the detector chose it, for the specialist
    int rows = 0;               // data records read (header excluded)
    int events = 0;             // normalised events made from them
    int skipped = 0;            // records that could not be read
    std::vector<IngestWarning> warnings;  // capped; warnings_total counts them all
    int warnings_total = 0;
    std::vector<Event> event_list;  // emptied by build_timeline, which moves them into the timeline

    // Records a warning, keeping at most kMaxWarnings of them.
    void warn(int line, std::string message);
    static constexpr int kMaxWarnings = 50;
};

}  // namespace ownercheck
