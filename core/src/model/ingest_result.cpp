#include "model/ingest_result.hpp"

namespace ownercheck {

void BlockIngest::warn(int line, std::string message) {
    ++warnings_total;
    if (static_cast<int>(warnings.size()) < kMaxWarnings) warnings.push_back({line, std::move(message)});
}

}  // namespace ownercheck
