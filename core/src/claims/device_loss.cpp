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

bool set_lost_device_apart(std::string_view folded, std::vector<DeviceFound>& devices) {
    if (devices.size() < 2) return false;
    const size_t lost = device_lost_at(folded);
    if (lost == std::string::npos) return false;
    size_t nearest = devices.size(), best = std::string::npos;
    for (size_t i = 0; i < devices.size(); ++i) {
        const std::string name = fold_str(devices[i].text);
        const size_t at = folded.find(name);
        if (at == std::string::npos) continue;
        const size_t end = at + name.size();
        const size_t distance = end <= lost ? lost - end : at >= lost ? at - lost : 0;
        if (distance < best) best = distance, nearest = i;
    }
    if (nearest == devices.size()) return false;
    devices.erase(devices.begin() + static_cast<std::ptrdiff_t>(nearest));
    return true;
}

}  // namespace ownercheck::claims
