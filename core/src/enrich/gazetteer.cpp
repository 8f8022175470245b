#include "enrich/gazetteer.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "enrich/address_check.hpp"
#include "enrich/geo_text.hpp"
#include "enrich/tables.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck {
namespace {

struct Country {
    std::string cc, cca3, name;
    double lat = 0, lon = 0;
};

struct Countries {
    std::vector<Country> list;
    std::unordered_map<std::string, size_t> by_name;  // folded name -> index
    std::unordered_map<std::string, size_t> by_code;  // "DE", "DEU" -> index
};

const Countries& countries() {
    static const Countries c = [] {
        Countries out;
        const auto& j = data_table("countries.json");
        for (const auto& e : j.at("countries")) {
            Country k;
            k.cc = e.at("cc").get<std::string>();
            k.cca3 = e.at("cca3").get<std::string>();
            k.name = e.at("names").at("en").at(0).get<std::string>();
            k.lat = e.at("lat").get<double>();
            k.lon = e.at("lon").get<double>();
            const size_t idx = out.list.size();
            out.list.push_back(k);
            out.by_code.emplace(k.cc, idx);
            out.by_code.emplace(k.cca3, idx);
            auto add = [&](const std::string& n) {
                const std::string f = fold_name(n);
                if (!f.empty()) out.by_name.emplace(f, idx);  // first writer wins (stable order)
            };
            for (const auto& [lang, names] : e.at("names").items())
                for (const auto& n : names) add(n.get<std::string>());
            for (const auto& n : e.at("native")) add(n.get<std::string>());
            for (const auto& n : e.at("alt")) add(n.get<std::string>());
        }
        // Everyday forms the package lacks.
        const std::pair<const char*, const char*> extra[] = {
            {"USA", "US"}, {"U.S.", "US"}, {"U.S.A.", "US"}, {"America", "US"}, {"UK", "GB"}, {"Britain", "GB"},
            {"Great Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Holland", "NL"},
            {"Türkiye", "TR"}, {"Turkiye", "TR"}, {"Russland", "RU"}, {"Россия", "RU"}, {"Korea", "KR"},
            {"South Korea", "KR"}, {"한국", "KR"}, {"대한민국", "KR"}, {"中国", "CN"}, {"UAE", "AE"}, {"Emirates", "AE"},
        };
        for (const auto& [n, cc] : extra) {
            auto it = out.by_code.find(cc);
            if (it != out.by_code.end()) out.by_name.emplace(fold_name(n), it->second);
        }
        return out;
    }();
    return c;
}

struct City {
    std::string name, cc;
    long long population = 0;
    double lat = 0, lon = 0;
};

struct Cities {
    std::vector<City> list;
    std::unordered_multimap<std::string, size_t> by_name;   // folded name or alias -> index
    std::vector<std::pair<std::string, size_t>> sorted;     // for word-prefix search
};

// Parsed once per loaded table (keyed by the buffer, so re-registering a table re-parses).
std::shared_ptr<const Cities> cities() {
    static std::mutex mutex;
    static std::shared_ptr<const std::string> source;
    static std::shared_ptr<const Cities> parsed;
    const auto bytes = TableStore::global().get("cities");
    std::lock_guard<std::mutex> lock(mutex);
    if (!bytes) return nullptr;
    if (bytes == source && parsed) return parsed;
    auto out = std::make_shared<Cities>();
    std::string_view text(*bytes);
    text.remove_prefix(12);
    std::map<std::string, size_t> key_index;  // "Name/CC" -> most populous index
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        std::string_view f[6];
        size_t n = 0, start = 0;
        for (size_t i = 0; i <= line.size() && n < 6; ++i)
            if (i == line.size() || line[i] == '\t') { f[n++] = line.substr(start, i - start); start = i + 1; }
        if (n < 6) continue;
        City c;
        c.name = std::string(f[0]);
        c.cc = std::string(f[1]);
        std::from_chars(f[3].data(), f[3].data() + f[3].size(), c.population);
        c.lat = std::strtod(std::string(f[4]).c_str(), nullptr);
        c.lon = std::strtod(std::string(f[5]).c_str(), nullptr);
        const size_t idx = out->list.size();
        out->list.push_back(std::move(c));
        const City& cc = out->list.back();
        out->by_name.emplace(fold_name(cc.name), idx);
        const std::string key = cc.name + "/" + cc.cc;
        auto it = key_index.find(key);
        if (it == key_index.end() || out->list[it->second].population < cc.population) key_index[key] = idx;
    }
    const auto& aliases = data_table("city_names.json").at("cities");
    for (const auto& [key, names] : aliases.items()) {
        auto it = key_index.find(key);
        if (it == key_index.end()) continue;  // a test checks that every key is in the table
        for (const auto& n : names) out->by_name.emplace(fold_name(n.get<std::string>()), it->second);
    }
    for (const auto& [name, idx] : out->by_name) out->sorted.emplace_back(name, idx);
    std::sort(out->sorted.begin(), out->sorted.end());
    source = bytes;
    parsed = out;
    return parsed;
}

std::string trim(std::string_view s) {
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == '"')) s.remove_prefix(1);
    while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '"' || s.back() == '.')) s.remove_suffix(1);
    return std::string(s);
}

Place from_city(const City& c) {
    Place p;
    p.ok = true;
    p.kind = "city";
    p.name = c.name;
    p.country = c.cc;
    p.lat = c.lat;
    p.lon = c.lon;
    p.population = c.population;
    return p;
}

}  // namespace

bool gazetteer_loaded() { return TableStore::global().has("cities"); }

Place find_country(std::string_view q) {
    Place p;
    const std::string t = trim(q);
    const auto& c = countries();
    const Country* hit = nullptr;
    std::string upper;
    for (char ch : t) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
    if ((t.size() == 2 || t.size() == 3) && std::all_of(t.begin(), t.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); })) {
        // Codes: upper case always; lower case only for alpha-3 (alpha-2 "de", "it" are words too).
        const bool is_upper = upper == t;
        if (is_upper || t.size() == 3) {
            auto it = c.by_code.find(upper);
            if (it != c.by_code.end()) hit = &c.list[it->second];
        }
    }
    if (!hit) {
        auto it = c.by_name.find(fold_name(t));
        if (it != c.by_name.end()) hit = &c.list[it->second];
    }
    if (!hit) {
        p.error = "unknown country '" + utf8_clean(t) + "'";
        return p;
    }
    p.ok = true;
    p.kind = "country";
    p.name = hit->name;
    p.country = hit->cc;
    p.lat = hit->lat;
    p.lon = hit->lon;
    return p;
}

Place find_city(std::string_view name, std::string_view cc) {
    Place p;
    const auto db = cities();
    if (!db) {
        p.error = "city gazetteer not loaded";
        return p;
    }
    const std::string f = fold_name(name);
    if (f.empty()) {
        p.error = "empty place name";
        return p;
    }
    const City* best = nullptr;
    auto consider = [&](size_t idx) {
        const City& c = db->list[idx];
        if (!cc.empty() && c.cc != cc) return;
        if (!best || c.population > best->population) best = &c;
    };
    auto range = db->by_name.equal_range(f);
    for (auto it = range.first; it != range.second; ++it) consider(it->second);
    if (!best && f.size() >= 4) {
        // "Frankfurt" -> "Frankfurt am Main": names that start with the query as whole words.
        const std::string prefix = f + " ";
        for (auto it = std::lower_bound(db->sorted.begin(), db->sorted.end(), std::make_pair(prefix, size_t(0)));
             it != db->sorted.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
            consider(it->second);
    }
    if (!best && f.size() >= 6) {
        // "Queretaro" -> "Santiago de Querétaro": names that end with the query as whole words.
        const std::string suffix = " " + f;
        for (const auto& [n, idx] : db->sorted)
            if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) consider(idx);
    }
    if (!best) {
        p.error = "no city '" + utf8_clean(trim(name)) + "'" + (cc.empty() ? "" : " in " + std::string(cc)) + " in the gazetteer";
        return p;
    }
    return from_city(*best);
}

Place resolve_place(std::string_view query) {
    const std::string q = trim(query);
    Place p;
    if (q.empty()) {
        p.error = "empty query";
        return p;
    }
    if (q.size() > 200) {
        p.error = "query too long";
        return p;
    }
    // "City (CC)", "City/CC", "City, Country", "City - Country": try the last separator first.
    std::vector<std::pair<std::string, std::string>> splits;
    if (q.back() == ')') {
        const size_t open = q.rfind('(');
        if (open != std::string::npos && open > 0) splits.emplace_back(q.substr(0, open), q.substr(open + 1, q.size() - open - 2));
    }
    for (const char* sep : {"/", ",", " - ", "|"}) {
        const size_t at = q.rfind(sep);
        if (at != std::string::npos && at > 0) splits.emplace_back(q.substr(0, at), q.substr(at + std::string_view(sep).size()));
    }
    for (const auto& [place, qual] : splits) {
        const Place country = find_country(qual);
        if (!country.ok) continue;
        Place city = find_city(place, country.country);
        if (city.ok) return city;
        if (!gazetteer_loaded()) return city;  // say why, rather than a vaguer error below
    }
    const Place country = find_country(q);
    if (country.ok) return country;
    Place city = find_city(q, "");
    if (city.ok || !gazetteer_loaded()) return city;
    // "Frankfurt am Main, Hessen": a qualifier that is not a country; try the part before it.
    for (const auto& [place, qual] : splits) {
        Place c = find_city(place, "");
        if (c.ok) return c;
    }
    p.error = "unknown place '" + utf8_clean(q) + "'";
    return p;
}

nlohmann::ordered_json describe_place(std::string_view query) {
    const Place p = resolve_place(query);
    nlohmann::ordered_json j;
    j["query"] = utf8_clean(trim(query));
    if (!p.ok) {
        j["error"] = p.error;
        return j;
    }
    j["name"] = p.name;
    j["country"] = p.country;
    j["lat"] = p.lat;
    j["lon"] = p.lon;
    j["kind"] = p.kind;
    if (p.kind == "city") j["population"] = p.population;
    return j;
}

}  // namespace ownercheck
