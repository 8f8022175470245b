// Ledgers that split a movement over two sides: a coin's quantity beside a sum in dollars
// (Robinhood's activity export), a debit and a credit column (VALR), a sum whose currency is only
// its sign ("$2,000.00", "R$ 150").

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "ingest/text.hpp"

using namespace ownercheck;

TEST_CASE("ledger sides: a sum's sign names its currency; a sign shared by several does not") {
    using ingest::currency_of_symbol;
    CHECK(currency_of_symbol("$2,000.00") == "USD");
    CHECK(currency_of_symbol("($500.00)") == "USD");
    CHECK(currency_of_symbol("R$ 150,00") == "BRL");
    CHECK(currency_of_symbol("12,50 \xE2\x82\xAC") == "EUR");
    CHECK(currency_of_symbol("\xC2\xA3" "40") == "GBP");
    CHECK(currency_of_symbol("AU$ 80") == "");  // a dollar the table does not know is no US dollar
    CHECK(currency_of_symbol("\xC2\xA5" "3000") == "");  // yen or yuan
    CHECK(currency_of_symbol("2000.00") == "");
}

TEST_CASE("ledger sides: Robinhood's activity, the coin's quantity beside the dollars paid, ACH money by its sign") {
    const std::string text =
        "\"Activity Date\",\"Process Date\",\"Settle Date\",\"Instrument\",\"Description\",\"Trans Code\",\"Quantity\",\"Price\",\"Amount\"\n"
        "\"2/17/2026\",\"2/17/2026\",\"2/17/2026\",\"ETH\",\"Ethereum\",\"Buy\",\"0.184899\",\"$2,704.18\",\"($500.00)\"\n"
        "\"2/6/2026\",\"2/6/2026\",\"2/7/2026\",\"\",\"ACH Deposit\",\"ACH\",\"\",\"\",\"$2,000.00\"\n"
        "\"12/3/2025\",\"12/3/2025\",\"12/3/2025\",\"ETH\",\"Ethereum\",\"Sell\",\"0.051502\",\"$3,466.28\",\"$178.52\"\n"
        "\"11/2/2025\",\"11/2/2025\",\"11/3/2025\",\"\",\"ACH Withdrawal\",\"ACH\",\"\",\"\",\"($250.00)\"\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 4);
    const Event& buy = b.event_list[0];
    CHECK(buy.type == EventType::Trade);
    CHECK(buy.asset == "ETH");
    CHECK(buy.amount == doctest::Approx(0.184899));
    CHECK(buy.counter_asset == "USD");
    CHECK(buy.counter_amount == doctest::Approx(500));
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].asset == "USD");
    CHECK(b.event_list[1].amount == doctest::Approx(2000));
    const Event& sell = b.event_list[2];
    CHECK(sell.amount == doctest::Approx(-0.051502));  // the coin left the account
    CHECK(sell.counter_amount == doctest::Approx(178.52));
    CHECK(b.event_list[3].type == EventType::Withdrawal);
    CHECK(b.event_list[3].amount == doctest::Approx(-250));
}

TEST_CASE("ledger sides: VALR's debit and credit columns, the coin the traded asset whichever side it is on") {
    const std::string text =
        "Date,Transaction Type,Debit Currency,Debit Value,Credit Currency,Credit Value,Fee Currency,Fee Value,Trade Price,Trade Price Currency,Trade Currency Pair,Order Id,Transaction Id,Additional Info\n"
        "2026-03-12 16:49:07,Instant Buy,ZAR,18400.00,XLM,9612.4,ZAR,92.00,1.9142,ZAR,XLMZAR,27ba0333,43fb7d96,\n"
        "2026-03-12 16:47:31,Instant Sell,BTC,0.01350000,ZAR,18292.50,ZAR,91.46,1355000,ZAR,BTCZAR,26dfc86b,ba1d0527,\n"
        "2026-02-27 08:48:51,Bank Deposit,,,ZAR,5000,,,,,,,ebd874b8,EFT Capitec ref VALR7T2K9\n"
        "2026-01-18 10:12:37,Blockchain Send,BTC,0.00600000,,,BTC,0.0000300000,,,,,9b245b14,bc1q…6t0s (Luno)\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 4);
    CHECK(b.event_list[0].type == EventType::Trade);
    CHECK(b.event_list[0].asset == "XLM");
    CHECK(b.event_list[0].amount == doctest::Approx(9612.4));
    CHECK(b.event_list[0].counter_asset == "ZAR");
    CHECK(b.event_list[0].counter_amount == doctest::Approx(18400));
    CHECK(b.event_list[1].asset == "BTC");  // not the rand received
    CHECK(b.event_list[1].amount == doctest::Approx(-0.0135));
    CHECK(b.event_list[1].counter_amount == doctest::Approx(18292.5));
    CHECK(b.event_list[2].type == EventType::Deposit);
    CHECK(b.event_list[2].asset == "ZAR");
    CHECK(b.event_list[2].amount == doctest::Approx(5000));
    CHECK(b.event_list[3].type == EventType::Withdrawal);
    CHECK(b.event_list[3].asset == "BTC");
    CHECK(b.event_list[3].amount == doctest::Approx(-0.006));
}
