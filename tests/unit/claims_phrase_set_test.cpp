// PhraseSet (claims/phrase_set.hpp) decides which vocabulary phrases the reply reader even tries on
// a sentence. A phrase it wrongly calls absent is a claim silently lost, so it must agree exactly
// with a plain substring search: on hand-made edge cases, and for every city, country and device
// phrase over the replies of the blind corpus and the sample.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claims/lexicon.hpp"
#include "claims/phrase_set.hpp"
#include "claims/text.hpp"
#include "test_support.hpp"

namespace {

using ownercheck::claims::PhraseSet;

std::vector<bool> by_search(const std::vector<std::string_view>& phrases, std::string_view text, size_t from) {
    std::vector<bool> out;
    for (std::string_view p : phrases) {
        if (!p.empty() && p.back() == '*') p.remove_suffix(1);
        out.push_back(!p.empty() && from <= text.size() && text.substr(from).find(p) != std::string_view::npos);
    }
    return out;
}

// Every text of every evidence block of the case files under `dir`, folded as the reader folds them.
std::vector<std::string> folded_texts(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const auto doc = nlohmann::json::parse(test_support::read_file(entry.path().string()));
        for (const auto& block : doc.at("evidence"))
            if (block.value("kind", "") != "logs") out.push_back(ownercheck::claims::fold_str(block.at("text").get<std::string>()));
    }
    return out;
}

}  // namespace

TEST_CASE("phrase set: edge cases agree with a substring search") {
    const std::vector<std::string_view> phrases = {"paris", "par", "is", "s", "", "*", "deposit*", "москва", "首尔", "x", "aa", "aaa"};
    const PhraseSet set(phrases);
    for (std::string_view text : {"", "p", "paris", "i live in paris", "parisx", "deposited", "я из москвы", "我在首尔", "aaaa", "xaa",
                                  "a", "s"}) {
        for (size_t from : {size_t{0}, size_t{1}, size_t{3}, size_t{100}}) {
            INFO("text '" << text << "' from " << from);
            CHECK(set.present(text, from) == by_search(phrases, text, from));
        }
    }
    CHECK(set.present("i live in paris")[0]);
    CHECK_FALSE(set.present("i live in paris")[4]);  // the empty phrase is never found
    CHECK(set.present("deposited")[6]);              // a stem is looked for without its '*'
    CHECK_FALSE(set.present("i live in paris", 11)[0]);
}

TEST_CASE("phrase set: every place and device phrase, over real replies, agrees with a substring search") {
    const auto& vocab = ownercheck::claims::shared_vocab();
    std::vector<std::vector<std::string_view>> lists(3);
    for (const auto& c : vocab.cities) lists[0].push_back(c.phrase);
    for (const auto& c : vocab.countries) lists[1].push_back(c.first);
    for (const auto& d : vocab.devices) lists[2].push_back(d.phrase);
    std::vector<std::string> texts = folded_texts(test_support::source_path("tests/corpus/blind_cases/cases"));
    for (auto& t : folded_texts(test_support::shared_path("cases/cases"))) texts.push_back(std::move(t));
    REQUIRE(texts.size() > 100);
    size_t found = 0;
    for (const auto& phrases : lists) {
        REQUIRE(phrases.size() > 100);
        const PhraseSet set(phrases);
        for (const std::string& text : texts) {
            const std::vector<bool> want = by_search(phrases, text, 0), got = set.present(text);
            for (size_t i = 0; i < phrases.size(); ++i) {
                if (got[i] != want[i]) FAIL_CHECK("'" << phrases[i] << "' " << (want[i] ? "missed" : "invented") << " in: " << text.substr(0, 80));
                found += want[i];
            }
        }
    }
    CHECK(found > 1000);  // the comparison covered phrases that do occur, not only absent ones
}
