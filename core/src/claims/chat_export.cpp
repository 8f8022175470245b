#include "claims/chat_export.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

namespace {

constexpr std::string_view kLeftToRightMark = "\xE2\x80\x8E";  // WhatsApp puts one before system lines
constexpr size_t kMaxStamp = 34, kMaxSender = 48, kMaxSenders = 4;

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string_view strip(std::string_view s) {
    for (;;) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        if (s.substr(0, kLeftToRightMark.size()) != kLeftToRightMark) return s;
        s.remove_prefix(kLeftToRightMark.size());
    }
}

// "08/07/2026, 14:02:37", "7/8/26, 2:09:55 PM", "08.07.2026 14:12": a date and a clock, nothing long.
bool is_stamp(std::string_view s) {
    s = strip(s);
    if (s.empty() || s.size() > kMaxStamp || !digit(s.front())) return false;
    bool date = false, clock = false;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
        if (!digit(s[i - 1]) || !digit(s[i + 1])) continue;
        if (s[i] == ':') clock = true;
        if (s[i] == '/' || s[i] == '.' || s[i] == '-') date = true;
    }
    return date && clock;
}

struct Message {
    std::string_view sender;  // empty: the messenger's own line ("Messages are end-to-end encrypted")
    std::string_view text;    // empty for a header line (Telegram puts the text below it)
};

std::optional<Message> chat_message(std::string_view line) {
    const std::string_view t = strip(line);
    std::string_view rest;
    if (!t.empty() && t.front() == '[') {  // WhatsApp on iOS: "[08/07/2026, 14:02:37] Rafael: ..."
        const size_t close = t.find(']');
        if (close == std::string_view::npos || close > kMaxStamp + 1 || !is_stamp(t.substr(1, close - 1))) return std::nullopt;
        rest = strip(t.substr(close + 1));
        if (rest.substr(0, 2) == "- ") rest = strip(rest.substr(2));
    } else if (!t.empty() && t.back() == ']') {  // Telegram Desktop: "Rafael, [08.07.2026 14:12]"
        const size_t open = t.rfind(", [");
        if (open == std::string_view::npos || open == 0 || open > kMaxSender || !is_stamp(t.substr(open + 3, t.size() - open - 4)))
            return std::nullopt;
        return Message{strip(t.substr(0, open)), {}};
    } else {  // WhatsApp on Android: "08/07/2026, 14:11 - Rafael: ..."
        const size_t dash = t.find(" - ");
        if (dash == std::string_view::npos || !is_stamp(t.substr(0, dash))) return std::nullopt;
        rest = strip(t.substr(dash + 3));
    }
    const size_t colon = rest.find(": ");
    if (colon != std::string_view::npos && colon > 0 && colon <= kMaxSender) return Message{strip(rest.substr(0, colon)), strip(rest.substr(colon + 2))};
    if (!rest.empty() && rest.back() == ':' && rest.size() <= kMaxSender + 1) return Message{strip(rest.substr(0, rest.size() - 1)), {}};
    return Message{{}, rest};
}

bool desk_named(std::string_view sender) {
    const std::string folded = fold_str(sender);
    for (const auto& l : lexicons())
        for (const auto& name : l.desk_names)
            if (find_phrase(folded, name) != std::string_view::npos) return true;
    return false;
}

struct Sender {
    int messages = 0, questions = 0;
    bool desk = false;
};

}  // namespace

bool unwrap_chat_export(std::vector<std::string_view>& lines, std::vector<std::string>& storage, std::vector<bool>& opens_message) {
    std::vector<std::optional<Message>> messages(lines.size());
    std::map<std::string_view, Sender> senders;
    int count = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        messages[i] = chat_message(lines[i]);
        if (!messages[i] || messages[i]->sender.empty()) continue;
        ++count;
        Sender& s = senders[messages[i]->sender];
        ++s.messages;
        if (messages[i]->text.find('?') != std::string_view::npos) ++s.questions;
    }
    // A conversation: three messages at least, from a few senders, one of whom wrote more than one
    // or is the desk. A client's own list ("[05/07/2026 15:00] Login: iPhone") has neither.
    bool repeated = false, named = false;
    for (auto& [name, s] : senders) {
        s.desk = desk_named(name);
        repeated = repeated || s.messages > 1;
        named = named || s.desk;
    }
    if (count < 3 || senders.size() > kMaxSenders || (senders.size() < 2 && !named) || !repeated) return false;
    if (!named) {  // no sender is called a desk: the desk is the one who asks, when one clearly does
        Sender* asker = nullptr;
        int runner_up = 0;
        for (auto& [name, s] : senders) {
            if (!asker || s.questions > asker->questions) {
                if (asker) runner_up = asker->questions;
                asker = &s;
            } else {
                runner_up = std::max(runner_up, s.questions);
            }
        }
        if (asker && asker->questions > runner_up) asker->desk = true;
    }

    storage.clear();
    storage.reserve(lines.size());  // `lines` points into it: no reallocation after this
    opens_message.assign(lines.size(), false);
    bool desk = false;              // the sender of the message a line continues
    for (size_t i = 0; i < lines.size(); ++i) {
        if (const auto& m = messages[i]) {
            desk = m->sender.empty() || senders[m->sender].desk;
            opens_message[i] = true;
            storage.push_back(m->text.empty() ? std::string() : (desk ? "> " : "") + std::string(m->text));
            lines[i] = storage.back();
        } else if (strip(lines[i]).empty()) {
            desk = false;  // what follows the chat (the signature) is the client's again
        } else if (desk) {
            storage.push_back("> " + std::string(strip(lines[i])));
            lines[i] = storage.back();
        }
    }
    return true;
}

}  // namespace ownercheck::claims
