#include "ingest/redis_replies.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/js_objects.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

// One line of a multi-bulk reply: its item numbers ("1) 2)  1) " -> 3 of them, the last 1) and
// the quoted value after them.
struct ReplyLine {
    int depth = 0;      // how many "N)" open the line
    int last = 0;       // the last of them
    size_t value = 0;   // where the value starts ('"' of a string, or "(integer)", "(nil)")
};

bool reply_line(std::string_view line, ReplyLine& r) {
    size_t i = 0;
    r = ReplyLine{};
    for (;;) {
        while (i < line.size() && line[i] == ' ') ++i;
        size_t d = i;
        while (d < line.size() && is_digit(line[d])) ++d;
        if (d == i || d + 1 >= line.size() || line[d] != ')' || line[d + 1] != ' ') break;
        r.last = std::stoi(std::string(line.substr(i, d - i)));
        ++r.depth;
        i = d + 2;
    }
    while (i < line.size() && line[i] == ' ') ++i;
    r.value = i;
    return r.depth > 0 && i < line.size();
}

// "1762873932957-0": a stream entry's ID.
bool stream_id(std::string_view quoted) {
    if (quoted.size() < 5 || quoted.front() != '"' || quoted.back() != '"') return false;
    const std::string_view id = quoted.substr(1, quoted.size() - 2);
    const size_t dash = id.find('-');
    if (dash < 10 || dash > 13 || dash + 1 >= id.size()) return false;
    for (size_t k = 0; k < id.size(); ++k)
        if (k != dash && !is_digit(id[k])) return false;
    return true;
}

// The cli's own lines: its prompt ("127.0.0.1:6379> XRANGE ...", "redis:6379[2]> ") and the
// replies that are no entry ("(integer) 54", "(nil)", "(empty array)").
bool cli_line(std::string_view t) {
    if (!t.empty() && t.front() == '(') return true;
    const size_t gt = t.find("> ");
    const size_t colon = t.find(':');
    return (gt != std::string_view::npos || (!t.empty() && t.back() == '>')) && colon != std::string_view::npos &&
           colon < std::min(gt, t.size()) && colon + 1 < t.size() && is_digit(t[colon + 1]);
}

}  // namespace

bool rewrite_redis_replies(std::string_view text, std::string& out) {
    // Cheap test first: an entry's ID line, `1) "` after an item number, near the top.
    const std::string_view head = text.substr(0, 4096);
    if (head.find(") 1) \"") == std::string_view::npos) return false;

    const std::vector<std::string_view> lines = split_into_lines(text);
    std::vector<std::string> rewritten(lines.size());
    int entries = 0;
    std::string record;
    size_t open_at = 0;
    std::vector<std::string> values;  // the open entry's fields and values, in order
    auto close = [&] {
        if (record.empty()) return;
        for (size_t k = 0; k + 1 < values.size(); k += 2) {
            record += ", ";
            record += values[k];
            record += ": ";
            record += values[k + 1];
        }
        record += '}';
        rewritten[open_at] = std::move(record);
        record.clear();
        values.clear();
        ++entries;
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view t = trim(lines[i]);
        ReplyLine r;
        if (!reply_line(lines[i], r)) {
            close();
            if (!t.empty() && !cli_line(t)) rewritten[i] = std::string(lines[i]);  // not the cli's: left as it is
            continue;
        }
        const std::string_view v = trim(std::string_view(lines[i]).substr(r.value));
        if (r.depth >= 2 && r.last == 1 && stream_id(v)) {  // " 1) 1) "1762873932957-0""
            close();
            open_at = i;
            const std::string_view id = v.substr(1, v.size() - 2);
            record = "{\"time\": \"" + std::string(id.substr(0, id.find('-'))) + "\", \"id\": \"" + std::string(id) + "\"";
            continue;
        }
        if (record.empty()) {
            rewritten[i] = std::string(lines[i]);
            continue;
        }
        if (v.front() == '"') {
            std::string json;
            copy_quoted_as_json(v, 0, json);
            values.push_back(std::move(json));
        } else {
            values.push_back("null");  // (nil), (integer) in a field list: keep the pairs aligned
        }
    }
    close();
    if (entries < 2) return false;
    out = join_lines(rewritten, text.size());
    return true;
}

}  // namespace ownercheck::ingest
