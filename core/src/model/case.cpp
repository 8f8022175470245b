#include "model/case.hpp"

#include <nlohmann/json.hpp>

#include "model/case_json.hpp"
#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck {

namespace {

const char* type_name(const JsonValue& v) {
    switch (v.type) {
        case JsonValue::Type::Null: return "null";
        case JsonValue::Type::Object: return "an object";
        case JsonValue::Type::Array: return "an array";
        case JsonValue::Type::String: return "a string";
        case JsonValue::Type::Boolean: return "a boolean";
        case JsonValue::Type::Number: break;
    }
    return "a number";
}

// Takes an optional string member out of the document (`obj` may be an absent object); absent or
// null gives "".
std::string take_string(JsonValue* obj, const char* key, const std::string& path) {
    JsonValue* v = obj ? obj->find(key) : nullptr;
    if (!v || v->type == JsonValue::Type::Null) return {};
    if (v->type != JsonValue::Type::String)
        throw CaseError(path + "." + key, std::string("must be a string, found ") + type_name(*v));
    return std::move(v->text);
}

std::optional<int64_t> take_instant(JsonValue* obj, const char* key, const std::string& path,
                                    std::string* text_out = nullptr) {
    const std::string text = take_string(obj, key, path);
    if (text_out) *text_out = text;
    if (text.empty()) return std::nullopt;
    auto t = parse_iso8601(text);
    if (!t)
        throw CaseError(path + "." + key,
                        "'" + text + "' is not an ISO 8601 date-time (e.g. 2026-11-20T14:03:00Z)");
    return t;
}

// An optional object member; absent or null gives nullptr, which take_string() reads as empty.
JsonValue* optional_object(JsonValue& obj, const char* key, const std::string& path) {
    JsonValue* v = obj.find(key);
    if (!v || v->type == JsonValue::Type::Null) return nullptr;
    if (v->type != JsonValue::Type::Object)
        throw CaseError(path + "." + key, std::string("must be an object, found ") + type_name(*v));
    return v;
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
    JsonValue root = read_json(text);
    if (root.type != JsonValue::Type::Object)
        throw CaseError("$", std::string("must be an object, found ") + type_name(root));

    Case c;
    // Canonical form: keys sorted, no insignificant whitespace, UTF-8 kept as is, so formatting
    // or key order of the paste does not change it. Hashed before the strings are moved out.
    c.fingerprint = canonical_fingerprint(root);

    const std::string schema = take_string(&root, "schema", "$");
    if (!schema.empty() && schema != "ownercheck.case/1")
        throw CaseError("$.schema", "unsupported schema '" + schema + "', must be: ownercheck.case/1");
    c.case_id = take_string(&root, "case_id", "$");
    c.opened_at = take_instant(&root, "opened_at", "$");

    JsonValue* account = optional_object(root, "account", "$");
    c.account.email = take_string(account, "email", "$.account");
    c.account.created_at = take_instant(account, "created_at", "$.account", &c.account.created_at_text);
    c.account.residence_country = take_string(account, "residence_country", "$.account");
    c.account.name = take_string(account, "name", "$.account");

    JsonValue* ticket = optional_object(root, "ticket", "$");
    c.ticket.from = take_string(ticket, "from", "$.ticket");
    c.ticket.language = take_string(ticket, "language", "$.ticket");
    if (c.ticket.language.empty()) c.ticket.language = "auto";
    c.ticket.headers = take_string(ticket, "headers", "$.ticket");

    JsonValue* ev = root.find("evidence");
    if (!ev) throw CaseError("$.evidence", "is required (a list of {kind, label, text} blocks)");
    if (ev->type != JsonValue::Type::Array)
        throw CaseError("$.evidence", std::string("must be an array, found ") + type_name(*ev));
    const size_t max_blocks = limits.at("max_blocks").get<size_t>();
    if (ev->items.size() > max_blocks)
        throw CaseError("$.evidence", "has " + std::to_string(ev->items.size()) + " blocks, more than the " +
                                          std::to_string(max_blocks) + " ownercheck reads: merge blocks of the same log");
    c.evidence.reserve(ev->items.size());
    for (size_t i = 0; i < ev->items.size(); ++i) {
        const std::string path = "$.evidence[" + std::to_string(i) + "]";
        JsonValue& b = ev->items[i];
        if (b.type != JsonValue::Type::Object)
            throw CaseError(path, std::string("must be an object, found ") + type_name(b));
        EvidenceBlock block;
        block.kind = parse_kind(take_string(&b, "kind", path), path + ".kind");
        block.label = take_string(&b, "label", path);
        block.text = take_string(&b, "text", path);  // the paste itself: moved, never copied
        c.evidence.push_back(std::move(block));
    }
    return c;
}

}  // namespace ownercheck
