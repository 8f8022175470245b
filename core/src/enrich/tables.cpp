#include "enrich/tables.hpp"

#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>

namespace ownercheck {

struct TableStore::Impl {
    mutable std::mutex mutex;
    std::map<std::string, std::shared_ptr<const std::string>, std::less<>> tables;
};

TableStore::TableStore() : impl_(std::make_shared<Impl>()) {}

TableStore& TableStore::global() {
    static TableStore store;
    return store;
}

const std::vector<std::string>& TableStore::known_names() {
    static const std::vector<std::string> names = {"cities", "asn-names", "asn-ipv6", "country-ipv4",
                                                   "asn-ipv4", "country-ipv6"};
    return names;
}

namespace {

uint32_t u32_at(const std::string& b, size_t off) {
    uint32_t v;
    std::memcpy(&v, b.data() + off, 4);
    return v;  // tables are little-endian, as are x86-64 and wasm32
}

// Expected size of the table body given its header, or 0 when the header is not one we know.
std::string check(std::string_view name, const std::string& b) {
    struct Kind { std::string_view name, magic; size_t per_row; };
    static constexpr Kind kinds[] = {
        {"asn-ipv4", "OCA4", 12}, {"asn-ipv6", "OCA6", 36}, {"country-ipv4", "OCC4", 10},
        {"country-ipv6", "OCC6", 34}, {"asn-names", "OCAN", 8}, {"cities", "OCG1", 0},
    };
    for (const auto& k : kinds) {
        if (k.name != name) continue;
        if (b.size() < 12 || std::string_view(b.data(), 4) != k.magic)
            return "table " + std::string(name) + ": not an ownercheck " + std::string(k.magic) + " table";
        if (u32_at(b, 4) != 1) return "table " + std::string(name) + ": unsupported format version " + std::to_string(u32_at(b, 4));
        const uint64_t n = u32_at(b, 8);
        if (name == "asn-names") {
            if (b.size() < 12 + 8 * n + 4) return "table asn-names: truncated";
            const uint64_t blob = u32_at(b, 12 + 8 * n);
            if (b.size() != 12 + 8 * n + 4 + blob) return "table asn-names: size does not match its offsets";
        } else if (k.per_row && b.size() != 12 + k.per_row * n) {
            return "table " + std::string(name) + ": " + std::to_string(b.size()) + " bytes, header promises " +
                   std::to_string(12 + k.per_row * n);
        }
        return "";
    }
    return "unknown table '" + std::string(name) + "'";
}

}  // namespace

std::string TableStore::add(std::string_view name, std::string bytes) {
    std::string err = check(name, bytes);
    if (!err.empty()) return err;
    auto p = std::make_shared<const std::string>(std::move(bytes));
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->tables[std::string(name)] = std::move(p);
    return "";
}

std::shared_ptr<const std::string> TableStore::get(std::string_view name) const {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    auto it = impl_->tables.find(name);
    return it == impl_->tables.end() ? nullptr : it->second;
}

void TableStore::clear() {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->tables.clear();
}

}  // namespace ownercheck
