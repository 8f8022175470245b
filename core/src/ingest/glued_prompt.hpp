#pragma once
// A terminal copy that ends where the next prompt began: a command printed its JSON without a
// final newline, and the shell's prompt sits glued to it ("…"is_partial":false}emre.k@bastion:~$ ").
// The prompt is no part of the document; it is cut away once before detection (the line stays).

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes `text` without the prompt into `out` and returns true when its last line ends in a
// closing '}' or ']' followed by "user@host:path$" (or '#'); false, `out` untouched, otherwise.
bool strip_glued_prompt(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
