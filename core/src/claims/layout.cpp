#include "claims/layout.hpp"

#include <algorithm>

#include <cctype>

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

// Returns the prefix length when the folded line starts with one of the phrases.
size_t prefix_of(std::string_view folded, bool question) {
    for (const auto& l : lexicons())
        for (const auto& p : question ? l.question_prefixes : l.answer_prefixes)
            if (starts_with(folded, p)) return p.size();
    return 0;
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
                if (digit_before || abbrev || digit_after || (lower_after && !long_number_before && !long_word_before)) continue;
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
    int n = 0;
    for (std::string_view raw : split_lines(block_text)) {
        ++n;
        std::string line = trim(raw);
        if (line.empty()) {
            if (answered) question.clear();
            continue;
        }
        std::string_view rest = line;
        bool is_question = false;
        const bool quoted = rest[0] == '>';
        while (!rest.empty() && rest[0] == '>') rest.remove_prefix(1);
        is_question = quoted;  // our questions, quoted back
        std::string body(strip_marker(trim(rest)));
        const std::string folded = fold_str(body);
        bool q_prefix = false;
        if (size_t q = prefix_of(folded, true)) {
            is_question = q_prefix = true;
            body = trim(std::string_view(body).substr(fold(body).origin[q]));
        } else if (size_t a = prefix_of(folded, false)) {
            body = trim(std::string_view(body).substr(fold(body).origin[a]));
        }
        // A line ending in "?" is our question, unless it is the client's prose that ends with
        // their own question ("... account is from 2022 i think. is my money safe??").
        if (!is_question && ends_question(body)) {
            const std::vector<std::string> parts = split_sentences(body);
            is_question = parts.size() < 3 || ends_question(parts.front());
        }
        if (is_question) {
            // "> I used SMS codes." quoted by a client who replies inline is an answer, not a question
            if (quoted && !ends_question(body) && !q_prefix) is_question = false;
        }
        if (is_question) {
            question = trim(body);
            answered = false;
            continue;
        }
        std::vector<std::string> parts = split_sentences(body);
        // "1) When did you open the account? 2021, not sure of the month": a line that opens with
        // the desk's question and answers it on the same line. Only the first sentence counts as
        // the question, so a client's own question later in a line ("...?? My last login...") is
        // not taken for ours.
        size_t first = 0;
        if (parts.size() > 1 && ends_question(parts.front())) {
            question = parts.front();
            first = 1;
        }
        for (size_t k = first; k < parts.size(); ++k) out.push_back({n, std::move(parts[k]), question});
        answered = true;
    }
    return out;
}

}  // namespace ownercheck::claims
