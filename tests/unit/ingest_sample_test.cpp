// The labelled sample: every logs block reads with the record count the labels give, nothing
// skipped, and every event's time is the one printed on its source line.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/ingest.hpp"
#include "test_support.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;
namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            std::string_view l = text.substr(start, i - start);
            if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
            out.push_back(l);
            start = i + 1;
        }
    return out;
}

// The ways the sample prints an instant, rendered independently of the parser.
std::vector<std::string> renderings(int64_t t) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string iso = format_iso_datetime(t);  // 2026-11-18T09:12:44Z
    std::string spaced = iso.substr(0, 10) + " " + iso.substr(11, 8);
    const CivilDate d = date_of(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02d %s %04d %s", d.day, kMonths[d.month - 1], d.year, iso.substr(11, 8).c_str());
    return {iso, spaced, buf};
}

}  // namespace

TEST_CASE("sample corpus: rows equal the labelled records, nothing skipped, times match their lines") {
    const std::string labels_text = test_support::read_file(test_support::shared_path("cases/labels.json"));
    REQUIRE_FALSE(labels_text.empty());
    const auto labels = nlohmann::json::parse(labels_text);
    std::map<std::string, nlohmann::json> by_id;
    for (const auto& l : labels) by_id[l.at("case_id").get<std::string>()] = l;

    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(test_support::shared_path("cases/cases")))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 30);

    int blocks = 0, events = 0, checked_times = 0;
    for (const auto& f : files) {
        const Case c = parse_case(test_support::read_file(f.string()));
        CAPTURE(c.case_id);
        REQUIRE(by_id.count(c.case_id) == 1);
        const auto& records = by_id[c.case_id].at("records");
        const std::vector<BlockIngest> ingested = ingest_case(c);
        CHECK(ingested.size() == records.size());
        for (const BlockIngest& b : ingested) {
            CAPTURE(b.block);
            CAPTURE(b.format);
            ++blocks;
            const std::string key = std::to_string(b.block);
            REQUIRE(records.contains(key));
            CHECK(b.rows == records.at(key).get<int>());
            CHECK(b.skipped == 0);
            CHECK(b.warnings_total == 0);
            CHECK(b.events == static_cast<int>(b.event_list.size()));
            CHECK(b.format != "lines");
            const auto lines = split_lines(c.evidence[static_cast<size_t>(b.block)].text);
            for (const Event& e : b.event_list) {
                ++events;
                CHECK(e.type != EventType::Unknown);
                REQUIRE(e.src.line >= 1);
                REQUIRE(e.src.line <= static_cast<int>(lines.size()));
                const std::string_view line = lines[static_cast<size_t>(e.src.line - 1)];
                bool found = false;
                for (const auto& r : renderings(e.time))
                    if (line.find(r) != std::string_view::npos) found = true;
                CAPTURE(line);
                CAPTURE(format_iso_datetime(e.time));
                CHECK(found);
                ++checked_times;
            }
        }
    }
    MESSAGE("sample: " << blocks << " blocks, " << events << " events, " << checked_times << " timestamps checked");
    CHECK(blocks > 60);
}
