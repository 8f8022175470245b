#pragma once
// The case as the specialist pasted it (`ownercheck.case/1`, see shared/docs/CONTRACT.md).

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ownercheck {

enum class BlockKind { Logs, Answers, Auto };

struct EvidenceBlock {
    BlockKind kind = BlockKind::Auto;
    std::string label;
    std::string text;
};

struct Account {
    std::string email;
    std::optional<int64_t> created_at;  // unix seconds, UTC
    std::string created_at_text;
    std::string residence_country;       // ISO 3166-1 alpha-2 as given
    std::string name;
};

struct Ticket {
    std::string from;
    std::string language = "auto";
    std::string headers;  // raw RFC 5322 headers, may be empty
};

struct Case {
    std::string case_id;
    std::optional<int64_t> opened_at;  // unix seconds, UTC
    Account account;
    Ticket ticket;
    std::vector<EvidenceBlock> evidence;
    std::string fingerprint;  // "sha256:<hex>" of the canonical case (model/case_json.hpp)
};

// Input that cannot be read as a case. `where` is a JSON path such as `$.evidence[2].kind`.
class CaseError : public std::runtime_error {
public:
    CaseError(std::string where, const std::string& why)
        : std::runtime_error(where + ": " + why), where_(std::move(where)) {}
    const std::string& where() const { return where_; }

private:
    std::string where_;
};

// Parses and validates a case. Throws CaseError naming the JSON path and the reason.
Case parse_case(const std::string& json_text);

}  // namespace ownercheck
