// key=value lines (logfmt and friends): `2026-07-09T20:47:35Z event=auth.login ip=1.2.3.4
// city="Warsaw" ua="Mozilla/5.0 (...)"`. Values may be double- or single-quoted with backslash
// escapes; text before the first pair is read as the record's timestamp.

#include <array>
#include <string>
#include <vector>

#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

bool key_char(char c) { return is_alnum(c) || c == '_' || c == '.' || c == '-' || c == '@'; }

// Where the first `key=` starts (after a space or at the line start), or npos.
size_t first_pair(std::string_view l) {
    for (size_t i = 0; i < l.size(); ++i) {
        if (i > 0 && l[i - 1] != ' ' && l[i - 1] != '\t' && l[i - 1] != ',' && l[i - 1] != ';') continue;
        size_t k = i;
        while (k < l.size() && key_char(l[k])) ++k;
        if (k > i && k < l.size() && l[k] == '=' && (is_alpha(l[i]) || l[i] == '_' || l[i] == '@')) return i;
    }
    return std::string_view::npos;
}

}  // namespace

void parse_kv(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    (void)d;
    LineReader lr(ctx.text());
    std::string_view l;
    int no = 0;
    RoleCache roles;
    RoleValues values{};
    std::array<int, kRoleCount> ranks{};
    std::vector<std::string> store;  // unescaped values, reused
    std::vector<std::string_view> keys;
    std::vector<size_t> value_index;
    while (lr.next(l, no)) {
        const std::string_view t = trim(l);
        if (t.empty()) continue;
        ++out.rows;
        values.fill({});
        ranks.fill(1 << 30);
        size_t used = 0;
        keys.clear();
        value_index.clear();
        const size_t start = first_pair(t);
        const std::string_view prefix = start == std::string_view::npos ? t : trim(t.substr(0, start));
        size_t i = start == std::string_view::npos ? t.size() : start;
        while (i < t.size()) {
            while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == ',' || t[i] == ';')) ++i;
            const size_t ks = i;
            while (i < t.size() && key_char(t[i])) ++i;
            if (i >= t.size() || t[i] != '=' || i == ks) {
                // A bare word between pairs: skip it.
                while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
                continue;
            }
            const std::string_view key = t.substr(ks, i - ks);
            ++i;  // '='
            if (used == store.size()) store.emplace_back();
            std::string& val = store[used];
            val.clear();
            if (i < t.size() && (t[i] == '"' || t[i] == '\'')) {
                const char q = t[i++];
                bool closed = false;
                while (i < t.size()) {
                    if (t[i] == '\\' && i + 1 < t.size()) {
                        const char e = t[i + 1];
                        val.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                        i += 2;
                        continue;
                    }
                    if (t[i] == q) {
                        ++i;
                        closed = true;
                        break;
                    }
                    val.push_back(t[i++]);
                }
                if (!closed) out.warn(no, "a quoted value of '" + excerpt(key) + "' never closes");
            } else {
                const size_t vs = i;
                while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
                val.assign(t.substr(vs, i - vs));
                while (!val.empty() && (val.back() == ',' || val.back() == ';')) val.pop_back();
            }
            keys.push_back(key);
            value_index.push_back(used++);
        }
        for (size_t k = 0; k < keys.size(); ++k) {
            const RoleMatch m = roles.get(keys[k]);
            if (m.role == Role::None || m.role == Role::Ignore) continue;
            const size_t r = static_cast<size_t>(m.role);
            const std::string& v = store[value_index[k]];
            if (m.rank < ranks[r] && !v.empty()) {
                ranks[r] = m.rank;
                values[r] = v;
            }
        }
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
