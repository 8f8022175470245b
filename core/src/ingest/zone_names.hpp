#pragma once
// Time zones by their IANA names ("Europe/Berlin", "America/New_York"), as some admin tools print
// them after a stamp. No tz database is shipped: each zone here is its standard offset and the
// daylight-saving rule its region follows today (EU, US, southern Australia, or none), which is
// exact for the recent years a case covers. Zones whose rules change often are left out: a stamp
// in them does not parse, rather than parse an hour off in silence.

#include <cstdint>
#include <string_view>

namespace ownercheck::ingest {

struct ZoneRule {
    std::string_view name;  // lower case, as matched
    int standard_min;       // offset from UTC outside daylight-saving time
    char dst;               // 'E' EU, 'U' US/Canada, 'A' southern Australia, 0 none
};

// The zone of a lower-case IANA name, or nullptr.
const ZoneRule* find_zone_rule(std::string_view lower_name);

// The zone's offset, in minutes, for a wall-clock time read in it (seconds as if it were UTC).
int zone_offset_at(const ZoneRule& z, int64_t local_seconds);

}  // namespace ownercheck::ingest
