// The Embind surface: a case in, a report out, plus the version. JSON crosses the boundary as
// text; the JS side (wasm/ownercheck-api.mjs) turns a failed status into a proper Error.

#include <emscripten/bind.h>

#include "ownercheck/ownercheck.hpp"

namespace {

struct WasmResult {
    std::string status;  // "ok" | "invalid_case" | "internal_error"
    std::string output;
    std::string error;
};

WasmResult analyze_case(const std::string& case_json, const std::string& format, bool redact,
                        const std::string& redact_key) {
    ownercheck::AnalyzeOptions options;
    if (format == "markdown") options.format = ownercheck::ReportFormat::Markdown;
    else if (format == "text") options.format = ownercheck::ReportFormat::Text;
    else if (format != "json") return {"usage_error", "", "unknown format '" + format + "', must be: json, markdown, text"};
    options.redact = redact;
    options.redact_key = redact_key;
    const ownercheck::AnalyzeResult r = ownercheck::analyze(case_json, options);
    switch (r.status) {
        case ownercheck::Status::Ok: return {"ok", r.output, ""};
        case ownercheck::Status::InvalidCase: return {"invalid_case", "", r.error};
        case ownercheck::Status::InternalError: break;
    }
    return {"internal_error", "", r.error};
}

std::string version() { return ownercheck::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(ownercheck) {
    emscripten::value_object<WasmResult>("AnalyzeResult")
        .field("status", &WasmResult::status)
        .field("output", &WasmResult::output)
        .field("error", &WasmResult::error);
    emscripten::function("analyzeCase", &analyze_case);
    emscripten::function("version", &version);
}
