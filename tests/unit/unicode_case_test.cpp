// The one locale-free case table (util/unicode_case.hpp) shared by ingest and claims.
#include <doctest/doctest.h>

#include <initializer_list>

#include "util/unicode_case.hpp"

using namespace ownercheck;

TEST_CASE("unicode case: partners and lower-case letters in the answer languages' alphabets") {
    CHECK(lower_cp(U'Q') == U'q');
    CHECK(lower_cp(U'É') == U'é');
    CHECK(lower_cp(U'×') == U'×');  // a sign, not a letter
    CHECK(lower_cp(U'İ') == U'i');  // Turkish dotted capital I
    CHECK(lower_cp(U'Ş') == U'ş');
    CHECK(lower_cp(U'Ł') == U'ł');  // the odd-even run 0x139..0x148
    CHECK(lower_cp(U'Ż') == U'ż');  // and 0x179..0x17E
    CHECK(lower_cp(U'Ÿ') == U'ÿ');
    CHECK(lower_cp(U'Ω') == U'ω');
    CHECK(lower_cp(U'Ё') == U'ё');
    CHECK(lower_cp(U'Я') == U'я');
    CHECK(lower_cp(U'日') == U'日');
    for (const char32_t lower : {U'a', U'ß', U'é', U'ı', U'ş', U'ł', U'ż', U'ž', U'ſ', U'ω', U'я', U'ё'}) {
        CAPTURE(static_cast<unsigned>(lower));
        CHECK(is_lower_cp(lower));
    }
    for (const char32_t other : {U'A', U'÷', U'Ş', U'Ł', U'Ż', U'Ž', U'Ÿ', U'Ω', U'Я', U'日', U'1'}) {
        CAPTURE(static_cast<unsigned>(other));
        CHECK(!is_lower_cp(other));
    }
    // Every capital's partner is lower case.
    for (char32_t cp = 0x41; cp < 0x460; ++cp)
        if (lower_cp(cp) != cp) {
            CAPTURE(static_cast<unsigned>(cp));
            CHECK(is_lower_cp(lower_cp(cp)));
            CHECK(!is_lower_cp(cp));
        }
}
