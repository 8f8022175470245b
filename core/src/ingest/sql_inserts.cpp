#include "ingest/sql_inserts.hpp"

#include <vector>

#include "ingest/rewritten_json.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t npos = std::string_view::npos;
constexpr size_t kHead = 64 * 1024;  // the first statement opens the paste: its head is enough to look at

// Walks the statement text and counts lines, so that each tuple is placed on the line it starts.
struct Cursor {
    std::string_view s;
    size_t i = 0;
    size_t line = 0;  // 0-based

    bool done() const { return i >= s.size(); }
    char peek() const { return i < s.size() ? s[i] : '\0'; }
    void advance() {
        if (s[i] == '\n') ++line;
        ++i;
    }
    void skip_space() {
        while (!done() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) advance();
    }
    bool keyword(std::string_view k) {  // case-insensitive, followed by a non-letter
        if (!istarts_with(s.substr(i), k)) return false;
        if (i + k.size() < s.size() && (is_alnum(s[i + k.size()]) || s[i + k.size()] == '_')) return false;
        for (size_t n = 0; n < k.size(); ++n) advance();
        return true;
    }
};

// A quoted SQL string at c.i ('…' with '' or \' inside; "…" as MySQL allows): its text.
std::string read_quoted(Cursor& c) {
    const char q = c.peek();
    std::string out;
    c.advance();
    while (!c.done()) {
        const char ch = c.peek();
        if (ch == '\\' && c.i + 1 < c.s.size()) {  // MySQL's escapes
            c.advance();
            const char e = c.peek();
            out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? ' ' : e;
            c.advance();
            continue;
        }
        if (ch == q) {
            c.advance();
            if (c.peek() == q) {  // '' is a quote inside the string
                out += q;
                c.advance();
                continue;
            }
            return out;
        }
        out += ch;
        c.advance();
    }
    return out;
}

// A name as SQL quotes it: `created_at`, "created_at", [created_at], created_at.
std::string_view unquote_name(std::string_view n) {
    n = trim(n);
    if (n.size() >= 2 && ((n.front() == '`' && n.back() == '`') || (n.front() == '"' && n.back() == '"') ||
                          (n.front() == '[' && n.back() == ']')))
        n = n.substr(1, n.size() - 2);
    return n;
}


bool json_number(std::string_view t) {
    size_t i = t.size() > 1 && t[0] == '-' ? 1 : 0;
    if (i >= t.size() || !is_digit(t[i]) || (t[i] == '0' && i + 1 < t.size() && is_digit(t[i + 1]))) return false;
    bool dot = false;
    for (; i < t.size(); ++i) {
        if (t[i] == '.' && !dot && i + 1 < t.size()) dot = true;
        else if (!is_digit(t[i])) return false;
    }
    return true;
}

// One value of a tuple, as JSON, up to the ',' or ')' that ends it. A function or a typed literal
// (TIMESTAMP '…', N'…', CAST('…' AS …), '…'::timestamptz) gives its first quoted string.
bool read_value(Cursor& c, std::string& json) {
    c.skip_space();
    std::string quoted;
    bool has_quoted = false;
    std::string bare;
    int depth = 0;
    while (!c.done()) {
        const char ch = c.peek();
        if (ch == '\'' || ch == '"') {
            std::string q = read_quoted(c);
            if (!has_quoted) {
                quoted = std::move(q);
                has_quoted = true;
            }
            continue;
        }
        if (depth == 0 && (ch == ',' || ch == ')')) break;
        if (ch == '(') ++depth;
        if (ch == ')') --depth;
        if (!has_quoted) bare += ch;
        c.advance();
    }
    if (c.done()) return false;
    if (has_quoted) {
        append_json_string(json, quoted);
        return true;
    }
    const std::string_view t = trim(bare);
    if (iequals(t, "null") || t.empty()) json += "null";
    else if (json_number(t)) json += t;
    else append_json_string(json, t);
    return true;
}

// One INSERT statement from c.i (just after "INSERT"): its tuples as JSON objects on their lines.
// False when it has no column list or its text is not a statement.
bool read_statement(Cursor& c, std::vector<std::string>& lines, size_t& objects) {
    c.skip_space();
    (void)(c.keyword("IGNORE") || c.keyword("OR REPLACE") || c.keyword("OR IGNORE"));
    c.skip_space();
    if (!c.keyword("INTO")) return false;
    c.skip_space();
    while (!c.done() && c.peek() != '(' && c.peek() != ' ' && c.peek() != '\n' && c.peek() != '\t') {
        if (c.peek() == '`' || c.peek() == '"') (void)read_quoted(c);
        else c.advance();
    }
    c.skip_space();
    if (c.peek() != '(') return false;  // no column list
    c.advance();
    std::vector<std::string> columns;
    {
        const size_t from = c.i;
        while (!c.done() && c.peek() != ')') {
            if (c.peek() == '`' || c.peek() == '"') (void)read_quoted(c);
            else c.advance();
        }
        if (c.done()) return false;
        const std::string_view list = c.s.substr(from, c.i - from);
        c.advance();
        size_t start = 0;
        for (size_t k = 0; k <= list.size(); ++k)
            if (k == list.size() || list[k] == ',') {
                const std::string_view name = unquote_name(list.substr(start, k - start));
                if (name.empty()) return false;
                columns.emplace_back(name);
                start = k + 1;
            }
    }
    c.skip_space();
    if (!c.keyword("VALUES")) return false;
    bool any = false;
    while (true) {
        c.skip_space();
        if (c.peek() != '(') break;
        const size_t line = c.line;
        c.advance();
        std::string obj = "{";
        for (size_t k = 0;; ++k) {
            std::string value;
            if (!read_value(c, value)) return any;
            if (k < columns.size()) {
                if (k > 0) obj += ", ";
                append_json_string(obj, columns[k]);
                obj += ": " + value;
            }
            if (c.peek() == ')') {
                c.advance();
                break;
            }
            c.advance();  // ','
        }
        obj += '}';
        lines[line] += objects == 0 ? "[" : ", ";  // JSON lets the comma open the next line
        lines[line] += obj;
        ++objects;
        any = true;
        c.skip_space();
        if (c.peek() == ',') {
            c.advance();
            continue;
        }
        break;
    }
    return any;
}

}  // namespace

bool rewrite_sql_inserts(std::string_view text, std::string& out) {
    const std::string_view head = text.substr(0, kHead);
    // std::string_view::find, not a case-blind scan: every block passes here, and a byte-by-byte
    // case-folding search of 64 KB cost more than reading a typical block in WebAssembly.
    const bool insert = head.find("INSERT INTO") != npos || head.find("insert into") != npos || head.find("Insert into") != npos;
    if (!insert || (head.find("VALUES") == npos && head.find("values") == npos)) return false;
    size_t line_count = 1;
    for (char ch : text) line_count += ch == '\n';
    std::vector<std::string> lines(line_count);
    size_t objects = 0;
    Cursor c{text};
    while (!c.done()) {
        // Outside a statement quotes mean nothing (a comment's apostrophe): only the keyword counts.
        if ((c.i == 0 || !is_alnum(text[c.i - 1])) && c.keyword("INSERT")) {
            const Cursor before = c;
            if (!read_statement(c, lines, objects) && c.i == before.i) c.advance();
            continue;
        }
        c.advance();
    }
    if (objects == 0) return false;
    out = join_json_lines(lines, text.size());
    return true;
}

}  // namespace ownercheck::ingest
