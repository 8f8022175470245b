#pragma once
// Russian written in Latin letters ("Vyvodil v ijune kazhetsja, 0.05 BTC"): clients abroad or on a
// borrowed keyboard write it when they have no Cyrillic layout. The claim reader knows Russian only
// in Cyrillic, so such a reply is recognised here and turned into Cyrillic before it is read, with
// the map back to the client's Latin letters kept, so claims still quote what the client wrote.
//
// The word lists live in core/data/translit_ru.json.

#include <string_view>

#include "claims/text.hpp"

namespace ownercheck::claims {

// True when `text` is Russian in Latin letters: enough of its Latin words are transliterated
// Russian words (two distinct unambiguous ones at least) or end like Russian words, and it is not
// already written in Cyrillic. False on English, French, Portuguese, German, Italian, Turkish.
bool reads_as_latin_russian(std::string_view text);

// `s` with every word that looks like transliterated Russian written in Cyrillic (lower case), and
// everything else as it is: brand, device, asset and place names the vocabularies know (iPhone,
// MacBook, BTC, Swedbank, Google Authenticator), words in mixed case or capitals, words with
// letters Russian transliteration does not use (w, q, x, th, oo, ...), numbers, e-mail and web
// addresses. origin[k] is the byte in `s` of the Latin letter that Cyrillic byte k came from.
Folded transliterate(std::string_view s);

// The folded form the claim reader works on: `s` transliterated, then folded with typo tolerance
// (as fold_tolerant), its origin still pointing into `s`.
Folded fold_latin_russian(std::string_view s);

}  // namespace ownercheck::claims
