#pragma once
// Event names and result values as admin tools spell them, mapped onto the fixed vocabulary via
// core/data/event_types.json and core/data/outcomes.json.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/event.hpp"

namespace ownercheck::ingest {

struct EventMapping {
    EventType type = EventType::Unknown;
    std::optional<bool> success;  // set when the name itself says (Auth0 "fp", "login_failed")
    std::string reason;
};

enum class Outcome { Unknown, Success, Failure };

struct OutcomeMapping {
    Outcome outcome = Outcome::Unknown;
    std::string reason;  // lower snake case; empty when the value gives none
};

EventMapping map_event_name(std::string_view raw);
OutcomeMapping map_outcome(std::string_view raw);
// A separate failure-reason column ("Failure reason", "outcome.reason", "Sign-in error code").
OutcomeMapping map_reason(std::string_view raw);

// Per-block memo: the same few spellings repeat on every row.
class VocabCache {
public:
    const EventMapping& event(std::string_view raw);
    const OutcomeMapping& outcome(std::string_view raw);
    const OutcomeMapping& reason(std::string_view raw);

private:
    // The value asked for last, per table: a column repeats "auth.login" or "success" row after
    // row, and one compare is cheaper than a walk down the map. Map nodes never move.
    template <typename Mapping>
    struct Last {
        std::string_view key;
        const Mapping* mapping = nullptr;
    };
    template <typename Mapping, typename MapFn>
    static const Mapping& look_up(std::map<std::string, Mapping, std::less<>>& table, Last<Mapping>& last,
                                  std::string_view raw, MapFn&& map) {
        if (last.mapping && last.key == raw) return *last.mapping;
        auto it = table.find(raw);
        if (it == table.end()) it = table.emplace(std::string(raw), map(raw)).first;
        last = {it->first, &it->second};
        return it->second;
    }

    std::map<std::string, EventMapping, std::less<>> events_;
    std::map<std::string, OutcomeMapping, std::less<>> outcomes_, reasons_;
    Last<EventMapping> last_event_;
    Last<OutcomeMapping> last_outcome_, last_reason_;
};

}  // namespace ownercheck::ingest
