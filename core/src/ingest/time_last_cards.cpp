#include "ingest/time_last_cards.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/formats/line_reader.hpp"
#include "ingest/message_fields.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/vocab.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMaxEntryLines = 4;  // what happened, and up to three lines of details
constexpr size_t kMaxStamp = 48;
constexpr std::string_view kMiddleDot = "\xC2\xB7";

// A line that is nothing but a date and a time of day ("8 de dez. de 2025 22:46", "Nov 3, 2025,
// 7:14 AM").
bool time_only(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.size() < 8 || t.size() > kMaxStamp || !is_alnum(t.front())) return false;
    const auto ts = parse_timestamp(t);
    return ts && ts->has_time;
}

// "EUR", "BTC", "USDT": a sum's unit, not "30 minutos".
bool ticker_like(std::string_view unit) {
    if (unit.size() < 2 || unit.size() > 6) return false;
    for (char c : unit)
        if (!(c >= 'A' && c <= 'Z') && !is_digit(c)) return false;
    return true;
}

bool names_event(std::string_view line) {
    const std::string_view t = trim(line);
    if (t.empty() || t.size() > 80) return false;
    const EventType e = map_event_name(t).type;
    return e != EventType::Unknown && e != EventType::Other;
}

// ", PT", ", Portugal": a place as panels print it after an address.
bool looks_like_place(std::string_view part) {
    const size_t comma = part.rfind(", ");
    if (comma == std::string_view::npos || comma == 0) return false;
    const std::string_view tail = trim(part.substr(comma + 2));
    return is_code(tail) || (!tail.empty() && !is_digit(tail.front()) && tail.find(' ') == std::string_view::npos && part.size() < 48);
}

// The detail parts of one entry, placed by their look, into its record.
void place_parts(std::string_view line, nlohmann::ordered_json& record, std::string& device, std::string& note) {
    for (size_t from = 0; from <= line.size();) {
        size_t dot = line.find(kMiddleDot, from);
        if (dot == std::string_view::npos) dot = line.size();
        const std::string_view part = trim(line.substr(from, dot - from));
        from = dot + kMiddleDot.size();
        if (part.empty()) continue;
        const std::string_view ip = address_in(part);
        std::string unit;
        // "0,0095 BTC por 746,20 EUR": the sum moved is the first one
        const size_t second_space = part.find(' ', part.find(' ') + 1);
        const std::string_view sum = second_space == std::string_view::npos ? part : part.substr(0, second_space);
        if (!ip.empty() && !record.contains("ip")) {
            record["ip"] = std::string(ip);
        } else if (!record.contains("amount") && is_digit(sum.front()) && parse_amount(sum, &unit) && ticker_like(unit)) {
            record["amount"] = std::string(sum);
        } else if (!record.contains("location") && looks_like_place(part)) {
            record["location"] = std::string(part);
        } else if (names_device(part)) {
            if (!device.empty()) device += ' ';
            device += part;
        } else {
            if (!note.empty()) note += " \xC2\xB7 ";
            note += part;
        }
    }
}

}  // namespace

bool rewrite_time_last_cards(std::string_view text, std::string& out) {
    // Cheap test first: lines that are only a time, in the head of the paste, under lines that are
    // not (a 200 MB table is not split into lines and parsed for nothing).
    {
        int in_head = 0;
        std::string_view line, before;
        int no = 0;
        for (LineReader lr(text.substr(0, 16 * 1024)); in_head < 2 && lr.next(line, no); before = line)
            if (time_only(line) && !trim(before).empty() && !time_only(before)) ++in_head;
        if (in_head < 2) return false;
    }
    const std::vector<std::string_view> lines = split_into_lines(text);
    std::vector<size_t> stamps;
    for (size_t i = 1; i < lines.size(); ++i)
        if (time_only(lines[i]) && !trim(lines[i - 1]).empty() && !time_only(lines[i - 1])) stamps.push_back(i);
    if (stamps.size() < 3) return false;
    // What happened opens each entry: the line after a time names an event more often than the
    // line before it. A grid pasted one cell per line has a time in every record too, but first
    // or after the event ("Sign-in" / its time / "85.1.2.3"): its own reader places every cell
    // (formats/stacked.cpp).
    int titles_after = 0, titles_before = 0;
    for (size_t at : stamps) {
        titles_before += names_event(lines[at - 1]);
        if (at + 1 < lines.size()) titles_after += names_event(lines[at + 1]);
    }
    if (titles_after < 3 || titles_after <= titles_before) return false;

    // Each entry: the non-empty lines after the previous time, up to its own. The first entry's
    // start is unknown (the page sits above it): it takes the size most other entries have.
    std::map<size_t, int> sizes;
    size_t covered = 0, fits = 0, feed_from = 0;  // the feed: from the time before its first fitting entry
    for (size_t k = 1; k < stamps.size(); ++k) {
        const size_t n = stamps[k] - stamps[k - 1] - 1;
        bool contiguous = n >= 1 && n <= kMaxEntryLines;
        for (size_t j = stamps[k - 1] + 1; contiguous && j < stamps[k]; ++j) contiguous = !trim(lines[j]).empty();
        if (!contiguous) continue;
        if (fits == 0) feed_from = stamps[k - 1];
        ++sizes[n];
        ++fits;
        covered += n + 1;
    }
    const size_t span = stamps.back() - feed_from;
    if (fits < 2 || covered * 10 < span * 8) return false;
    const size_t usual = std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;

    std::vector<std::string> rewritten(lines.size());
    size_t entries = 0;
    for (size_t k = 0; k < stamps.size(); ++k) {
        size_t first = k == 0 ? 0 : stamps[k - 1] + 1;
        if (k == 0 || stamps[k] - first > kMaxEntryLines) {
            // Far from the time before it: the feed's first entry when an entry follows close
            // below, taking the usual size; else a time of the page ("Conta criada" / its date).
            const bool opens_feed = k + 1 < stamps.size() && stamps[k + 1] - stamps[k] - 1 <= kMaxEntryLines;
            if (!opens_feed || stamps[k] < usual) continue;
            first = stamps[k] - usual;
        }
        bool contiguous = first < stamps[k];
        for (size_t j = first; contiguous && j < stamps[k]; ++j) contiguous = !trim(lines[j]).empty();
        if (!contiguous) continue;
        nlohmann::ordered_json record;
        record["time"] = std::string(trim(lines[stamps[k]]));
        record["event"] = std::string(trim(lines[first]));
        std::string device, note;
        for (size_t j = first + 1; j < stamps[k]; ++j) place_parts(trim(lines[j]), record, device, note);
        if (!device.empty()) record["user_agent"] = device;
        if (!note.empty()) record["detail"] = note;
        rewritten[first] = record.dump();
        ++entries;
    }
    if (entries < 3) return false;
    out = join_lines(rewritten, text.size());
    return true;
}

}  // namespace ownercheck::ingest
