// The shared-string machinery under every event (util/interned, util/id_set).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/id_set.hpp"
#include "util/interned.hpp"

using namespace ownercheck;

TEST_CASE("interned strings: one copy per value, compared and converted like std::string") {
    StringPool pool;
    PoolScope scope(pool);
    const Interned a = "Berlin", b = std::string("Berlin"), c = std::string_view("Hamburg");
    CHECK(a.id() == b.id());
    CHECK(a.id() != c.id());
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a == "Berlin");
    CHECK(std::string("Berlin") == a);
    CHECK(a < c);
    CHECK(a + ", DE" == "Berlin, DE");
    const std::string& as_string = a;
    CHECK(as_string == "Berlin");
    CHECK(a.size() == 6);
    CHECK(a.find("lin") == 3);
    CHECK(pool.size() == 2);

    const Interned empty, empty_too = "";
    CHECK(empty.empty());
    CHECK(empty.id() == nullptr);
    CHECK(empty_too.id() == nullptr);
    CHECK(empty == "");
    CHECK(pool.size() == 2);  // the empty string is never pooled
}

TEST_CASE("interned strings: scopes nest, and each analysis gets its own pool") {
    StringPool outer_pool, inner_pool;
    PoolScope outer(outer_pool);
    const Interned x = "x";
    {
        PoolScope inner(inner_pool);
        const Interned y = "x";
        CHECK(inner_pool.size() == 1);
        CHECK(y == x);           // equal text from two pools is still equal
        CHECK(y.id() != x.id());  // but not the same identity
    }
    const Interned z = "x";  // back in the outer pool
    CHECK(z.id() == x.id());
    CHECK(outer_pool.size() == 1);
}

TEST_CASE("interned strings: many values, colliding sketches and a growing table stay exact") {
    StringPool pool;
    PoolScope scope(pool);
    std::vector<std::string> texts;
    // Same length and same first, middle and last bytes: every one lands in one recent-cache slot.
    for (int i = 0; i < 20000; ++i) texts.push_back("a" + std::to_string(1000000 + i) + "a" + std::to_string(i % 7) + "z");
    std::vector<const void*> ids;
    for (const auto& t : texts) ids.push_back(Interned(t).id());
    for (size_t i = 0; i < texts.size(); ++i) {
        const Interned again(texts[i]);
        REQUIRE(again.id() == ids[i]);
        REQUIRE(again.str() == texts[i]);
    }
    CHECK(pool.size() == texts.size());
}

TEST_CASE("interned strings: room reserved for a block's lines keeps every value and its id") {
    StringPool pool;
    PoolScope scope(pool);
    const Interned before("10.0.0.1");
    pool.reserve(100000);  // what ingest does before a block of 100,000 lines
    for (int i = 0; i < 5000; ++i) (void)Interned("10.1." + std::to_string(i / 256) + "." + std::to_string(i % 256));
    pool.reserve(10);  // nothing to do: the table has the room
    CHECK(Interned("10.0.0.1").id() == before.id());
    CHECK(Interned("10.1.0.7").str() == "10.1.0.7");
    CHECK(pool.size() == 5001);
}

TEST_CASE("id sets: insert once, find again, grow without losing anything") {
    StringPool pool;
    PoolScope scope(pool);
    IdSet set;
    CHECK(set.empty());
    CHECK_FALSE(set.insert(nullptr));
    std::vector<Interned> values;
    for (int i = 0; i < 5000; ++i) values.emplace_back("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256));
    for (size_t i = 0; i < values.size(); i += 2) CHECK(set.insert(values[i].id()));
    for (size_t i = 0; i < values.size(); i += 2) CHECK_FALSE(set.insert(values[i].id()));
    CHECK(set.size() == values.size() / 2);
    for (size_t i = 0; i < values.size(); ++i) CHECK(set.contains(values[i].id()) == (i % 2 == 0));
}
