// key=value lines (logfmt and friends): `2026-07-09T20:47:35Z event=auth.login ip=1.2.3.4
// city="Warsaw" ua="Mozilla/5.0 (...)"`. Values may be double- or single-quoted with backslash
// escapes; text before the first pair is read as the record's timestamp.

#include <array>
#include <string>

#include "ingest/formats/formats.hpp"
#include "ingest/formats/kv_pairs.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/line_prefix.hpp"
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
            const LinePrefix lead = read_line_prefix(prefix, ctx);
            if (at(values, Role::Time).empty()) at(values, Role::Time) = lead.stamp;
            if (at(values, Role::Event).empty() && !lead.message.empty()) at(values, Role::Event) = lead.message;
            // RFC 5424's free text after the structured data: "...mfa=\"totp\"] login ok".
            if (lead.structured) {
                const size_t close = t.rfind("\"]");
                const std::string_view text = close == std::string_view::npos ? std::string_view{} : trim(t.substr(close + 2));
                if (!text.empty()) {
                    if (at(values, Role::Event).empty()) at(values, Role::Event) = text;
                    else if (at(values, Role::Result).empty()) at(values, Role::Result) = text;
                }
            }
        }
        add_event(values, no, ctx, out);
    }
}

}  // namespace ownercheck::ingest
