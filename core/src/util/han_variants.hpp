#pragma once
// Traditional Chinese characters folded to their Simplified forms, for matching vocabulary only.
//
// Why: an exchange in Taiwan or Hong Kong exports "時間, 類型, 數量, 狀態" and "賣出 / 買入 / 台幣出金"
// where the vocabularies list "时间, 类型, 数量, 状态" and "卖出 / 买入". Folding both the tables and
// the pasted names through one map lets one entry serve both scripts. The map covers the characters
// of admin and exchange vocabulary, not the whole language; a character it lacks stays as written.
// Japanese kanji that share a traditional form (買い, 取引日時) fold the same way on both sides.

#include <string>
#include <string_view>

namespace ownercheck {

// The Simplified form of a Traditional Han code point, or cp itself.
char32_t simplified_han(char32_t cp);

// Appends the three-byte UTF-8 sequence at s[i] to out, folded; returns false (appending nothing)
// when s[i] does not start a three-byte sequence in the CJK range the map covers.
bool append_simplified_han(std::string_view s, size_t i, std::string& out);

// The whole string folded (vocabulary entries, at load).
std::string fold_han(std::string_view s);

}  // namespace ownercheck
