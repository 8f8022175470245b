// The whole pipeline on arbitrary bytes as a case file: must never crash, hang or leak, and must
// either report or say why the input is not a case.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ownercheck/ownercheck.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    for (auto format : {ownercheck::ReportFormat::Json, ownercheck::ReportFormat::Markdown}) {
        ownercheck::AnalyzeOptions options;
        options.format = format;
        options.redact = format == ownercheck::ReportFormat::Markdown;
        options.redact_key = "fuzz";
        const auto r = ownercheck::analyze(input, options);
        if (r.status == ownercheck::Status::InternalError) std::abort();  // a bug, not bad input
        if (r.status == ownercheck::Status::Ok && r.output.empty()) std::abort();
        if (r.status == ownercheck::Status::InvalidCase && r.error.empty()) std::abort();
    }
    return 0;
}
