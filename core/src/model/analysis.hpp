#pragma once
// The state that flows through the pipeline. Each stage fills its own part and reads only the
// parts of the stages before it: ingest -> timeline -> enrich -> claims -> correlate -> signals
// -> assess -> report.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/case.hpp"
#include "model/event.hpp"
#include "model/findings.hpp"
#include "model/ingest_result.hpp"

namespace ownercheck {

struct Analysis {
    Case input;
    int64_t now = 0;                  // opened_at, or the newest timestamp in the evidence
    std::string now_source;           // "opened_at" | "newest_event" | "none"
    std::vector<BlockIngest> ingest;  // one per logs block, in block order
    std::vector<Event> timeline;      // every event of every block, oldest first (stable)
    std::vector<std::string> notes;   // things the report should say (e.g. a table not loaded)
    std::vector<Claim> claims;
    // What the reply says of itself (claims/reply_stance.hpp): that its writer is not the account
    // holder ("I am writing on behalf of my mother", an estate's executor), that it disputes the
    // account's own activity ("I did NOT make this withdrawal"). Either, and the case is never
    // owner_verified, however right the facts.
    struct ReplyLine {
        Ref src;           // the reply line that says so
        std::string text;  // that sentence, as written
    };
    std::optional<ReplyLine> writer_for_someone_else;
    std::optional<ReplyLine> disputed_activity;
    std::vector<Signal> signals;
    Assessment assessment;
    std::string fingerprint;          // "sha256:<hex>"
};

}  // namespace ownercheck
