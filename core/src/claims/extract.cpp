// Claim extraction: every answers block, sentence by sentence. A sentence names its topic with a
// cue ("my last deposit", "abri a minha conta", "последний вход") or inherits it from the question
// it answers; it becomes a claim only when it also carries a value the topic can be checked on.

#include "claims/extract.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "claims/amounts.hpp"
#include "claims/dates.hpp"
#include "claims/language.hpp"
#include "claims/layout.hpp"
#include "claims/lexicon.hpp"
#include "claims/text.hpp"
#include "claims/typos.hpp"
#include "claims/values.hpp"

namespace ownercheck {

using namespace claims;

namespace {

struct Cue {
    size_t pos, len;
    std::string topic;
    std::string phrase;  // the lexicon's cue, folded
};

// Topic cues of every language, longest first, without overlap, in text order.
std::vector<Cue> find_cues(std::string_view folded) {
    struct Cand { std::string phrase, topic; };
    static const std::vector<Cand> all = [] {
        std::vector<Cand> v;
        for (const auto& l : lexicons())
            for (const auto& [cue, topic] : l.topic_cues) v.push_back({cue, topic});
        std::stable_sort(v.begin(), v.end(), [](const Cand& a, const Cand& b) { return a.phrase.size() > b.phrase.size(); });
        return v;
    }();
    std::vector<Cue> out;
    std::vector<bool> taken(folded.size(), false);
    for (const auto& c : all) {
        size_t from = 0, len = 0;
        for (size_t pos; (pos = find_phrase(folded, c.phrase, from, &len)) != std::string_view::npos; from = pos + 1) {
            bool free = true;
            for (size_t k = pos; k < pos + len; ++k) free = free && !taken[k];
            if (!free) continue;
            for (size_t k = pos; k < pos + len; ++k) taken[k] = true;
            out.push_back({pos, len, c.topic, c.phrase});
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
            j["decimals"] = a->decimals;
            if (a->approx) j["amount_approx"] = true;
        }
        std::string asset = a ? a->asset : "";
        if (asset.empty() && !v.assets.empty()) asset = v.assets.front().ticker;
        if (!asset.empty()) {
            j["asset"] = asset;
            j["fiat"] = shared_vocab().fiat.at(asset);
        }
        // "I bought ETH for 1,200 EUR": the trade is in ETH; the fiat sum is what it cost.
        if (topic == "last_trade" && a && !asset.empty() && shared_vocab().fiat.at(asset)) {
            const auto crypto = std::find_if(v.assets.begin(), v.assets.end(), [](const AssetFound& x) { return !x.fiat; });
            if (crypto != v.assets.end()) {
                j.erase("amount");
                j.erase("amount_alt");
                j.erase("decimals");
                j["quote_amount"] = round_to(a->value, 8);
                j["quote_asset"] = asset;
                j["asset"] = crypto->ticker;
                j["fiat"] = false;
            }
        }
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
        for (const auto& l : lexicons())
            for (const auto& n : l.*words) {
                size_t len = 0;
                for (size_t p = find_phrase(window, n, 0, &len); p != std::string_view::npos; p = find_phrase(window, n, p + 1, &len))
                    if (!in_date(from + p)) return true;
            }
    }
    return false;
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

// The topics a question asks about ("What was your most recent deposit?" -> last_deposit).
std::vector<std::string> question_topics(const std::string& question) {
    std::vector<std::string> out;
    if (question.empty()) return out;
    for (const auto& c : find_cues(fold_str(question)))
        if (std::find(out.begin(), out.end(), c.topic) == out.end()) out.push_back(c.topic);
    return out;
}

}  // namespace

std::vector<Claim> extract_claims(const Analysis& a) {
    std::vector<Claim> claims;
    const auto& vocab = shared_vocab();
    for (size_t b = 0; b < a.input.evidence.size(); ++b) {
        const auto& block = a.input.evidence[b];
        if (block.kind == BlockKind::Logs) continue;
        // An auto block the ingest stage read as logs is not a reply.
        if (block.kind == BlockKind::Auto) {
            bool as_logs = false;
            for (const auto& bi : a.ingest)
                if (bi.block == static_cast<int>(b) && bi.events > 0) as_logs = true;
            if (as_logs) continue;
        }
        const LanguageGuess block_lang = detect_language(block.text);
        std::set<std::pair<std::string, std::string>> seen;  // (topic, text) already claimed
        std::set<std::pair<std::string, std::string>> said;  // (topic, value) already claimed
        // The place named last in the block, and where the client lives: "I live in Toronto and
        // usually log in from there", "Ich wohne in Köln ... immer von zu Hause".
        std::optional<PlaceFound> last_place, home_place;
        for (const Sentence& sent : reply_sentences(block.text)) {
            const LanguageGuess g = detect_language(sent.text);
            const std::string lang = g.score >= 2 ? g.lang : block_lang.lang;
            const LangLex& lex = lexicon(lang);
            const Folded f = fold_tolerant(sent.text);
            const std::vector<Cue> cues = find_cues(f.text);
            const std::vector<std::string> asked = question_topics(sent.question);
            const bool loss = any_lang_phrase(f.text, &LangLex::loss);
            const bool habitual = any_lang_phrase(f.text, &LangLex::habitual);

            for (const Segment& seg : segments(f.text, cues)) {
                const std::string seg_orig(std::string_view(sent.text).substr(f.origin[seg.begin], f.origin[seg.end] - f.origin[seg.begin]));
                const Folded sf = fold_tolerant(seg_orig);
                Values v;
                v.dates = find_dates(sf.text, lex, a.now);
                std::vector<std::pair<size_t, size_t>> date_spans;
                for (const auto& d : v.dates) date_spans.emplace_back(d.pos, d.len);
                v.amounts = find_amounts(sf.text, lex, date_spans);
                v.assets = find_assets(sf.text);
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
                if (usual_cue && !v.place) {
                    if (last_place && points_back(sf.text, &LangLex::place_there)) v.place = last_place;
                    else if (home_place && points_back(sf.text, &LangLex::place_home)) v.place = home_place;
                }
                if (v.place) last_place = v.place;
                v.devices = find_devices(sf, seg_orig);
                v.method = find_method(sf.text);
                v.side = find_side(sf.text);
                v.email = find_email(seg_orig);
                v.phone = find_phone(seg_orig);
                v.address = find_address(seg_orig);
                if (v.address.empty()) v.address = find_spoken_address(sf, seg_orig);

                std::vector<std::string> topics;
                for (const auto& c : seg.cues)
                    if (std::find(topics.begin(), topics.end(), c.topic) == topics.end()) topics.push_back(c.topic);
                // A bare answer ("Hanoi, Vietnam") takes the topic of the question it answers.
                if (topics.empty()) topics = asked;
                v.device_asked = std::find(topics.begin(), topics.end(), "devices") != topics.end();
                for (const auto& c : seg.cues)
                    if (c.topic == "full_name") v.name = find_name_after(seg_orig, sf, c.pos - seg.begin + c.len);
                if (v.name.empty() && std::find(topics.begin(), topics.end(), "full_name") != topics.end() && seg.cues.empty())
                    v.name = trim(seg_orig);

                auto valid = [&](const std::string& t) {
                    auto it = vocab.topics.find(t);
                    if (it == vocab.topics.end()) return false;
                    const auto& rule = it->second;
                    if (rule.not_when_loss && loss && !(t == "two_factor_method" && names_app(sf.text))) return false;
                    if (denied(sf.text, seg, t, v.dates)) return false;
                    if (t == "last_trade" && v.assets.empty() && !seg.cues.empty() &&
                        std::none_of(v.amounts.begin(), v.amounts.end(), [](const AmountFound& x) { return !x.asset.empty(); }) &&
                        std::all_of(seg.cues.begin(), seg.cues.end(), [](const Cue& c) { return c.topic != "last_trade" || side_verb(c.phrase); }))
                        return false;
                    if (rule.vague_if_habitual && habitual) return false;
                    return std::any_of(rule.needs.begin(), rule.needs.end(), [&](const std::string& k) { return has_value(v, k); });
                };
                std::vector<std::string> chosen;
                for (const auto& t : vocab.topic_order)
                    if (std::find(topics.begin(), topics.end(), t) != topics.end() && valid(t)) chosen.push_back(t);
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
                for (const auto& t : chosen) {
                    const std::string text = trim(seg_orig).empty() ? sent.text : trim(seg_orig);
                    if (!seen.insert({t, text}).second) continue;
                    Claim c;
                    if (t == "residence_country" && v.place) home_place = v.place;
                    c.topic = t;
                    c.text = text;
                    c.value = value_for(t, v);
                    // The same fact said twice ("lost the phone with Google Authenticator" ...
                    // "2FA method? Google Authenticator") is one claim, not two votes.
                    // (replace: a value cut from the client's words must never throw here)
                    if (!said.insert({t, c.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)}).second) continue;
                    c.source = Ref{static_cast<int>(b), sent.line};
                    c.language = lang;
                    c.phishable = vocab.topics.at(t).phishable;
                    claims.push_back(std::move(c));
                }
            }
        }
    }
    for (size_t i = 0; i < claims.size(); ++i) claims[i].id = "C" + std::to_string(i + 1);
    return claims;
}

}  // namespace ownercheck
