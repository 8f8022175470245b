#include "claims/layout.hpp"

#include <algorithm>
#include <map>

#include <cctype>

#include "claims/chat_export.hpp"
#include "claims/lexicon.hpp"
#include "claims/text.hpp"
#include "util/unicode_case.hpp"

namespace ownercheck::claims {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Drops "1.", "2)", "- ", "* ", "• " list markers.
std::string_view strip_marker(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')') && i + 1 < s.size() && s[i + 1] == ' ') return s.substr(i + 2);
    if (starts_with(s, "- ") || starts_with(s, "* ")) return s.substr(2);
    if (starts_with(s, "\xe2\x80\xa2 ")) return s.substr(4);
    return s;
}

// A lower-case letter at byte i, in any of our alphabetic scripts: after "руб." or "févr." a
// lower-case word continues the sentence ("1 250 руб. вчера").
bool is_lower_letter(std::string_view s, size_t i) { return is_lower_cp(next_cp(s, i)); }

bool is_abbreviation(std::string_view word) {
    const std::string f = fold_str(word);
    for (const auto& l : lexicons())
        for (const auto& a : l.abbreviations)
            if (a == f) return true;
    return false;
}

bool is_month_word(std::string_view word) {
    const std::string f = fold_str(word);
    for (const auto& l : lexicons())
        for (const auto& m : l.months)
            if (m.first == f || (m.first.back() == '*' && f.compare(0, m.first.size() - 1, m.first, 0, m.first.size() - 1) == 0)) return true;
    return false;
}

bool ends_question(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ')')) s.remove_suffix(1);
    return (!s.empty() && s.back() == '?') || (s.size() >= 3 && s.substr(s.size() - 3) == "\xef\xbc\x9f");  // ？
}

// A year written out (19xx or 20xx, four digits standing alone).
bool names_year(std::string_view s) {
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
        if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
        if (!((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))) continue;
        if (!std::isdigit(static_cast<unsigned char>(s[i + 2])) || !std::isdigit(static_cast<unsigned char>(s[i + 3]))) continue;
        if (i + 4 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 4]))) continue;
        return true;
    }
    return false;
}

// A date written with numbers: a year, or a day and month ("6/19", "19.06", "6월 19일", "6月19日").
// The desk's questions ask for dates; they do not name them.
bool names_date(std::string_view s) {
    if (names_year(s)) return true;
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) continue;
        const std::string_view rest = s.substr(i + 1);
        if ((rest[0] == '/' || rest[0] == '.') && rest.size() > 1 && std::isdigit(static_cast<unsigned char>(rest[1]))) return true;
        for (std::string_view unit : {"월", "일", "月", "日"})
            if (rest.substr(0, unit.size()) == unit) return true;
    }
    return false;
}

// Whether the text starts with a correction marker of any language ("no wait", "아 아니다", "нет").
bool correction_follows(std::string_view text) {
    size_t n = std::min<size_t>(text.size(), 40);  // the head, cut on a character boundary
    while (n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    const std::string folded = fold_str(text.substr(0, n));
    for (const auto& l : lexicons())
        for (const auto& m : l.corrections) {
            size_t len = 0;
            if (find_phrase(folded, m, 0, &len) == 0) return true;
        }
    return false;
}

// Returns the prefix length when the folded line starts with one of the phrases.
size_t prefix_of(std::string_view folded, bool question) {
    for (const auto& l : lexicons())
        for (const auto& p : question ? l.question_prefixes : l.answer_prefixes)
            if (starts_with(folded, p)) return p.size();
    return 0;
}

// The number of a numbered item ("1. ...", "2) ..."), 0 when the line is not one.
int item_number(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == 0 || i + 1 >= s.size() || (s[i] != '.' && s[i] != ')') || s[i + 1] != ' ') return 0;
    return std::stoi(std::string(s.substr(0, i)));
}

bool any_phrase_of(std::string_view folded, std::vector<std::string> LangLex::*field) {
    for (const auto& l : lexicons())
        for (const auto& p : l.*field)
            if (find_phrase(folded, p) != std::string_view::npos) return true;
    return false;
}

// "From: ...", "De : ...", "Betreff: ...", "보낸 사람: ...": the field name before the colon is one
// of `field`'s.
bool header_line(std::string_view folded, std::vector<std::string> LangLex::*field) {
    const size_t colon = folded.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
    const std::string name = trim(folded.substr(0, colon));
    for (const auto& l : lexicons())
        for (const auto& p : l.*field)
            if (p == name) return true;
    return false;
}

// "On Wed, 4 Nov 2026 at 10:12, Support <security@exchange.example> wrote:", "Le mer. 11 mars 2026
// à 16:02, Support <...> a écrit :", "... 写道：": the line that introduces a quoted message ends
// with a colon and names the writer's address or an attribution verb.
bool attribution_line(std::string_view folded) {
    while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
    if (folded.empty() || folded.back() != ':') return false;
    if (folded.find('@') != std::string_view::npos && folded.find('<') != std::string_view::npos) return true;
    return any_phrase_of(folded, &LangLex::quote_attribution);
}

// "---------- Forwarded message ---------", "-----Original Message-----", "Début du message
// réexpédié :": the marker alone on its line.
bool forward_marker(std::string_view folded) {
    auto rule = [](char c) { return c == '-' || c == '_' || c == '*' || c == ' ' || c == ':' || c == '='; };
    while (!folded.empty() && rule(folded.front())) folded.remove_prefix(1);
    while (!folded.empty() && rule(folded.back())) folded.remove_suffix(1);
    for (const auto& l : lexicons())
        for (const auto& m : l.forward_markers)
            if (folded == m) return true;
    return false;
}

// The lines the client did not write and that are not quoted with ">": attribution lines (and
// the line before one that wraps: "... <security@exchange.example>" / "wrote:"), forwarded
// messages' markers and header blocks ("From:", "Sent:", "To:", "Subject:" up to a blank line).
// A "From:" line opens a block when it names an address, follows a marker or is followed by
// another header field, so that a client's own "From: home in Leeds" stays an answer.
std::vector<bool> foreign_lines(const std::vector<std::string_view>& lines) {
    std::vector<bool> out(lines.size(), false);
    std::vector<std::string> folded;
    folded.reserve(lines.size());
    for (auto l : lines) folded.push_back(fold_str(trim(l)));
    auto quoted = [&](size_t i) { return !folded[i].empty() && folded[i][0] == '>'; };
    bool after_marker = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& f = folded[i];
        if (f.empty() || quoted(i)) {
            after_marker = after_marker && f.empty() && i > 0 && !folded[i - 1].empty() && forward_marker(folded[i - 1]);
            continue;
        }
        if (forward_marker(f)) {
            // "-----Message d'origine-----" under the client's reply: what follows is the earlier
            // thread (the desk's message, its example "0,5 BTC le 3 mars"), headers and body alike,
            // unquoted in Outlook's style. A marker on top opens what the client forwards.
            const bool below_reply = std::any_of(folded.begin(), folded.begin() + static_cast<std::ptrdiff_t>(i),
                                                 [](const std::string& l) { return !l.empty() && l[0] != '>'; }) &&
                                     std::none_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(i), [](bool b) { return b; });
            if (below_reply) {
                for (size_t k = i; k < lines.size(); ++k) out[k] = true;
                break;
            }
            out[i] = true;
            after_marker = true;
            continue;
        }
        if (attribution_line(f)) {
            out[i] = true;
            // "On Wed, 4 Nov 2026 at 10:12, Support <security@exchange.example>" / "wrote:"
            const bool bare = std::none_of(f.begin(), f.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
            if (bare && i > 0 && !folded[i - 1].empty() && !quoted(i - 1) && std::string_view(".!?").find(folded[i - 1].back()) == std::string_view::npos)
                out[i - 1] = true;
            continue;
        }
        if (header_line(f, &LangLex::header_from)) {
            const bool next_field = i + 1 < lines.size() && header_line(folded[i + 1], &LangLex::header_fields);
            if (after_marker || next_field || f.find('@') != std::string::npos) {
                size_t k = i;
                out[k++] = true;
                while (k < lines.size() && !folded[k].empty() &&
                       (header_line(folded[k], &LangLex::header_fields) || header_line(folded[k], &LangLex::header_from)))
                    out[k++] = true;
                i = k - 1;
            }
        }
        after_marker = false;
    }
    return out;
}

// "12월 말에", "24일 저녁에", "2025年3月": digits followed by a year, month or day word.
bool date_unit_after_number(std::string_view s) {
    size_t k = 0;
    while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
    if (k == 0) return false;
    const std::string_view unit = s.substr(k);
    for (std::string_view u : {"년", "월", "일", "年", "月", "日", "号"})
        if (unit.substr(0, u.size()) == u) return true;
    return false;
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view line) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        size_t cut = std::string_view::npos, next = 0;
        if ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == line.size() || line[i + 1] == ' ')) {
            if (c == '.') {
                // the word before the dot: a number ("5. März") or a short abbreviation ("St.") is no end
                size_t w = i;
                while (w > start && std::isalpha(static_cast<unsigned char>(line[w - 1]))) --w;
                // "5. März": a day number of one or two digits standing alone before the dot
                size_t d = i;
                while (d > start && std::isdigit(static_cast<unsigned char>(line[d - 1]))) --d;
                const bool digit_before = i - d >= 1 && i - d <= 2 && (d == start || line[d - 1] == ' ');
                // An abbreviation is a short capitalised word ("St.", "Dr.") or one the languages
                // list ("ca.", "env."): another short lower-case word ends a sentence ("quattro
                // giorni fa. Uso ...", "I logged in. My ...").
                const bool capital = (i - w) > 0 && std::isupper(static_cast<unsigned char>(line[w]));
                const bool word_alone = w == start || line[w - 1] == ' ';
                const bool abbrev = word_alone && (i - w) > 0 && ((capital && (i - w) <= 2) || is_abbreviation(line.substr(w, i - w)));
                size_t n = i + 1;
                while (n < line.size() && line[n] == ' ') ++n;
                const bool digit_after = n < line.size() && std::isdigit(static_cast<unsigned char>(line[n]));
                // "iPhone", "eBay": a lower-case letter before a capital is a name, which may
                // start a sentence ("...giriş yapıyorum. iPhone'umu ...")
                const bool camel = n + 1 < line.size() && std::isupper(static_cast<unsigned char>(line[n + 1]));
                const bool lower_after = n < line.size() && is_lower_letter(line, n) && !camel;
                // "acct opened 2017. last dep ...": a year or amount (three digits or more) before
                // the dot ends the sentence even when the next word is written in lower case.
                const bool long_number_before = i - d >= 3 && (d == start || line[d - 1] == ' ');
                // "... faz duas semanas. conta aberta ...": a whole word of four letters or more
                // (not a month: "févr. prochain") ends the sentence in a reply written in lower case.
                // ... and so does a ticker in capitals ("... 300 of SOL. account is from ...")
                const bool caps_word = word_alone && i - w >= 3 &&
                                       std::all_of(line.begin() + static_cast<std::ptrdiff_t>(w), line.begin() + static_cast<std::ptrdiff_t>(i),
                                                   [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; });
                const bool long_word_before = word_alone && ((i - w >= 4 && !is_month_word(line.substr(w, i - w))) || caps_word);
                // "...데이터로 합니다. 12월 말에 한국 다녀왔을 때": Korean and Chinese abbreviate
                // nothing with a dot, so after a Hangul or Han character a date ("12월", "24日")
                // opens the next sentence. A sum there ("샀습니다. 300만원 거의 다 써서") goes on
                // about the same trade and stays with it.
                const bool han_or_hangul_before = i >= 3 && static_cast<unsigned char>(line[i - 1]) >= 0x80 &&
                                                  static_cast<unsigned char>(line[i - 3]) >= 0xE4 && static_cast<unsigned char>(line[i - 3]) <= 0xED;
                if (digit_before || abbrev || (digit_after && !(han_or_hangul_before && date_unit_after_number(line.substr(n)))) ||
                    (lower_after && !long_number_before && !long_word_before))
                    continue;
                // "USDT 500... 아 아니다, 550 USDT": a pause before a correction keeps it in the sentence
                // it corrects (claims/extract.cpp apply_corrections).
                if (i >= 2 && line[i - 1] == '.' && line[i - 2] == '.' && correction_follows(line.substr(n))) continue;
            }
            cut = i + 1;
            next = i + 1;
        } else if (static_cast<unsigned char>(c) == 0xE3 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(line[i + 2]) == 0x82) {  // 。
            cut = i + 3;
            next = i + 3;
        } else if (static_cast<unsigned char>(c) == 0xEF && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xBC &&
                   (static_cast<unsigned char>(line[i + 2]) == 0x81 || static_cast<unsigned char>(line[i + 2]) == 0x9F ||
                    static_cast<unsigned char>(line[i + 2]) == 0x9B)) {  // ！ ？ ；
            cut = i + 3;
            next = i + 3;
        }
        if (cut != std::string_view::npos) {
            std::string s = trim(line.substr(start, cut - start));
            if (!s.empty()) out.push_back(s);
            start = next;
            i = next - 1;
        }
    }
    std::string s = trim(line.substr(start));
    if (!s.empty()) out.push_back(s);
    return out;
}

std::vector<Sentence> reply_sentences(std::string_view block_text) {
    std::vector<Sentence> out;
    std::string question;
    bool answered = false;
    // Quoted lines are the desk's message, never the client's claims: its questions ("> 2. What
    // was your most recent deposit?", "> 1. Your full name and date of birth") give their topic to
    // the client's answer below them. A question may wrap over several quoted lines: `pending` is
    // the quoted text since the last sentence end, `pending_item` when it opened with a number or
    // a "Q:" (an item of the desk's list, a question even without "?").
    std::string pending;
    bool pending_item = false;
    int pending_number = 0;
    std::map<int, std::string> numbered;  // "> 3. ...": answered by a "3. ..." below
    std::vector<std::string_view> lines = split_lines(block_text);
    std::vector<std::string> unwrapped;  // a chat export's lines without their stamps and senders
    std::vector<bool> opens_message;
    unwrap_chat_export(lines, unwrapped, opens_message);
    const std::vector<bool> foreign = foreign_lines(lines);
    int n = 0;
    for (size_t li = 0; li < lines.size(); ++li) {
        ++n;
        std::string line = trim(lines[li]);
        if (foreign[li]) {
            question.clear();
            answered = false;
            pending.clear();
            pending_item = false;
            continue;
        }
        if (line.empty()) {
            if (answered) question.clear();
            continue;
        }
        // In a chat, the client's next message after an answer is a new thought, as after a blank line.
        if (answered && !opens_message.empty() && opens_message[li]) question.clear();
        if (line[0] == '>') {
            std::string_view rest = line;
            while (!rest.empty() && (rest[0] == '>' || rest[0] == ' ')) rest.remove_prefix(1);
            const std::string body = trim(rest);
            if (body.empty()) {
                pending.clear();
                pending_item = false;
                continue;
            }
            std::string text(strip_marker(body));
            const int number = item_number(body);
            bool item = text.size() != body.size();
            if (size_t q = prefix_of(fold_str(text), true)) {
                text = trim(std::string_view(text).substr(fold(text).origin[q]));
                item = true;
            }
            if (item) {
                pending = text;
                pending_item = true;
                pending_number = number;
            } else {
                pending = pending.empty() ? text : pending + " " + text;
            }
            if (pending_item || ends_question(text)) {
                if (pending_item) {
                    question = pending;
                } else {
                    const std::vector<std::string> parts = split_sentences(pending);
                    question = parts.empty() ? pending : parts.back();
                }
                answered = false;
                if (pending_item && pending_number > 0) numbered[pending_number] = question;
            }
            const char last = text.back();
            if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || ends_question(text)) {
                pending.clear();
                pending_item = false;
            }
            continue;
        }
        pending.clear();
        pending_item = false;
        bool is_question = false;
        const int number = item_number(line);
        std::string body(strip_marker(line));
        const std::string folded = fold_str(body);
        if (size_t q = prefix_of(folded, true)) {
            is_question = true;
            body = trim(std::string_view(body).substr(fold(body).origin[q]));
        } else if (size_t a = prefix_of(folded, false)) {
            body = trim(std::string_view(body).substr(fold(body).origin[a]));
        }
        // A line ending in "?" is our question, unless it is the client's prose that ends with
        // their own question ("... account is from 2022 i think. is my money safe??").
        if (!is_question && ends_question(body)) {
            const std::vector<std::string> parts = split_sentences(body);
            is_question = parts.size() < 3 || ends_question(parts.front());
            // "가입은 2022년 초였나?", "foi em 2021?", "6/19 금요일 저녁쯤?": right under the desk's open
            // question, a line naming a date is the client's unsure answer (the desk asks, it does
            // not name dates).
            if (is_question && !question.empty() && !answered && names_date(body)) is_question = false;
        }
        if (is_question) {
            question = trim(body);
            answered = false;
            continue;
        }
        // "3. 0.5 ETH on 30/09" below the quoted list "> 1. ...", "> 2. ...", "> 3. ...": the
        // answer's number names the question.
        if (number > 0) {
            const auto it = numbered.find(number);
            if (it != numbered.end()) question = it->second;
        }
        std::vector<std::string> parts = split_sentences(body);
        // "BTC. oct.", "app. never sms": a terse answer of a few words under a question is one
        // answer, its dots only separate the items of it (the asset here, the month there).
        if (!question.empty() && parts.size() > 1 && words_between(body) <= 4 && !ends_question(body)) parts = {trim(body)};
        // "1) When did you open the account? 2021, not sure of the month": a line that opens with
        // the desk's question and answers it on the same line. Only the first sentence counts as
        // the question, so a client's own question later in a line ("...?? My last login...") is
        // not taken for ours.
        size_t first = 0;
        if (parts.size() > 1 && ends_question(parts.front()) && !(!question.empty() && names_date(parts.front()))) {
            question = parts.front();
            first = 1;
        }
        for (size_t k = first; k < parts.size(); ++k) out.push_back({n, std::move(parts[k]), question, number > 0 && question.empty() && k == first});
        answered = true;
    }
    return out;
}

}  // namespace ownercheck::claims
