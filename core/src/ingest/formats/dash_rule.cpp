#include "ingest/formats/dash_rule.hpp"

#include <algorithm>

#include "ingest/text.hpp"

namespace ownercheck::ingest {

std::vector<Cell> dash_runs(std::string_view l) {
    std::vector<Cell> runs;
    size_t i = 0;
    while (i < l.size()) {
        if (l[i] == ' ') {
            ++i;
            continue;
        }
        if (l[i] != '-') return {};
        const size_t from = i;
        while (i < l.size() && l[i] == '-') ++i;
        runs.push_back({l.substr(from, i - from), from});
    }
    return runs.size() >= 3 ? runs : std::vector<Cell>{};
}

std::vector<Cell> cut_at_runs(std::string_view l, const std::vector<Cell>& runs) {
    std::vector<Cell> out;
    for (size_t k = 0; k < runs.size(); ++k) {
        const size_t from = runs[k].start;
        const size_t to = k + 1 < runs.size() ? runs[k + 1].start : l.size();
        out.push_back({from < l.size() ? trim(l.substr(from, std::min(to, l.size()) - from)) : std::string_view(), from});
    }
    return out;
}

}  // namespace ownercheck::ingest
