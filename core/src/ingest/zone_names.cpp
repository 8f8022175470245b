#include "ingest/zone_names.hpp"

#include "util/civil_time.hpp"

namespace ownercheck::ingest {

namespace {

constexpr ZoneRule kZones[] = {
    {"utc", 0, 0}, {"etc/utc", 0, 0}, {"etc/gmt", 0, 0}, {"gmt", 0, 0},
    {"europe/london", 0, 'E'}, {"europe/dublin", 0, 'E'}, {"europe/lisbon", 0, 'E'}, {"atlantic/canary", 0, 'E'},
    {"europe/berlin", 60, 'E'}, {"europe/paris", 60, 'E'}, {"europe/madrid", 60, 'E'}, {"europe/rome", 60, 'E'},
    {"europe/amsterdam", 60, 'E'}, {"europe/brussels", 60, 'E'}, {"europe/vienna", 60, 'E'}, {"europe/zurich", 60, 'E'},
    {"europe/stockholm", 60, 'E'}, {"europe/oslo", 60, 'E'}, {"europe/copenhagen", 60, 'E'}, {"europe/warsaw", 60, 'E'},
    {"europe/prague", 60, 'E'}, {"europe/budapest", 60, 'E'}, {"europe/belgrade", 60, 'E'}, {"europe/luxembourg", 60, 'E'},
    {"europe/malta", 60, 'E'}, {"europe/ljubljana", 60, 'E'}, {"europe/zagreb", 60, 'E'}, {"europe/bratislava", 60, 'E'},
    {"europe/athens", 120, 'E'}, {"europe/helsinki", 120, 'E'}, {"europe/kiev", 120, 'E'}, {"europe/kyiv", 120, 'E'},
    {"europe/bucharest", 120, 'E'}, {"europe/sofia", 120, 'E'}, {"europe/riga", 120, 'E'}, {"europe/vilnius", 120, 'E'},
    {"europe/tallinn", 120, 'E'}, {"asia/nicosia", 120, 'E'},
    {"europe/istanbul", 180, 0}, {"europe/moscow", 180, 0}, {"europe/minsk", 180, 0},
    {"america/new_york", -300, 'U'}, {"america/toronto", -300, 'U'}, {"america/detroit", -300, 'U'},
    {"america/chicago", -360, 'U'}, {"america/winnipeg", -360, 'U'}, {"america/denver", -420, 'U'},
    {"america/edmonton", -420, 'U'}, {"america/phoenix", -420, 0}, {"america/los_angeles", -480, 'U'},
    {"america/vancouver", -480, 'U'}, {"america/anchorage", -540, 'U'}, {"pacific/honolulu", -600, 0},
    {"america/mexico_city", -360, 0}, {"america/bogota", -300, 0}, {"america/lima", -300, 0},
    {"america/sao_paulo", -180, 0}, {"america/buenos_aires", -180, 0}, {"america/argentina/buenos_aires", -180, 0},
    {"asia/tokyo", 540, 0}, {"asia/seoul", 540, 0}, {"asia/shanghai", 480, 0}, {"asia/hong_kong", 480, 0},
    {"asia/taipei", 480, 0}, {"asia/singapore", 480, 0}, {"asia/manila", 480, 0}, {"asia/kuala_lumpur", 480, 0},
    {"asia/kolkata", 330, 0}, {"asia/calcutta", 330, 0}, {"asia/dubai", 240, 0}, {"asia/bangkok", 420, 0},
    {"asia/jakarta", 420, 0}, {"asia/ho_chi_minh", 420, 0}, {"asia/saigon", 420, 0}, {"asia/almaty", 300, 0},
    {"asia/tashkent", 300, 0}, {"asia/karachi", 300, 0}, {"asia/riyadh", 180, 0}, {"asia/tehran", 210, 0},
    {"africa/lagos", 60, 0}, {"africa/johannesburg", 120, 0}, {"africa/nairobi", 180, 0},
    {"australia/sydney", 600, 'A'}, {"australia/melbourne", 600, 'A'}, {"australia/brisbane", 600, 0},
    {"australia/perth", 480, 0},
};

// Unix seconds of 00:00 UTC on the n-th (1-based; 0: last) Sunday of month m of year y.
int64_t sunday(int y, int m, int n) {
    const int64_t first = days_from_civil(y, m, 1);
    const int64_t weekday = ((first + 4) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; 0 is Sunday
    int64_t day = first + (7 - weekday) % 7;            // the first Sunday
    if (n > 0) {
        day += 7 * (n - 1);
    } else {
        const int64_t next_month = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
        while (day + 7 < next_month) day += 7;
    }
    return day * 86400;
}

}  // namespace

const ZoneRule* find_zone_rule(std::string_view lower_name) {
    for (const ZoneRule& z : kZones)
        if (z.name == lower_name) return &z;
    return nullptr;
}

int zone_offset_at(const ZoneRule& z, int64_t local_seconds) {
    if (z.dst == 0) return z.standard_min;
    const int64_t utc_standard = local_seconds - int64_t{z.standard_min} * 60;  // the instant, were it standard time
    const int y = date_of(local_seconds).year;
    bool summer = false;
    if (z.dst == 'E') {  // last Sunday of March to last Sunday of October, 01:00 UTC
        summer = utc_standard >= sunday(y, 3, 0) + 3600 && utc_standard < sunday(y, 10, 0) + 3600;
    } else if (z.dst == 'U') {  // second Sunday of March 02:00 to first Sunday of November 02:00, local
        const int64_t start = sunday(y, 3, 2) + 2 * 3600 - int64_t{z.standard_min} * 60;
        const int64_t end = sunday(y, 11, 1) + 1 * 3600 - int64_t{z.standard_min} * 60;
        summer = utc_standard >= start && utc_standard < end;
    } else if (z.dst == 'A') {  // first Sunday of October 02:00 to first Sunday of April 03:00, local
        const int64_t end = sunday(y, 4, 1) + 2 * 3600 - int64_t{z.standard_min} * 60;
        const int64_t start = sunday(y, 10, 1) + 2 * 3600 - int64_t{z.standard_min} * 60;
        summer = utc_standard < end || utc_standard >= start;
    }
    return z.standard_min + (summer ? 60 : 0);
}

}  // namespace ownercheck::ingest
