#include "ingest/glued_prompt.hpp"

#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

bool name_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '-'; }

// "emre.k@ops-bastion:~$", "root@web-1:/var/log#": a user, a host, a path and the prompt's sign.
bool is_prompt(std::string_view p) {
    p = trim(p);
    if (p.size() < 5 || (p.back() != '$' && p.back() != '#')) return false;
    const size_t at = p.find('@'), colon = p.find(':');
    if (at == std::string_view::npos || at == 0 || colon == std::string_view::npos || colon < at + 2) return false;
    for (size_t i = 0; i < colon; ++i)
        if (i != at && !name_char(p[i])) return false;
    for (size_t i = colon + 1; i + 1 < p.size(); ++i)
        if (p[i] == ' ' || p[i] == '\t') return false;
    return true;
}

}  // namespace

bool strip_glued_prompt(std::string_view text, std::string& out) {
    size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
    if (end == 0 || (text[end - 1] != '$' && text[end - 1] != '#')) return false;
    const size_t line_start = text.rfind('\n', end - 1) == std::string_view::npos ? 0 : text.rfind('\n', end - 1) + 1;
    const std::string_view line = text.substr(line_start, end - line_start);
    const size_t close = line.find_last_of("}]");
    if (close == std::string_view::npos || !is_prompt(line.substr(close + 1))) return false;
    out.assign(text.substr(0, line_start + close + 1));
    out.append(text.substr(end));
    return true;
}

}  // namespace ownercheck::ingest
