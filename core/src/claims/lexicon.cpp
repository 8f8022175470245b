#include "claims/lexicon.hpp"

#include <algorithm>
#include <cctype>

#include "claims/text.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::claims {

namespace {

const char* const kLangs[] = {"en", "fr", "pt", "de", "it", "ru", "tr", "zh", "ko"};

std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
    std::vector<std::string> out;
    if (!j.contains(key) || !j[key].is_array()) return out;
    for (const auto& v : j[key])
        if (v.is_string()) out.push_back(fold_str(v.get<std::string>()));
    return out;
}

std::vector<PhraseInt> phrase_ints(const nlohmann::json& j, const char* key) {
    std::vector<PhraseInt> out;
    if (!j.contains(key) || !j[key].is_object()) return out;
    for (const auto& [k, v] : j[key].items())
        if (v.is_number_integer()) out.emplace_back(fold_str(k), v.get<int>());
    return out;
}

template <class T>
void longest_first(std::vector<T>& v) {
    std::stable_sort(v.begin(), v.end(), [](const T& a, const T& b) { return a.first.size() > b.first.size(); });
}

LangLex load_lang(const char* code) {
    const auto& j = data_table(std::string("lang/") + code + ".json");
    LangLex l;
    l.lang = code;
    l.detect = strings(j, "detect");
    l.numeric_order = j.value("numeric_order", std::string("dmy"));
    l.months = phrase_ints(j, "months");
    l.number_words = phrase_ints(j, "number_words");
    l.weekdays = phrase_ints(j, "weekdays");
    // German writes the part of the day into the weekday: "Donnerstagabend", "Samstagvormittag".
    const std::vector<std::string> dayparts = strings(j, "weekday_dayparts");
    for (size_t k = 0, n = l.weekdays.size(); k < n && !dayparts.empty(); ++k)
        for (const std::string& part : dayparts) l.weekdays.emplace_back(l.weekdays[k].first + part, l.weekdays[k].second);
    longest_first(l.months);
    longest_first(l.number_words);
    longest_first(l.weekdays);  // "cumartesi" before its prefix "cuma"
    if (j.contains("units"))
        for (const auto& [k, v] : j["units"].items()) l.units.emplace_back(fold_str(k), v.get<std::string>());
    longest_first(l.units);
    l.day_joiners = strings(j, "day_joiners");
    l.year_suffixes = strings(j, "year_suffixes");
    l.ago = strings(j, "ago");
    l.ago_prefix = strings(j, "ago_prefix");
    if (j.contains("relative"))
        for (const auto& [k, v] : j["relative"].items()) {
            RelativePhrase r;
            r.phrase = fold_str(k);
            r.days = v.value("days", 0);
            r.weeks = v.value("weeks", 0);
            r.months = v.value("months", 0);
            r.years = v.value("years", 0);
            r.precision = v.contains("years") ? "year" : v.contains("months") ? "month" : "day";
            l.relative.push_back(r);
        }
    std::stable_sort(l.relative.begin(), l.relative.end(), [](const auto& a, const auto& b) { return a.phrase.size() > b.phrase.size(); });
    l.range_joiners = strings(j, "range_joiners");
    l.range_openers = strings(j, "range_openers");
    l.approx = strings(j, "approx");
    l.approx_after = strings(j, "approx_after");
    l.approx_after_sum = strings(j, "approx_after_sum");
    l.habitual = strings(j, "habitual");
    l.attempt = strings(j, "attempt");
    l.see_refs = strings(j, "see_refs");
    l.loss = strings(j, "loss");
    l.lost_device = strings(j, "lost_device");
    l.lost_access = strings(j, "lost_access");
    l.contrast = strings(j, "contrast");
    l.negation = strings(j, "negation");
    l.last_week_weekday = strings(j, "last_week_weekday");
    if (j.contains("list_joiners"))  // spaces matter here: keep them, just fold
        for (const auto& v : j["list_joiners"]) l.list_joiners.push_back(fold_str(v.get<std::string>()));
    if (j.contains("side")) {
        l.buy = strings(j["side"], "buy");
        l.sell = strings(j["side"], "sell");
    }
    l.question_prefixes = strings(j, "question_prefixes");
    l.answer_prefixes = strings(j, "answer_prefixes");
    l.abbreviations = strings(j, "abbreviations");
    if (j.contains("name_inflection")) {
        l.name_drop = strings(j["name_inflection"], "drop");
        l.name_endings = strings(j["name_inflection"], "endings");
    }
    for (const auto& [key, field] : {std::make_pair("year_parts", &l.year_parts), std::make_pair("year_parts_after", &l.year_parts_after)})
        if (j.contains(key))
            for (const auto& [k, v] : j[key].items()) field->push_back({fold_str(k), v.at(0).get<int>(), v.at(1).get<int>()});
    for (auto* parts : {&l.year_parts, &l.year_parts_after})
        std::stable_sort(parts->begin(), parts->end(), [](const auto& a, const auto& b) { return a.phrase.size() > b.phrase.size(); });
    l.year_part_links = strings(j, "year_part_links");
    std::stable_sort(l.year_part_links.begin(), l.year_part_links.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    l.alt_joiners = strings(j, "alt_joiners");
    for (const auto& t : strings(j, "day_only")) {
        const size_t h = t.find('#');
        if (h != std::string::npos) l.day_only.push_back({t.substr(0, h), t.substr(h + 1)});
    }
    l.day_only_not_before = strings(j, "day_only_not_before");
    l.address_start = strings(j, "address_start");
    l.address_end = strings(j, "address_end");
    l.address_token_before = j.value("address_token_before", false);
    l.thousands = strings(j, "thousands");
    l.durations = strings(j, "durations");
    l.unable = strings(j, "unable");
    l.month_openers = strings(j, "month_openers");
    if (j.contains("seasons"))
        for (const auto& [k, v] : j["seasons"].items()) l.seasons.push_back({fold_str(k), v.at(0).get<int>(), v.at(1).get<int>()});
    std::stable_sort(l.seasons.begin(), l.seasons.end(), [](const auto& a, const auto& b) { return a.phrase.size() > b.phrase.size(); });
    l.place_there = strings(j, "place_there");
    l.place_home = strings(j, "place_home");
    l.place_suffixes = strings(j, "place_suffixes");
    l.intent = strings(j, "intent");
    l.same_day = strings(j, "same_day");
    l.day_after = strings(j, "day_after");
    l.self_intro = strings(j, "self_intro");
    l.surnames = strings(j, "surnames");
    l.self_intro_not = strings(j, "self_intro_not");
    l.new_device = strings(j, "new_device");
    l.new_device_after = strings(j, "new_device_after");
    l.negators = strings(j, "negators");
    l.negators_after = strings(j, "negators_after");
    l.switch_to = strings(j, "switch_to");
    l.never = strings(j, "never");
    l.first_one = strings(j, "first_one");
    l.last_one = strings(j, "last_one");
    l.almost = strings(j, "almost");
    l.crypto_words = strings(j, "crypto_words");
    l.nor = strings(j, "nor");
    l.lack_before = strings(j, "lack_before");
    l.lack_after = strings(j, "lack_after");
    l.elisions = strings(j, "elisions");
    l.corrections = strings(j, "corrections");
    l.price = strings(j, "price");
    l.price_when = strings(j, "price_when");
    l.wish = strings(j, "wish");
    l.paid_with = strings(j, "paid_with");
    l.name_before = strings(j, "name_before");
    l.quote_attribution = strings(j, "quote_attribution");
    l.forward_markers = strings(j, "forward_markers");
    l.header_from = strings(j, "header_from");
    l.header_fields = strings(j, "header_fields");
    l.desk_names = strings(j, "desk_names");
    l.other_account = strings(j, "other_account");
    l.two_accounts = strings(j, "two_accounts");
    l.for_someone_else = strings(j, "for_someone_else");
    l.disputes_activity = strings(j, "disputes_activity");
    if (j.contains("spelled_numbers")) {
        const auto& sp = j["spelled_numbers"];
        for (const auto& [key, field] : {std::make_pair("cardinals", &l.spelled.cardinals), std::make_pair("hundreds", &l.spelled.hundreds),
                                         std::make_pair("scales", &l.spelled.scales)})
            if (sp.contains(key))
                for (const auto& [k, v] : sp[key].items()) field->emplace_back(fold_str(k), v.get<double>());
        l.spelled.joiners = strings(sp, "joiners");
        l.spelled.halves = strings(sp, "halves");
        l.spelled.links = strings(sp, "links");
        l.spelled.ambiguous = strings(sp, "ambiguous");
        l.spelled.units_before_tens = sp.value("units_before_tens", false);
        l.spelled.short_tail = sp.value("short_tail", false);
    }
    if (j.contains("topics"))
        for (const auto& [topic, cues] : j["topics"].items())
            for (const auto& c : cues) l.topic_cues.emplace_back(fold_str(c.get<std::string>()), topic);
    // Phrases that take their words from the cues without being one ("trade-in"): no topic.
    for (const auto& c : strings(j, "not_cues")) l.topic_cues.emplace_back(c, std::string());
    longest_first(l.topic_cues);
    return l;
}

// The script of a code point, coarsely: enough to apply a language's endings only to names
// written in its alphabet.
int script_of(char32_t cp) {
    if (cp >= 0x400 && cp <= 0x4FF) return 1;  // Cyrillic
    if (cp < 0x250) return 0;                  // Latin
    return 2;
}

char32_t last_cp(std::string_view s) {
    size_t i = 0;
    char32_t cp = 0;
    while (i < s.size()) cp = next_cp(s, i);
    return cp;
}

// A folded place or device name and its inflected forms in every language that inflects names
// written in the name's script ("лион" -> "лиона", "лионе", ...). Stems ("macbook*") already
// match any ending.
std::vector<std::string> with_inflections(const std::string& name) {
    std::vector<std::string> out{name};
    if (name.empty() || name.back() == '*') return out;
    const char32_t last = last_cp(name);
    if (!is_letter(last)) return out;
    for (const auto& l : lexicons()) {
        if (l.name_endings.empty() || script_of(last_cp(l.name_endings.front())) != script_of(last)) continue;
        std::string base = name;
        for (const auto& d : l.name_drop)
            if (base.size() > d.size() && base.compare(base.size() - d.size(), d.size(), d) == 0) {
                base.resize(base.size() - d.size());
                break;
            }
        for (const auto& e : l.name_endings)
            if (base + e != name) out.push_back(base + e);
    }
    return out;
}

SharedVocab load_shared() {
    SharedVocab v;
    for (const auto& [ticker, a] : data_table("claims_assets.json")["assets"].items()) {
        v.fiat[ticker] = a.value("fiat", false);
        for (const auto& n : a["names"]) v.assets.push_back({fold_str(n.get<std::string>()), ticker, false});
        if (a.contains("symbols"))
            for (const auto& n : a["symbols"]) {
                const std::string sign = fold_str(n.get<std::string>());
                v.assets.push_back({sign, ticker, true, !sign.empty() && std::isalpha(static_cast<unsigned char>(sign.front()))});
            }
    }
    for (const auto& [ticker, units] : data_table("claims_assets.json")["sub_units"].items())
        for (const auto& u : units)
            for (const auto& n : u["names"]) v.assets.push_back({fold_str(n.get<std::string>()), ticker, false, false, u["scale"].get<double>()});
    std::stable_sort(v.assets.begin(), v.assets.end(), [](const auto& a, const auto& b) { return a.phrase.size() > b.phrase.size(); });

    const auto& places = data_table("claims_places.json");
    for (const auto& [code, names] : places["countries"].items())
        for (const auto& n : names)
            for (const auto& f : with_inflections(fold_str(n.get<std::string>()))) v.countries.emplace_back(f, code);
    longest_first(v.countries);
    for (const auto& [name, c] : places["cities"].items())
        for (const auto& n : c["names"])
            for (const auto& f : with_inflections(fold_str(n.get<std::string>()))) v.cities.push_back({f, name, c.value("country", std::string())});
    // The enrich gazetteer's exonyms (city_names.json, "Name/CC": names in the nine languages) add
    // the cities this list lacks, under the GeoNames name the gazetteer gives them; a city this
    // list already knows by any of those names keeps its entry.
    {
        const nlohmann::json aliases = data_table("city_names.json").value("cities", nlohmann::json::object());  // named: not a temporary's member
        for (const auto& [key, names] : aliases.items()) {
            const size_t slash = key.rfind('/');
            if (slash == std::string::npos) continue;
            const std::string name = key.substr(0, slash), cc = key.substr(slash + 1);
            std::vector<std::string> folded{fold_str(name)};
            for (const auto& n : names) folded.push_back(fold_str(n.get<std::string>()));
            const bool known = std::any_of(folded.begin(), folded.end(), [&](const std::string& f) {
                return std::any_of(v.cities.begin(), v.cities.end(), [&](const SharedVocab::City& c) { return c.phrase == f; });
            });
            if (known) continue;
            for (const auto& f : folded)
                for (const auto& g : with_inflections(f)) v.cities.push_back({g, name, cc});
        }
    }
    std::stable_sort(v.cities.begin(), v.cities.end(), [](const auto& a, const auto& b) { return a.phrase.size() > b.phrase.size(); });

    for (const auto& d : data_table("claims_devices.json")["devices"])
        for (const auto& n : d["names"])
            for (const auto& f : with_inflections(fold_str(n.get<std::string>())))
                v.devices.push_back({f, d.value("os", std::string()), d.value("browser", std::string()), d.value("model", std::string()),
                                     d.value("family", std::string()), d.value("app", false), d.value("model_number", false),
                                     d.value("needs_number", false)});
    const nlohmann::json model_words = data_table("claims_devices.json").value("model_words", nlohmann::json::object());  // named: not a temporary's member
    for (const auto& [k, w] : model_words.items()) v.model_words.emplace_back(fold_str(k), w.get<std::string>());
    longest_first(v.model_words);
    const nlohmann::json kinds = data_table("claims_devices.json").value("kinds", nlohmann::json::object());  // named: not a temporary's member
    for (const auto& [kind, names] : kinds.items())
        for (const auto& n : names)
            for (const auto& f : with_inflections(fold_str(n.get<std::string>()))) v.device_kinds.emplace_back(f, kind);
    longest_first(v.device_kinds);
    std::stable_sort(v.devices.begin(), v.devices.end(), [](const auto& a, const auto& b) { return a.phrase.size() > b.phrase.size(); });

    for (const auto& [method, names] : data_table("claims_2fa.json")["methods"].items())
        for (const auto& n : names) v.twofa.emplace_back(fold_str(n.get<std::string>()), method);
    longest_first(v.twofa);
    for (const auto& n : data_table("claims_2fa.json").value("named", nlohmann::json::array())) v.twofa_named.push_back(fold_str(n.get<std::string>()));
    for (const auto& n : data_table("claims_2fa.json").value("app_words", nlohmann::json::array())) v.twofa_app_words.push_back(fold_str(n.get<std::string>()));

    const auto& topics = data_table("claims_topics.json");
    for (const auto& [topic, r] : topics["topics"].items()) {
        SharedVocab::TopicRule rule;
        for (const auto& n : r["needs"]) rule.needs.push_back(n.get<std::string>());
        rule.phishable = r.value("phishable", false);
        rule.vague_if_habitual = r.value("vague_if_habitual", false);
        rule.not_when_loss = r.value("not_when_loss", false);
        v.topics[topic] = rule;
    }
    for (const auto& t : topics["order"]) v.topic_order.push_back(t.get<std::string>());
    return v;
}

}  // namespace

const std::vector<LangLex>& lexicons() {
    static const std::vector<LangLex> all = [] {
        std::vector<LangLex> v;
        for (const char* code : kLangs) v.push_back(load_lang(code));
        return v;
    }();
    return all;
}

const LangLex& lexicon(std::string_view lang) {
    for (const auto& l : lexicons())
        if (l.lang == lang) return l;
    return lexicons().front();
}

bool follows_hedge(std::string_view s, size_t end, const LangLex& lex, bool sum) {
    while (end < s.size() && s[end] == ' ') ++end;
    for (const auto* list : {&lex.approx_after, &lex.approx_after_sum}) {
        if (list == &lex.approx_after_sum && !sum) break;
        for (const auto& w : *list) {
            size_t len = 0;
            if (find_phrase(s, w, end, &len) != end) continue;
            // a word that also hedges what follows ("il 5 marzo circa 500 euro") belongs to the
            // number after it
            size_t q = end + len;
            while (q < s.size() && s[q] == ' ') ++q;
            const bool both_ways = std::find(lex.approx.begin(), lex.approx.end(), w) != lex.approx.end();
            if (!(both_ways && q < s.size() && s[q] >= '0' && s[q] <= '9')) return true;
        }
    }
    return false;
}

const SharedVocab& shared_vocab() {
    static const SharedVocab v = load_shared();
    return v;
}

std::string canonical_city(std::string_view folded_name) {
    for (const auto& c : shared_vocab().cities)
        if (c.phrase == folded_name) return c.name;
    return "";
}

std::string city_country(std::string_view canonical) {
    for (const auto& c : shared_vocab().cities)
        if (c.name == canonical) return c.country;
    return "";
}

// Months and weekdays: also first names ("Jan", "Marco" is "março" folded, "June"), so a name
// is refused only when all its words are calendar words.
bool calendar_word(const std::string& folded) {
    for (const auto& l : lexicons()) {
        for (const auto& m : l.months)
            if (m.first == folded) return true;
        for (const auto& m : l.weekdays)
            if (m.first == folded) return true;
    }
    return false;
}

// A word the lexicons know as something other than a name: a place, a device, an asset.
bool known_word(const std::string& folded) {
    if (!canonical_city(folded).empty()) return true;
    const auto& v = shared_vocab();
    for (const auto& c : v.countries)
        if (c.first == folded) return true;
    for (const auto& d : v.devices)
        if (d.phrase == folded) return true;
    for (const auto& a : v.assets)
        if (a.phrase == folded) return true;
    return false;
}

}  // namespace ownercheck::claims
