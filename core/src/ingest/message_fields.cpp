#include "ingest/message_fields.hpp"

#include "ingest/record.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

std::string_view leading_clause(std::string_view msg) {
    size_t b = 0;
    while (b < msg.size() && !is_alnum(msg[b])) ++b;  // "— ", "* ", "[INFO] " marks
    std::string_view rest = msg.substr(b);
    size_t end = rest.size();
    for (std::string_view stop : {" from ", " \xE2\x80\x94 ", " - ", ": ", " (", " to ", " via ", " on ", " at ", ", "})
        if (const size_t k = rest.find(stop); k != std::string_view::npos && k < end) end = k;
    for (size_t k = 0; k < end; ++k)  // an address (or a time) ends the clause too; a user's number does not
        if (is_digit(rest[k]) && (k == 0 || rest[k - 1] == ' ')) {
            size_t e = k;
            while (e < rest.size() && (is_digit(rest[e]) || rest[e] == '.' || rest[e] == ':' || is_alpha(rest[e]))) ++e;
            const std::string_view token = rest.substr(k, e - k);
            if (token.find_first_of(".:") == std::string_view::npos && token.size() >= 5) continue;
            end = k;
            break;
        }
    return trim(rest.substr(0, end));
}

bool token_char(char c) { return !(c == ' ' || c == '\t' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '=' || c == '|'); }

bool is_code(std::string_view c) { return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z'; }

bool names_device(std::string_view text) {
    static constexpr std::string_view kWords[] = {"chrome", "firefox", "safari", "edge", "opera", "brave", "windows", "macos", "mac os",
                                                  "ios", "android", "linux", "ubuntu", "iphone", "ipad", "pixel", "galaxy", " app",
                                                  "mozilla", "okhttp", "curl", "python"};
    for (auto w : kWords)
        if (icontains(text, w)) return true;
    return false;
}

void read_place_group(std::string_view group, Event& ev) {
    size_t i = 0;
    while (i <= group.size()) {
        size_t j = group.find_first_of(";|", i);
        if (j == std::string_view::npos) j = group.size();
        const std::string_view part = trim(group.substr(i, j - i));
        i = j + 1;
        if (part.size() > 2 && (part[0] == 'A' || part[0] == 'a') && (part[1] == 'S' || part[1] == 's') && is_digit(part[2])) {
            size_t k = 2;
            while (k < part.size() && is_digit(part[k])) ++k;
            if (ev.asn.empty()) ev.asn = part.substr(2, k - 2);
            if (const std::string_view org = trim(part.substr(k)); ev.org.empty() && !org.empty()) ev.org = org;
            continue;
        }
        if (!ev.country.empty() || part.empty()) continue;
        std::string_view place = part;
        if (const size_t first = place.find(','); first != std::string_view::npos && names_device(place.substr(0, first))) {
            if (ev.user_agent.empty()) ev.user_agent = trim(place.substr(0, first));
            place = trim(place.substr(first + 1));
        }
        const size_t comma = place.find(',');
        if (comma != std::string_view::npos && is_code(trim(place.substr(0, comma)))) {  // "SG, Singapore"
            ev.country = trim(place.substr(0, comma));
            ev.city = trim(place.substr(comma + 1));
            continue;
        }
        Interned city, country;
        split_location(place, city, country);
        if (!is_code(country.view())) continue;  // "(port 22)" is not a place
        ev.country = country;
        if (!city.empty()) ev.city = city;
    }
}

std::string_view device_phrase(std::string_view msg) {
    static constexpr std::string_view kLeads[] = {" via ",  " using ", " with ", " on device ", " from device ", " avec ", " mit ",
                                                  " com ",  " con ",   " usando ", " tramite ", " \xD1\x87\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB7 "};  // через
    for (auto lead : kLeads) {
        const size_t at = ifind(msg, lead);
        if (at == std::string_view::npos) continue;
        std::string_view rest = trim(msg.substr(at + lead.size()));
        const size_t stop = rest.find_first_of(";|");
        if (stop != std::string_view::npos) rest = trim(rest.substr(0, stop));
        // "... using Firefox 147 on Linux: code rejected": the outcome after a colon is not the device's.
        if (const size_t colon = rest.find(": "); colon != std::string_view::npos) rest = trim(rest.substr(0, colon));
        while (!rest.empty() && (rest.back() == '.' || rest.back() == ',')) rest.remove_suffix(1);
        if (names_device(rest)) return rest;
    }
    return {};
}

void read_after_address(std::string_view msg, size_t ip_end, Event& ev) {
    const std::string_view after = msg.substr(ip_end);
    const size_t open = after.find_first_not_of(' ');
    if (open != std::string_view::npos && after[open] == '(') {
        // The matching ')': a device inside may carry its own "(Pixel 7)".
        size_t close = std::string_view::npos;
        for (size_t k = open + 1, depth = 1; k < after.size(); ++k) {
            if (after[k] == '(') ++depth;
            else if (after[k] == ')' && --depth == 0) {
                close = k;
                break;
            }
        }
        if (close != std::string_view::npos) read_place_group(after.substr(open + 1, close - open - 1), ev);
    }
    if (ev.user_agent.empty())
        if (const std::string_view device = device_phrase(after); !device.empty()) ev.user_agent = device;
}

std::string_view next_token(std::string_view msg, size_t& pos) {
    while (pos < msg.size() && !token_char(msg[pos])) ++pos;
    const size_t start = pos;
    while (pos < msg.size() && token_char(msg[pos])) ++pos;
    std::string_view tok = msg.substr(start, pos - start);
    while (!tok.empty() && (tok.back() == '.' || tok.back() == ':')) tok.remove_suffix(1);
    return tok;
}

std::string_view address_in(std::string_view token) {
    const std::string_view ip = clean_ip(token);
    return !ip.empty() && (looks_like_ipv4(ip) || ip.find("::") != std::string_view::npos) ? ip : std::string_view();
}

std::string_view next_address(std::string_view msg, size_t& pos, size_t* starts_at) {
    while (pos < msg.size()) {
        const std::string_view token = next_token(msg, pos);
        if (const std::string_view ip = address_in(token); !ip.empty()) {
            if (starts_at) *starts_at = static_cast<size_t>(token.data() - msg.data());
            return ip;
        }
    }
    return {};
}

bool read_message_fields(std::string_view msg, Event& ev) {
    size_t i = 0;
    const std::string_view ip = next_address(msg, i);
    if (ip.empty()) return false;
    if (ev.ip.empty()) ev.ip.assign(ip);
    read_after_address(msg, i, ev);
    return true;
}

}  // namespace ownercheck::ingest
