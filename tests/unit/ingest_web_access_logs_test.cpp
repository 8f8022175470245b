// Web servers' and CDNs' access logs of an exchange's sign-in API: the request is the event, the
// CDN's headers the address and place, the application's own header the step reached; bytes are
// no sums.

#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"

using namespace ownercheck;

TEST_CASE("web access logs: Traefik JSON with kept headers, the step that awaits the code no sign-in") {
    const std::string text =
        "{\"ClientHost\":\"172.71.126.195\",\"DownstreamStatus\":200,\"RequestMethod\":\"POST\",\"RequestPath\":\"/v2/session\","
        "\"StartUTC\":\"2025-11-02T14:51:07.259421452Z\",\"downstream_Content-Type\":\"application/json\",\"downstream_X-Auth-Result\":\"mfa_required\","
        "\"request_Cf-Connecting-Ip\":\"88.170.33.21\",\"request_Cf-Ipcity\":\"Lyon\",\"request_Cf-Ipcountry\":\"FR\","
        "\"request_User-Agent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0\",\"time\":\"2025-11-02T15:51:07+01:00\"}\n"
        "{\"ClientHost\":\"172.71.123.59\",\"DownstreamStatus\":200,\"RequestMethod\":\"POST\",\"RequestPath\":\"/v2/session/mfa\","
        "\"StartUTC\":\"2025-11-02T14:51:47.1Z\",\"downstream_Content-Type\":\"application/json\",\"downstream_X-Auth-Result\":\"ok\","
        "\"request_Cf-Connecting-Ip\":\"88.170.33.21\",\"request_Cf-Ipcity\":\"Lyon\",\"request_Cf-Ipcountry\":\"FR\","
        "\"request_User-Agent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0\",\"time\":\"2025-11-02T15:51:47+01:00\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].raw_type == "POST /v2/session");  // not "application/json"
    CHECK(b.event_list[0].type == EventType::Other);        // password accepted, code still owed
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].ip == "88.170.33.21");  // the visitor's, not the CDN's
    CHECK(b.event_list[1].city == "Lyon");
    CHECK(b.event_list[1].country == "FR");
}

TEST_CASE("web access logs: Caddy's JSON, header values in lists, 'handled request' no event, bytes no sum") {
    const std::string text =
        "{\"level\":\"info\",\"ts\":1763559749.187069,\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"172.68.11.246\",\"client_ip\":\"93.41.182.77\","
        "\"method\":\"POST\",\"uri\":\"/auth/v1/login\",\"headers\":{\"User-Agent\":[\"Lagunex/3.9.2 (it.lagunex.app; build:3920; iOS 18.2.1) iPhone14,7\"],"
        "\"Cf-Ipcountry\":[\"IT\"],\"Cf-Ipcity\":[\"Bologna\"]}},\"size\":699,\"status\":200,\"resp_headers\":{\"X-Auth-Step\":[\"totp_required\"]}}\n"
        "{\"level\":\"info\",\"ts\":1763559768.920614,\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"162.158.164.130\",\"client_ip\":\"93.41.182.77\","
        "\"method\":\"POST\",\"uri\":\"/auth/v1/login/totp\",\"headers\":{\"User-Agent\":[\"Lagunex/3.9.2 (it.lagunex.app; build:3920; iOS 18.2.1) iPhone14,7\"],"
        "\"Cf-Ipcountry\":[\"IT\"],\"Cf-Ipcity\":[\"Bologna\"]}},\"size\":319,\"status\":200,\"resp_headers\":{\"X-Auth-Step\":[\"ok\"]}}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].raw_type == "POST /auth/v1/login");
    CHECK(b.event_list[0].type == EventType::Other);  // "X-Auth-Step: totp_required" outranks HTTP 200
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].city == "Bologna");
    CHECK(b.event_list[1].country == "IT");
    CHECK(b.event_list[1].amount == 0);  // 319 bytes
}

TEST_CASE("web access logs: Fastly's syslog lines of JSON under a shell comment; the first factor is no sign-in") {
    const std::string text =
        "# Fastly real-time log streaming \xE2\x86\x92 syslog (logs01.example.internal:/var/log/fastly/edge.log), grep x_clerk_user\n"
        "<134>2025-12-04T12:29:12Z cache-fra-1 edge-logs[402211]: {\"timestamp\":\"2025-12-04T12:29:12Z\",\"client_ip\":\"87.163.240.15\",\"geo_city\":\"leipzig\","
        "\"geo_country_code\":\"DE\",\"method\":\"POST\",\"url\":\"/v1/client/sign_ins\",\"status\":200,\"user_agent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36\",\"x_auth_step\":\"first_factor_ok\"}\n"
        "<134>2025-12-04T12:29:20Z cache-fra-2 edge-logs[388102]: {\"timestamp\":\"2025-12-04T12:29:20Z\",\"client_ip\":\"87.163.240.15\",\"geo_city\":\"leipzig\","
        "\"geo_country_code\":\"DE\",\"method\":\"POST\",\"url\":\"/v1/client/sign_ins/attempt_second_factor\",\"status\":200,\"user_agent\":\"Mozilla/5.0 "
        "(Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36\",\"x_auth_step\":\"complete\"}\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format == "jsonl");  // the comment heads no CSV ("real-time" names no time column)
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::Other);
    CHECK(b.event_list[1].type == EventType::LoginSuccess);
    CHECK(b.event_list[1].ip == "87.163.240.15");
}

TEST_CASE("web access logs: a method column that says the code is still owed makes the row no sign-in") {
    const std::string text =
        "{\"time\": \"2026-01-20T00:50:25Z\", \"action\": \"login\", \"outcome\": \"password_ok\", \"src_ip\": \"54.37.180.95\", \"mfa\": \"totp_required\"}\n"
        "{\"time\": \"2026-01-20T00:50:43Z\", \"action\": \"mfa_verify\", \"outcome\": \"failure\", \"src_ip\": \"54.37.180.95\", \"reason\": \"invalid_totp\"}\n"
        "{\"time\": \"2026-01-21T12:40:18Z\", \"action\": \"login\", \"outcome\": \"success\", \"src_ip\": \"116.87.142.53\", \"mfa\": \"totp\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::Other);
    CHECK(b.event_list[1].success == false);
    CHECK(b.event_list[2].type == EventType::LoginSuccess);
}

TEST_CASE("web access logs: CloudFront's standard log, tab-separated under its #Fields directive, URL-encoded agents") {
    const std::string text =
        "$ zcat cf/*.gz | grep 'tw_uid=u_77120458'\n"
        "#Version: 1.0\n"
        "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) "
        "cs-uri-query x-edge-result-type sc-content-type\n"
        "2025-12-05\t05:21:59\tICN57-P2\t1558\t223.39.235.34\tPOST\td3k9.cloudfront.net\t/api/v1/auth/login\t200\t-\t"
        "TideWave/5.2.3%20(Android%2014;%20SM-S911N;%20ko_KR)%20okhttp/4.12.0\t-\tMiss\tapplication/json\n"
        "2025-12-05\t05:22:20\tICN54-C1\t755\t223.39.235.34\tPOST\td3k9.cloudfront.net\t/api/v1/auth/otp\t200\t-\t"
        "TideWave/5.2.3%20(Android%2014;%20SM-S911N;%20ko_KR)%20okhttp/4.12.0\t-\tMiss\tapplication/json\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].raw_type == "POST /api/v1/auth/login");  // not the content type
    CHECK(b.event_list[0].ip == "223.39.235.34");
    CHECK(b.event_list[0].city.empty());  // an edge location is no city
    CHECK(b.event_list[0].user_agent.str().find("Android 14") != std::string::npos);
    CHECK(b.event_list[1].src.line == 5);
}

TEST_CASE("web access logs: a search API's one-line JSON under its curl command, the next prompt glued to its end") {
    const std::string text =
        "emre.k@ops-bastion:~$ curl -s \"https://o2.example.internal/api/x/_search?type=logs\" \\\n"
        "  -d '{\"query\":{\"sql\":\"SELECT * FROM auth\"}}'\n"
        "{\"took\":38,\"hits\":[{\"_timestamp\":1771426273430083,\"event\":\"login_mfa\",\"result\":\"failure\",\"client_ip\":\"46.1.158.77\","
        "\"user_agent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Safari/537.36\"},"
        "{\"_timestamp\":1771426203727377,\"event\":\"login_password\",\"result\":\"success\",\"client_ip\":\"46.1.158.77\",\"mfa\":\"required\","
        "\"user_agent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/145.0.0.0 Safari/537.36\"}],"
        "\"total\":2,\"is_partial\":false}emre.k@ops-bastion:~$ ";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[1].type == EventType::Other);  // "mfa": "required": the code is still owed
}

TEST_CASE("web access logs: a search API's wrapper with its own elapsed time is a wrapper, its hits the records") {
    const std::string text =
        "{\n  \"hits\": [\n    {\"timestamp\": 1770965920, \"event\": \"auth.login\", \"outcome\": \"success\", \"ip\": \"82.102.76.171\"},\n"
        "    {\"timestamp\": 1770921843, \"event\": \"auth.login\", \"outcome\": \"success\", \"ip\": \"31.153.88.214\"}\n  ],\n"
        "  \"num_hits\": 2,\n  \"elapsed_time_micros\": 21874,\n  \"errors\": []\n}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 2);
    CHECK(b.event_list[1].ip == "31.153.88.214");
}
