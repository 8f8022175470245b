#pragma once
// Lines whose fields are set apart by a middle dot, the way support-desk side panels print an
// event ("17 feb 2026, 07:11  ·  Password corretta  ·  2FA non valido  ·  87.10.63.142  ·  Torino, IT"):
// rewritten once, before detection, into tab-separated rows, so the table reader and its
// recognition of columns by their values read them. Lines without the dots (a panel's heading,
// its profile lines) are left as they are; line numbers stay those of the paste.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when most dated-looking lines of `text`
// hold three or more " · " separators; returns false (and leaves `out` alone) otherwise.
bool rewrite_dot_separated(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
