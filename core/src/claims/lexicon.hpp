#pragma once
// The per-language phrase lexicons (core/data/lang/<lang>.json) and the shared claim vocabularies
// (assets, places, devices, 2FA methods, topic requirements), loaded once and folded so that
// matching is done on folded text.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ownercheck::claims {

using PhraseInt = std::pair<std::string, int>;
using PhraseStr = std::pair<std::string, std::string>;

struct RelativePhrase {
    std::string phrase;
    int days = 0, weeks = 0, months = 0, years = 0;
    std::string precision;  // day | month | year, from the unit it moves by
};

struct LangLex {
    std::string lang;
    std::vector<std::string> detect;
    std::string numeric_order = "dmy";  // how an ambiguous 03/04/2026 reads in this language
    std::vector<PhraseInt> months, number_words, weekdays;
    std::vector<PhraseStr> units;  // phrase -> day|week|month|year
    std::vector<std::string> day_joiners, year_suffixes, ago, ago_prefix;
    std::vector<RelativePhrase> relative;
    std::vector<std::string> range_joiners, range_openers, approx, habitual, loss, contrast, list_joiners;
    std::vector<std::string> see_refs;  // "siehe 2", "see 5": a pointer to another answer, its number no sum
    std::vector<std::string> attempt;  // a sign-in that did not get through: "tried to log in", "로그인 시도했는데"
    // The device itself gone: "stolen", "perdi", "잃어버" (not "broke", "new phone" or "reset": a
    // broken or wiped phone may still be where it was). lost_access: "lost access", "perdu l'accès",
    // "потерял доступ", an access lost, not a device, and read out before lost_device is looked for.
    std::vector<std::string> lost_device, lost_access;
    // Hedges written after the amount or date they soften: "20.000 TL civarı", "15 Ekim gibi",
    // "500만원 정도", "11월 5일쯤", "500元左右", "500 euro circa", "500 reais mais ou menos".
    // approx_after_sum: only after a sum ("0,01 BTC kadar" is "about 0.01 BTC"; after a date,
    // "Ekime kadar" is "until October").
    std::vector<std::string> approx_after, approx_after_sum;
    // "I never withdrew", "nunca fiz saque", "出金한 적이 없": a funding cue next to one of these is
    // denied, not claimed (the amount beside it is what went missing).
    std::vector<std::string> negation;
    // Written right before a weekday, these mean the previous calendar week's day ("上周一" is the
    // Monday of last week, not the most recent Monday).
    std::vector<std::string> last_week_weekday;
    std::vector<std::string> buy, sell, question_prefixes, answer_prefixes;
    std::vector<std::string> abbreviations;  // words written with a dot that does not end a sentence ("ca.", "env.")
    std::vector<PhraseStr> topic_cues;  // (cue, topic)
    // How the language inflects a name: "Лион" is written "из Лиона", "в Лионе"; "Москва" "из
    // Москвы". A name ending in one of name_drop loses it before the endings are added.
    std::vector<std::string> name_drop, name_endings;
    // Parts of a year ("mid-2020", "fin 2018", "Anfang 2020", "в начале 2020 года", "2020年初",
    // "2020년 초", "Frühjahr 2020"): phrase -> first and last month. year_parts stand before the
    // year, year_parts_after after it (Turkish, Chinese, Korean), past any year_part_links
    // ("年", "년", "yılının").
    struct YearPart { std::string phrase; int from = 1, to = 12; };
    std::vector<YearPart> year_parts, year_parts_after;
    std::vector<std::string> year_part_links;
    // "June or July", "März oder April": two dates the client hesitates between, read as a range.
    std::vector<std::string> alt_joiners;
    // A day of the month without the month ("on the 30th", "le 30", "am 30.", "30号", "30일에"):
    // templates with '#' for the day number, resolved to the most recent such day.
    struct DayOnly { std::string before, after; };
    std::vector<DayOnly> day_only;
    std::vector<std::string> day_only_not_before;  // "on the 2nd time", "il 2 volte"
    // An address read out by its ends: "starts bc1qxy2 and ends 0wlh", "beginnt mit ... endet auf ...".
    // address_token_before: the fragment stands before the word ("bc1qxy2 ile başlıyor", "bc1qxy2로 시작").
    std::vector<std::string> address_start, address_end;
    // Words for a thousand after a number: "10 mil reais", "5 bin TL", "15 тыс." ("12k" is read in every language).
    std::vector<std::string> thousands;
    // Words for hours, minutes and seconds: "24 Stunden", "48h", "30分钟" are spans of time, never
    // sums of money (the calendar units are `units`).
    std::vector<std::string> durations;
    // "I can't log in", "无法登录", "로그인이 안 돼": next to a login cue, the sentence is the lock-out, not a login.
    std::vector<std::string> unable;
    bool address_token_before = false;
    // Words before a month name that make a short one a date ("in May", "en mai", "im Mai"):
    // alone, "may" / "mai" are words too.
    std::vector<std::string> month_openers;
    // A season without a year ("весной", "in the spring", "im Herbst", "봄에"): the most recent
    // such season that has begun, as a range of months (winter: December to February).
    std::vector<YearPart> seasons;
    // Words that point back at a place named before ("from there", "von dort", "oradan"), and at
    // the client's home ("from home", "de casa", "evden"): the place they stand for.
    std::vector<std::string> place_there, place_home;
    // Case endings glued to a place name ("Istanbuldayim", "Ankaradan"): the name still counts.
    std::vector<std::string> place_suffixes;
    // "I want to withdraw today", "möchte heute noch auszahlen", "想要提现": a funding or login
    // cue right after (or, in verb-final languages, right before) one of these is a request, not a
    // claim about what the client did.
    std::vector<std::string> intent;
    // "I bought BTC with it the same day", "no mesmo dia", "같은 날": the date of the fact named
    // just before.
    std::vector<std::string> same_day;
    // "the day after", "am Tag danach", "le lendemain", "第二天", "다음 날": the day after the date named last.
    std::vector<std::string> day_after;
    // "I am", "je suis", "ich bin", "저는": before something that looks like a name, the client's
    // name. surnames: for Han and Hangul names, the first syllable a name starts with.
    std::vector<std::string> self_intro, surnames, self_intro_not;
    // "new", "neues", "새", "新": a device introduced so is the one being set up, not one used.
    // new_device_after: the same said after the device, where the verb comes last ("ein iPhone 16
    // gekauft", "iPhone 16 aldım", "아이폰 16을 샀").
    std::vector<std::string> new_device, new_device_after;
    // "No SMS", "not SMS", "kein SMS", "pas par SMS", "não por SMS" (negators, before the word);
    // "SMS değil", "문자는 아니고" (negators_after): the method so named is the one the client did not use.
    std::vector<std::string> negators, negators_after;
    // "I'd like to switch to an authenticator app", "auf eine Authenticator-App umstellen": a method
    // named in a clause with one of these is the one the client wants next, not the one they use.
    std::vector<std::string> switch_to;
    // "never" alone ("SMS habe ich nie benutzt", "SMS-подтверждение я никогда не подключал",
    // "uygulama hiç kullanmadım"): negates the method or device it stands beside on either side,
    // where a plain "not" after the word is a complaint about it ("SMS не приходят").
    std::vector<std::string> never;
    // "my first deposit", "il primo versamento", "第一次入金": a funding cue right after one of these
    // is about the first of them, not the last. "The last one, 500 euro", "L'ultimo, ...": a
    // sentence opening with one of these (last_one) goes on about the funding named just before.
    std::vector<std::string> first_one, last_one;
    // "je ne retire quasiment jamais": "almost" before "never" is no denial. "Hiç kripto çekmedim":
    // a denial of crypto withdrawals says nothing of money sent to the bank (crypto_words).
    std::vector<std::string> almost, crypto_words;
    // "nor" ("Nunca usei iPhone nem Mac", "ni iPhone ni Mac", "ни айфон, ни мак"): denies the word
    // right after it only; after a word it says nothing of it.
    std::vector<std::string> nor;
    // Not having it: "I don't have an iPhone", "não tenho iPhone" (lack_before, at most two words
    // before), "Айфона у меня нет", "iPhone'um yok", "ein iPhone habe ich nicht" (lack_after, at most
    // three words after), in one clause: the device so named is not the client's (devices only).
    std::vector<std::string> lack_before, lack_after;
    // Elided articles that look like words the vocabularies know ("dell'anno" is "of the year",
    // not a Dell): such a word right before an apostrophe is the article.
    std::vector<std::string> elisions;
    // A client correcting themselves ("12 марта — нет, подождите… 14-го", "le 14 — non, le 17",
    // "the 12th — no wait, the 14th"): right after a date or sum, the value after the marker wins.
    std::vector<std::string> corrections;
    // Numbers that are not the client's funding: a price ("BTC is at 95k now", "adesso vale 95
    // mila", "BTC тогда стоил около 83 тысяч") and a wish ("magari ne avessi 1 intero", "I wish I
    // had 1 BTC"). price_when: time words that, between an asset and a sum, make it the asset's
    // price ("BTC şu an 95 bin dolar", "那时候ETH大概3500美元").
    std::vector<std::string> price, price_when, wish;
    // "with (those)", "com (esses)", "con (i)": before a sum without its asset, what a trade cost.
    std::vector<std::string> paid_with;
    // The name stands before these: "Hesabım Emre Yıldız adına" (the account is in Emre Yıldız's name).
    std::vector<std::string> name_before;
    // Text the client did not write: an attribution line ("On ... wrote:", "Le ... a écrit :",
    // "Am ... schrieb ...:", "... 写道：") before a quoted message, a forwarded message's marker
    // ("Forwarded message", "Message transféré") and its header fields ("From:", "De :", "Von:",
    // "Sent:", "Betreff:"). header_from opens a header block; header_fields continue it.
    std::vector<std::string> quote_attribution, forward_markers, header_from, header_fields;
    // The names a support desk goes by in a chat ("Suporte Exchange", "Binance Support", "客服"):
    // in a pasted chat export, that sender's messages are the desk's (claims/chat_export.hpp).
    std::vector<std::string> desk_names;
    // Another account the client holds at the exchange, named beside this one ("sulla ditta", "my
    // wife's account", "公司账户"): once the reply says there are two ("ho due conti", two_accounts),
    // what a clause says about the other is no claim (claims/other_accounts.hpp). A company's bank
    // account a deposit came from is no such account: without two_accounts nothing is cut.
    std::vector<std::string> other_account, two_accounts;
    // "vi scrivo per conto di mia madre", "als Testamentsvollstreckerin", "on behalf of": the writer
    // says they are not the account holder; "I did NOT make this withdrawal", "não fui eu": the
    // reply disputes the account's own activity (claims/reply_stance.hpp).
    std::vector<std::string> for_someone_else, disputes_activity;
    // Cardinals written in words ("two thousand five hundred", "duemilacinquecento", "полторы
    // тысячи", "一千二百"), read by spelled_numbers.cpp; "number_words" above stays the small counts
    // dates use. hundreds multiply the words before them within a group ("five hundred", "五百");
    // scales close a group ("thousand", "mila", "万"); halves add a half ("buçuk", "с половиной",
    // "and a half"); joiners stand between parts ("and", "e", "und", "零"); links stand between a
    // million and its currency ("un million d'euros"). ambiguous: cardinals that are also an
    // article or a pronoun ("ein", "bir", "이"), which alone count only before a currency that
    // ends the clause ("ein Bitcoin.", not "ein Bitcoin-Konto").
    struct SpelledWords {
        std::vector<std::pair<std::string, double>> cardinals, hundreds, scales;
        std::vector<std::string> joiners, halves, links, ambiguous;
        bool units_before_tens = false;  // "fünfundzwanzig": the unit, a joiner, then the tens
        bool short_tail = false;         // "一千二", "一万五": a last digit counts in the place below
    } spelled;
};

// All languages, in the fixed order en fr pt de it ru tr zh ko.
const std::vector<LangLex>& lexicons();
const LangLex& lexicon(std::string_view lang);  // en when unknown

// A hedge of lex.approx_after (and, after a sum, approx_after_sum) starts at `end`, past spaces:
// "civarı", "정도", "左右", "circa".
bool follows_hedge(std::string_view folded, size_t end, const LangLex& lex, bool sum);

struct AssetName {
    std::string phrase;  // folded
    std::string ticker;
    bool symbol = false;  // a currency sign (€, $, R$), matched without word boundaries
    bool letter_sign = false;  // a sign that starts with a letter ("r" for the rand, "r$"): no sign at a word's edge
    double scale = 1;     // a sub-unit's worth in the ticker: "sats" 1e-8 BTC, "mBTC" 1e-3
};
struct SharedVocab {
    std::vector<AssetName> assets;  // longest phrase first
    std::map<std::string, bool> fiat;  // ticker -> is fiat
    std::vector<PhraseStr> countries;  // (folded name, ISO2), longest first
    struct City { std::string phrase, name, country; };
    std::vector<City> cities;  // longest first
    // family: the name a model within it is written under when the logs cannot check the model
    // ("Moto" for "Moto G84"); needs_number: the word is a device only with a model after it
    // ("moto g84", not "moto" the motorbike).
    struct Device { std::string phrase, os, browser, model, family; bool app = false, model_number = false, needs_number = false; };
    std::vector<Device> devices;  // longest first
    // Model words written in another script ("노트20" is "Note20", "울트라" is "Ultra").
    std::vector<PhraseStr> model_words;
    std::vector<PhraseStr> device_kinds;  // (folded word, phone | computer | tablet), longest first
    std::vector<PhraseStr> twofa;  // (folded phrase, method), longest first
    // Product names ("Google Authenticator", "Authy"): naming one tells the method even in a
    // sentence about losing the phone it ran on, where a generic "authenticator app" does not.
    std::vector<std::string> twofa_named;
    // "app", "приложение", "uygulama": where the second factor is the subject (its question, or a
    // method named and denied beside it), a bare app is the authenticator app.
    std::vector<std::string> twofa_app_words;
    struct TopicRule { std::vector<std::string> needs; bool phishable = false, vague_if_habitual = false, not_when_loss = false; };
    std::map<std::string, TopicRule> topics;
    std::vector<std::string> topic_order;
};
const SharedVocab& shared_vocab();

// Canonical city name (as admin logs spell it) for a folded alias, or "" when unknown.
std::string canonical_city(std::string_view folded_name);

// A folded word that is a month or a weekday in any of the nine languages (also first names:
// "Jan", "June"; a caller decides what that rules out).
bool calendar_word(const std::string& folded);
// A folded word the lexicons know as something other than a name: a place, a device, an asset.
bool known_word(const std::string& folded);
std::string city_country(std::string_view canonical);  // ISO2 of a canonical city, or ""

}  // namespace ownercheck::claims
