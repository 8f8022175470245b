#include "enrich/geo_text.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ownercheck {
namespace {

// U+00C0..U+017F to a base letter ('?' = special-cased below, ' ' = not a letter).
constexpr std::string_view kLatin =
    "aaaaaa?ceeeeiiii?nooooo ?uuuuy??aaaaaa?ceeeeiiii?nooooo ?uuuuy?yaaaaaaccccccccdd??eeeeeeeeeegggggggghh??iiiiiiiii???"
    "jjkk?llllll????nnnnnn???oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzz?";

void put_utf8(std::string& out, uint32_t cp) { utf8_append(out, cp); }

std::string_view latin_special(uint32_t cp) {
    switch (cp) {
        case 0xC6: case 0xE6: case 0x1E2: case 0x1E3: case 0x1FC: case 0x1FD: return "ae";
        case 0xD0: case 0xF0: case 0x110: case 0x111: return "d";
        case 0xD8: case 0xF8: case 0x1FE: case 0x1FF: return "o";
        case 0xDE: case 0xFE: return "th";
        case 0xDF: return "ss";
        case 0x126: case 0x127: return "h";
        case 0x131: return "i";
        case 0x132: case 0x133: return "ij";
        case 0x138: return "k";
        case 0x13F: case 0x140: case 0x141: case 0x142: return "l";
        case 0x149: case 0x14A: case 0x14B: return "n";
        case 0x152: case 0x153: return "oe";
        case 0x166: case 0x167: return "t";
        case 0x17F: return "s";
        case 0x218: case 0x219: return "s";  // Romanian comma-below
        case 0x21A: case 0x21B: return "t";
        case 0x1E9E: return "ss";
        default: return "";
    }
}

}  // namespace

std::string fold_name(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = true;  // suppress leading spaces
    auto add = [&](std::string_view piece) {
        for (char c : piece) {
            if (c == ' ') {
                if (!space) out.push_back(' ');
                space = true;
            } else {
                out.push_back(c);
                space = false;
            }
        }
    };
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        uint32_t cp;
        size_t len;
        if (c < 0x80) { cp = c; len = 1; }
        else if ((c >> 5) == 6) { cp = c & 0x1F; len = 2; }
        else if ((c >> 4) == 14) { cp = c & 0x0F; len = 3; }
        else if ((c >> 3) == 30) { cp = c & 0x07; len = 4; }
        else { ++i; continue; }
        if (i + len > s.size()) break;
        bool ok = true;
        for (size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) { ok = false; break; }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (!ok) { ++i; continue; }
        i += len;
        if (cp < 0x80) {
            const char a = static_cast<char>(cp);
            if (a >= 'A' && a <= 'Z') add(std::string_view(std::string(1, static_cast<char>(a - 'A' + 'a'))));
            else if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) add(std::string_view(&a, 1));
            else add(" ");
        } else if (const auto sp = latin_special(cp); !sp.empty()) {
            add(sp);
        } else if (cp >= 0xC0 && cp < 0xC0 + kLatin.size()) {
            const char b = kLatin[cp - 0xC0];
            add(b == '?' ? std::string_view(" ") : std::string_view(&b, 1));
        } else if (cp == 0x401 || cp == 0x451) {
            put_utf8(out, 0x435);
            space = false;
        } else if (cp >= 0x410 && cp <= 0x42F) {
            put_utf8(out, cp + 0x20);
            space = false;
        } else if (cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xFF0C || cp == 0x3001 || cp == 0xB7) {
            add(" ");  // no-break and ideographic spaces, general punctuation, fullwidth comma
        } else {
            put_utf8(out, cp);
            space = false;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kR = 6371.0088, kRad = 3.14159265358979323846 / 180.0;
    const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kR * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace ownercheck
