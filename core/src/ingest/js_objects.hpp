#pragma once
// Documents printed by the MongoDB shell (mongosh, the legacy mongo shell) and other JavaScript
// consoles: unquoted keys, 'single-quoted' strings, ObjectId('…'), ISODate('…'), NumberLong(…),
// the query's prompt line and "Type "it" for more" between batches. None is JSON, so the text is
// rewritten once before detection: keys and strings quoted, wrappers reduced to their value, the
// prompts left as empty lines and the batches joined into one array. Line numbers stay the paste's.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` is such shell output; false,
// `out` untouched, otherwise.
bool rewrite_js_objects(std::string_view text, std::string& out);

// Copies the string literal that opens at s[i] ('single' or "double" quoted, backslash escapes) to
// `out` as a JSON string; returns the index after its closing quote.
size_t copy_quoted_as_json(std::string_view s, size_t i, std::string& out);

}  // namespace ownercheck::ingest
