#include "ingest/record.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "ingest/assets.hpp"
#include "ingest/date_order.hpp"
#include "ingest/message_fields.hpp"
#include "ingest/money_text.hpp"
#include "ingest/text.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::ingest {

const TimeHints& BlockContext::hints_for(std::string_view value) {
    if (!voted_) {
        const std::string_view v = trim(value);
        // Only numeric a/b/c dates need the vote; ISO and month names never do.
        const char sep = v.size() < 3 || !is_digit(v[0]) ? 0 : !is_digit(v[1]) ? v[1] : v[2];
        if (sep == '/' || sep == '.' || sep == '-') {
            hints_.order = vote_date_order(text_);
            voted_ = true;
            if (hints_.order == DateOrder::YMD) guess_example_ = excerpt(v, 24);
            // No value of the block tells day from month. Dotted dates are day-first everywhere
            // (no guess); slash dates follow the block's language; dashes stay day-first.
            const size_t at = is_digit(v[1]) ? 2 : 1;
            const bool numeric = at + 1 < v.size() && is_digit(v[at + 1]);  // 04/01/2026, not 04/Jan/2026
            if (hints_.order == DateOrder::Unknown && sep != '.' && numeric) {
                guessed_sep_ = sep;
                guess_example_ = excerpt(v, 24);
                if (sep == '/') hints_.slash_order = language_date_order(text_, &guess_evidence_);
            }
        }
    }
    return hints_;
}

std::string BlockContext::date_order_note() const {
    if (hints_.order == DateOrder::YMD)
        return "dates like '" + guess_example_ + "' are read year first (yy-mm-dd): so read, the rows are in date order; read day first, they are not";
    if (guessed_sep_ == 0) return {};
    const bool day_first = guessed_sep_ != '/' || hints_.slash_order == DateOrder::DMY;
    std::string why = guessed_sep_ != '/' ? "dates with dashes are usually day-first"
                      : day_first ? "the block is in a day-first language ('" + std::string(guess_evidence_) + "')"
                                  : "the block looks English (US tools write the month first)";
    return "no date in this block tells its day from its month, so the order of dates like '" + guess_example_ + "' is a guess: read " +
           (day_first ? "day-first" : "month-first") + " because " + why;
}

std::string BlockContext::take_zone(int minutes, const std::string& named_by) {
    set_zone_offset(minutes);
    if (minutes == 0) return {};  // "Date (UTC)": what stamps without a zone are read as anyway
    const int a = minutes < 0 ? -minutes : minutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, "UTC%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
    return std::string("; times without a zone read as ") + buf + " (" + named_by + " names it)";
}

std::string BlockContext::zone_from_headers(const std::vector<std::string_view>& header, const std::vector<Role>& roles) {
    for (size_t i = 0; i < roles.size() && i < header.size(); ++i) {
        if (roles[i] != Role::Time && roles[i] != Role::Date && roles[i] != Role::Clock) continue;
        const std::optional<int> z = header_zone_offset(header[i]);
        if (!z) continue;
        return take_zone(*z, "the header '" + excerpt(header[i], 24) + "'");
    }
    return {};
}

std::string BlockContext::zone_from_label(std::string_view label) {
    const size_t open = label.find('('), close = open == std::string_view::npos ? open : label.find(')', open);
    if (close == std::string_view::npos) return {};
    const std::optional<int> z = header_zone_offset(label.substr(open, close - open + 1));
    return z ? take_zone(*z, "the block's label") : std::string();
}

void BlockContext::set_label(std::string_view label) {
    if (label.empty()) return;
    const EventType t = map_event_name(label).type;
    if (t == EventType::Withdrawal || t == EventType::Deposit) label_funding_ = t;
}

std::optional<Timestamp> parse_time_value(std::string_view value, BlockContext& ctx) {
    return parse_timestamp(value, ctx.hints_for(value));
}

namespace {

// Country names (core/data/country_names.json) -> ISO alpha-2.
const std::map<std::string, std::string, std::less<>>& country_names() {
    static const std::map<std::string, std::string, std::less<>> table = [] {
        std::map<std::string, std::string, std::less<>> m;
        for (const auto& [k, v] : data_table("country_names.json").items()) m.emplace(normalize_key(k), v.get<std::string>());
        return m;
    }();
    return table;
}

// Every country's names in the nine answer languages, native and alternative forms (the
// world-countries table, core/data/countries.json) -> ISO alpha-2: localised panels print
// "Allemagne", "Германия", "Almanya", "德国". Built on the first name country_names.json lacks;
// the first country to claim a name keeps it (the table's order, so the same on every run).
const std::map<std::string, std::string, std::less<>>& world_country_names() {
    static const std::map<std::string, std::string, std::less<>> table = [] {
        std::map<std::string, std::string, std::less<>> m;
        const auto& j = data_table("countries.json");
        if (!j.contains("countries")) return m;
        for (const auto& c : j.at("countries")) {
            const std::string cc = c.at("cc").get<std::string>();
            auto add = [&](const nlohmann::json& list) {
                for (const auto& n : list) m.emplace(normalize_key(n.get<std::string>()), cc);
            };
            for (const auto& [lang, names] : c.at("names").items()) add(names);
            if (c.contains("native")) add(c.at("native"));
            if (c.contains("alt")) add(c.at("alt"));
        }
        return m;
    }();
    return table;
}

// The ISO 3166 two-letter codes the country table knows.
static bool iso_country_code(std::string_view code) {
    static const std::set<std::string, std::less<>> codes = [] {
        std::set<std::string, std::less<>> out;
        const auto& j = data_table("countries.json");
        if (j.contains("countries"))
            for (const auto& c : j.at("countries")) out.insert(c.at("cc").get<std::string>());
        return out;
    }();
    return codes.empty() || codes.count(code) > 0;
}

namespace {

// The ISO code of a country name the tables know ("Deutschland", "대한민국"), else nullptr.
const std::string* named_country(std::string_view s) {
    const std::string key = normalize_key(s);
    if (auto it = country_names().find(key); it != country_names().end()) return &it->second;
    if (auto it = world_country_names().find(key); it != world_country_names().end()) return &it->second;
    return nullptr;
}

// The ISO code when `s` is surely a country: an upper-case two-letter code or a known name.
std::optional<std::string> known_country(std::string_view s) {
    s = trim(s);
    if (s.size() == 2) {
        if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') return std::nullopt;
        return s == "UK" ? std::string("GB") : std::string(s);
    }
    if (const std::string* code = named_country(s)) return *code;
    return std::nullopt;
}

// Shaped like a crypto address (bech32, 0x hex, Base58 P2PKH/P2SH or Tron), checksum unchecked:
// a statement's reference column that holds one names where a withdrawal went.
bool address_shaped(std::string_view s) {
    s = trim(s);
    auto all = [&](size_t from, auto ok) {
        return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from), s.end(), [&](char c) { return ok(static_cast<unsigned char>(c)); });
    };
    const auto base58 = [](unsigned char c) { return std::isalnum(c) && c != '0' && c != 'O' && c != 'I' && c != 'l'; };
    const auto bech32 = [](unsigned char c) { return std::islower(c) || std::isdigit(c); };
    for (std::string_view hrp : {"bc1", "ltc1", "tb1"})
        if (s.rfind(hrp, 0) == 0) return s.size() >= 26 && s.size() <= 90 && all(hrp.size(), bech32);
    if (s.rfind("0x", 0) == 0) return s.size() == 42 && all(2, [](unsigned char c) { return std::isxdigit(c) != 0; });
    if (s.size() >= 26 && s.size() <= 35 && (s[0] == '1' || s[0] == '3')) return all(0, base58);
    if (s.size() == 34 && s[0] == 'T') return all(0, base58);
    return false;
}

// The first word of `text` shaped like a crypto address, or empty.
std::string_view address_in_text(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == ';' || text[i] == '(' || text[i] == ':')) ++i;
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != ',' && text[j] != ';' && text[j] != ')') ++j;
        if (j > i && address_shaped(text.substr(i, j - i))) return text.substr(i, j - i);
        i = j > i ? j : j + 1;  // past a ')' that ends no word
    }
    return {};
}

}  // namespace

std::string country_code(std::string_view s) {
    s = trim(s);
    std::string out(s);
    if (out.size() == 2 && is_alpha(out[0]) && is_alpha(out[1])) {
        out[0] = to_upper(out[0]);
        out[1] = to_upper(out[1]);
        if (out == "UK") out = "GB";
        return out;
    }
    if (const std::string* code = named_country(s)) return *code;
    return out;
}

// The factor a successful sign-in's result names in brackets ("성공(OTP)", "Success (password+totp)",
// "OK (SMS)"), when the log has no method column; empty when the brackets hold something else.
std::string_view factor_in_result(std::string_view result) {
    const size_t open = result.find('(');
    const size_t close = result.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close <= open + 1) return {};
    const std::string_view inside = trim(result.substr(open + 1, close - open - 1));
    for (std::string_view w : {"otp", "totp", "sms", "2fa", "mfa", "authenticator", "yubikey", "passkey", "webauthn", "u2f", "push"})
        if (icontains(inside, w)) return inside;
    return {};
}

// A device column's class rather than a device: Okta's "Computer", "Mobile".
bool generic_device_word(std::string_view s) {
    for (std::string_view w : {"computer", "mobile", "desktop", "tablet", "phone", "smartphone", "pc", "other", "unknown"})
        if (iequals(s, w)) return true;
    return false;
}

// An admin tool's own identifier in a "device" cell ("w-4c1e", "d-7e21c4", "dev_93af02", a UUID):
// it says which device, not what it is. Lower-case hex after at most a short word and a dash, or
// eight upper-case hex characters; a model code is not one ("SM-S911B", "2312DRA50G", "A2890").
bool device_identifier(std::string_view s) {
    if (s.size() < 4 || s.size() > 64) return false;
    size_t i = 0;
    while (i < s.size() && i < 6 && s[i] >= 'a' && s[i] <= 'z') ++i;  // "w-", "dev_"
    if (i > 0 && i < s.size() && (s[i] == '-' || s[i] == '_')) ++i;
    else i = 0;
    size_t hex = 0, digits = 0, upper = 0;
    for (size_t k = i; k < s.size(); ++k) {
        const char c = s[k];
        if (is_digit(c)) ++digits, ++hex;
        else if (c >= 'a' && c <= 'f') ++hex;
        else if (c >= 'A' && c <= 'F') ++hex, ++upper;
        else if (c != '-') return false;
    }
    if (digits == 0 || hex < 4 || (upper > 0 && (upper != hex - digits || hex < 8))) return false;
    return true;
}

// A user agent as a URL or a W3C log writes it: "Monetra%2F4.12.0+%28com.monetra.app%3B+iOS+26.5%29",
// "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36" (IIS, Akamai). Empty when plain.
std::string decoded_agent(std::string_view ua) {
    if (ua.find(' ') != std::string_view::npos) return {};
    const auto hex = [](char c) { return is_digit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1; };
    size_t escapes = 0, pluses = 0;
    for (size_t i = 0; i < ua.size(); ++i) {
        if (ua[i] == '+') ++pluses;
        else if (ua[i] == '%' && i + 2 < ua.size() && hex(ua[i + 1]) >= 0 && hex(ua[i + 2]) >= 0) ++escapes;
    }
    if (escapes == 0 && pluses < 2) return {};
    std::string out;
    out.reserve(ua.size());
    for (size_t i = 0; i < ua.size(); ++i) {
        if (ua[i] == '+') {
            out.push_back(' ');
        } else if (ua[i] == '%' && i + 2 < ua.size() && hex(ua[i + 1]) >= 0 && hex(ua[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(ua[i + 1]) * 16 + hex(ua[i + 2])));
            i += 2;
        } else {
            out.push_back(ua[i]);
        }
    }
    return out;
}

bool is_placeholder(std::string_view s) {
    s = trim(s);
    if (s.size() > 7) return false;  // the longest placeholder is "unknown": most values stop here
    return s.empty() || s == "-" || s == "--" || s == "null" || s == "NULL" || s == "None" || s == "N/A" ||
           s == "n/a" || s == "unknown" || s == "Unknown" || s == "\xE2\x80\x94";
}

// A flag column's value: 1/0, true/false, yes/no; anything else reads as a result ("OK", "failed").
// (As a result, "0" is the success code of Entra ID sign-ins; as a flag it is false.)
Outcome flag_outcome(std::string_view f, VocabCache& vocab) {
    static constexpr std::string_view kTrue[] = {"1", "true", "yes", "y", "t"};
    static constexpr std::string_view kFalse[] = {"0", "false", "no", "n", "f"};
    for (auto w : kTrue)
        if (iequals(f, w)) return Outcome::Success;
    for (auto w : kFalse)
        if (iequals(f, w)) return Outcome::Failure;
    return vocab.outcome(f).outcome;
}

void set_text(Interned& field, std::string_view value) {
    if (!is_placeholder(value)) field = trim(value);
}


// Words of a trade's side in the panel languages (event_types.json "trade_sides").
struct SideWords {
    std::vector<std::string> sell, buy;
};
const SideWords& side_words() {
    static const SideWords w = [] {
        SideWords out;
        const auto& j = data_table("event_types.json").at("trade_sides");
        for (const auto& x : j.at("sell")) out.sell.push_back(normalize_key(x.get<std::string>()));
        for (const auto& x : j.at("buy")) out.buy.push_back(normalize_key(x.get<std::string>()));
        return out;
    }();
    return w;
}

std::string side_of(std::string_view s) {
    if (trim(s).empty()) return {};
    const std::string n = normalize_key(s);
    const SideWords& w = side_words();
    auto any = [&n](const std::vector<std::string>& words) {
        for (const auto& x : words)
            if (n.find(x) != std::string::npos) return true;
        return false;
    };
    // Sell first: German "Verkauf" (sell) contains "kauf" (buy).
    if (n == "s" || n == "ask" || n == "short" || any(w.sell)) return "sell";
    if (n == "b" || n == "bid" || n == "long" || any(w.buy)) return "buy";
    return {};
}

}  // namespace

// "AS3320", "3320", "AS3320 Deutsche Telekom AG" -> digits, and the name when one follows.
void read_asn(std::string_view s, Interned& asn, Interned& org) {
    s = trim(s);
    // "M247 Europe SRL AS9009", "Orange (AS3215)": the organisation first, the number last.
    if (const size_t sp = s.find_last_of(" ("); sp != std::string_view::npos && sp + 3 < s.size() && istarts_with(s.substr(sp + 1), "as") &&
                                                   is_digit(s[sp + 3])) {
        std::string_view number = s.substr(sp + 3);
        if (!number.empty() && number.back() == ')') number.remove_suffix(1);
        if (!number.empty() && std::all_of(number.begin(), number.end(), is_digit)) {
            asn = number;
            std::string_view name = trim(s.substr(0, sp));
            if (!name.empty() && (name.back() == '-' || name.back() == ',')) name = trim(name.substr(0, name.size() - 1));
            if (org.empty() && !name.empty()) org = name;
            return;
        }
    }
    if (istarts_with(s, "as")) s.remove_prefix(2);
    size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == 0) return;
    asn = s.substr(0, i);
    const std::string_view rest = trim(s.substr(i));
    if (org.empty() && !rest.empty()) {
        std::string_view r = rest;
        if (r.front() == '-' || r.front() == '(') r = trim(r.substr(1));
        if (!r.empty() && r.back() == ')') r.remove_suffix(1);
        org = trim(r);
    }
}

void split_location(std::string_view loc, Interned& city, Interned& country) {
    loc = trim(loc);
    if (is_placeholder(loc)) return;
    // Split on ',', '/', ' - ', '|'
    size_t cut = std::string_view::npos;
    for (size_t i = loc.size(); i-- > 0;) {
        const char c = loc[i];
        if (c == ',' || c == '/' || c == '|') {
            cut = i;
            break;
        }
        if (c == '-' && i > 0 && i + 1 < loc.size() && loc[i - 1] == ' ' && loc[i + 1] == ' ') {
            cut = i;
            break;
        }
    }
    if (cut == std::string_view::npos) {
        const std::optional<std::string> whole = known_country(loc);
        // "대한민국 서울", "Berlin Germany": a country word at one end, the city the rest.
        if (const size_t sp = loc.find(' '); sp != std::string_view::npos && !whole) {
            const size_t last = loc.rfind(' ');
            std::optional<std::string> code = known_country(loc.substr(0, sp));
            std::string_view rest = loc.substr(sp + 1);
            if (!code) {
                code = known_country(loc.substr(last + 1));
                rest = loc.substr(0, last);
            }
            if (code) {
                if (country.empty()) country = *code;
                if (city.empty()) city = trim(rest);
                return;
            }
        }
        // A lone name: a country when the tables know it as one, else a city ("Curitiba").
        if (whole) {
            if (country.empty()) country = *whole;
        } else if (city.empty()) {
            city = loc;
        }
        return;
    }
    std::string_view tail = trim(loc.substr(cut + 1));
    std::string_view head = trim(loc.substr(0, cut));
    // "Berlin, Berlin, Germany": the city is the first part.
    const size_t first = head.find_first_of(",/|");
    if (first != std::string_view::npos) head = trim(head.substr(0, first));
    // "IT/Rome", "DE - Berlin": the country first (a gateway's geo field), told by which part is one.
    if (first == std::string_view::npos && !known_country(tail) && known_country(head)) std::swap(head, tail);
    // "São Paulo, SP": two letters no country has are the region; the IP tables give the country.
    if (const std::string cc = country_code(tail); country.empty() && !(cc.size() == 2 && !iso_country_code(cc))) country = cc;
    // "DE, Leipzig (AS3209 Vodafone GmbH)": the network in brackets after the place is no part of its name
    if (const size_t open = head.rfind(" (AS"); open != std::string_view::npos && head.back() == ')' && open + 4 < head.size() && is_digit(head[open + 4]))
        head = trim(head.substr(0, open));
    if (city.empty()) city = head;
}

// A device cell that also says where the device was (Duo's "Access Device", its lines joined:
// "Windows 11 Chrome 142.0.7444.60 81.241.122.57 Liège, Wallonia, Belgium"): the address and the
// place after it go to `ev`; what comes before them is the device.
static std::string_view split_device_address(std::string_view cell, Event& ev) {
    cell = trim(cell);
    if (cell.size() < 12) return cell;
    size_t i = 0, token_at = 0;
    const std::string_view ip = next_address(cell, i, &token_at);
    if (ip.empty()) return cell;
    ev.ip.assign(ip);
    if (const std::string_view place = trim(cell.substr(i)); !place.empty() && place.front() != '(') split_location(place, ev.city, ev.country);
    else read_after_address(cell, i, ev);
    return trim(cell.substr(0, token_at));
}

// "handled request" (Caddy), "request completed": a web server's word for every line it logs.
static bool access_log_message(std::string_view m) {
    static constexpr std::string_view kMessages[] = {"handled request", "request completed", "request finished", "completed request",
                                                     "request handled", "http request", "access"};
    return std::any_of(std::begin(kMessages), std::end(kMessages), [&](std::string_view k) { return iequals(m, k); });
}

void add_event(const RoleValues& v, int line, BlockContext& ctx, BlockIngest& out) {
    if (build_event(v, line, ctx, out, out.event_list.emplace_back())) {
        ++out.events;
    } else {
        out.event_list.pop_back();
        ++out.skipped;
    }
}

bool build_event(const RoleValues& v, int line, BlockContext& ctx, BlockIngest& out, Event& ev) {
    ev.src = Ref{ctx.block(), line};

    // Time: a time column, else a date column, else date + clock columns.
    std::string_view tv = trim(at(v, Role::Time));
    const std::string_view dv = trim(at(v, Role::Date));
    const std::string_view cv = trim(at(v, Role::Clock));
    std::optional<Timestamp> ts;
    if (!tv.empty()) ts = parse_time_value(tv, ctx);
    if (!ts && !dv.empty()) {
        const std::string_view clock = !cv.empty() ? cv : tv;
        if (!clock.empty()) {
            std::string joined(dv);
            joined.push_back(' ');
            joined.append(clock);
            ts = parse_time_value(joined, ctx);
        }
        if (!ts) ts = parse_time_value(dv, ctx);
        if (tv.empty()) tv = dv;
    }
    if (!ts) {
        if (tv.empty()) out.warn(line, "no timestamp in this record");
        else out.warn(line, "unparseable timestamp '" + excerpt(tv) + "'");
        return false;
    }
    ev.time = ts->sec;
    ev.time_ms = ts->ms;

    VocabCache& vocab = ctx.vocab();
    std::string_view raw_event = trim(at(v, Role::Event));
    // A CDN's or gateway's record names the request, not an event: "POST" and "/api/v2/withdrawals";
    // so does a web server's access log, whose message says only that it served one (Caddy).
    std::string request;
    if ((raw_event.empty() || access_log_message(raw_event)) && !trim(at(v, Role::RequestPath)).empty()) {
        const std::string_view verb = trim(at(v, Role::RequestMethod));
        request.assign(verb).append(verb.empty() ? "" : " ").append(trim(at(v, Role::RequestPath)));
        raw_event = request;
    }
    static const EventMapping no_event;
    const EventMapping* mapped = raw_event.empty() ? &no_event : &vocab.event(raw_event);  // memo entries stay put
    // A sentence in the event column ("User 4402716 signed in from 146.70.117.126 (…) using
    // ExchangeApp 6.9.3 on Pixel 7 (MFA totp)", a log viewer's message): its leading clause states
    // the action, as on a log line (formats/lines.cpp); the rest ("MFA", "app") would mislead the rules.
    if (std::count(raw_event.begin(), raw_event.end(), ' ') >= 5) {
        const EventMapping& clause = vocab.event(leading_clause(raw_event));
        if (clause.type != EventType::Unknown && clause.type != EventType::Other &&
            !(clause.success == false && clause.reason.empty() && !mapped->reason.empty()))
            mapped = &clause;
    }
    const EventMapping& em = *mapped;
    if (!raw_event.empty()) ev.raw_type = raw_event;

    // Outcome: result column, boolean column, the event name itself, a reason column.
    Outcome outcome = Outcome::Unknown;
    std::string_view reason;  // points into the block's vocabulary memo
    if (const auto r = trim(at(v, Role::Result)); !r.empty()) {
        const OutcomeMapping& om = vocab.outcome(r);
        outcome = om.outcome;
        reason = om.reason;
    }
    if (outcome == Outcome::Unknown) {
        if (const auto f = trim(at(v, Role::SuccessFlag)); !f.empty()) outcome = flag_outcome(f, vocab);
    }
    if (outcome == Outcome::Unknown && em.success) outcome = *em.success ? Outcome::Success : Outcome::Failure;
    if (reason.empty() && outcome == Outcome::Failure) reason = em.reason;
    if (const auto rc = trim(at(v, Role::Reason)); !rc.empty()) {
        const OutcomeMapping& rm = vocab.reason(rc);
        if (outcome == Outcome::Unknown) outcome = rm.outcome;
        if (outcome == Outcome::Failure && !rm.reason.empty() && (reason.empty() || rm.outcome == Outcome::Failure))
            if (reason.empty() || reason == "unauthorized") reason = rm.reason;
    }
    // A detail beside the result ("Échec" | "code 2FA invalide") names the cause it left out.
    if (outcome == Outcome::Failure && reason.empty())
        if (const auto dt = trim(at(v, Role::Detail)); !dt.empty()) {
            const OutcomeMapping& dm = vocab.reason(dt);
            // only a cause the vocabulary knows (invalid_otp...), not the detail's own words
            const std::string own = normalize_key(dt);
            if (dm.outcome == Outcome::Failure && dm.reason != own.substr(0, 40)) reason = dm.reason;
        }
    // "Password OK · OTP requested": the step that awaits the second factor is no sign-in, and
    // no failure either (the code may come); a wrong code is the next event's.
    // The same when the method column says the factor is still owed ("mfa": "totp_required" beside
    // "outcome": "password_ok", or "mfa": "required" itself).
    const std::string_view method_cell = trim(at(v, Role::Method));
    const bool awaits_factor = (reason == "mfa_required" && !at(v, Role::Result).empty()) ||
                               (!method_cell.empty() && (vocab.reason(method_cell).reason == "mfa_required" || iequals(method_cell, "required") ||
                                                         iequals(method_cell, "pending")));
    if (awaits_factor) {
        outcome = Outcome::Unknown;
        reason = {};
    }
    ev.success = outcome != Outcome::Failure;
    if (!ev.success) ev.failure_reason = reason;

    // Access fields
    if (const auto ip = clean_ip(at(v, Role::Ip)); !ip.empty()) ev.ip.assign(ip);
    std::string_view device_cell = at(v, Role::Device);
    if (ev.ip.empty()) device_cell = split_device_address(device_cell, ev);
    if (at(v, Role::DeviceId).empty() && device_identifier(trim(device_cell))) {  // "dev=w-4c1e"
        set_text(ev.device_id, device_cell);
        device_cell = {};
    }
    set_text(ev.user_agent, at(v, Role::UserAgent));
    if (std::string plain = decoded_agent(ev.user_agent.view()); !plain.empty()) ev.user_agent = clean_text(plain) ? plain : sanitize_utf8(plain);
    if (ev.user_agent.empty()) {
        set_text(ev.user_agent, device_cell);
    } else if (const std::string_view device = trim(device_cell);
               !is_placeholder(device) && ev.user_agent.find(device) == std::string_view::npos) {
        // A panel's "Device" beside its "Browser / App" ("MacBook Air" | "Safari 17.4"): one label
        // names both, as "Safari 17.4 on MacBook Air". Beside an app's user agent string, the label
        // is kept after it ("ExchangeApp/5.9.8 (Android 14; 2312DRA50G) | device: Redmi Note 13
        // Pro"): it names the phone a model code the tables lack hides, and the enrich stage reads
        // the two apart (enrich/user_agent.cpp). A browser's string stays as it is: beside it
        // panels show the OS or "Computer", nothing it does not say.
        const std::string_view ua = ev.user_agent.view();
        const bool ua_string = ua.find_first_of("(/") != std::string_view::npos;
        if (!ua_string || (ua.rfind("Mozilla/", 0) != 0 && !generic_device_word(device))) {
            std::string both(ua);
            both.append(ua_string ? kDeviceLabelAfterUserAgent : std::string_view(" on ")).append(device);
            ev.user_agent = both;
        }
    }
    // A message column that says where the sign-in came from, in words ("Sign-in failed from
    // 146.70.117.223 (AS9009 M247, Frankfurt am Main, DE) using Firefox 147 on Linux"): a log
    // viewer's Events tab. Only when the columns name no address themselves.
    if (ev.ip.empty() && !raw_event.empty() && raw_event.size() > 24) read_message_fields(raw_event, ev);
    if (const auto c = at(v, Role::Country); !is_placeholder(c)) ev.country = country_code(c);
    set_text(ev.city, at(v, Role::City));
    if (const auto loc = at(v, Role::Location); !loc.empty()) split_location(loc, ev.city, ev.country);
    set_text(ev.org, at(v, Role::Org));
    if (const auto a = at(v, Role::Asn); !is_placeholder(a)) read_asn(a, ev.asn, ev.org);
    set_text(ev.method, at(v, Role::Method));
    if (ev.method.empty() && ev.success) set_text(ev.method, factor_in_result(at(v, Role::Result)));
    set_text(ev.email, at(v, Role::Email));
    if (ev.device_id.empty()) set_text(ev.device_id, at(v, Role::DeviceId));

    // Funding fields. A web server's record of a request counts bytes ("size": 699), not money,
    // unless it names an asset.
    std::string unit;
    const bool bytes_not_money = !request.empty() && at(v, Role::Asset).empty();
    if (const auto a = at(v, Role::Amount); !is_placeholder(a) && !bytes_not_money) {
        if (auto amt = parse_amount(a, &unit, ctx.decimal_mark())) ev.amount = *amt;
        else out.warn(line, "unreadable amount '" + excerpt(a) + "'");
        if (unit.empty()) unit = currency_of_symbol(a);  // Robinhood's "ACH Deposit" of "$2,000.00", no currency column
    }
    set_text(ev.asset_raw, at(v, Role::Asset));
    if (ev.asset_raw.empty() && !unit.empty()) ev.asset_raw = unit;
    if (const auto f = at(v, Role::Fee); !is_placeholder(f)) {
        std::string fee_unit;
        if (auto fee = parse_amount(f, &fee_unit, ctx.decimal_mark())) ev.fee = std::fabs(*fee);
    }
    set_text(ev.txid, at(v, Role::Txid));
    set_text(ev.refid, at(v, Role::Refid));
    // Uphold's "Destination" holds "bitcoin" or "uphold": a network or a wallet's name, no address
    // (even one shortened to its ends keeps digits).
    if (const auto cell = trim(at(v, Role::Address)); cell.size() > 20 || std::any_of(cell.begin(), cell.end(), is_digit))
        set_text(ev.address, cell);
    if (ev.address.empty() && address_shaped(ev.refid.view())) ev.address = ev.refid;  // Paymium's "Référence"
    // "USDT (TRC20) TNr8Ukw32E… · etiket "Cüzdan"", "5.799 USDT → TNr8…": an address in the detail
    if (ev.address.empty()) set_text(ev.address, address_in_text(at(v, Role::Detail)));
    if (const auto pair = at(v, Role::Pair); !is_placeholder(pair)) {
        auto [base, quote] = split_pair(pair);
        // Japanese exports' "通貨" holds a pair in one ("BTC/JPY") and a currency in another ("JPY").
        if (base.empty() && quote.empty()) base = std::string(trim(pair));
        // Upbit's and Bithumb's markets name the currency first ("KRW-BTC"): the coin is the second.
        if (is_fiat(normalize_asset(base)) && !quote.empty() && !is_fiat(normalize_asset(quote))) std::swap(base, quote);
        if (ev.asset_raw.empty()) ev.asset_raw = base;
        if (!quote.empty()) ev.counter_asset = normalize_asset(quote);
    }
    if (!ev.asset_raw.empty()) {
        ev.asset = normalize_asset(ev.asset_raw);
        ev.fiat = is_fiat(ev.asset);
    }
    if (const auto ca = at(v, Role::CounterAsset); !is_placeholder(ca)) ev.counter_asset = normalize_asset(ca);
    if (const auto cam = at(v, Role::CounterAmount); !is_placeholder(cam)) {
        std::string cu;
        if (auto x = parse_amount(cam, &cu, ctx.decimal_mark())) {
            ev.counter_amount = std::fabs(*x);
            if (ev.counter_asset.empty() && !cu.empty()) ev.counter_asset = normalize_asset(cu);
            // "INR Deposit" in a ledger of "Quantity" and "Amount (INR)": a row of money alone
            // leaves the quantity empty, and its one sum is the amount
            if (is_placeholder(at(v, Role::Amount)) && ev.fiat && (ev.counter_asset.empty() || ev.counter_asset == ev.asset)) {
                ev.amount = *x;
                ev.counter_amount = 0;
                ev.counter_asset = {};
            }
        }
    }
    if (ev.counter_amount == 0) {
        if (const auto pr = at(v, Role::Price); !is_placeholder(pr)) {
            std::string pu;
            if (auto p = parse_amount(pr, &pu, ctx.decimal_mark())) {
                ev.counter_amount = std::fabs(*p * ev.amount);
                if (ev.counter_asset.empty() && !pu.empty()) ev.counter_asset = normalize_asset(pu);
            }
        }
    }
    // Robinhood's activity export: the coin's "Quantity" beside an "Amount" in dollars ("Buy",
    // 0.184899 ETH, "($500.00)"). The sum is the money leg and the quantity the coin's: read so,
    // the trade rule below makes the coin the asset, as for a debit-and-credit ledger.
    if (!ev.asset.empty() && !ev.fiat && !unit.empty() && ev.amount != 0 && ev.counter_amount != 0 && ev.counter_asset.empty())
        if (const std::string paid = normalize_asset(unit); is_fiat(paid)) {
            ev.counter_asset = ev.asset;
            ev.asset = ev.asset_raw = paid;
            ev.fiat = true;
        }
    ev.side = side_of(at(v, Role::Side));

    // Type: the event column, else what the record looks like.
    ev.type = em.type;
    const bool has_funding = !at(v, Role::Amount).empty() && !ev.asset_raw.empty();
    if (ev.type == EventType::Unknown || (ev.type == EventType::Other && has_funding && raw_event.empty())) {
        if (has_funding) {
            if (!ev.side.empty()) ev.type = EventType::Trade;
            else if (ctx.label_funding() != EventType::Unknown) ev.type = ctx.label_funding();
            else ev.type = ev.amount < 0 ? EventType::Withdrawal : EventType::Deposit;
        } else if (!ev.address.empty() && raw_event.empty() && (ev.asset_raw.empty() || ev.amount == 0)) {
            ev.type = EventType::WithdrawalAddressAdded;  // an address book: each row an address added
        } else if (!ev.ip.empty() || !ev.user_agent.empty() || !at(v, Role::Result).empty()) {
            ev.type = EventType::LoginSuccess;  // a sign-in history without an action column
            // ... unless its result names a security action that went through ("Password reset
            // requested (email sent to j***@orange.fr)", "2FA disabled"): that action, not a sign-in.
            if (const auto r = trim(at(v, Role::Result)); raw_event.empty() && ev.success && !r.empty())
                if (const EventMapping& rm = vocab.event(r); is_security_change(rm.type)) ev.type = rm.type;
        } else {
            ev.type = EventType::Other;
        }
    }
    // A custody platform's "TRANSFER" moves money either way; the note beside it says which
    // (Fireblocks: "uid:5530912 deposit"), as a bank statement's memo does.
    if (ev.type == EventType::Transfer)
        if (const auto note = trim(at(v, Role::Detail)); !note.empty())
            if (const EventType t = vocab.event(note).type; t == EventType::Deposit || t == EventType::Withdrawal) ev.type = t;
    // Money moved to or from the bank ("ACH" in Robinhood's export) says its way by its sign.
    if (ev.type == EventType::Transfer && ev.fiat && ev.amount != 0) ev.type = ev.amount > 0 ? EventType::Deposit : EventType::Withdrawal;
    // Uphold's "transfer" from one currency into another (2,500 USD into 0.0266 BTC) is a conversion.
    if (ev.type == EventType::Transfer && !ev.asset.empty() && !ev.counter_asset.empty() && ev.asset != ev.counter_asset)
        ev.type = EventType::Trade;
    if (awaits_factor && ev.type == EventType::LoginSuccess) ev.type = EventType::Other;
    if (ev.type == EventType::LoginSuccess && !ev.success) ev.type = EventType::LoginFailure;
    if (ev.type == EventType::LoginFailure && ev.success) {
        ev.success = false;
        if (ev.failure_reason.empty()) ev.failure_reason = em.reason;
    }
    // A statement with a quantity and a value column fills the value alone on money moving in or
    // out ("Depósito; BRL; ; R$ 2.000,00"): that is the sum moved.
    // So does a debit-and-credit ledger (VALR: a "Blockchain Send" debits 0.006 BTC and credits
    // nothing): there the one side is the sum and its currency.
    if ((ev.type == EventType::Deposit || ev.type == EventType::Withdrawal) && ev.amount == 0 && ev.counter_amount != 0 &&
        is_placeholder(at(v, Role::Amount))) {
        ev.amount = ev.type == EventType::Withdrawal ? -ev.counter_amount : ev.counter_amount;
        if (ev.asset.empty() && !ev.counter_asset.empty()) {
            ev.asset = ev.asset_raw = ev.counter_asset;
            ev.fiat = is_fiat(ev.asset);
        }
        ev.counter_amount = 0;
        ev.counter_asset = Interned();
    }
    // A trade read with the money as its asset (VALR's "Instant Sell": 0.0135 BTC debited, 18,292.50
    // ZAR credited; Robinhood's rows above): the coin is what was traded, the money what it was
    // traded for, and the coin moved the other way.
    if (ev.type == EventType::Trade && ev.fiat && ev.amount != 0 && ev.counter_amount != 0 && !ev.counter_asset.empty() &&
        !is_fiat(ev.counter_asset)) {
        const double money = ev.amount;
        ev.amount = money > 0 ? -ev.counter_amount : ev.counter_amount;
        ev.counter_amount = std::fabs(money);
        std::swap(ev.asset, ev.counter_asset);
        ev.asset_raw = ev.asset;
        ev.fiat = false;
    }
    // A sign-in log that lists deposits and trades too writes their sum in its result or detail
    // cell ("USDT 500 (TRC20 …)", "ETH 0.1742 / USDT 499.95").
    // So does a support tool's timeline in its one text cell ("€  Deposit   500,00 EUR   ·   SEPA").
    if (is_funding(ev.type) && ev.amount == 0 && ev.asset_raw.empty() && is_placeholder(at(v, Role::Amount)))
        if (read_money_text(at(v, Role::Result), ev, ctx.decimal_mark()) || read_money_text(at(v, Role::Detail), ev, ctx.decimal_mark()) ||
            read_money_words(at(v, Role::Event), ev, ctx.decimal_mark())) {
            ev.asset = normalize_asset(ev.asset_raw);
            ev.fiat = is_fiat(ev.asset);
        }
    if (ev.type == EventType::Trade && ev.side.empty()) {
        ev.side = side_of(raw_event);
        if (ev.side.empty() && ev.amount != 0 && !ev.fiat) ev.side = ev.amount > 0 ? "buy" : "sell";
    }
    return true;
}

}  // namespace ownercheck::ingest
