// A security change listed without its own address takes the network of the session signed in
// just before it (enrich/session_network.cpp).
#include <doctest/doctest.h>

#include "enrich/network_class.hpp"
#include "enrich/session_network.hpp"

using namespace ownercheck;

namespace {

Event at(int64_t t, EventType type, int block = 0, std::string ip = "", std::string org = "") {
    Event e;
    e.time = t;
    e.type = type;
    e.src = Ref{block, static_cast<int>(t % 1000)};
    e.ip = std::move(ip);
    e.org = std::move(org);
    return e;
}

}  // namespace

TEST_CASE("session network: a bare address change takes the sign-in's network four minutes before it") {
    std::vector<Event> t = {at(1000, EventType::LoginSuccess, 0, "197.242.153.38", "xneelo (Pty) Ltd"),
                            at(1240, EventType::WithdrawalAddressAdded)};
    t[0].network = "hosting";
    inherit_session_network(t);
    CHECK(t[1].ip == "197.242.153.38");
    CHECK(t[1].network == "hosting");
}

TEST_CASE("session network: none from another block, from two sessions at once, or after half an hour") {
    std::vector<Event> other_block = {at(1000, EventType::LoginSuccess, 1, "1.2.3.4"), at(1100, EventType::PasswordChanged, 0)};
    inherit_session_network(other_block);
    CHECK(other_block[1].ip.empty());

    std::vector<Event> two = {at(1000, EventType::LoginSuccess, 0, "1.2.3.4"), at(1050, EventType::LoginSuccess, 0, "5.6.7.8"),
                              at(1100, EventType::EmailChangeRequested, 0)};
    inherit_session_network(two);
    CHECK(two[2].ip.empty());

    std::vector<Event> late = {at(1000, EventType::LoginSuccess, 0, "1.2.3.4"), at(1000 + 31 * 60, EventType::TwoFactorDisabled, 0)};
    inherit_session_network(late);
    CHECK(late[1].ip.empty());

    std::vector<Event> trade = {at(1000, EventType::LoginSuccess, 0, "1.2.3.4"), at(1100, EventType::Trade, 0)};
    inherit_session_network(trade);
    CHECK(trade[1].ip.empty());  // only security changes
}

TEST_CASE("session network: xneelo, a South African hosting company, is hosting by its name") {
    CHECK(classify_network("37611", "xneelo (Pty) Ltd") == "hosting");
}
