#pragma once
// Is a mail domain a throwaway inbox? A small list lives in signals.json; a fuller list can
// replace this one function without touching the detector.

#include <string_view>

namespace ownercheck::signals {

bool is_disposable_email_domain(std::string_view domain);

}  // namespace ownercheck::signals
