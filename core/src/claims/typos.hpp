#pragma once
// Typo-tolerant folding: a client's word that is one of the lexicons' long words (7 letters or
// more) with one letter left out or two neighbours swapped ("usualy", "einzalung", "pasada",
// "adress") reads as that word. Only omissions and swaps, only for long words, never for a word
// any lexicon knows as it is written: "spelling" never becomes "selling", "brought" never
// "bought". The map back to the client's bytes is kept, so claims quote what the client wrote.

#include <string_view>

#include "claims/text.hpp"

namespace ownercheck::claims {

Folded fold_tolerant(std::string_view s);

}  // namespace ownercheck::claims
