#pragma once
// Terminal sessions pasted whole: the prompt lines that ran the query (`$ sqlite3 -column ...`,
// `sqlite> .mode box`, `mysql> SELECT ...`, `exchange=# SELECT ...`) and the box-drawing frames of
// `sqlite3 -box` / `.mode box` or `psql \pset linestyle unicode`. The formats read neither, so
// the text is rewritten once before detection: prompt lines and frame rules become empty lines and
// the box's column bars become '|' (a table like psql's). Line numbers stay those of the paste.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` has prompt lines or box
// frames; returns false (and leaves `out` alone) when there is nothing to rewrite.
bool rewrite_terminal_text(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
