#include "ingest/terminal_text.hpp"

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

size_t trim_start(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
}

// Box-drawing characters are U+2500..U+257F: E2 94 80..E2 95 BF in UTF-8.
bool box_char_at(std::string_view s, size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
           (static_cast<unsigned char>(s[i + 1]) == 0x94 || static_cast<unsigned char>(s[i + 1]) == 0x95);
}

bool vertical_bar_at(std::string_view s, size_t i) {  // │ ┃ ║
    if (!box_char_at(s, i)) return false;
    const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    return (b1 == 0x94 && (b2 == 0x82 || b2 == 0x83)) || (b1 == 0x95 && b2 == 0x91);
}

// A line of frame only (corners, rules, crossings, spaces): ┌──┬──┐ ├──┼──┤ └──┴──┘ ╞══╪══╡
bool frame_rule(std::string_view line) {
    bool any = false;
    for (size_t i = 0; i < line.size();) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
        } else if (box_char_at(line, i) && !vertical_bar_at(line, i)) {
            any = true;
            i += 3;
        } else {
            return false;
        }
    }
    return any;
}

// The line that ran the query or set the shell up, not data.
bool prompt_line(std::string_view line) {
    const std::string_view t = trim(line);
    for (std::string_view p : {"$ ", "sqlite>", "mysql>", "MariaDB [", "...>", "-> ", "Query id: ", "Waiting on bqjob"})
        if (t.substr(0, p.size()) == p) return true;
    // A shell: "[splunk@sh-01 ~]$ splunk search ...", "ops@bastion:~$ psql ...", "root@db1:/# ..."
    {
        const bool bracket = !t.empty() && t[0] == '[';
        size_t i = bracket ? 1 : 0;
        const size_t user = i;
        while (i < t.size() && (is_alnum(t[i]) || t[i] == '_' || t[i] == '-' || t[i] == '.')) ++i;
        if (i > user && i < t.size() && t[i] == '@') {
            const size_t sign = t.find_first_of("$#", i);
            const std::string_view host = sign == std::string_view::npos ? std::string_view() : t.substr(i, sign - i);
            // the prompt left at the end of the session has nothing after its sign
            if (sign != std::string_view::npos && sign < i + 60 && (sign + 1 == t.size() || t[sign + 1] == ' ') &&
                (bracket ? host.back() == ']' : host.find(' ') == std::string_view::npos))
                return true;
        }
    }
    // Windows' cmd.exe: its banner, "C:\Users\m.rossi>sqlcmd -S ...", and sqlcmd's numbered
    // prompt "1> SELECT ...", "2> GO", "3>".
    if (t.substr(0, 18) == "Microsoft Windows " || t.substr(0, 28) == "(c) Microsoft Corporation. A") return true;
    if (t.size() > 3 && is_alpha(t[0]) && t[1] == ':' && t[2] == '\\' && t.find('>') != std::string_view::npos) return true;
    {
        size_t d = 0;
        while (d < t.size() && d < 4 && is_digit(t[d])) ++d;
        if (d > 0 && d < t.size() && t[d] == '>' && (d + 1 == t.size() || t[d + 1] == ' ')) return true;
    }
    // IPython / Jupyter: "In [12]: ev = ...", its continuation "   ...: ...", and "Out[13]:"
    // above the value it printed (a pandas DataFrame is a space-aligned table).
    if (t.substr(0, 4) == "...:" || t.substr(0, 4) == "In [" || t.substr(0, 4) == "Out[") {
        const size_t close = t.find("]:");
        if (t[0] == '.' || (close != std::string_view::npos && close > 4 && close < 12)) return true;
    }
    // clickhouse-client: "host :) SELECT ...", and the bare prompt left at the end
    if (t.find(" :) ") != std::string_view::npos || (t.size() > 3 && t.substr(t.size() - 3) == " :)")) return true;
    // psql: "exchange=# SELECT ...", "exchange=> ...", "exchange-# ..." (a continuation)
    size_t i = 0;
    while (i < t.size() && (is_alnum(t[i]) || t[i] == '_')) ++i;
    return i > 0 && i + 2 < t.size() && (t[i] == '=' || t[i] == '-') && (t[i + 1] == '#' || t[i + 1] == '>') && t[i + 2] == ' ';
}

// The query echoed under its prompt (clickhouse-client reprints it formatted) and the client's
// footer: only in a block that has a prompt line, where they cannot be data.
bool echoed_query_line(std::string_view line) {
    const std::string_view t = trim(line);
    for (std::string_view k : {"SELECT ", "FROM ", "WHERE ", "ORDER BY ", "GROUP BY ", "LIMIT ", "AND ", "OR ", "FORMAT ", "WITH ",
                               "JOIN ", "LEFT JOIN ", "HAVING ", "SETTINGS "})
        if (t.substr(0, k.size()) == k) return true;
    size_t i = 0;  // "61 rows in set. Elapsed: 0.004 sec."
    while (i < t.size() && is_digit(t[i])) ++i;
    if (i > 0 && (t.substr(i, 13) == " rows in set." || t.substr(i, 12) == " row in set." || t.substr(i, 12) == " rows in set")) return true;
    // kafka-console-consumer's: "Processed a total of 69 messages"
    if (t.substr(0, 21) == "Processed a total of " && t.substr(t.size() - 9) == " messages") return true;
    // sqlcmd's footer: "(75 rows affected)"
    if (t.size() > 2 && t.front() == '(' && (t.find(" rows affected)") != std::string_view::npos || t.find(" row affected)") != std::string_view::npos))
        return true;
    // pandas under a DataFrame it cut: "[58 rows x 10 columns]"
    return t.size() > 2 && t.front() == '[' && t.back() == ']' && t.find(" rows x ") != std::string_view::npos;
}

}  // namespace

bool rewrite_terminal_text(std::string_view text, std::string& out) {
    // Cheap test first: most pastes have neither.
    // A box frame opens the table: the head of the paste is enough to look at (a scan of a 200 MB
    // paste for characters it does not hold cost a third of a second in the page).
    const std::string_view head = text.substr(0, 64 * 1024);
    bool has_box = head.find("\xE2\x94") != std::string_view::npos || head.find("\xE2\x95") != std::string_view::npos;
    // A session opens with the prompt that ran the query: its first lines are enough to look at.
    bool has_prompt = false;
    int looked = 0, no = 0;
    std::string_view line;
    for (LineReader lr(text); !has_prompt && looked < 8 && lr.next(line, no);) {
        if (!trim(line).empty()) ++looked;
        has_prompt = prompt_line(line);
    }
    if (!has_box && !has_prompt) return false;
    std::string rewritten;
    rewritten.reserve(text.size());
    for (LineReader lr(text); lr.next(line, no);) {
        if (prompt_line(line) || (has_prompt && echoed_query_line(line)) || (has_box && frame_rule(line))) {
            // an empty line keeps the numbering
        } else if (has_box && box_char_at(line, trim_start(line))) {
            // A frame line with the column names set in it (clickhouse-client's Pretty formats:
            // "┌─event_time──┬─ip────┐"): corners and tees become bars, rules spaces, a header row.
            for (size_t i = 0; i < line.size();) {
                if (box_char_at(line, i)) {
                    const bool rule = static_cast<unsigned char>(line[i + 1]) == 0x94 &&
                                      (static_cast<unsigned char>(line[i + 2]) == 0x80 || static_cast<unsigned char>(line[i + 2]) == 0x81);
                    const bool double_rule = static_cast<unsigned char>(line[i + 1]) == 0x95 && static_cast<unsigned char>(line[i + 2]) == 0x90;
                    rewritten += rule || double_rule ? ' ' : '|';
                    i += 3;
                } else {
                    rewritten += line[i++];
                }
            }
        } else if (has_box) {
            for (size_t i = 0; i < line.size();) {
                if (vertical_bar_at(line, i)) {
                    rewritten += '|';
                    i += 3;
                } else {
                    rewritten += line[i++];
                }
            }
        } else {
            rewritten.append(line);
        }
        rewritten += '\n';  // one line out for each line in: the numbering stays the paste's
    }
    out = std::move(rewritten);
    return true;
}

}  // namespace ownercheck::ingest
