#include "ingest/detect.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "ingest/formats/csv_reader.hpp"
#include "ingest/formats/field_lines.hpp"
#include "ingest/formats/stacked.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/roles.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/vocab.hpp"

namespace ownercheck::ingest {

namespace {

constexpr int kSampleLines = 40;
constexpr int kLongRecordSampleLines = 160;
// Lines of a tool's chrome (commands, a title) a space-aligned table's header may sit under.
constexpr size_t kMaxAlignedChromeLines = 12;
constexpr size_t kStackedSampleLines = 200;  // a record may span up to 24 lines: enough to see several

struct SampleLine {
    std::string_view text;
    int number;
    size_t offset;
};

std::string_view delim_word(char d) {
    switch (d) {
        case '\t': return "tab";
        case ',': return "comma";
        case ';': return "semicolon";
        case '|': return "pipe";
        default: return "?";
    }
}

bool is_rule_line(std::string_view l) {
    l = trim(l);
    if (l.empty()) return false;
    for (char c : l)
        if (c != '-' && c != '+' && c != '|' && c != '=' && c != ':' && c != ' ') return false;
    return true;
}

// Splits on runs of two or more spaces (terminal tables).
std::vector<std::string_view> split_gaps(std::string_view l) {
    std::vector<std::string_view> out;
    l = trim(l);
    size_t i = 0;
    while (i < l.size()) {
        size_t j = i;
        while (j < l.size() && !(l[j] == ' ' && j + 1 < l.size() && l[j + 1] == ' ') && l[j] != '\t') ++j;
        out.push_back(trim(l.substr(i, j - i)));
        while (j < l.size() && (l[j] == ' ' || l[j] == '\t')) ++j;
        i = j;
    }
    return out;
}

bool looks_like_value(std::string_view f) {
    f = trim(f);
    if (f.empty()) return false;
    if (parse_timestamp(f)) return true;
    if (!clean_ip(f).empty()) return true;
    std::string unit;
    return parse_amount(f, &unit).has_value() && unit.empty();
}

std::set<std::string> normalized_set(const std::vector<std::string_view>& header) {
    std::set<std::string> s;
    for (auto h : header) s.insert(normalize_key(h));
    return s;
}

std::string join_header(const std::vector<std::string_view>& header, size_t max) {
    std::string out;
    for (size_t i = 0; i < header.size() && i < max; ++i) {
        if (i) out += ", ";
        out += excerpt(trim(header[i]), 24);
    }
    if (header.size() > max) out += ", ...";
    return out;
}

struct DelimStats {
    char delim = 0;
    int modal = 0;
    double consistency = 0;
    int records = 0;
    size_t first_offset = 0;  // offset of the first record with the modal count
    int first_line = 1;
};

DelimStats delimited_stats(std::string_view text, char delim, size_t offset, int first_line) {
    DelimStats st;
    st.delim = delim;
    CsvReader r(text, delim, offset, first_line);
    std::vector<std::string_view> fields;
    std::vector<int> counts;
    std::vector<std::pair<size_t, int>> starts;
    std::vector<bool> has_value, pager, timed, lone;
    int line = 0;
    size_t before = r.offset();
    while (static_cast<int>(counts.size()) < kSampleLines && r.next(fields, line)) {
        size_t rec_start = before;
        // The record begins at its first non-blank byte; blank lines were skipped.
        while (rec_start < text.size() && (text[rec_start] == '\n' || text[rec_start] == '\r' || text[rec_start] == ' ')) ++rec_start;
        before = r.offset();
        if (delim == '|' && (is_rule_line(text.substr(rec_start, before - rec_start)) ||
                             (fields.size() == 1 && is_table_footer(fields[0]))))
            continue;
        int c = static_cast<int>(fields.size());
        if (delim == '|' && text.substr(rec_start, 2) == "||") {  // Jira/Confluence "||a||b||": the cells between
            c = 0;
            for (auto f : fields) c += !trim(f).empty();
        } else if (delim == '|') {  // "| a | b |" has empty outer fields
            if (!fields.empty() && trim(fields.front()).empty()) --c;
            if (fields.size() > 1 && trim(fields.back()).empty()) --c;
        }
        counts.push_back(c);
        starts.emplace_back(rec_start, line);
        bool value = false;
        for (auto f : fields)
            if (!value && looks_like_value(f)) value = true;
        has_value.push_back(value);
        pager.push_back(is_pager_row(fields));
        // A spreadsheet's title or blank line keeps the sheet's width in empty cells ("Journal de
        // sécurité – client 4471902<TAB><TAB>…"): one cell of text, no row and no header.
        bool rest_empty = fields.size() >= 4;
        for (size_t k = 1; k < fields.size() && rest_empty; ++k) rest_empty = trim(fields[k]).empty();
        lone.push_back(rest_empty);
        // A first cell that is a date and a clock and nothing else ("17 Feb 2026 10:58:44.457"):
        // a date alone is too often the head of a sentence cut at its comma.
        const auto stamp = fields.size() >= 3 && trim(fields[0]).size() <= 35 ? parse_timestamp(trim(fields[0])) : std::nullopt;
        timed.push_back(stamp && stamp->has_time);
    }
    if (counts.empty()) return st;
    // The header is the first record with at least two fields (a title line before it is a
    // preamble). Rows count as consistent when they have at least the header's fields minus one
    // and not many more: unquoted commas inside a user agent add a field or two, prose varies.
    // Try the first few records as the header; keep the one that explains the rest best.
    size_t first = counts.size();
    double best_score = -1;
    // Lines of one field above the table (a console's menu, its search box, "Found 62 messages")
    // are not candidates and do not use up the tries: a page copied whole has a dozen of them.
    for (size_t cand = 0, tried = 0; cand < counts.size() && cand < 32 && tried < 6; ++cand) {
        const int header = counts[cand];
        if (header < 2 || lone[cand]) continue;
        ++tried;
        // Only the first record may be data (no header), or the first that starts with a time
        // under a console's own lines ("74 events", a toolbar copied with its tabs).
        if (cand > 0 && has_value[cand] && !timed[cand]) continue;
        // Lines of one field after the last row ("Showing 1-3 of 3", "Previous | Next") are a
        // web table's footer, copied with it: they neither make nor break the table; so is its
        // pager copied as cells ("Showing 1 to 5 of 5 entries | | Previous | 1 | Next").
        size_t end = counts.size();
        while (end > cand + 2 && (counts[end - 1] < 2 || pager[end - 1])) --end;
        int consistent = 0, total = 0;
        for (size_t i = cand + 1; i < end; ++i) {
            if (lone[i]) continue;
            ++total;
            if (counts[i] >= header - 1 && counts[i] <= header + 3 && counts[i] >= 2) ++consistent;
        }
        // Preamble lines weigh a little against the candidate: a table usually starts at once.
        double score = total == 0 ? 0.6 : static_cast<double>(consistent) / (static_cast<double>(total) + 0.25 * static_cast<double>(cand));
        if (score > best_score + 1e-9) {
            best_score = score;
            first = cand;
        }
    }
    if (first >= counts.size()) return st;
    st.modal = counts[first];
    st.records = static_cast<int>(counts.size());
    st.consistency = best_score;
    st.first_offset = starts[first].first;
    st.first_line = starts[first].second;
    return st;
}

// "_time,host,_raw": a CSV header with a time column and no '=' in it, above rows that carry
// key=value text in a cell (a Splunk export) -- a table, not key=value lines.
bool looks_like_csv_header(std::string_view line) {
    if (line.find("{\"") != std::string_view::npos) return false;  // a header holds no JSON object
    // "# Fastly real-time log streaming → syslog (…), grep x_clerk_user": a shell comment above the
    // lines ("real-time" names no time column)
    if (line.substr(0, 2) == "# " || line.substr(0, 3) == "// ") return false;
    std::vector<std::string> cells;
    size_t i = 0;
    for (;;) {
        const size_t comma = line.find(',', i);
        std::string_view c = trim(line.substr(i, comma == std::string_view::npos ? std::string_view::npos : comma - i));
        if (c.size() >= 2 && c.front() == '"' && c.back() == '"') c = c.substr(1, c.size() - 2);
        if (c.empty() || c.find('=') != std::string_view::npos) return false;
        cells.emplace_back(c);
        if (comma == std::string_view::npos) break;
        i = comma + 1;
    }
    if (cells.size() < 2) return false;
    const std::vector<std::string_view> views(cells.begin(), cells.end());
    for (Role r : map_header(views))
        if (r == Role::Time || r == Role::Date) return true;
    return false;
}

// Where a JSON document starts under a few lines of other text (a prompt and a `curl ... | jq`
// command, a query above "Copy as JSON"): the index of its first line in the sample, or 0. The
// document opens with a line that is "{" or "[" alone (or "[{"), and nearly every sampled line
// after it is JSON's own ("key": value, braces, brackets); or it is JSON lines, one object a line.
size_t json_after_chrome(const std::vector<SampleLine>& sample) {
    constexpr size_t kMaxChromeLines = 10;
    for (size_t k = 1; k < sample.size() && k <= kMaxChromeLines; ++k) {
        const std::string_view t = trim(sample[k].text);
        // JSON lines under the command that printed them (`kubectl logs … | jq -c '{…}'`)
        if (t.size() > 2 && t.front() == '{' && t.back() == '}' && t[1] == '"') {
            size_t body = 0, objects = 0;
            for (size_t i = k; i < sample.size(); ++i) {
                const std::string_view l = trim(sample[i].text);
                ++body;
                objects += l.size() > 2 && l.front() == '{' && l.back() == '}';
            }
            // ... or one document on one line under the command that fetched it (`curl … _search`)
            if ((body >= 3 && objects * 10 >= body * 9) || (objects == body && t.size() >= 200)) return k;
            continue;
        }
        if (t != "{" && t != "[" && t != "[{") continue;
        size_t body = 0, jsonish = 0;
        for (size_t i = k; i < sample.size(); ++i) {
            const std::string_view l = trim(sample[i].text);
            ++body;
            const char c = l.front();
            if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']') ++jsonish;
        }
        return body >= 3 && jsonish * 10 >= body * 9 ? k : 0;
    }
    return 0;
}

// Vertical records (formats/records.cpp): most lines are one "Key: value" field whose key names a
// column role, and the fields include a time that parses and something a log line carries (an
// IP, a user agent, an event, an amount). A client's numbered answers ("Last deposit: 0.5 BTC")
// and pasted e-mail headers ("Date:", "Received:") have the shape but not that content.
// Records opened by one key that comes back record after record, with blank lines, section
// labels ("Network Information:") and sentences inside them: Windows Event Viewer's text, case
// management cards. Judged record by record: each must carry a time and something a log has.
bool opened_records(const std::vector<SampleLine>& sample, std::string& opener, std::string& reason) {
    std::string_view first_key, value;
    size_t start = 0;
    // Above the first record: the command that printed them, a banner ("Event[0]:")
    while (start < sample.size() && (trim(sample[start].text).empty() || is_shell_command(sample[start].text) || is_record_banner(sample[start].text)))
        ++start;
    if (start >= sample.size() || !split_field_line(trim(sample[start].text), first_key, value) || !value.size()) return false;
    int records = 0, stamped = 0, loggy = 0, fields = 0, lines = 0;
    bool record_stamped = false, record_loggy = false;
    auto end_record = [&] {
        ++records;
        stamped += record_stamped;
        loggy += record_loggy;
        record_stamped = record_loggy = false;
    };
    for (size_t i = start; i < sample.size(); ++i) {
        const std::string_view t = trim(sample[i].text);
        if (t.empty() || is_record_banner(t)) continue;
        ++lines;
        std::string_view key;
        if (!split_field_line(t, key, value)) continue;
        ++fields;
        if (key == first_key && i != start) end_record();
        const Role r = role_of(key).role;
        if ((r == Role::Time || r == Role::Date) && parse_timestamp(value)) record_stamped = true;
        if (r == Role::Ip || r == Role::UserAgent || r == Role::Event || r == Role::Amount) record_loggy = true;
    }
    end_record();
    // Two full records at least (the last may be cut by the sample), each with a time and a log field.
    if (records < 3 || fields * 10 < lines * 6) return false;
    const int complete = records - 1;
    if (stamped < complete || loggy < complete) return false;
    opener = std::string(first_key);
    reason = "records written vertically, each opened by '" + opener +
             "' (blank lines and text inside a record belong to it)";
    return true;
}

bool vertical_records(const std::vector<SampleLine>& sample, std::string& reason) {
    constexpr size_t kMaxTitle = 80;
    int fields = 0, known = 0, other = 0, records = 0, stamped = 0, banners = 0;
    std::vector<std::string_view> titles;  // lines that are no field: a card's title, maybe
    std::set<Role> roles;
    std::vector<std::string_view> keys;  // of the record being read
    bool record_stamped = false;
    auto end_record = [&] {
        if (!keys.empty()) ++records;
        stamped += record_stamped;
        keys.clear();
        record_stamped = false;
    };
    for (const auto& s : sample) {
        const std::string_view t = trim(s.text);
        if (is_record_banner(t) || is_table_footer(t)) {
            ++banners;
            end_record();
            continue;
        }
        std::string_view key, value;
        if (!split_field_line(t, key, value)) {
            end_record();
            ++other;
            if (t.size() <= kMaxTitle) titles.push_back(t);
            continue;
        }
        ++fields;
        for (const char* mail : {"received", "subject", "message-id", "dkim-signature", "return-path", "mime-version"})
            if (iequals(key, mail)) return false;
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) end_record();
        keys.push_back(key);
        const Role r = role_of(key).role;
        if (r == Role::None || r == Role::Ignore) continue;
        ++known;
        roles.insert(r);
        if ((r == Role::Time || r == Role::Date) && parse_timestamp(value)) record_stamped = true;
    }
    end_record();
    // A card's title ("🔓 登录成功", "Password changed") above its fields names its event, as a
    // column would (formats/records.cpp reads it so). Looked up only where fields are a third of
    // the lines at least: a table's rows are never fields, and the vocabulary is not free.
    if (fields * 3 >= fields + other)
        for (std::string_view t : titles)
            if (const EventType e = map_event_name(t).type; e != EventType::Unknown && e != EventType::Other) {
                ++fields, ++known, --other;
                roles.insert(Role::Event);
            }
    const auto has = [&](Role r) { return roles.count(r) > 0; };
    const bool loggy = has(Role::Ip) || has(Role::UserAgent) || has(Role::Event) || has(Role::Device) || has(Role::Amount);
    if (known * 10 < (fields + other) * 6 || roles.size() < 3 || !loggy || stamped == 0 || stamped * 10 < records * 6) return false;
    reason = std::to_string(fields) + " of the first " + std::to_string(fields + other + banners) +
             " lines are one 'key: value' field each: " + std::to_string(records) + " record(s) written vertically" +
             (banners > 0 ? " between record banners" : "");
    return true;
}

}  // namespace

bool is_kv_line(std::string_view line) {
    int pairs = 0;
    const size_t n = line.size();
    for (size_t i = 0; i < n; ++i) {
        if (line[i] != '=' || i == 0) continue;
        // key: [A-Za-z0-9_.-]+ right before '=', starting after a space or the line start
        size_t k = i;
        while (k > 0 && (is_alnum(line[k - 1]) || line[k - 1] == '_' || line[k - 1] == '.' || line[k - 1] == '-')) --k;
        if (k == i) continue;
        if (k > 0 && line[k - 1] != ' ' && line[k - 1] != '\t' && line[k - 1] != ',' && line[k - 1] != ';') continue;
        if (!is_alpha(line[k]) && line[k] != '_') continue;
        ++pairs;
    }
    return pairs >= 2;
}

// A web table's pager copied with it: one of its cells is a button ("Previous", "Next", "Suivant",
// "下一页", "다음", "»") in one of the nine languages (DataTables and admin panels).
bool is_pager_row(const std::vector<std::string_view>& fields) {
    static constexpr std::string_view kButtons[] = {"previous", "next", "prev", "first", "last", "précédent", "suivant", "anterior", "próximo",
                                           "proximo", "seguinte", "zurück", "weiter", "nächste", "vorherige", "precedente", "successivo",
                                           "назад", "вперед", "вперёд", "предыдущая", "следующая", "önceki", "sonraki", "上一页", "下一页",
                                           "上页", "下页", "이전", "다음", "«", "»", "‹", "›"};
    constexpr size_t kLongestButton = 20;  // "предыдущая" in UTF-8; every line of a table passes here
    for (const std::string_view f : fields) {
        const std::string_view cell = trim(f);
        if (cell.empty() || cell.size() > kLongestButton) continue;
        for (const std::string_view b : kButtons)
            if (iequals(cell, b)) return true;  // ASCII case only: the others are written as shown
    }
    return false;
}


// The row count a terminal client prints under a table: psql "(42 rows)", "(1 row)", MySQL
// "42 rows in set (0.01 sec)", "Empty set (0.00 sec)". Not a record.
bool is_table_footer(std::string_view l) {
    l = trim(l);
    if (istarts_with(l, "empty set")) return true;
    if (!l.empty() && l.front() == '(') l.remove_prefix(1);
    size_t i = 0;
    while (i < l.size() && is_digit(l[i])) ++i;
    if (i == 0) return false;
    const std::string_view rest = l.substr(i);
    return istarts_with(rest, " row)") || istarts_with(rest, " rows)") || istarts_with(rest, " row in set") ||
           istarts_with(rest, " rows in set");
}

// The first `max_lines` lines of `text` that hold something, with where they are.
static std::vector<SampleLine> sample_lines(std::string_view text, int max_lines) {
    std::vector<SampleLine> sample;
    LineReader lr(text);
    std::string_view l;
    int no = 0;
    size_t off = 0;
    while (static_cast<int>(sample.size()) < max_lines && lr.next(l, no)) {
        if (!trim(l).empty()) sample.push_back({l, no, off});
        off = lr.offset();
    }
    return sample;
}

Detection detect_format(std::string_view text) {
    Detection d;
    const std::vector<SampleLine> sample = sample_lines(text, kSampleLines);
    if (sample.empty()) {
        d.format = Format::Empty;
        d.reason = "the block is empty";
        return d;
    }
    const std::string_view first = trim(sample[0].text);

    // JSON
    if (first.front() == '{' || first.front() == '[') {
        bool json = first.front() == '{';
        if (!json) {
            std::string_view after = trim(text.substr(text.find('[') + 1));
            json = after.empty() || after.front() == '{' || after.front() == ']' || after.front() == '"';
        }
        if (json) {
            int object_lines = 0;
            for (const auto& s : sample) {
                const std::string_view t = trim(s.text);
                if (t.size() >= 2 && t.front() == '{' && t.back() == '}') ++object_lines;
            }
            if (first.front() == '{' && object_lines * 10 >= static_cast<int>(sample.size()) * 6) {
                d.format = Format::Jsonl;
                d.reason = "every line is a JSON object (JSON lines)";
            } else {
                d.format = Format::Json;
                d.reason = first.front() == '[' ? "a JSON array of records" : "JSON objects spread over several lines";
            }
            return d;
        }
    }

    // A JSON document under a few lines of its tool's text: a shell prompt and the curl | jq command
    // line, an SQL editor's query and "Copy as JSON" note. Read from its first line.
    if (const size_t k = json_after_chrome(sample); k != 0) {
        d.format = Format::Json;
        d.header_offset = sample[k].offset;
        d.header_line = sample[k].number;
        d.reason = "JSON from line " + std::to_string(d.header_line) + "; the " + std::to_string(d.header_line - 1) +
                   " line(s) above it are the tool's own text (a prompt, a command, a query) and are not read";
        return d;
    }

    // ArcSight CEF records (a SIEM's forward or export), a syslog prefix or not
    {
        int cef = 0;
        for (const auto& s : sample)
            if (is_cef_line(s.text)) ++cef;
        if (cef * 10 >= static_cast<int>(sample.size()) * 6) {
            d.format = Format::Cef;
            d.reason = "ArcSight CEF or QRadar LEEF records (CEF:version|vendor|product|...|name|severity|extension)";
            return d;
        }
    }

    // JSON objects behind a text prefix: a Loki or syslog export of JSON log lines
    {
        int behind_text = 0;
        for (const auto& s : sample)
            if (json_body_start(trim(s.text)) != std::string_view::npos) ++behind_text;
        if (behind_text * 10 >= static_cast<int>(sample.size()) * 6 && !looks_like_csv_header(first)) {
            d.format = Format::Jsonl;
            d.json_after_text = true;
            d.reason = "every line ends in a JSON object behind a time or label prefix";
            return d;
        }
    }

    // key=value lines
    {
        int kv = 0;
        for (const auto& s : sample) {
            // A row of quoted CSV cells may quote a whole key=value log line (Splunk's "_raw").
            const std::string_view t = trim(s.text);
            if (!t.empty() && t.front() == '"' && t.find("\",\"") != std::string_view::npos) continue;
            // A web server's access log line with key=value fields after it (Apache "xff=... uid=...").
            if (t.find(" HTTP/") != std::string_view::npos && t.find("] \"") != std::string_view::npos) continue;
            if (is_kv_line(s.text)) ++kv;
        }
        if (kv * 10 >= static_cast<int>(sample.size()) * 6 && !looks_like_csv_header(first)) {
            d.format = Format::Kv;
            d.reason = std::to_string(kv) + " of the first " + std::to_string(sample.size()) +
                       " lines are key=value pairs";
            return d;
        }
    }

    // One field per line, records one after another. Records of twenty lines and more (wevtutil's)
    // leave fewer than two whole ones in the sample: those are judged on a longer one.
    if (std::string why, opener;
        opened_records(sample, opener, why) ||
        (static_cast<int>(sample.size()) == kSampleLines && opened_records(sample_lines(text, kLongRecordSampleLines), opener, why))) {
        d.format = Format::Records;
        d.reason = why;
        d.record_opener = opener;
        d.header_offset = sample[0].offset;
        d.header_line = sample[0].number;
        return d;
    }
    if (std::string why; vertical_records(sample, why)) {
        d.format = Format::Records;
        d.reason = why;
        d.header_offset = sample[0].offset;
        d.header_line = sample[0].number;
        return d;
    }

    // Delimited: the delimiter that splits the most lines into the same number of fields.
    // Excel's "sep=;" first line names the separator; the header follows it.
    const bool excel_sep = first.size() == 5 && istarts_with(first, "sep=");
    const size_t table_offset = excel_sep && sample.size() > 1 ? sample[1].offset : 0;
    const int table_line = excel_sep && sample.size() > 1 ? sample[1].number : 1;
    DelimStats best;
    for (char delim : {'\t', ',', ';', '|'}) {
        if (excel_sep && delim != first[4]) continue;
        DelimStats st = delimited_stats(text, delim, table_offset, table_line);
        if (st.modal < 2 || st.consistency < 0.6) continue;
        if (best.delim == 0 || st.consistency > best.consistency + 0.05 ||
            (st.consistency >= best.consistency - 0.05 && st.first_line < best.first_line))
            best = st;
    }
    if (best.delim != 0) {
        CsvReader r(text, best.delim, best.first_offset, best.first_line);
        std::vector<std::string_view> header;
        int line = 0;
        r.next(header, line);
        // Own copies: the reader's scratch buffer is reused by the next record it reads.
        std::vector<std::string> header_store;
        for (auto h : header) header_store.emplace_back(trim(h));
        std::vector<std::string_view> trimmed(header_store.begin(), header_store.end());
        if (best.delim == '|' && text.substr(best.first_offset, 2) == "||") {
            trimmed.erase(std::remove(trimmed.begin(), trimmed.end(), std::string_view()), trimmed.end());
        } else if (best.delim == '|') {
            if (!trimmed.empty() && trimmed.front().empty()) trimmed.erase(trimmed.begin());
            if (!trimmed.empty() && trimmed.back().empty()) trimmed.pop_back();
        }
        d.delim = best.delim;
        d.header_offset = best.first_offset;
        d.header_line = best.first_line;
        d.pipe_table = best.delim == '|';
        int values = 0;
        for (auto h : trimmed)
            if (looks_like_value(h)) ++values;
        d.has_header = values == 0;
        const auto keys = normalized_set(trimmed);
        const auto has = [&](const char* k) { return keys.count(k) > 0; };
        // Prose with a comma per line is not a table: a header must name at least two known
        // columns, and a headerless table must start with a timestamp somewhere in its first row.
        bool tabular = true;
        if (d.has_header) {
            int known = 0;
            for (Role r : map_header(trimmed))
                if (r != Role::None) ++known;
            tabular = known >= 2;
            if (!tabular) {  // unknown header words, but rows that start with a time: still a table
                std::vector<std::string_view> row;
                int row_line = 0;
                if (r.next(row, row_line))
                    for (auto f : row)
                        if (parse_timestamp(f)) tabular = true;
            }
        } else {
            tabular = false;
            for (auto h : trimmed)
                if (parse_timestamp(h)) tabular = true;
        }
        const std::string cols = std::to_string(trimmed.size()) + " " + std::string(delim_word(best.delim)) + "-separated";
        if (d.has_header && has("txid") && has("refid") && has("time") && has("type") && has("asset") && has("amount")) {
            d.format = Format::KrakenLedger;
            d.reason = "header row with " + cols + " Kraken ledger columns (" + join_header(trimmed, 12) + ")";
            return d;
        }
        if (d.has_header && has("txid") && has("time") && has("type") && (has("ordertxid") || has("pair")) &&
            (has("vol") || has("cost"))) {
            d.format = Format::KrakenTrades;
            d.reason = "header row with " + cols + " Kraken trades columns (" + join_header(trimmed, 12) + ")";
            return d;
        }
        if (tabular) {
            d.format = best.delim == '\t' ? Format::Tsv : best.delim == '|' ? Format::Table : Format::Csv;
            if (d.has_header)
                d.reason = "header row with " + cols + " columns (" + join_header(trimmed, 10) + ")";
            else
                d.reason = "rows of " + cols + " fields without a header; columns recognised by their values";
            if (best.first_line > sample[0].number)
                d.reason += "; " + std::to_string(best.first_line - sample[0].number) + " line(s) before the header ignored";
            return d;
        }
        d = Detection();
    }

    // Terminal table: columns separated by runs of spaces, a header of words. The header may sit
    // under a few lines of the tool's chrome (an R session's commands and "# A tibble: 73 × 9"); a
    // header found below the first line must name two known columns, the time among them, so that
    // prose or a tool's menu is not a header.
    // A first line that names no known column ("account 1187342  j.doe@…  2fa=totp") yields to a
    // header below it that does; it stays the header when none does.
    std::optional<size_t> unnamed_first;
    auto aligned_table = [&](size_t k) {
        const auto head = split_gaps(sample[k].text);
        d.format = Format::Table;
        d.header_offset = sample[k].offset;
        d.header_line = sample[k].number;
        std::vector<std::string_view> h(head.begin(), head.end());
        d.reason = "header row with " + std::to_string(head.size()) + " space-aligned columns (" + join_header(h, 10) + ")";
        if (k > 0) d.reason += "; " + std::to_string(sample[k].number - sample[0].number) + " line(s) before the header ignored";
    };
    for (size_t k = 0; k < sample.size() && k <= kMaxAlignedChromeLines; ++k) {
        const auto head = split_gaps(sample[k].text);
        if (head.size() < 3) continue;
        int values = 0;
        for (auto h : head)
            if (looks_like_value(h)) ++values;
        if (values != 0) continue;
        int known = 0;
        bool time = false;
        for (Role r : map_header(std::vector<std::string_view>(head.begin(), head.end()))) {
            if (r != Role::None) ++known;
            time = time || r == Role::Time || r == Role::Date;
        }
        // a header found below the first line: known names, the time among them, aligned with
        // spaces (tabs make a TSV)
        if (k > 0 && (sample[k].text.find('\t') != std::string_view::npos || known < 2 || !time)) continue;
        int aligned = 0, rules = 0;
        for (size_t i = k + 1; i < sample.size(); ++i) {
            if (is_rule_line(sample[i].text)) ++rules;  // "----- ------" under the header is no row
            else if (split_gaps(sample[i].text).size() >= 2) ++aligned;
        }
        const int rows = static_cast<int>(sample.size() - 1 - k) - rules;
        if (rows <= 0 || aligned == 0 || aligned * 10 < rows * 7) continue;
        if (k == 0 && known == 0) {
            unnamed_first = k;
            continue;
        }
        aligned_table(k);
        return d;
    }
    if (unnamed_first) {
        aligned_table(*unnamed_first);
        return d;
    }

    // A grid pasted one cell per line.
    if (const auto s = stacked_layout(text, kStackedSampleLines)) {
        d.format = Format::Stacked;
        d.reason = "one cell per line: a time every " + std::to_string(s->columns) + " lines, " + std::to_string(s->stamps.size()) +
                   " record(s) in the first " + std::to_string(kStackedSampleLines) + " lines" +
                   (s->header.empty() ? ", no header (columns recognised by their values)" : ", under a header of " + std::to_string(s->header.size()) + " cells");
        return d;
    }

    d.format = Format::Lines;
    d.reason = "no table, JSON or key=value structure; each line scanned for a timestamp, IP addresses, emails and outcome words";
    return d;
}

}  // namespace ownercheck::ingest
