#include "claims/device_loss.hpp"

#include <algorithm>
#include <string>

#include "claims/lexicon.hpp"
#include "claims/text.hpp"

namespace ownercheck::claims {

size_t device_lost_at(std::string_view folded) {
    // Blank out every "lost access" first: "perdi o acesso porque roubaram o celular" still says
    // the phone was stolen, "I lost access to the app" alone does not.
    std::string text(folded);
    for (const LangLex& l : lexicons())
        for (const std::string& p : l.lost_access) {
            size_t len = 0;
            for (size_t at = find_phrase(text, p, 0, &len); at != std::string::npos; at = find_phrase(text, p, at + len, &len))
                text.replace(at, len, len, ' ');
        }
    size_t first = std::string::npos;
    for (const LangLex& l : lexicons())
        for (const std::string& p : l.lost_device) first = std::min(first, find_phrase(text, p));
    return first;
}

}  // namespace ownercheck::claims
