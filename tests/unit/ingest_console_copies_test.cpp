// Logs copied out of consoles with the console's own text around them: a CSV whose last cell is a
// middle-dotted summary, a log viewer's tab rows under its toolbar, a console that prints month
// and day without the year, a pandas DataFrame under IPython's prompts (right-aligned, with its row
// index), an R tibble under RStudio's commands (a right-aligned integer column against a text one,
// a row of column types, row numbers), sqlcmd under cmd.exe with camelCase column names, a
// custody platform's transfers, an exchange's export in Traditional Chinese.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("console copies: a CSV row whose last cell holds middle dots stays a CSV row") {
    const std::string text =
        "ID,Created At,Event Type,User Name,IP Address,Error Description,Notes\n"
        "1,2026-06-22T08:48:09.000Z,USER_LOGGED_INTO_ONELOGIN,Kerem,46.1.131.18,,ExchangeApp Android 5.8.2 · SM-A546B · Android 16 · İstanbul\n"
        "2,2026-06-22T05:07:02.000Z,USER_FAILED_AUTHENTICATION,Kerem,78.180.247.250,Invalid password,Chrome 149 · Windows 11 · Türk Telekom (AS9121) · İstanbul\n"
        "3,2026-06-21T23:02:14.000Z,USER_LOGGED_INTO_ONELOGIN,Kerem,46.1.160.203,,ExchangeApp Android 5.8.2 · SM-A546B · Android 16 · İstanbul\n"
        "4,2026-06-21T21:31:30.000Z,USER_LOGGED_INTO_ONELOGIN,Kerem,46.1.154.77,,ExchangeApp Android 5.8.2 · SM-A546B · Android 16 · İstanbul\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "csv");
    REQUIRE(b.events == 4);
    CHECK(b.event_list[1].ip == "78.180.247.250");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
}

TEST_CASE("console copies: tab rows that start with a time under a log viewer's toolbar and counter") {
    const std::string text =
        "Seq  ·  Events\n"
        "UserId = 4402716\n"
        "Last 45 days (03 Jan 2026 00:00 – 17 Feb 2026 11:02, Europe/Berlin)\t⟳\tExport\tSignals: Auth\n"
        "4 events\n"
        "17 Feb 2026 10:58:44.457\tWarning\tSign-in for user 4402716 failed at TOTP step from 146.70.117.223 using Firefox 147 on Linux: code rejected\n"
        "16 Feb 2026 20:46:31.338\tInformation\tMFA reset requested for user 4402716 from 146.70.117.114 using Firefox 147 on Linux\n"
        "12 Feb 2026 21:16:49.657\tInformation\tUser 4402716 signed in from 146.70.117.36 using Firefox 147 on Linux (MFA totp)\n"
        "12 Feb 2026 21:04:55.387\tInformation\tUser 4402716 signed in from 146.70.117.49 using Firefox 147 on Linux (MFA totp)\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    REQUIRE(b.events == 4);
    CHECK(b.skipped == 0);
    CHECK(b.event_list[0].src.line == 5);
    CHECK(b.event_list[3].ip == "146.70.117.49");
}

TEST_CASE("console copies: a first cell that is only a date (no clock) does not open a table under prose") {
    // A Zendesk activity log: "1 déc. 2026, 17:09 — ..." splits at its comma, but it is prose.
    const std::string text =
        "Journal d'activité (heures UTC)\n"
        "\n"
        "1 déc. 2026, 17:03 — Échec de connexion depuis 86.246.18.77 (Application Android, Nantes, FR) — code incorrect\n"
        "30 nov. 2026, 10:41 — Échec de connexion depuis 86.246.18.77 (Application Android, Nantes, FR) — code incorrect\n"
        "13 nov. 2026, 15:35 — Connexion réussie depuis 86.246.18.77 (Firefox sur Windows, Nantes, FR)\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "lines");
    CHECK(b.events == 3);
}

TEST_CASE("console copies: month and day without the year take the case's year") {
    const std::string text =
        "序号\t时间\tevent\tresult\tclient_ip\tcity\n"
        "1\t03-30 09:03:33\ttotp_verify\tfail\t220.255.66.208\tSingapore\n"
        "2\t03-29 21:40:29\tlogin\tsuccess\t118.189.252.34\tSingapore\n"
        "3\t12-30 08:00:00\tlogin\tsuccess\t118.189.252.34\tSingapore\n";
    const int64_t now = to_unix(2026, 3, 30, 10, 0, 0);
    const BlockIngest b = ingest_block(0, text, now);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].time == to_unix(2026, 3, 30, 9, 3, 33));
    CHECK(b.event_list[2].time == to_unix(2025, 12, 30, 8, 0, 0));  // after "now": the year before
    // Without a case date there is no year to give them: nothing is made up.
    CHECK(ingest_block(0, text).events == 0);
}

TEST_CASE("console copies: a pandas DataFrame under IPython's prompts, right-aligned with its row index") {
    const std::string text =
        "In [12]: ev = risk.load_auth_events(user_id=6107735)\n"
        "   ...: ev.head()\n"
        "\n"
        "Out[13]:\n"
        "                 ts_utc             event               status              ip          city  cc\n"
        "0   2026-07-20 02:30:30             login              success    2.133.102.69        Almaty  KZ\n"
        "1   2026-07-21 17:16:24             login              success    2.133.102.69        Almaty  KZ\n"
        "45  2026-08-16 09:38:47  address_book_add    USDT TRC20 T…vR4k   91.185.21.117        Almaty  KZ\n"
        "46  2026-08-16 09:40:09        login_fail         bad_password   91.185.21.117        Almaty  KZ\n"
        "\n"
        "[4 rows x 6 columns]\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "table");
    REQUIRE(b.events == 4);
    CHECK(b.warnings.empty());  // the row index is no surprise, nor a cell wider in bytes than on screen
    CHECK(b.event_list[0].time == to_unix(2026, 7, 20, 2, 30, 30));
    CHECK(b.event_list[2].ip == "91.185.21.117");
    CHECK(b.event_list[2].city == "Almaty");
    CHECK(b.event_list[3].type == EventType::LoginFailure);
}

TEST_CASE("console copies: an R tibble under its commands, with its type row, row numbers and an integer column against the next") {
    const std::string text =
        "> ev <- open_dataset(\"/mnt/risk/auth_events/\") %>% filter(member_id == 1120493L) %>% collect()\n"
        "> ev %>%\n"
        "+   select(ts, event, result, ip, asn, isp, city, device) %>%\n"
        "+   print(n = Inf, width = Inf)\n"
        "# A tibble: 10 × 8\n"
        "   ts                  event          result       ip              asn isp                       city   device\n"
        "   <dttm>              <chr>          <chr>        <chr>         <int> <chr>                     <chr>  <chr>\n"
        " 1 2026-09-08 08:41:09 login          success      42.73.118.40   3462 Chunghwa Telecom (mobile) Taipei iPhone16,1 / iOS 26.6\n"
        " 2 2026-09-07 22:03:30 login          bad_password 114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 3 2026-09-07 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 4 2026-09-06 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 5 2026-09-05 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 6 2026-09-04 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 7 2026-09-03 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 8 2026-09-02 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        " 9 2026-09-01 22:02:41 login          success      114.36.52.18   3462 HiNet                     Taipei Windows / Chrome 153\n"
        "10 2026-08-31 23:36:45 login          success      114.36.52.18   3462 HiNet                     Taipei iPhone16,1 / iOS 26.6\n"
        "> \n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "table");
    CHECK(b.format_reason.find("5 line(s) before the header ignored") != std::string::npos);
    CHECK(b.format_reason.find("asn, isp=org") != std::string::npos);  // "asn isp" is two columns
    CHECK(b.rows == 10);  // neither the type row nor the prompt left at the end
    REQUIRE(b.events == 10);
    CHECK(b.warnings.empty());
    CHECK(b.event_list[0].time == to_unix(2026, 9, 8, 8, 41, 9));  // the row number is not part of the time
    CHECK(b.event_list[0].asn == "3462");
    CHECK(b.event_list[0].org == "Chunghwa Telecom (mobile)");
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[9].time == to_unix(2026, 8, 31, 23, 36, 45));
    CHECK(b.event_list[9].city == "Taipei");
}

TEST_CASE("console copies: words above a tab-separated export are no header of a space-aligned table") {
    // A payments page copied with its filter bar: the tab row "Betrag  Status  ...  Datum" under the
    // menu is not read as the header of space-aligned columns (tabs make it a TSV's or loose lines).
    const std::string text =
        "Zahlungen\n"
        "Alle\tErfolgreich\tErstattet\tFehlgeschlagen\n"
        "Betrag\t\tStatus\tZahlungsmethode\tBeschreibung\tKunde\tDatum\n"
        "500,00 €\tEUR\tErfolgreich\t•••• 4417\tEinzahlung\th.albers@posteo.de\t3. Feb. 2026, 19:22\n"
        "600,00 €\tEUR\tErfolgreich\t•••• 4417\tEinzahlung\th.albers@posteo.de\t2. Jan. 2026, 12:40\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format != "table");
}

TEST_CASE("console copies: an exchange's export in Traditional Chinese reads as the Simplified vocabulary does") {
    const std::string text =
        "時間,類型,市場,幣別,數量,成交價,總額,手續費,手續費幣別,狀態,備註\n"
        "2026/09/07 22:31:36,台幣出金,,TWD,\"100,000\",,\"100,000\",15,TWD,暫緩（重設密碼後24小時限制）,永豐銀行 ****2281\n"
        "2026/09/07 22:24:58,賣出,BTC/TWD,BTC,0.03000,\"3,411,800\",\"102,354.00\",153.53,TWD,完成,\n"
        "2026/08/29 20:11:26,台幣入金,,TWD,\"25,000\",,\"25,000\",0,TWD,完成,永豐銀行 ****2281\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format_reason.find("類型=event") != std::string::npos);
    CHECK(b.format_reason.find("總額=counter_amount") != std::string::npos);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Withdrawal);
    CHECK_FALSE(b.event_list[0].success);  // held, not paid out
    CHECK(b.event_list[1].type == EventType::Trade);
    CHECK(b.event_list[1].side == "sell");
    CHECK(b.event_list[1].counter_amount == doctest::Approx(102354.0));
    CHECK(b.event_list[2].type == EventType::Deposit);
}

TEST_CASE("console copies: sqlcmd under cmd.exe, camelCase column names, its rows-affected footer") {
    const std::string text =
        "Microsoft Windows [Version 10.0.26100.4349]\n"
        "(c) Microsoft Corporation. All rights reserved.\n"
        "\n"
        "C:\\Users\\m.rossi>sqlcmd -S tcp:sql-risk,1433 -d Auth -W\n"
        "1> SELECT TOP (200) EventTimeUtc, EventType, Result, ClientIp, City, Country, DeviceModel\n"
        "2> FROM auth.UserAuthEvents\n"
        "3> GO\n"
        "EventTimeUtc                EventType   Result    ClientIp       City     Country DeviceModel\n"
        "--------------------------- ----------- --------- -------------- -------- ------- ---------------\n"
        "2026-12-02 19:15:21.9038856 TotpVerify  Failed    93.36.80.243   Bologna  IT      Mac Safari 26.1\n"
        "2026-12-02 19:14:55.3986055 Login       Success   93.36.80.243   Bologna  IT      iPhone12,1 iOS 18\n"
        "\n"
        "(2 rows affected)\n"
        "1>\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "table");
    CHECK(b.format_reason.find("EventTimeUtc=time") != std::string::npos);
    REQUIRE(b.events == 2);
    CHECK(b.skipped == 0);
    CHECK(b.event_list[0].time == to_unix(2026, 12, 2, 19, 15, 21));
    CHECK(b.event_list[0].country == "IT");
    CHECK(b.event_list[0].user_agent == "Mac Safari 26.1");
}

TEST_CASE("console copies: a custody platform's TRANSFER is a deposit or a withdrawal by its note") {
    const std::string text =
        "Created At (UTC),Status,Operation,Asset,Amount,Network Fee,Destination Address,Tx Hash,Note\n"
        "2026-08-27 09:14:09,COMPLETED,TRANSFER,USDC,1500,0.38,0x3fA9…d1E0,0x6e2b,uid:5530912 deposit\n"
        "2026-06-14 10:47:52,COMPLETED,TRANSFER,ETH,0.15,0.00042,0x71C4e2B9a03D5f8E6c1A7b4D9e0F2a3B5c6D8e9F,0x4d8a,uid:5530912 withdrawal\n"
        "2026-03-30 08:05:13,COMPLETED,TRANSFER,ETH,0.25,0.00031,0x3fA9…d1E0,0x1c7e,internal rebalance\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Deposit);
    CHECK(b.event_list[1].type == EventType::Withdrawal);
    CHECK(b.event_list[2].type == EventType::Transfer);  // a note that names neither leaves it a transfer
}
