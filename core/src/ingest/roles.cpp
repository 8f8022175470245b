#include "ingest/roles.hpp"

#include <algorithm>
#include <utility>

#include "ingest/assets.hpp"
#include "ingest/text.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::ingest {

namespace {

constexpr std::array<std::pair<Role, std::string_view>, kRoleCount> kRoleNames{{
    {Role::None, "none"},           {Role::Time, "time"},
    {Role::Date, "date"},           {Role::Clock, "clock"},
    {Role::Ip, "ip"},               {Role::UserAgent, "user_agent"},
    {Role::Device, "device"},       {Role::Event, "event"},
    {Role::Result, "result"},       {Role::Reason, "reason"},
    {Role::Country, "country"},     {Role::City, "city"},
    {Role::Location, "location"},   {Role::Region, "region"},
    {Role::Asn, "asn"},             {Role::Org, "org"},
    {Role::Method, "method"},       {Role::Amount, "amount"},
    {Role::Asset, "asset"},         {Role::Fee, "fee"},
    {Role::Txid, "txid"},           {Role::Refid, "refid"},
    {Role::Address, "address"},     {Role::Side, "side"},
    {Role::CounterAsset, "counter_asset"}, {Role::CounterAmount, "counter_amount"},
    {Role::Pair, "pair"},           {Role::Price, "price"},
    {Role::Email, "email"},         {Role::SuccessFlag, "success_flag"},
    {Role::Detail, "detail"},       {Role::DeviceId, "device_id"},
    {Role::RequestMethod, "request_method"}, {Role::RequestPath, "request_path"},
    {Role::Ignore, "ignore"},
}};

Role role_from_name(std::string_view n) {
    for (const auto& [r, name] : kRoleNames)
        if (name == n) return r;
    return Role::None;
}

struct Tables {
    std::map<std::string, RoleMatch, std::less<>> exact;
    std::map<std::string, RoleMatch, std::less<>> unaccented;  // the same keys without accents
    std::vector<std::pair<std::string, Role>> tokens;
};

const Tables& tables() {
    static const Tables t = [] {
        Tables out;
        const auto& j = data_table("header_synonyms.json");
        for (const auto& [role, list] : j.at("exact").items()) {
            const Role r = role_from_name(role);
            int rank = 0;
            for (const auto& k : list) {
                const std::string key = normalize_key(k.get<std::string>());
                out.exact.emplace(key, RoleMatch{r, rank});
                out.unaccented.emplace(strip_accents(key), RoleMatch{r, rank});
                ++rank;
            }
        }
        for (const auto& rule : j.at("tokens"))
            out.tokens.emplace_back(rule.at("token").get<std::string>(), role_from_name(rule.at("role").get<std::string>()));
        return out;
    }();
    return t;
}

RoleMatch lookup_normalized(std::string_view norm) {
    const Tables& t = tables();
    if (auto it = t.exact.find(norm); it != t.exact.end()) return it->second;
    // "sehir", "sonuc", "tarayici": Turkish (or French, Portuguese) keys written without accents.
    if (auto it = t.unaccented.find(strip_accents(norm)); it != t.unaccented.end()) return it->second;
    return {};
}

RoleMatch by_tokens(std::string_view norm) {
    const Tables& t = tables();
    int rank = kTokenRuleRank;
    for (const auto& [token, role] : t.tokens) {
        size_t pos = 0;
        while (pos <= norm.size()) {
            size_t end = norm.find('_', pos);
            if (end == std::string_view::npos) end = norm.size();
            if (norm.substr(pos, end - pos) == token) return {role, rank};
            pos = end + 1;
        }
        ++rank;
    }
    return {};
}

}  // namespace

std::string_view role_name(Role r) { return kRoleNames[static_cast<size_t>(r)].second; }

RoleMatch role_of(std::string_view key) {
    const std::string norm = normalize_key(key);
    if (norm.empty()) return {};
    RoleMatch m = lookup_normalized(norm);
    if (m.role != Role::None) return m;
    // An array's element ("request.headers.Cf-Ipcity.0", Caddy's header lists): its array's key.
    while (key.size() > 2) {
        size_t d = key.size();
        while (d > 0 && key[d - 1] >= '0' && key[d - 1] <= '9') --d;
        if (d == key.size() || d < 2 || key[d - 1] != '.') break;
        key.remove_suffix(key.size() - d + 1);
    }
    // JSON path: try the last segment ("client.geographicalContext.city" -> city), ranked a bit weaker.
    const size_t dot = key.rfind('.');
    if (dot != std::string_view::npos && dot + 1 < key.size()) {
        const std::string leaf = normalize_key(key.substr(dot + 1));
        m = lookup_normalized(leaf);
        if (m.role != Role::None) {
            m.rank += 100;
            return m;
        }
    }
    // "Auth Events Device ID", "client_device_id": a tool's own identifier of the device, not its name
    if (norm.size() >= 9 && (norm.compare(norm.size() - 9, 9, "device_id") == 0 || norm.compare(norm.size() - 8, 8, "deviceid") == 0))
        return {Role::DeviceId, kTokenRuleRank};
    // "Zeitpunkt (MESZ)", "Data/Hora (BRT)", "Amount (EUR)": the words before the parentheses.
    if (const size_t open = key.rfind('('); open != std::string_view::npos && open > 0 && key.back() == ')') {
        m = lookup_normalized(normalize_key(key.substr(0, open)));
        if (m.role != Role::None) return m;
    }
    return by_tokens(norm);
}

namespace {

// "Amount (INR)", "Valor (R$)": the fiat currency a header names in brackets, if any.
bool fiat_in_brackets(std::string_view h) {
    const size_t open = h.rfind('(');
    if (open == std::string_view::npos || h.empty() || h.back() != ')') return false;
    const std::string unit = normalize_asset(trim(h.substr(open + 1, h.size() - open - 2)));
    return !unit.empty() && is_fiat(unit);
}

}  // namespace

std::vector<Role> map_header(const std::vector<std::string_view>& header) {
    std::vector<RoleMatch> matches;
    matches.reserve(header.size());
    for (std::string_view h : header) {
        RoleMatch m = role_of(h);
        // A column header in camelCase ("EventTimeUtc", a SQL Server column): its words are tokens
        // too. Not for JSON keys, where a record holds many camelCase keys and only the known
        // ones should speak ("ClientRequestHost" is no address).
        if (m.role == Role::None) {
            std::string words;
            for (size_t i = 0; i < h.size(); ++i) {
                if (i > 0 && h[i] >= 'A' && h[i] <= 'Z' && h[i - 1] >= 'a' && h[i - 1] <= 'z') words.push_back(' ');
                words.push_back(h[i]);
            }
            if (words.size() > h.size()) m = by_tokens(normalize_key(words));
        }
        matches.push_back(m);
    }
    std::vector<Role> roles(header.size(), Role::None);
    for (size_t i = 0; i < header.size(); ++i) {
        const RoleMatch m = matches[i];
        if (m.role == Role::None || m.role == Role::Ignore) {
            roles[i] = m.role;
            continue;
        }
        bool best = true;
        for (size_t k = 0; k < header.size(); ++k) {
            if (k == i || matches[k].role != m.role) continue;
            if (matches[k].rank < m.rank || (matches[k].rank == m.rank && k < i)) best = false;
        }
        roles[i] = best ? m.role : Role::Ignore;
    }
    // "Quantidade" and "Valor", "Quantity" and "Value": the second sum of a row is what the first
    // cost or fetched (the counter amount), unless a column says so itself.
    if (std::find(roles.begin(), roles.end(), Role::CounterAmount) == roles.end())
        for (size_t i = 0; i < header.size(); ++i)
            if (matches[i].role == Role::Amount && roles[i] == Role::Ignore) {
                roles[i] = Role::CounterAmount;
                // "Quantity" and "Amount (INR)": the sum the header prices in a fiat currency is
                // what the coin cost, whichever of the two names the stronger amount word
                const auto amount = std::find(roles.begin(), roles.end(), Role::Amount);
                if (amount != roles.end()) {
                    const size_t a = static_cast<size_t>(amount - roles.begin());
                    if (fiat_in_brackets(header[a]) && !fiat_in_brackets(header[i])) std::swap(roles[a], roles[i]);
                }
                break;
            }
    return roles;
}

RoleMatch RoleCache::get(std::string_view key) {
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    const RoleMatch m = role_of(key);
    cache_.emplace(std::string(key), m);
    return m;
}

RoleMatch RoleCache::get(std::string_view key, size_t position) {
    if (position < by_position_.size() && by_position_[position].first == key) return by_position_[position].second;
    const RoleMatch m = get(key);
    if (position >= by_position_.size()) by_position_.resize(position + 1);
    by_position_[position] = {std::string(key), m};
    return m;
}

}  // namespace ownercheck::ingest
