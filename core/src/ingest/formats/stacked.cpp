#include "ingest/formats/stacked.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/infer_roles.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/vocab.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMaxColumns = 24;
constexpr size_t kInferRecords = 30;

// A cell that is nothing but a timestamp (a log line that starts with one is not).
bool is_time_cell(std::string_view c) {
    if (c.size() < 8 || c.size() > 40) return false;
    int digits = 0;
    for (char ch : c) digits += is_digit(ch);
    return digits >= 4 && parse_timestamp(c).has_value();
}

// A coarse kind of cell, to tell the cells of a record that precede its time from a title.
char cell_kind(std::string_view c) {
    if (!clean_ip(c).empty()) return 'i';
    if (map_outcome(c).outcome != Outcome::Unknown) return 'o';
    const EventType t = map_event_name(c).type;
    if (t != EventType::Unknown && t != EventType::Other) return 'e';
    return 0;
}

// A header of known column words with a time column: its roles, else empty.
std::vector<Role> header_roles(const std::vector<std::string_view>& header, size_t& time_column) {
    std::vector<Role> roles = map_header(header);
    int known = 0;
    bool timed = false;
    for (size_t i = 0; i < roles.size(); ++i) {
        if (roles[i] == Role::None || roles[i] == Role::Ignore) continue;
        ++known;
        if ((roles[i] == Role::Time || roles[i] == Role::Date) && !timed) {
            timed = true;
            time_column = i;
        }
    }
    if (known < 2 || !timed) roles.clear();
    return roles;
}

std::vector<std::string_view> split_tabs(std::string_view l) {
    std::vector<std::string_view> out;
    size_t i = 0;
    for (;;) {
        const size_t tab = l.find('\t', i);
        out.push_back(trim(l.substr(i, tab == std::string_view::npos ? std::string_view::npos : tab - i)));
        if (tab == std::string_view::npos) return out;
        i = tab + 1;
    }
}

std::optional<StackedLayout> find_layout(std::string_view text, size_t max_lines) {
    StackedLayout s;
    LineReader lr(text);
    std::string_view l;
    int no = 0;
    size_t lines = 0;
    while (lr.next(l, no) && (max_lines == 0 || lines++ < max_lines)) {
        const std::string_view t = trim(l);
        if (t.empty()) continue;
        if (t.find('\t') == std::string_view::npos && is_time_cell(t)) s.stamps.push_back(s.cells.size());
        s.cells.push_back({t, no});
    }
    if (s.stamps.size() < 2) return std::nullopt;
    // The steady distance between time cells is the record's size.
    std::map<size_t, int> gaps;
    for (size_t i = 1; i < s.stamps.size(); ++i) ++gaps[s.stamps[i] - s.stamps[i - 1]];
    const auto modal = std::max_element(gaps.begin(), gaps.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    s.columns = modal->first;
    const int steady = modal->second, total = static_cast<int>(s.stamps.size()) - 1;
    if (s.columns < 2 || s.columns > kMaxColumns || steady * 10 < total * 6) return std::nullopt;
    // Every line between the time cells belongs to a record: a log whose lines start with a time
    // and carry the rest on one line has no time cells at all, so it never gets here.
    const size_t before = s.stamps.front();  // lines before the first time cell
    // Drops the first `n` cells (a title, a header): the first record starts right after them.
    auto drop = [&s](size_t n) {
        s.cells.erase(s.cells.begin(), s.cells.begin() + static_cast<std::ptrdiff_t>(n));
        for (auto& i : s.stamps) i -= n;
    };
    // A header, copied as one tab-separated row or one cell per line, maybe under a title line.
    // Where a title and a header could be read two ways ("Activity" a title, or the header's
    // first word), the reading with more known column words wins.
    struct Candidate {
        size_t skip = 0;  // cells dropped: title and header
        size_t time_column = 0;
        int known = -1;
        std::vector<Role> roles;
        std::vector<std::string_view> header;
    } best;
    for (size_t h = 0; h < before && h < 2; ++h) {
        Candidate c;
        size_t used = 1;
        if (s.cells[h].text.find('\t') != std::string_view::npos) {
            c.header = split_tabs(s.cells[h].text);
        } else if (h + s.columns <= before) {
            for (size_t i = 0; i < s.columns; ++i) c.header.push_back(s.cells[h + i].text);
            used = s.columns;
        }
        if (c.header.size() != s.columns) continue;
        c.roles = header_roles(c.header, c.time_column);
        if (c.roles.empty() || before - h - used != c.time_column) continue;
        c.known = static_cast<int>(std::count_if(c.roles.begin(), c.roles.end(), [](Role r) { return r != Role::None && r != Role::Ignore; }));
        c.skip = h + used;
        if (c.known > best.known) best = std::move(c);
    }
    if (best.known >= 0) {
        s.roles = std::move(best.roles);
        s.header = std::move(best.header);
        s.time_column = best.time_column;
        drop(best.skip);
        return s;
    }
    // No header. The cells before the first time are the first record's own when they are of
    // the same kind as the cells before the second time (an event name, an IP); else a title.
    size_t tc = 0;
    // Labels above values ("Date" / "2026-03-01 10:22" / "IP address" / "85.1.2.3"): the cells
    // right before every time cell read the same, so they open the record.
    auto label_before = [&s](size_t j) {
        for (size_t i : s.stamps)
            if (i < j || s.cells[i - j].text != s.cells[s.stamps.front() - j].text) return false;
        return true;
    };
    while (tc < before && tc + 1 < s.columns && label_before(tc + 1)) ++tc;
    if (tc == 0 && before > 0 && before < s.columns) {
        bool same = true;
        for (size_t j = 1; j <= before && same; ++j) {
            const char a = cell_kind(s.cells[s.stamps[0] - j].text), b = cell_kind(s.cells[s.stamps[1] - j].text);
            same = a != 0 && a == b;
        }
        if (same) tc = before;
    }
    s.time_column = tc;
    drop(before - tc);
    return s;
}

// Cells that read the same in (nearly) every record are labels of the value after them
// ("IP address" above "85.1.2.3"): the label is no value, and names the next cell's role.
std::vector<Role> label_roles(const std::vector<std::vector<std::string>>& rows, size_t columns) {
    std::vector<Role> roles(columns, Role::None);
    if (rows.size() < 2) return roles;
    for (size_t p = 0; p + 1 < columns; ++p) {
        size_t same = 0;
        for (const auto& row : rows) same += p < row.size() && row[p] == rows.front()[p];
        if (same * 10 < rows.size() * 8 || rows.front().size() <= p) continue;
        // A label names a column ("IP address", "Status"); a column whose value never changes
        // ("Sign-in", "Success", "DE") names none, or reads as a value itself.
        const std::string_view text = rows.front()[p];
        const RoleMatch m = role_of(text);
        // (Only a synonym counts: a word rule would read "Ho Chi Minh City" as a label for a city.)
        if (m.role == Role::None || m.role == Role::Ignore || m.rank >= kTokenRuleRank || cell_kind(text) != 0 || parse_timestamp(text)) continue;
        roles[p] = Role::Ignore;
        if (roles[p + 1] == Role::None) roles[p + 1] = m.role;
    }
    return roles;
}

// Record r: the cells from its first (time_column cells before its time) to the next one's.
size_t record_start(const StackedLayout& s, size_t r) { return s.stamps[r] - s.time_column; }
size_t record_end(const StackedLayout& s, size_t r) {
    return r + 1 < s.stamps.size() ? record_start(s, r + 1) : std::min(s.cells.size(), record_start(s, r) + s.columns);
}

}  // namespace

std::optional<StackedLayout> stacked_layout(std::string_view text, size_t max_lines) {
    std::optional<StackedLayout> s = find_layout(text, max_lines);
    if (!s) return s;
    if (s->roles.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (size_t r = 0; r < s->stamps.size() && rows.size() < kInferRecords; ++r) {
            auto& row = rows.emplace_back();
            for (size_t i = record_start(*s, r); i < record_end(*s, r) && row.size() < s->columns; ++i) row.emplace_back(s->cells[i].text);
        }
        s->roles = infer_roles(rows, s->columns, label_roles(rows, s->columns));
        s->roles[s->time_column] = Role::Time;
    }
    // Dates on lines of their own in a client's reply have the rhythm but not the rest of a log.
    for (Role r : s->roles)
        if (r == Role::Ip || r == Role::UserAgent || r == Role::Device || r == Role::Event || r == Role::Result ||
            r == Role::Location || r == Role::Country || r == Role::Amount)
            return s;
    return std::nullopt;
}

void parse_stacked(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    (void)d;
    const std::optional<StackedLayout> layout = stacked_layout(ctx.text());
    if (!layout) {  // detected on a sample; the whole block disagrees
        out.warn(0, "the block stopped looking like one cell per line; nothing read");
        return;
    }
    const StackedLayout& s = *layout;
    const size_t k = s.columns;
    const std::vector<Role>& roles = s.roles;
    std::vector<std::string> names;
    for (size_t i = 0; i < k; ++i) names.push_back(i < s.header.size() ? std::string(s.header[i]) : "cell " + std::to_string(i + 1));
    const std::vector<std::string_view> name_views(names.begin(), names.end());
    const std::string mapped = describe_roles(name_views, roles);
    out.format_reason += mapped.empty() ? "; no column recognised" : "; columns read as " + mapped;
    out.format_reason += ctx.zone_from_headers(name_views, roles);

    RoleValues values{};
    for (size_t r = 0; r < s.stamps.size(); ++r) {
        const size_t from = record_start(s, r), to = record_end(s, r);
        const int line = s.cells[from].line;
        ++out.rows;
        if (to - from != k)
            out.warn(line, "record has " + std::to_string(to - from) + " cells for " + std::to_string(k) + " columns; " +
                               (to - from > k ? "the extra ones were ignored" : "the missing ones read as empty"));
        values.fill({});
        for (size_t i = from; i < to && i - from < k; ++i) {
            const Role role = roles[i - from];
            if (role != Role::None && role != Role::Ignore && at(values, role).empty()) at(values, role) = s.cells[i].text;
        }
        add_event(values, line, ctx, out);
    }
    if (const size_t last = record_end(s, s.stamps.size() - 1); last < s.cells.size())
        out.warn(s.cells[last].line, std::to_string(s.cells.size() - last) + " line(s) after the last record were not read");
}

}  // namespace ownercheck::ingest
