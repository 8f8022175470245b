#include "ingest/assets.hpp"

#include <map>
#include <set>
#include <vector>

#include "ingest/text.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::ingest {

namespace {

struct AssetTables {
    std::map<std::string, std::string, std::less<>> codes;
    std::vector<std::string> suffixes;
    std::set<std::string, std::less<>> fiat;
    std::vector<std::string> quotes;
};

const AssetTables& tables() {
    static const AssetTables t = [] {
        AssetTables out;
        const auto& j = data_table("kraken_assets.json");
        for (const auto& [k, v] : j.at("codes").items()) out.codes.emplace(k, v.get<std::string>());
        for (const auto& s : j.at("suffixes")) out.suffixes.push_back(s.get<std::string>());
        for (const auto& s : j.at("fiat")) out.fiat.insert(s.get<std::string>());
        for (const auto& s : j.at("quotes")) out.quotes.push_back(s.get<std::string>());
        return out;
    }();
    return t;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = to_upper(c);
    return out;
}

}  // namespace

std::string normalize_asset(std::string_view code) {
    const AssetTables& t = tables();
    std::string s = upper(trim(code));
    if (s.empty()) return s;
    bool stripped = false;
    for (const auto& suf : t.suffixes) {
        if (s.size() > suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0) {
            s.resize(s.size() - suf.size());
            stripped = true;
            break;
        }
    }
    if (auto it = t.codes.find(s); it != t.codes.end()) return it->second;
    if (stripped || (s.size() > 3 && is_digit(s.back()))) {
        // Staking terms: DOT28, ETH2, KSM07, SOL03
        std::string base = s;
        while (!base.empty() && is_digit(base.back())) base.pop_back();
        if (!base.empty() && base.size() != s.size()) {
            if (auto it = t.codes.find(base); it != t.codes.end()) return it->second;
            return base;
        }
    }
    return s;
}

bool is_fiat(std::string_view ticker) { return tables().fiat.count(ticker) > 0; }

std::pair<std::string, std::string> split_pair(std::string_view pair) {
    std::string p = upper(trim(pair));
    for (char sep : {'/', '-', '_', ':'}) {
        const size_t k = p.find(sep);
        if (k != std::string::npos && k > 0 && k + 1 < p.size()) return {p.substr(0, k), p.substr(k + 1)};
    }
    for (const auto& q : tables().quotes) {
        if (p.size() > q.size() + 1 && p.compare(p.size() - q.size(), q.size(), q) == 0)
            return {p.substr(0, p.size() - q.size()), q};
    }
    return {};
}

}  // namespace ownercheck::ingest
