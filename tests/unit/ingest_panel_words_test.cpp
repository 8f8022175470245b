// What the blind end-to-end corpus (tests/corpus/blind_cases) showed ingest misreading, one check
// per mechanism: flags of 0/1, feminine and accented result words, security events in the panel
// languages, a login's second step, places and devices in free-text lines, zones in headers.
#include <doctest/doctest.h>

#include <string>

#include "ingest/ingest.hpp"
#include "ingest/roles.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/vocab.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;
using namespace ownercheck::ingest;

TEST_CASE("an ok column of 0 and 1 is a flag, not an error code") {
    const BlockIngest b = ingest_block(0,
                                       "date_utc|action|ipv4|ok\n"
                                       "2026-03-01 10:22:11|login|85.1.2.3|0\n"
                                       "2026-03-01 10:22:15|2fa_challenge|85.1.2.3|0\n"
                                       "2026-03-01 10:23:11|login|85.1.2.3|1\n");
    REQUIRE(b.event_list.size() == 3);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[1].type == EventType::LoginFailure);  // the second step of a sign-in
    CHECK(b.event_list[2].type == EventType::LoginSuccess);
    CHECK(role_of("ok").role == Role::SuccessFlag);
    CHECK(role_of("ev").role == Role::Event);
    CHECK(role_of("Résultat").role == Role::Result);
    CHECK(role_of("Zeitpunkt (MESZ)").role != Role::None);
}

TEST_CASE("result and event words of the panel languages") {
    CHECK(map_outcome("Réussie").outcome == Outcome::Success);
    CHECK(map_outcome("Échouée").outcome == Outcome::Failure);
    CHECK(map_outcome("Échec (code 2FA invalide)").reason == "invalid_otp");
    CHECK(map_event_name("Passwort zurückgesetzt").type == EventType::PasswordResetCompleted);
    CHECK(map_event_name("E-Mail-Adresse geändert").type == EventType::EmailChangeCompleted);
    CHECK(map_event_name("2FA deaktiviert").type == EventType::TwoFactorDisabled);
    CHECK(map_event_name("2FA désactivée").type == EventType::TwoFactorDisabled);
    CHECK(map_event_name("2FA aktiviert").type == EventType::TwoFactorChanged);
    CHECK(map_event_name("Handel").type == EventType::Trade);
    CHECK(map_event_name("user signed in").type == EventType::LoginSuccess);
    CHECK(map_event_name("2FA Challenge").type == EventType::LoginSuccess);
    const EventMapping failed = map_event_name("OTP verification failed");
    CHECK(failed.type == EventType::LoginFailure);
    CHECK(failed.reason == "invalid_otp");
}

TEST_CASE("free-text lines: the place in parentheses after the IP, the device after 'via'/'using'") {
    const BlockIngest b = ingest_block(0,
                                       "[22 Sep 2026 00:04:54] user signed in from 146.70.174.18 (Denver, US; AS9009 M247 Europe SRL) via "
                                       "Kraken app 2.46.1 on Android 15 (Pixel 8)\n"
                                       "2025-12-03 02:18:43 UTC  login succeeded from 118.200.91.213 (SG, Singapore) using Chrome 131 (Windows 10)\n"
                                       "2025-12-04 02:18:43 UTC  sshd accepted password for root from 10.0.0.5 port 22 ssh2\n");
    REQUIRE(b.event_list.size() == 3);
    const Event& a = b.event_list[0];
    CHECK(a.type == EventType::LoginSuccess);
    CHECK(a.city == "Denver");
    CHECK(a.country == "US");
    CHECK(a.asn == "9009");
    CHECK(a.org == "M247 Europe SRL");
    CHECK(a.user_agent == "Kraken app 2.46.1 on Android 15 (Pixel 8)");
    CHECK(b.event_list[1].country == "SG");
    CHECK(b.event_list[1].city == "Singapore");
    CHECK(b.event_list[1].user_agent == "Chrome 131 (Windows 10)");
    CHECK(b.event_list[2].country.empty());  // "port 22" is no place
    CHECK(b.event_list[2].user_agent.empty());
}

TEST_CASE("a zone named in the time column's header applies to stamps that name none") {
    CHECK(header_zone_offset("Zeitpunkt (MESZ)") == 120);
    CHECK(header_zone_offset("Data/Hora (BRT)") == -180);
    CHECK(header_zone_offset("Time (UTC+3)") == 180);
    CHECK(header_zone_offset("Время (МСК)") == 180);
    CHECK(header_zone_offset("Date (UTC)") == 0);
    CHECK_FALSE(header_zone_offset("Login time").has_value());
    CHECK_FALSE(header_zone_offset("Amount (EUR)").has_value());
    const BlockIngest b = ingest_block(0,
                                       "Zeitpunkt (MESZ)\tIP\tEreignis\n"
                                       "01.07.2026 10:22:11\t85.1.2.3\tAnmeldung\n"
                                       "01.07.2026 10:22:11 UTC\t85.1.2.3\tAnmeldung\n");
    REQUIRE(b.event_list.size() == 2);
    CHECK(format_iso_datetime(b.event_list[0].time) == "2026-07-01T08:22:11Z");
    CHECK(format_iso_datetime(b.event_list[1].time) == "2026-07-01T10:22:11Z");  // its own zone wins
    CHECK(b.format_reason.find("UTC+02:00") != std::string::npos);
}

TEST_CASE("keys written without their accents, Portuguese security words, held requests, tight terminal columns") {
    const BlockIngest tr = ingest_block(0,
                                        "{\"zaman\": \"2026-11-11 19:21:30\", \"islem\": \"login\", \"sonuc\": \"failure\", \"ip\": \"88.247.12.90\", "
                                        "\"ulke\": \"TR\", \"sehir\": \"Ankara\", \"neden\": \"2fa_code_invalid\"}\n");
    REQUIRE(tr.event_list.size() == 1);
    CHECK(tr.event_list[0].type == EventType::LoginFailure);
    CHECK(tr.event_list[0].city == "Ankara");
    CHECK(tr.event_list[0].failure_reason == "invalid_otp");
    CHECK(map_event_name("Pedido de redefinição de palavra-passe").type == EventType::PasswordResetRequested);
    CHECK(map_event_name("Palavra-passe alterada").type == EventType::PasswordChanged);
    const EventMapping held = map_event_name("Levantamento bloqueado (retenção de segurança 72h)");
    CHECK(held.type == EventType::Withdrawal);
    CHECK(held.success == false);
    CHECK(map_outcome("HELD").outcome == Outcome::Failure);
    CHECK(map_outcome("blocked_24h_hold").outcome == Outcome::Failure);
    const BlockIngest t = ingest_block(0,
                                       "DATE                 EVENT              IP              CC  RESULT\n"
                                       "2026-10-20 18:30:12  WITHDRAWAL_REQUEST 95.55.201.47    RU  HELD\n"
                                       "2026-10-20 18:07:55  LOGIN              95.55.201.47    RU  OK\n");
    REQUIRE(t.event_list.size() == 2);
    CHECK(t.event_list[0].ip == "95.55.201.47");
    CHECK(t.event_list[0].type == EventType::Withdrawal);
    CHECK_FALSE(t.event_list[0].success);
    CHECK(t.warnings.empty());
}

TEST_CASE("security events and sign-outs in the panel languages") {
    struct Case {
        const char* name;
        EventType type;
    };
    const Case cases[] = {
        {"E-mail alterado", EventType::EmailChangeCompleted},        {"Correo cambiado", EventType::EmailChangeCompleted},
        {"Email изменён", EventType::EmailChangeCompleted},          {"Numéro de téléphone modifié", EventType::PhoneChanged},
        {"Telefonnummer geändert", EventType::PhoneChanged},         {"Número de telefone alterado", EventType::PhoneChanged},
        {"Номер телефона изменён", EventType::PhoneChanged},         {"Telefon numarası değiştirildi", EventType::PhoneChanged},
        {"手机号已更改", EventType::PhoneChanged},                     {"휴대폰 번호 변경", EventType::PhoneChanged},
        {"Clé API créée", EventType::ApiKeyCreated},                 {"API-Schlüssel erstellt", EventType::ApiKeyCreated},
        {"Chave de API criada", EventType::ApiKeyCreated},           {"API-ключ создан", EventType::ApiKeyCreated},
        {"API anahtarı oluşturuldu", EventType::ApiKeyCreated},      {"已创建API密钥", EventType::ApiKeyCreated},
        {"API 키 생성", EventType::ApiKeyCreated},                    {"Déconnexion", EventType::Logout},
        {"Deconnexion", EventType::Logout},                          {"Abmeldung", EventType::Logout},
        {"Выход", EventType::Logout},                                {"Çıkış", EventType::Logout},
        {"退出登录", EventType::Logout},                              {"로그아웃", EventType::Logout},
        {"Échec de connexion", EventType::LoginFailure},             {"Anmeldung fehlgeschlagen", EventType::LoginFailure},
        {"Falha no login", EventType::LoginFailure},                 {"Ошибка входа", EventType::LoginFailure},
        {"Giriş başarısız", EventType::LoginFailure},                {"Connexion", EventType::LoginSuccess},
        {"Mot de passe oublié", EventType::PasswordResetRequested},  {"Passwort vergessen", EventType::PasswordResetRequested},
        {"IP address", EventType::Other},                            {"Email address verified", EventType::Other},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CHECK(event_type_name(map_event_name(c.name).type) == event_type_name(c.type));
    }
}

TEST_CASE("free-text lines in the panel languages: the device after avec/mit/через") {
    const BlockIngest b = ingest_block(0,
                                       "2026-03-01 10:22:11 Connexion réussie depuis 85.1.2.3 (Paris, France) avec Chrome sur Windows\n"
                                       "2026-03-02 10:22:11 Anmeldung von 85.1.2.4 (Berlin, Deutschland) mit Firefox unter Linux\n");
    REQUIRE(b.event_list.size() == 2);
    CHECK(b.event_list[0].country == "FR");
    CHECK(b.event_list[0].user_agent == "Chrome sur Windows");
    CHECK(b.event_list[1].country == "DE");
    CHECK(b.event_list[1].user_agent == "Firefox unter Linux");
}

TEST_CASE("panel words: a security log that lists money beside sign-ins, a count column, a factor named in the result") {
    // Tableau's "View Data" of a Korean security-event sheet: the record count on every row, the
    // sums of deposits and trades in the result column, the second step of a sign-in as its own row.
    const std::string text =
        "이벤트 일시\t이벤트\t결과\tIP 주소\t도시\t기기\t보안이벤트_추출(개수)\n"
        "2026-08-04 오후 9:10:01\t로그인\t성공(OTP)\t121.139.52.214\t부산\tWindows · Chrome 151\t1\n"
        "2026-08-04 오후 9:15:10\t입금\tUSDT 700 (TRC20, 업비트 트래블룰 확인)\t\t\t\t1\n"
        "2026-08-04 오후 9:18:44\t매수\tETH 0.2381 / USDT 699.90\t121.139.52.214\t부산\tWindows · Chrome 151\t1\n"
        "2026-08-16 오전 3:44:12\t로그인\t비밀번호 일치 · OTP 요청\t45.77.30.148\t도쿄\tWindows · Chrome 118\t1\n"
        "2026-08-16 오전 3:44:41\tOTP 인증\t실패\t45.77.30.148\t도쿄\tWindows · Chrome 118\t1\n";
    const BlockIngest b = ingest_block(0, text);
    CHECK(b.format_reason.find("=amount") == std::string::npos);  // the count is no amount
    REQUIRE(b.events == 5);
    CHECK(b.event_list[0].type == EventType::LoginSuccess);
    CHECK(b.event_list[0].method == "OTP");
    CHECK(b.event_list[1].type == EventType::Deposit);
    CHECK(b.event_list[1].asset == "USDT");
    CHECK(b.event_list[1].amount == doctest::Approx(700.0));
    CHECK(b.event_list[2].type == EventType::Trade);
    CHECK(b.event_list[2].side == "buy");
    CHECK(b.event_list[2].asset == "ETH");
    CHECK(b.event_list[2].amount == doctest::Approx(0.2381));
    CHECK(b.event_list[2].counter_asset == "USDT");
    CHECK(b.event_list[2].counter_amount == doctest::Approx(699.90));
    CHECK(b.event_list[3].type == EventType::Other);  // the password was right; the code still owed
    CHECK(b.event_list[3].success);
    CHECK(b.event_list[4].type == EventType::LoginFailure);
    CHECK(b.event_list[4].failure_reason == "invalid_otp");
}
