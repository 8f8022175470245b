#pragma once
// "I lost my iPhone last Friday", "telefonumu 3 Kasım'da çaldırdım", "지난주 금요일에 아이폰을
// 잃어버려서": the client says a device is gone, and since when. Nearly every recovery story says
// it, so it proves nothing by itself; it matters when the logs show that device still signing in
// from the account's own networks after that day (correlate/check_device_loss.cpp).

#include <string_view>
#include <vector>

#include "claims/values.hpp"

namespace ownercheck::claims {

// Where the folded segment says, in any of the nine languages, that a device was lost or stolen
// (not that an access, a password or codes were lost: "lost access", "perdi o acesso"); npos when
// it does not. The date nearest to it is the day of the loss.
size_t device_lost_at(std::string_view folded);

// When the segment names a loss and two devices or more, removes the one named nearest the loss
// word (the lost one) and returns true: the rest are devices the client says they use. False,
// `devices` untouched, otherwise.
bool set_lost_device_apart(std::string_view folded, std::vector<DeviceFound>& devices);

}  // namespace ownercheck::claims
