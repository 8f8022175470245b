#include "claims/reply_stance.hpp"

#include "claims/extract.hpp"
#include "claims/layout.hpp"
#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

void read_reply_stance(Analysis& a) {
    a.writer_for_someone_else.reset();
    a.disputed_activity.reset();
    // One pass over the reply's sentences, each folded once: the first sentence that says each.
    struct Stance {
        std::vector<std::string> LangLex::*phrases;
        std::optional<Analysis::ReplyLine>& found;
    };
    Stance stances[] = {{&LangLex::for_someone_else, a.writer_for_someone_else}, {&LangLex::disputes_activity, a.disputed_activity}};
    for (size_t b = 0; b < a.input.evidence.size(); ++b) {
        if (!is_reply_block(a, b)) continue;
        for (const Sentence& sent : reply_sentences(a.input.evidence[b].text)) {
            const std::string folded = fold_str(sent.text);
            for (Stance& st : stances) {
                if (st.found) continue;
                for (const LangLex& l : lexicons())
                    for (const std::string& p : l.*st.phrases)
                        if (!st.found && find_phrase(folded, p) != std::string_view::npos)
                            st.found = Analysis::ReplyLine{Ref{static_cast<int>(b), sent.line}, sent.text};
            }
        }
    }
}

}  // namespace ownercheck::claims
