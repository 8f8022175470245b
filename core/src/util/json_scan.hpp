#pragma once
// Finding the bytes of a JSON string that need attention many bytes at a time. A long paste is
// mostly plain text between escapes; testing 16 bytes a step (SSE2, on every x86-64) or 8 (one
// 64-bit word, everywhere else, wasm included) keeps the reader and the canonical writer close
// to memcpy speed instead of a branch per byte.

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ownercheck::json_scan {

// A byte a JSON string cannot hold as is: the closing quote, an escape, a control byte.
inline bool needs_escape(unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }

template <bool kStopAtNonAscii>
inline bool is_special(unsigned char c) {
    return needs_escape(c) || (kStopAtNonAscii && c >= 0x80);
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kHighs = 0x8080808080808080ULL;

// The high bit of every byte of `w` equal to `c`, and maybe of bytes after one (a borrow only
// runs towards higher bytes, i.e. later addresses): the lowest flagged byte is always a match.
inline uint64_t bytes_equal(uint64_t w, unsigned char c) {
    const uint64_t x = w ^ (kOnes * c);
    return (x - kOnes) & ~x & kHighs;
}
// The same for bytes below `c` (c <= 0x80).
inline uint64_t bytes_below(uint64_t w, unsigned char c) { return (w - kOnes * c) & ~w & kHighs; }
#endif

// The first byte in [p, end) that needs_escape(), or that is not ASCII when kStopAtNonAscii
// (where the reader checks UTF-8); `end` when there is none.
template <bool kStopAtNonAscii>
inline const char* find_special(const char* p, const char* end) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), last_control = _mm_set1_epi8(0x1F);
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, last_control), x);
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)), control);
        auto hits = static_cast<unsigned>(_mm_movemask_epi8(special));
        if (kStopAtNonAscii) hits |= static_cast<unsigned>(_mm_movemask_epi8(x));
        if (hits) return p + __builtin_ctz(hits);
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; end - p >= 8; p += 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        uint64_t hits = bytes_equal(w, '"') | bytes_equal(w, '\\') | bytes_below(w, 0x20);
        if (kStopAtNonAscii) hits |= w & kHighs;
        if (hits) return p + (__builtin_ctzll(hits) >> 3);
    }
#endif
    while (p < end && !is_special<kStopAtNonAscii>(static_cast<unsigned char>(*p))) ++p;
    return p;
}

// Whether the quote at `quote` is escaped: preceded by an odd run of backslashes, counted back
// no further than `start`, where the string's contents begin.
inline bool is_escaped(const char* start, const char* quote) {
    const char* q = quote;
    while (q > start && q[-1] == '\\') --q;
    return (quote - q) % 2 == 1;
}

// The closing quote of the string whose contents begin at `start`, or `end`. A quote right
// after a single backslash is escaped and one after none is not, which settles nearly every
// quote of a paste from two masks; only a quote after two or more backslashes is counted out.
inline const char* find_closing_quote(const char* start, const char* end) {
    const char* p = start;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    uint32_t previous_backslashes = 0;  // of the block before, in bits 0..15; none before `start`
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const auto quotes = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, quote)));
        const auto backslashes = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, backslash)));
        const uint32_t window = backslashes << 16 | previous_backslashes;
        previous_backslashes = backslashes;
        if (!quotes) continue;
        const uint32_t after_one = (window >> 15) & 0xFFFF, after_two = (window >> 14) & 0xFFFF;
        for (uint32_t candidates = quotes & (~after_one | after_two); candidates; candidates &= candidates - 1) {
            const char* q = p + __builtin_ctz(candidates);
            if (!is_escaped(start, q)) return q;
        }
    }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; end - p >= 8; p += 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        // bytes_equal may flag a byte just after a quote too: every flagged byte is checked.
        for (uint64_t quotes = bytes_equal(w, '"'); quotes; quotes &= quotes - 1) {
            const char* q = p + (__builtin_ctzll(quotes) >> 3);
            if (*q == '"' && !is_escaped(start, q)) return q;
        }
    }
#endif
    for (; p < end; ++p)
        if (*p == '"' && !is_escaped(start, p)) return p;
    return end;
}

}  // namespace ownercheck::json_scan
