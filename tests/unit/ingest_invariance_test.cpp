// Format invariance: the events read from the labelled sample are re-rendered in the admin formats
// the sample does not use (ingest_render.*), and every rendering must read back as the same events
// with nothing skipped. Set OWNERCHECK_INVARIANCE_VERBOSE=1 to print the pass rate per format.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "enrich/geo_text.hpp"
#include "ingest/ingest.hpp"
#include "util/embedded_data.hpp"
#include "ingest_render.hpp"
#include "test_support.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;
using ingest_render::Carries;
using ingest_render::Renderer;
namespace fs = std::filesystem;

namespace {

bool funding_event(const Event& e) {
    return e.type == EventType::Deposit || e.type == EventType::Withdrawal || e.type == EventType::Trade;
}
bool login_event(const Event& e) { return e.type == EventType::LoginSuccess || e.type == EventType::LoginFailure; }

// Whether two city names are one city: the same text, or names the gazetteer resolves to the same
// place (its folding and the exonyms of core/data/city_names.json: "Москва" is Moscow). Ingest keeps
// the name the log printed; the enrich stage places it.
bool same_city(std::string_view a, std::string_view b) {
    if (a == b) return true;
    static const std::map<std::string, std::string> group = [] {
        std::map<std::string, std::string> m;
        for (const auto& [key, names] : data_table("city_names.json").at("cities").items()) {
            m.emplace(fold_name(key.substr(0, key.find('/'))), key);
            for (const auto& n : names) m.emplace(fold_name(n.get<std::string>()), key);
        }
        return m;
    }();
    const std::string fa = fold_name(a), fb = fold_name(b);
    if (fa == fb) return true;
    auto ia = group.find(fa), ib = group.find(fb);
    return ia != group.end() && ib != group.end() && ia->second == ib->second;
}

// The first difference between what was rendered and what was read back, empty when none.
std::string compare(const Event& want, const Event& got, const Carries& c) {
    std::ostringstream why;
    const int64_t unit = c.seconds ? 1 : 60;
    if (want.time / unit != got.time / unit)
        why << "time " << format_iso_datetime(want.time) << " read as " << format_iso_datetime(got.time);
    else if (c.type ? want.type != got.type : login_event(want) != login_event(got))
        why << "type " << event_type_name(want.type) << " read as " << event_type_name(got.type) << " ('" << got.raw_type.view() << "')";
    else if (want.success != got.success)
        why << "success " << want.success << " read as " << got.success;
    else if (want.ip != got.ip)
        why << "ip " << want.ip.view() << " read as '" << got.ip.view() << "'";
    else if (c.country && want.country != got.country)
        why << "country " << want.country.view() << " read as '" << got.country.view() << "'";
    else if (c.city && !same_city(want.city.view(), got.city.view()))
        why << "city " << want.city.view() << " read as '" << got.city.view() << "'";
    // A device label the format shows beside an app's user agent is kept after it (ingest/record.cpp).
    else if (c.user_agent && want.user_agent.view() != got.user_agent.view().substr(0, got.user_agent.view().find(kDeviceLabelAfterUserAgent)))
        why << "user agent '" << want.user_agent.view() << "' read as '" << got.user_agent.view() << "'";
    else if (c.reason && !want.success && want.failure_reason != got.failure_reason &&
             (c.reasons.empty() || std::find(c.reasons.begin(), c.reasons.end(), std::string(want.failure_reason.view())) != c.reasons.end()))
        why << "failure reason " << want.failure_reason.view() << " read as '" << got.failure_reason.view() << "'";
    else if (c.funding && (std::fabs(want.amount - got.amount) > 1e-9 || want.asset != got.asset))
        why << "amount " << want.amount << " " << want.asset.view() << " read as " << got.amount << " " << got.asset.view();
    else if (c.funding && want.type == EventType::Trade && want.side != got.side)
        why << "side " << want.side.view() << " read as '" << got.side.view() << "'";
    return why.str();
}

struct Source {
    std::string case_id;
    int block;
    int64_t reference;
    std::vector<Event> access, funding;
};

std::vector<Source> sample_sources() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(test_support::shared_path("cases/cases")))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Source> out;
    for (const auto& f : files) {
        const Case c = parse_case(test_support::read_file(f.string()));
        for (const BlockIngest& b : ingest_case(c)) {
            Source s{c.case_id, b.block, c.opened_at.value_or(0), {}, {}};
            for (const Event& e : b.event_list) (funding_event(e) ? s.funding : s.access).push_back(e);
            out.push_back(std::move(s));
        }
    }
    return out;
}

struct Tally {
    int blocks = 0, passed = 0, events = 0;
    std::string first_failure;
};

// Renders `events` with `r`, reads the rendering back, and says what differs (empty: invariant).
std::string check_one(const Renderer& r, const std::vector<Event>& events, int64_t reference) {
    const ingest_render::Rendering text = r.render(events);
    const BlockIngest b = ingest_block(0, text.text, reference, text.label);
    std::ostringstream why;
    if (b.skipped != 0 || b.event_list.size() != events.size()) {
        why << "format " << b.format << ": " << b.events << " events from " << events.size() << " rendered, " << b.skipped << " skipped";
        for (const auto& w : b.warnings) {
            why << "; line " << w.line << ": " << w.message;
            break;
        }
        return why.str();
    }
    std::vector<Event> want = events, got = b.event_list;
    if (r.reorders) {
        const auto by_time = [](const Event& x, const Event& y) { return x.time < y.time; };
        std::stable_sort(want.begin(), want.end(), by_time);
        std::stable_sort(got.begin(), got.end(), by_time);
    }
    for (size_t i = 0; i < events.size(); ++i) {
        const std::string d = compare(want[i], got[i], r.carries);
        if (!d.empty()) {
            why << "format " << b.format << ", event " << i + 1 << " (line " << got[i].src.line << "): " << d;
            return why.str();
        }
    }
    bool guessed = false;
    for (const auto& w : b.warnings) {
        if (r.guesses_date_order && w.line == 0 && w.message.find("is a guess") != std::string::npos) {
            guessed = true;
            continue;
        }
        why << "format " << b.format << ": warning line " << w.line << ": " << w.message;
        return why.str();
    }
    if (r.guesses_date_order && !guessed) return "format " + b.format + ": no warning that the date order was a guess";
    return {};
}

}  // namespace

TEST_CASE("format invariance: sample events re-rendered in other admin formats read back the same") {
    const std::vector<Source> sources = sample_sources();
    REQUIRE(sources.size() >= 10);
    const bool verbose = std::getenv("OWNERCHECK_INVARIANCE_VERBOSE") != nullptr;
    std::map<std::string, Tally> tallies;
    std::vector<std::string> order;
    int total = 0, passed = 0;
    for (const Renderer& r : ingest_render::renderers()) {
        order.push_back(r.name);
        Tally& t = tallies[r.name];
        for (const Source& s : sources) {
            std::vector<Event> events;
            if (r.access)
                for (const Event& e : s.access)
                    if (r.accepts ? r.accepts(e) : (!r.logins_only || login_event(e))) events.push_back(e);
            if (r.funding) events.insert(events.end(), s.funding.begin(), s.funding.end());
            if (events.empty()) continue;
            ++t.blocks;
            ++total;
            t.events += static_cast<int>(events.size());
            const std::string why = check_one(r, events, s.reference);
            if (why.empty()) {
                ++t.passed;
                ++passed;
            } else if (t.first_failure.empty()) {
                t.first_failure = s.case_id + " block " + std::to_string(s.block) + ": " + why;
            }
        }
    }
    std::ostringstream summary;
    for (const auto& name : order) {
        const Tally& t = tallies[name];
        summary << name << ": " << t.passed << "/" << t.blocks << " blocks (" << t.events << " events)";
        if (!t.first_failure.empty()) summary << "  first failure: " << t.first_failure;
        summary << "\n";
    }
    if (verbose) MESSAGE("format invariance\n" << summary.str());
    MESSAGE("format invariance: " << passed << "/" << total << " block renderings over " << order.size() << " formats and "
                                  << sources.size() << " sample blocks");
    CAPTURE(summary.str());
    CHECK(passed == total);
}
