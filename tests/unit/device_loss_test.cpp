// "I lost my phone on Friday": the loss read in all nine languages with its day, and checked against
// the sign-ins after it. Disputed only when that device keeps signing in from the account's own
// networks; a loss the logs do not dispute is not reported (every recovery story has one).

#include <doctest/doctest.h>

#include <algorithm>

#include "claims/device_loss.hpp"
#include "claims/extract.hpp"
#include "claims/text.hpp"
#include "correlate/correlate.hpp"
#include "util/civil_time.hpp"

using namespace ownercheck;

namespace {

const int64_t kNow = to_unix(2026, 8, 20, 1, 10, 0);  // a Thursday
const char* kIosApp = "Kraken/2.47.0 (com.kraken.invest.app; build:2470; iOS 18.1.0) Alamofire/5.9.1";
const char* kChromeWin = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

bool lost(const std::string& sentence) { return claims::device_lost_at(claims::fold_str(sentence)) != std::string::npos; }

const Claim* loss_claim(const std::vector<Claim>& claims) {
    auto it = std::find_if(claims.begin(), claims.end(), [](const Claim& c) { return c.value.value("lost", false); });
    return it == claims.end() ? nullptr : &*it;
}

std::vector<Claim> claims_of(const std::string& reply) {
    Analysis a;
    a.now = kNow;
    a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
    return extract_claims(a);
}

Event login(int64_t time, const std::string& ip, const std::string& asn, const char* ua, int line) {
    Event e;
    e.type = EventType::LoginSuccess;
    e.time = time;
    e.ip = ip;
    e.asn = asn;
    e.user_agent = ua;
    e.src = {0, line};
    return e;
}

// Two months of the owner at home: the iPhone app and a Windows laptop, two home networks.
Analysis history() {
    Analysis a;
    a.now = kNow;
    int line = 1;
    for (int day = 60; day > 8; day -= 2) {
        a.timeline.push_back(login(kNow - day * 86400, "121.134.57.210", "4766", kIosApp, line++));
        a.timeline.push_back(login(kNow - day * 86400 + 3600, "211.36.141.77", "3786", kChromeWin, line++));
    }
    return a;
}

std::vector<Claim> checked(Analysis a, const std::string& reply) {
    a.input.evidence.push_back({BlockKind::Answers, "reply", reply});
    std::sort(a.timeline.begin(), a.timeline.end(), [](const Event& x, const Event& y) { return x.time < y.time; });
    a.claims = extract_claims(a);
    check_claims(a);
    return a.claims;
}

}  // namespace

TEST_CASE("device loss: the nine languages say a device is gone, not an access") {
    CHECK(lost("I lost my iPhone on Friday"));
    CHECK(lost("my phone was stolen on the 14th"));
    CHECK(lost("On m'a volé mon téléphone samedi"));
    CHECK(lost("Perdi meu celular no dia 14"));
    CHECK(lost("Mein Handy wurde am Freitag gestohlen"));
    CHECK(lost("Ho perso il telefono venerdì"));
    CHECK(lost("В пятницу у меня украли телефон"));
    CHECK(lost("Cuma günü telefonumu çaldırdım"));
    CHECK(lost("上周五手机被偷了"));
    CHECK(lost("지난주 금요일에 택시에서 아이폰을 잃어버려서"));
    CHECK_FALSE(lost("I lost access to my authenticator"));
    CHECK_FALSE(lost("J'ai perdu l'accès à mon compte"));
    CHECK_FALSE(lost("Perdi o acesso ao aplicativo"));
    CHECK_FALSE(lost("Я потерял доступ к приложению"));
    CHECK_FALSE(lost("My phone broke on Friday"));  // a broken phone may still be where it was
    CHECK(lost("Perdi o acesso porque roubaram o celular"));  // an access lost because the phone was stolen
    CHECK_FALSE(lost("手機摔壞了，Google Authenticator 裡的驗證碼都不見了"));  // the codes are gone, the phone was repaired
}

TEST_CASE("device loss: the day is the date nearest to the loss") {
    const auto cs = claims_of("我8月8日到的曼谷，8月16日晚上手机在夜市被偷了。");
    const Claim* c = loss_claim(cs);
    REQUIRE(c != nullptr);
    CHECK(c->value["date"] == "2026-08-16");
    CHECK(c->topic == "devices");
    CHECK(loss_claim(claims_of("I lost my phone in 2024 and bought this one.")) == nullptr);  // no day
    CHECK(loss_claim(claims_of("I lost my phone, please reset my 2FA.")) == nullptr);         // no date at all
}

TEST_CASE("device loss: the lost phone signing in from home after the day is a contradiction") {
    Analysis a = history();
    for (int day = 5; day >= 1; --day) a.timeline.push_back(login(kNow - day * 86400, "121.134.57.210", "4766", kIosApp, 200 - day));
    const auto cs = checked(a, "I lost my iPhone on August 12, so I can't open Google Authenticator.");
    const Claim* c = loss_claim(cs);
    REQUIRE(c != nullptr);
    CHECK(c->verdict == "contradicted");
    INFO(c->explanation);
    CHECK(c->explanation.find("the iPhone signed in 5 times after it") != std::string::npos);
    CHECK(c->evidence.size() == 4);
    std::string id = "C";
    id += std::to_string(c - cs.data() + 1);
    CHECK(c->id == id);  // numbered after the undisputed losses were dropped
}

TEST_CASE("device loss: a phone that went quiet, or a thief elsewhere, leaves no claim") {
    // The sessions stop the day before the loss: what every owner's log looks like.
    CHECK(loss_claim(checked(history(), "I lost my iPhone on August 12.")) == nullptr);

    // The phone keeps signing in, but from a network the account never used: a thief, as the story says.
    Analysis thief = history();
    for (int day = 5; day >= 1; --day) thief.timeline.push_back(login(kNow - day * 86400, "5.188.10.7", "49505", kIosApp, 200 - day));
    CHECK(loss_claim(checked(thief, "I lost my iPhone on August 12.")) == nullptr);

    // One sign-in the morning after: the client may be a day off, or in another time zone.
    Analysis late = history();
    late.timeline.push_back(login(to_unix(2026, 8, 13, 8), "121.134.57.210", "4766", kIosApp, 300));
    CHECK(loss_claim(checked(late, "I lost my iPhone on August 12.")) == nullptr);

    // "my phone" where the account used an iPhone and an Android phone: which one is gone is not said.
    Analysis two = history();
    for (int day = 60; day > 8; day -= 4) two.timeline.push_back(login(kNow - day * 86400 + 7200, "121.134.57.210", "4766", "Kraken/2.47.0 (Android 14; SM-S911B)", 400 + day));
    for (int day = 5; day >= 1; --day) two.timeline.push_back(login(kNow - day * 86400, "121.134.57.210", "4766", kIosApp, 200 - day));
    CHECK(loss_claim(checked(two, "My phone was stolen on August 12.")) == nullptr);
}

TEST_CASE("devices: a new phone listed under the devices question is a device the client uses") {
    const auto cs = claims_of("3) Dispositivi: il mio portatile Windows e il telefono nuovo (Android).");
    const auto it = std::find_if(cs.begin(), cs.end(), [](const Claim& c) { return c.topic == "devices"; });
    REQUIRE(it != cs.end());
    // the new phone itself is left out (the logs cannot know it yet); the laptop is claimed
    REQUIRE(it->value["devices"].size() == 1);
    CHECK(it->value["devices"][0]["os"] == "Windows");
    // a device said stolen there is the loss, not a device in use
    const auto stolen = claims_of("My iPhone was stolen on Sunday and Google Authenticator was only on that phone.");
    CHECK(std::none_of(stolen.begin(), stolen.end(), [](const Claim& c) { return c.topic == "devices" && !c.value.value("lost", false); }));
}

TEST_CASE("devices: in a list of devices, the one said stolen is set apart and the others stay in use") {
    auto devices_in = [](const std::string& reply) {
        std::vector<std::string> out;
        for (const Claim& c : claims_of(reply))
            if (c.topic == "devices" && !c.value.value("lost", false))
                for (const auto& d : c.value["devices"]) out.push_back(d.value("os", std::string()) + "/" + d.value("model", std::string()));
        std::sort(out.begin(), out.end());
        return out;
    };
    // the stolen Motorola is the loss; the work laptop and the new Samsung are in use
    CHECK(devices_in("- Dispositivos: o Motorola roubado, o notebook Dell do trabalho (Windows, Edge) e agora um Samsung A55 que comprei "
                     "na quarta de cinzas.") == std::vector<std::string>{"Android/Galaxy A55", "Windows/"});
    CHECK(devices_in("Appareils : l'iPhone 13 volé et mon MacBook Air (Chrome).") == std::vector<std::string>{"Mac OS X/"});
    // one device alone, said stolen: still the loss, not a device in use
    CHECK(devices_in("Devices: my iPhone, which was stolen on Sunday.").empty());
}

// One field of every device the reply's devices claims name, in order.
std::vector<std::string> claimed_devices(const std::string& reply, const char* field) {
    std::vector<std::string> out;
    for (const Claim& c : claims_of(reply))
        if (c.topic == "devices")
            for (const auto& d : c.value["devices"]) out.push_back(d.value(field, std::string()));
    return out;
}

TEST_CASE("devices: 'nor' denies the device right after it, in the languages that have one") {
    auto named = [](const std::string& reply) { return claimed_devices(reply, "text"); };
    CHECK(named("Uso um notebook com Windows. Nunca usei iPhone nem Mac.") == std::vector<std::string>{"Windows"});
    CHECK(named("J'utilise un PC Windows, jamais d'iPhone ni de Mac.") == std::vector<std::string>{"Windows"});
    CHECK(named("I use a Windows laptop; never an iPhone nor a Mac.") == std::vector<std::string>{"Windows laptop"});
    // after the device, "nem" says nothing of it
    CHECK(named("Uso o Mac, nem sei a versão.") == std::vector<std::string>{"Mac"});
}

TEST_CASE("devices: a device the client says they do not have is not theirs; a method is still named") {
    auto named = [](const std::string& reply) { return claimed_devices(reply, "os"); };
    CHECK(named("Айфона у меня нет.").empty());
    CHECK(named("I don't have an iPhone, only a Windows laptop.") == std::vector<std::string>{"Windows"});
    CHECK(named("Ein iPhone habe ich nicht, nur mein Pixel 8.") == std::vector<std::string>{"Android"});
    CHECK(named("我没有iPhone，用的是小米手机。") == std::vector<std::string>{"Android"});
    // "Нет," answering the question is no lack of what follows
    CHECK(named("Нет, у меня Samsung Galaxy S23.") == std::vector<std::string>{"Android"});
    // not having the codes is not denying the method
    const auto lost = claims_of("I dropped my phone, so I don't have the Google Authenticator codes.");
    CHECK(std::any_of(lost.begin(), lost.end(), [](const Claim& c) { return c.topic == "two_factor_method"; }));
}
