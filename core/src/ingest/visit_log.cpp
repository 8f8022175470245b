#include "ingest/visit_log.hpp"

#include <algorithm>
#include <vector>

#include "ingest/formats/field_lines.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/rewritten_json.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t npos = std::string_view::npos;
constexpr size_t kLookLines = 80;

// The event label of an action line, in the analytics tools' languages ("Événement : Auth - login").
constexpr std::string_view kEventKeys[] = {"event", "événement", "evenement", "ereignis", "evento", "событие", "etkinlik", "olay", "事件", "이벤트"};


bool indented(std::string_view line) { return !line.empty() && (line[0] == ' ' || line[0] == '\t'); }

// The event an indented action line names, or empty.
std::string_view event_of(std::string_view line) {
    if (!indented(line)) return {};
    const std::string_view t = trim(line);
    const size_t colon = t.find(':');
    if (colon == npos) return {};
    const std::string_view key = trim(t.substr(0, colon));
    for (std::string_view k : kEventKeys)
        if (iequals(key, k) || (key.size() == k.size() && normalize_key(key) == normalize_key(k))) return trim(t.substr(colon + 1));
    return {};
}

// A visit opens with a line that is a time and nothing else.
bool visit_time(std::string_view line) {
    const std::string_view t = trim(line);
    return !indented(line) && t.size() >= 10 && t.size() <= 48 && parse_timestamp(t).has_value();
}


struct Visit {
    std::string_view time;
    size_t time_line = 0;
    std::vector<std::pair<std::string_view, std::string_view>> fields;  // keyed, then "location"/"device"
    std::vector<std::pair<size_t, std::string_view>> events;            // line index, event
};

std::string record(const Visit& v, std::string_view event) {
    std::string o = "{\"time\": ";
    append_json_string(o, v.time);
    for (const auto& [k, val] : v.fields) {
        o += ", ";
        append_json_string(o, k);
        o += ": ";
        append_json_string(o, val);
    }
    o += ", \"event\": ";
    append_json_string(o, event);
    o += '}';
    return o;
}

}  // namespace

bool rewrite_visit_log(std::string_view text, std::string& out) {
    // Cheap test first: two visit time lines, each followed within a few lines by a field line.
    {
        int visits = 0, looked = 0, no = 0, since = -1;
        std::string_view line;
        for (LineReader lr(text); looked < static_cast<int>(kLookLines) && lr.next(line, no); ++looked) {
            if (visit_time(line)) since = 0;
            else if (since >= 0 && ++since <= 3 && !indented(line) && istarts_with(trim(line), "IP") &&
                     trim(line).find(':') != npos && trim(line).find(':') < 6) {  // "IP : 37.166.52.0", "IP: …"
                ++visits;
                since = -1;
            }
        }
        if (visits < 2) return false;
    }
    std::vector<std::string_view> lines;
    {
        std::string_view line;
        int no = 0;
        for (LineReader lr(text); lr.next(line, no);) lines.push_back(line);
    }
    std::vector<std::string> rewritten(lines.size());
    bool wrote = false;
    size_t last = 0;  // the line of the record written last: the comma goes after it, so that
                      // every record line opens with '{' (ingest/sections.cpp takes no '{' line for a header)
    auto put = [&](size_t at, std::string rec) {
        if (wrote) rewritten[last] += ',';
        rewritten[at] = (wrote ? "" : "[") + rec;
        wrote = true;
        last = at;
    };
    auto flush = [&](const Visit& v) {
        if (v.time.empty()) return;
        if (v.events.empty()) put(v.time_line, record(v, "visit"));
        for (const auto& [at, ev] : v.events) put(at, record(v, ev));
    };
    Visit v;
    for (size_t k = 0; k < lines.size(); ++k) {
        const std::string_view l = lines[k];
        if (visit_time(l)) {
            flush(v);
            v = Visit();
            v.time = trim(l);
            v.time_line = k;
            continue;
        }
        if (v.time.empty() || trim(l).empty()) continue;
        if (const std::string_view ev = event_of(l); !ev.empty()) {
            v.events.emplace_back(k, ev);
            continue;
        }
        if (indented(l)) continue;  // a page the visit viewed
        std::vector<std::pair<std::string_view, std::string_view>> pairs;
        split_gap_fields(l, pairs);  // "Key : value", two on a line set apart by a gap
        if (!pairs.empty()) {
            for (const auto& p : pairs) v.fields.push_back(p);
        } else if (l.find(',') != npos) {
            // the place line ("Marseille, Provence-Alpes-Côte d'Azur, France"), then the device line
            const bool have_place = std::any_of(v.fields.begin(), v.fields.end(), [](const auto& f) { return f.first == "location"; });
            v.fields.emplace_back(have_place ? "device" : "location", trim(l));
        }
    }
    flush(v);
    if (!wrote) return false;
    out = join_json_lines(rewritten, text.size());
    return true;
}

}  // namespace ownercheck::ingest
