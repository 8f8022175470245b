#pragma once
// Colour codes a terminal's copy keeps: "\x1b[36masn=\x1b[0m4788" from `docker compose logs` or a
// console logger (zerolog, pino-pretty, Rails), or the same without their ESC bytes where the copy
// dropped them ("[36masn=[0m4788"). They split keys from values and would be read as text, and an
// ESC is a control byte; so they go before anything reads the block. Nothing else on a line moves,
// and no line is added or removed.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the text without its colour codes into `out` and returns true when it holds any (an ESC
// sequence, or a bare "[0m" reset on three lines at least); false, `out` untouched, otherwise.
// `has_control_bytes`: whether the text may hold an ESC at all (its caller has scanned it already;
// a huge paste is not scanned twice).
bool strip_terminal_colours(std::string_view text, bool has_control_bytes, std::string& out);

}  // namespace ownercheck::ingest
