#include "ingest/formats/kv_pairs.hpp"

#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

bool key_char(char c) { return is_alnum(c) || c == '_' || c == '.' || c == '-' || c == '@'; }

}  // namespace

size_t first_pair(std::string_view l) {
    for (size_t i = 0; i < l.size(); ++i) {
        if (i > 0 && l[i - 1] != ' ' && l[i - 1] != '\t' && l[i - 1] != ',' && l[i - 1] != ';') continue;
        size_t k = i;
        while (k < l.size() && key_char(l[k])) ++k;
        if (k > i && k < l.size() && l[k] == '=' && (is_alpha(l[i]) || l[i] == '_' || l[i] == '@')) return i;
    }
    return std::string_view::npos;
}

void PairReader::read(std::string_view t, size_t i, std::string_view& unclosed) {
    keys_.clear();
    unclosed = {};
    size_t used = 0;
    while (i < t.size()) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == ',' || t[i] == ';')) ++i;
        const size_t ks = i;
        while (i < t.size() && key_char(t[i])) ++i;
        if (i >= t.size() || t[i] != '=' || i == ks) {
            // A bare word between pairs: skip it.
            while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
            continue;
        }
        const std::string_view key = t.substr(ks, i - ks);
        ++i;  // '='
        if (used == store_.size()) store_.emplace_back();
        std::string& val = store_[used];
        val.clear();
        if (i < t.size() && (t[i] == '"' || t[i] == '\'')) {
            const char q = t[i++];
            bool closed = false;
            while (i < t.size()) {
                if (t[i] == '\\' && i + 1 < t.size()) {
                    const char e = t[i + 1];
                    val.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                    i += 2;
                    continue;
                }
                if (t[i] == q) {
                    ++i;
                    closed = true;
                    break;
                }
                val.push_back(t[i++]);
            }
            if (!closed && unclosed.empty()) unclosed = key;
        } else {
            const size_t vs = i;
            while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
            val.assign(t.substr(vs, i - vs));
            while (!val.empty() && (val.back() == ',' || val.back() == ';')) val.pop_back();
        }
        keys_.push_back(key);
        ++used;
    }
}

void PairReader::assign(RoleCache& roles, RoleValues& values, RoleRanks& ranks) const {
    for (size_t k = 0; k < keys_.size(); ++k)
        if (!store_[k].empty()) offer(values, ranks, roles.get(keys_[k]), store_[k]);
}

}  // namespace ownercheck::ingest
