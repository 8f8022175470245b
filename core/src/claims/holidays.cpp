#include "claims/holidays.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "claims/text.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::claims {

namespace {

constexpr size_t npos = std::string_view::npos;

struct Holiday {
    std::string id;
    int fixed_month = 0, fixed_day = 0;
    std::optional<int> easter_offset;
    std::map<int, std::pair<int, int>> dates;  // year -> (month, day)
    int nth_month = 0, nth_weekday = 0, nth = 0;
    int start = 0, days = 1;
    std::vector<std::string> not_after;
    std::vector<size_t> any_of;  // "bayram": whichever of these came last
};

struct Name {
    std::string phrase;
    size_t holiday;
};

struct Table {
    std::vector<Holiday> holidays;
    std::vector<Name> names;  // longest first: "ramazan bayramı" before "bayram*"
    std::vector<std::string> before, after, articles, before_suffix, after_suffix;  // longest first
};

std::vector<std::string> longest_first(const nlohmann::json& list) {
    std::vector<std::string> out;
    for (const auto& w : list) out.push_back(w.get<std::string>());
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

const Table& table() {
    static const Table t = [] {
        Table t;
        const auto& j = data_table("claims_holidays.json");
        t.before = longest_first(j.at("before"));
        t.after = longest_first(j.at("after"));
        t.articles = longest_first(j.at("articles"));
        t.before_suffix = longest_first(j.at("before_suffix"));
        t.after_suffix = longest_first(j.at("after_suffix"));
        std::map<std::string, size_t> by_id;
        for (const auto& h : j.at("holidays")) by_id[h.at("id").get<std::string>()] = by_id.size();
        for (const auto& h : j.at("holidays")) {
            Holiday x;
            x.id = h.at("id").get<std::string>();
            if (h.contains("fixed")) std::sscanf(h["fixed"].get<std::string>().c_str(), "%d-%d", &x.fixed_month, &x.fixed_day);
            if (h.contains("easter")) x.easter_offset = h["easter"].get<int>();
            if (h.contains("dates"))
                for (const auto& [year, md] : h["dates"].items()) {
                    int m = 0, d = 0;
                    std::sscanf(md.get<std::string>().c_str(), "%d-%d", &m, &d);
                    x.dates[std::stoi(year)] = {m, d};
                }
            if (h.contains("nth_weekday")) {
                x.nth_month = h["nth_weekday"][0].get<int>();
                x.nth_weekday = h["nth_weekday"][1].get<int>();
                x.nth = h["nth_weekday"][2].get<int>();
            }
            x.start = h.value("start", 0);
            x.days = std::max(1, h.value("days", 1));
            if (h.contains("not_after"))
                for (const auto& w : h["not_after"]) x.not_after.push_back(w.get<std::string>());
            if (h.contains("any_of"))
                for (const auto& id : h["any_of"]) x.any_of.push_back(by_id.at(id.get<std::string>()));
            for (const auto& n : h.at("names")) t.names.push_back({n.get<std::string>(), t.holidays.size()});
            t.holidays.push_back(std::move(x));
        }
        std::stable_sort(t.names.begin(), t.names.end(), [](const Name& a, const Name& b) { return a.phrase.size() > b.phrase.size(); });
        return t;
    }();
    return t;
}

// The holiday's listed day in `year` (before its "start" shift), if it falls that year.
std::optional<int64_t> listed_day(const Holiday& h, int year) {
    if (h.fixed_month) return valid_date(year, h.fixed_month, h.fixed_day) ? std::optional<int64_t>(days_from_civil(year, h.fixed_month, h.fixed_day)) : std::nullopt;
    if (h.easter_offset) return easter_day(year) + *h.easter_offset;
    if (h.nth) {
        const int64_t first = days_from_civil(year, h.nth_month, 1);
        const int shift = (h.nth_weekday - weekday_from_days(first) + 7) % 7;
        return first + shift + 7 * (h.nth - 1);
    }
    const auto it = h.dates.find(year);
    if (it == h.dates.end()) return std::nullopt;
    return days_from_civil(year, it->second.first, it->second.second);
}

struct Days {
    int64_t first, last;
};

std::optional<Days> in_year(const Holiday& h, int year) {
    const auto d = listed_day(h, year);
    if (!d) return std::nullopt;
    return Days{*d + h.start, *d + h.start + h.days - 1};
}

// The occurrence the client means: the year written beside the name, else the latest one whose
// `lead` days before it have begun by today ("before Christmas" on 10 December is this Christmas).
std::optional<Days> occurrence(const Table& t, const Holiday& h, std::optional<int> year, int64_t today, int lead) {
    if (!h.any_of.empty()) {
        std::optional<Days> best;
        for (size_t k : h.any_of)
            if (auto d = occurrence(t, t.holidays[k], year, today, lead); d && (!best || d->first > best->first)) best = d;
        return best;
    }
    if (year) return in_year(h, *year);
    const int this_year = civil_from_days(today).year;
    for (int y = this_year + 1; y >= this_year - 2; --y)
        if (auto d = in_year(h, y); d && d->first - lead <= today + 1) return d;
    return std::nullopt;
}

bool ends_with_word(std::string_view s, std::string_view w) {
    if (s.size() < w.size() || s.substr(s.size() - w.size()) != w) return false;
    if (s.size() == w.size()) return true;
    return !wordish(cp_before(s, s.size() - w.size()));
}

std::string_view rtrim(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
    return s;
}

// A four-digit year right after the name ("Ostern 2025", "Natal de 2025") or right before it in
// the CJK way ("2025年春节", "2025년 추석"); `from`/`to` widen to take it in.
std::optional<int> year_beside(std::string_view s, size_t& from, size_t& to) {
    size_t k = to;
    while (k < s.size() && s[k] == ' ') ++k;
    for (std::string_view j : {"de ", "di ", "of ", "del "})
        if (s.substr(k, j.size()) == j) k += j.size();
    auto four = [&](size_t at) { return at + 4 <= s.size() && std::all_of(s.begin() + at, s.begin() + at + 4, [](char c) { return c >= '0' && c <= '9'; }); };
    if (four(k) && (k + 4 == s.size() || !(s[k + 4] >= '0' && s[k + 4] <= '9'))) {
        const int y = std::stoi(std::string(s.substr(k, 4)));
        if (y >= 2000 && y <= 2099) {
            to = k + 4;
            return y;
        }
    }
    std::string_view before = s.substr(0, from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::string_view mark : {"\xE5\xB9\xB4", "\xEB\x85\x84"}) {  // 年, 년
        if (before.size() < mark.size() + 4 || before.substr(before.size() - mark.size()) != mark) continue;
        const size_t at = before.size() - mark.size() - 4;
        if (!four(at) || (at > 0 && s[at - 1] >= '0' && s[at - 1] <= '9')) continue;
        const int y = std::stoi(std::string(s.substr(at, 4)));
        if (y < 2000 || y > 2099) continue;
        from = at;
        return y;
    }
    return std::nullopt;
}

}  // namespace

int64_t easter_day(int year) {  // the anonymous Gregorian algorithm (Meeus/Jones/Butcher)
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return days_from_civil(year, month, day);
}

std::vector<HolidayFound> find_holidays(std::string_view s, const CivilDate& now) {
    std::vector<HolidayFound> out;
    const Table& t = table();
    const int64_t today = days_from_civil(now.year, now.month, now.day);
    std::vector<bool> taken(s.size(), false);
    for (const Name& n : t.names) {
        size_t len = 0;
        for (size_t pos = find_phrase(s, n.phrase, 0, &len); pos != npos; pos = find_phrase(s, n.phrase, pos + 1, &len)) {
            if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(pos), taken.begin() + static_cast<std::ptrdiff_t>(pos + len), [](bool b) { return b; }))
                continue;
            const Holiday& h = t.holidays[n.holiday];
            const std::string_view left = rtrim(s.substr(0, pos));
            if (std::any_of(h.not_after.begin(), h.not_after.end(), [&](const std::string& w) { return ends_with_word(left, w); })) continue;
            size_t from = pos, to = pos + len;
            const std::optional<int> year = year_beside(s, from, to);
            // "before"/"after" before the name (an article may stand between), or after it
            char side = 0;
            std::string_view head = left;
            for (const auto& a : t.articles)
                if (ends_with_word(head, a)) {
                    head = rtrim(head.substr(0, head.size() - a.size()));
                    break;
                }
            for (const auto* list : {&t.before, &t.after}) {
                for (const auto& w : *list)
                    if (!side && ends_with_word(head, w)) {
                        side = list == &t.before ? 'b' : 'a';
                        from = head.size() - w.size();
                    }
            }
            for (const auto* list : {&t.before_suffix, &t.after_suffix}) {
                for (const auto& w : *list)
                    if (!side && s.substr(to, w.size()) == w && (to + w.size() == s.size() || !wordish(cp_at(s, to + w.size())) || !wordish(cp_before(s, to + w.size())))) {
                        side = list == &t.before_suffix ? 'b' : 'a';
                        to += w.size();
                    }
            }
            const auto days = occurrence(t, h, year, today, side == 'b' ? 7 : 0);
            if (!days) continue;
            HolidayFound f{from, to - from, days->first, days->last};
            if (side == 'a') f.first_day = days->last + 1, f.last_day = days->last + 7;
            if (side == 'b') f.first_day = days->first - 7, f.last_day = days->first - 1;
            for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
            out.push_back(f);
        }
    }
    std::sort(out.begin(), out.end(), [](const HolidayFound& a, const HolidayFound& b) { return a.pos < b.pos; });
    return out;
}

}  // namespace ownercheck::claims
