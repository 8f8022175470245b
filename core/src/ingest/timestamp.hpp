#pragma once
// The flexible timestamp reader shared by every ingest parser and by claim extraction.
// Accepts what admin tools and exports print: ISO 8601 with offsets and fractions, epoch seconds /
// milliseconds / microseconds / nanoseconds, `2026-11-18 09:12:44`, `18 Nov 2026 09:12:44`,
// `Nov 18, 2026 9:12 PM`, `11/18/2026 09:12:44 PM`, `18.11.2026 09:12`, Kraken's
// `2025-07-11 18:45:43.5171`, RFC 2822 (`Tue, 18 Nov 2026 09:12:44 +0000`), nginx
// (`18/Nov/2026:09:12:44 +0000`), syslog (`Nov 18 09:12:44`, year from the hints), 2-digit years.
// No zone means UTC. Day/month order of `a/b/c` dates comes from the hints (decided once for the
// whole column/block by vote_date_order), then from the values themselves, then from the separator.

#include <cstdint>
#include <optional>
#include <string_view>

namespace ownercheck::ingest {

struct Timestamp {
    int64_t sec = 0;  // unix seconds, UTC
    int32_t ms = 0;   // 0..999
    bool has_time = true;  // false for a date alone
};

// YMD: two-digit year first ("27-01-12" is 12 January 2027, as Bitfinex exports write it), chosen
// for a block only when its rows are in date order read that way and out of order read day-first.
enum class DateOrder { Unknown, DMY, MDY, YMD };

struct TimeHints {
    DateOrder order = DateOrder::Unknown;
    // How to read a slash date when `order` is unknown (no value of the block tells): day-first
    // when the block is in a day-first language, else the US month-first reading.
    DateOrder slash_order = DateOrder::Unknown;
    int reference_year = 0;        // for syslog stamps without a year; 0: such stamps do not parse
    int64_t reference_time = 0;    // a stamp without a year that would land after this moves back a year
    // The zone of stamps that name none, when the column's header names one ("Zeit (MESZ)").
    bool has_default_offset = false;
    int default_offset_min = 0;
};

// The UTC offset, in minutes, a column header names in its parentheses or after its last space:
// "Zeitpunkt (MESZ)" 120, "Data/Hora (BRT)" -180, "Time (UTC+3)" 180, "Время (МСК)" 180.
std::optional<int> header_zone_offset(std::string_view header);

// The whole of `text` (trimmed, optionally quoted or bracketed) as one instant.
std::optional<Timestamp> parse_timestamp(std::string_view text, const TimeHints& hints = {});

// The longest timestamp at the start of `text`; `consumed` gets its length in bytes. Epoch
// numbers are not recognised here (a bare number inside free text is too often something else).
std::optional<Timestamp> parse_timestamp_prefix(std::string_view text, const TimeHints& hints, size_t& consumed);

// Looks at every numeric a/b/c or a.b.c date in `text` (a column or a whole block): a first field
// above 12 means day-first, a second field above 12 month-first. Unknown when nothing decides.
DateOrder vote_date_order(std::string_view text);

}  // namespace ownercheck::ingest
