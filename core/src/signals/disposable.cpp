#include "signals/disposable.hpp"

#include "signals/signal_common.hpp"

namespace ownercheck::signals {

bool is_disposable_email_domain(std::string_view domain) {
    const std::string d = lower(domain);
    if (d.empty()) return false;
    for (const auto& entry : config()["disposable_domains"]) {
        if (!entry.is_string()) continue;
        const std::string& listed = entry.get_ref<const std::string&>();
        // The listed domain or any subdomain of it.
        if (d == listed || (d.size() > listed.size() && d.compare(d.size() - listed.size(), listed.size(), listed) == 0 &&
                            d[d.size() - listed.size() - 1] == '.'))
            return true;
    }
    return false;
}

}  // namespace ownercheck::signals
