#include "util/interned.hpp"

#include <cstring>
#include <ostream>

namespace ownercheck {

namespace {

StringPool& process_pool() {
    static StringPool* pool = new StringPool();  // never destroyed: static Interned values may outlive main
    return *pool;
}

thread_local StringPool* scoped_pool = nullptr;  // per thread: a batch tool may analyse cases in parallel

}  // namespace

namespace {

size_t sketch(std::string_view s) {
    if (s.empty()) return 0;
    const auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
    const auto middle = static_cast<unsigned char>(s[s.size() / 2]);
    return (s.size() * 131 + first * 31 + middle * 7 + last) & 0xFF;
}

// Eight bytes a step with one multiply each: pooled strings are short (addresses, countries) or
// long and few (user agents). Only the slot a string lands in depends on it, never an output.
uint32_t hash_bytes(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return static_cast<uint32_t>(h);
}

}  // namespace

const std::string* StringPool::intern(std::string_view s) {
    Recent& recent = recent_[sketch(s) % kRecentSize];
    if (recent.string && recent.view == s) return recent.string;
    recent.string = find_or_add(s);
    recent.view = *recent.string;
    return recent.string;
}

const std::string* StringPool::find_or_add(std::string_view s) {
    if ((strings_.size() + 1) * 2 > slots_.size()) grow();
    const uint32_t hash = hash_bytes(s);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.number == 0) {
            const std::string& added = strings_.emplace_back(s);
            slot = Slot{hash, static_cast<uint32_t>(strings_.size())};
            return &added;
        }
        if (slot.hash == hash && strings_[slot.number - 1] == s) return &strings_[slot.number - 1];
    }
}

void StringPool::reserve(size_t more) {
    if ((strings_.size() + more) * 2 > slots_.size()) grow((strings_.size() + more) * 2);
}

void StringPool::grow(size_t at_least) {
    std::vector<Slot> old = std::move(slots_);
    size_t size = old.empty() ? 64 : old.size() * 2;
    while (size < at_least) size *= 2;
    slots_.assign(size, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.number == 0) continue;
        size_t i = slot.hash & mask;
        while (slots_[i].number != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

StringPool& current_pool() { return scoped_pool ? *scoped_pool : process_pool(); }

PoolScope::PoolScope(StringPool& pool) : previous_(scoped_pool) { scoped_pool = &pool; }
PoolScope::~PoolScope() { scoped_pool = previous_; }

const std::string& Interned::empty_string() {
    static const std::string empty;
    return empty;
}

std::ostream& operator<<(std::ostream& os, const Interned& s) { return os << s.str(); }

}  // namespace ownercheck
