#include "generate.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace bench {

namespace {

struct Rng {
    uint64_t s;
    uint64_t next() {  // splitmix64
        uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

const char* kAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Kraken/2.47.0 (com.kraken.invest.app; build:2470; iOS 18.1.0) Alamofire/5.9.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
};
const char* kPlaces[][2] = {{"DE", "Berlin"}, {"FR", "Lyon"}, {"PL", "Warsaw"}, {"VN", "Hanoi"}, {"BR", "Sao Paulo"}};

struct Login {
    char time[32];
    char ip[20];
    const char* country;
    const char* city;
    const char* agent;
    bool ok;
};

Login make_login(Rng& r, size_t i) {
    Login l{};
    const int64_t t = 1735689600 + static_cast<int64_t>(i) * 37;  // 2025-01-01 onwards
    const int64_t day = t / 86400, sod = t % 86400;
    // Civil date from days (Hinnant), enough for the generator.
    int64_t z = day + 719468, era = z / 146097;
    unsigned doe = static_cast<unsigned>(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    std::snprintf(l.time, sizeof l.time, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(y), m, d,
                  static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60), static_cast<int>(sod % 60));
    std::snprintf(l.ip, sizeof l.ip, "%u.%u.%u.%u", 80 + static_cast<unsigned>(r.below(100)),
                  static_cast<unsigned>(r.below(256)), static_cast<unsigned>(r.below(256)), 1 + static_cast<unsigned>(r.below(254)));
    const auto& p = kPlaces[r.below(5)];
    l.country = p[0];
    l.city = p[1];
    l.agent = kAgents[r.below(4)];
    l.ok = r.below(10) != 0;
    return l;
}

}  // namespace

std::string login_csv(size_t lines, uint64_t seed) {
    Rng r{seed};
    std::string out = "time,event,ip,country,city,user_agent,status\n";
    out.reserve(lines * 190);
    char buf[512];
    for (size_t i = 0; i < lines; ++i) {
        const Login l = make_login(r, i);
        std::snprintf(buf, sizeof buf, "%s,auth.login,%s,%s,%s,\"%s\",%s\n", l.time, l.ip, l.country, l.city, l.agent,
                      l.ok ? "OK" : "failed:invalid_otp");
        out += buf;
    }
    return out;
}

std::string login_jsonl(size_t lines, uint64_t seed) {
    Rng r{seed};
    std::string out;
    out.reserve(lines * 260);
    char buf[640];
    for (size_t i = 0; i < lines; ++i) {
        const Login l = make_login(r, i);
        std::snprintf(buf, sizeof buf,
                      "{\"ts\": \"%s\", \"type\": \"auth.login\", \"ip\": \"%s\", \"geo\": {\"country\": \"%s\", \"city\": \"%s\"}, "
                      "\"ua\": \"%s\", \"status\": \"%s\"}\n",
                      l.time, l.ip, l.country, l.city, l.agent, l.ok ? "success" : "failed:invalid_otp");
        out += buf;
    }
    return out;
}

std::string typical_case(size_t events, uint64_t seed) {
    const size_t logins = events * 4 / 5, ledger = events - logins;
    Rng r{seed};
    std::string ledger_csv = "\"txid\",\"refid\",\"time\",\"type\",\"subtype\",\"aclass\",\"asset\",\"amount\",\"fee\",\"balance\"\n";
    char buf[256];
    for (size_t i = 0; i < ledger; ++i) {
        const int64_t t = 1735689600 + static_cast<int64_t>(i) * 86400 * 300 / static_cast<int64_t>(ledger + 1);
        const int64_t day = t / 86400;
        int64_t z = day + 719468, era = z / 146097;
        unsigned doe = static_cast<unsigned>(z - era * 146097);
        unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
        unsigned d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
        int64_t y = yoe + era * 400 + (m <= 2);
        std::snprintf(buf, sizeof buf, "\"L%06zu-AAAAA-BBBBBB\",\"Q%06zu-CCCCC-DDDDDD\",\"%04d-%02u-%02u 10:00:00\",\"deposit\",\"\",\"currency\",\"ZEUR\",\"%zu.%02zu\",\"0\",\"0\"\n",
                      i, i, static_cast<int>(y), m, d, 100 + r.below(2000), r.below(100));
        ledger_csv += buf;
    }
    nlohmann::json c = {
        {"schema", "ownercheck.case/1"},
        {"case_id", "BENCH"},
        {"opened_at", "2026-01-01T00:00:00Z"},
        {"account", {{"email", "bench.user@example.com"}, {"name", "Bench User"}, {"residence_country", "DE"}}},
        {"ticket", {{"from", "bench.user@example.com"}}},
        {"evidence",
         {{{"kind", "logs"}, {"label", "Login history"}, {"text", login_csv(logins, seed)}},
          {{"kind", "logs"}, {"label", "ledgers.csv"}, {"text", ledger_csv}},
          {{"kind", "answers"},
           {"label", "Client reply"},
           {"text",
            "Hello,\nI lost my phone. I opened my account in January 2025. My last deposit was 1,200 EUR in "
            "December 2025. I usually log in from Berlin, Germany, with Chrome on Windows and my iPhone.\nThanks"}}}},
    };
    return c.dump();
}

}  // namespace bench
