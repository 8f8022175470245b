#pragma once
// Small byte-level helpers shared by the ingest parsers. ASCII-only on purpose: no locale, so the
// native and wasm builds read a paste identically, and no heap churn on the hot path.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ownercheck::ingest {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
// Cells of a tab-separated line (a table copied from a browser or a spreadsheet).
inline size_t tab_cells(std::string_view line) {
    size_t n = 1;
    for (char c : line) n += c == '\t';
    return n;
}
inline char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
inline char to_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// Inline: it runs on every field of every row, and WebAssembly builds do not inline across files.
inline std::string_view trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool icontains(std::string_view hay, std::string_view needle);
// Where `needle` starts in `hay`, ignoring ASCII case; npos when absent.
size_t ifind(std::string_view hay, std::string_view needle);

// Lower case, every run of non-alphanumeric ASCII folded to one '_', no leading/trailing '_'.
// Non-ASCII letters are kept, capitals of Latin-1/Latin Extended-A/Greek/Cyrillic lowered
// ("Événement" -> "événement", "Время" -> "время"), so "Дата" or "登录时间" still key a table. "IP address" -> "ip_address",
// "Date (UTC)" -> "date_utc", "auth.login" -> "auth_login".
std::string normalize_key(std::string_view s);
// A normalised key without its accents ("şehir" -> "sehir", "sonuç" -> "sonuc", "prénom" ->
// "prenom"): exports often write Turkish, French or Portuguese keys in plain ASCII.
std::string strip_accents(std::string_view normalized);
void normalize_key_into(std::string_view s, std::string& out);

// Digits only, up to 18 of them.
std::optional<int64_t> parse_uint(std::string_view s);

// A decimal number as written in exports: sign, thousands separators (1,234.5 or 1.234,5 or
// 1 234,5), currency symbols and a trailing/leading asset code ("0.5 BTC") are tolerated.
// `unit` receives the asset code when one was attached. No locale, no strtod.
// `decimal_mark` (',' or '.', 0 when unknown) is the column's decimal mark, decided once per column
// (decimal_mark_vote): it settles the values one separator leaves ambiguous ("22,553", "1.234").
std::optional<double> parse_amount(std::string_view s, std::string* unit = nullptr, char decimal_mark = 0);

// The currency a sum's symbol names ("$2,000.00" -> "USD", "R$ 150" -> "BRL", "12,50 €" -> "EUR"),
// or "" when it has none or one shared by several currencies ("¥", "AU$"). parse_amount reads the
// symbol as decoration; a ledger without a currency column needs it as the sum's currency.
std::string_view currency_of_symbol(std::string_view s);

// One value's say on its column's decimal mark: ',' or '.', 0 when the value does not tell.
char decimal_mark_vote(std::string_view s);

bool looks_like_ipv4(std::string_view s);
bool looks_like_ipv6(std::string_view s);
// An IP as pasted ("1.2.3.4:5678", "[2001:db8::1]:443", " 1.2.3.4 ") reduced to the address;
// empty when the text is not an address.
std::string_view clean_ip(std::string_view s);

// Valid UTF-8? (Overlong forms and surrogates rejected.)
bool valid_utf8(std::string_view s);
// Valid UTF-8 with no control byte other than tab, CR and LF: the text needs no cleaning.
// One pass, eight ASCII bytes at a time.
bool clean_text(std::string_view s);
// Replaces every invalid UTF-8 sequence and control byte (except tab/CR/LF) by U+FFFD.
std::string sanitize_utf8(std::string_view s);

// The text of a value for a warning: at most 40 bytes, UTF-8 safe, controls replaced.
std::string excerpt(std::string_view s, size_t max = 40);

}  // namespace ownercheck::ingest
