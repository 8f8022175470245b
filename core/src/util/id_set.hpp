#pragma once
// IdSet: a set of interned identities (Interned::id()), open addressing in one flat array.
// A node-based std::unordered_set spent most of its time allocating when a paste brought a
// million distinct addresses; this one allocates only when it doubles.

#include <cstdint>
#include <vector>

#include "util/interned.hpp"

namespace ownercheck {

class IdSet {
public:
    // True when `id` was not in the set yet. The null id (the empty string) is never stored.
    bool insert(const void* id) {
        if (!id) return false;
        if ((size_ + 1) * 2 > slots_.size()) grow();
        for (size_t i = slot_of(id);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == id) return false;
            if (!slots_[i]) {
                slots_[i] = id;
                ++size_;
                return true;
            }
        }
    }
    bool contains(const void* id) const {
        if (!id || slots_.empty()) return false;
        for (size_t i = slot_of(id);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == id) return true;
            if (!slots_[i]) return false;
        }
    }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

private:
    size_t slot_of(const void* id) const { return static_cast<size_t>(mix_id(id) >> (64 - bits_)); }
    void grow() {
        std::vector<const void*> old = std::move(slots_);
        bits_ = old.empty() ? 6 : bits_ + 1;
        slots_.assign(size_t{1} << bits_, nullptr);
        size_ = 0;
        for (const void* id : old)
            if (id) insert(id);
    }

    std::vector<const void*> slots_;
    int bits_ = 0;
    size_t size_ = 0;
};

}  // namespace ownercheck
