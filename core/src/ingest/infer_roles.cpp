#include <algorithm>
#include <set>
#include "ingest/infer_roles.hpp"

#include "ingest/record.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/vocab.hpp"

namespace ownercheck::ingest {

namespace {

// "Chrome (Windows)", "Safari on iPhone", "Pixel 8": what a login history's Device column shows.
bool looks_like_device(std::string_view v) {
    static constexpr std::string_view kWords[] = {"chrome", "firefox", "safari", "edge", "opera", "brave", "windows", "macos",
                                                  "mac os", "ios", "android", "linux", "ubuntu", "iphone", "ipad", "pixel",
                                                  "galaxy", "samsung", "xiaomi", "huawei", "macbook"};
    if (v.size() > 80) return false;
    for (auto w : kWords)
        if (icontains(v, w)) return true;
    return false;
}

// Where the value names a place: 'c' for a country name ("Germany"), 'l' for a city and a
// country ("Berlin, Germany", "Lyon / FR"), 0 otherwise.
char place_kind(std::string_view v) {
    if (v.size() <= 2 || v.size() > 64) return 0;
    Interned city, country;
    split_location(v, city, country);
    const std::string_view cc = country.view();
    if (cc.size() != 2 || !is_alpha(cc[0]) || to_upper(cc[0]) != cc[0] || to_upper(cc[1]) != cc[1]) return 0;
    return city.empty() ? 'c' : 'l';
}

// A console's row numbers ("#": 1, 2, 3 … or counting down): whole numbers that step by one
// from row to row. Not an amount, whatever the header says; three rows at least to tell.
bool row_numbers(const std::vector<std::vector<std::string>>& rows, size_t c) {
    long long previous = 0, step = 0;
    size_t seen = 0;
    for (const auto& row : rows) {
        if (c >= row.size()) return false;
        const std::string_view v = trim(row[c]);
        const auto n = parse_uint(v);
        if (!n || v.size() > 9) return false;
        const long long value = static_cast<long long>(*n);
        if (seen > 0) {
            const long long d = value - previous;
            if ((d != 1 && d != -1) || (step != 0 && d != step)) return false;
            step = d;
        }
        previous = value;
        ++seen;
    }
    return seen >= 3;
}

// A chart tool's record count (Tableau's "Number of Records", a count beside each grouped row):
// the same whole number on every row, three rows at least. Not an amount, whatever it is named.
bool constant_count(const std::vector<std::vector<std::string>>& rows, size_t c) {
    std::string_view first;
    size_t seen = 0;
    for (const auto& row : rows) {
        if (c >= row.size()) return false;
        const std::string_view v = trim(row[c]);
        if (!parse_uint(v) || v.size() > 4 || (seen > 0 && v != first)) return false;
        first = v;
        ++seen;
    }
    return seen >= 3;
}

// Coin or currency codes on every row ("ETH", "AUD", "USDT"), three rows at least.
bool coin_codes(const std::vector<std::vector<std::string>>& rows, size_t c) {
    size_t seen = 0;
    for (const auto& row : rows) {
        if (c >= row.size()) return false;
        const std::string_view v = trim(row[c]);
        if (v.size() < 2 || v.size() > 6 || !is_alpha(v[0])) return false;
        for (char ch : v)
            if (!is_digit(ch) && !(is_alpha(ch) && to_upper(ch) == ch)) return false;
        ++seen;
    }
    return seen >= 3;
}

}  // namespace

std::vector<Role> infer_roles(const std::vector<std::vector<std::string>>& rows, size_t columns, std::vector<Role> known, bool text_is_event) {
    std::vector<Role> roles = known;
    roles.resize(columns, Role::None);
    std::vector<bool> taken(kRoleCount, false);
    for (Role r : roles) taken[static_cast<size_t>(r)] = true;
    if (taken[static_cast<size_t>(Role::Date)]) taken[static_cast<size_t>(Role::Time)] = true;
    auto claim = [&](size_t c, Role r) {
        if (roles[c] != Role::None || taken[static_cast<size_t>(r)]) return false;
        roles[c] = r;
        taken[static_cast<size_t>(r)] = true;
        return true;
    };
    // "Account" names a login in one export and a currency account in another (CoinJar: ETH, AUD):
    // a column read as the login's email whose values are all coin codes is the asset.
    // "Anzahl" (count) may name a chart tool's record count as well as a quantity: a constant 1 is
    // the count.
    for (size_t c = 0; c < columns; ++c) {
        if (roles[c] == Role::Email && !taken[static_cast<size_t>(Role::Asset)] && coin_codes(rows, c)) {
            roles[c] = Role::Asset;
            taken[static_cast<size_t>(Role::Asset)] = true;
        }
        if (roles[c] == Role::Amount && constant_count(rows, c)) {
            roles[c] = Role::Ignore;
            taken[static_cast<size_t>(Role::Amount)] = false;
        }
    }
    for (size_t c = 0; c < columns; ++c) {
        if (roles[c] != Role::None) continue;
        if (row_numbers(rows, c) || constant_count(rows, c)) {
            roles[c] = Role::Ignore;
            continue;
        }
        int time = 0, ip = 0, ua = 0, device = 0, cc = 0, place = 0, outcome = 0, event = 0, amount = 0, asset = 0, n = 0;
        std::set<std::string_view> asset_values;  // a ledger repeats its few assets; references ("PCJ7XJ") never repeat
        for (const auto& row : rows) {
            if (c >= row.size()) continue;
            const std::string_view v = trim(row[c]);
            if (v.empty()) continue;
            ++n;
            if (parse_timestamp(v)) ++time;
            if (!clean_ip(v).empty()) ++ip;
            if (v.find('/') != std::string_view::npos && (v.find('(') != std::string_view::npos || icontains(v, "mozilla") ||
                                                          icontains(v, "okhttp") || icontains(v, "python") || icontains(v, "curl")))
                ++ua;
            else if (const char p = place_kind(v))  // before devices: "Chios, Greece" holds "ios"
                (p == 'c' ? cc : place) += 1;
            else if (looks_like_device(v))
                ++device;
            if (v.size() == 2 && is_alpha(v[0]) && is_alpha(v[1]) && to_upper(v[0]) == v[0]) ++cc;
            if (map_outcome(v).outcome != Outcome::Unknown && !parse_uint(v)) ++outcome;
            {
                const EventType t = map_event_name(v).type;
                // "auth-01", "web3": a host name, not an event that names "auth".
                if (t != EventType::Other && t != EventType::Unknown && !parse_uint(v) && !is_digit(v.back())) ++event;
            }
            std::string unit;
            if (parse_amount(v, &unit) && unit.empty()) ++amount;
            if (v.size() >= 3 && v.size() <= 6) {
                bool up = true;
                for (char ch : v) up = up && (is_digit(ch) || (is_alpha(ch) && to_upper(ch) == ch) || ch == '.');
                if (up && is_alpha(v[0])) {
                    ++asset;
                    asset_values.insert(v);
                }
            }
        }
        if (n == 0) continue;
        const auto most = [&](int k) { return k * 10 >= n * 7; };
        if (most(time)) claim(c, Role::Time);
        else if (most(ip)) claim(c, Role::Ip);
        else if (most(ua)) claim(c, Role::UserAgent);
        // Beside an address, "Ledger", "Trezor", "MetaMask" label a wallet (an address book), not
        // the device that signed in.
        else if (most(device) && !taken[static_cast<size_t>(Role::Address)]) claim(c, Role::Device);
        else if (most(cc)) claim(c, Role::Country);
        else if (most(place)) claim(c, Role::Location);
        // "Password corretta | 2FA non valido": a second column of event-like words is the outcome
        // when its values read as one.
        else if (most(event) && (claim(c, Role::Event) || (most(outcome) && claim(c, Role::Result)))) {}
        else if (most(outcome)) claim(c, Role::Result);
        else if (most(amount)) claim(c, Role::Amount);
        else if (most(asset) && (asset_values.size() * 2 <= static_cast<size_t>(n) || n < 4)) claim(c, Role::Asset);
    }
    // A timeline without a header whose rows are a time and words ("🔐 Security event   2FA reset
    // requested · web", "€  Deposit   500,00 EUR"): the words say what happened. The column of the
    // longest text no value claimed is the event, read as a log line's message is.
    if (text_is_event && taken[static_cast<size_t>(Role::Time)] && !taken[static_cast<size_t>(Role::Event)]) {
        size_t best = columns, best_len = 0;
        for (size_t c = 0; c < columns; ++c) {
            if (roles[c] != Role::None) continue;
            size_t len = 0, n = 0;
            for (const auto& row : rows)
                if (c < row.size()) len += trim(row[c]).size(), ++n;
            if (n > 0 && len / n >= 12 && len > best_len) best = c, best_len = len;
        }
        if (best < columns) claim(best, Role::Event);
    }
    return roles;
}

}  // namespace ownercheck::ingest
