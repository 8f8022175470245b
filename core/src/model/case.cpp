#include "model/case.hpp"

#include <nlohmann/json.hpp>

#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck {

namespace {

using nlohmann::json;

const char* type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::discarded: return "nothing";
        default: return "a number";
    }
}

// Reads an optional string member; absent or null gives "".
std::string optional_string(const json& obj, const char* key, const std::string& path) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_string())
        throw CaseError(path + "." + key, std::string("must be a string, found ") + type_name(*it));
    return it->get<std::string>();
}

std::optional<int64_t> optional_instant(const json& obj, const char* key, const std::string& path,
                                        std::string* text_out = nullptr) {
    const std::string text = optional_string(obj, key, path);
    if (text_out) *text_out = text;
    if (text.empty()) return std::nullopt;
    auto t = parse_iso8601(text);
    if (!t)
        throw CaseError(path + "." + key,
                        "'" + text + "' is not an ISO 8601 date-time (e.g. 2026-11-20T14:03:00Z)");
    return t;
}

const json& optional_object(const json& obj, const char* key, const std::string& path) {
    static const json empty = json::object();
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return empty;
    if (!it->is_object())
        throw CaseError(path + "." + key, std::string("must be an object, found ") + type_name(*it));
    return *it;
}

BlockKind parse_kind(const std::string& kind, const std::string& path) {
    if (kind == "logs") return BlockKind::Logs;
    if (kind == "answers") return BlockKind::Answers;
    if (kind == "auto" || kind.empty()) return BlockKind::Auto;
    throw CaseError(path, "unknown kind '" + kind + "', must be: logs, answers, auto");
}

}  // namespace

Case parse_case(const std::string& text) {
    const nlohmann::json& limits = data_table("limits.json");
    const size_t max_bytes = limits.at("max_case_bytes").get<size_t>();
    if (text.size() > max_bytes)
        throw CaseError("$", "the case is " + std::to_string(text.size() >> 20) + " MB, more than the " +
                                 std::to_string(max_bytes >> 20) + " MB ownercheck reads at once: split the paste into several cases");
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        // nlohmann's message carries line and column; keep only the part after the id prefix.
        std::string what = e.what();
        const auto cut = what.find("] ");
        throw CaseError("$", "not valid JSON (byte " + std::to_string(e.byte) + "): " +
                                 (cut == std::string::npos ? what : what.substr(cut + 2)));
    }
    if (!root.is_object()) throw CaseError("$", std::string("must be an object, found ") + type_name(root));

    Case c;
    const std::string schema = optional_string(root, "schema", "$");
    if (!schema.empty() && schema != "ownercheck.case/1")
        throw CaseError("$.schema", "unsupported schema '" + schema + "', must be: ownercheck.case/1");
    c.case_id = optional_string(root, "case_id", "$");
    c.opened_at = optional_instant(root, "opened_at", "$");

    const json& account = optional_object(root, "account", "$");
    c.account.email = optional_string(account, "email", "$.account");
    c.account.created_at = optional_instant(account, "created_at", "$.account", &c.account.created_at_text);
    c.account.residence_country = optional_string(account, "residence_country", "$.account");
    c.account.name = optional_string(account, "name", "$.account");

    const json& ticket = optional_object(root, "ticket", "$");
    c.ticket.from = optional_string(ticket, "from", "$.ticket");
    c.ticket.language = optional_string(ticket, "language", "$.ticket");
    if (c.ticket.language.empty()) c.ticket.language = "auto";
    c.ticket.headers = optional_string(ticket, "headers", "$.ticket");

    auto ev = root.find("evidence");
    if (ev == root.end()) throw CaseError("$.evidence", "is required (a list of {kind, label, text} blocks)");
    if (!ev->is_array()) throw CaseError("$.evidence", std::string("must be an array, found ") + type_name(*ev));
    const size_t max_blocks = limits.at("max_blocks").get<size_t>();
    if (ev->size() > max_blocks)
        throw CaseError("$.evidence", "has " + std::to_string(ev->size()) + " blocks, more than the " +
                                          std::to_string(max_blocks) + " ownercheck reads: merge blocks of the same log");
    for (size_t i = 0; i < ev->size(); ++i) {
        const std::string path = "$.evidence[" + std::to_string(i) + "]";
        const json& b = (*ev)[i];
        if (!b.is_object()) throw CaseError(path, std::string("must be an object, found ") + type_name(b));
        EvidenceBlock block;
        block.kind = parse_kind(optional_string(b, "kind", path), path + ".kind");
        block.label = optional_string(b, "label", path);
        block.text = optional_string(b, "text", path);
        c.evidence.push_back(std::move(block));
    }
    // Canonical form: keys sorted (nlohmann's object is an ordered map), no insignificant
    // whitespace, UTF-8 kept as is. Formatting or key order of the paste does not change it.
    c.canonical_json = root.dump();
    return c;
}

}  // namespace ownercheck
