#pragma once
// Interned: an immutable string held once in a pool and shared by every event that carries it.
//
// Why: a paste of a million logins repeats a handful of user agents, places, event names and
// assets. As std::string fields, every event held its own copy (an Event was 864 bytes, a 1M-line
// paste cost five times its size) and every sort or copy of events moved them all. An Interned is
// one pointer: equal strings share one allocation, copies are free, and comparing two values from
// the same pool is a pointer test.
//
// Lifetime: analyze() opens a StringPool with a PoolScope, so everything interned while a case is
// analysed is freed with it. Outside any scope (tests, the inspection commands) values go to a
// process-wide pool that lives until exit. An Interned must not outlive the pool it came from:
// keep events inside the Analysis that made them.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck {

class StringPool {
public:
    StringPool() = default;
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;

    // The pooled copy of `s` (never empty: the empty string is not pooled).
    const std::string* intern(std::string_view s);
    size_t size() const { return strings_.size(); }
    // Room for `more` new strings without rehashing: a block of a million lines may bring a
    // million distinct addresses, and doubling the table twenty times moved every entry twice.
    void reserve(size_t more);

private:
    // Open addressing with linear probing: a million distinct addresses make a million entries,
    // and a node-based map spent more time allocating and chasing nodes than parsing the paste.
    struct Slot {
        uint32_t hash = 0;
        uint32_t number = 0;  // 1 + the string's index in strings_; 0: empty slot
    };
    const std::string* find_or_add(std::string_view s);
    void grow(size_t at_least = 0);

    std::deque<std::string> strings_;  // a deque never moves its elements: pointers stay valid
    std::vector<Slot> slots_;          // size a power of two, at most half full
    // Recently interned strings, found by a cheap sketch (length and end bytes) and one compare:
    // a column repeats the same user agent or country line after line, and hashing a long user
    // agent costs more than comparing it. Each keeps its view, so the compare makes no call into
    // std::string (in WebAssembly those calls are not inlined and cost more than the compare).
    static constexpr size_t kRecentSize = 256;
    struct Recent {
        const std::string* string = nullptr;
        std::string_view view;
    };
    Recent recent_[kRecentSize] = {};
};

// The pool new values go to: the innermost PoolScope's, else the process-wide one.
StringPool& current_pool();

// Makes `pool` the current pool of this thread until the scope ends.
class PoolScope {
public:
    explicit PoolScope(StringPool& pool);
    ~PoolScope();
    PoolScope(const PoolScope&) = delete;
    PoolScope& operator=(const PoolScope&) = delete;

private:
    StringPool* previous_;
};

class Interned {
public:
    Interned() = default;
    Interned(std::string_view s) : p_(s.empty() ? nullptr : current_pool().intern(s)) {}  // NOLINT: implicit by design
    Interned(const std::string& s) : Interned(std::string_view(s)) {}                   // NOLINT
    Interned(const char* s) : Interned(std::string_view(s)) {}                          // NOLINT

    const std::string& str() const { return p_ ? *p_ : empty_string(); }
    operator const std::string&() const { return str(); }  // NOLINT: reads like the std::string it was
    operator std::string_view() const { return str(); }    // NOLINT
    std::string_view view() const { return str(); }

    // Equal values from one pool have one id: a memo table keyed by ids skips hashing the text.
    // (Values from two pools may differ in id while equal in text; a memo then just misses.)
    const void* id() const { return p_; }

    bool empty() const { return p_ == nullptr; }
    size_t size() const { return str().size(); }
    const char* c_str() const { return str().c_str(); }
    const char* data() const { return str().data(); }
    char operator[](size_t i) const { return str()[i]; }
    char front() const { return str().front(); }
    char back() const { return str().back(); }
    std::string::const_iterator begin() const { return str().begin(); }
    std::string::const_iterator end() const { return str().end(); }
    size_t find(std::string_view s, size_t pos = 0) const { return view().find(s, pos); }
    size_t find(char c, size_t pos = 0) const { return view().find(c, pos); }
    size_t rfind(std::string_view s, size_t pos = std::string::npos) const { return view().rfind(s, pos); }
    std::string substr(size_t pos, size_t n = std::string::npos) const { return str().substr(pos, n); }
    int compare(std::string_view s) const { return view().compare(s); }
    int compare(size_t pos, size_t n, std::string_view s) const { return view().compare(pos, n, s); }
    void clear() { p_ = nullptr; }
    void assign(std::string_view s) { *this = Interned(s); }

    friend bool operator==(const Interned& a, const Interned& b) { return a.p_ == b.p_ || a.view() == b.view(); }
    friend bool operator!=(const Interned& a, const Interned& b) { return !(a == b); }
    friend bool operator<(const Interned& a, const Interned& b) { return a.view() < b.view(); }
    friend bool operator>(const Interned& a, const Interned& b) { return b < a; }
    friend bool operator<=(const Interned& a, const Interned& b) { return !(b < a); }
    friend bool operator>=(const Interned& a, const Interned& b) { return !(a < b); }
    friend bool operator==(const Interned& a, std::string_view b) { return a.view() == b; }
    friend bool operator!=(const Interned& a, std::string_view b) { return a.view() != b; }
    friend bool operator==(std::string_view a, const Interned& b) { return a == b.view(); }
    friend bool operator!=(std::string_view a, const Interned& b) { return a != b.view(); }
    friend bool operator==(const Interned& a, const std::string& b) { return a.view() == b; }
    friend bool operator!=(const Interned& a, const std::string& b) { return a.view() != b; }
    friend bool operator==(const std::string& a, const Interned& b) { return a == b.view(); }
    friend bool operator!=(const std::string& a, const Interned& b) { return a != b.view(); }
    friend bool operator==(const Interned& a, const char* b) { return a.view() == b; }
    friend bool operator!=(const Interned& a, const char* b) { return a.view() != b; }
    friend bool operator<(const Interned& a, std::string_view b) { return a.view() < b; }
    friend bool operator<(std::string_view a, const Interned& b) { return a < b.view(); }

    friend std::string operator+(const std::string& a, const Interned& b) { return a + b.str(); }
    friend std::string operator+(const Interned& a, const std::string& b) { return a.str() + b; }
    friend std::string operator+(const char* a, const Interned& b) { return a + b.str(); }
    friend std::string operator+(const Interned& a, const char* b) { return a.str() + b; }
    friend std::string operator+(char a, const Interned& b) { return a + b.str(); }
    friend std::string operator+(const Interned& a, char b) { return a.str() + b; }
    friend std::string operator+(std::string&& a, const Interned& b) { return std::move(a) + b.str(); }

private:
    static const std::string& empty_string();
    const std::string* p_ = nullptr;  // nullptr is ""
};

std::ostream& operator<<(std::ostream& os, const Interned& s);

// Spreads an id over all bits (ids are aligned pointers: their low bits are always zero), for
// direct-mapped caches indexed by the top bits.
inline uint64_t mix_id(const void* id) {
    return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(id)) * 0x9E3779B97F4A7C15ULL;
}

// Hash for memo tables keyed by several ids, e.g. std::unordered_map<IdKey<2>, Place, IdKeyHash>.
template <size_t N>
struct IdKey {
    const void* ids[N];
    bool operator==(const IdKey& o) const {
        for (size_t i = 0; i < N; ++i)
            if (ids[i] != o.ids[i]) return false;
        return true;
    }
};
struct IdKeyHash {
    template <size_t N>
    size_t operator()(const IdKey<N>& k) const noexcept {
        size_t h = 0;
        for (size_t i = 0; i < N; ++i) h = h * 0x9E3779B97F4A7C15ULL + std::hash<const void*>{}(k.ids[i]);
        return h;
    }
};

}  // namespace ownercheck

template <>
struct std::hash<ownercheck::Interned> {
    size_t operator()(const ownercheck::Interned& s) const noexcept { return std::hash<std::string_view>{}(s.view()); }
};
