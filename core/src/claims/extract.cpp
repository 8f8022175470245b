// Claim extraction: every answers block, sentence by sentence. A sentence names its topic with a
// cue ("my last deposit", "abri a minha conta", "последний вход") or inherits it from the question
// it answers; it becomes a claim only when it also carries a value the topic can be checked on.

#include "claims/extract.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "claims/amounts.hpp"
#include "claims/bare_answers.hpp"
#include "claims/dates.hpp"
#include "claims/device_loss.hpp"
#include "claims/language.hpp"
#include "claims/layout.hpp"
#include "claims/lexicon.hpp"
#include "claims/other_accounts.hpp"
#include "claims/phrase_set.hpp"
#include "claims/text.hpp"
#include "claims/translit.hpp"
#include "claims/typos.hpp"
#include "claims/values.hpp"
#include "util/civil_time.hpp"

namespace ownercheck {

using namespace claims;

namespace {

struct Cue {
    size_t pos, len;
    std::string topic;
    std::string phrase;  // the lexicon's cue, folded
};

// "출금 내역 다시 확인해보니", "looking at my withdrawal history", "laut Einzahlungsverlauf": a cue
// followed by a word for the records is where the client looked the answer up, not the topic
// of what they say (which belongs to the question they answer).
bool names_records(std::string_view folded, size_t end) {
    static constexpr std::string_view kRecords[] = {"history", "records", "statement", "내역", "기록", "记录", "明细", "verlauf",
                                                    "historique", "historico", "cronologia", "storico", "gecmis", "kayitlar", "истори"};
    size_t q = end;
    while (q < folded.size() && folded[q] == ' ') ++q;
    for (std::string_view r : kRecords)
        if (folded.substr(q, r.size()) == r) return true;
    return false;
}

// Topic cues of every language, longest first, without overlap, in text order. In a question
// ("최근 출금 내역은?", "your deposit history?") the records are what is asked about.
std::vector<Cue> find_cues(std::string_view folded, bool question = false) {
    struct Cand { std::string phrase, topic; };
    static const std::vector<Cand> all = [] {
        std::vector<Cand> v;
        for (const auto& l : lexicons())
            for (const auto& [cue, topic] : l.topic_cues) v.push_back({cue, topic});
        std::stable_sort(v.begin(), v.end(), [](const Cand& a, const Cand& b) { return a.phrase.size() > b.phrase.size(); });
        return v;
    }();
    static const PhraseSet cue_words = phrase_set(all, &Cand::phrase);
    const std::vector<bool> here = cue_words.present(folded);
    std::vector<Cue> out;
    std::vector<bool> taken(folded.size(), false);
    for (size_t i = 0; i < all.size(); ++i) {
        if (!here[i]) continue;
        const Cand& c = all[i];
        size_t from = 0, len = 0;
        for (size_t pos; (pos = find_phrase(folded, c.phrase, from, &len)) != std::string_view::npos; from = pos + 1) {
            bool free = true;
            for (size_t k = pos; k < pos + len; ++k) free = free && !taken[k];
            if (!free) continue;
            if (!question && names_records(folded, pos + len)) continue;
            for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
            if (!c.topic.empty()) out.push_back({pos, len, c.topic, c.phrase});  // a not-cue only takes its words
        }
    }
    std::sort(out.begin(), out.end(), [](const Cue& a, const Cue& b) { return a.pos < b.pos; });
    return out;
}

bool any_phrase(std::string_view folded, const std::vector<std::string>& phrases) {
    for (const auto& p : phrases)
        if (contains_phrase(folded, p)) return true;
    return false;
}

bool any_lang_phrase(std::string_view folded, std::vector<std::string> LangLex::*field) {
    for (const auto& l : lexicons())
        if (any_phrase(folded, l.*field)) return true;
    return false;
}

double round_to(double v, int digits) {
    const double f = std::pow(10.0, digits);
    return std::round(v * f) / f;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A piece of a sentence with the topics its cues name.
struct Segment {
    size_t begin, end;  // folded byte range
    std::vector<Cue> cues;
};

// Splits a sentence where it turns from one topic to another ("I opened my account in 2020, and
// my last deposit was ..."), at the last joiner before the next topic's cue.
std::vector<Segment> segments(std::string_view folded, const std::vector<Cue>& cues) {
    std::vector<Segment> out;
    out.push_back({0, folded.size(), {}});
    for (size_t i = 0; i < cues.size(); ++i) {
        Segment& cur = out.back();
        const bool new_topic = !cur.cues.empty() &&
                               std::none_of(cur.cues.begin(), cur.cues.end(), [&](const Cue& c) { return c.topic == cues[i].topic; });
        if (new_topic) {
            const size_t prev_end = cur.cues.back().pos + cur.cues.back().len;
            size_t cut = std::string_view::npos;
            for (const auto& l : lexicons())
                for (const auto& j : l.list_joiners) {
                    size_t p = folded.rfind(j, cues[i].pos);
                    // "，" folds to ",": inside "2,000" or "0,5" it separates digits, not clauses
                    while (p != std::string_view::npos && p > 0 && p + j.size() < folded.size() && is_ascii_digit(folded[p - 1]) &&
                           is_ascii_digit(folded[p + j.size()]))
                        p = p == 0 ? std::string_view::npos : folded.rfind(j, p - 1);
                    if (p != std::string_view::npos && p >= prev_end && (cut == std::string_view::npos || p > cut)) cut = p;
                }
            // Without a joiner the two cues are one clause ("I used SMS codes for 2FA"): the
            // value requirements pick the topic.
            if (cut != std::string_view::npos) {
                cur.end = cut;
                out.push_back({cut, folded.size(), {}});
            }
        }
        out.back().cues.push_back(cues[i]);
    }
    return out;
}

struct Values {
    std::vector<DateFound> dates;
    std::vector<AmountFound> amounts;
    std::vector<AssetFound> assets;
    std::optional<PlaceFound> place;
    std::vector<DeviceFound> devices;
    bool device_asked = false;  // a devices cue or question: a bare kind ("a phone") answers it
    std::string method, side, email, phone, address, name;
};

bool has_value(const Values& v, const std::string& kind) {
    if (kind == "date") return !v.dates.empty();
    if (kind == "amount") return !v.amounts.empty();
    if (kind == "place") return v.place.has_value();
    if (kind == "country") return v.place && !v.place->country.empty();
    if (kind == "device")
        return std::any_of(v.devices.begin(), v.devices.end(), [&](const DeviceFound& d) {
            return !d.os.empty() || !d.browser.empty() || !d.model.empty() || d.app || (v.device_asked && !d.kind.empty());
        });
    if (kind == "method") return !v.method.empty();
    if (kind == "email") return !v.email.empty();
    if (kind == "phone") return !v.phone.empty();
    if (kind == "address") return !v.address.empty();
    if (kind == "name") return !v.name.empty();
    if (kind == "traded_asset") return !v.assets.empty() && !v.side.empty();  // "e comprei ETH com isso"
    return false;
}

void put_date(nlohmann::ordered_json& j, const DateFound& d) {
    j["date"] = d.iso();
    j["precision"] = d.precision;
    if (d.range) {
        j["date_to"] = d.iso2();
        j["precision_to"] = d.precision2;
    }
    if (d.has_alt) j["date_alt"] = d.alt_iso();
    if (d.approx) j["date_approx"] = true;
}

// A trade's sum that is what the trade cost, not how much was traded: its amount fields become
// the quote's.
void sum_as_quote(nlohmann::ordered_json& j, const AmountFound& a) {
    j.erase("amount");
    j.erase("amount_alt");
    j.erase("amount_to");
    j.erase("decimals");
    j["quote_amount"] = round_to(a.value, 8);
    if (a.has_to) j["quote_amount_to"] = round_to(a.to, 8);
}

nlohmann::ordered_json value_for(const std::string& topic, const Values& v) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (topic == "last_deposit" || topic == "last_withdrawal" || topic == "last_trade" || topic == "balance") {
        // the amount with an asset attached wins over a bare number
        const AmountFound* a = nullptr;
        for (const auto& x : v.amounts)
            if (!x.asset.empty()) {
                a = &x;
                break;
            }
        if (!a && !v.amounts.empty()) a = &v.amounts.front();
        if (a) {
            j["amount"] = round_to(a->value, 8);
            if (a->has_alt) j["amount_alt"] = round_to(a->alt, 8);
            if (a->has_to) j["amount_to"] = round_to(a->to, 8);  // a range: any sum in [amount, amount_to]
            j["decimals"] = a->decimals;
            if (a->approx) j["amount_approx"] = true;
        }
        std::string asset = a ? a->asset : "";
        if (asset.empty() && !v.assets.empty()) {
            // "用這筆 USDT 買了 BTC，大約 0.02 顆": a bare sum is in the coin bought, not the one paid with
            const auto named = std::find_if(v.assets.begin(), v.assets.end(), [&](const AssetFound& x) { return !(topic == "last_trade" && x.paid_with); });
            asset = (named != v.assets.end() ? *named : v.assets.front()).ticker;
        }
        if (!asset.empty()) {
            j["asset"] = asset;
            j["fiat"] = shared_vocab().fiat.at(asset);
            if (a && a->dollar_sign && a->asset == asset) j["currency_sign"] = "$";
        }
        // "I bought ETH for 1,200 EUR": the trade is in ETH; the fiat sum is what it cost.
        if (topic == "last_trade" && a && !asset.empty() && shared_vocab().fiat.at(asset)) {
            const auto crypto = std::find_if(v.assets.begin(), v.assets.end(), [](const AssetFound& x) { return !x.fiat; });
            if (crypto != v.assets.end()) {
                sum_as_quote(j, *a);
                j["quote_asset"] = asset;
                j["asset"] = crypto->ticker;
                j["fiat"] = false;
            }
        }
        // "com esses 800 comprei USDT": the sum is what the trade cost, in a currency unsaid.
        if (topic == "last_trade" && a && a->paid_with && a->asset.empty() && j.contains("asset") && !j.value("fiat", true))
            sum_as_quote(j, *a);
        if (topic == "last_trade" && !v.side.empty()) j["side"] = v.side;
        if (topic != "balance" && !v.dates.empty()) put_date(j, v.dates.front());
    } else if (topic == "account_created" || topic == "last_login") {
        put_date(j, v.dates.front());
    } else if (topic == "usual_location" || topic == "residence_country") {
        const PlaceFound& p = *v.place;
        if (!p.city.empty()) j["city"] = p.city;
        if (!p.city_raw.empty()) j["city_text"] = p.city_raw;
        if (!p.country.empty()) j["country"] = p.country;
        j["place"] = p.text;
    } else if (topic == "devices") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& d : v.devices) {
            if (d.os.empty() && d.browser.empty() && d.model.empty() && !d.app && d.kind.empty()) continue;
            nlohmann::ordered_json e = {{"text", d.text}};
            if (!d.kind.empty()) e["kind"] = d.kind;
            if (!d.model.empty()) e["model"] = d.model;
            if (!d.model_text.empty()) e["model_text"] = d.model_text;
            if (!d.family.empty()) e["family"] = d.family;
            if (!d.os.empty()) e["os"] = d.os;
            if (!d.browser.empty()) e["browser"] = d.browser;
            if (d.app) e["app"] = true;
            list.push_back(e);
        }
        j["devices"] = list;
    } else if (topic == "two_factor_method") {
        j["method"] = v.method;
    } else if (topic == "contact_email") {
        j["email"] = v.email;
    } else if (topic == "phone") {
        j["phone"] = v.phone;
    } else if (topic == "full_name") {
        j["name"] = v.name;
    } else if (topic == "withdrawal_address") {
        j["address"] = v.address;
    }
    return j;
}

// "Google Authenticator", "Authy": a product named, not just "my authenticator app".
bool names_app(std::string_view folded) { return any_phrase(folded, shared_vocab().twofa_named); }

// "Il primo versamento è stato ..., poi qualche versamento più piccolo", "my first deposit",
// "第一次入金": the topic's first cue right after a "first" word; the clause is about the first of
// them, not the last.
bool about_the_first(std::string_view seg_folded, const struct Segment& seg, const std::string& topic) {
    for (const auto& c : seg.cues) {
        if (c.topic != topic) continue;
        const size_t at = c.pos - seg.begin;
        const size_t from = at > 24 ? at - 24 : 0;
        std::string_view before = seg_folded.substr(from, at - from);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        bool first = false;
        for (const auto& l : lexicons())
            for (const auto& w : l.first_one) {
                size_t len = 0;
                for (size_t p = find_phrase(before, w, 0, &len); p != std::string_view::npos && !first; p = find_phrase(before, w, p + 1, &len))
                    first = p + len == before.size();
            }
        return first;
    }
    return false;
}

// "Non ha mai prelevato niente", "I have never withdrawn": a "never" of the sentence's own language
// (German "Mai" is no Italian "mai"), not after an "almost" ("quasiment jamais").
bool says_never(std::string_view folded, const LangLex& lex) {
    for (const auto& n : lex.never) {
        size_t len = 0;
        for (size_t p = find_phrase(folded, n, 0, &len); p != std::string_view::npos; p = find_phrase(folded, n, p + 1, &len)) {
            std::string_view before = folded.substr(0, p);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            const bool almost = std::any_of(lex.almost.begin(), lex.almost.end(), [&](const std::string& w) {
                size_t wl = 0;
                for (size_t q = find_phrase(before, w, 0, &wl); q != std::string_view::npos; q = find_phrase(before, w, q + 1, &wl))
                    if (q + wl + 12 >= before.size()) return true;  // within a word or two
                return false;
            });
            if (!almost) return true;
        }
    }
    return false;
}

// The value of "never": {"none": true}, with the asset when one is named ("never withdrew any
// BTC") or "crypto" when coins in general are ("hiç kripto çekmedim").
nlohmann::ordered_json none_value(std::string_view folded, const Values& v, const LangLex& lex) {
    nlohmann::ordered_json j{{"none", true}};
    if (!v.assets.empty()) j["asset"] = v.assets.front().ticker;
    else if (std::any_of(lex.crypto_words.begin(), lex.crypto_words.end(), [&](const std::string& w) { return contains_phrase(folded, w); }))
        j["crypto"] = true;
    return j;
}

// "The last one, if I remember well, 500 euro", "L'ultimo, ...": the segment opens with a word
// for the last of something named before.
bool opens_with_last_one(std::string_view seg_folded) {
    size_t i = 0;
    while (i < seg_folded.size() && (seg_folded[i] == ' ' || seg_folded[i] == '-' || seg_folded[i] == '*')) ++i;
    const std::string_view rest = seg_folded.substr(i);
    for (const auto& l : lexicons())
        for (const auto& w : l.last_one) {
            size_t len = 0;
            if (find_phrase(rest, w, 0, &len) == 0) return true;
        }
    return false;
}

// A funding topic whose cue stands next to a negation ("I have NEVER made a withdrawal and 3,000
// USDT are missing", "Hiç para çekmedim", "출금한 적이 한 번도 없는데") is denied: the amount in
// the sentence is what went missing, not a withdrawal the client made. A login cue next to
// "can't" / "无法" / "안 돼" is the lock-out the client writes about, not a login. The window is a few words
// either side of the cue, so "I never got the e-mail; my last deposit was..." still counts.
// A negation word inside a date is the month's name ("mai" is Italian for "never" and French and
// German for May: "Letzte Einzahlung im Mai").
bool denied(std::string_view seg_folded, const struct Segment& seg, const std::string& topic, const std::vector<DateFound>& dates) {
    const bool login = topic == "last_login";  // "无法登录", "로그인이 안 돼", "I can't log in": the lock-out
    if (topic != "last_deposit" && topic != "last_withdrawal" && topic != "last_trade" && !login) return false;
    const auto words = login ? &LangLex::unable : &LangLex::negation;
    constexpr size_t kBefore = 32, kAfter = 24;
    bool any_cue = false, all_wishes = true;
    for (const auto& c : seg.cues) {
        if (c.topic != topic) continue;
        const size_t at = c.pos - seg.begin;
        size_t from = at > kBefore ? at - kBefore : 0;
        size_t to = std::min(seg_folded.size(), at + c.len + kAfter);
        // ...and within the cue's clause: "I never got the e-mail; my last deposit was ..."
        for (size_t k = at; k > from; --k)
            if (seg_folded[k - 1] == ',' || seg_folded[k - 1] == ';' || seg_folded[k - 1] == ':') {
                from = k;
                break;
            }
        for (size_t k = at + c.len; k < to; ++k)
            if (seg_folded[k] == ',' || seg_folded[k] == ';' || seg_folded[k] == ':') {
                to = k;
                break;
            }
        const std::string_view window = seg_folded.substr(from, to - from);
        auto in_date = [&](size_t p) {
            return std::any_of(dates.begin(), dates.end(), [&](const DateFound& d) { return p >= d.pos && p < d.pos + d.len; });
        };
        // "acho que nunca saquei… ah não, saquei sim, uns R$ 800": the client took the denial back;
        // the cue after the correction speaks for itself.
        auto taken_back = [&] {
            for (const auto& later : seg.cues) {
                if (later.topic != topic || later.pos < c.pos + c.len) continue;
                const std::string_view between = seg_folded.substr(at + c.len, later.pos - c.pos - c.len);
                for (const auto& l : lexicons())
                    for (const auto& m : l.corrections)
                        if (find_phrase(between, m, 0, nullptr) != std::string_view::npos) return true;
            }
            return false;
        };
        for (const auto& l : lexicons())
            for (const auto& n : l.*words) {
                size_t len = 0;
                for (size_t p = find_phrase(window, n, 0, &len); p != std::string_view::npos; p = find_phrase(window, n, p + 1, &len))
                    if (!in_date(from + p) && !taken_back()) return true;
            }
        // "I want to withdraw today", "möchte heute noch auszahlen", "quero sacar", "출금하고 싶습니다":
        // a request, not something the client did. The wish must stand next to the cue (at most
        // two words before it, or one after it in verb-final phrasing; up to five before a cue
        // that ends the clause, as a German infinitive does: "möchte die 300 EUR heute
        // auszahlen"), so "I need to confirm that my last deposit was ..." still claims the deposit.
        size_t q = at + c.len;
        while (q < seg_folded.size() && seg_folded[q] == ' ') ++q;
        const bool clause_end = q >= seg_folded.size() || std::string_view(",.;:!?").find(seg_folded[q]) != std::string_view::npos;
        bool wish = false;
        for (const auto& l : lexicons())
            for (const auto& n : l.intent) {
                size_t len = 0;
                for (size_t p = find_phrase(seg_folded, n, at > 48 ? at - 48 : 0, &len); p != std::string_view::npos && !wish && p < at + c.len + kAfter;
                     p = find_phrase(seg_folded, n, p + 1, &len)) {
                    if (in_date(p)) continue;
                    if (p + len <= at) {
                        const std::string_view gap = seg_folded.substr(p + len, at - p - len);
                        if (gap.find_first_of(",;:.") == std::string_view::npos && words_between(gap) <= (clause_end ? 5u : 2u)) wish = true;
                    } else if (p >= at + c.len) {
                        const std::string_view gap = seg_folded.substr(at + c.len, p - at - c.len);
                        if (gap.find_first_of(",;:.") == std::string_view::npos && words_between(gap) <= 1) wish = true;
                    }
                }
            }
        // "My last withdrawal was on 3 May and I would like to withdraw again": a wish beside
        // one cue leaves the others' claim standing.
        if (!wish) all_wishes = false;
        any_cue = true;
    }
    return any_cue && all_wishes;
}

// "ich habe mir ein Handy gekauft", "어제 새 아이폰을 샀고": a buy or sell verb alone is not a trade on
// the exchange; it is one when the segment names what was traded or paid (an asset or currency).
// "last trade", "operação", "сделка" name the trade themselves.
bool side_verb(const std::string& phrase) {
    auto is = [&](const std::string& w) {  // "buy*" covers the cue "buying"
        return w == phrase || (!w.empty() && w.back() == '*' && phrase.compare(0, w.size() - 1, w, 0, w.size() - 1) == 0);
    };
    for (const auto& l : lexicons())
        if (std::any_of(l.buy.begin(), l.buy.end(), is) || std::any_of(l.sell.begin(), l.sell.end(), is)) return true;
    return false;
}

// "from there", "von dort", "oradan" (place_there); "from home", "von zu Hause" (place_home).
bool points_back(std::string_view folded, std::vector<std::string> LangLex::*field) { return any_lang_phrase(folded, field); }

// "+41 79 123 45 67": a leading + and a full number's worth of digits is a phone number in any
// sentence; shorter or unsigned digit runs need a phone cue (they may be amounts or dates).
bool international_phone(const std::string& phone) {
    return phone.size() >= 10 && phone[0] == '+';
}

bool upper_initial(char32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x131) ||
           (cp >= 0x410 && cp <= 0x42F) || cp == 0x401 || cp == 0x130;
}

bool is_han(char32_t cp) { return cp >= 0x4E00 && cp <= 0x9FFF; }

// "Anfang", "Mitte", "Ende": a part of a year, never the first word of a name.
bool starts_year_part(const std::string& folded) {
    for (const auto& l : lexicons())
        for (const auto& y : l.year_parts)
            if (y.phrase == folded) return true;
    return false;
}


// "I am Julie Moreau", "Ich bin Jan Schneider", "저는 한지호입니다", "我是张伟": a self-introduction
// gives the name when what follows looks like one. Alphabetic scripts: two to four capitalised
// words that the lexicons do not know as months, places or devices, ending the clause (so "Ich bin
// Anfang März umgezogen" and "I am sure" are not names). Hangul: a word of two to four syllables
// with the copula attached ("입니다") starting with a surname; Han: two or three characters starting
// with a surname, nothing alphanumeric after them.
std::string intro_name(std::string_view original, const Folded& sf) {
    const std::string_view s = sf.text;
    for (const auto& l : lexicons())
        for (const auto& phrase : l.self_intro) {
            size_t len = 0;
            for (size_t p = find_phrase(s, phrase, 0, &len); p != std::string_view::npos; p = find_phrase(s, phrase, p + 1, &len)) {
                // at the start of a clause
                size_t b = p;
                while (b > 0 && s[b - 1] == ' ') --b;
                if (b > 0 && std::string_view(",;:.!?()-").find(s[b - 1]) == std::string_view::npos && s.substr(0, b).find_first_not_of(' ') != std::string_view::npos) {
                    // CJK punctuation folds to ASCII; anything else before the phrase is mid-clause
                    continue;
                }
                const size_t o = sf.origin[p + len];
                std::string_view rest = original.substr(o);
                // "안녕하세요, 김민준입니다": a greeting, then the name with its copula
                while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':' || rest.front() == ',')) rest.remove_prefix(1);
                if (rest.empty()) continue;
                size_t k = 0;
                const char32_t first = next_cp(rest, k);
                if (is_hangul(first) || is_han(first)) {
                    const bool hangul = is_hangul(first);
                    size_t e = 0, chars = 0;
                    std::vector<size_t> offs;
                    while (e < rest.size()) {
                        size_t n = e;
                        const char32_t cp = next_cp(rest, n);
                        if (hangul ? !is_hangul(cp) : !is_han(cp)) break;
                        offs.push_back(e);
                        e = n;
                        ++chars;
                    }
                    std::string w(rest.substr(0, e));
                    if (hangul) {
                        bool copula = false;
                        for (const char* suffix : {"입니다", "이에요", "예요", "이고요", "이고", "이며", "이라고", "라고", "입니당"}) {
                            const std::string x(suffix);
                            if (w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0) {
                                w.resize(w.size() - x.size());
                                copula = true;
                                break;
                            }
                        }
                        if (!copula) continue;
                        chars = w.size() / 3;
                    } else {
                        size_t n = e;
                        const char32_t after = n < rest.size() ? next_cp(rest, n) : 0;
                        if (after && (is_letter(after) || (after >= '0' && after <= '9'))) continue;
                    }
                    if (chars < 2 || chars > (hangul ? 4u : 3u)) continue;
                    const auto& lex = lexicon(hangul ? "ko" : "zh");
                    const bool surname = std::any_of(lex.surnames.begin(), lex.surnames.end(), [&](const std::string& x) { return w.compare(0, x.size(), x) == 0 && w.size() > x.size(); });
                    const bool not_name = std::any_of(lex.self_intro_not.begin(), lex.self_intro_not.end(), [&](const std::string& x) { return w.find(x) != std::string::npos; });
                    if (surname && !not_name && !known_word(fold_str(w))) return w;  // "서울입니다" is a place
                    continue;
                }
                // alphabetic: skip one short lower-case article ("sou a Fernanda", "sono il ...")
                if (!upper_initial(first)) {
                    const size_t sp = rest.find(' ');
                    if (sp == std::string_view::npos || sp > 3) continue;
                    rest.remove_prefix(sp + 1);
                }
                std::string name;
                int words = 0, calendar = 0;
                bool ok = true;
                size_t i = 0;
                while (i < rest.size() && words < 5) {
                    size_t q = i;
                    const char32_t cp = next_cp(rest, q);
                    if (!upper_initial(cp)) break;
                    size_t j = i;
                    while (j < rest.size()) {
                        size_t n = j;
                        const char32_t c = next_cp(rest, n);
                        if (!is_letter(c) && c != '-' && c != '\'' && c != 0x2019) break;
                        j = n;
                    }
                    const std::string word(rest.substr(i, j - i));
                    if (known_word(fold_str(word))) ok = false;
                    if (calendar_word(fold_str(word))) ++calendar;
                    else if (words == 0 && starts_year_part(fold_str(word))) ok = false;
                    if (!name.empty()) name += ' ';
                    name += word;
                    ++words;
                    i = j;
                    if (i < rest.size() && rest[i] == ' ') ++i;
                    else break;
                }
                if (!ok || words < 2 || words > 4 || calendar == words) continue;
                // the name ends the clause: punctuation, the end, or a joiner ("und", "and", "et")
                std::string_view after = rest.substr(std::min(i, rest.size()));
                while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
                if (!after.empty() && std::string_view(",;:.!?()").find(after.front()) == std::string_view::npos) {
                    std::string fa(1, ' ');
                    fa += fold_str(after.substr(0, 12));
                    bool joiner = false;
                    for (const auto& lx : lexicons())
                        for (const auto& j : lx.list_joiners)
                            if (j.size() > 2 && j.front() == ' ' && fa.compare(0, j.size(), j) == 0) joiner = true;
                    if (!joiner) continue;
                }
                return name;
            }
        }
    return "";
}

// "12 марта — нет, подождите… 14-го", "le 14 — non, le 17 novembre", "3 eylül — no sorry, 5
// eylül": a correction marker of the language (or English, which mixed replies borrow) right after
// a value, with only dashes, commas and dots between. Returns where the marker ends, else npos.
size_t correction_after(std::string_view s, size_t end, const LangLex& lex) {
    constexpr size_t npos = std::string_view::npos;
    size_t q = end;
    while (q < s.size()) {
        if (std::string_view(" ,.-;:!").find(s[q]) != std::string_view::npos) ++q;
        else if (s.substr(q, 3) == "\xe2\x80\x94" || s.substr(q, 3) == "\xe2\x80\x93" || s.substr(q, 3) == "\xe2\x80\xa6") q += 3;  // — – …
        else break;
    }
    size_t best = npos;
    for (const LangLex* l : {&lex, &lexicon("en")})
        for (const auto& m : l->corrections) {
            size_t ml = 0;
            if (find_phrase(s, m, q, &ml) == q && (best == npos || q + ml > best)) best = q + ml;
        }
    return best;
}

// A day number standing alone after a correction ("the 14th", "14-го", "14."), 0 when none:
// the corrected day of the date before it.
int bare_day_after(std::string_view s, size_t from) {
    for (size_t i = from; i < s.size() && i < from + 96; ++i) {
        if (!is_ascii_digit(s[i]) || (i > 0 && (is_ascii_digit(s[i - 1]) || std::isalpha(static_cast<unsigned char>(s[i - 1]))))) continue;
        size_t e = i;
        while (e < s.size() && is_ascii_digit(s[e])) ++e;
        if (e - i > 2) return 0;
        if (e < s.size() && (s[e] == ',' || s[e] == '.') && e + 1 < s.size() && is_ascii_digit(s[e + 1])) return 0;  // "0,5"
        const int d = std::stoi(std::string(s.substr(i, e - i)));
        return d >= 1 && d <= 31 ? d : 0;
    }
    return 0;
}

// Applies a self-correction to the values of one segment: the dates (and sums) named before the
// marker give way to the one after it; a day alone after it ("14-го", "the 14th") takes the month
// and year of the date it corrects.
void apply_corrections(std::string_view s, const LangLex& lex, int64_t now, std::vector<DateFound>& dates, std::vector<AmountFound>& amounts) {
    constexpr size_t npos = std::string_view::npos;
    for (size_t i = 0; i < dates.size(); ++i) {
        const size_t m = correction_after(s, dates[i].pos + dates[i].len, lex);
        if (m == npos) continue;
        // the day of the month the corrected date named, if there is one and it is not after now
        auto same_month = [&](DateFound d, int day) -> std::optional<DateFound> {
            if (dates[i].precision != "day" || day < 1) return std::nullopt;
            const int64_t at = days_from_civil(dates[i].y, dates[i].m, day);
            if (civil_from_days(at).month != dates[i].m || at * 86400 > now) return std::nullopt;
            d.y = dates[i].y, d.m = dates[i].m, d.d = day;
            d.precision = "day", d.day_alone = false, d.inferred_year = dates[i].inferred_year;
            return d;
        };
        std::optional<DateFound> fixed;
        size_t k = i + 1;
        while (k < dates.size() && dates[k].pos < m) ++k;
        if (k < dates.size()) fixed = dates[k].day_alone ? same_month(dates[k], dates[k].d).value_or(dates[k]) : dates[k];
        else fixed = same_month(dates[i], bare_day_after(s, m));
        if (!fixed) continue;
        dates.erase(dates.begin(), dates.begin() + static_cast<std::ptrdiff_t>(k - 1));  // k - 1 >= i: the earlier ones go
        dates.front() = *fixed;
        break;
    }
    for (size_t i = 0; i + 1 < amounts.size(); ++i) {
        const size_t m = correction_after(s, amounts[i].pos + amounts[i].len, lex);
        if (m == npos) continue;
        size_t k = i + 1;
        while (k < amounts.size() && amounts[k].pos < m) ++k;
        if (k == amounts.size()) break;
        AmountFound later = amounts[k];
        if (later.asset.empty()) later.asset = amounts[i].asset, later.fiat = amounts[i].fiat;  // "500 USDT — no, 600"
        amounts.erase(amounts.begin(), amounts.begin() + static_cast<std::ptrdiff_t>(k));
        amounts.front() = later;
        break;
    }
}

// "Hesabım Emre Yıldız adına": the name written before a cue that follows it (name_before): two
// to four capitalised words right before the cue, none of them a place, device, asset or month.
std::string name_before_cue(std::string_view original, const Folded& sf) {
    for (const auto& l : lexicons())
        for (const auto& cue : l.name_before) {
            size_t len = 0;
            const size_t p = find_phrase(sf.text, cue, 0, &len);
            if (p == std::string_view::npos) continue;
            const std::string_view head = original.substr(0, sf.origin[p]);
            // the words before the cue, last first
            std::vector<std::string> words;
            size_t e = head.size();
            while (words.size() < 5) {
                while (e > 0 && head[e - 1] == ' ') --e;
                size_t b = e;
                while (b > 0 && head[b - 1] != ' ') --b;
                if (b == e) break;
                const std::string w(head.substr(b, e - b));
                size_t k = 0;
                if (!upper_initial(next_cp(w, k))) break;
                bool letters = true;
                for (size_t i = 0; i < w.size() && letters;) letters = is_letter(next_cp(w, i));  // next_cp advances i
                if (!letters) break;
                words.insert(words.begin(), w);
                e = b;
            }
            // "Hesabım Emre Yıldız": a capitalised first word of the sentence is not the name's
            while (words.size() > 2 && e == 0) {
                e += words.front().size() + 1;
                words.erase(words.begin());
            }
            if (words.size() < 2 || words.size() > 4) continue;
            bool ok = true;
            int calendar = 0;
            std::string name;
            for (const auto& w : words) {
                ok = ok && !known_word(fold_str(w));
                calendar += calendar_word(fold_str(w));
                name += (name.empty() ? "" : " ") + w;
            }
            if (ok && calendar < static_cast<int>(words.size())) return name;
        }
    return "";
}

// The topics a question asks about ("What was your most recent deposit?" -> last_deposit).
std::vector<std::string> question_topics(const std::string& question) {
    std::vector<std::string> out;
    if (question.empty()) return out;
    for (const auto& c : find_cues(fold_str(question), true))
        if (std::find(out.begin(), out.end(), c.topic) == out.end()) out.push_back(c.topic);
    return out;
}

}  // namespace

namespace claims {

bool is_reply_block(const Analysis& a, size_t b) {
    const auto& block = a.input.evidence[b];
    if (block.kind == BlockKind::Logs) return false;
    // An auto block the ingest stage read as logs is not a reply.
    if (block.kind == BlockKind::Auto)
        for (const auto& bi : a.ingest)
            if (bi.block == static_cast<int>(b) && bi.events > 0) return false;
    return true;
}

}  // namespace claims

std::vector<Claim> extract_claims(const Analysis& a) {
    std::vector<Claim> claims;
    const auto& vocab = shared_vocab();
    for (size_t b = 0; b < a.input.evidence.size(); ++b) {
        const auto& block = a.input.evidence[b];
        if (!claims::is_reply_block(a, b)) continue;
        const LanguageGuess block_lang = detect_language(block.text);
        // "Vyvodil v ijune kazhetsja": Russian typed without a Cyrillic keyboard is read as Russian,
        // in Cyrillic, with the quotes still taken from the client's Latin letters.
        const bool latin_russian = reads_as_latin_russian(block.text);
        auto fold_reply = [&](std::string_view s) { return latin_russian ? fold_latin_russian(s) : fold_tolerant(s); };
        std::set<std::pair<std::string, std::string>> seen;  // (topic, text) already claimed
        std::set<std::pair<std::string, std::string>> said;  // (topic, value) already claimed
        // The place named last in the block, and where the client lives: "I live in Toronto and
        // usually log in from there", "Ich wohne in Köln ... immer von zu Hause".
        std::optional<PlaceFound> last_place, home_place;
        // The date named last: "the same day", "no mesmo dia", "같은 날" stand for it.
        std::optional<DateFound> last_date;
        // The date with a year given last in the answer to the current question: "March 2021 ...
        // End of March, I think." is March 2021, not this March.
        std::optional<DateFound> answer_date;
        std::string answer_question;
        std::vector<DeviceFound> just_bought;  // devices the reply said are new (values.cpp)
        // "… sulla ditta 15.000 euro": what the client says of another account is not this one's.
        const std::string own_text = without_other_accounts(block.text);
        std::string previous_funding, funding_here;  // the first funding topic the sentence before, and this one, names
        for (const Sentence& sent : reply_sentences(own_text)) {
            if (sent.question != answer_question) answer_date.reset(), answer_question = sent.question;
            const LanguageGuess g = detect_language(sent.text);
            const std::string lang = latin_russian ? "ru" : g.score >= 2 ? g.lang : block_lang.lang;
            const LangLex& lex = lexicon(lang);
            const Folded f = fold_reply(sent.text);
            const std::vector<Cue> cues = find_cues(f.text);
            const std::vector<std::string> asked = question_topics(sent.question);
            const bool loss = any_lang_phrase(f.text, &LangLex::loss);
            const bool habitual = any_lang_phrase(f.text, &LangLex::habitual);

            previous_funding = std::move(funding_here);
            funding_here.clear();
            for (const auto& c : cues)
                if (funding_here.empty() && (c.topic == "last_deposit" || c.topic == "last_withdrawal" || c.topic == "last_trade")) funding_here = c.topic;
            for (const Segment& seg : segments(f.text, cues)) {
                const std::string seg_orig(std::string_view(sent.text).substr(f.origin[seg.begin], f.origin[seg.end] - f.origin[seg.begin]));
                const Folded sf = fold_reply(seg_orig);
                Values v;
                v.dates = find_dates(sf.text, lex, a.now);
                // ... only a follow-up with no topic of its own ("End of March, I think."), after a
                // date that answered the question too: "Preciso de levantar ...? - Criei a conta em
                // janeiro de 2025. - O último levantamento foi ... a 12 de novembro" keeps this year.
                if (answer_date && seg.cues.empty() && !v.dates.empty()) inherit_year(v.dates.front(), *answer_date, a.now);
                if (v.dates.empty() && last_date && any_lang_phrase(sf.text, &LangLex::same_day)) {
                    DateFound d = *last_date;
                    d.pos = d.len = 0;
                    v.dates.push_back(d);
                } else if (v.dates.empty() && last_date && last_date->precision == "day" && !last_date->range &&
                           any_lang_phrase(sf.text, &LangLex::day_after)) {
                    DateFound d = *last_date;
                    const CivilDate next = civil_from_days(days_from_civil(d.y, d.m, d.d) + 1);
                    d.y = next.year, d.m = next.month, d.d = next.day;
                    d.pos = d.len = 0;
                    d.has_alt = false;
                    d.weekday = -1;
                    v.dates.push_back(d);
                } else if (!v.dates.empty()) {
                    last_date = v.dates.front();
                }
                std::vector<std::pair<size_t, size_t>> date_spans;
                for (const auto& d : v.dates) date_spans.emplace_back(d.pos, d.len);
                v.amounts = find_amounts(sf.text, lex, date_spans);
                apply_corrections(sf.text, lex, a.now, v.dates, v.amounts);
                if (!v.dates.empty()) last_date = v.dates.front();
                v.assets = find_assets(sf.text, &lex);
                v.place = find_place(sf, seg_orig, 0);
                // "Je suis en déplacement à Montréal, d'habitude je me connecte depuis Bruxelles":
                // the usual place is the one after the cue that says "usually"; the one before it
                // is where the client is now. Languages that put the place first ("평소에는 부산에서
                // 접속합니다") find nothing after the cue and keep the whole segment's place.
                for (const auto& c : seg.cues)
                    if (c.topic == "usual_location") {
                        if (auto after = find_place(sf, seg_orig, c.pos - seg.begin)) v.place = after;
                        break;
                    }
                // A usual-location cue with no place of its own that points back ("from there", "von
                // dort", "oradan") stands for the place named before it; "from home" for the home.
                const bool usual_cue = std::any_of(seg.cues.begin(), seg.cues.end(), [](const Cue& c) { return c.topic == "usual_location"; });
                // "e sempre acesso de lá", "oradan giriş yapıyorum", "and I log in from there": a
                // login verb with no date of its own that points back is the usual place too.
                bool usual_by_reference = false;
                const bool login_cue = std::any_of(seg.cues.begin(), seg.cues.end(), [](const Cue& c) { return c.topic == "last_login"; });
                if ((usual_cue || (login_cue && v.dates.empty())) && !v.place) {
                    if (last_place && points_back(sf.text, &LangLex::place_there)) v.place = last_place;
                    else if (home_place && points_back(sf.text, &LangLex::place_home)) v.place = home_place;
                    usual_by_reference = !usual_cue && v.place.has_value();
                }
                if (v.place) last_place = v.place;
                v.devices = find_devices(sf, seg_orig, &lex, &just_bought);
                // "Samedi j'ai acheté un Samsung Galaxy S24 ... Appareils : ... Maintenant le Galaxy
                // S24": a phone the reply said was just bought stays new wherever it is named again.
                v.devices.erase(std::remove_if(v.devices.begin(), v.devices.end(),
                                               [&](const DeviceFound& d) {
                                                   return !d.model.empty() && std::any_of(just_bought.begin(), just_bought.end(), [&](const DeviceFound& b) {
                                                       return b.model == d.model;
                                                   });
                                               }),
                                v.devices.end());
                bool method_denied = false;
                v.method = find_method(sf.text, lex, &method_denied);
                v.side = find_side(sf.text);
                v.email = find_email(seg_orig);
                v.phone = find_phone(seg_orig);
                v.address = find_address(seg_orig);
                if (v.address.empty()) v.address = find_spoken_address(sf, seg_orig);

                std::vector<std::string> topics;
                for (const auto& c : seg.cues)
                    if (std::find(topics.begin(), topics.end(), c.topic) == topics.end()) topics.push_back(c.topic);
                if (usual_by_reference) {
                    topics.erase(std::remove(topics.begin(), topics.end(), std::string("last_login")), topics.end());
                    topics.push_back("usual_location");
                }
                // "Il primo versamento ... L'ultimo, se ricordo bene, 500 euro a Natale": the last of
                // the funding named in the sentence before.
                if (topics.empty() && !previous_funding.empty() && !v.amounts.empty() && opens_with_last_one(sf.text))
                    topics.push_back(previous_funding);
                // A bare answer ("Hanoi, Vietnam") takes the topic of the question it answers.
                if (topics.empty()) topics = asked;
                // A place alone, without a question ("... iphone + windows chrome. ankara."): the
                // terse answer to where the client logs in from.
                if (topics.empty() && v.place && (!v.place->city.empty() || !v.place->country.empty())) {
                    std::string rest;
                    for (char ch : fold_str(seg_orig))
                        if (std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80) rest += ch;
                    std::string place;
                    for (char ch : fold_str(v.place->text))
                        if (std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80) place += ch;
                    if (!rest.empty() && rest == place) topics.push_back("usual_location");
                }
                v.device_asked = std::find(topics.begin(), topics.end(), "devices") != topics.end();
                // "Which 2FA method? — app. never sms", "SMS я никогда не подключал, только
                // приложение": an app named where the second factor is the subject, with no method
                // named or after the one named was denied, is the authenticator app, not a device.
                const bool twofa_subject = method_denied || std::find(topics.begin(), topics.end(), "two_factor_method") != topics.end();
                if (v.method.empty() && twofa_subject && any_phrase(sf.text, vocab.twofa_app_words) && !wished_method(sf.text, 0, sf.text.size())) {
                    v.method = "totp";
                    v.devices.erase(std::remove_if(v.devices.begin(), v.devices.end(),
                                                   [](const DeviceFound& d) { return d.app && d.os.empty() && d.model.empty() && d.browser.empty(); }),
                                    v.devices.end());
                }
                for (const auto& c : seg.cues)
                    if (c.topic == "full_name") v.name = find_name_after(seg_orig, sf, c.pos - seg.begin + c.len);
                if (v.name.empty() && std::find(topics.begin(), topics.end(), "full_name") != topics.end() && seg.cues.empty())
                    v.name = trim(seg_orig);
                if (v.name.empty()) {
                    v.name = intro_name(seg_orig, sf);
                    if (v.name.empty()) v.name = name_before_cue(seg_orig, sf);
                    if (!v.name.empty() && std::find(topics.begin(), topics.end(), "full_name") == topics.end()) topics.push_back("full_name");
                }
                v.name = trim_punct(v.name);  // "王芳。", "« Marie Dubois »"

                const bool own_device_cue = std::any_of(seg.cues.begin(), seg.cues.end(), [](const Cue& c) { return c.topic == "devices"; });
                // "Dispositivos: o Motorola roubado, o notebook Dell … e agora um Samsung A55": under
                // the devices cue, the device said stolen is the loss and the others are in use.
                const bool loss_set_apart = own_device_cue && set_lost_device_apart(sf.text, v.devices);
                std::vector<std::string> never_done;  // funding topics the client says never happened
                const bool names_the_last = any_lang_phrase(sf.text, &LangLex::last_one);
                auto valid = [&](const std::string& t) {
                    auto it = vocab.topics.find(t);
                    if (it == vocab.topics.end()) return false;
                    const auto& rule = it->second;
                    // "아이폰을 사용하는데, OTP 앱이 초기화되어서 ...", "Dispositivi: il mio portatile Windows e
                    // il telefono nuovo (Android)": devices named under their own cue (a use verb, the
                    // devices question) are devices the client uses, a new one too; one said lost or
                    // stolen there ("my iPhone was stolen ... only on that phone") is the loss.
                    // Without the cue, a loss said in another part of the sentence is not this
                    // part's: "o Motorola foi roubado, e agora um Samsung A55 que comprei".
                    const bool loss_here = t != "devices" ? loss
                                           : own_device_cue ? !loss_set_apart && device_lost_at(sf.text) != std::string::npos
                                                            : loss && (any_lang_phrase(sf.text, &LangLex::loss) || device_lost_at(sf.text) != std::string::npos);
                    if (rule.not_when_loss && loss_here && !(t == "two_factor_method" && names_app(sf.text))) return false;
                    if ((t == "last_deposit" || t == "last_withdrawal" || t == "last_trade") && about_the_first(sf.text, seg, t)) return false;
                    if (denied(sf.text, seg, t, v.dates)) {
                        // "Non ha mai prelevato niente", "I have never withdrawn": with no sum beside it,
                        // a claim that the ledger holds none (value {"none": true}).
                        if (t != "last_login" && v.amounts.empty() && says_never(sf.text, lex) &&
                            std::find(never_done.begin(), never_done.end(), t) == never_done.end())
                            never_done.push_back(t);
                        return false;
                    }
                    if (t == "last_trade" && v.assets.empty() && !seg.cues.empty() &&
                        std::none_of(v.amounts.begin(), v.amounts.end(), [](const AmountFound& x) { return !x.asset.empty(); }) &&
                        std::all_of(seg.cues.begin(), seg.cues.end(), [](const Cue& c) { return c.topic != "last_trade" || side_verb(c.phrase); }))
                        return false;
                    // "300 € chaque mois ... le dernier était donc le 5 octobre": a habit, and then its last
                    if (rule.vague_if_habitual && habitual && !names_the_last) return false;
                    // "I tried to log in on Saturday and yesterday, the code is refused": attempts,
                    // not the last sign-in that got through.
                    if (t == "last_login" && any_lang_phrase(sf.text, &LangLex::attempt)) return false;
                    return std::any_of(rule.needs.begin(), rule.needs.end(), [&](const std::string& k) { return has_value(v, k); });
                };
                std::vector<std::string> chosen;
                for (const auto& t : vocab.topic_order)
                    if (std::find(topics.begin(), topics.end(), t) != topics.end() && valid(t)) chosen.push_back(t);
                // "March 2021 - ..., I had far too much time on my hands": a cue ("on my") whose topic
                // has no value here leaves the sentence to the question it answers.
                if (chosen.empty() && !seg.cues.empty())
                    for (const auto& t : vocab.topic_order)
                        if (std::find(asked.begin(), asked.end(), t) != asked.end() && valid(t)) chosen.push_back(t);
                if (!v.dates.empty() && !v.dates.front().inferred_year && !v.dates.front().relative &&
                    std::any_of(chosen.begin(), chosen.end(), [&](const std::string& t) { return std::find(asked.begin(), asked.end(), t) != asked.end(); }))
                    answer_date = v.dates.front();
                // Funding topics are exclusive: "My last trade was buying ..." is not also a deposit.
                {
                    std::vector<std::string> funding;
                    for (const auto& t : chosen)
                        if (t == "last_deposit" || t == "last_withdrawal" || t == "last_trade") funding.push_back(t);
                    if (funding.size() > 1) {
                        std::string keep;
                        size_t best = std::string::npos;
                        for (const auto& c : seg.cues)  // the first funding cue in the text decides
                            if ((c.topic == "last_deposit" || c.topic == "last_withdrawal" || c.topic == "last_trade") && c.pos < best)
                                best = c.pos, keep = c.topic;
                        // A bare answer inherits the question's topics in the question's order: "Son para
                        // çekme işleminiz neydi?" names a withdrawal first, the "operation" after it.
                        if (keep.empty())
                            for (const auto& t : topics)
                                if (std::find(funding.begin(), funding.end(), t) != funding.end()) {
                                    keep = t;
                                    break;
                                }
                        chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                                    [&](const std::string& t) { return (t == "last_deposit" || t == "last_withdrawal" || t == "last_trade") && t != keep; }),
                                     chosen.end());
                    }
                }
                // "2. 1.500 € per SEPA-Überweisung, Anfang Februar" among numbered answers to questions
                // the reply does not quote: the values name the topic (claims/bare_answers.cpp).
                if (chosen.empty() && sent.bare_item && seg.cues.empty()) {
                    const std::string t = topic_of_bare_answer(
                        {sf.text, v.dates, v.amounts, v.place.has_value(), has_value(v, "device"), !v.address.empty()}, a.now);
                    if (!t.empty() && valid(t)) chosen.push_back(t);
                }
                // A value names its own topic when no cue does: "I use Google Authenticator", "iPhone 15".
                if (chosen.empty()) {
                    if (valid("two_factor_method")) chosen.push_back("two_factor_method");
                    // "телефон redmi note 11": a cue whose topic lacks a value leaves the devices
                    else if (valid("devices")) chosen.push_back("devices");
                }
                // Values that name their own topic whatever else the sentence is about: an e-mail
                // address, a withdrawal address, a number written in international form, and the
                // devices named next to another topic ("last login yesterday from my Windows laptop").
                auto also = [&](const char* t) {
                    if (std::find(chosen.begin(), chosen.end(), t) == chosen.end() && valid(t)) chosen.push_back(t);
                };
                if (!v.email.empty()) also("contact_email");
                // "Мой номер телефона ..., код приходит по SMS": the method named beside another topic
                if (!v.method.empty()) also("two_factor_method");
                if (!v.address.empty()) also("withdrawal_address");
                if (international_phone(v.phone)) also("phone");
                if (!chosen.empty()) also("devices");
                for (const auto& t : never_done)
                    if (std::find(chosen.begin(), chosen.end(), t) == chosen.end() && std::find(topics.begin(), topics.end(), t) != topics.end())
                        chosen.push_back(t);
                for (const auto& t : chosen) {
                    const std::string text = trim(seg_orig).empty() ? sent.text : trim(seg_orig);
                    if (!seen.insert({t, text}).second) continue;
                    Claim c;
                    if (t == "residence_country" && v.place) home_place = v.place;
                    c.topic = t;
                    c.text = text;
                    const bool never = std::find(never_done.begin(), never_done.end(), t) != never_done.end();
                    c.value = never ? none_value(sf.text, v, lex) : value_for(t, v);
                    // The same fact said twice ("lost the phone with Google Authenticator" ...
                    // "2FA method? Google Authenticator") is one claim, not two votes.
                    // (replace: a value cut from the client's words must never throw here)
                    if (!said.insert({t, c.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)}).second) continue;
                    c.source = Ref{static_cast<int>(b), sent.line};
                    c.language = lang;
                    c.phishable = vocab.topics.at(t).phishable;
                    claims.push_back(std::move(c));
                }
                // "I lost my iPhone last Friday": a device gone since a day. Checked like a claim, but
                // reported only when the logs dispute it (correlate/check_device_loss.cpp).
                // The day is the date nearest to the loss: "arrived on the 8th, and on the 16th my phone was stolen".
                const size_t lost_at = v.dates.empty() ? std::string::npos : device_lost_at(sf.text);
                if (lost_at != std::string::npos) {
                    auto distance = [&](const DateFound& d) { return d.pos + d.len <= lost_at ? lost_at - (d.pos + d.len) : d.pos > lost_at ? d.pos - lost_at : 0; };
                    const DateFound& day = *std::min_element(v.dates.begin(), v.dates.end(),
                                                             [&](const DateFound& x, const DateFound& y) { return distance(x) < distance(y); });
                    nlohmann::ordered_json value = value_for("devices", v);
                    if (day.precision == "day" && !value["devices"].empty()) {
                        value["lost"] = true;
                        put_date(value, day);
                        Claim c;
                        c.topic = "devices";
                        c.text = trim(seg_orig).empty() ? sent.text : trim(seg_orig);
                        c.value = std::move(value);
                        c.source = Ref{static_cast<int>(b), sent.line};
                        c.language = lang;
                        if (said.insert({"lost", c.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)}).second)
                            claims.push_back(std::move(c));
                    }
                }
            }
        }
    }
    for (size_t i = 0; i < claims.size(); ++i) claims[i].id = "C" + std::to_string(i + 1);
    return claims;
}

}  // namespace ownercheck
