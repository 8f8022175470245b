#include "ingest/formats/field_lines.hpp"

#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMaxKeyBytes = 48;  // "Dirección IP de inicio de sesión" fits; a sentence does not
constexpr int kMaxKeySpaces = 4;

bool plausible_key(std::string_view k) {
    if (k.empty() || k.size() > kMaxKeyBytes || is_digit(k.front())) return false;
    const char first = k.front();
    if (first == '[' || first == '<' || first == '{' || first == '(' || first == '"' || first == '#') return false;
    int spaces = 0;
    bool letter = false;
    for (char c : k) {
        if (c == ':' || c == '[' || c == '=') return false;  // "09:12:44 web-01 sshd[311]": a log line's prefix
        spaces += c == ' ';
        letter = letter || is_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
    }
    return letter && spaces <= kMaxKeySpaces;
}

// "- IP: ..." / "* IP: ..." / "• IP: ...": a bulleted list of fields.
std::string_view strip_bullet(std::string_view t) {
    if (t.size() > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ') return trim(t.substr(2));
    if (t.size() > 4 && t.substr(0, 3) == "\xE2\x80\xA2") return trim(t.substr(3));  // U+2022
    return t;
}

}  // namespace

bool split_field_line(std::string_view line, std::string_view& key, std::string_view& value) {
    const std::string_view t = strip_bullet(trim(line));
    const size_t limit = t.size() < kMaxKeyBytes + 4 ? t.size() : kMaxKeyBytes + 4;  // padded psql keys
    for (size_t i = 1; i < limit; ++i) {
        const char c = t[i];
        size_t skip = 0;
        if (c == '\t') {
            skip = 1;
        } else if (c == ':') {
            // "Time: 10:22" splits at the first colon; "10:22" and "09:12:44 host" never do.
            const bool spaced = i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\t';
            if (spaced || !is_digit(t[i - 1])) skip = 1;
        } else if (c == '|' && t[i - 1] == ' ' && (i + 1 == t.size() || t[i + 1] == ' ')) {
            skip = 1;
        } else if (c == '\xEF' && i + 2 < t.size() && t[i + 1] == '\xBC' && t[i + 2] == '\x9A') {
            skip = 3;  // U+FF1A FULLWIDTH COLON
        }
        if (skip == 0) continue;
        const std::string_view k = trim(t.substr(0, i));
        if (!plausible_key(k)) return false;
        key = k;
        value = trim(t.substr(i + skip));
        return true;
    }
    return false;
}

size_t split_gap_fields(std::string_view line, std::vector<std::pair<std::string_view, std::string_view>>& out) {
    const std::string_view t = trim(line);
    size_t others = 0;
    for (size_t i = 0; i < t.size();) {
        size_t j = i;
        while (j < t.size() && t[j] != '\t' && !(t[j] == ' ' && j + 1 < t.size() && t[j + 1] == ' ')) ++j;
        std::string_view key, value;
        if (split_field_line(t.substr(i, j - i), key, value) && !value.empty()) out.emplace_back(key, value);
        else ++others;
        while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
        i = j;
    }
    return others;
}

bool is_chat_message_header(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.size() < 12 || t.size() > 120 || t.back() != ']') return false;
    const size_t open = t.rfind(", [");
    if (open == std::string_view::npos || open == 0) return false;
    return parse_timestamp(t.substr(open + 3, t.size() - open - 4)).has_value();
}

bool is_record_banner(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.size() < 3) return false;
    if (t.substr(0, 3) == "-[ ") return true;                                          // psql \x
    if (is_chat_message_header(t)) return true;
    if (t.substr(0, 3) == "***" && t.find(" row ") != std::string_view::npos) return true;  // MySQL \G
    if (t.size() > 7 && t.substr(0, 6) == "Event[" && t.back() == ':' && t[t.size() - 2] == ']') {  // wevtutil /f:text
        size_t i = 6;
        while (i < t.size() && is_digit(t[i])) ++i;
        if (i > 6 && i + 2 == t.size()) return true;
    }
    if (t.size() > 5 && t.substr(0, 4) == "Row " && t.back() == ':') {                      // ClickHouse FORMAT Vertical
        size_t i = 4;
        while (i < t.size() && is_digit(t[i])) ++i;
        if (i > 4 && i + 1 == t.size()) return true;
    }
    for (char c : t)
        if (c != '-' && c != '=' && c != '*' && c != '_' && c != '+' && c != '~' && c != ' ') return false;
    return true;
}

bool is_shell_command(std::string_view line) {
    const std::string_view t = trim(line);
    // "PS C:\Users\m.hartmann.adm> wevtutil qe …": PowerShell's prompt and the command after it
    if (t.size() > 7 && t.substr(0, 3) == "PS " && is_alpha(t[3]) && t[4] == ':' && t[5] == '\\') return t.find('>') != std::string_view::npos;
    // "$ zcat …", "ops@jump-01:~$ curl …"
    if (t.size() > 2 && t.substr(0, 2) == "$ ") return true;
    const size_t dollar = t.find("$ ");
    return dollar != std::string_view::npos && dollar > 2 && t.substr(0, dollar).find('@') != std::string_view::npos &&
           t.substr(0, dollar).find(' ') == std::string_view::npos;
}

}  // namespace ownercheck::ingest
