// Golden reports: every examples/NAME.json has examples/golden/NAME.{json,md} holding the exact
// report the CLI prints (data tables loaded), compared byte for byte. The same test runs natively
// and in wasm, so both must match the same files. Regenerate after an intended change with OWNERCHECK_UPDATE_GOLDEN=1.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "ownercheck/ownercheck.hpp"
#include "ip_data_support.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace ownercheck;

TEST_CASE("golden reports for examples/") {
    // The goldens are what the CLI prints, and the CLI loads the data tables: so load them here
    // too, whatever ran before (the table store is process-wide).
    std::string table_errors;
    test_support::load_tables(table_errors);
    REQUIRE_MESSAGE(table_errors.empty(), table_errors);
    const fs::path dir = test_support::source_path("examples");
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".json") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE_MESSAGE(!cases.empty(), "no example cases in " << dir.string());
    const bool update = std::getenv("OWNERCHECK_UPDATE_GOLDEN") != nullptr;
    for (const fs::path& c : cases) {
        const std::string input = test_support::read_file(c.string());
        for (const auto& [format, ext] : {std::pair{ReportFormat::Json, ".json"}, std::pair{ReportFormat::Markdown, ".md"}}) {
            AnalyzeOptions options;
            options.format = format;
            const AnalyzeResult r = analyze(input, options);
            CAPTURE(c.string());
            REQUIRE(r.status == Status::Ok);
            const fs::path golden = dir / "golden" / (c.stem().string() + ext);
            if (update) {
                fs::create_directories(golden.parent_path());
                std::ofstream(golden, std::ios::binary) << r.output;
                continue;
            }
            REQUIRE_MESSAGE(fs::exists(golden), "missing golden " << golden.string() << " (run with OWNERCHECK_UPDATE_GOLDEN=1)");
            CHECK_MESSAGE(r.output == test_support::read_file(golden.string()),
                          "report differs from " << golden.string() << " (intended? regenerate with OWNERCHECK_UPDATE_GOLDEN=1)");
        }
    }
}
