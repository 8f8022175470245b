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
    RoleRanks ranks{};
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
        // The leading text is the timestamp when no key carried one ("2026-07-09T20:47:35Z event=..."),
        // and what follows the stamp names the event when no key does: syslog's
        // "Aug 15 03:00:43 web-auth-03 authd[7075]: LOGIN OK user=..." (after the "host app[pid]:" tag).
        if (!prefix.empty()) {
            std::string_view stamp = prefix, rest;
            if (!parse_time_value(stamp, ctx)) {
                size_t consumed = 0;
                if (parse_timestamp_prefix(stamp, ctx.hints_for(stamp), consumed)) {
                    stamp = prefix.substr(0, consumed);
                    rest = trim(prefix.substr(consumed));
                }
            }
            if (at(values, Role::Time).empty()) at(values, Role::Time) = stamp;
            if (!rest.empty() && rest.back() == ':') rest = {};  // the tag alone: "auth-01 login[2935]:"
            if (const size_t tag = rest.find(": "); tag != std::string_view::npos && rest.substr(0, tag).find(' ') != std::string_view::npos)
                rest = trim(rest.substr(tag + 2));
            if (at(values, Role::Event).empty() && !rest.empty()) at(values, Role::Event) = rest;
        }
        add_event(values, no, ctx, out);
    }
}

}  // namespace ownercheck::ingest
