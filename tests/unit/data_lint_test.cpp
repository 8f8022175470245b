// The data files are code: every one must parse, and the shared conventions must hold.
#include <doctest/doctest.h>

#include <string>

#include "util/embedded_data.hpp"

using namespace ownercheck;

TEST_CASE("data lint: every file in core/data parses as JSON (comments allowed)") {
    const auto names = embedded_data_names();
    CHECK(names.size() >= 1);
    for (const auto name : names) {
        CAPTURE(std::string(name));
        const auto parsed = nlohmann::json::parse(embedded_data(name), nullptr, false, true);
        CHECK_FALSE(parsed.is_discarded());
        CHECK((parsed.is_object() || parsed.is_array()));
    }
}

TEST_CASE("data lint: limits are positive numbers") {
    const auto& limits = data_table("limits.json");
    for (const char* key : {"max_case_bytes", "max_blocks", "max_events_per_block", "max_line_bytes"}) {
        CAPTURE(key);
        REQUIRE(limits.contains(key));
        CHECK(limits.at(key).is_number_unsigned());
        CHECK(limits.at(key).get<long long>() > 0);
    }
}
