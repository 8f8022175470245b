// Replies that are a messenger's chat pasted whole (WhatsApp on iOS and Android, Telegram Desktop):
// the stamps are not the client's dates, the desk's messages are not the client's answers.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claims/chat_export.hpp"
#include "claims/layout.hpp"
#include "claims/text.hpp"
#include "claims_test_support.hpp"

using namespace ownercheck;
using namespace ownercheck::claims;
using claims_test::claims_of;

namespace {

const int64_t kNow = to_unix(2026, 7, 9, 13, 20, 0);  // a Thursday

const Claim* find_topic(const std::vector<Claim>& cs, const std::string& topic) {
    const auto it = std::find_if(cs.begin(), cs.end(), [&](const Claim& c) { return c.topic == topic; });
    return it == cs.end() ? nullptr : &*it;
}

std::vector<std::string> unwrapped(const std::string& text, std::vector<bool>* starts = nullptr) {
    std::vector<std::string_view> lines = split_lines(text);
    std::vector<std::string> storage;
    std::vector<bool> opens;
    unwrap_chat_export(lines, storage, opens);
    if (starts) *starts = opens;
    return {lines.begin(), lines.end()};
}

const std::string kWhatsAppIos =
    "Respondi pelo WhatsApp, segue a conversa:\n"
    "\n"
    "\xE2\x80\x8E[08/07/2026, 14:02:37] Suporte Exchange: \xE2\x80\x8E""As mensagens são protegidas com a criptografia de ponta a ponta.\n"
    "[08/07/2026, 14:02:37] Suporte Exchange: Olá! 1) quando abriu a conta; 2) último depósito (valor e data); 3) aparelhos\n"
    "[08/07/2026, 14:10:41] Rafael: abri a conta em 2023, acho q em maio\n"
    "[08/07/2026, 14:11:20] Rafael: ultimo deposito foi 1.500 no pix, dia 20 do mes passado\n"
    "[08/07/2026, 14:13:02] Rafael: o celular é um redmi note 12\n"
    "[08/07/2026, 14:15:10] Suporte Exchange: E o último acesso com sucesso, você lembra?\n"
    "[08/07/2026, 14:17:44] Rafael: domingo mesmo, de tarde\n"
    "[08/07/2026, 16:48:20] Rafael: o dia 20 ta certo\n"
    "\n"
    "Abs,\n"
    "Rafael\n";

}  // namespace

TEST_CASE("chat export: the desk's messages become quoted lines, the client's lose stamp and name") {
    std::vector<bool> starts;
    const auto lines = unwrapped(kWhatsAppIos, &starts);
    REQUIRE(lines.size() == 14);
    CHECK(lines[0] == "Respondi pelo WhatsApp, segue a conversa:");  // before the chat: as written
    CHECK(lines[2] == "> As mensagens são protegidas com a criptografia de ponta a ponta.");
    CHECK(lines[3].rfind("> Olá! 1) quando abriu a conta", 0) == 0);
    CHECK(lines[4] == "abri a conta em 2023, acho q em maio");
    CHECK(lines[7] == "> E o último acesso com sucesso, você lembra?");
    CHECK(lines[12] == "Rafael");  // the signature stays the client's
    CHECK(starts[4]);
    CHECK_FALSE(starts[11]);
}

TEST_CASE("chat export: the chat's stamps are not claimed dates; answers keep their own") {
    const auto cs = claims_of(kWhatsAppIos, kNow);
    const Claim* created = find_topic(cs, "account_created");
    REQUIRE(created != nullptr);
    CHECK(created->value["date"] == "2023-05");  // not 2026-07-08, the message's stamp
    const Claim* deposit = find_topic(cs, "last_deposit");
    REQUIRE(deposit != nullptr);
    CHECK(deposit->value["date"] == "2026-06-20");
    CHECK(deposit->value["amount"] == 1500);
    const Claim* login = find_topic(cs, "last_login");
    REQUIRE(login != nullptr);
    CHECK(login->value["date"] == "2026-07-05");  // "domingo mesmo", under the desk's question
    // "o dia 20 ta certo", hours later in a new message, no longer answers the login question
    CHECK(std::none_of(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "last_login" && c.value["date"] == "2026-06-20"; }));
}

TEST_CASE("chat export: WhatsApp on Android and Telegram Desktop") {
    const auto android = unwrapped(
        "08/07/2026, 14:02 - Binance Support: When did you open the account?\n"
        "08/07/2026, 14:05 - Anna: in 2021, spring\n"
        "08/07/2026, 14:06 - Anna: my last deposit was 500 EUR\n");
    CHECK(android[0] == "> When did you open the account?");
    CHECK(android[1] == "in 2021, spring");
    const auto telegram = unwrapped(
        "Служба поддержки, [08.07.2026 14:02]\n"
        "Когда вы открыли аккаунт?\n"
        "\n"
        "Ирина, [08.07.2026 14:05]\n"
        "в 2021 году\n"
        "\n"
        "Ирина, [08.07.2026 14:06]\n"
        "последний депозит 500 евро\n");
    CHECK(telegram[0].empty());
    CHECK(telegram[1] == "> Когда вы открыли аккаунт?");
    CHECK(telegram[4] == "в 2021 году");
}

TEST_CASE("chat export: with no desk named, the desk is the one who asks") {
    const auto lines = unwrapped(
        "[08/07/2026, 14:02:37] Camila: Quando abriu a conta? E o último depósito?\n"
        "[08/07/2026, 14:10:41] Rafael: em 2023\n"
        "[08/07/2026, 14:11:20] Rafael: 1.500 no pix\n"
        "[08/07/2026, 14:12:00] Camila: E qual 2FA usa?\n");
    CHECK(lines[0].rfind("> ", 0) == 0);
    CHECK(lines[1] == "em 2023");
    CHECK(lines[3].rfind("> ", 0) == 0);
}

TEST_CASE("chat export: a client's own dated list is not a chat") {
    const std::string list =
        "[05/07/2026 15:00] Login: iPhone\n"
        "[20/06/2026 10:00] Deposit: 1.500 BRL\n"
        "[01/05/2026 09:00] Withdrawal: 0,1 BTC\n";
    const auto lines = unwrapped(list);
    CHECK(lines[0] == "[05/07/2026 15:00] Login: iPhone");
    CHECK(lines[1] == "[20/06/2026 10:00] Deposit: 1.500 BRL");
}
