#include "ingest/date_order.hpp"

#include <set>
#include <string>

#include "ingest/text.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::ingest {

namespace {

// Enough for a header and a handful of rows; a language shows in the first lines or not at all.
constexpr size_t kHeadBytes = 4096;

const std::set<std::string, std::less<>>& day_first_words() {
    static const std::set<std::string, std::less<>> words = [] {
        std::set<std::string, std::less<>> out;
        const auto& j = data_table("header_synonyms.json");
        if (j.contains("day_first_words"))
            for (const auto& w : j.at("day_first_words")) out.insert(normalize_key(w.get<std::string>()));
        return out;
    }();
    return words;
}

}  // namespace

DateOrder language_date_order(std::string_view block_text, std::string_view* evidence) {
    std::string_view head = block_text.substr(0, kHeadBytes);
    // Do not cut a UTF-8 sequence in two: the folded word would not match.
    while (!head.empty() && head.size() < block_text.size() && (static_cast<unsigned char>(block_text[head.size()]) & 0xC0) == 0x80)
        head.remove_suffix(1);
    std::string folded;
    normalize_key_into(head, folded);  // lower case, one '_' between words
    const auto& words = day_first_words();
    size_t pos = 0;
    while (pos < folded.size()) {
        size_t end = folded.find('_', pos);
        if (end == std::string::npos) end = folded.size();
        if (auto it = words.find(std::string_view(folded).substr(pos, end - pos)); it != words.end()) {
            if (evidence) *evidence = *it;
            return DateOrder::DMY;
        }
        pos = end + 1;
    }
    return DateOrder::MDY;
}

}  // namespace ownercheck::ingest
