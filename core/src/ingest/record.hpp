#pragma once
// One record (a CSV row, a JSON object, a key=value line) -> one normalised Event. Every keyed or
// columnar parser fills RoleValues and calls build_event, so the meaning of a column is decided in
// one place whatever the format.

#include <string>
#include <string_view>
#include <vector>

#include "ingest/roles.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/vocab.hpp"
#include "model/ingest_result.hpp"

namespace ownercheck::ingest {

// What every parser of one block shares: the text (for the date-order vote), hints, memo tables.
class BlockContext {
public:
    BlockContext(int block, std::string_view text, int reference_year, int64_t reference_time)
        : block_(block), text_(text) {
        hints_.reference_year = reference_year;
        hints_.reference_time = reference_time;
    }
    int block() const { return block_; }
    std::string_view text() const { return text_; }
    // Hints for a timestamp: day/month order is voted over the whole block the first time a
    // numeric a/b/c date shows up, so every row of a column is read the same way.
    // When no value decides (every day <= 12), slash dates follow the block's language
    // (date_order.hpp) and date_order_note() says that the order was a guess.
    const TimeHints& hints_for(std::string_view value);
    // A warning for the block when its a/b/c dates were read in a guessed order; empty otherwise.
    std::string date_order_note() const;
    VocabCache& vocab() { return vocab_; }
    // What a funding row without a type is, from the block's label ("Withdrawal history").
    void set_label(std::string_view label);
    EventType label_funding() const { return label_funding_; }
    // The decimal mark of the block's amount columns (',' or '.'; 0 when undecided), voted once
    // by the columnar parser over the column: "22,553" is 22.553 where other rows read "0,5".
    void set_decimal_mark(char mark) { decimal_mark_ = mark; }
    // The zone of stamps that name none, from the time column's header ("Zeit (MESZ)").
    void set_zone_offset(int minutes) {
        hints_.has_default_offset = true;
        hints_.default_offset_min = minutes;
    }
    // Takes the zone a header of the time columns names, if any; the note for format_reason.
    std::string zone_from_headers(const std::vector<std::string_view>& header, const std::vector<Role>& roles);
    // Takes the zone the block's label names in brackets ("Laravel log (horário de Brasília)",
    // "Logins (UTC+8)"), if any; the note for format_reason. A time column's header still wins.
    std::string zone_from_label(std::string_view label);
    char decimal_mark() const { return decimal_mark_; }

private:
    // Reads stamps without a zone in this one; the note for format_reason, saying what named it.
    std::string take_zone(int minutes, const std::string& named_by);
    int block_;
    std::string_view text_;
    TimeHints hints_;
    bool voted_ = false;
    char guessed_sep_ = 0;               // the separator of the dates read in a guessed order
    std::string_view guess_evidence_;    // the day-first word that decided, if any
    std::string guess_example_;          // the first such date, for the warning
    VocabCache vocab_;
    EventType label_funding_ = EventType::Unknown;
    char decimal_mark_ = 0;
};

// Parses a timestamp value with the block's hints.
std::optional<Timestamp> parse_time_value(std::string_view value, BlockContext& ctx);

// Fills `ev` (a default-constructed Event, usually the list's new last element) from the record; false, with a warning on `out`, when the record has no readable
// timestamp (the caller counts it as skipped).
bool build_event(const RoleValues& v, int line, BlockContext& ctx, BlockIngest& out, Event& ev);

// One record read: its event appended to `out` and counted, or counted as skipped.
void add_event(const RoleValues& v, int line, BlockContext& ctx, BlockIngest& out);

// "AS3320", "AS3320 Deutsche Telekom AG", "MEO (AS3243)" -> the number, and the name when one is given.
void read_asn(std::string_view s, Interned& asn, Interned& org);

// "Ashburn, United States" / "Berlin, DE" / "DE" -> city and country.
void split_location(std::string_view loc, Interned& city, Interned& country);

}  // namespace ownercheck::ingest
