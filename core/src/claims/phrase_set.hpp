#pragma once
// PhraseSet: which phrases of a long list occur in a text, in one pass over the text.
//
// Why: the reply reader looks for thousands of names on every sentence (2,300 cities, 1,300
// country names, 500 device words, the topic cues of nine languages), and almost none occur.
// Searching the sentence once per name cost a millisecond or more per reply (most of the claims
// stage); here every position of the text is looked up once by its first two bytes, and only the
// phrases that start with those bytes are compared. A phrase found here may still fail
// find_phrase's word boundaries, so callers use this to skip absent phrases, never to accept one.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::claims {

class PhraseSet {
public:
    // `phrases` as find_phrase takes them (folded; a trailing '*' marks a stem and is ignored here).
    explicit PhraseSet(const std::vector<std::string_view>& phrases);

    // present[i]: phrase i occurs in `text` as bytes at or after `from`.
    std::vector<bool> present(std::string_view text, size_t from = 0) const;

private:
    static constexpr size_t kBuckets = 4096;
    static size_t bucket(unsigned char a, unsigned char b) { return (a * 31u + b) % kBuckets; }

    std::vector<std::string> literals_;       // each phrase without its '*'
    std::vector<uint32_t> short_;             // phrases of one byte (or none): checked directly
    std::vector<uint32_t> offsets_;           // bucket k's phrases: ids_[offsets_[k] .. offsets_[k + 1])
    std::vector<uint32_t> ids_;
};

// A PhraseSet of one text field of each item, in the items' order: phrase_set(vocab.cities, &City::phrase).
template <class Item>
PhraseSet phrase_set(const std::vector<Item>& items, std::string Item::*field) {
    std::vector<std::string_view> phrases;
    phrases.reserve(items.size());
    for (const Item& item : items) phrases.emplace_back(item.*field);
    return PhraseSet(phrases);
}

}  // namespace ownercheck::claims
