// Tables as they arrive after a copy from a browser or a terminal: a web table whose cells wrap
// onto new lines with its pager copied along, a sign-in table whose result names another action,
// a Splunk CLI table under a shell prompt with a dash rule marking its columns, and the second
// factor step of a sign-in failing.
#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

TEST_CASE("web table copied from a browser: wrapped cells rejoined, the pager is no row, line numbers kept") {
    const std::string text =
        "Back-office > Users > #20418833 > Login history\n"
        "Show\t100\tentries\t\tSearch:\t\n"
        "Date / time (UTC)\tIP address\tLocation\tISP / ASN\tDevice\tResult\t2FA\n"
        "24/11/2026 07:50:44\t146.70.194.18\tMarseille, FR\tM247 Europe SRL\n"
        "AS9009\tWindows 10\n"
        "Chrome 131.0\tFailed \xE2\x80\x93 wrong password\t\xE2\x80\x93\n"
        "23/11/2026 19:31:05\t185.212.171.33\tParis, FR\tM247 Europe SRL\n"
        "AS9009\tWindows 10\n"
        "Chrome 131.0\tPassword reset requested\n"
        "(email sent to j***@orange.fr)\t\xE2\x80\x93\n"
        "20/11/2026 08:02:11\t90.12.40.7\tBordeaux, FR\tOrange\n"
        "AS3215\tiPhone\n"
        "Kraken app 2.47\tSuccess\tTOTP\n"
        "19/11/2026 21:40:03\t90.12.40.7\tBordeaux, FR\tOrange AS3215\tiPhone Kraken app 2.47\tSuccess\tTOTP\n"
        "18/11/2026 07:12:55\t90.12.40.7\tBordeaux, FR\tOrange AS3215\tiPhone Kraken app 2.47\tSuccess\tTOTP\n"
        "Showing 1 to 5 of 5 entries\t\tPrevious\t1\tNext\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    CHECK(b.rows == 5);
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 5);
    const Event& failed = b.event_list[0];
    CHECK(failed.src.line == 4);  // the row's first line in the paste
    CHECK(failed.type == EventType::LoginFailure);
    CHECK(failed.asn == "9009");
    CHECK(failed.city == "Marseille");
    // The result names the action: a password reset, not a sign-in that "sent" something.
    CHECK(b.event_list[1].src.line == 7);
    CHECK(b.event_list[1].type == EventType::PasswordResetRequested);
    CHECK(b.event_list[2].type == EventType::LoginSuccess);
    CHECK(b.event_list[2].src.line == 11);
}

TEST_CASE("web table: a tab paste whose rows are whole is left alone") {
    const std::string text =
        "time\tip\tresult\n"
        "2026-11-20 08:02:11\t90.12.40.7\tok\n"
        "2026-11-20 09:02:11\t90.12.40.8\tfailed\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    CHECK(b.events == 2);
    CHECK(b.event_list[1].src.line == 3);
}

TEST_CASE("Splunk CLI table under a shell prompt: the dash rule gives the columns") {
    const std::string text =
        "[splunk@sh-01 ~]$ /opt/splunk/bin/splunk search 'index=auth user=\"x@y.kr\" | table _time src_ip src_asn src_country src_city action status http_user_agent'\n"
        "_time                   src_ip         src_asn                  src_country src_city  action      status    http_user_agent\n"
        "----------------------- -------------- ------------------------ ----------- --------- ----------- --------- ---------------\n"
        "2026-07-13 12:53:01.369 159.223.45.117 AS14061 DIGITALOCEAN-ASN SG          Singapore otp_verify  failure   Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/138.0.0.0\n"
        "2026-06-21 11:32:57.033 121.134.52.18  AS4766 Korea Telecom     KR          Seoul     login       success   HanbitEx/7.4.2 (Android 15; SM-S911N) okhttp/4.12.0\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "table");
    REQUIRE(b.events == 2);
    const Event& otp = b.event_list[0];
    CHECK(otp.src.line == 4);
    CHECK(otp.country == "SG");
    CHECK(otp.city == "Singapore");
    CHECK(otp.asn == "14061");
    CHECK(otp.type == EventType::LoginFailure);
    CHECK(otp.failure_reason == "invalid_otp");  // the step that failed is the second factor
    CHECK(otp.user_agent == "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/138.0.0.0");
    const Event& home = b.event_list[1];
    CHECK(home.org == "Korea Telecom");
    CHECK(home.city == "Seoul");
    CHECK(home.type == EventType::LoginSuccess);
}

TEST_CASE("AWS Cognito auth events: CreationDate and EventResponse") {
    const std::string text =
        "{\"AuthEvents\": [\n"
        "  {\"EventId\": \"2bb0\", \"EventType\": \"SignIn\", \"CreationDate\": \"2026-08-31T10:16:19.585000+08:00\", \"EventResponse\": \"Fail\",\n"
        "   \"EventContextData\": {\"IpAddress\": \"118.189.143.52\", \"DeviceName\": \"Mobile Safari 18, iOS 18.6\", \"City\": \"Singapore\", \"Country\": \"Singapore\"}},\n"
        "  {\"EventId\": \"f63c\", \"EventType\": \"SignIn\", \"CreationDate\": \"2026-08-30T09:00:00+08:00\", \"EventResponse\": \"Pass\",\n"
        "   \"EventContextData\": {\"IpAddress\": \"118.189.143.52\", \"DeviceName\": \"Chrome 139, Windows 10\", \"City\": \"Singapore\", \"Country\": \"Singapore\"}}\n"
        "]}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.skipped == 0);
    CHECK(format_iso_datetime(b.event_list[0].time) == "2026-08-31T02:16:19Z");
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].user_agent == "Chrome 139, Windows 10");
}

TEST_CASE("Entra ID sign-in export: the columns that are neither the event nor a place stay out") {
    const std::string text =
        "Date (UTC),Request ID,User agent,User,Cross tenant access type,IP address,Location,Status,Browser,Operating System,Autonomous system number,Flagged for review,Latency\n"
        "2026-10-05T19:43:30Z,458c4a62,\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36\",Niamh,none,83.47.112.205,\"Barcelona, Catalonia, ES\",Success,Chrome 140.0.0,MacOs,3352,No,687\n"
        "2026-10-05T19:45:30Z,458c4a63,\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36\",Niamh,none,83.47.112.205,\"Barcelona, Catalonia, ES\",Failure,Chrome 140.0.0,MacOs,3352,No,700\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);  // not an "other" event named "none"
    CHECK(b.event_list[1].type == EventType::LoginFailure);
    CHECK(b.event_list[0].country == "ES");  // not "NO" from 'Flagged for review'
    CHECK(b.event_list[0].city == "Barcelona");
    CHECK(b.event_list[0].amount == 0);  // 'Latency' is no sum
}

TEST_CASE("a support conversation with an aligned login summary in a note: cells read by their look, message times are no records") {
    const std::string text =
        "#771204  Perdi o acesso ao 2FA\n"
        "Tiago Marques\n"
        "15 de nov. de 2026, 21:47\n"
        "Boa noite. Perdi o telemovel hoje.\n"
        "\n"
        "Ines Carvalho  (nota interna)\n"
        "16 de nov. de 2026, 08:58\n"
        "2026-11-15 21:33 UTC  password ok / TOTP failed         85.243.17.210    MEO (AS3243)            Porto, PT  Chrome 142 \xC2\xB7 macOS\n"
        "2026-11-14 19:12 UTC  login ok (TOTP)                   148.69.201.129   Vodafone PT (AS12353)   Porto, PT  app iOS 4.9.2 \xC2\xB7 iPhone 15\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);  // the two message times stamp prose, they are not events
    const Event& failed = b.event_list[0];
    CHECK(failed.src.line == 8);
    CHECK(failed.asn == "3243");
    CHECK(failed.org == "MEO");
    CHECK(failed.city == "Porto");
    CHECK(failed.country == "PT");
    CHECK(failed.user_agent == "Chrome 142 \xC2\xB7 macOS");
    const Event& ok = b.event_list[1];
    CHECK(ok.asn == "12353");
    CHECK(ok.org == "Vodafone PT");
    CHECK(ok.user_agent == "app iOS 4.9.2 \xC2\xB7 iPhone 15");
}

TEST_CASE("mongosh output: bare keys, single quotes, ObjectId/ISODate, batches joined") {
    const std::string text =
        "exchange_prod> db.auth_events.find({ uid: ObjectId('64e0b1c9') }).sort({ ts: -1 })\n"
        "[\n"
        "  {\n"
        "    _id: ObjectId('6ad718c69b1ef5f389b84e21'),\n"
        "    ts: ISODate('2026-10-20T07:31:18.664Z'),\n"
        "    type: 'login',\n"
        "    ok: true,\n"
        "    ip: '109.67.140.22',\n"
        "    asn: { num: NumberLong(12849), org: 'Hot-Net internet services Ltd.' },\n"
        "    geo: { cc: 'IL', city: 'Haifa' },\n"
        "    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0.0.0 Safari/537.36'\n"
        "  }\n"
        "]\n"
        "Type \"it\" for more\n"
        "exchange_prod> it\n"
        "[\n"
        "  {\n"
        "    _id: ObjectId('6ad70f1cff75edd932b72624'),\n"
        "    ts: ISODate('2026-10-19T06:50:04.107Z'),\n"
        "    type: 'api_key.created',\n"
        "    ok: true,\n"
        "    ip: '45.134.26.91',\n"
        "    ua: 'python-requests/2.32.3',\n"
        "    note: 'it\\'s \"quoted\"'\n"
        "  }\n"
        "]\n"
        "exchange_prod> \n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(format_iso_datetime(b.event_list[0].time) == "2026-10-20T07:31:18Z");
    CHECK(b.event_list[0].city == "Haifa");
    CHECK(b.event_list[0].country == "IL");
    CHECK(b.event_list[1].type == EventType::ApiKeyCreated);
    CHECK(b.event_list[1].ip == "45.134.26.91");
}

TEST_CASE("Kibana Discover copy: the expanded document panel and the footer are no rows") {
    const std::string text =
        "auth-events-*\n"
        "\n"
        "3 hits\n"
        "\n"
        "\t@timestamp\tevent.action\tevent.outcome\tsource.ip\tsource.geo.city_name\n"
        "\tOct 9, 2026 @ 14:57:40.118\tuser-login\tfailure\t184.160.55.21\tMontreal\n"
        "Expanded document\n"
        "View single document\n"
        "\n"
        "Table\n"
        "JSON\n"
        "\n"
        "\t@timestamp\tOct 9, 2026 @ 14:57:40.118\n"
        "t\t_id\tb0Zt1pIBq3kX9wVd2c4L\n"
        "t\tevent.action\tuser-login\n"
        "\tOct 8, 2026 @ 13:24:15.876\tuser-login\tsuccess\t70.53.228.144\tMontreal\n"
        "\tOct 7, 2026 @ 10:00:00.000\tuser-login\tsuccess\t70.53.228.144\tMontreal\n"
        "\n"
        "Rows per page: 100\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[1].src.line == 16);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
}

TEST_CASE("Graylog search copied from the browser: a message line under every row, the page's menus above") {
    const std::string text =
        "Graylog  Search  Streams  Alerts  Dashboards  System\n"
        "\n"
        "Search in the last 60 days \xE2\x96\xBE   Not updating \xE2\x96\xBE\n"
        "source:auth\\-api* AND uid:330917\n"
        "\n"
        "Message Count\n"
        "Found 3 messages\n"
        "\n"
        "All Messages\n"
        "Messages   (display timezone: Asia/Almaty)\n"
        "timestamp \xE2\x86\x93\tsource\tevent\toutcome\tclient_ip\tcity\tcountry\n"
        "2027-02-02 08:22:07.519 +05:00\tauth-api-2\tlogin\tsuccess\t5.76.162.131\tAlmaty\tKZ\n"
        "login ok uid=330917 ip=5.76.162.131 sid=s_08c218cd64 mfa=totp\n"
        "2027-01-31 19:31:57.120 +05:00\tauth-api-1\tlogin\tmfa_failed\t37.99.63.7\tAlmaty\tKZ\n"
        "login step=totp failed uid=330917 ip=37.99.63.7 reason=invalid_code\n"
        "2027-01-30 22:55:20.015 +05:00\tauth-api-3\tlogin\tsuccess\t95.56.214.37\tAlmaty\tKZ\n"
        "login ok uid=330917 ip=95.56.214.37 sid=s_81472d47ee mfa=totp\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].src.line == 12);
    CHECK(b.event_list[0].ip == "5.76.162.131");
    CHECK(b.event_list[0].time == to_unix(2027, 2, 2, 3, 22, 7));
    CHECK(b.event_list[1].src.line == 14);
    CHECK(b.event_list[1].success == false);
}

TEST_CASE("CloudWatch Logs Insights copy: toggle cells, row numbers and an expanded row's fields") {
    const std::string text =
        "CloudWatch > Logs Insights\n"
        "Showing 3 of 3 records matched\n"
        "\t#\t@timestamp\tevent\toutcome\tsrc_ip\tgeo\n"
        "\xE2\x96\xB6\t1\t2027-01-18 17:47:21.604\tlogin\tmfa_failed\t87.161.22.8\tLeipzig, DE\n"
        "\xE2\x96\xBC\t2\t2027-01-17 10:22:19.012\tlogin\tmfa_failed\t87.161.22.8\tLeipzig, DE\n"
        "Field\tValue\n"
        "@ingestionTime\t1800181340199\n"
        "@timestamp\t1800181339012\n"
        "src_ip\t87.161.22.8\n"
        "\xE2\x96\xB6\t3\t2027-01-14 18:55:03.215\tlogin\tsuccess\t93.212.40.196\tLeipzig, DE\n"
        "\xE2\x96\xB6\t4\t2027-01-13 21:36:16.142\tlogin\tsuccess\t93.212.40.196\tLeipzig, DE\n"
        "\xE2\x96\xB6\t5\t2027-01-12 19:33:09.902\tlogin\tsuccess\t93.212.40.196\tLeipzig, DE\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 5);
    CHECK(b.event_list[2].src.line == 10);
    for (const Event& e : b.event_list) CHECK(e.amount == 0);  // "#" is the console's row number
    bool said = false;
    for (const auto& w : b.warnings) said = said || w.message.find("row numbers") != std::string::npos;
    CHECK(said);
}

TEST_CASE("Django shell session: pprint of dicts with datetime, None/True/False and split strings") {
    const std::string text =
        "(venv) app@web:/srv/exchange$ python manage.py shell\n"
        ">>> qs.count()\n"
        "2\n"
        ">>> pprint(list(qs.values('created_at', 'event', 'success', 'ip', 'user_agent')), width=100)\n"
        "[{'created_at': datetime.datetime(2027, 2, 11, 18, 20, 44, 91000, tzinfo=datetime.timezone.utc),\n"
        "  'event': 'login',\n"
        "  'fail_reason': None,\n"
        "  'ip': '176.88.37.209',\n"
        "  'success': True,\n"
        "  'user_agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '\n"
        "                'Chrome/132.0.0.0 Safari/537.36'},\n"
        " {'created_at': datetime.datetime(2027, 2, 10, 17, 49, 33, tzinfo=datetime.timezone(datetime.timedelta(seconds=10800))),\n"
        "  'event': 'login',\n"
        "  'fail_reason': 'bad_totp',\n"
        "  'ip': '46.196.77.142',\n"
        "  'success': False,\n"
        "  'user_agent': 'ExchangeApp/3.14.2 (Android 14; SM-A546E) okhttp/4.12.0'}]\n"
        ">>> exit()\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 2);
    const Event& first = b.event_list[0];
    CHECK(first.src.line == 5);
    CHECK(first.time == to_unix(2027, 2, 11, 18, 20, 44));
    CHECK(first.success);
    CHECK(first.user_agent.view().find("Gecko) Chrome/132") != std::string_view::npos);  // the two pieces joined
    const Event& second = b.event_list[1];
    CHECK(second.src.line == 12);
    CHECK(second.time == to_unix(2027, 2, 10, 14, 49, 33));  // +03:00
    CHECK_FALSE(second.success);
}

TEST_CASE("Rails console session: inspect of model objects, IPAddr, nil, hashes, two queries") {
    const std::string text =
        "irb(main):002:0> LoginEvent.where(user_id: uid).order(created_at: :desc).to_a\n"
        "  LoginEvent Load (38.4ms)  SELECT \"login_events\".* FROM \"login_events\" WHERE \"user_id\" = $1\n"
        "=>\n"
        "[#<LoginEvent id: 5520931, user_id: 48213, kind: \"login\", result: \"mfa_failed\", failure_reason: nil, "
        "ip: #<IPAddr: IPv4:146.70.117.51/255.255.255.255>, country: \"NL\", city: \"Amsterdam\", created_at: \"2027-02-04 16:18:03.229000000 +0000\">,\n"
        " #<LoginEvent id: 5492707, user_id: 48213, kind: \"login\", result: \"success\", failure_reason: nil, "
        "ip: #<IPAddr: IPv4:73.14.201.88/255.255.255.255>, country: \"US\", city: \"Denver\", created_at: Wed, 03 Feb 2027 02:32:04.771000000 UTC +00:00>]\n"
        "irb(main):003:0> SecurityEvent.where(user_id: uid).to_a\n"
        "=> [#<SecurityEvent id: 90211, kind: \"password_reset_requested\", ip: #<IPAddr: IPv4:146.70.117.51/255.255.255.255>, "
        "metadata: {\"channel\"=>\"email\"}, created_at: \"2027-02-04 16:20:44.612000000 +0000\">]\n"
        "irb(main):004:0> exit\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].src.line == 4);
    CHECK(b.event_list[0].ip == "146.70.117.51");
    CHECK(b.event_list[0].time == to_unix(2027, 2, 4, 16, 18, 3));
    CHECK(b.event_list[1].time == to_unix(2027, 2, 3, 2, 32, 4));
    CHECK(b.event_list[1].success);
    CHECK(b.event_list[2].src.line == 7);
    CHECK(b.event_list[2].type == EventType::PasswordResetRequested);
}

TEST_CASE("XML export as the browser shows it: one record per repeated element, children nested under it") {
    const std::string text =
        "This XML file does not appear to have any style information associated with it. The document tree is shown below.\n"
        "<AuditExport xmlns=\"urn:exchange:audit:v2\" account=\"8830215\">\n"
        "  <Events count=\"2\">\n"
        "    <Event seq=\"1\" ts=\"1799499477740\" type=\"LOGIN\" result=\"SUCCESS\">\n"
        "      <Client ip=\"80.214.155.5\" asn=\"15557\" country=\"FR\" city=\"Bordeaux\"/>\n"
        "      <Device id=\"dv_4e07a1\" label=\"SM-A536B / app 4.9.0\"/>\n"
        "    </Event>\n"
        "    <!-- a comment -->\n"
        "    <Event seq=\"2\" ts=\"1804515871640\" type=\"PASSWORD_RESET_COMPLETED\" result=\"SUCCESS\">\n"
        "      <Client ip=\"176.142.88.19\" asn=\"5410\" country=\"FR\" city=\"Paris &amp; Co\"/>\n"
        "    </Event>\n"
        "  </Events>\n"
        "</AuditExport>\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "json");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].src.line == 4);
    CHECK(b.event_list[0].ip == "80.214.155.5");
    CHECK(b.event_list[0].asn == "15557");
    CHECK(b.event_list[0].time == 1799499477);
    CHECK(b.event_list[1].src.line == 9);
    CHECK(b.event_list[1].type == EventType::PasswordResetCompleted);
    CHECK(b.event_list[1].city == "Paris & Co");
}

TEST_CASE("Windows event XML: <Data Name=…> values; broken XML reads what it can and never throws") {
    const std::string text =
        "<Events>\n"
        "<Event><System><EventID>4625</EventID><TimeCreated SystemTime=\"2026-11-18T09:12:44.000Z\"/></System>"
        "<EventData><Data Name=\"IpAddress\">185.220.101.4</Data><Data Name=\"TargetUserName\">anna</Data></EventData></Event>\n"
        "<Event><System><EventID>4624</EventID><TimeCreated SystemTime=\"2026-11-18T09:20:01.000Z\"/></System>"
        "<EventData><Data Name=\"IpAddress\">85.1.2.3</Data></EventData></Event>\n"
        "</Events>\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].ip == "185.220.101.4");
    CHECK(b.event_list[1].ip == "85.1.2.3");
    for (std::string broken : {std::string("<a><b x=\"1\"/><b x=\"2\"/><b x=\"3"), std::string("<a><b x='1'></b><b x='2'></a"), std::string("<<<>>>"),
                               std::string("<a>\n<b ts=\"1\" y=\"&#xFFFFFFFF;&#0;&bogus;\"/>\n<b ts=\"2\"/>\n</a>")})
        CHECK_NOTHROW((void)ingest_block(0, broken));
}

TEST_CASE("SQL*Plus session: wrapped cells rejoined under the dash rule, banner, commands and footer no rows") {
    const std::string text =
        "SQL*Plus: Release 19.0.0.0.0 - Production on Wed Mar 24 10:41:07 2027\n"
        "SQL> COLUMN isp FORMAT A24 WORD_WRAPPED\n"
        "SQL> SELECT event_ts, event_type, result, ip, isp, city, cc FROM login_events ORDER BY event_ts DESC;\n"
        "\n"
        "EVENT_TS                            EVENT_TYPE RESULT   IP              ISP                      CITY       CC\n"
        "----------------------------------- ---------- -------- --------------- ------------------------ ---------- --\n"
        "24-MAR-27 08.02.47.955000 AM +00:00 LOGIN      SUCCESS  94.63.77.201    MEO - Servicos de        Lisboa     PT\n"
        "                                                                        Comunicacoes e\n"
        "                                                                        Multimedia S.A.\n"
        "\n"
        "22-MAR-27 06.58.31.402000 PM +00:00 LOGIN      OTP_FAIL 2.82.140.77     NOS Comunicacoes, S.A.   Porto      PT\n"
        "\n"
        "21-MAR-27 10.00.00.000000 AM +00:00 LOGIN      SUCCESS  94.63.77.201    MEO - Servicos de        Lisboa     PT\n"
        "                                                                        Comunicacoes e\n"
        "\n"
        "3 rows selected.\n"
        "\n"
        "SQL> exit\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "tsv");
    CHECK(b.skipped == 0);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].src.line == 7);
    CHECK(b.event_list[0].org == "MEO - Servicos de Comunicacoes e Multimedia S.A.");
    CHECK(b.event_list[0].time == to_unix(2027, 3, 24, 8, 2, 47));
    CHECK(b.event_list[1].time == to_unix(2027, 3, 22, 18, 58, 31));
    CHECK_FALSE(b.event_list[1].success);
    CHECK(b.event_list[2].src.line == 13);
}

TEST_CASE("an Airtable grid copied with a note quoted over two lines: the quoted cell is the reader's, no row is lost") {
    const std::string text =
        "Event ID\tAccount\tEvent\tCreated (GMT+3)\tIP\tCity\tCountry\tDevice\tAmount\tNotes\n"
        "EVT-60213\tacc_39117\tKYC re-verification approved\t11/3/2026 19:09\t78.181.44.230\tIzmir\tTR\tMobile Safari 18.3\t\t\"Jumio APPROVED_VERIFIED\n"
        "scan 9f2c41a8\xE2\x80\xA6\"\n"
        "EVT-60206\tacc_39117\t2FA reset requested\t11/3/2026 19:01\t78.181.44.230\tIzmir\tTR\tiOS app\t\tJumio started\n"
        "EVT-60199\tacc_39117\t2FA failed\t9/3/2026 21:31\t78.181.44.230\tIzmir\tTR\tiOS app\t\tTOTP wrong\n"
        "EVT-60150\tacc_39117\tLogin succeeded\t6/3/2026 20:58\t78.181.44.230\tIzmir\tTR\tiOS app\t\t\n"
        "EVT-60101\tacc_39117\tDeposit (TRY havale/EFT)\t15/2/2026 12:02\t\t\t\t\t\xE2\x82\xBA" "10.000,00\t\"Sender: BURAK AYDIN\n"
        "T.C. Ziraat Bankasi \xC2\xB7 TR..4417\"\n"
        "EVT-60094\tacc_39117\tLogin succeeded\t9/2/2026 21:15\t88.230.96.51\tIzmir\tTR\tiOS app\t\t\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 6);
    CHECK(b.skipped == 0);
    const Event& deposit = b.event_list[4];
    CHECK(deposit.type == EventType::Deposit);
    CHECK(deposit.src.line == 7);
    CHECK(deposit.amount == doctest::Approx(10000));
    CHECK(b.event_list[5].src.line == 9);
}
