#pragma once
// The public face of the core: a case (JSON text) in, a report out.
// The CLI, the WebAssembly binding and the tests all go through here.

#include <string>

namespace ownercheck {

enum class ReportFormat { Json, Markdown, Text };

struct AnalyzeOptions {
    ReportFormat format = ReportFormat::Json;
    bool redact = false;
    std::string redact_key;  // HMAC key for --redact; empty means a random per-run key
};

enum class Status { Ok, InvalidCase, InternalError };

struct AnalyzeResult {
    Status status = Status::Ok;
    std::string output;  // the report in the requested format when Ok
    std::string error;   // one line saying where and why when not Ok
};

// Never throws: every failure comes back as a status with a message.
AnalyzeResult analyze(const std::string& case_json, const AnalyzeOptions& options = {});

// Semantic version of the core, e.g. "0.1.0".
const char* version();

// "sha256:<hex>" of bytes, through OpenSSL's EVP interface.
std::string sha256_hex(const std::string& bytes);

}  // namespace ownercheck
