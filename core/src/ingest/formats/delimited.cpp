// CSV / TSV / pipe tables with a header in any wording (roles from header_synonyms.json), or
// without a header (roles recognised from the values of the first rows).

#include <algorithm>
#include <array>

#include "ingest/detect.hpp"
#include "ingest/formats/csv_reader.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/formats/kv_pairs.hpp"
#include "ingest/infer_roles.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

std::string_view format_name(Format f) {
    switch (f) {
        case Format::Empty: return "empty";
        case Format::Csv: return "csv";
        case Format::Tsv: return "tsv";
        case Format::Jsonl: return "jsonl";
        case Format::Json: return "json";
        case Format::Kv: return "kv";
        case Format::Cef: return "cef";
        case Format::Records: return "records";
        case Format::Stacked: return "stacked_cells";
        case Format::Table: return "table";
        case Format::KrakenLedger: return "kraken_ledger";
        case Format::KrakenTrades: return "kraken_trades";
        case Format::Lines: return "lines";
    }
    return "lines";
}

std::string describe_roles(const std::vector<std::string_view>& header, const std::vector<Role>& roles) {
    std::string out;
    int shown = 0;
    for (size_t i = 0; i < roles.size() && i < header.size(); ++i) {
        const Role r = roles[i];
        if (r == Role::None || r == Role::Ignore) continue;
        if (shown++) out += ", ";
        const std::string h = excerpt(trim(header[i]), 24);
        if (normalize_key(h) == role_name(r)) out += h;
        else out += h + "=" + std::string(role_name(r));
    }
    return out;
}

namespace {

// Columns whose cells are whole key=value log lines (a Splunk export's "_raw", a "details"
// column): their pairs are read into the record's empty roles. Only unrecognised columns.
std::vector<size_t> pair_columns(const std::vector<std::vector<std::string>>& rows, const std::vector<Role>& roles, size_t columns) {
    std::vector<size_t> out;
    for (size_t c = 0; c < columns; ++c) {
        if (c < roles.size() && roles[c] != Role::None) continue;
        int n = 0, kv = 0;
        for (const auto& row : rows) {
            if (c >= row.size() || trim(row[c]).empty()) continue;
            ++n;
            kv += is_kv_line(row[c]);
        }
        if (n > 0 && kv * 10 >= n * 7) out.push_back(c);
    }
    return out;
}

// The column that most plausibly holds unquoted delimiters (a user agent, a "City, Country").
int mergeable_column(const std::vector<Role>& roles) {
    for (Role want : {Role::UserAgent, Role::Device, Role::Location, Role::Event, Role::Org, Role::Reason, Role::City})
        for (size_t i = 0; i < roles.size(); ++i)
            if (roles[i] == want) return static_cast<int>(i);
    return -1;
}

// Where a row's unquoted separators belong: the column of free text whose merge leaves every
// typed column readable ("BTC/EUR 95,220.00" in a last "details" column, not in "type" before the
// amount). The first such in the preference order of mergeable_column, a detail or note last;
// else the static choice.
int merge_column_for(const std::vector<std::string_view>& fields, size_t columns, const std::vector<Role>& roles,
                     int fallback, BlockContext& ctx) {
    const size_t extra = fields.size() - columns;
    auto fits = [&](size_t mc) {
        for (size_t c = 0; c < columns && c < roles.size(); ++c) {
            if (c == mc) continue;
            const std::string_view v = trim(fields[c < mc ? c : c + extra]);
            if (v.empty()) continue;
            switch (roles[c]) {
                case Role::Time: if (!parse_time_value(v, ctx)) return false; break;
                case Role::Amount: case Role::Fee: if (!parse_amount(v, nullptr, ctx.decimal_mark())) return false; break;
                case Role::Ip: if (clean_ip(v).empty()) return false; break;
                default: break;
            }
        }
        return true;
    };
    if (fallback >= 0 && fits(static_cast<size_t>(fallback))) return fallback;
    for (Role want : {Role::UserAgent, Role::Device, Role::Location, Role::Event, Role::Org, Role::Reason, Role::City, Role::Detail})
        for (size_t i = 0; i < roles.size() && i < columns; ++i)
            if (roles[i] == want && static_cast<int>(i) != fallback && fits(i)) return static_cast<int>(i);
    return fallback;
}

}  // namespace

void parse_delimited(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    const std::string_view text = ctx.text();
    CsvReader reader(text, d.delim, d.header_offset, d.header_line);
    std::vector<std::string_view> fields;
    std::vector<std::string_view> header;
    std::vector<std::string> header_store;
    int line = 0;

    // "| a | b |" (markdown, MySQL) has empty cells outside its border; psql prints " a | b" with
    // no border, where an empty last cell is a real (empty) value. Decided once, from the header.
    bool bordered = true;
    if (d.pipe_table) {
        const std::string_view first = trim(text.substr(d.header_offset, text.find('\n', d.header_offset) - d.header_offset));
        bordered = !first.empty() && first.front() == '|';
    }
    auto strip_pipes = [&](std::vector<std::string_view>& f) {
        for (auto& x : f) x = trim(x);
        if (!bordered) return;
        if (!f.empty() && f.front().empty()) f.erase(f.begin());
        if (!f.empty() && f.back().empty()) f.pop_back();
    };
    auto is_rule = [&](const std::vector<std::string_view>& f) {
        for (auto x : f)
            for (char c : trim(x))
                if (c != '-' && c != '+' && c != '=' && c != ':' && c != ' ') return false;
        return true;
    };

    std::vector<Role> roles;
    size_t columns = 0;
    std::vector<size_t> pairs_in;  // columns of key=value text (pair_columns)
    if (d.has_header) {
        if (!reader.next(fields, line)) return;
        if (d.pipe_table) strip_pipes(fields);
        // Jira/Confluence mark header cells with "||": the empty cells between are not columns.
        if (d.pipe_table && text.substr(d.header_offset, 2) == "||")
            fields.erase(std::remove_if(fields.begin(), fields.end(), [](std::string_view f) { return trim(f).empty(); }), fields.end());
        for (auto f : fields) header_store.emplace_back(trim(f));
        for (const auto& h : header_store) header.push_back(h);
        roles = map_header(header);
        columns = header.size();
        // Headers in words the synonym table does not know: recognise those columns by their values.
        // Unnamed columns are recognised by their values, and an "Account" read as the login's
        // email or an amount that is a record count is checked against them (infer_roles).
        if (std::find(roles.begin(), roles.end(), Role::None) != roles.end() ||
            std::find(roles.begin(), roles.end(), Role::Email) != roles.end() ||
            std::find(roles.begin(), roles.end(), Role::Amount) != roles.end()) {
            CsvReader probe(text, d.delim, reader.offset(), reader.line());
            std::vector<std::vector<std::string>> rows;
            int probe_line = 0;
            while (rows.size() < 30 && probe.next(fields, probe_line)) {
                if (d.pipe_table) strip_pipes(fields);
                rows.emplace_back(fields.begin(), fields.end());
            }
            pairs_in = pair_columns(rows, roles, columns);
            for (size_t c : pairs_in) roles[c] = Role::Ignore;
            const std::vector<Role> before = roles;
            roles = infer_roles(rows, columns, roles);
            for (size_t i = 0; i < columns; ++i)
                if (before[i] != roles[i] && roles[i] == Role::Ignore)
                    out.warn(d.header_line, "column '" + excerpt(header[i], 24) + "' holds row numbers or a record count; not read");
                else if (before[i] != roles[i] && roles[i] != Role::None)
                    out.warn(d.header_line, "column '" + excerpt(header[i], 24) + "' read as " + std::string(role_name(roles[i])) +
                                                " from its values");
        }
    } else {
        // Look at the first rows to recognise columns by their values.
        CsvReader probe(text, d.delim, d.header_offset, d.header_line);
        std::vector<std::vector<std::string>> rows;
        while (rows.size() < 30 && probe.next(fields, line)) {
            if (d.pipe_table) strip_pipes(fields);
            rows.emplace_back(fields.begin(), fields.end());
            columns = std::max(columns, fields.size());
        }
        pairs_in = pair_columns(rows, {}, columns);
        std::vector<Role> known(columns, Role::None);
        for (size_t c : pairs_in) known[c] = Role::Ignore;
        roles = infer_roles(rows, columns, known, /*text_is_event=*/true);
        for (size_t i = 0; i < columns; ++i) header_store.push_back("column " + std::to_string(i + 1));
        for (const auto& h : header_store) header.push_back(h);
    }
    // Decimal mark of the amount columns, decided once for the block: the values that tell
    // ("0,5", "1.234,56" vs "0.5", "1,234.56") vote; when none tells, a ';' separator means a
    // locale whose decimal mark is ',' (that is why its spreadsheets separate with ';').
    {
        std::vector<size_t> amount_cols;
        for (size_t i = 0; i < roles.size(); ++i)
            if (roles[i] == Role::Amount || roles[i] == Role::Fee || roles[i] == Role::CounterAmount || roles[i] == Role::Price)
                amount_cols.push_back(i);
        if (!amount_cols.empty()) {
            int comma = 0, dot = 0, probe_line = 0;
            CsvReader probe(text, d.delim, reader.offset(), reader.line());
            for (int n = 0; n < 200 && probe.next(fields, probe_line); ++n) {
                if (d.pipe_table) strip_pipes(fields);
                for (size_t c : amount_cols) {
                    if (c >= fields.size()) continue;
                    const char v = decimal_mark_vote(trim(fields[c]));
                    comma += v == ',';
                    dot += v == '.';
                }
            }
            if (comma > dot) ctx.set_decimal_mark(',');
            else if (dot > comma) ctx.set_decimal_mark('.');
            else if (d.delim == ';') ctx.set_decimal_mark(',');
        }
    }
    const std::string mapped = describe_roles(header, roles);
    out.format_reason += mapped.empty() ? "; no column recognised" : "; columns read as " + mapped;
    out.format_reason += ctx.zone_from_headers(header, roles);
    for (size_t c : pairs_in) out.format_reason += "; key=value pairs read from '" + excerpt(header[c], 24) + "'";
    const bool has_time = std::find(roles.begin(), roles.end(), Role::Time) != roles.end() ||
                          std::find(roles.begin(), roles.end(), Role::Date) != roles.end();
    if (!has_time) out.warn(d.header_line, "no column holds a timestamp; rows cannot be placed in time");
    const int merge_col = mergeable_column(roles);

    RoleValues values{};
    std::string merged;
    RoleCache pair_roles;
    RoleValues pair_values{};
    RoleRanks pair_ranks{};
    std::vector<PairReader> pairs(pairs_in.size());  // one per column: each keeps its values until the row is built
    while (reader.next(fields, line)) {
        if (d.pipe_table) {
            if (fields.size() == 1 && is_table_footer(fields[0])) continue;
            strip_pipes(fields);
            if (fields.empty() || is_rule(fields)) continue;
        }
        if (fields.size() == 1 && trim(fields[0]).empty()) continue;
        // One cell without a time in a table of three or more columns: a title, a pager
        // ("Showing 1-20 of 57", "Previous | Next") or a note copied with the table, not a row.
        if (fields.size() == 1 && columns >= 3) {
            size_t used = 0;
            const std::string_view only = trim(fields[0]);
            if (!parse_timestamp_prefix(only, ctx.hints_for(only), used)) {
                out.warn(line, "'" + excerpt(only) + "' is not a row of the table; skipped");
                continue;
            }
        }
        // A web table's pager copied with it, its buttons as cells ("Showing 1 to 51 of 51 entries |
        // Previous | 1 | Next"): a short row with a pager button and no time.
        if (fields.size() < columns && is_pager_row(fields)) {
            size_t used = 0;
            const std::string_view first = trim(fields[0]);
            if (!parse_timestamp_prefix(first, ctx.hints_for(first), used)) {
                out.warn(line, "'" + excerpt(first) + "' is the table's pager, not a row; skipped");
                continue;
            }
        }
        // The header again (a second page pasted below the first, a web table's sticky header):
        // not a row.
        if (fields.size() == header.size()) {
            bool same = true;
            for (size_t c = 0; c < fields.size() && same; ++c) same = trim(fields[c]) == trim(header[c]);
            if (same) continue;
        }
        ++out.rows;
        if (reader.last_unterminated()) out.warn(line, "a quote never closes; read it as a plain character");
        // Ragged rows: too many fields usually means unquoted delimiters inside one value.
        if (fields.size() > columns && columns > 0) {
            const size_t extra = fields.size() - columns;
            if (const int row_merge = merge_column_for(fields, columns, roles, merge_col, ctx); row_merge >= 0) {
                const size_t mc = static_cast<size_t>(row_merge);
                merged.assign(fields[mc]);
                for (size_t k = 1; k <= extra; ++k) {
                    merged.push_back(d.delim);
                    merged.append(fields[mc + k]);
                }
                fields.erase(fields.begin() + static_cast<std::ptrdiff_t>(mc) + 1,
                             fields.begin() + static_cast<std::ptrdiff_t>(mc + extra) + 1);
                fields[mc] = merged;
                out.warn(line, "row has " + std::to_string(columns + extra) + " fields for " + std::to_string(columns) +
                                   " columns; the extra separators were kept inside '" + std::string(header[mc]) + "'");
            } else {
                out.warn(line, "row has " + std::to_string(columns + extra) + " fields for " + std::to_string(columns) +
                                   " columns; the extra fields were ignored");
            }
        } else if (fields.size() < columns) {
            out.warn(line, "row has " + std::to_string(fields.size()) + " fields for " + std::to_string(columns) +
                               " columns; the missing ones read as empty");
        }
        if (pairs_in.empty()) {
            for (const Role r : roles) at(values, r) = {};  // what the previous row set, not all the roles
        } else {
            values.fill({});  // the pairs may have set any role
        }
        for (size_t i = 0; i < fields.size() && i < roles.size(); ++i) {
            const Role r = roles[i];
            if (r == Role::None || r == Role::Ignore) continue;
            auto& slot = at(values, r);
            if (slot.empty()) slot = fields[i];
        }
        if (!pairs_in.empty()) {  // the columns' own values first, then the pairs' for the roles left empty
            pair_values.fill({});
            for (size_t r = 0; r < kRoleCount; ++r) pair_ranks[r] = values[r].empty() ? 1 << 30 : -1;
            for (size_t k = 0; k < pairs_in.size(); ++k) {
                const size_t c = pairs_in[k];
                if (c >= fields.size()) continue;
                const size_t start = first_pair(fields[c]);
                std::string_view unclosed;
                pairs[k].read(fields[c], start == std::string_view::npos ? fields[c].size() : start, unclosed);
                pairs[k].assign(pair_roles, pair_values, pair_ranks);
            }
            for (size_t r = 0; r < kRoleCount; ++r)
                if (values[r].empty() && !pair_values[r].empty()) values[r] = pair_values[r];
        }
        add_event(values, line, ctx, out);
    }
}

}  // namespace ownercheck::ingest
