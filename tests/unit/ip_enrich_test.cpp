// The network and place enrichment of events, with and without the generated tables.
#include <doctest/doctest.h>

#include <map>

#include "enrich/network_enrich.hpp"
#include "enrich/tables.hpp"
#include "ip_data_support.hpp"

using namespace ownercheck;

namespace {

Event login(std::string ip, std::string country, std::string city, std::string asn = "", std::string org = "") {
    Event e;
    e.type = EventType::LoginSuccess;
    e.ip = std::move(ip);
    e.country = std::move(country);
    e.city = std::move(city);
    e.asn = std::move(asn);
    e.org = std::move(org);
    return e;
}

bool has_note(const Analysis& a, const std::string& start) {
    for (const auto& n : a.notes)
        if (n.rfind(start, 0) == 0) return true;
    return false;
}

}  // namespace

TEST_CASE("enrich: network from the log's ASN, private ranges, country names") {
    Analysis a;
    a.timeline.push_back(login("83.2.47.154", "PL", "Warsaw", "5617"));
    a.timeline.push_back(login("10.0.0.7", "", ""));
    a.timeline.push_back(login("185.159.157.1", "CH", "", "AS209854"));  // Surfshark: VPN list
    a.timeline.push_back(login("", "Alemanha", "", "", "Example Hosting GmbH"));
    a.timeline.push_back(login("", "", ""));
    enrich_networks_and_places(a);
    CHECK(a.timeline[0].network == "residential");
    CHECK(a.timeline[1].network == "private");
    CHECK(a.timeline[2].network == "vpn");
    CHECK(a.timeline[3].network == "hosting");
    CHECK(a.timeline[3].country == "DE");
    CHECK(a.timeline[3].location_precision == "country");
    CHECK(!a.timeline[3].located);
    CHECK(a.timeline[4].network.empty());
    CHECK(!a.timeline[4].located);
}

TEST_CASE("enrich: with the tables, cities are located and gaps filled from the IP tables") {
    std::string errors;
    test_support::load_tables(errors);
    auto& store = TableStore::global();
    if (!store.has("cities") || !store.has("asn-ipv4")) {
        REQUIRE_MESSAGE(!test_support::tables_required(), "tables not found");
        MESSAGE("tables not generated in this build tree: skipped");
        return;
    }
    Analysis a;
    a.timeline.push_back(login("83.2.47.154", "PL", "Warsaw", "5617"));
    a.timeline.push_back(login("1.1.1.1", "", "Ashburn, United States"));
    a.timeline.push_back(login("46.45.239.229", "RU", "Saint Petersburg"));
    a.timeline.push_back(login("179.237.175.61", "BR", "Sao Paulo"));
    a.timeline.push_back(login("8.8.8.8", "US", "Nowhereville"));
    enrich_networks_and_places(a);
    CHECK(a.timeline[0].located);
    CHECK(a.timeline[0].location_precision == "city");
    CHECK(a.timeline[0].lat == doctest::Approx(52.23).epsilon(0.01));
    CHECK(a.timeline[0].org == "Orange Polska Spolka Akcyjna");  // the log's ASN named from asn-names
    CHECK(a.timeline[1].located);
    CHECK(a.timeline[1].country == "US");
    CHECK(a.timeline[1].asn == "13335");
    CHECK(a.timeline[1].ip_table_filled);
    CHECK(a.timeline[2].located);
    CHECK(a.timeline[3].located);
    CHECK(!a.timeline[3].asn.empty());
    CHECK(!a.timeline[4].located);
    CHECK(a.timeline[4].location_precision == "country");
    CHECK(has_note(a, "City not found in the gazetteer (1): Nowhereville"));
    CHECK(!has_note(a, "IP network table not loaded"));
}

TEST_CASE("enrich: without the tables the report says what is missing") {
    std::string errors;
    test_support::load_tables(errors);
    auto& store = TableStore::global();
    std::map<std::string, std::shared_ptr<const std::string>> saved;
    for (const auto& n : TableStore::known_names())
        if (auto t = store.get(n)) saved[n] = t;
    store.clear();
    Analysis a;
    a.timeline.push_back(login("83.2.47.154", "PL", "Warsaw", "5617"));
    a.timeline.push_back(login("2a02:8108::1", "", ""));
    enrich_networks_and_places(a);
    CHECK(has_note(a, "IP network table not loaded: hosting/VPN detection limited to the ASNs in the log"));
    CHECK(has_note(a, "City gazetteer not loaded"));
    CHECK(a.timeline[0].network == "residential");
    CHECK(a.timeline[0].location_precision == "country");
    CHECK(a.timeline[1].network == "unknown");
    for (const auto& [n, t] : saved) CHECK(store.add(n, *t).empty());
}

TEST_CASE("TableStore refuses malformed tables") {
    auto& store = TableStore::global();
    CHECK(!store.add("asn-ipv4", "").empty());
    CHECK(!store.add("asn-ipv4", std::string("OCA4\x01\0\0\0\x05\0\0\0", 12)).empty());  // promises 5 rows, has none
    CHECK(!store.add("nonsense", "OCA4").empty());
    CHECK(!store.add("asn-names", std::string("OCAN\x01\0\0\0\xff\xff\xff\x0f", 12)).empty());
}
