// Log consoles and exports of round 13: a cloud log search's raw view (numbered entries with
// indented key: value fields, the page's time zone above them), JSON lines under the command that
// printed them, a Thai exchange's export in the Buddhist Era, a currency account read as an
// email, a German "Anzahl" that is a record count, sums written in a status note.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "ingest/numbered_entries.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("log consoles: Tencent Cloud CLS raw data, numbered entries of key: value fields, in the zone the page names") {
    const std::string text =
        "日志服务 CLS  /  检索分析\n"
        "地域：中国香港    日志集：exch-prod    日志主题：auth-events\n"
        "原始数据    共 3 条日志    时区：UTC+08:00\n"
        "\n"
        "1\t2026-07-22 00:33:18.831\n"
        "\t__TAG__.pod_name: auth-svc-6c9f7d8b5-2xkqp    __SOURCE__: 10.6.3.89\n"
        "\tevent: totp_verify    result: fail    ip: 112.97.183.20    city: Shenzhen    country: CN    detail: reason=invalid_code\n"
        "2\t2026-07-22 00:31:55.991\n"
        "\t__TAG__.pod_name: auth-svc-6c9f7d8b5-h7wzn    __SOURCE__: 10.6.3.15\n"
        "\tevent: login    result: mfa_required    ip: 112.97.183.20    city: Shenzhen    country: CN    client: Android 13 · Chrome 138\n"
        "3\t2026-06-09 22:11:50.546\n"
        "\tevent: login    result: success    ip: 112.118.203.57    isp: HKT Limited (Netvigator)    city: Hong Kong    country: HK    detail: mfa=totp\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    REQUIRE(b.events == 3);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].src.line == 5);  // each entry cites its number's line
    CHECK(b.event_list[0].time == to_unix(2026, 7, 21, 16, 33, 18));  // 00:33 in UTC+8
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].failure_reason == "invalid_otp");
    CHECK(b.event_list[1].type == EventType::Other);  // the password step; the code still owed
    CHECK(b.event_list[2].src.line == 11);
    CHECK(b.event_list[2].type == EventType::LoginSuccess);
    CHECK(b.event_list[2].city == "Hong Kong");
    CHECK(b.event_list[2].method == "totp");

    std::string out;  // one numbered line with fields is no log view
    CHECK_FALSE(ingest::rewrite_numbered_entries("1\t2026-07-22 00:33:18\n\tevent: login\nsome text\n", out));
}

TEST_CASE("log consoles: JSON lines under the kubectl | jq command that printed them") {
    const std::string text =
        "ops@jump-fra1:~$ kubectl -n edge logs deploy/kong-gateway -c proxy --since=16h | grep -F apikey-3318802 \\\n"
        "    | jq -c '{started_at, client_ip, method: .request.method, uri: .request.uri, status: .response.status}'\n"
        "{\"started_at\":1790969172793,\"client_ip\":\"164.92.183.57\",\"method\":\"GET\",\"uri\":\"/api/v3/account/balances\",\"status\":200}\n"
        "{\"started_at\":1790969176863,\"client_ip\":\"164.92.183.57\",\"method\":\"GET\",\"uri\":\"/api/v3/withdrawals/addresses\",\"status\":200}\n"
        "{\"started_at\":1790969198051,\"client_ip\":\"164.92.183.57\",\"method\":\"POST\",\"uri\":\"/api/v3/withdrawals\",\"status\":202}\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].src.line == 3);
    CHECK(b.event_list[0].ip == "164.92.183.57");
    CHECK(b.event_list[0].time == 1790969172);
}

TEST_CASE("log consoles: a Thai exchange's export in the Buddhist Era, with Thai headers and words") {
    const std::string text =
        "วันที่/เวลา,ประเภท,เหรียญ,จำนวน,ค่าธรรมเนียม,สถานะ,รายละเอียด\n"
        "25/04/2569 20:16:30,ซื้อ,ETH,0.29310345,75.00,สำเร็จ,\"ETH/THB @ 102,100.00 (29,925.86 THB)\"\n"
        "25/04/2569 20:14:07,ฝากเงิน,THB,\"30,000.00\",0.00,สำเร็จ,โอนจาก ธนาคารกสิกรไทย xxx-x-x4417-x\n"
        "28/03/2569 20:09:12,ถอนเหรียญ,BTC,-0.01000000,0.00010000,สำเร็จ,ไปยัง bc1q7y2e…lm4d (Trezor)\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Trade);
    CHECK(b.event_list[0].side == "buy");
    CHECK(b.event_list[0].asset == "ETH");
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].amount == doctest::Approx(30000.0));
    CHECK(b.event_list[2].type == EventType::Withdrawal);
    // 2569 BE is 2026; the day comes first
    CHECK(b.event_list[2].time == to_unix(2026, 3, 28, 20, 9, 12));
}

TEST_CASE("log consoles: a currency account read as an email, a record count named Anzahl, sums in a status note") {
    // CoinJar: "Account" is the currency account (ETH, AUD), not the login
    const std::string coinjar =
        "Date,Type,Account,Amount,Fee,Balance,Description,Reference\n"
        "02/04/2026 7:44 pm,Buy,ETH,0.33190480,0.00,1.63556535,\"Bought 0.33190480 ETH @ A$4,368.20\",CJX-7912605\n"
        "02/04/2026 7:37 pm,Deposit,AUD,\"1,500.00\",0.00,\"1,513.57\",PayID deposit from PRIYA RAGHUNATHAN,PAYID-NPP-0402-67302\n"
        "08/02/2026 10:06 am,Send,BTC,-0.05000000,0.00002000,0.07519565,Sent to bc1q9h6tlx0yfq3m8v2zw5n7dks4pe2r3ju8cvz6ax (Ledger),f3b1c0d7a2\n";
    const BlockIngest c = ingest_block(0, coinjar);
    CHECK(c.format_reason.find("Account=asset") != std::string::npos);
    REQUIRE(c.events == 3);
    CHECK(c.event_list[1].asset == "AUD");
    CHECK(c.event_list[1].email.empty());

    // A security log whose money rows carry their sums in the result, beside a count column
    const std::string log =
        "Zeitstempel\tEreignis\tErgebnis\tIP-Adresse\tOrt\tLand\tAnzahl\n"
        "02.10.2026 21:26:38\tAuszahlung angefordert (API)\tZurückgehalten: neue Adresse, 24h-Sperre (0,61 BTC → bc1qm3…7h2f)\t164.92.183.57\tFrankfurt am Main\tDE\t1\n"
        "18.09.2026 20:01:14\tKauf ausgeführt\t0,01254800 BTC für 1.194,00 EUR\t87.161.90.27\tHannover\tDE\t1\n"
        "29.08.2026 20:39:52\tAuszahlung angefordert\tAusgeführt (0,05 BTC, bekannte Adresse)\t87.161.7.151\tHannover\tDE\t1\n";
    const BlockIngest b = ingest_block(0, log);
    CHECK(b.format_reason.find("Anzahl=amount") == std::string::npos);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK_FALSE(b.event_list[0].success);  // held
    CHECK(b.event_list[0].amount == doctest::Approx(0.61));
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].amount == doctest::Approx(0.012548));
    CHECK(b.event_list[1].counter_asset == "EUR");
    CHECK(b.event_list[1].counter_amount == doctest::Approx(1194.0));
    CHECK(b.event_list[2].amount == doctest::Approx(0.05));
    CHECK(b.event_list[2].asset == "BTC");
}

TEST_CASE("log consoles: an address in a security log's detail, an address book's rows, a refusal in Turkish") {
    const std::string log =
        "Tarih (TSİ),İşlem,Sonuç,IP Adresi,Şehir,Ayrıntı\n"
        "2026-09-16T22:43:22+03:00,\"Çekim adresi eklendi\",\"Başarılı\",178.242.224.230,\"İstanbul\",\"USDT (TRC20) TNr8Ukw32EReUWHBHoXgP65eYefGkKq2Vw · etiket Cüzdan\"\n"
        "2026-09-16T22:44:05+03:00,\"Çekim talebi\",\"Reddedildi\",178.242.224.230,\"İstanbul\",\"5.799 USDT → TNr8Ukw32EReUWHBHoXgP65eYefGkKq2Vw · adres kilitli\"\n";
    const BlockIngest b = ingest_block(0, log);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::WithdrawalAddressAdded);
    CHECK(b.event_list[0].address == "TNr8Ukw32EReUWHBHoXgP65eYefGkKq2Vw");
    CHECK(b.event_list[1].type == EventType::Withdrawal);
    CHECK_FALSE(b.event_list[1].success);  // "Reddedildi": refused
    CHECK(b.event_list[1].address == "TNr8Ukw32EReUWHBHoXgP65eYefGkKq2Vw");

    const std::string book =
        "Etiket\tAğ\tAdres\tEklenme (TSİ)\tEkleyen IP\tCihaz\tKullanım\tDurum\n"
        "Cüzdan\tTRC20\tTNr8Ukw32EReUWHBHoXgP65eYefGkKq2Vw\t2026-09-16 22:43\t178.242.224.230\tWindows · Chrome\t0\tAktif\n"
        "Ledger\tBTC\tbc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\t2024-03-02 10:11\t78.184.250.234\tMacBook · Chrome\t4\tAktif\n";
    const BlockIngest a = ingest_block(0, book);
    REQUIRE(a.events == 2);
    CHECK(a.event_list[0].type == EventType::WithdrawalAddressAdded);  // each row an address added, no sign-in
    CHECK(a.event_list[1].address == "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
}

TEST_CASE("log consoles: Matomo's visits log in French, each event of a visit one record with the visit's network and device") {
    const std::string text =
        "Visiteurs › Journal des visites\n"
        "Segment : ID utilisateur == CH-2093377        Période : 12 mars 2026 – 8 juillet 2026\n"
        "\n"
        "mer. 8 juil. 2026 14:22:05\n"
        "IP : 37.166.52.0\n"
        "ID du visiteur : c7f3e1a20b9d6458    ID utilisateur : CH-2093377\n"
        "Fournisseur d'accès : Bouygues Telecom\n"
        "Marseille, Provence-Alpes-Côte d'Azur, France\n"
        "Android 16, Chrome Mobile 150.0, Smartphone Samsung Galaxy A55 5G, 1080x2340\n"
        "Visite : 15 min 48s    Actions : 4\n"
        "   Connexion\n"
        "   Événement : Auth - login_failed (bad_password)\n"
        "   Événement : Auth - login_success (sms_otp)\n"
        "   Mon portefeuille – Coinhouse\n"
        "\n"
        "dim. 5 juil. 2026 18:10:02\n"
        "IP : 92.184.105.0\n"
        "ID du visiteur : a04d9e6b13c7f285    ID utilisateur : CH-2093377\n"
        "Fournisseur d'accès : Orange\n"
        "Lyon, Auvergne-Rhône-Alpes, France\n"
        "iOS 26.5, Mobile Safari 26.5, Smartphone Apple iPhone 13, 390x844\n"
        "Visite : 4 min 33s    Actions : 1\n"
        "   Mon portefeuille – Coinhouse\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    REQUIRE(b.events == 3);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].src.line == 12);  // the event's own line
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[0].time == to_unix(2026, 7, 8, 14, 22, 5));
    CHECK(b.event_list[0].ip == "37.166.52.0");
    CHECK(b.event_list[0].city == "Marseille");
    CHECK(b.event_list[0].device_id == "c7f3e1a20b9d6458");
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[2].src.line == 16);  // a visit without events: one record, on its time line
    CHECK(b.event_list[2].ip == "92.184.105.0");
}
