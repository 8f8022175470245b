// The Embind surface: a case in, a report out, plus the version. JSON crosses the boundary as
// text; the JS side (wasm/ownercheck-api.mjs) turns a failed status into a proper Error.

#include <emscripten/bind.h>

#include "crypto/case_file.hpp"
#include "enrich/address_check.hpp"
#include "enrich/gazetteer.hpp"
#include "enrich/ip_lookup.hpp"
#include "enrich/tables.hpp"
#include "enrich/user_agent.hpp"
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

// Encrypted case files (core/src/crypto/case_file.hpp). Bytes cross as Uint8Array: in, Embind's
// std::string accepts one; out, a copy of a typed_memory_view (a std::string return would be
// decoded as UTF-8 text).
emscripten::val bytes_to_js(const std::string& bytes) {
    return emscripten::val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data())))
        .call<emscripten::val>("slice");
}

emscripten::val case_file_result(const ownercheck::crypto::CaseFileResult& r, bool binary) {
    emscripten::val out = emscripten::val::object();
    out.set("status", std::string(ownercheck::crypto::case_file_error_code(r.error)));
    out.set("error", r.message);
    if (r.error == ownercheck::crypto::CaseFileError::None) {
        if (binary) out.set("bytes", bytes_to_js(r.bytes));
        else out.set("text", r.bytes);
    }
    return out;
}

emscripten::val seal_case(const std::string& plaintext, const std::string& passphrase, const std::string& salt,
                          const std::string& nonce) {
    return case_file_result(ownercheck::crypto::seal_case_file(plaintext, passphrase, salt, nonce), true);
}

emscripten::val open_case(const std::string& file, const std::string& passphrase) {
    return case_file_result(ownercheck::crypto::open_case_file(file, passphrase), false);
}

}  // namespace

// The big data tables arrive from the page as bytes (Uint8Array -> std::string), lazily, after the
// first screen. Returns "" when accepted, else why the table was refused.
std::string register_table(const std::string& name, const std::string& bytes) {
    return ownercheck::TableStore::global().add(name, bytes);
}

std::string table_names() {
    nlohmann::json names = nlohmann::json::array();
    for (const auto& n : ownercheck::TableStore::known_names())
        names.push_back({{"name", n}, {"loaded", ownercheck::TableStore::global().has(n)}});
    return names.dump();
}

// What enrich makes of one item, as JSON text (the CLI's `ua`, `ip`, `address`, `place`).
std::string describe(const std::string& kind, const std::string& item) {
    const auto replace = nlohmann::ordered_json::error_handler_t::replace;
    if (kind == "ua") return ownercheck::describe_user_agent(item).dump(-1, ' ', false, replace);
    if (kind == "ip") return ownercheck::describe_ip(item).dump(-1, ' ', false, replace);
    if (kind == "address") return ownercheck::describe_address(item).dump(-1, ' ', false, replace);
    if (kind == "place") return ownercheck::describe_place(item).dump(-1, ' ', false, replace);
    return nlohmann::json({{"error", "unknown kind '" + kind + "', must be: ua, ip, address, place"}}).dump();
}

EMSCRIPTEN_BINDINGS(ownercheck) {
    emscripten::value_object<WasmResult>("AnalyzeResult")
        .field("status", &WasmResult::status)
        .field("output", &WasmResult::output)
        .field("error", &WasmResult::error);
    emscripten::function("analyzeCase", &analyze_case);
    emscripten::function("version", &version);
    emscripten::function("sealCase", &seal_case);
    emscripten::function("openCase", &open_case);
    emscripten::function("registerTable", &register_table);
    emscripten::function("tableNames", &table_names);
    emscripten::function("describe", &describe);
}
