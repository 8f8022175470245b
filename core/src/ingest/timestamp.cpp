#include "ingest/timestamp.hpp"

#include <array>

#include <map>
#include <string>

#include "ingest/text.hpp"
#include "ingest/zone_names.hpp"
#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::ingest {

namespace {

const std::map<std::string, int, std::less<>>& month_table() {
    static const std::map<std::string, int, std::less<>> table = [] {
        std::map<std::string, int, std::less<>> m;
        for (const auto& [k, v] : data_table("month_names.json").items()) m.emplace(k, v.get<int>());
        return m;
    }();
    return table;
}

struct Zone {
    std::string_view name;
    int minutes;
};
// Abbreviations that name one offset unambiguously enough for admin tools; anything else fails.
constexpr Zone kZones[] = {{"utc", 0},    {"gmt", 0},    {"ut", 0},     {"z", 0},       {"cet", 60},  {"cest", 120},
                           {"eet", 120},  {"eest", 180}, {"wet", 0},    {"west", 60},   {"bst", 60},  {"msk", 180},
                           {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},  {"mst", -420}, {"mdt", -360},
                           {"pst", -480}, {"pdt", -420}, {"jst", 540},  {"kst", 540},   {"hkt", 480}, {"sgt", 480},
                           {"aest", 600}, {"aedt", 660}, {"ist", 330},  {"trt", 180},
                           {"mez", 60},   {"mesz", 120}, {"brt", -180}, {"art", -180},  {"almt", 300}, {"cst_china", 480}};

// Words panels print between a date and its clock ("1 mars 2026 à 10:22", Kibana's "@").
constexpr std::string_view kClockWords[] = {"@", "at", "\xC3\xA0", "\xC3\xA0s", "um", "alle ore", "alle", "a las", "a la",
                                            "saat", "\xD0\xB2"};

constexpr std::string_view kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday",
                                          "wednesday", "thursday", "friday", "saturday", "sunday", "tues", "thur",
                                          "thurs"};

class Cursor {
public:
    explicit Cursor(std::string_view s) : s_(s) {}
    bool end() const { return i_ >= s_.size(); }
    char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
    size_t pos() const { return i_; }
    void seek(size_t p) { i_ = p; }
    void skip(size_t n = 1) { i_ += n; }
    void skip_spaces() {
        while (!end() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
    }
    // Up to `max` digits; count 0 when none.
    int digits(int max, int& count) {
        int v = 0;
        count = 0;
        while (!end() && is_digit(s_[i_]) && count < max) {
            v = v * 10 + (s_[i_] - '0');
            ++i_;
            ++count;
        }
        return v;
    }
    // A word of letters (ASCII or any non-ASCII byte), lower-cased. Localised panels capitalise
    // month names ("3 Сент. 2026", "3 Mär 2026", "3 Şubat 2026"): a word with non-ASCII bytes is
    // folded by normalize_key (locale-free, by code point) so it meets the lower-case table.
    std::string word() {
        std::string w;
        bool wide = false;
        while (!end() && (is_alpha(s_[i_]) || static_cast<unsigned char>(s_[i_]) >= 0x80)) {
            wide |= static_cast<unsigned char>(s_[i_]) >= 0x80;
            w.push_back(to_lower(s_[i_++]));
        }
        if (wide) {
            std::string folded;
            normalize_key_into(w, folded);
            return folded;
        }
        return w;
    }
    std::string_view rest() const { return s_.substr(i_); }

private:
    std::string_view s_;
    size_t i_ = 0;
};

int month_from_word(const std::string& w) {
    if (w.empty()) return 0;
    const auto& t = month_table();
    auto it = t.find(w);
    return it == t.end() ? 0 : it->second;
}

// Other languages' weekdays, taken only with the dot or comma after them ("mer. 8 juil. 2026",
// "Mo., 5. Okt. 2026", "sab, 3 ott 2026"): bare, "do" is a word. Tuesday's "mar." is left out: "Mar. 18"
// is March.
constexpr std::string_view kWeekdaysMarked[] = {
    "lun", "mer", "jeu", "ven", "sam", "dim", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",  // fr
    "mo", "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",  // de
    "gio", "sab", "dom", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",                          // it
    "seg", "ter", "qua", "qui", "sex", "domingo"};                                                                             // pt

bool is_weekday(const std::string& w, char after) {
    for (auto d : kWeekdays)
        if (w == d) return true;
    if (after == '.' || after == ',')
        for (auto d : kWeekdaysMarked)
            if (w == d) return true;
    return false;
}

int expand_year(int y, int count) {
    if (count == 2) return y < 70 ? 2000 + y : 1900 + y;
    return y;
}

// Month word at the cursor (with an optional trailing '.'); 0 and cursor unchanged when none.
int read_month_word(Cursor& c) {
    const size_t save = c.pos();
    const std::string w = c.word();
    const int m = month_from_word(w);
    if (m == 0) {
        c.seek(save);
        return 0;
    }
    if (c.peek() == '.') c.skip();
    return m;
}

struct Parts {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    int offset_min = 0;
    bool zoned = false;  // the stamp named its zone (else the column's, else UTC)
    const ZoneRule* zone = nullptr;  // an IANA zone: its offset depends on the date (finish())
    bool has_time = false;
    bool year_known = true;
};

// The numeric a?b?c date with separator `sep`, fields already read.
bool resolve_numeric_date(int a, int ca, int b, int c, int cc, char sep, const TimeHints& hints, Parts& p) {
    if (ca <= 2 && cc <= 2 && (a > 31 || hints.order == DateOrder::YMD)) {  // YY/MM/DD
        p.y = expand_year(a, 2);
        p.mo = b;
        p.d = c;
        return true;
    }
    p.y = expand_year(c, cc);
    DateOrder order = DateOrder::Unknown;
    if (a > 12 && b <= 12) order = DateOrder::DMY;
    else if (b > 12 && a <= 12) order = DateOrder::MDY;
    else if (hints.order != DateOrder::Unknown) order = hints.order;
    else if (sep == '/' && hints.slash_order != DateOrder::Unknown) order = hints.slash_order;
    else order = sep == '/' ? DateOrder::MDY : DateOrder::DMY;  // US tools write 11/18/2026; dots and dashes are day-first
    if (order == DateOrder::DMY) {
        p.d = a;
        p.mo = b;
    } else {
        p.mo = a;
        p.d = b;
    }
    return true;
}

// Russian dates mark the year: "3 сент. 2026 г., 14:47" ("г." for года).
void skip_year_mark(Cursor& c) {
    const size_t save = c.pos();
    c.skip_spaces();
    if (c.rest().substr(0, 2) == "\xD0\xB3" && !(static_cast<unsigned char>(c.peek(2)) >= 0x80)) {  // г
        c.skip(2);
        if (c.peek() == '.') c.skip();
        return;
    }
    c.seek(save);
}

bool read_date(Cursor& c, const TimeHints& hints, Parts& p) {
    // Optional weekday: "Tue, 18 Nov 2026", "Tuesday 18 November 2026", "Tue Nov 18 09:12:44 2026".
    {
        const size_t save = c.pos();
        const std::string w = c.word();
        if (!w.empty() && is_weekday(w, c.peek()) && (c.peek() == ',' || c.peek() == ' ' || c.peek() == '.')) {
            if (c.peek() == '.') c.skip();
            if (c.peek() == ',') c.skip();
            c.skip_spaces();
        } else {
            c.seek(save);
        }
    }
    int n1c = 0;
    const int n1 = c.digits(8, n1c);
    if (n1c == 0) {
        // Month first: "Nov 18, 2026", "November 18th 2026", "Nov 18 09:12:44" (syslog).
        const int m = read_month_word(c);
        if (m == 0) return false;
        c.skip_spaces();
        int dc = 0;
        const int d = c.digits(2, dc);
        if (dc == 0) return false;
        {
            const size_t save = c.pos();
            const std::string suf = c.word();
            if (!(suf == "st" || suf == "nd" || suf == "rd" || suf == "th")) c.seek(save);
        }
        p.mo = m;
        p.d = d;
        const size_t save = c.pos();
        if (c.peek() == ',') c.skip();
        c.skip_spaces();
        int yc = 0;
        const int y = c.digits(4, yc);
        if (yc == 4 && c.peek() != ':') {
            p.y = y;
            return true;
        }
        c.seek(save);
        p.year_known = false;
        return true;
    }
    if (n1c == 8) {  // 20261118 (basic ISO)
        p.y = n1 / 10000;
        p.mo = n1 / 100 % 100;
        p.d = n1 % 100;
        return true;
    }
    // Chinese/Japanese 2026年11月18日 and Korean 2026년 11월 18일.
    if (n1c == 4) {
        const size_t before_mark = c.pos();
        c.skip_spaces();
        const std::string_view r = c.rest();
        const bool han = r.substr(0, 3) == "\xE5\xB9\xB4";     // 年
        const bool hangul = r.substr(0, 3) == "\xEB\x85\x84";  // 년
        if (han || hangul) {
            c.skip(3);
            c.skip_spaces();
            int mc = 0;
            const int m = c.digits(2, mc);
            c.skip_spaces();
            if (mc == 0 || c.rest().substr(0, 3) != (han ? "\xE6\x9C\x88" : "\xEC\x9B\x94")) return false;  // 月 / 월
            c.skip(3);
            c.skip_spaces();
            int dc = 0;
            const int d = c.digits(2, dc);
            c.skip_spaces();
            if (dc == 0) return false;
            const std::string_view day_mark = han ? "\xE6\x97\xA5" : "\xEC\x9D\xBC";  // 日 / 일
            if (c.rest().substr(0, 3) == day_mark) c.skip(3);
            else if (han && c.rest().substr(0, 3) == "\xE5\x8F\xB7") c.skip(3);  // 号
            else return false;
            p.y = n1;
            p.mo = m;
            p.d = d;
            return true;
        }
        c.seek(before_mark);
    }
    const char sep = c.peek();
    // Korean (and Hungarian) dates: "2026. 9. 3." -- a dot and a space after each field.
    if (n1c == 4 && sep == '.' && c.peek(1) == ' ') {
        c.skip();
        c.skip_spaces();
        int mc = 0;
        const int m = c.digits(2, mc);
        if (mc == 0 || c.peek() != '.') return false;
        c.skip();
        c.skip_spaces();
        int dc = 0;
        const int d = c.digits(2, dc);
        if (dc == 0) return false;
        if (c.peek() == '.') c.skip();
        p.y = n1;
        p.mo = m;
        p.d = d;
        return true;
    }
    if (n1c == 4 && (sep == '-' || sep == '/' || sep == '.')) {
        c.skip();
        int mc = 0;
        int m = c.digits(2, mc);
        if (mc == 0) m = read_month_word(c);
        if (m == 0 || c.peek() != sep) return false;
        c.skip();
        int dc = 0;
        const int d = c.digits(2, dc);
        if (dc == 0) return false;
        p.y = n1;
        p.mo = m;
        p.d = d;
        return true;
    }
    if (n1c > 2) return false;
    if (sep == '-' || sep == '/' || sep == '.') {
        c.skip();
        if (sep == '.' && c.peek() == ' ') c.skip_spaces();  // "18. Nov 2026"
        int bc = 0;
        const int b = c.digits(2, bc);
        if (bc == 0) {
            const int m = read_month_word(c);  // 18/Nov/2026, 18-Nov-26, 18. November 2026
            if (m == 0) return false;
            if (c.peek() == sep) c.skip();
            else if (c.peek() == ' ' || c.peek() == ',') {
                if (c.peek() == ',') c.skip();
                c.skip_spaces();
            } else return false;
            int yc = 0;
            const int y = c.digits(4, yc);
            if (yc != 4 && yc != 2) return false;
            p.d = n1;
            p.mo = m;
            p.y = expand_year(y, yc);
            return true;
        }
        // "03-30 09:03:33": a console that prints month and day only (Alibaba Cloud SLS, a search
        // limited to the last 30 days); the year is the case's, as for syslog.
        if (sep == '-' && n1c == 2 && bc == 2 && c.peek() == ' ' && n1 >= 1 && n1 <= 12) {
            p.mo = n1;
            p.d = b;
            p.year_known = false;
            return true;
        }
        if (c.peek() != sep) return false;
        c.skip();
        int yc = 0;
        const int y = c.digits(4, yc);
        if (yc != 4 && yc != 2) return false;
        if (is_digit(c.peek())) return false;
        return resolve_numeric_date(n1, n1c, b, y, yc, sep, hints, p);
    }
    // "18 Nov 2026", "18. November 2026", and Portuguese/Spanish "18 de novembro de 2026".
    if (sep == ' ' || sep == '.') {
        if (sep == '.') c.skip();
        c.skip_spaces();
        // "de " / "del " before the month or the year.
        const auto skip_de = [&c] {
            for (std::string_view w : {"de ", "del "})
                if (istarts_with(c.rest(), w)) {
                    c.skip(w.size());
                    c.skip_spaces();
                    return;
                }
        };
        skip_de();
        const int m = read_month_word(c);
        if (m == 0) return false;
        if (c.peek() == ',') c.skip();
        c.skip_spaces();
        skip_de();
        int yc = 0;
        const int y = c.digits(4, yc);
        if (yc != 4 && yc != 2) return false;
        skip_year_mark(c);
        p.d = n1;
        p.mo = m;
        p.y = expand_year(y, yc);
        return true;
    }
    return false;
}

// HH:MM[:SS[.fff]] at the cursor; also Oracle's HH.MM.SS[.ffffff] ("24-MAR-27 08.02.47.955000 AM"),
// dotted only with all three parts (a lone "09.12" is too often a date or a number).
bool read_clock(Cursor& c, Parts& p) {
    int hc = 0;
    const int h = c.digits(2, hc);
    const char sep = c.peek();
    if (hc == 0 || (sep != ':' && sep != '.')) return false;
    if (sep == '.') {
        const std::string_view r = c.rest();  // ".MM.SS"
        if (r.size() < 6 || !is_digit(r[1]) || !is_digit(r[2]) || r[3] != '.' || !is_digit(r[4]) || !is_digit(r[5]) || (r.size() > 6 && is_digit(r[6])))
            return false;
    }
    c.skip();
    int mc = 0;
    const int mi = c.digits(2, mc);
    if (mc != 2) return false;
    p.h = h;
    p.mi = mi;
    p.s = 0;
    p.ms = 0;
    if (c.peek() == sep && is_digit(c.peek(1))) {
        c.skip();
        int sc = 0;
        p.s = c.digits(2, sc);
        if (sc != 2) return false;
        if ((c.peek() == '.' || c.peek() == ',') && is_digit(c.peek(1))) {
            c.skip();
            int fc = 0;
            int frac = 0;
            while (is_digit(c.peek())) {
                if (fc < 3) frac = frac * 10 + (c.peek() - '0');
                ++fc;
                c.skip();
            }
            for (int k = fc; k < 3; ++k) frac *= 10;
            p.ms = frac;
        }
    }
    return true;
}

bool read_offset(Cursor& c, int& minutes) {
    const char sign = c.peek();
    if (sign != '+' && sign != '-') return false;
    const size_t save = c.pos();
    c.skip();
    int hc = 0;
    const int hh = c.digits(2, hc);
    if (hc == 0) {
        c.seek(save);
        return false;
    }
    int mm = 0;
    if (hc == 2) {
        if (c.peek() == ':') c.skip();
        int mc = 0;
        const size_t before = c.pos();
        mm = c.digits(2, mc);
        if (mc == 1) {
            c.seek(save);
            return false;
        }
        if (mc == 0) c.seek(before);
    }
    if (hh > 14 || mm > 59) {
        c.seek(save);
        return false;
    }
    minutes = (hh * 60 + mm) * (sign == '-' ? -1 : 1);
    return true;
}

void read_meridiem_and_zone(Cursor& c, Parts& p) {
    // AM / PM
    {
        const size_t save = c.pos();
        c.skip_spaces();
        std::string w;
        while (is_alpha(c.peek()) || c.peek() == '.') {
            if (c.peek() != '.') w.push_back(to_lower(c.peek()));
            c.skip();
        }
        if ((w == "am" || w == "pm") && p.h >= 1 && p.h <= 12) {
            if (w == "am" && p.h == 12) p.h = 0;
            if (w == "pm" && p.h != 12) p.h += 12;
        } else {
            c.seek(save);
        }
    }
    // Zone: Z, +02:00, +0200, UTC, UTC+2, GMT-05:00, (UTC), CET
    const size_t save = c.pos();
    if (c.peek() == 'Z' || c.peek() == 'z') {
        if (!is_alpha(c.peek(1))) {
            c.skip();
            p.zoned = true;
            return;
        }
    }
    c.skip_spaces();
    int off = 0;
    if (read_offset(c, off)) {
        p.offset_min = off;
        p.zoned = true;
        return;
    }
    const bool paren = c.peek() == '(';
    if (paren) c.skip();
    std::string w;
    while (is_alpha(c.peek())) {
        w.push_back(to_lower(c.peek()));
        c.skip();
    }
    // "Europe/Berlin", "America/New_York", "America/Argentina/Buenos_Aires"
    if (c.peek() == '/' && !w.empty()) {
        std::string name = w;
        while (c.peek() == '/' || c.peek() == '_' || c.peek() == '-' || is_alpha(c.peek())) {
            name.push_back(to_lower(c.peek()));
            c.skip();
        }
        if (const ZoneRule* z = find_zone_rule(name)) {
            p.zone = z;
            p.zoned = true;
            if (paren && c.peek() == ')') c.skip();
            return;
        }
        c.seek(save);
        return;
    }
    for (const Zone& z : kZones) {
        if (w == z.name) {
            p.offset_min = z.minutes;
            p.zoned = true;
            int extra = 0;
            if ((w == "utc" || w == "gmt") && read_offset(c, extra)) p.offset_min = extra;
            // LBank's "2026-06-20 02:27:48 UTC0": an offset of zero written without its sign.
            else if ((w == "utc" || w == "gmt") && c.peek() == '0' && !is_digit(c.peek(1))) c.skip();
            if (paren && c.peek() == ')') c.skip();
            return;
        }
    }
    c.seek(save);
}

std::optional<Timestamp> finish(const Parts& p0, const TimeHints& hints) {
    Parts p = p0;
    if (!p.year_known) {
        if (hints.reference_year == 0) return std::nullopt;
        p.y = hints.reference_year;
    }
    // Thailand's Buddhist Era (Bitkub's exports write 25/04/2569): 543 years ahead of the Gregorian
    // calendar, and far past any year an account's history can have.
    if (p.year_known && p.y >= 2483 && p.y <= 2743) p.y -= 543;
    if (p.y < 1970 || p.y > 2200) return std::nullopt;
    if (!valid_date(p.y, p.mo, p.d)) return std::nullopt;
    if (p.h > 23 || p.mi > 59 || p.s > 60) return std::nullopt;
    if (p.s == 60) p.s = 59;  // leap second: keep it in its minute
    if (!p.zoned && hints.has_default_offset) p.offset_min = hints.default_offset_min;
    if (p.zone) p.offset_min = zone_offset_at(*p.zone, to_unix(p.y, p.mo, p.d, p.h, p.mi, p.s));
    int64_t t = to_unix(p.y, p.mo, p.d, p.h, p.mi, p.s) - static_cast<int64_t>(p.offset_min) * 60;
    if (!p.year_known && hints.reference_time > 0 && t > hints.reference_time + 86400) {
        if (!valid_date(p.y - 1, p.mo, p.d)) return std::nullopt;
        t = to_unix(p.y - 1, p.mo, p.d, p.h, p.mi, p.s) - static_cast<int64_t>(p.offset_min) * 60;
    }
    Timestamp ts;
    ts.sec = t;
    ts.ms = p.ms;
    ts.has_time = p.has_time;
    return ts;
}

std::optional<Timestamp> parse_epoch(std::string_view s) {
    size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (whole.size() == 19 && frac.empty()) {
        // Nanoseconds: 19 digits overflow parse_uint's 18-digit limit, so split them.
        auto hi = parse_uint(whole.substr(0, 10));
        auto lo = parse_uint(whole.substr(10));
        if (!hi || !lo) return std::nullopt;
        if (*hi < 631152000 || *hi > 4102444800) return std::nullopt;
        return Timestamp{*hi, static_cast<int32_t>(*lo / 1000000), true};
    }
    auto w = parse_uint(whole);
    if (!w) return std::nullopt;
    for (char c : frac)
        if (!is_digit(c)) return std::nullopt;
    const size_t n = whole.size();
    int64_t sec = 0;
    int32_t ms = 0;
    if (n == 9 || n == 10) {
        sec = *w;
        int f = 0, k = 0;
        for (; k < 3 && k < static_cast<int>(frac.size()); ++k) f = f * 10 + (frac[static_cast<size_t>(k)] - '0');
        for (; k < 3; ++k) f *= 10;
        ms = f;
    } else if ((n == 12 || n == 13) && frac.empty()) {
        sec = *w / 1000;
        ms = static_cast<int32_t>(*w % 1000);
    } else if ((n == 15 || n == 16) && frac.empty()) {
        sec = *w / 1000000;
        ms = static_cast<int32_t>(*w / 1000 % 1000);
    } else if ((n == 18) && frac.empty()) {
        sec = *w / 1000000000;
        ms = static_cast<int32_t>(*w / 1000000 % 1000);
    } else {
        return std::nullopt;
    }
    // Plausible for an account's history: 1990..2100.
    if (sec < 631152000 || sec > 4102444800) return std::nullopt;
    return Timestamp{sec, ms, true};
}

std::string_view unwrap(std::string_view s) {
    s = trim(s);
    while (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'') ||
                             (s.front() == '[' && s.back() == ']') || (s.front() == '(' && s.back() == ')')))
        s = trim(s.substr(1, s.size() - 2));
    return s;
}

}  // namespace

std::optional<Timestamp> parse_timestamp_prefix(std::string_view text, const TimeHints& hints, size_t& consumed) {
    Cursor c(text);
    Parts p;
    if (!read_date(c, hints, p)) return std::nullopt;
    // Time part: "T09:12", " 09:12", ", 9:12 PM", ":09:12:44" (nginx), " at 09:12".
    const size_t after_date = c.pos();
    bool timed = false;
    {
        if (c.peek() == 'T' || c.peek() == 't' || c.peek() == ':') c.skip();
        else {
            if (c.peek() == ',') c.skip();
            c.skip_spaces();
            // The word between date and clock: Kibana's "@", "at", "à", "às", "um", "alle", "a las", "saat", "в".
            for (std::string_view w : kClockWords) {
                const std::string_view r = c.rest();
                if (r.size() > w.size() && istarts_with(r, w) && r[w.size()] == ' ') {
                    c.skip(w.size());
                    c.skip_spaces();
                    break;
                }
            }
        }
        // East Asian AM/PM come before the clock: 下午 9:12, 오후 9:12.
        int east_meridiem = 0;  // 1 am, 2 pm
        {
            const std::string_view r = c.rest();
            if (r.substr(0, 6) == "\xE4\xB8\x8A\xE5\x8D\x88" || r.substr(0, 6) == "\xEC\x98\xA4\xEC\xA0\x84") east_meridiem = 1;
            if (r.substr(0, 6) == "\xE4\xB8\x8B\xE5\x8D\x88" || r.substr(0, 6) == "\xEC\x98\xA4\xED\x9B\x84") east_meridiem = 2;
            if (east_meridiem) {
                c.skip(6);
                c.skip_spaces();
            }
        }
        if (read_clock(c, p)) {
            timed = true;
            if (east_meridiem && p.h >= 1 && p.h <= 12) {
                if (east_meridiem == 1 && p.h == 12) p.h = 0;
                if (east_meridiem == 2 && p.h != 12) p.h += 12;
            }
        } else {
            c.seek(after_date);
        }
    }
    p.has_time = timed;
    if (timed) {
        read_meridiem_and_zone(c, p);
        if (!p.year_known) {  // ctime / syslog: "Nov 18 09:12:44 2026", "Nov 18 09:12:44 UTC 2026"
            const size_t save = c.pos();
            c.skip_spaces();
            int yc = 0;
            const int y = c.digits(4, yc);
            if (yc == 4 && !is_digit(c.peek())) {
                p.y = y;
                p.year_known = true;
            } else {
                c.seek(save);
            }
        }
    } else if (!p.year_known) {
        return std::nullopt;  // "Nov 18" alone is too weak a timestamp
    }
    // A timestamp must not run into a letter or digit ("2026-11-18abc").
    if (is_alnum(c.peek())) return std::nullopt;
    auto ts = finish(p, hints);
    if (ts) consumed = c.pos();
    return ts;
}

std::optional<Timestamp> parse_timestamp(std::string_view text, const TimeHints& hints) {
    const std::string_view s = unwrap(text);
    if (s.empty() || s.size() > 120) return std::nullopt;
    if (is_digit(s.front())) {
        bool numeric = true;
        for (char ch : s)
            if (!is_digit(ch) && ch != '.') numeric = false;
        if (numeric && s.find('.') == s.rfind('.') && (s.find('.') == std::string_view::npos || s.find('.') >= 9))
            if (auto e = parse_epoch(s)) return e;
    }
    size_t consumed = 0;
    auto ts = parse_timestamp_prefix(s, hints, consumed);
    if (!ts) return std::nullopt;
    const std::string_view tail = trim(s.substr(consumed));
    // JavaScript's Date#toString ends with the zone's name: "... GMT+0100 (Central European Time)".
    if (!tail.empty() && !(tail.front() == '(' && tail.back() == ')')) return std::nullopt;
    return ts;
}

std::optional<int> header_zone_offset(std::string_view header) {
    std::string_view h = trim(header);
    std::string_view label;
    if (!h.empty() && h.back() == ')') {
        const size_t open = h.rfind('(');
        if (open == std::string_view::npos) return std::nullopt;
        label = trim(h.substr(open + 1, h.size() - open - 2));
    } else {
        const size_t space = h.rfind(' ');
        if (space == std::string_view::npos) return std::nullopt;
        label = h.substr(space + 1);
    }
    // Names Russian and Chinese panels print for their capitals' time.
    static constexpr std::pair<std::string_view, int> kLocal[] = {
        {"\xD0\x9C\xD0\xA1\xD0\x9A", 180}, {"\xD0\xBC\xD1\x81\xD0\xBA", 180},  // МСК, мск
        {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", 180},            // Москва
        {"\xD0\x90\xD0\xBB\xD0\xBC\xD0\xB0\xD1\x82\xD1\x8B", 300},            // Алматы
        {"\xE5\x8C\x97\xE4\xBA\xAC\xE6\x97\xB6\xE9\x97\xB4", 480},            // 北京时间
        {"hor\xC3\xA1rio de Bras\xC3\xADlia", -180}, {"hora de Bras\xC3\xADlia", -180},  // Brazil keeps no summer time
        {"horario de Brasilia", -180}, {"BRT", -180}};
    for (const auto& [name, minutes] : kLocal)
        if (label == name) return minutes;
    // "UTC", "UTC+3", "GMT-03:00", "CET", "+02:00": the same zone syntax a stamp may end with.
    Cursor c(label);
    Parts p;
    read_meridiem_and_zone(c, p);
    if (!p.zoned || !c.end()) return std::nullopt;
    return p.offset_min;
}

namespace {

// Whether the dates, as (year, month, day) keys in the order they appear, run one way: a log or a
// ledger is sorted, so the reading that puts its rows in order is the one its tool wrote.
bool in_order(const std::vector<std::array<int, 3>>& keys) {
    int up = 0, down = 0;
    for (size_t i = 1; i < keys.size(); ++i) {
        if (keys[i] > keys[i - 1]) ++up;
        else if (keys[i] < keys[i - 1]) ++down;
    }
    const int steps = up + down;
    return steps >= 2 && (up == 0 || down == 0);
}

}  // namespace

DateOrder vote_date_order(std::string_view text) {
    int dmy = 0, mdy = 0;
    // All-two-digit dates ("27-01-12"): year first or day first, kept for the order test below.
    std::vector<std::array<int, 3>> year_first, day_first;
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '/'))) {
            ++i;
            continue;
        }
        // a
        size_t j = i;
        int a = 0, ac = 0;
        while (j < n && is_digit(text[j]) && ac < 3) a = a * 10 + (text[j++] - '0'), ++ac;
        if (ac > 2 || j >= n || (text[j] != '/' && text[j] != '.' && text[j] != '-')) {
            i = j + 1;
            continue;
        }
        const char sep = text[j++];
        int b = 0, bc = 0;
        while (j < n && is_digit(text[j]) && bc < 3) b = b * 10 + (text[j++] - '0'), ++bc;
        if (bc == 0 || bc > 2 || j >= n || text[j] != sep) {
            i = j;
            continue;
        }
        ++j;
        int cc = 0;
        while (j < n && is_digit(text[j]) && cc < 5) ++j, ++cc;
        const bool tail_ok = j >= n || !(text[j] == sep && j + 1 < n && is_digit(text[j + 1]));
        if ((cc == 2 || cc == 4) && tail_ok && a >= 1 && b >= 1 && a <= 31 && b <= 31) {
            if (a > 12 && b <= 12) ++dmy;
            else if (b > 12 && a <= 12) ++mdy;
        }
        if (ac == 2 && cc == 2 && tail_ok && b >= 1 && b <= 12 && year_first.size() < 500) {
            int c = 0;
            for (size_t k = j - 2; k < j; ++k) c = c * 10 + (text[k] - '0');
            if (c >= 1 && c <= 31) {
                year_first.push_back({a, b, c});
                day_first.push_back({c, b, a});
            }
        }
        i = j;
    }
    if (year_first.size() >= 3 && in_order(year_first) && !in_order(day_first)) return DateOrder::YMD;
    if (dmy > mdy) return DateOrder::DMY;
    if (mdy > dmy) return DateOrder::MDY;
    return DateOrder::Unknown;
}

}  // namespace ownercheck::ingest
