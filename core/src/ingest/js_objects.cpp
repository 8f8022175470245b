#include "ingest/js_objects.hpp"

#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr std::string_view kWrappers[] = {"ObjectId(", "ISODate(", "NumberLong(", "NumberInt(", "NumberDecimal(", "Long(",
                                          "Int32(", "Decimal128(", "UUID(", "BinData(", "new Date(", "Timestamp("};

bool ident_start(char c) { return is_alpha(c) || c == '_' || c == '$'; }
bool ident_char(char c) { return is_alnum(c) || c == '_' || c == '$'; }

// The shell's own lines: "exchange_prod> db.auth_events.find(...)", "exchange_prod> it",
// "rs0:PRIMARY> ...", "> it", "Type "it" for more".
bool shell_line(std::string_view t) {
    if (t.substr(0, 18) == "Type \"it\" for more") return true;
    if (t == ">" || t.substr(0, 2) == "> ") return true;
    size_t i = 0;
    while (i < t.size() && (is_alnum(t[i]) || t[i] == '_' || t[i] == '-' || t[i] == ':' || t[i] == '.' || t[i] == '[' || t[i] == ']')) ++i;
    return i > 0 && i < t.size() && t[i] == '>' && (i + 1 == t.size() || t[i + 1] == ' ');
}

// One line of shell output as JSON.
void rewrite_line(std::string_view s, std::string& out) {
    bool key_position = true;  // at the line's start or after '{' or ','
    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == ' ' || c == '\t') {
            out += c;
            ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            i = copy_quoted_as_json(s, i, out);
            key_position = false;
            continue;
        }
        bool wrapped = false;
        for (std::string_view w : kWrappers)
            if (s.substr(i, w.size()) == w) {
                // ISODate('2026-10-20T07:31:18.664Z') -> "2026-10-20T07:31:18.664Z"; NumberLong(5) -> 5
                size_t j = i + w.size();
                while (j < s.size() && s[j] == ' ') ++j;
                if (j < s.size() && (s[j] == '\'' || s[j] == '"')) j = copy_quoted_as_json(s, j, out);
                else {
                    const size_t from = j;
                    while (j < s.size() && s[j] != ')') ++j;
                    out.append(trim(s.substr(from, j - from)));
                }
                while (j < s.size() && s[j] != ')') ++j;
                i = j < s.size() ? j + 1 : j;
                wrapped = true;
                break;
            }
        if (wrapped) {
            key_position = false;
            continue;
        }
        if (key_position && ident_start(c)) {
            size_t j = i;
            while (j < s.size() && ident_char(s[j])) ++j;
            size_t k = j;
            while (k < s.size() && s[k] == ' ') ++k;
            if (k < s.size() && s[k] == ':') {
                out += '"';
                out.append(s.substr(i, j - i));
                out += '"';
                i = j;
                key_position = false;
                continue;
            }
        }
        key_position = c == '{' || c == ',';
        out += c;
        ++i;
    }
}

// Whether a shell wrapper ("ObjectId(", "ISODate("…) occurs: one pass over the parentheses, each
// checked against the names before it, not one pass over the text per name (every paste comes here).
bool has_wrapper(std::string_view s) {
    for (size_t p = s.find('('); p != std::string_view::npos; p = s.find('(', p + 1)) {
        const std::string_view before = s.substr(0, p + 1);
        for (std::string_view w : kWrappers)
            if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w) return true;
    }
    return false;
}

}  // namespace

// Copies a string literal opened by `q` at s[i] as a JSON string; returns the index after it.
size_t copy_quoted_as_json(std::string_view s, size_t i, std::string& out) {
    const char q = s[i++];
    out += '"';
    while (i < s.size() && s[i] != q) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            if (s[i + 1] == '\'') out += '\'';
            else out.append(s.substr(i, 2));
            i += 2;
            continue;
        }
        if (s[i] == '"') out += "\\\"";
        else out += s[i];
        ++i;
    }
    out += '"';
    return i < s.size() ? i + 1 : i;
}

bool rewrite_js_objects(std::string_view text, std::string& out) {
    const std::string_view head = text.substr(0, 64 * 1024);
    if (!has_wrapper(head) && head.find("Type \"it\" for more") == std::string_view::npos) return false;
    std::vector<std::string_view> lines;
    std::string_view line;
    int no = 0;
    for (LineReader lr(text); lr.next(line, no);) lines.push_back(line);
    // Only where documents are printed: an opening brace or bracket on a line of its own, or a line
    // that starts one ("[ { _id: ..."), and keys written bare.
    bool documents = false;
    for (size_t i = 0; i < lines.size() && i < 200 && !documents; ++i) {
        const std::string_view t = trim(lines[i]);
        documents = t == "[" || t == "{" || t.substr(0, 2) == "[ " || t.substr(0, 2) == "{ ";
    }
    if (!documents) return false;
    // The batches "[ … ]  Type "it" for more  > it  [ … ]" become one array: a closing bracket that
    // another batch follows becomes a comma, the next opening bracket an empty line.
    std::vector<bool> drop(lines.size(), false), comma(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (trim(lines[i]) != "]") continue;
        size_t j = i + 1;
        while (j < lines.size() && (trim(lines[j]).empty() || shell_line(trim(lines[j])))) ++j;
        if (j < lines.size() && trim(lines[j]) == "[") comma[i] = true, drop[j] = true;
    }
    std::string rewritten;
    rewritten.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view t = trim(lines[i]);
        if (drop[i] || shell_line(t)) {
        } else if (comma[i]) {
            rewritten += ',';
        } else {
            rewrite_line(lines[i], rewritten);
        }
        rewritten += '\n';
    }
    out = std::move(rewritten);
    return true;
}

}  // namespace ownercheck::ingest
