#pragma once
// The shape of a client's reply: which lines are our questions (quoted "> ...", numbered and
// ending in "?", "Q:"), which are answers, and the sentences of each answer with the line they
// stand on. A question's topic carries to the answer lines after it until the next question or a
// blank line after an answer. Quoted lines ("> ...") are never answers: a quoted question (ending
// in "?", a numbered item, "Q:") is the question for the client's lines below it. Attribution
// lines ("On ... wrote:") and forwarded header blocks ("From:", "Sent:", ...) are skipped.

#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::claims {

struct Sentence {
    int line = 0;          // 1-based within the block
    std::string text;      // as the client wrote it
    std::string question;  // the question this answers, "" in free prose
    bool bare_item = false;  // the first sentence of a numbered answer whose question the reply does not quote ("2. 1.500 € per SEPA")
};

std::vector<Sentence> reply_sentences(std::string_view block_text);

// Splits one line into sentences, not at "St. Petersburg", "5. März", "Jan. 2024" or "1.5".
std::vector<std::string> split_sentences(std::string_view line);

}  // namespace ownercheck::claims
