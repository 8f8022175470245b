// key=value lines (logfmt and friends): `2026-07-09T20:47:35Z event=auth.login ip=1.2.3.4
// city="Warsaw" ua="Mozilla/5.0 (...)"`. Values may be double- or single-quoted with backslash
// escapes; text before the first pair is read as the record's timestamp.

#include <array>
#include <string>

#include "ingest/formats/formats.hpp"
#include "ingest/formats/kv_pairs.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

void parse_kv(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    (void)d;
    LineReader lr(ctx.text());
    std::string_view l;
    int no = 0;
    RoleCache roles;
    RoleValues values{};
    std::array<int, kRoleCount> ranks{};
    PairReader pairs;
    while (lr.next(l, no)) {
        const std::string_view t = trim(l);
        if (t.empty()) continue;
        ++out.rows;
        values.fill({});
        ranks.fill(1 << 30);
        const size_t start = first_pair(t);
        const std::string_view prefix = start == std::string_view::npos ? t : trim(t.substr(0, start));
        std::string_view unclosed;
        pairs.read(t, start == std::string_view::npos ? t.size() : start, unclosed);
        if (!unclosed.empty()) out.warn(no, "a quoted value of '" + excerpt(unclosed) + "' never closes");
        pairs.assign(roles, values, ranks);
        // The leading text is the timestamp when no key carried one ("2026-07-09T20:47:35Z event=...").
        if (at(values, Role::Time).empty() && !prefix.empty()) {
            std::string_view p = prefix;
            if (!parse_time_value(p, ctx)) {
                size_t consumed = 0;
                if (parse_timestamp_prefix(p, ctx.hints_for(p), consumed)) p = p.substr(0, consumed);
            }
            at(values, Role::Time) = p;
        }
        if (build_event(values, no, ctx, out, out.event_list.emplace_back())) {
            ++out.events;
        } else {
            out.event_list.pop_back();
            ++out.skipped;
        }
    }
}

}  // namespace ownercheck::ingest
