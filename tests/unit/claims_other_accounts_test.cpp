// A client with two accounts at the exchange answers for both: only this account's facts are
// claims. Without the reply saying there are two, nothing is cut (a deposit "from my company
// account" came from a bank account).

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "claims/other_accounts.hpp"
#include "claims_test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;
using claims_test::claims_of;

namespace {

size_t count_topic(const std::vector<Claim>& cs, const std::string& topic) {
    return static_cast<size_t>(std::count_if(cs.begin(), cs.end(), [&](const Claim& c) { return c.topic == topic; }));
}

}  // namespace

TEST_CASE("other accounts: the clauses about the company's account are cut") {
    const std::string reply =
        "premetto che da voi ho due conti: il mio personale (questo, marco.rinaldi73@libero.it) e quello della mia ditta, "
        "Rinaldi Impianti S.r.l. (amministrazione@rinaldiimpianti.it), che gestisco io come amministratore.\n"
        "- Ultimo prelievo: dal personale 0,1 BTC sul mio Ledger a febbraio. Dalla ditta abbiamo prelevato 12.000 USDC la settimana scorsa.\n"
        "- 2FA: personale Google Authenticator; ditta YubiKey.\n";
    const std::string own = without_other_accounts(reply);
    CHECK(own.find("amministrazione@") == std::string::npos);
    CHECK(own.find("12.000 USDC") == std::string::npos);
    CHECK(own.find("YubiKey") == std::string::npos);
    CHECK(own.find("0,1 BTC sul mio Ledger a febbraio.") != std::string::npos);
    CHECK(std::count(own.begin(), own.end(), '\n') == std::count(reply.begin(), reply.end(), '\n'));  // lines stay

    const auto cs = claims_of(reply);
    CHECK(count_topic(cs, "contact_email") == 1);
    CHECK(count_topic(cs, "last_withdrawal") == 1);
    REQUIRE(count_topic(cs, "two_factor_method") == 1);
    CHECK(std::find_if(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "two_factor_method"; })->value["method"] == "totp");
}

TEST_CASE("other accounts: without two accounts, a company's bank account is only where money came from") {
    const std::string reply = "Dernier dépôt : 2 000 euros le 3 mars, par virement depuis le compte de l'entreprise.";
    CHECK(without_other_accounts(reply) == reply);
}
