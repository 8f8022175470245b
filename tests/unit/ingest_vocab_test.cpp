// The data-driven mappings: header roles, event names, outcomes, assets, amounts.
#include <doctest/doctest.h>

#include "ingest/assets.hpp"
#include "ingest/ingest.hpp"
#include "ingest/roles.hpp"
#include "ingest/text.hpp"
#include "ingest/vocab.hpp"

using namespace ownercheck;
using namespace ownercheck::ingest;

TEST_CASE("header wording -> column roles") {
    CHECK(role_of("Date (UTC)").role == Role::Time);
    CHECK(role_of("IP address").role == Role::Ip);
    CHECK(role_of("Client IP").role == Role::Ip);
    CHECK(role_of("User-Agent").role == Role::UserAgent);
    CHECK(role_of("geo.country").role == Role::Country);
    CHECK(role_of("client.geographicalContext.city").role == Role::City);
    CHECK(role_of("client.userAgent.rawUserAgent").role == Role::UserAgent);
    CHECK(role_of("outcome.result").role == Role::Result);
    CHECK(role_of("Status").role == Role::Result);
    CHECK(role_of("Activity").role == Role::Event);
    CHECK(role_of("ts").role == Role::Time);
    CHECK(role_of("Quantity Transacted").role == Role::Amount);
    CHECK(role_of("Location").role == Role::Location);
    CHECK(role_of("favourite colour").role == Role::None);
    // Entra ID: "Application" and "User agent" both look like user agents; the exact one wins.
    const std::vector<std::string_view> entra{"Date (UTC)", "Application", "User agent", "IP address"};
    const auto roles = map_header(entra);
    CHECK(roles[1] == Role::Ignore);
    CHECK(roles[2] == Role::UserAgent);
}

TEST_CASE("event names -> EventType") {
    CHECK(map_event_name("Sign-in").type == EventType::LoginSuccess);
    CHECK(map_event_name("auth.login").type == EventType::LoginSuccess);
    CHECK(map_event_name("login").type == EventType::LoginSuccess);
    CHECK(map_event_name("user.session.start").type == EventType::LoginSuccess);
    CHECK(map_event_name("login_failed").type == EventType::LoginFailure);
    CHECK(map_event_name("fp").type == EventType::LoginFailure);
    CHECK(map_event_name("fp").reason == "invalid_password");
    CHECK(map_event_name("Password changed").type == EventType::PasswordChanged);
    CHECK(map_event_name("auth.password.reset_request").type == EventType::PasswordResetRequested);
    CHECK(map_event_name("password_reset").type == EventType::PasswordResetRequested);
    CHECK(map_event_name("Password reset completed").type == EventType::PasswordResetCompleted);
    CHECK(map_event_name("2fa_reset_request").type == EventType::TwoFactorResetRequested);
    CHECK(map_event_name("2FA disabled").type == EventType::TwoFactorDisabled);
    CHECK(map_event_name("user.mfa.factor.activate").type == EventType::TwoFactorChanged);
    CHECK(map_event_name("device.approval.sent").type == EventType::DeviceApprovalSent);
    CHECK(map_event_name("New device approval email sent").type == EventType::DeviceApprovalSent);
    CHECK(map_event_name("device.approval.confirmed").type == EventType::DeviceApprovalApproved);
    CHECK(map_event_name("withdrawal_address.added").type == EventType::WithdrawalAddressAdded);
    CHECK(map_event_name("funding.address.added").type == EventType::WithdrawalAddressAdded);
    CHECK(map_event_name("account.email.change_request").type == EventType::EmailChangeRequested);
    CHECK(map_event_name("Email changed").type == EventType::EmailChangeCompleted);
    CHECK(map_event_name("Phone verified via SMS").type == EventType::PhoneVerified);
    CHECK(map_event_name("API key created").type == EventType::ApiKeyCreated);
    CHECK(map_event_name("Global settings lock enabled").type == EventType::SettingsLock);
    CHECK(map_event_name("Logout").type == EventType::Logout);
    CHECK(map_event_name("deposit").type == EventType::Deposit);
    CHECK(map_event_name("Withdrawal").type == EventType::Withdrawal);
    CHECK(map_event_name("Advanced Trade Buy").type == EventType::Trade);
    CHECK(map_event_name("staking").type == EventType::Staking);
    CHECK(map_event_name("Anmeldung").type == EventType::LoginSuccess);
    CHECK(map_event_name("登录").type == EventType::LoginSuccess);
    CHECK(map_event_name("something else").type == EventType::Other);
}

TEST_CASE("result values -> success and failure reasons") {
    CHECK(map_outcome("OK").outcome == Outcome::Success);
    CHECK(map_outcome("success").outcome == Outcome::Success);
    CHECK(map_outcome("SUCCESS").outcome == Outcome::Success);
    CHECK(map_outcome("Success (password+totp)").outcome == Outcome::Success);
    const auto otp = map_outcome("Failed (wrong 2FA code)");
    CHECK(otp.outcome == Outcome::Failure);
    CHECK(otp.reason == "invalid_otp");
    CHECK(map_outcome("failed:invalid_otp").reason == "invalid_otp");
    CHECK(map_outcome("failed:invalid_password").reason == "invalid_password");
    CHECK(map_outcome("Failed (wrong password)").reason == "invalid_password");
    CHECK(map_outcome("failed:new_device_unapproved").reason == "new_device_unapproved");
    CHECK(map_outcome("Failed (device not approved)").reason == "new_device_unapproved");
    CHECK(map_outcome("DENIED").outcome == Outcome::Failure);
    CHECK(map_outcome("blocked").reason == "blocked");
    CHECK(map_outcome("Failure: something odd").reason == "something_odd");
    CHECK(map_outcome("50126").reason == "invalid_password");
    CHECK(map_outcome("0").outcome == Outcome::Success);
    CHECK(map_outcome("false").outcome == Outcome::Failure);
    CHECK(map_outcome("maybe").outcome == Outcome::Unknown);
    CHECK(map_reason("Invalid username or password").reason == "invalid_password");
}

TEST_CASE("Kraken asset codes and pairs") {
    CHECK(normalize_asset("XXBT") == "BTC");
    CHECK(normalize_asset("XBT.M") == "BTC");
    CHECK(normalize_asset("XETH") == "ETH");
    CHECK(normalize_asset("BTC-PERPETUAL") == "BTC");  // a perpetual future is traded in its asset
    CHECK(normalize_asset("ETH-PERP") == "ETH");
    CHECK(normalize_asset("ETH2.S") == "ETH");
    CHECK(normalize_asset("ZEUR") == "EUR");
    CHECK(normalize_asset("ZUSD") == "USD");
    CHECK(normalize_asset("ZGBP") == "GBP");
    CHECK(normalize_asset("XXRP") == "XRP");
    CHECK(normalize_asset("XLTC") == "LTC");
    CHECK(normalize_asset("XXLM") == "XLM");
    CHECK(normalize_asset("XDG") == "DOGE");
    CHECK(normalize_asset("ADA.S") == "ADA");
    CHECK(normalize_asset("DOT28.S") == "DOT");
    CHECK(normalize_asset("USDC.M") == "USDC");
    CHECK(normalize_asset("EUR.HOLD") == "EUR");
    CHECK(normalize_asset("sol") == "SOL");
    CHECK(is_fiat("EUR"));
    CHECK_FALSE(is_fiat("USDT"));
    CHECK(split_pair("XXBTZEUR") == std::pair<std::string, std::string>{"XXBT", "ZEUR"});
    CHECK(split_pair("ADAEUR") == std::pair<std::string, std::string>{"ADA", "EUR"});
    CHECK(split_pair("ETH/USDT") == std::pair<std::string, std::string>{"ETH", "USDT"});
}

TEST_CASE("amounts as exports write them") {
    std::string unit;
    CHECK(*parse_amount("-902.93") == doctest::Approx(-902.93));
    CHECK(*parse_amount("1,234.56") == doctest::Approx(1234.56));
    CHECK(*parse_amount("1.234,56") == doctest::Approx(1234.56));
    CHECK(*parse_amount("0,5") == doctest::Approx(0.5));
    CHECK(*parse_amount("1,234") == doctest::Approx(1234));
    CHECK(*parse_amount("\xE2\x82\xAC" "12.50") == doctest::Approx(12.5));
    CHECK(*parse_amount("(12.50)") == doctest::Approx(-12.5));
    CHECK(*parse_amount("0.4998 BTC", &unit) == doctest::Approx(0.4998));
    CHECK(unit == "BTC");
    CHECK(*parse_amount("0.100000000000000000001") == doctest::Approx(0.1));
    // LBank glues the ticker to the number; too short a tail ("2FA", "1e") is no ticker
    CHECK(*parse_amount("3400.0000usdt", &unit) == doctest::Approx(3400));
    CHECK(unit == "usdt");
    CHECK(*parse_amount("250USDT", &unit) == doctest::Approx(250));
    CHECK(unit == "USDT");
    CHECK_FALSE(parse_amount("2FA"));
    CHECK_FALSE(parse_amount("12Usdt"));
    CHECK_FALSE(parse_amount("abc"));
    CHECK_FALSE(parse_amount(""));
}

TEST_CASE("amounts grouped with no-break spaces (Russian and French panels)") {
    CHECK(*parse_amount("1\xC2\xA0" "301,2") == doctest::Approx(1301.2));          // U+00A0
    CHECK(*parse_amount("-12\xE2\x80\xAF" "345,5", nullptr, ',') == doctest::Approx(-12345.5));  // U+202F
    CHECK(*parse_amount("1\xE2\x80\x89" "000\xE2\x80\x89" "000") == doctest::Approx(1000000));  // U+2009
    CHECK_FALSE(parse_amount("0,5\xC2\xA0" "12"));  // a group mark inside the decimals is no number
}

TEST_CASE("trade sides in the panel languages come from event_types.json") {
    const auto side = [](std::string_view raw) {
        const BlockIngest b = ingest_block(0, std::string("time,type,asset,amount\n2026-09-03 10:00,") + std::string(raw) + ",BTC,1\n");
        return b.event_list.empty() ? std::string("?") : std::string(b.event_list[0].side.view());
    };
    CHECK(side("Verkauf") == "sell");
    CHECK(side("Kauf") == "buy");
    CHECK(side("Venta") == "sell");
    CHECK(side("Satış") == "sell");
    CHECK(side("Alış") == "buy");
    CHECK(side("卖出") == "sell");
    CHECK(side("买入") == "buy");
    CHECK(side("Продажа") == "sell");
}

TEST_CASE("IP addresses as pasted") {
    CHECK(clean_ip(" 1.2.3.4 ") == "1.2.3.4");
    CHECK(clean_ip("1.2.3.4:5678") == "1.2.3.4");
    CHECK(clean_ip("[2001:db8::1]:443") == "2001:db8::1");
    CHECK(clean_ip("2001:db8::1") == "2001:db8::1");
    CHECK(clean_ip("::ffff:1.2.3.4") == "::ffff:1.2.3.4");
    CHECK(clean_ip("999.1.1.1").empty());
    CHECK(clean_ip("-").empty());
    CHECK(clean_ip("12:30:45").empty());
}

#include "util/embedded_data.hpp"

TEST_CASE("ingest data files name only known roles, event types and reasons") {
    const auto& headers = data_table("header_synonyms.json");
    for (const auto& item : headers.at("exact").items()) {
        const std::string role = item.key();
        const auto& keys = item.value();
        CAPTURE(role);
        // role_of() of the first synonym must come back as that role: a typo in a role name
        // would silently drop the whole list.
        CHECK(std::string(role_name(role_of(keys.at(0).get<std::string>()).role)) == role);
    }
    for (const auto& rule : headers.at("tokens")) {
        const std::string role = rule.at("role").get<std::string>();
        bool known = false;
        for (size_t r = 0; r < kRoleCount; ++r)
            if (role_name(static_cast<Role>(r)) == role) known = true;
        CAPTURE(role);
        CHECK(known);
    }
    const auto& events = data_table("event_types.json");
    for (const auto& item : events.at("exact").items()) {
        const std::string name = item.key();
        const auto& v = item.value();
        const std::string type = v.is_string() ? v.get<std::string>() : v.at("type").get<std::string>();
        CAPTURE(name);
        CHECK(event_type_from_name(type) != EventType::Unknown);
    }
    for (const auto& rule : events.at("rules")) {
        CAPTURE(rule.dump());
        CHECK(event_type_from_name(rule.at("type").get<std::string>()) != EventType::Unknown);
        for (const auto& s : rule.at("all")) CHECK(s.get<std::string>().find('_') == std::string::npos);
    }
    const auto& outcomes = data_table("outcomes.json");
    for (const auto& r : outcomes.at("reasons")) {
        const std::string reason = r.at("reason").get<std::string>();
        CHECK(normalize_key(reason) == reason);
    }
    const auto& assets = data_table("kraken_assets.json");
    for (const auto& [code, ticker] : assets.at("codes").items()) CHECK(!ticker.get<std::string>().empty());
    const auto& countries = data_table("country_names.json");
    for (const auto& item : countries.items()) {
        const std::string name = item.key();
        const auto& code = item.value();
        CAPTURE(name);
        CHECK(code.get<std::string>().size() == 2);
    }
}

TEST_CASE("identity providers' security event names map onto the event types") {
    const std::pair<const char*, EventType> names[] = {
        // Okta System Log eventType
        {"user.account.reset_password", EventType::PasswordResetRequested},
        {"user.account.update_password", EventType::PasswordChanged},
        {"user.account.update_primary_email", EventType::EmailChangeCompleted},
        {"user.mfa.factor.activate", EventType::TwoFactorChanged},
        {"user.mfa.factor.deactivate", EventType::TwoFactorDisabled},
        {"user.mfa.factor.reset_all", EventType::TwoFactorReset},
        {"system.push.send_factor_verify_push", EventType::DeviceApprovalSent},
        {"system.api_token.create", EventType::ApiKeyCreated},
        // Auth0 log type codes
        {"scpr", EventType::PasswordResetRequested}, {"scp", EventType::PasswordChanged},
        {"sce", EventType::EmailChangeCompleted}, {"scpn", EventType::PhoneChanged},
        {"gd_enrollment_complete", EventType::TwoFactorChanged}, {"gd_unenroll", EventType::TwoFactorDisabled},
        {"gd_recovery_succeed", EventType::TwoFactorReset}, {"fp", EventType::LoginFailure},
        // Google Workspace user_accounts events
        {"password_edit", EventType::PasswordChanged}, {"2sv_enroll", EventType::TwoFactorChanged},
        {"2sv_disable", EventType::TwoFactorDisabled}, {"recovery_email_edit", EventType::EmailChangeCompleted},
        {"recovery_phone_edit", EventType::PhoneChanged},
        // AWS CloudTrail eventName
        {"ChangePassword", EventType::PasswordChanged}, {"PasswordRecoveryRequested", EventType::PasswordResetRequested},
        {"PasswordRecoveryCompleted", EventType::PasswordResetCompleted}, {"DeactivateMFADevice", EventType::TwoFactorDisabled},
        {"EnableMFADevice", EventType::TwoFactorChanged}, {"CreateAccessKey", EventType::ApiKeyCreated},
        // Entra ID directory audit activityDisplayName
        {"Reset password (self-service)", EventType::PasswordResetCompleted},
        {"Change password (self-service)", EventType::PasswordChanged},
        {"User registered security info", EventType::TwoFactorChanged},
        {"User deleted security info", EventType::TwoFactorDisabled},
        {"Add service principal credentials", EventType::ApiKeyCreated},
    };
    for (const auto& entry : names) {  // not a structured binding: clang 14 cannot CAPTURE one
        const auto& name = entry.first;
        CAPTURE(name);
        CHECK(event_type_name(map_event_name(name).type) == event_type_name(entry.second));
    }
    // Failed Auth0 changes stay failed.
    CHECK(map_event_name("fcpn").success == std::optional<bool>(false));
}

TEST_CASE("a record's event name outranks its event category (CloudTrail eventName vs eventType)") {
    const std::string text =
        "{\"eventTime\": \"2026-09-03T10:00:00Z\", \"eventType\": \"AwsApiCall\", \"eventName\": \"CreateAccessKey\", \"sourceIPAddress\": \"1.1.1.1\"}\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 1);
    CHECK(b.event_list[0].type == EventType::ApiKeyCreated);
}

TEST_CASE("event names: Keycloak's event types") {
    CHECK(map_event_name("REMOVE_TOTP").type == EventType::TwoFactorDisabled);
    CHECK(map_event_name("UPDATE_TOTP").type == EventType::TwoFactorChanged);
    CHECK(map_event_name("SEND_RESET_PASSWORD").type == EventType::PasswordResetRequested);
    CHECK(map_event_name("RESET_PASSWORD").type == EventType::PasswordResetCompleted);
    CHECK(map_event_name("UPDATE_PASSWORD").type == EventType::PasswordChanged);
    CHECK(map_event_name("LOGIN_ERROR").type == EventType::LoginFailure);
    CHECK(map_event_name("CODE_TO_TOKEN").type == EventType::Other);
    // A second-factor step that fails is a wrong code, whatever the result says.
    CHECK(map_event_name("otp_verify").reason == "invalid_otp");
    CHECK(map_event_name("login").reason.empty());
}

TEST_CASE("vocabulary: a wrong password in Portuguese, a password awaiting its code in the languages, a state no country") {
    const std::string text =
        "Data/Hora (BRT);Evento;Resultado;IP;Localização\n"
        "05/04/2026 23:10:02;login;senha_incorreta;179.241.29.101;São Paulo, SP\n"
        "05/04/2026 23:12:37;login;senha_ok_aguardando_2fa;179.241.18.70;São Paulo, SP\n"
        "06/04/2026 09:58:06;login;sucesso;189.47.212.66;São Paulo, SP\n";
    const BlockIngest b = ingest_block(0, text);
    REQUIRE(b.events == 3);
    CHECK(b.event_list[0].type == EventType::LoginFailure);
    CHECK(b.event_list[1].type == EventType::Other);
    CHECK(b.event_list[2].type == EventType::LoginSuccess);
    CHECK(b.event_list[2].city == "São Paulo");
    CHECK(b.event_list[2].country.empty());  // "SP" is the state; the IP tables give the country
}
