// SIEM payloads and service logs of round 14: RFC 5424 syslog with structured data, QRadar's LEEF,
// a CDN's request records (Akamai DataStream through jq), short message ids ("WD_SENT"), a device
// cell holding the tool's own device id, an address book's wallet labels, a Japanese exchange's
// trade and funding exports.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("siem payloads: RFC 5424 syslog, the message id names the event and the free text after the data its result") {
    const std::string text =
        "<110>1 2026-07-01T18:35:41.324Z auth-5 exchange-auth 2165 LOGIN [evt@41058 uid=\"1190342\" ip=\"79.50.144.203\" "
        "asn=\"3269\" geo=\"IT/Bologna\" dev=\"w-4c1e\" ua=\"Chrome 151 / Windows 10\" mfa=\"totp\"] login ok\n"
        "<110>1 2026-07-02T09:00:00.000Z auth-5 exchange-auth 2165 LOGIN [evt@41058 uid=\"1190342\" ip=\"79.50.144.203\" "
        "dev=\"w-4c1e\" ua=\"Chrome 151 / Windows 10\"] login failed\n"
        "<109>1 2026-11-12T19:05:12.512Z wallet-1 exchange-wallet 3290 ADDR_ADD [evt@41058 uid=\"1190342\" ip=\"79.50.144.203\" "
        "dev=\"w-4c1e\" asset=\"BTC\" address=\"bc1q7xk4e8ya2tlp5mvdz3qjw0g6nch9rus7k79f3d\" label=\"Ledger nuovo\"] address added\n"
        "<110>1 2026-11-12T19:21:50.802Z wallet-2 exchange-wallet 3302 WD_SENT [evt@41058 uid=\"1190342\" asset=\"BTC\" "
        "amount=\"0.42\" to=\"bc1q7xk4e8ya2tlp5mvdz3qjw0g6nch9rus7k79f3d\"] withdrawal broadcast\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "kv");
    REQUIRE(b.events == 4);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].time == to_unix(2026, 7, 1, 18, 35, 41));
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].device_id == "w-4c1e");  // the tool's id, not a device's name
    CHECK(b.event_list[0].user_agent == "Chrome 151 / Windows 10");
    CHECK(b.event_list[1].type == EventType::LoginFailure);  // "login failed" after the data
    CHECK(b.event_list[2].type == EventType::WithdrawalAddressAdded);
    CHECK(b.event_list[2].device_id == "w-4c1e");
    CHECK(b.event_list[3].type == EventType::Withdrawal);
    CHECK(b.event_list[3].amount == doctest::Approx(0.42));
}

TEST_CASE("siem payloads: QRadar LEEF 2.0 with its own delimiter, and LEEF 1.0 with tabs") {
    const std::string text =
        "<134>Jun 27 21:14:07 cr-auth-svc LEEF:2.0|Coinrail|cr-auth-svc|5.12.3|PASSWORD_RESET_REQUESTED|^|devTime=Jun 27 2026 "
        "21:14:07.328 UTC^src=185.220.101.43^usrName=dima@kovalev-design.kz^geoCountry=DE^asn=60729^userAgent=Mozilla/5.0 "
        "(Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36\n"
        "<134>Jun 27 21:18:30 cr-auth-svc LEEF:2.0|Coinrail|cr-auth-svc|5.12.3|LOGIN_SUCCESS|x5E|devTime=Jun 27 2026 21:18:30.688 "
        "UTC^src=178.89.190.173^geoCountry=KZ^geoCity=Astana\n"
        "Jun 28 07:58:12 host LEEF:1.0|Coinrail|cr-auth-svc|5.12.3|LOGIN_FAILED|devTime=Jun 28 2026 07:58:12 UTC\tsrc=2.135.215.225\tgeoCountry=KZ\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "cef");
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::PasswordResetRequested);
    CHECK(b.event_list[0].time == to_unix(2026, 6, 27, 21, 14, 7));
    CHECK(b.event_list[0].ip == "185.220.101.43");
    CHECK(b.event_list[0].email == "dima@kovalev-design.kz");
    CHECK(b.event_list[0].user_agent.view().find("Chrome/149") != std::string_view::npos);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].city == "Astana");
    CHECK(b.event_list[2].type == EventType::LoginFailure);
    CHECK(b.event_list[2].ip == "2.135.215.225");
}

TEST_CASE("siem payloads: a CDN's request records name the action by method and path; a read does nothing") {
    const std::string text =
        "soc@bastion:~/ds2$ zcat api-prod/2026/07/*.gz | jq -c 'select(.customField | test(\"uid=7730151\"))'\n"
        "{\"reqTimeSec\":\"1783241620\",\"cliIP\":\"93.42.184.12\",\"statusCode\":\"200\",\"reqMethod\":\"POST\","
        "\"reqPath\":\"/api/v2/auth/login\",\"UA\":\"Monetra%2F4.12.0+%28com.monetra.app%3B+iOS+26.5.0%29+Alamofire%2F5.10.2\","
        "\"reqEndTimeMSec\":\"0\",\"country\":\"IT\",\"city\":\"BOLOGNA\",\"asn\":\"12874\"}\n"
        "{\"reqTimeSec\":\"1783241700\",\"cliIP\":\"93.42.184.12\",\"statusCode\":\"401\",\"reqMethod\":\"POST\","
        "\"reqPath\":\"/api/v2/auth/login\",\"UA\":\"Mozilla/5.0+(X11;+Linux+x86_64)+HeadlessChrome/150.0.0.0\"}\n"
        "{\"reqTimeSec\":\"1783241800\",\"cliIP\":\"93.42.184.12\",\"statusCode\":\"200\",\"reqMethod\":\"GET\","
        "\"reqPath\":\"/api/v2/withdrawal-addresses\"}\n"
        "{\"reqTimeSec\":\"1783241900\",\"cliIP\":\"93.42.184.12\",\"statusCode\":\"201\",\"reqMethod\":\"POST\","
        "\"reqPath\":\"/api/v2/withdrawal-addresses\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 4);
    CHECK(b.event_list[0].time == 1783241620);
    CHECK(b.event_list[0].ip == "93.42.184.12");
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].user_agent == "Monetra/4.12.0 (com.monetra.app; iOS 26.5.0) Alamofire/5.10.2");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[1].user_agent == "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/150.0.0.0");
    CHECK(b.event_list[2].type == EventType::Other);  // looking at the address book adds nothing
    CHECK(b.event_list[3].type == EventType::WithdrawalAddressAdded);
}

TEST_CASE("siem payloads: an address book's wallet labels are no devices; a Japanese exchange's trade and funding exports") {
    const std::string book =
        "Etichetta\tAsset\tIndirizzo\tAggiunto il (UTC)\tIP aggiunta\tStato\n"
        "Ledger\tBTC\tbc1qm3v8d0ya7kgn2s5wu4rx6h9tjl3fe8cp0dz7q5\t2025-01-06 20:14:55\t79.50.144.203\tattivo\n"
        "Ledger nuovo\tBTC\tbc1q7xk4e8ya2tlp5mvdz3qjw0g6nch9rus7k79f3d\t2026-11-12 19:05:12\t79.50.144.203\tattivo\n";
    const BlockIngest a = ingest_block(0, book);
    REQUIRE(a.events == 2);
    CHECK(a.event_list[1].type == EventType::WithdrawalAddressAdded);
    CHECK(a.event_list[1].user_agent.empty());

    const std::string trades =
        "注文ID,取引ID,通貨ペア,売/買,数量,価格,手数料,M/T,取引日時\n"
        "48302154807,1200832188,btc_jpy,買,0.02140000,\"13,950,000\",0.00002568,taker,2026/02/10 21:06:17\n"
        "49887782492,1175074968,btc_jpy,売,0.00800000,\"14,705,000\",0.00000000,maker,2026/01/15 21:58:50\n";
    const BlockIngest t = ingest_block(0, trades);
    REQUIRE(t.events == 2);
    CHECK(t.event_list[0].type == EventType::Trade);
    CHECK(t.event_list[0].asset == "BTC");
    CHECK(t.event_list[0].side == "buy");
    CHECK(t.event_list[0].counter_asset == "JPY");
    CHECK(t.event_list[1].side == "sell");

    const std::string funding =
        "日時,種別,通貨,数量,手数料,状態,アドレス/振込元・振込先,TXID\n"
        "2026/02/10 10:47:26,入金,JPY,\"300,000\",0,完了,ワン ズーハン / 三井住友銀行,\n"
        "2025/12/06 21:43:02,出金,ETH,0.4500,0.0025,完了,0x5dA1b7E2c04F93a6D8e1f2B7c9A40d63E15B9c0E,0x7c2e\n";
    const BlockIngest f = ingest_block(0, funding);
    REQUIRE(f.events == 2);
    CHECK(f.event_list[0].type == EventType::Deposit);
    CHECK(f.event_list[0].asset == "JPY");  // "通貨" holds one currency here, not a pair
    CHECK(f.event_list[0].amount == doctest::Approx(300000));
    CHECK(f.event_list[1].type == EventType::Withdrawal);
    CHECK(f.event_list[1].asset == "ETH");
}

TEST_CASE("siem payloads: an IIS W3C log found by Select-String, its columns named by #Fields, the client behind the balancer") {
    const std::string text =
        "PS C:\\inetpub\\logs\\LogFiles\\W3SVC2> Get-Content .\\u_ex260517.log -TotalCount 4\n"
        "#Software: Microsoft Internet Information Services 10.0\n"
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status "
        "time-taken X-Forwarded-For\n"
        "PS C:\\inetpub\\logs\\LogFiles\\W3SVC2> Select-String -Path .\\u_ex26*.log -Pattern \"mcaydogdu\" -SimpleMatch\n"
        "\n"
        "u_ex260301.log:44844:2026-03-01 20:04:32 10.40.2.15 POST /Hesap/Giris - 443 mc@gmail.com 10.40.0.5 "
        "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Chrome/145.0.0.0 302 237 176.88.97.191\n"
        "u_ex260301.log:44884:2026-03-01 20:05:41 10.40.2.15 GET /Cuzdan/Ozet - 443 mc@gmail.com 10.40.0.6 "
        "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+Chrome/145.0.0.0 200 259 -\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].src.line == 6);
    CHECK(b.event_list[0].time == to_unix(2026, 3, 1, 20, 4, 32));
    CHECK(b.event_list[0].ip == "176.88.97.191");  // X-Forwarded-For, not the balancer
    CHECK(b.event_list[0].user_agent == "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/145.0.0.0");
    CHECK(b.event_list[0].email == "mc@gmail.com");
    CHECK(b.event_list[1].ip == "10.40.0.6");  // no forwarded address: what c-ip says
    CHECK(b.event_list[1].type == EventType::Other);
}

TEST_CASE("siem payloads: a service's dotted module name under \"app\" is no user agent; the nested one is") {
    const std::string text =
        "{\"action\": \"login\", \"app\": \"authentik.events.signals\", \"context\": {\"http_request\": {\"method\": \"GET\", "
        "\"user_agent\": \"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:147.0) Gecko/20100101 Firefox/147.0\"}}, "
        "\"client_ip\": \"87.171.230.22\", \"created\": \"2026-03-04T19:06:58Z\"}\n"
        "{\"action\": \"login_failed\", \"app\": \"authentik.events.signals\", \"client_ip\": \"87.171.230.22\", "
        "\"created\": \"2026-03-04T19:07:58Z\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].user_agent.view().find("Firefox/147.0") != std::string_view::npos);
    CHECK(b.event_list[1].user_agent.empty());
}

TEST_CASE("siem payloads: a row's unquoted thousands separator goes to the free-text column it belongs to") {
    const std::string text =
        "time_utc,type,asset,amount,fee,details\n"
        "2026-07-03 09:12:40,deposit,EUR,1500.00,0.00,SEPA from ANNA LEBEDEVA / Eurobank Ltd CY\n"
        "2026-07-08 16:40:11,buy,BTC,0.01571,3.90,BTC/EUR 95,220.00\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].asset == "BTC");
    CHECK(b.event_list[1].amount == doctest::Approx(0.01571));
    CHECK(b.event_list[1].fee == doctest::Approx(3.90));
    REQUIRE(b.warnings.size() == 1);
    CHECK(b.warnings[0].message.find("'details'") != std::string::npos);
}

TEST_CASE("siem payloads: a market named currency first (Upbit's KRW-BTC) trades the coin") {
    const std::string text =
        "time,type,market,side,volume,price\n"
        "2026-07-03 21:20:51,order_filled,KRW-BTC,buy,0.00723220,138210000\n"
        "2026-07-03 21:25:00,order_filled,BTC-KRW,buy,0.001,138210000\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].asset == "BTC");
    CHECK(b.event_list[0].counter_asset == "KRW");
    CHECK(b.event_list[1].asset == "BTC");
}

TEST_CASE("siem payloads: a spreadsheet copy's title lines keep the sheet's width in empty cells; the header is below them") {
    const std::string text =
        "Journal de sécurité – client n° 4471902 – LEMAIRE Claire\t\t\t\t\t\n"
        "Extraction back-office du 21/04/2026 (90 jours), heures en UTC\t\t\t\t\t\n"
        "\t\t\t\t\t\n"
        "Date (UTC)\tÉvénement\tStatut\tMontant\tDevise\tAdresse IP\n"
        "23/01/2026 08:14:51\tDépôt SEPA\tCrédité\t1 000,00\tEUR\t\n"
        "23/01/2026 19:40:12\tConnexion\tRéussie\t\t\t37.171.224.69\n"
        "25/01/2026 20:22:16\tConnexion\tRéussie\t\t\t37.168.238.49\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].src.line == 5);
    CHECK(b.event_list[0].type == EventType::Deposit);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].ip == "37.171.224.69");
}

TEST_CASE("siem payloads: a Chronicle UDM search, the product's own event type over UDM's category") {
    const std::string text =
        "Timestamp\tmetadata.event_type\tmetadata.product_event_type\tprincipal.ip\tprincipal.location.city\tprincipal.asset_id\t"
        "security_result.action\n"
        "2026-06-20T02:16:40Z\tUSER_RESOURCE_UPDATE_CONTENT\twithdraw_whitelist.add\t45.76.181.203\tSingapore\tdv-web-03be71\tALLOW\n"
        "2026-06-20T02:14:09Z\tUSER_LOGIN\tlogin.success\t45.76.181.203\tSingapore\tdv-web-03be71\tALLOW\n"
        "2026-06-19T11:02:00Z\tUSER_LOGIN\tlogin.failure\t175.139.82.47\tKuala Lumpur\tdv-ios-51c0e7\tBLOCK\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::WithdrawalAddressAdded);
    CHECK(b.event_list[0].device_id == "dv-web-03be71");  // the asset is the host, not a coin
    CHECK(b.event_list[0].asset.empty());
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[2].type == EventType::LoginFailure);
}

TEST_CASE("siem payloads: LBank's funding export, times in \"UTC0\" and tickers glued to the amounts") {
    const std::string text =
        "ID,Time,Token,Initial Quantity,Latest Quantity,Quantity,Type,Details,Remarks\n"
        "357173538047,2026-06-20 02:21:55 UTC0,usdt,1850.0000usdt,1850.0000usdt,1850.0000usdt,Withdrawal,SOL-SPL,Completed\n"
        "232817147163,2026-06-02 12:33:48 UTC0,usdt,2800.0000usdt,2800.0000usdt,2800.0000usdt,Deposit,TRC20,Completed\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].time == to_unix(2026, 6, 20, 2, 21, 55));
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].amount == doctest::Approx(2800));
    CHECK(b.event_list[1].asset == "USDT");
}
