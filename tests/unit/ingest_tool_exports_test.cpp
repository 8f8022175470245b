// Exports as specialists paste them from their tools, with the tools' own text around them: JSON
// under a shell prompt or an SQL editor's query, an access log behind a load balancer, a bank-style
// statement with a quantity and a value column, a Turkish ledger, a panel's device label beside
// the user agent.

#include <doctest/doctest.h>

#include <string>

#include "correlate/ua_family.hpp"
#include "enrich/user_agent.hpp"
#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;


TEST_CASE("tool exports: JSON under a shell prompt and a curl | jq command is read from its first line") {
    const std::string text =
        "ops@jump-01:~$ curl -s \"https://api.example/v1/events?user=42\" \\\n"
        ">   -H \"Authorization: Bearer $TOKEN\" | jq '.events[]'\n"
        "{\n"
        "  \"time\": \"2026-10-01T10:00:00Z\",\n"
        "  \"action\": \"login\",\n"
        "  \"ip\": \"81.2.69.142\"\n"
        "}\n"
        "{\n"
        "  \"time\": \"2026-10-02T11:00:00Z\",\n"
        "  \"action\": \"login\",\n"
        "  \"ip\": \"81.2.69.143\"\n"
        "}\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    CHECK(b.format_reason.find("JSON from line 3; the 2 line(s) above it") != std::string::npos);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].src.line == 3);  // line numbers count the prompt's lines
    CHECK(b.event_list[1].src.line == 8);
    CHECK(b.event_list[1].ip == "81.2.69.143");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);

    // An SQL editor's query and note above a copied JSON array.
    const std::string sql =
        "-- SQL Editor · project prod\n"
        "select created_at, ip_address, payload from auth.audit_log_entries\n"
        " order by created_at desc;\n"
        "-- Results: 2 rows · Copy as JSON\n"
        "[\n"
        "  {\"created_at\": \"2026-08-19 21:40:27.51+00\", \"ip_address\": \"146.70.179.154\", \"payload\": {\"action\": \"login\"}},\n"
        "  {\"created_at\": \"2026-08-18 09:00:00.00+00\", \"ip_address\": \"189.6.203.25\", \"payload\": {\"action\": \"logout\"}}\n"
        "]\n";
    const BlockIngest s = ingest_block(0, sql);
    CHECK(s.format == "json");
    REQUIRE(s.events == 2);
    CHECK(s.event_list[0].ip == "146.70.179.154");

    // Prose that happens to hold a brace line is no JSON document.
    const BlockIngest prose = ingest_block(0, "Hello,\nsee below\n{\nnot json at all\nreally not\n}\n");
    CHECK(prose.format != "json");
}

TEST_CASE("tool exports: an access log behind a load balancer names the client in its forwarded-for field") {
    const std::string text =
        "10.20.3.118 - - [03/Jun/2026:09:03:15 +0200] \"POST /espace-client/connexion HTTP/1.1\" 302 330 \"-\" "
        "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:148.0) Gecko/20100101 Firefox/148.0\" xff=90.112.47.201 uid=4081 auth=ok\n"
        "10.20.3.118 - - [03/Jun/2026:09:15:59 +0200] \"POST /api/mobile/v2/session HTTP/1.1\" 200 357 \"-\" "
        "\"ExchangeFR/6.12.0 (Android 16; SM-S911B) okhttp/4.12.0\" xff=37.171.88.251 uid=4081 auth=ok\n"
        "10.20.4.61 - - [03/Jun/2026:19:12:40 +0200] \"POST /espace-client/connexion HTTP/1.1\" 401 346 \"-\" "
        "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:148.0) Gecko/20100101 Firefox/148.0\" xff=90.112.47.201 uid=4081 auth=fail\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "lines");  // not key=value: the fields after the request line are extras
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].ip == "90.112.47.201");
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].time == to_unix(2026, 6, 3, 7, 3, 15));
    CHECK(b.event_list[1].ip == "37.171.88.251");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);  // the app's POST .../session
    CHECK_FALSE(b.event_list[2].success);

    // The application's verdict after the line beats the HTTP status (200 for a wrong code too).
    const std::string verdicts =
        "10.20.5.27 - - [10/Sep/2026:21:03:02 +0200] \"POST /api/mobile/v2/session HTTP/1.1\" 200 357 \"-\" "
        "\"ExchangeFR/6.12.0 (Android 16; SM-S911B) okhttp/4.12.0\" xff=90.112.47.201 uid=4081 auth=2fa_required\n"
        "10.20.5.27 - - [10/Sep/2026:21:03:11 +0200] \"POST /api/mobile/v2/session/2fa HTTP/1.1\" 200 92 \"-\" "
        "\"ExchangeFR/6.12.0 (Android 16; SM-S911B) okhttp/4.12.0\" xff=90.112.47.201 uid=4081 auth=totp_invalid\n"
        "10.20.4.61 - - [11/Sep/2026:20:47:55 +0200] \"POST /espace-client/securite/2fa/reinitialiser HTTP/1.1\" 302 0 \"-\" "
        "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:150.0) Gecko/20100101 Firefox/150.0\" xff=90.112.47.201 uid=4081 auth=2fa_reset_requested\n";
    const BlockIngest v = ingest_block(0, verdicts);
    REQUIRE(v.events == 3);
    CHECK(v.event_list[0].type == EventType::Other);  // the password step: the sign-in is not done
    CHECK(v.event_list[1].type == EventType::LoginFailure);
    CHECK(v.event_list[1].failure_reason == "invalid_otp");
    CHECK(v.event_list[2].type == EventType::TwoFactorResetRequested);
}

TEST_CASE("tool exports: a statement's quantity and value columns, and a sign before R$") {
    const std::string text =
        "Data;Hora;Tipo;Ativo;Quantidade;Valor;Taxa;Status\n"
        "17/08/2026;21:04:02;Compra;USDT;279,96000000;-R$ 1.523,54;R$ 7,62;Concluído\n"
        "05/08/2026;19:01:55;Depósito;BRL;;R$ 2.000,00;R$ 0,00;Concluído\n"
        "25/07/2026;20:14:12;Saque;BRL;;-R$ 3.000,00;R$ 0,00;Concluído\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    const Event& trade = b.event_list[0];
    CHECK(trade.type == EventType::Trade);
    CHECK(trade.amount == doctest::Approx(279.96));
    CHECK(trade.counter_amount == doctest::Approx(1523.54));
    CHECK(trade.side == "buy");
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].amount == doctest::Approx(2000));  // the value alone is the sum moved
    CHECK(b.event_list[2].type == EventType::Withdrawal);
    CHECK(b.event_list[2].amount == doctest::Approx(-3000));
    for (const auto& w : b.warnings) CHECK_MESSAGE(w.message.find("unreadable amount") == std::string::npos, w.message);
}

TEST_CASE("tool exports: a Turkish ledger's type column, purchases and withdrawals") {
    const std::string text =
        "İşlem Zamanı;Tür;Varlık;Miktar;Ücret\n"
        "2026-01-23T21:14:02+03:00;Çekme;TRY;-4.000,00;0,00\n"
        "2026-03-21T14:05:33+03:00;Alım USDT/TRY;USDT;318,90;0,00\n"
        "2026-03-21T14:06:10+03:00;Satım USDT/TRY;USDT;-18,90;0,00\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format_reason.find("Tür=event") != std::string::npos);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].side == "buy");
    CHECK(b.event_list[2].side == "sell");
}

TEST_CASE("tool exports: FusionAuth webhook events through jq -c, with epoch milliseconds in createInstant") {
    const std::string text =
        "ops@bastion:~$ zcat fa/2026-0*.jsonl.gz | jq -c '.event | {createInstant, type, ip: .info.ipAddress, loc: "
        ".info.location.displayString, dev: .info.deviceName, authType: .authenticationType}'\n"
        "{\"createInstant\":1767647068258,\"type\":\"user.login.success\",\"ip\":\"185.159.158.6\",\"loc\":\"Zurich, Zurich, "
        "Switzerland\",\"dev\":\"Linux Firefox\",\"authType\":\"PASSWORD\"}\n"
        "{\"createInstant\":1768042336420,\"type\":\"user.password.reset.start\",\"ip\":\"89.238.178.36\",\"loc\":\"Madrid, "
        "Madrid, Spain\",\"dev\":\"Android Chrome\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].time == 1767647068);
    CHECK(b.event_list[0].time_ms == 258);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].city == "Zurich");
    CHECK(b.event_list[0].method == "PASSWORD");
    CHECK(b.event_list[1].type == EventType::PasswordResetRequested);
}

TEST_CASE("tool exports: a device identifier column is the tool's own name for the device, not a device label") {
    const std::string text =
        "{\"time\": \"2026-05-02T07:12:24+09:00\", \"kind\": \"login\", \"result\": \"ok\", \"ip\": \"1.235.20.206\", \"device_id\": \"d-7e21c4\"}\n"
        "{\"time\": \"2026-05-04T23:31:22+09:00\", \"kind\": \"login\", \"result\": \"ok\", \"ip\": \"1.235.20.206\", \"device_id\": \"d-b0a913\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].device_id == "d-7e21c4");
    CHECK(b.event_list[1].device_id == "d-b0a913");
    CHECK(b.event_list[0].user_agent.view().find("d-7e21c4") == std::string_view::npos);
    const BlockIngest t = ingest_block(0, "Time,Auth Events Device ID,IP\n2026-05-02 07:12:24,d-7e21c4,1.235.20.206\n");
    REQUIRE(t.events == 1);
    CHECK(t.event_list[0].device_id == "d-7e21c4");
}

TEST_CASE("tool exports: a French statement's bank transfers in and out, and an address in its reference column") {
    const std::string text =
        "Date;Opération;Montant;Devise;Référence\n"
        "09/06/2026 23:16:02;Retrait BTC;-0,15000000;BTC;bc1qxy7d3ne5k0f8u2m6s4hwa9tz0pl7cq5v8rwl3d\n"
        "03/06/2026 10:00:00;Virement émis;-200,00;EUR;VIR-88213\n"
        "02/06/2026 09:03:35;Virement SEPA reçu;1 500,00;EUR;VIR MARCHAND BENOIT CCM LYON\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK(b.event_list[0].address == "bc1qxy7d3ne5k0f8u2m6s4hwa9tz0pl7cq5v8rwl3d");
    CHECK(b.event_list[1].type == EventType::Withdrawal);
    CHECK(b.event_list[1].address.empty());  // a transfer's reference is no address
    CHECK(b.event_list[2].type == EventType::Deposit);
    CHECK(b.event_list[2].amount == doctest::Approx(1500));
}

TEST_CASE("tool exports: a statement of Quantity and Amount (INR): the coin's quantity is the amount, the rupees what it cost") {
    const std::string text =
        "Date (IST),Type,Market,Side,Coin,Quantity,Price (INR),Amount (INR),Fee (INR),Status,Reference\n"
        "21-02-2026 22:39:48,Crypto Withdrawal,,,BTC,0.050000,,,0.0002 BTC,On Hold,bc1qh7p2…w4kz\n"
        "16-02-2026 21:47:12,Spot Trade,BTCINR,BUY,BTC,0.006430,\"76,52,300.00\",\"49,500.00\",247.50,Filled,ORD328359244883\n"
        "16-02-2026 21:36:18,INR Deposit,,,INR,,,\"50,000.00\",0.00,Completed,IMPS/604716253981/HDFC BANK\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format_reason.find("Quantity=amount") != std::string::npos);
    CHECK(b.format_reason.find("Amount (INR)=counter_amount") != std::string::npos);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK_FALSE(b.event_list[0].success);  // held
    CHECK(b.event_list[0].amount == doctest::Approx(0.05));
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].amount == doctest::Approx(0.00643));
    CHECK(b.event_list[1].counter_amount == doctest::Approx(49500));
    CHECK(b.event_list[1].counter_asset == "INR");  // from the market "BTCINR"
    CHECK(b.event_list[2].type == EventType::Deposit);
    CHECK(b.event_list[2].asset == "INR");
    CHECK(b.event_list[2].amount == doctest::Approx(50000));  // the one sum of a row of money alone
}

TEST_CASE("tool exports: a Turkish exchange's trade history with its pair, direction, price and total") {
    const std::string text =
        "Tarih (UTC+3);İşlem Türü;Parite;Yön;Miktar;Varlık;Fiyat;Toplam;Toplam Varlık;Komisyon;Komisyon Varlığı;Durum\n"
        "02.04.2026 22:03:17;Spot İşlem;BTC-USDT;Satış;0,03981000;BTC;88.410,5;3.519,62;USDT;3,52;USDT;Tamamlandı\n"
        "28.03.2026 14:21:06;Spot İşlem;USDT-TRY;Alış;565,93;USDT;44,12;24.968,83;TRY;0,57;USDT;Tamamlandı\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format_reason.find("Yön=side") != std::string::npos);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::Trade);
    CHECK(b.event_list[0].side == "sell");
    CHECK(b.event_list[0].amount == doctest::Approx(0.03981));
    CHECK(b.event_list[0].counter_amount == doctest::Approx(3519.62));
    CHECK(b.event_list[0].counter_asset == "USDT");
    CHECK(b.event_list[1].side == "buy");
}

TEST_CASE("tool exports: a panel's device label beside the user agent names the phone a model code hides") {
    const std::string text =
        "Tarih (UTC),İşlem,Sonuç,IP,Cihaz,User-Agent\n"
        "2026-03-21 22:03:27,Giriş,Başarılı,176.240.77.18,Redmi Note 13 Pro · Uygulama 5.9.8,ExchangeApp/5.9.8 (Android 14; 2312DRA50G)\n"
        "2026-03-21 10:00:00,Giriş,Başarılı,176.240.77.18,iPhone17;3,ExchangeApp/5.9.8 (iPhone; iOS 18.1)\n";
    BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    Event& xiaomi = b.event_list[0];
    CHECK(xiaomi.user_agent.view().find("(Android 14; 2312DRA50G) | device: Redmi Note 13 Pro") != std::string_view::npos);
    xiaomi.ua = user_agent_info(xiaomi.user_agent);
    CHECK(xiaomi.ua.device == "Xiaomi Redmi Note 13 Pro");
    CHECK(xiaomi.ua.os == "Android");
    CHECK(correlate::ua_family(xiaomi).model == "Xiaomi Redmi Note 13 Pro");
    CHECK(correlate::ua_family(xiaomi).app);

    // A model the user agent names itself stays: the label's internal identifier adds nothing.
    Event& iphone = b.event_list[1];
    iphone.ua = user_agent_info(iphone.user_agent);
    CHECK(correlate::ua_family(iphone).model == "iPhone");
}

TEST_CASE("tool exports: device labels name Xiaomi, POCO and OnePlus phones as the model table does, and 'app' in nine languages") {
    const UserAgentInfo galaxy = user_agent_info("Galaxy A55 · Uygulama 5.10.1");
    CHECK(galaxy.kind == "app");
    CHECK(galaxy.os == "Android");
    CHECK(galaxy.device == "Galaxy A55");
    CHECK(user_agent_info("Redmi Note 13 Pro").device == "Xiaomi Redmi Note 13 Pro");
    CHECK(user_agent_info("POCO F5 · 앱 5.2").device == "Xiaomi POCO F5");
    CHECK(user_agent_info("POCO F5 · 앱 5.2").kind == "app");
    CHECK(user_agent_info("OnePlus 12 / приложение 3.1").device == "OnePlus 12");
    CHECK(user_agent_info("Honorable mention").device.empty());  // a maker's word inside another word
}

TEST_CASE("tool exports: an activity feed with day headings and times of day on its rows") {
    const std::string text =
        "Activity · Last 90 days\n"
        "Time\tEvent\tStatus\tIP\tDevice\n"
        "Jul 8, 2026\n"
        "9:19:36 AM\tLogin\tFailure · Wrong password\t92.24.188.30\tChrome 138 · Windows\n"
        "9:15:27 AM\tLogin\tSuccess\t92.24.188.30\tChrome 138 · Windows\n"
        "Jul 6, 2026\n"
        "3:29:26 AM\tLogin\tFailure · Wrong password\t45.134.46.95\tpython-requests/2.32.3\n"
        "11:02:00 PM\tLogin\tSuccess\t81.2.69.142\tChrome 138 · Windows\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    REQUIRE(b.events == 4);
    CHECK(b.event_list[0].time == to_unix(2026, 7, 8, 9, 19, 36));
    CHECK(b.event_list[0].src.line == 4);  // the heading lines still count
    CHECK(b.event_list[3].time == to_unix(2026, 7, 6, 23, 2, 0));
    CHECK(b.event_list[3].src.line == 8);
    CHECK(b.skipped == 0);

    // Dates in prose above an ordinary table change nothing.
    const std::string table =
        "Exported Jul 8, 2026\n"
        "time\tevent\tip\n"
        "2026-07-08 09:19:36\tlogin\t92.24.188.30\n"
        "2026-07-07 10:00:00\tlogin\t92.24.188.31\n";
    const BlockIngest t = ingest_block(0, table);
    REQUIRE(t.events == 2);
    CHECK(t.event_list[0].time == to_unix(2026, 7, 8, 9, 19, 36));
}

TEST_CASE("tool exports: Uphold's transactions, money in and out, a transfer between currencies a conversion, destinations by name") {
    const std::string text =
        "Date,Destination,Destination Amount,Destination Currency,Fee Amount,Fee Currency,Id,Origin,Origin Amount,Origin Currency,Status,Type\n"
        "Tue Feb 24 2026 06:41:47 GMT+0000,bitcoin,0.41000000,BTC,0.00002000,BTC,454742f0-66b3-1774-3770-5e1603ea0803,uphold,0.41002000,BTC,pending,out\n"
        "Fri Feb 20 2026 15:09:12 GMT+0000,uphold,0.02657557,BTC,,,5750dde6-eb9e-3956-7531-154191cbf99e,uphold,2500.00,USD,completed,transfer\n"
        "Fri Feb 20 2026 15:04:12 GMT+0000,uphold,2500.00,USD,,,63b8ee4c-39b1-c0a1-b2eb-6f6f52e6417e,ach,2500.00,USD,completed,in\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK(b.event_list[0].fee == doctest::Approx(0.00002));
    CHECK(b.event_list[0].address.empty());  // "bitcoin" names the network, not an address
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].asset == "BTC");
    CHECK(b.event_list[1].counter_asset == "USD");
    CHECK(b.event_list[1].counter_amount == doctest::Approx(2500));
    CHECK(b.event_list[2].type == EventType::Deposit);
    CHECK(b.event_list[2].time == to_unix(2026, 2, 20, 15, 4, 12));
    CHECK(b.event_list[2].amount == doctest::Approx(2500));
}

TEST_CASE("tool exports: Bitstamp's transactions, the amount's currency the asset, the value's the counter asset, a market order a trade") {
    const std::string text =
        "ID,Account,Type,Subtype,Datetime,Amount,Amount currency,Value,Value currency,Rate,Rate currency,Fee,Fee currency,Order ID\n"
        "421903379,Main Account,Deposit,,2025-04-29T11:01:09Z,500.00,EUR,,,,,0.00,EUR,\n"
        "427325205,Main Account,Market,Buy,2025-05-18T09:01:37Z,0.00402240,BTC,338.41,EUR,84130.13,EUR,1.02,EUR,1854246290353\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::Deposit);
    CHECK(b.event_list[0].asset == "EUR");
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].asset == "BTC");
    CHECK(b.event_list[1].amount == doctest::Approx(0.0040224));
    CHECK(b.event_list[1].counter_asset == "EUR");
    CHECK(b.event_list[1].counter_amount == doctest::Approx(338.41));
}
