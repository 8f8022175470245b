#include "ingest/terminal_colours.hpp"

#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

// The length of a colour code without its ESC at s[i]: "[36m", "[0m", "[1;31m"; else 0.
size_t bare_colour_at(std::string_view s, size_t i) {
    if (s[i] != '[') return 0;
    size_t j = i + 1, digits = 0;
    while (j < s.size() && j - i <= 9 && (is_digit(s[j]) || s[j] == ';')) digits += is_digit(s[j++]);
    return digits > 0 && j < s.size() && s[j] == 'm' ? j + 1 - i : 0;
}

// The length of an escape sequence at s[i] (ESC '[' parameters, one final byte; or ESC and one
// byte); else 0.
size_t escape_at(std::string_view s, size_t i) {
    if (s[i] != '\x1b') return 0;
    if (i + 1 >= s.size()) return 1;
    if (s[i + 1] != '[') return 2;
    size_t j = i + 2;
    while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x20 && static_cast<unsigned char>(s[j]) < 0x40) ++j;
    return j < s.size() ? j + 1 - i : j - i;
}

}  // namespace

bool strip_terminal_colours(std::string_view text, bool has_control_bytes, std::string& out) {
    const bool escapes = has_control_bytes && text.find('\x1b') != std::string_view::npos;
    bool bare = false;
    if (!escapes) {  // three lines with a reset: a colour terminal's copy, not a "[0m" in a message
        int lines_with_reset = 0;
        const std::string_view head = text.substr(0, 64 * 1024);
        for (size_t at = head.find("[0m"); at != std::string_view::npos && lines_with_reset < 3;) {
            ++lines_with_reset;
            const size_t eol = head.find('\n', at);
            at = eol == std::string_view::npos ? eol : head.find("[0m", eol);
        }
        bare = lines_with_reset >= 3;
    }
    if (!escapes && !bare) return false;
    std::string clean;
    clean.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const size_t n = escapes ? escape_at(text, i) : bare_colour_at(text, i);
        if (n > 0) {
            i += n;
            continue;
        }
        clean += text[i++];
    }
    out = std::move(clean);
    return true;
}

}  // namespace ownercheck::ingest
