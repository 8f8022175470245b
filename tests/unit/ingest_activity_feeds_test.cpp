// Activity feeds whose entries print their time last (a help desk's side panel, a back office's
// "Recent activity" list), copied with the page around them; exchange exports with Japanese
// headers; a column name with a digit in it is no sum.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "ingest/text.hpp"
#include "ingest/vocab.hpp"

using namespace ownercheck;

namespace {

const std::string kFeed =
    "DETALHES DO CONTACTO\n"                                   // 1
    "Contacto criado\n"                                        // 2
    "9 de dez. de 2025 08:51\n"                                // 3: the page's, not an entry
    "Ver mais\n"                                               // 4
    "\n"                                                       // 5
    "Atividade recente (57 de 212)\n"                          // 6
    "Pedido de reposição de 2FA submetido\n"                   // 7
    "Formulário web · Chrome 142 · Windows 10 · 2.80.219.37 · NOS Comunicações · Lisboa, PT\n"
    "9 de dez. de 2025 08:46\n"                                // 9
    "Código 2FA inválido\n"                                    // 10
    "Chrome 142 · Windows 10 · 2.80.141.166 · NOS Comunicações · Lisboa, PT\n"
    "8 de dez. de 2025 22:46\n"
    "Início de sessão bem-sucedido\n"                          // 13
    "App iOS 6.3.0 · iPhone 14 · 148.69.37.181 · MEO Móvel · Lisboa, PT\n"
    "8 de dez. de 2025 08:12\n"
    "Bloqueio temporário (demasiadas tentativas de 2FA)\n"     // 16
    "30 minutos\n"
    "7 de dez. de 2025 21:10\n"
    "Depósito recebido\n"                                      // 19
    "750,00 EUR · SEPA · IBAN PT50 •••• •••• 0417\n"
    "2 de dez. de 2025 18:26\n"
    "Mostrar mais\n";

}  // namespace

TEST_CASE("activity feeds: entries whose time comes last are records, the page around them is not") {
    const BlockIngest b = ingest_block(0, kFeed);
    CHECK(b.format == "jsonl");
    REQUIRE(b.events == 5);
    CHECK(b.rows == 5);
    const Event& reset = b.event_list[0];
    CHECK(reset.src.line == 7);
    CHECK(reset.type == EventType::TwoFactorResetRequested);
    CHECK(reset.ip == "2.80.219.37");
    CHECK(reset.city == "Lisboa");
    CHECK(reset.country == "PT");
    CHECK(reset.user_agent.view().find("Chrome 142") != std::string_view::npos);
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[2].type == EventType::LoginSuccess);
    CHECK(b.event_list[3].amount == 0);  // "30 minutos" is no sum
    CHECK(b.event_list[4].type == EventType::Deposit);
    CHECK(b.event_list[4].amount == doctest::Approx(750));
    CHECK(b.event_list[4].asset == "EUR");
}

TEST_CASE("activity feeds: a grid with the event before its time stays a grid") {
    const std::string text =
        "Sign-in\n2026-03-01T10:22:11Z\n85.1.2.3\nSuccess\n"
        "Password changed\n2026-03-01T10:25:00Z\n85.1.2.3\nSuccess\n"
        "Sign-in\n2026-03-02T07:00:00Z\n203.0.113.7\nFailed\n";
    CHECK(ingest_block(0, text).format == "stacked_cells");
}

TEST_CASE("exchange exports: bitFlyer's Japanese headers and trade words") {
    const std::string text =
        "\"取引日時\",\"通貨\",\"取引種別\",\"取引価格\",\"通貨1\",\"通貨1数量\",\"手数料\",\"通貨1の対円レート\",\"通貨2\",\"通貨2数量\",\"自己・媒介\",\"注文 ID\",\"備考\"\n"
        "\"2026/02/25 21:14:07\",\"ETH/JPY\",\"買い\",\"332100\",\"ETH\",\"0.1505\",\"-0.00022575\",\"332100\",\"JPY\",\"-49981\",\"自己\",\"JOR20260225-211407-869414\",\"\"\n"
        "\"2026/02/06 12:41:29\",\"JPY\",\"入金\",\"\",\"JPY\",\"150000\",\"0\",\"\",\"\",\"\",\"\",\"\",\"銀行振込\"\n"
        "\"2025/12/28 16:40:22\",\"BTC\",\"外部送付\",\"\",\"BTC\",\"-0.08\",\"-0.0004\",\"\",\"\",\"\",\"\",\"\",\"bc1qx4t7r2m9k0w5n8d3c6v1z7h2j9s4p0l6f3g8ea\"\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");  // "通貨1" in the header is a name, not the number 1
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Trade);
    CHECK(b.event_list[0].side == "buy");
    CHECK(b.event_list[0].asset == "ETH");
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].amount == doctest::Approx(150000));
    CHECK(b.event_list[2].type == EventType::Withdrawal);
}

TEST_CASE("a sum's sign before its digits is a currency's, not any letter") {
    using ingest::parse_amount;
    CHECK_FALSE(parse_amount("通貨1").has_value());
    CHECK(parse_amount("€12,50").value_or(0) == doctest::Approx(12.5));
    CHECK(parse_amount("₩500,000").value_or(0) == doctest::Approx(500000));
    CHECK(parse_amount("¥10000").value_or(0) == doctest::Approx(10000));
    CHECK(parse_amount("500元").value_or(0) == doctest::Approx(500));
}

TEST_CASE("European Portuguese panel words") {
    using ingest::map_event_name;
    CHECK(map_event_name("Início de sessão bem-sucedido").type == EventType::LoginSuccess);
    CHECK(map_event_name("Início de sessão falhado (palavra-passe errada)").type == EventType::LoginFailure);
    CHECK(map_event_name("Código 2FA inválido").type == EventType::LoginFailure);
    CHECK(map_event_name("Pedido de reposição de 2FA submetido").type == EventType::TwoFactorResetRequested);
}
