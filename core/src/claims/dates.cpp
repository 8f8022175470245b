#include "claims/dates.hpp"

#include <algorithm>
#include <cstdio>
#include <array>
#include <cctype>

#include <re2/re2.h>

#include "claims/holidays.hpp"
#include "claims/text.hpp"
#include "util/civil_time.hpp"

namespace ownercheck::claims {

namespace {

std::string two(int v) {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", v);
    return b;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Ctx {
    std::string_view s;
    const LangLex& primary;
    int64_t now;
    CivilDate today;
    std::vector<bool> taken;
    std::vector<DateFound> out;

    bool free(size_t pos, size_t len) const {
        for (size_t k = pos; k < pos + len && k < taken.size(); ++k)
            if (taken[k]) return false;
        return true;
    }
    void take(DateFound f) {
        for (size_t k = f.pos; k < f.pos + f.len && k < taken.size(); ++k) taken[k] = true;
        out.push_back(std::move(f));
    }
};

// The most recent (y, m, d) on or before today+1 for a day/month given without a year: clients
// say "31st of January" meaning the last one that has happened.
int infer_year(const CivilDate& today, int m, int d) {
    const int y = today.year;
    const int64_t t = days_from_civil(y, m, std::max(d, 1));
    return t > days_from_civil(today.year, today.month, today.day) + 1 ? y - 1 : y;
}

int norm_year(int y) { return y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y; }

DateFound make_day(size_t pos, size_t len, int y, int m, int d) {
    DateFound f;
    f.pos = pos;
    f.len = len;
    f.y = y;
    f.m = m;
    f.d = d;
    f.precision = "day";
    return f;
}

// ---- numeric and CJK forms -------------------------------------------------------------------

void numeric_forms(Ctx& c) {
    const std::string text(c.s);
    // RE2, not std::regex: the reply is attacker-controlled, and libstdc++'s backtracking
    // matcher recurses per character (a long run of spaces overflows the stack). RE2 is linear.
    using Groups = std::array<re2::StringPiece, 4>;
    auto scan = [&](const RE2& re, auto&& on_match) {
        const re2::StringPiece input(text);
        Groups m;
        const int groups = std::min(re.NumberOfCapturingGroups() + 1, 4);
        for (size_t start = 0; start <= text.size() &&
                               re.Match(input, start, text.size(), RE2::UNANCHORED, m.data(), groups);) {
            const size_t pos = static_cast<size_t>(m[0].data() - text.data()), len = m[0].size();
            start = pos + std::max<size_t>(len, 1);
            // Not glued to other digits or a decimal point: 1.234,56 is an amount, not a date.
            if (pos > 0 && (is_digit(text[pos - 1]) || ((text[pos - 1] == '.' || text[pos - 1] == ',') && pos > 1 && is_digit(text[pos - 2])))) continue;
            // A CJK day or month sign closes the date: "11月3日0.1 BTC" is a date, then an amount.
            const bool closed = static_cast<unsigned char>(text[pos + len - 1]) >= 0x80;
            if (pos + len < text.size() && is_digit(text[pos + len]) && !closed) continue;
            if (!c.free(pos, len)) continue;
            on_match(m, pos, len);
        }
    };
    auto num = [](const Groups& m, int i) { return m[i].empty() ? 0 : std::stoi(std::string(m[i])); };
    // A month of a year ("2024年3月", "05/2020"), and a day and month written without a year (the
    // most recent such day: "3月5日", "le 2/11", "am 12.02.").
    auto take_month = [&](size_t pos, size_t len, int y, int mo) {
        DateFound f = make_day(pos, len, y, mo, 0);
        f.precision = "month";
        c.take(f);
    };
    auto take_day_month = [&](size_t pos, size_t len, int mo, int d) {
        if (mo < 1 || mo > 12) return;
        const int y = infer_year(c.today, mo, d);
        if (!valid_date(y, mo, d)) return;
        DateFound f = make_day(pos, len, y, mo, d);
        f.inferred_year = true;
        c.take(f);
    };
    // Compiled once (patterns are constant; RE2 objects are thread-safe to use).
    static const RE2 kYmd(R"((\d{4})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})\.?)");
    static const RE2 kCjkYmd(R"((\d{4})\s*(?:年|년)\s*(\d{1,2})\s*(?:月|월)(?:\s*(\d{1,2})\s*(?:日|号|號|일))?)");
    static const RE2 kDmyOrMdy(R"((\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2}))");
    static const RE2 kCjkMd(R"((\d{1,2})\s*(?:月|월)\s*(\d{1,2})\s*(?:日|号|號|일))");
    static const RE2 kMy(R"((\d{1,2})[/.-](\d{4}))");
    static const RE2 kYm(R"((\d{4})[-/](\d{1,2}))");
    static const RE2 kCjkM(R"((\d{1,2})\s*(?:月|월))");

    // Taiwan counts years from 1912 (the Minguo calendar): "民國113年10月", "115年1月初",
    // "115/02/24", "115/3/6（五）". A three-digit year is that count wherever Chinese is written;
    // the prefix 民國 makes any year one.
    if (c.primary.lang == "zh") {
        static const RE2 kMinguoYmd(R"((?:民國|民国)?\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*(?:日|号|號))?)");
        static const RE2 kMinguoSlash(R"((1[0-2]\d)/(\d{1,2})/(\d{1,2}))");
        auto minguo = [&](const Groups& m, size_t pos, size_t len, bool slash) {
            const bool prefixed = text.compare(pos, 6, "民國") == 0 || text.compare(pos, 6, "民国") == 0;
            if (!slash && !prefixed && m[1].size() < 3) return;
            const int y = num(m, 1) + 1911, mo = num(m, 2), d = num(m, 3);
            if (d && valid_date(y, mo, d)) {
                c.take(make_day(pos, len, y, mo, d));
            } else if (!d && mo >= 1 && mo <= 12) {
                take_month(pos, len, y, mo);
            }
        };
        scan(kMinguoYmd, [&](const Groups& m, size_t pos, size_t len) { minguo(m, pos, len, false); });
        scan(kMinguoSlash, [&](const Groups& m, size_t pos, size_t len) { minguo(m, pos, len, true); });
    }
    // 2026-06-08, 2026/06/08, 2026.06.08 (Korean writes 2026. 6. 8.)
    scan(kYmd, [&](const Groups& m, size_t pos, size_t len) {
        int y = num(m, 1), mo = num(m, 2), d = num(m, 3);
        if (valid_date(y, mo, d)) c.take(make_day(pos, len, y, mo, d));
    });
    // 2024年3月5日 / 2024년 3월 5일 / 2024年3月
    scan(kCjkYmd, [&](const Groups& m, size_t pos, size_t len) {
        int y = num(m, 1), mo = num(m, 2), d = num(m, 3);
        if (d && valid_date(y, mo, d)) c.take(make_day(pos, len, y, mo, d));
        else if (!d && mo >= 1 && mo <= 12) take_month(pos, len, y, mo);
    });
    // 17/11/2025, 11/17/2025, 17.11.2025, 17-11-25: order from the values, else the language
    scan(kDmyOrMdy, [&](const Groups& m, size_t pos, size_t len) {
        int a = num(m, 1), b = num(m, 2), y = norm_year(num(m, 3));
        const bool dmy_ok = valid_date(y, b, a), mdy_ok = valid_date(y, a, b);
        if (!dmy_ok && !mdy_ok) return;
        const bool prefer_mdy = c.primary.numeric_order == "mdy";
        DateFound f = (mdy_ok && (!dmy_ok || prefer_mdy)) ? make_day(pos, len, y, a, b) : make_day(pos, len, y, b, a);
        if (dmy_ok && mdy_ok && a != b) {
            f.has_alt = true;
            f.alt_y = y;
            f.alt_m = f.m == a ? b : a;
            f.alt_d = f.m == a ? a : b;
        }
        c.take(f);
    });
    // 3月5日 / 3월 5일 (no year)
    scan(kCjkMd, [&](const Groups& m, size_t pos, size_t len) { take_day_month(pos, len, num(m, 1), num(m, 2)); });
    // "le 2/11", "am 3/10": day and month with a slash and no year, read in the language's order,
    // the year the most recent one. Only the slash: "1.5 BTC" is an amount, not the 1st of May.
    static const RE2 kDm(R"((\d{1,2})/(\d{1,2}))");
    scan(kDm, [&](const Groups& m, size_t pos, size_t len) {
        const size_t e = pos + len;
        if (e < text.size() && (text[e] == '/' || ((text[e] == '.' || text[e] == ',') && e + 1 < text.size() && is_digit(text[e + 1])))) return;
        if (pos > 0 && text[pos - 1] == '/') return;
        int a = num(m, 1), b = num(m, 2);
        // Year-first languages write the month first too: "6/19" in Korean and Chinese is 19 June.
        const bool mdy = c.primary.numeric_order == "mdy" || c.primary.numeric_order == "ymd";
        const int mo = mdy ? a : b, d = mdy ? b : a;
        // "Conta criada em 03/23": no day and month, but a month and a two-digit year, as cards
        // print their expiry; only with the month's leading zero ("3/23" may be a ratio).
        if ((mo < 1 || mo > 12) && m[1].size() == 2 && a >= 1 && a <= 12 && b >= 10 && 2000 + b <= c.today.year) {
            take_month(pos, len, 2000 + b, a);
            return;
        }
        take_day_month(pos, len, mo, d);
    });
    // "am 12.02.", "13.2." no year: day and month closed by a dot, as German, Russian and Turkish
    // write them. Only where the language writes the day first, only with the closing dot ("2.5" is
    // an amount), and with two digits in one part at least ("2.5." may end a sentence about one).
    static const RE2 kDmDot(R"((\d{1,2})\.(\d{1,2})\.)");
    if (c.primary.numeric_order == "dmy")
        scan(kDmDot, [&](const Groups& m, size_t pos, size_t len) {
            if (m[2].size() < 2 && m[1].size() < 2) return;
            take_day_month(pos, len, num(m, 2), num(m, 1));
        });
    // 05/2020, 5.2020, 2020-05
    scan(kMy, [&](const Groups& m, size_t pos, size_t len) {
        int mo = num(m, 1), y = num(m, 2);
        if (mo < 1 || mo > 12 || y < 1990 || y > 2100) return;
        take_month(pos, len, y, mo);
    });
    scan(kYm, [&](const Groups& m, size_t pos, size_t len) {
        int y = num(m, 1), mo = num(m, 2);
        if (mo < 1 || mo > 12 || y < 1990 || y > 2100) return;
        take_month(pos, len, y, mo);
    });
    // 3月 / 3월 alone (a month this or last year); 3个月 / 3개월 are durations and do not match
    scan(kCjkM, [&](const Groups& m, size_t pos, size_t len) {
        int mo = num(m, 1);
        if (mo < 1 || mo > 12) return;
        DateFound f = make_day(pos, len, infer_year(c.today, mo, 1), mo, 0);
        f.precision = "month";
        f.inferred_year = true;
        c.take(f);
    });
}

// ---- words around a month name ----------------------------------------------------------------

size_t skip_spaces_back(std::string_view s, size_t p) {
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == ',')) --p;
    return p;
}
size_t skip_spaces(std::string_view s, size_t p) {
    while (p < s.size() && (s[p] == ' ' || s[p] == ',')) ++p;
    return p;
}

// A day number ending at `end` (exclusive): "31", "31st", "1er", "1º", "5.", "2-го". Returns its start or npos.
size_t day_before(std::string_view s, size_t end, int& day) {
    static const char* const sfx[] = {"st", "nd", "rd", "th", "er", "re", "eme", "o", "a", ".", "-го", "-е", "-ого", "\xc2\xba", "\xc2\xaa", "\xc2\xb0"};  // º ª and ° ("1° novembre")
    size_t p = end;
    for (const char* x : sfx) {
        const std::string_view sx(x);
        if (p >= sx.size() && s.substr(p - sx.size(), sx.size()) == sx && p > sx.size() && is_digit(s[p - sx.size() - 1])) {
            p -= sx.size();
            break;
        }
    }
    size_t q = p;
    while (q > 0 && is_digit(s[q - 1]) && p - q < 2) --q;
    if (q == p || (q > 0 && (is_digit(s[q - 1]) || s[q - 1] == '.' || s[q - 1] == ','))) return std::string_view::npos;
    day = std::stoi(std::string(s.substr(q, p - q)));
    return (day >= 1 && day <= 31) ? q : std::string_view::npos;
}

// A number starting at p (1-2 digits = day, 4 digits = year), with an ordinal suffix. Returns end or npos.
size_t number_after(std::string_view s, size_t p, int& value, int& digits) {
    size_t q = p;
    while (q < s.size() && is_digit(s[q])) ++q;
    digits = static_cast<int>(q - p);
    if (digits == 0 || digits > 4) return std::string_view::npos;
    // 1,553.89 or 12.5: a number with decimals is an amount
    if (q + 1 < s.size() && (s[q] == '.' || s[q] == ',') && is_digit(s[q + 1])) return std::string_view::npos;
    value = std::stoi(std::string(s.substr(p, q - p)));
    if (digits <= 2)
        for (std::string_view sx : {"st", "nd", "rd", "th", "er", ".", "\xc2\xba", "\xc2\xb0"})
            if (s.substr(q, sx.size()) == sx) {
                size_t e = q + sx.size();
                if (e >= s.size() || !is_letter(static_cast<unsigned char>(s[e]))) {
                    q = e;
                    break;
                }
            }
    return q;
}

// Skips a joiner word ("of", "de", "the") before/after a month name; returns the new position.
size_t skip_joiner_back(std::string_view s, size_t p, const std::vector<std::string>& joiners) {
    p = skip_spaces_back(s, p);
    for (const auto& j : joiners) {
        if (p >= j.size() && s.substr(p - j.size(), j.size()) == j && (p == j.size() || s[p - j.size() - 1] == ' '))
            return skip_spaces_back(s, p - j.size());
    }
    return p;
}

bool year_ok(int y, const CivilDate& today) { return y >= 1990 && y <= today.year + 1; }

void month_names(Ctx& c, const LangLex& lex) {
    static const std::vector<std::string> after_joiners = {"de", "del", "of", "the", "di", "'", "do"};
    std::vector<std::string> back_joiners = lex.day_joiners;
    for (const char* j : {"of", "the", "de"}) back_joiners.push_back(j);
    for (const auto& [phrase, month] : lex.months) {
        size_t from = 0, mlen = 0;
        for (size_t pos; (pos = find_phrase(c.s, phrase, from, &mlen)) != std::string_view::npos; from = pos + 1) {
            if (!c.free(pos, mlen)) continue;
            size_t start = pos, end = pos + mlen;
            if (end < c.s.size() && c.s[end] == '.') ++end;  // "Jan." / "févr."
            int day = 0, year = 0;
            // day before: "31st of January", "5 de março", "5. März", "2 июля"
            size_t b = skip_joiner_back(c.s, start, back_joiners);
            b = skip_joiner_back(c.s, b, back_joiners);  // "the 31st of"
            int dv = 0;
            const size_t ds = day_before(c.s, b, dv);
            if (ds != std::string_view::npos && c.free(ds, b - ds)) {
                day = dv;
                start = ds;
            }
            // after: day (if none yet) then year: "January 31st, 2026", "março de 2026", "Apr 2024"
            size_t p = skip_spaces(c.s, end);
            int v = 0, digits = 0;
            size_t e = number_after(c.s, p, v, digits);
            if (e != std::string_view::npos && digits <= 2 && day == 0 && v >= 1 && v <= 31) {
                day = v;
                end = e;
                p = skip_spaces(c.s, end);
                e = number_after(c.s, p, v, digits);
            }
            if (e == std::string_view::npos || digits != 4) {  // "de 2026", "of 2026"
                for (const auto& j : after_joiners)
                    if (c.s.substr(p, j.size()) == j) {
                        size_t q = skip_spaces(c.s, p + j.size());
                        size_t e2 = number_after(c.s, q, v, digits);
                        if (e2 != std::string_view::npos && digits == 4) {
                            e = e2;
                            break;
                        }
                    }
            }
            if (e != std::string_view::npos && digits == 4 && year_ok(v, c.today)) {
                year = v;
                end = e;
                size_t q = skip_spaces(c.s, end);
                for (const auto& sx : lex.year_suffixes)
                    if (c.s.substr(q, sx.size()) == sx) {
                        end = q + sx.size();
                        break;
                    }
            }
            // The year before the month: "2020 Aralık ayında", "2021 mai" (a month-year form only,
            // and a year that stands alone, not the tail of an amount or another date).
            if (year == 0 && day == 0) {
                size_t q = start;
                while (q > 0 && c.s[q - 1] == ' ') --q;
                if (q >= 4 && q < start && is_digit(c.s[q - 1]) && is_digit(c.s[q - 2]) && is_digit(c.s[q - 3]) && is_digit(c.s[q - 4]) &&
                    (q == 4 || !(is_digit(c.s[q - 5]) || c.s[q - 5] == '.' || c.s[q - 5] == ',' || c.s[q - 5] == '/' || c.s[q - 5] == '-')) &&
                    c.free(q - 4, 4)) {
                    const int y = std::stoi(std::string(c.s.substr(q - 4, 4)));
                    if (year_ok(y, c.today)) {
                        year = y;
                        start = q - 4;
                    }
                }
            }
            // Short names ("may", "mar", "set", "ago") are words too: only with a number next to them.
            const bool short_name = phrase.size() <= 3 && phrase.back() != '*';
            if (short_name && day == 0 && year == 0) {
                // ... or after a word that opens a month: "in May", "en mai", "im Mai"
                const std::string_view before = c.s.substr(0, skip_spaces_back(c.s, pos));
                const bool opened = std::any_of(lex.month_openers.begin(), lex.month_openers.end(), [&](const std::string& o) {
                    return before.size() >= o.size() && before.substr(before.size() - o.size()) == o &&
                           (before.size() == o.size() || !is_letter(static_cast<unsigned char>(before[before.size() - o.size() - 1])));
                });
                // ... or standing alone between stops, as a terse answer does: "BTC. oct."
                size_t a = end;
                while (a < c.s.size() && c.s[a] == ' ') ++a;
                const bool alone = (before.empty() || std::string_view(".,;:").find(before.back()) != std::string_view::npos) &&
                                   (a == c.s.size() || std::string_view(".,;:!").find(c.s[a]) != std::string_view::npos);
                // and not the verb "may" before another verb: "in May" yes, "... in may be" no
                if (!(opened || alone) || (end < c.s.size() && is_letter(static_cast<unsigned char>(c.s[end])))) continue;
            }
            if (!c.free(start, end - start)) continue;
            DateFound f;
            f.pos = start;
            f.len = end - start;
            f.m = month;
            f.d = day;
            f.y = year ? year : infer_year(c.today, month, std::max(day, 1));
            f.inferred_year = year == 0;
            f.precision = day ? "day" : "month";
            if (day && !valid_date(f.y, month, day)) continue;
            c.take(f);
        }
    }
}

// ---- relative phrases ------------------------------------------------------------------------

DateFound shifted(const Ctx& c, int days, int weeks, int months, int years, const std::string& precision) {
    const int64_t today = days_from_civil(c.today.year, c.today.month, c.today.day);
    DateFound f;
    if (precision == "day") {
        const CivilDate d = civil_from_days(today + days + 7 * weeks);
        f.y = d.year, f.m = d.month, f.d = d.day;
    } else {
        int total = c.today.year * 12 + (c.today.month - 1) + months + 12 * years;
        f.y = total / 12;
        f.m = total % 12 + 1;
        if (precision == "year") f.m = 0;
    }
    f.precision = precision;
    f.approx = true;
    f.relative = true;
    return f;
}

// A count just before `end`: digits or a number word ("two", "deux", "две", "两"). 1 when absent.
int count_before(std::string_view s, size_t end, const LangLex& lex, size_t& start) {
    size_t p = end;
    while (p > 0 && s[p - 1] == ' ') --p;
    size_t q = p;
    while (q > 0 && is_digit(s[q - 1])) --q;
    if (q < p && p - q <= 4) {  // a count, not "12345678901 years ago" (which std::stoi cannot hold)
        start = q;
        return std::stoi(std::string(s.substr(q, p - q)));
    }
    if (q < p) return 1;
    for (const auto& [w, n] : lex.number_words)
        if (p >= w.size() && s.substr(p - w.size(), w.size()) == w) {
            const size_t ws = p - w.size();
            if (ws == 0 || s[ws - 1] == ' ' || !is_letter(static_cast<unsigned char>(s[ws - 1])) || static_cast<unsigned char>(w[0]) >= 0xE0) {
                start = ws;
                return n;
            }
        }
    start = end;
    return -1;  // no count
}

// A count or a span of two before `end`: "3", "two", "2-3", "два-три", "two or three". The span
// is lo..hi; a single count has lo == hi. False when there is no count.
bool count_span_before(std::string_view s, size_t end, const LangLex& lex, size_t& start, int& lo, int& hi) {
    size_t st = end;
    const int n = count_before(s, end, lex, st);
    if (n < 0) return false;
    lo = hi = n;
    start = st;
    size_t p = st;
    while (p > 0 && s[p - 1] == ' ') --p;
    size_t joiner = std::string_view::npos;
    if (p > 0 && s[p - 1] == '-') joiner = p - 1;
    else
        for (const auto& j : lex.alt_joiners)
            if (p > j.size() && s.substr(p - j.size(), j.size()) == j && s[p - j.size() - 1] == ' ') joiner = p - j.size();
    if (joiner == std::string_view::npos) return true;
    size_t st0 = joiner;
    const int n0 = count_before(s, joiner, lex, st0);
    if (n0 < 0 || n0 >= n) return true;
    lo = n0;
    start = st0;
    return true;
}

void relative_forms(Ctx& c, const LangLex& lex) {
    auto apply_span = [&](const std::string& unit, int lo, int hi, size_t pos, size_t len) {
        if (!c.free(pos, len) || lo < 0 || hi > 100) return;
        auto at = [&](int n) {
            return unit == "day"     ? shifted(c, -n, 0, 0, 0, "day")
                   : unit == "week"  ? shifted(c, 0, -n, 0, 0, "day")
                   : unit == "month" ? shifted(c, 0, 0, -n, 0, "month")
                                     : shifted(c, 0, 0, 0, -n, "year");
        };
        DateFound f = at(hi);
        if (lo != hi) {  // "2-3 years ago": from the older end to the newer
            const DateFound g = at(lo);
            f.range = true;
            f.y2 = g.y, f.m2 = g.m, f.d2 = g.d;
            f.precision2 = g.precision;
        }
        f.pos = pos;
        f.len = len;
        c.take(f);
    };
    auto apply = [&](const std::string& unit, int n, size_t pos, size_t len) { apply_span(unit, n, n, pos, len); };
    // N UNIT AGO: "two weeks ago", "3 giorni fa", "две недели назад", "iki hafta önce", "两周前", "2주 전"
    for (const auto& ago : lex.ago) {
        size_t from = 0, alen = 0;
        for (size_t pos; (pos = find_phrase(c.s, ago, from, &alen)) != std::string_view::npos; from = pos + 1) {
            size_t p = pos;
            while (p > 0 && c.s[p - 1] == ' ') --p;
            bool matched = false;
            for (const auto& [u, unit] : lex.units) {
                std::string stem = u.back() == '*' ? u.substr(0, u.size() - 1) : u;
                // the unit word ends at p; for a stem, find the stem start within the last word
                size_t ws = p;
                while (ws > 0 && c.s[ws - 1] != ' ' && !is_digit(c.s[ws - 1])) --ws;
                std::string_view word = c.s.substr(ws, p - ws);
                size_t us = std::string_view::npos;
                if (u.back() == '*' ? word.substr(0, stem.size()) == stem : word == stem) us = ws;
                else if (static_cast<unsigned char>(stem[0]) >= 0xE0 && word.size() >= stem.size() && word.substr(word.size() - stem.size()) == stem)
                    us = p - stem.size();  // CJK: 两周 — the unit is the tail of the run
                if (us == std::string_view::npos) continue;
                size_t ns = us;
                int lo = 0, hi = 0;
                if (!count_span_before(c.s, us, lex, ns, lo, hi)) continue;  // "a few years ago", "前" alone: too vague to date
                apply_span(unit, lo, hi, ns, pos + alen - ns);
                matched = true;
                break;
            }
            // The unit before the count: "года два-три назад", "лет пять назад" (a Russian way of
            // saying "about").
            if (!matched) {
                size_t cs = p;
                int lo = 0, hi = 0;
                if (cs == 0 || !count_span_before(c.s, p, lex, cs, lo, hi) || cs == p) continue;
                size_t ue = cs;
                while (ue > 0 && c.s[ue - 1] == ' ') --ue;
                size_t ws = ue;
                while (ws > 0 && c.s[ws - 1] != ' ') --ws;
                const std::string_view word = c.s.substr(ws, ue - ws);
                if (word.empty()) continue;
                for (const auto& [u, unit] : lex.units) {
                    const std::string stem = u.back() == '*' ? u.substr(0, u.size() - 1) : u;
                    if (u.back() == '*' ? word.substr(0, stem.size()) != stem : word != stem) continue;
                    // a unit after a number reads forward ("2 года назад" was read above); this
                    // form is the unit written first, so it must not end a count of its own
                    apply_span(unit, lo, hi, ws, pos + alen - ws);
                    break;
                }
            }
        }
    }
    // AGO N UNIT: "il y a deux semaines", "há 3 meses", "vor zwei Wochen"
    for (const auto& pre : lex.ago_prefix) {
        size_t from = 0, plen = 0;
        for (size_t pos; (pos = find_phrase(c.s, pre, from, &plen)) != std::string_view::npos; from = pos + 1) {
            size_t p = skip_spaces(c.s, pos + plen);
            // "il y a environ dix jours", "vor etwa zwei Wochen": a hedge between the two
            for (const auto& ap : lex.approx)
                if (!ap.empty() && c.s.substr(p, ap.size()) == ap && p + ap.size() < c.s.size() && c.s[p + ap.size()] == ' ') {
                    p = skip_spaces(c.s, p + ap.size());
                    break;
                }
            int n = -1;
            size_t q = p;
            while (q < c.s.size() && is_digit(c.s[q])) ++q;
            if (q > p && q - p <= 4) n = std::stoi(std::string(c.s.substr(p, q - p)));
            else
                for (const auto& [w, v] : lex.number_words)
                    if (c.s.substr(p, w.size()) == w && (p + w.size() >= c.s.size() || c.s[p + w.size()] == ' ')) {
                        n = v;
                        q = p + w.size();
                        break;
                    }
            if (n < 0) n = 1, q = p;
            q = skip_spaces(c.s, q);
            for (const auto& [u, unit] : lex.units) {
                size_t ulen = 0;
                if (find_phrase(c.s, u, q, &ulen) == q) {
                    apply(unit, n, pos, q + ulen - pos);
                    break;
                }
            }
        }
    }
    // "last Tuesday" / "on Tuesday": the most recent such weekday before today. Before the fixed
    // phrases, so that "上周日" (last week's Sunday) is the Sunday, not "上周" (a week ago).
    for (const auto& [w, wd] : lex.weekdays) {
        size_t from = 0, wlen = 0;
        for (size_t pos; (pos = find_phrase(c.s, w, from, &wlen)) != std::string_view::npos; from = pos + 1) {
            if (!c.free(pos, wlen)) continue;
            const int64_t today = days_from_civil(c.today.year, c.today.month, c.today.day);
            int back = (weekday_from_days(today) - wd + 7) % 7;
            if (back == 0) back = 7;
            size_t start = pos;
            std::string_view before = c.s.substr(0, pos);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            for (const auto& pre : lex.last_week_weekday)
                if (before.size() >= pre.size() && before.substr(before.size() - pre.size()) == pre) {
                    // the day in the week before this one (weeks start on Monday)
                    const int since_monday = (weekday_from_days(today) + 6) % 7;
                    back = since_monday + 7 - (wd + 6) % 7;
                    start = before.size() - pre.size();
                    break;
                }
            DateFound f = shifted(c, -back, 0, 0, 0, "day");
            f.pos = start;
            f.len = pos + wlen - start;
            if (start == pos) f.weekday = wd;  // not already "上周三"
            c.take(f);
        }
    }
    for (const auto& r : lex.relative) {
        size_t from = 0, rlen = 0;
        for (size_t pos; (pos = find_phrase(c.s, r.phrase, from, &rlen)) != std::string_view::npos; from = pos + 1) {
            if (!c.free(pos, rlen)) continue;
            DateFound f = shifted(c, r.days, r.weeks, r.months, r.years, r.precision);
            f.pos = pos;
            f.len = rlen;
            f.last_week = r.weeks == -1 && r.days == 0 && r.months == 0 && r.years == 0;
            c.take(f);
        }
    }
}

// A sign written with letters ("r" for the rand, "r$") stands apart from words: "Frühjahr 2020" and
// "2020 rief ich an" name no rand.
bool letter_at(std::string_view s, size_t i) { return i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])); }

// An asset or currency named at q ("2036 USD", "le 30 EUR"), or a currency sign just before b.
bool asset_at(std::string_view s, size_t q) {
    for (const auto& a : shared_vocab().assets) {
        if (!a.symbol) {
            if (find_phrase(s, a.phrase, q) == q) return true;
        } else if (s.substr(q, a.phrase.size()) == a.phrase && !(a.letter_sign && letter_at(s, q + a.phrase.size()))) {
            return true;
        }
    }
    return false;
}
bool sign_before(std::string_view s, size_t b) {
    for (const auto& a : shared_vocab().assets) {
        const size_t n = a.phrase.size();
        if (a.symbol && b >= n && s.substr(b - n, n) == a.phrase && !(a.letter_sign && b > n && letter_at(s, b - n - 1))) return true;
    }
    return false;
}

// ---- a day of the month alone --------------------------------------------------------------------

// "on the 30th", "le 30", "am 30.", "30-го", "30号", "30일에": the most recent day of that number
// up to today (this month's when it has come, else the month before that has it). Only the
// language's own templates: "il 30" is a date in Italian, not in a French reply.
void day_only(Ctx& c, const LangLex& lex) {
    if (lex.day_only.empty()) return;
    const std::string_view s = c.s;
    for (size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '/'))) continue;
        size_t e = i;
        while (e < s.size() && is_digit(s[e])) ++e;
        if (e - i > 2) {
            i = e;
            continue;
        }
        const int day = std::stoi(std::string(s.substr(i, e - i)));
        if (day < 1 || day > 31) continue;
        for (const auto& t : lex.day_only) {
            if (i < t.before.size() || s.substr(i - t.before.size(), t.before.size()) != t.before) continue;
            const size_t start = i - t.before.size();
            if (start > 0 && !t.before.empty() && is_letter(static_cast<unsigned char>(t.before[0])) && static_cast<unsigned char>(t.before[0]) < 0x80 &&
                (is_letter(static_cast<unsigned char>(s[start - 1])) || is_digit(s[start - 1])))
                continue;  // "all the 30th": the template starts at a word
            size_t end = e;
            if (s.substr(e, t.after.size()) != t.after) continue;
            end = e + t.after.size();
            if (t.after.empty() && s.substr(end, 2) == "er") end += 2;  // "le 1er"
            // Not a longer number, a decimal, a time or the first part of a longer word.
            if (end < s.size() && (is_digit(s[end]) || s[end] == ':')) continue;
            if (t.after.empty() && end + 1 < s.size() && (s[end] == '.' || s[end] == ',') && is_digit(s[end + 1])) continue;
            if (end < s.size() && !t.after.empty() && static_cast<unsigned char>(t.after.back()) < 0x80 && is_letter(static_cast<unsigned char>(t.after.back())) &&
                is_letter(static_cast<unsigned char>(s[end])))
                continue;
            if (t.after.empty() && end < s.size() && (is_letter(static_cast<unsigned char>(s[end])) || s[end] == '%')) continue;
            const size_t q = skip_spaces(s, end);
            if (asset_at(s, q) || sign_before(s, start)) continue;
            bool stop = false;
            for (const auto& w : lex.day_only_not_before) stop = stop || find_phrase(s, w, q) == q;
            for (const auto& [u, unit] : lex.units) stop = stop || find_phrase(s, u, q) == q;  // "le 30 jours"
            if (stop || !c.free(start, end - start)) continue;
            int y = c.today.year, m = c.today.month;
            auto back = [&] {
                if (--m < 1) m = 12, --y;
            };
            if (day > c.today.day) back();
            for (int k = 0; k < 3 && !valid_date(y, m, day); ++k) back();
            if (!valid_date(y, m, day)) continue;
            DateFound f = make_day(start, end - start, y, m, day);
            f.inferred_year = true;
            f.day_alone = true;
            c.take(f);
            break;
        }
        i = e;
    }
}

// ---- years alone -------------------------------------------------------------------------------

void years_alone(Ctx& c) {
    const std::string text(c.s);
    static const RE2 re(R"((19[89]\d|20\d\d))");
    const re2::StringPiece input(text);
    re2::StringPiece found;
    for (size_t start = 0; start < text.size() && re.Match(input, start, text.size(), RE2::UNANCHORED, &found, 1);) {
        const size_t pos = static_cast<size_t>(found.data() - text.data());
        start = pos + 4;
        if (!c.free(pos, 4)) continue;
        if (pos > 0 && (is_digit(text[pos - 1]) || text[pos - 1] == '.' || text[pos - 1] == ',' || text[pos - 1] == '$')) continue;
        if (pos + 4 < text.size() && (is_digit(text[pos + 4]) || ((text[pos + 4] == '.' || text[pos + 4] == ',') && pos + 5 < text.size() && is_digit(text[pos + 5]))))
            continue;
        const int y = std::stoi(std::string(found));
        if (!year_ok(y, c.today)) continue;
        // "2036 USD" / "2000 €" is an amount: a year is not followed by an asset or currency.
        if (asset_at(c.s, skip_spaces(c.s, pos + 4)) || (pos > 0 && sign_before(c.s, skip_spaces_back(c.s, pos)))) continue;
        DateFound f;
        f.pos = pos;
        f.len = 4;
        f.y = y;
        f.precision = "year";
        c.take(f);
    }
}

// "nach Ostern", "antes do Natal", "春节前", "bayramda": the days of a holiday, or the week before
// or after it (holidays.cpp), as a range of days the client is not exact about.
void holiday_names(Ctx& c) {
    for (const HolidayFound& h : find_holidays(c.s, c.today)) {
        if (!c.free(h.pos, h.len)) continue;
        const CivilDate a = civil_from_days(h.first_day), b = civil_from_days(h.last_day);
        DateFound f = make_day(h.pos, h.len, a.year, a.month, a.day);
        f.approx = true;
        f.holiday = true;
        if (h.last_day != h.first_day) {
            f.range = true;
            f.y2 = b.year, f.m2 = b.month, f.d2 = b.day;
            f.precision2 = "day";
        }
        c.take(f);
    }
}

// "direkt nach Ostern, am Dienstag", "the Tuesday after Easter": a weekday beside a holiday's
// range is that weekday within it, not the last such weekday before today.
void weekday_in_holiday(std::vector<DateFound>& out, std::string_view s) {
    for (size_t i = 0; i + 1 < out.size(); ++i) {
        DateFound& a = out[i];
        const DateFound& b = out[i + 1];
        const DateFound* range = a.holiday && a.range ? &a : b.holiday && b.range ? &b : nullptr;
        const DateFound* weekday = range == &a ? &b : &a;
        if (!range || weekday->weekday < 0 || weekday->range) continue;
        const std::string_view gap = s.substr(a.pos + a.len, b.pos - a.pos - a.len);
        if (gap.size() > 12 || gap.find_first_of(".;!?") != std::string_view::npos) continue;
        const int64_t lo = days_from_civil(range->y, range->m, range->d), hi = days_from_civil(range->y2, range->m2, range->d2);
        int64_t day = lo;
        while (day <= hi && weekday_from_days(day) != weekday->weekday) ++day;
        if (day > hi) continue;
        const CivilDate d = civil_from_days(day);
        DateFound f = make_day(a.pos, b.pos + b.len - a.pos, d.year, d.month, d.day);
        f.approx = true;
        f.holiday = true;
        out[i] = f;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
}

bool ends_with_word(std::string_view s, std::string_view w) {
    if (s.size() < w.size() || s.substr(s.size() - w.size()) != w) return false;
    return s.size() == w.size() || !is_letter(static_cast<unsigned char>(s[s.size() - w.size() - 1])) || static_cast<unsigned char>(w[0]) >= 0x80;
}

// "3 февр. прошлого года", "the 5th of March last year", "去年3月5日", "작년 3월 5일": a day or
// month without a year next to a relative year phrase is in that year.
void relative_year_of_day(std::vector<DateFound>& out, std::string_view s) {
    static const std::vector<std::string_view> joiners = {"of", "de", "del", "do", "di", "dell'", "des", "du", "of the"};
    for (size_t i = 0; i < out.size(); ++i) {
        DateFound& f = out[i];
        if (!f.inferred_year || f.relative || f.range || (f.precision != "day" && f.precision != "month")) continue;
        auto gap_ok = [&](size_t a, size_t b) {
            std::string gap = trim(s.substr(a, b - a));
            while (!gap.empty() && (gap.back() == ',' || gap.front() == ',')) gap = trim(gap.back() == ',' ? gap.substr(0, gap.size() - 1) : gap.substr(1));
            return gap.empty() || std::find(joiners.begin(), joiners.end(), gap) != joiners.end();
        };
        // ... and a day alone next to a relative month ("上个月12号", "le 12 du mois dernier") is in that month
        auto year_phrase = [&](const DateFound& g) { return g.relative && (g.precision == "year" || (g.precision == "month" && f.day_alone)); };
        size_t k = out.size();
        if (i + 1 < out.size() && year_phrase(out[i + 1]) && gap_ok(f.pos + f.len, out[i + 1].pos)) k = i + 1;
        else if (i > 0 && year_phrase(out[i - 1]) && gap_ok(out[i - 1].pos + out[i - 1].len, f.pos)) k = i - 1;
        if (k == out.size()) continue;
        const DateFound& g = out[k];
        const int m = g.precision == "month" ? g.m : f.m;
        if (f.d && !valid_date(g.y, m, f.d)) continue;
        const size_t lo = std::min(f.pos, g.pos), hi = std::max(f.pos + f.len, g.pos + g.len);
        f.y = g.y;
        f.m = m;
        f.inferred_year = false;
        f.pos = lo;
        f.len = hi - lo;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
        if (k < i) --i;
    }
}

// "last week on Wednesday", "на прошлой неделе, в среду", "Mittwoch letzte Woche": the weekday of
// the week before this one (weeks start on Monday), not the most recent one nor seven days ago.
void weekday_of_last_week(std::vector<DateFound>& out, std::string_view s, const CivilDate& today) {
    auto close = [&](size_t a, size_t b) {  // only spaces, commas and up to two short words between
        int words = 0;
        for (size_t k = a; k < b;) {
            if (s[k] == ' ' || s[k] == ',') {
                ++k;
                continue;
            }
            size_t e = k, cps = 0;
            while (e < b && s[e] != ' ' && s[e] != ',') {
                if ((static_cast<unsigned char>(s[e]) & 0xC0) != 0x80) ++cps;
                ++e;
            }
            if (cps > 3 || ++words > 2) return false;
            k = e;
        }
        return true;
    };
    for (size_t i = 0; i + 1 < out.size(); ++i) {
        DateFound& a = out[i];
        const DateFound& b = out[i + 1];
        const DateFound* wd = a.weekday >= 0 && b.last_week ? &a : b.weekday >= 0 && a.last_week ? &b : nullptr;
        if (!wd || !close(a.pos + a.len, b.pos)) continue;
        const int64_t t = days_from_civil(today.year, today.month, today.day);
        const int since_monday = (weekday_from_days(t) + 6) % 7;
        const CivilDate d = civil_from_days(t - (since_monday + 7 - (wd->weekday + 6) % 7));
        DateFound f = *wd;
        f.y = d.year, f.m = d.month, f.d = d.day;
        f.weekday = -1;
        f.len = b.pos + b.len - a.pos;
        f.pos = a.pos;
        out[i] = f;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
}

// "Wednesday 14 October", "dimanche 1er mars", "14 October, a Wednesday", "Monday evening the
// 26th": a weekday written with a day of the month is that day, not the most recent such
// weekday. The weekday only picks among the readings of a date without a year (this year's or
// last year's; for a day alone, the most recent month that has it on that weekday) or confirms.
void weekday_with_day(std::vector<DateFound>& out, std::string_view s, const CivilDate& today) {
    const int64_t now = days_from_civil(today.year, today.month, today.day);
    // only spaces, commas, parentheses and up to two words of letters between ("evening the", "le",
    // "a", "evening (3 Oct)")
    auto close = [&](size_t a, size_t b) {
        int words = 0;
        for (size_t k = a; k < b;) {
            if (s[k] == ' ' || s[k] == ',' || s[k] == '(' || s[k] == ')') {
                ++k;
                continue;
            }
            size_t e = k;
            while (e < b && s[e] != ' ' && s[e] != ',' && s[e] != '(' && s[e] != ')') {
                if (!is_letter(static_cast<unsigned char>(s[e])) && s[e] != '\'' && s[e] != '-') return false;
                ++e;
            }
            if (++words > 2) return false;
            k = e;
        }
        return true;
    };
    auto on_weekday = [](int y, int m, int d, int wd) { return weekday_from_days(days_from_civil(y, m, d)) == wd; };
    // The most recent day `d` (up to tomorrow) within a year that falls on `wd`; -1 month when none.
    auto recent_day = [&](int d, int wd, int& y, int& m) {
        int yy = today.year, mm = today.month;
        for (int k = 0; k < 13; ++k) {
            if (valid_date(yy, mm, d) && days_from_civil(yy, mm, d) <= now + 1 && (wd < 0 || on_weekday(yy, mm, d, wd))) {
                y = yy, m = mm;
                return true;
            }
            if (--mm < 1) mm = 12, --yy;
        }
        return false;
    };
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i].weekday < 0 || out[i].range) continue;
        const int wd = out[i].weekday;
        auto day_date = [&](const DateFound& g) { return g.precision == "day" && g.weekday < 0 && !g.relative && !g.range; };
        size_t k = out.size();
        if (i + 1 < out.size() && day_date(out[i + 1]) && close(out[i].pos + out[i].len, out[i + 1].pos)) k = i + 1;
        else if (i > 0 && day_date(out[i - 1]) && close(out[i - 1].pos + out[i - 1].len, out[i].pos)) k = i - 1;
        if (k < out.size()) {
            DateFound g = out[k];
            if (g.day_alone) {
                int y = 0, m = 0;
                if (recent_day(g.d, wd, y, m)) g.y = y, g.m = m;
            } else if (g.inferred_year && !on_weekday(g.y, g.m, g.d, wd) && valid_date(g.y - 1, g.m, g.d) && on_weekday(g.y - 1, g.m, g.d, wd)) {
                --g.y;
            }
            const size_t lo = std::min(g.pos, out[i].pos), hi = std::max(g.pos + g.len, out[i].pos + out[i].len);
            g.pos = lo;
            g.len = hi - lo;
            out[i] = g;
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
            if (k < i) --i;
            continue;
        }
        // "Monday evening the 26th", "Monday, 26th": a bare day number no template read
        size_t q = out[i].pos + out[i].len;
        int words = 0;
        while (q < s.size() && words <= 2) {
            while (q < s.size() && (s[q] == ' ' || s[q] == ',')) ++q;
            if (q < s.size() && is_digit(s[q])) break;
            size_t e = q;
            while (e < s.size() && is_letter(static_cast<unsigned char>(s[e]))) ++e;
            if (e == q) break;
            ++words;
            q = e;
        }
        if (q >= s.size() || !is_digit(s[q]) || words > 2 || (i + 1 < out.size() && out[i + 1].pos < q + 2)) continue;
        int d = 0, digits = 0;
        const size_t e = number_after(s, q, d, digits);
        if (e == std::string_view::npos || digits > 2 || d < 1 || d > 31) continue;
        if (e < s.size() && (is_digit(s[e]) || s[e] == ':' || is_letter(static_cast<unsigned char>(s[e])))) continue;
        // "Monday 3 times", "Monday 50 EUR": a count or a sum. A number without an ordinal suffix
        // is a day only at the end of the clause.
        const size_t after = skip_spaces(s, e);
        if (asset_at(s, after)) continue;
        bool count = e == q + static_cast<size_t>(digits) && after < s.size() && is_letter(static_cast<unsigned char>(s[after]));
        for (const auto& l : lexicons()) {
            for (const auto& w : l.day_only_not_before) count = count || find_phrase(s, w, after) == after;
            for (const auto& u : l.units) count = count || find_phrase(s, u.first, after) == after;
        }
        int y = 0, m = 0;
        if (count || !recent_day(d, wd, y, m)) continue;
        DateFound g = make_day(out[i].pos, e - out[i].pos, y, m, d);
        g.inferred_year = true;
        g.day_alone = true;
        out[i] = g;
    }
}

// "mid-2020", "fin 2018", "Anfang 2020", "в конце прошлого года", "2020年初", "작년 말": a year
// with a part of it named is a range of months, so that the month tolerances apply.
void year_parts(std::vector<DateFound>& out, std::string_view s) {
    static const std::vector<std::string_view> joiners = {"of", "the", "de", "del", "di", "dell'", "des", "du", "do", "da", "l'", "des"};
    for (auto& f : out) {
        if (f.precision != "year" || f.range) continue;
        const LangLex::YearPart* part = nullptr;
        size_t start = f.pos, end = f.pos + f.len;
        std::string_view before = s.substr(0, f.pos);
        while (!before.empty() && (before.back() == ' ' || before.back() == '-')) before.remove_suffix(1);
        for (int pass = 0; pass < 2 && !part; ++pass) {
            for (const auto& l : lexicons()) {
                for (const auto& p : l.year_parts)
                    if (ends_with_word(before, p.phrase)) {
                        part = &p;
                        start = before.size() - p.phrase.size();
                        break;
                    }
                if (part) break;
            }
            // "the end of 2018", "meados de 2020": one joiner between
            if (!part && pass == 0) {
                bool cut = false;
                for (auto j : joiners)
                    if (ends_with_word(before, j)) {
                        before.remove_suffix(j.size());
                        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                        cut = true;
                        break;
                    }
                if (!cut) break;
            }
        }
        if (!part) {
            for (const auto& l : lexicons()) {
                if (l.year_parts_after.empty()) continue;
                size_t q = f.pos + f.len;
                while (q < s.size() && s[q] == ' ') ++q;
                // "2020'nin başında": a suffix glued with an apostrophe
                if (q < s.size() && s[q] == '\'') {
                    size_t r = q + 1;
                    while (r < s.size() && std::isalpha(static_cast<unsigned char>(s[r]))) ++r;
                    if (r - q <= 4) q = r;
                }
                for (const auto& link : l.year_part_links)
                    if (s.substr(q, link.size()) == link) {
                        q += link.size();
                        break;
                    }
                while (q < s.size() && s[q] == ' ') ++q;
                for (const auto& p : l.year_parts_after) {
                    size_t len = 0;
                    if (find_phrase(s, p.phrase, q, &len) == q) {
                        part = &p;
                        end = q + len;
                        break;
                    }
                }
                if (part) break;
            }
        }
        if (!part) continue;
        f.pos = start;
        f.len = end - start;
        f.m = part->from;
        f.precision = "month";
        f.range = true;
        f.y2 = f.y;
        f.m2 = part->to;
        f.d = f.d2 = 0;
        f.precision2 = "month";
        f.approx = true;
        f.vague = true;
        if (part->from == part->to) f.range = false;
    }
}

// "Пополнял весной", "in the spring", "im Herbst", "봄에": a season named without a year is the
// most recent one that has begun (this year's once its first month has come, else last year's),
// a vague range of its months; winter runs from December into the next year. A season next to a
// year was read by year_parts already and is not read again.
void seasons_alone(std::vector<DateFound>& out, std::string_view s, const CivilDate& today, const LangLex& primary) {
    std::vector<bool> taken(s.size(), false);
    for (const auto& f : out)
        for (size_t k = f.pos; k < f.pos + f.len && k < s.size(); ++k) taken[k] = true;
    auto scan = [&](const LangLex& l) {
        for (const auto& p : l.seasons) {
            size_t from = 0, len = 0;
            for (size_t pos; (pos = find_phrase(s, p.phrase, from, &len)) != std::string_view::npos; from = pos + 1) {
                bool free = true;
                for (size_t k = pos; k < pos + len; ++k) free = free && !taken[k];
                if (!free) continue;
                for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
                DateFound f;
                f.pos = pos;
                f.len = len;
                if (p.from <= p.to) {
                    f.y = today.month >= p.from ? today.year : today.year - 1;
                    f.y2 = f.y;
                } else {  // winter: December to February
                    f.y = today.month >= p.from ? today.year : today.year - 1;
                    f.y2 = f.y + 1;
                }
                f.m = p.from;
                f.m2 = p.to;
                f.precision = f.precision2 = "month";
                f.range = true;
                f.approx = f.vague = true;
                out.push_back(f);
            }
        }
    };
    scan(primary);
    for (const auto& l : lexicons())
        if (l.lang != primary.lang) scan(l);
    std::sort(out.begin(), out.end(), [](const DateFound& a, const DateFound& b) { return a.pos < b.pos; });
}

// "Im Frühjahr 2020, ich glaube April", "mid-2020 (June or July)", "2019, March I think": a month
// named right after a year or a part of one narrows it, and takes its year.
void narrow_vague(std::vector<DateFound>& out, std::string_view s, const CivilDate& today) {
    for (size_t i = 0; i + 1 < out.size(); ++i) {
        const DateFound& a = out[i];
        DateFound b = out[i + 1];
        if (!(a.vague || (a.precision == "year" && !a.range && !a.relative)) || !b.inferred_year) continue;
        if (b.precision != "month" && b.precision != "day") continue;
        // close by: a few words ("ich glaube", "точно помню, что это был", "大概是"), no other number
        const std::string_view between = s.substr(a.pos + a.len, b.pos - (a.pos + a.len));
        size_t cps = 0, words = 0;
        for (size_t k = 0; k < between.size(); ++k) {
            if ((static_cast<unsigned char>(between[k]) & 0xC0) != 0x80) ++cps;
            if (between[k] != ' ' && (k == 0 || between[k - 1] == ' ')) ++words;
        }
        if (cps > 40 || words > 6) continue;
        if (std::any_of(between.begin(), between.end(), [](char ch) { return is_digit(ch) || ch == '.' || ch == ';'; })) continue;
        const int shift = b.range ? b.y2 - b.y : 0;
        b.y = a.y;
        if (b.range) b.y2 = a.y + shift;
        const int lo_m = a.vague ? a.m : 1, hi_m = a.vague ? (a.range ? a.m2 : a.m) : 12;
        if (b.m < lo_m || (b.range ? b.m2 : b.m) > hi_m || b.y2 > a.y) continue;
        if (b.d && !valid_date(b.y, b.m, b.d)) continue;
        if (days_from_civil(b.y, b.m, std::max(b.d, 1)) > days_from_civil(today.year, today.month, today.day)) continue;
        b.inferred_year = false;
        b.approx = true;
        b.len = b.pos + b.len - a.pos;
        b.pos = a.pos;
        out[i] = b;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
}

}  // namespace

std::string DateFound::iso() const {
    if (precision == "year") return std::to_string(y);
    if (precision == "month") return std::to_string(y) + "-" + two(m);
    return std::to_string(y) + "-" + two(m) + "-" + two(d);
}
std::string DateFound::iso2() const {
    if (precision2 == "year") return std::to_string(y2);
    if (precision2 == "month") return std::to_string(y2) + "-" + two(m2);
    return std::to_string(y2) + "-" + two(m2) + "-" + two(d2);
}
std::string DateFound::alt_iso() const { return std::to_string(alt_y) + "-" + two(alt_m) + "-" + two(alt_d); }

bool inherit_year(DateFound& d, const DateFound& earlier, int64_t now) {
    if (!d.inferred_year || d.relative || d.range || d.weekday >= 0 || earlier.inferred_year || earlier.relative) return false;
    if (d.precision != "month" && d.precision != "day") return false;
    int m = d.m;
    if (d.day_alone) {
        if (earlier.precision == "year") return false;
        m = earlier.m;
    }
    const int y = earlier.y;
    if (d.d && !valid_date(y, m, d.d)) return false;
    const CivilDate today = date_of(now);
    if (days_from_civil(y, m, std::max(d.d, 1)) > days_from_civil(today.year, today.month, today.day)) return false;
    d.y = y;
    d.m = m;
    d.inferred_year = false;
    d.day_alone = false;
    return true;
}

std::vector<DateFound> find_dates(std::string_view folded, const LangLex& primary, int64_t now) {
    Ctx c{folded, primary, now, date_of(now), std::vector<bool>(folded.size(), false), {}};
    numeric_forms(c);
    holiday_names(c);
    relative_forms(c, primary);
    for (const auto& l : lexicons())
        if (l.lang != primary.lang) relative_forms(c, l);
    month_names(c, primary);
    for (const auto& l : lexicons())
        if (l.lang != primary.lang) month_names(c, l);
    day_only(c, primary);
    years_alone(c);
    std::sort(c.out.begin(), c.out.end(), [](const DateFound& a, const DateFound& b) { return a.pos < b.pos; });
    relative_year_of_day(c.out, folded);
    weekday_in_holiday(c.out, folded);
    weekday_with_day(c.out, folded, c.today);
    weekday_of_last_week(c.out, folded, c.today);
    year_parts(c.out, folded);
    seasons_alone(c.out, folded, c.today, primary);

    // "around 9th of May", "environ le 3 mars": the client is not sure
    for (auto& f : c.out) {
        std::string_view before = folded.substr(0, f.pos);
        while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
        for (const char* j : {"the", "le", "on", "em", "am", "il", "el", "de"})
            if (ends_with_word(before, j)) {
                before.remove_suffix(std::string_view(j).size());
                while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                break;
            }
        for (const auto& l : lexicons())
            for (const auto& a : l.approx)
                if (ends_with_word(before, a)) f.approx = true;
        // "15 Ekim gibi", "11월 5일쯤", "3月5号左右", "il 5 marzo circa": the hedge after the date
        for (const auto& l : lexicons())
            if (follows_hedge(folded, f.pos + f.len, l, false)) f.approx = true;
    }
    // Ranges: "between March and May 2024", "2024-03-01 - 2024-03-10", "от ... до ..."
    std::vector<DateFound> merged;
    for (size_t i = 0; i < c.out.size(); ++i) {
        DateFound f = c.out[i];
        if (i + 1 < c.out.size()) {
            DateFound g = c.out[i + 1];
            const std::string between = trim(folded.substr(f.pos + f.len, g.pos - f.pos - f.len));
            bool joined = false;
            for (const auto& l : lexicons())
                for (const auto& j : l.range_joiners)
                    if (between == j) joined = true;
            if (joined && between != "and" && between != "et" && between != "e" && between != "und" && between != "и" && between != "ve") {
                // "and" joins a range only after "between"
            }
            bool opener = false;
            std::string_view before = folded.substr(0, f.pos);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            for (const auto& l : lexicons())
                for (const auto& o : l.range_openers)
                    if (ends_with_word(before, o)) opener = true;
            const bool weak_joiner = between == "and" || between == "et" || between == "e" || between == "und" || between == "и" || between == "ve";
            // "June or July", "am 3. oder 4. März": the client hesitates between two close dates
            bool alternative = false;
            if (!joined && !f.range && !g.range && f.precision == g.precision && (f.precision == "month" || f.precision == "day"))
                for (const auto& l : lexicons())
                    for (const auto& j : l.alt_joiners)
                        if (between == j) alternative = true;
            if (alternative) {
                DateFound lo = f, hi = g;
                if (f.inferred_year && !g.inferred_year) lo.y = g.y - (f.m > g.m ? 1 : 0);
                if (days_from_civil(hi.y, hi.m, std::max(hi.d, 1)) < days_from_civil(lo.y, lo.m, std::max(lo.d, 1))) std::swap(lo, hi);
                const int64_t gap = days_from_civil(hi.y, hi.m, std::max(hi.d, 1)) - days_from_civil(lo.y, lo.m, std::max(lo.d, 1));
                if (gap <= 92) {
                    lo.pos = f.pos;
                    lo.len = g.pos + g.len - f.pos;
                    lo.range = true;
                    lo.y2 = hi.y, lo.m2 = hi.m, lo.d2 = hi.d;
                    lo.precision2 = hi.precision;
                    lo.approx = true;
                    merged.push_back(lo);
                    ++i;
                    continue;
                }
            }
            if (joined && (!weak_joiner || opener)) {
                // "between March and May 2024": the first part takes the second's year; "mid 2021 —
                // August": the second takes the first's
                if (f.inferred_year && !g.inferred_year) f.y = g.y - (f.m > g.m ? 1 : 0);
                else if (!f.inferred_year && g.inferred_year && !g.relative) g.y = f.y + (g.m < f.m ? 1 : 0);
                f.range = true;
                f.y2 = g.y, f.m2 = g.m, f.d2 = g.d;
                f.precision2 = g.precision;
                f.len = g.pos + g.len - f.pos;
                f.approx = f.approx || g.approx;
                merged.push_back(f);
                ++i;
                continue;
            }
        }
        merged.push_back(f);
    }
    narrow_vague(merged, folded, c.today);
    return merged;
}

}  // namespace ownercheck::claims
