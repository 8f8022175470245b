#include "claims/writer_role.hpp"

#include "claims/extract.hpp"
#include "claims/layout.hpp"
#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

std::optional<Analysis::WriterForSomeoneElse> writer_for_someone_else(const Analysis& a) {
    for (size_t b = 0; b < a.input.evidence.size(); ++b) {
        if (!is_reply_block(a, b)) continue;
        for (const Sentence& sent : reply_sentences(a.input.evidence[b].text)) {
            const std::string folded = fold_str(sent.text);
            for (const LangLex& l : lexicons())
                for (const std::string& p : l.for_someone_else)
                    if (find_phrase(folded, p) != std::string_view::npos)
                        return Analysis::WriterForSomeoneElse{Ref{static_cast<int>(b), sent.line}, sent.text};
        }
    }
    return std::nullopt;
}

}  // namespace ownercheck::claims
