#pragma once
// The day/month order of a block's slash dates when no value of the block tells (every day <= 12):
// what a human would go by, the language of the panel. A block whose headers or first values are
// in a day-first language (de fr pt es it ru tr; words in header_synonyms.json "day_first_words")
// reads 03/09/2026 as 3 September; any other block keeps the US month-first reading.

#include <string_view>

#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

// Looks at the head of the block only (the header and the first rows): a per-block decision,
// made once, whatever the size of the paste. `evidence` gets the word that decided, if any.
DateOrder language_date_order(std::string_view block_text, std::string_view* evidence = nullptr);

}  // namespace ownercheck::ingest
