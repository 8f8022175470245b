#include "claims/reply_stance.hpp"

#include "claims/extract.hpp"
#include "claims/layout.hpp"
#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

namespace {

std::optional<Analysis::ReplyLine> first_sentence_with(const Analysis& a, std::vector<std::string> LangLex::*phrases) {
    for (size_t b = 0; b < a.input.evidence.size(); ++b) {
        if (!is_reply_block(a, b)) continue;
        for (const Sentence& sent : reply_sentences(a.input.evidence[b].text)) {
            const std::string folded = fold_str(sent.text);
            for (const LangLex& l : lexicons())
                for (const std::string& p : l.*phrases)
                    if (find_phrase(folded, p) != std::string_view::npos) return Analysis::ReplyLine{Ref{static_cast<int>(b), sent.line}, sent.text};
        }
    }
    return std::nullopt;
}

}  // namespace

void read_reply_stance(Analysis& a) {
    a.writer_for_someone_else = first_sentence_with(a, &LangLex::for_someone_else);
    a.disputed_activity = first_sentence_with(a, &LangLex::disputes_activity);
}

}  // namespace ownercheck::claims
