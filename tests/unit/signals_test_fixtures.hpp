#pragma once
// Hand-built accounts for the signal and assessment tests: a baseline of an owner in Hamburg
// with a Pixel phone, then whatever a test adds. Each event gets its own line in block 0.

#include <algorithm>
#include <string>
#include <vector>

#include "model/analysis.hpp"
#include "signals/detect.hpp"
#include "util/civil_time.hpp"

namespace sigtest {

using namespace ownercheck;

inline const std::string kPixelChrome =
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.104 Mobile Safari/537.36";
inline const std::string kPixelApp = "Kraken/2.46.1 (Android 15; Pixel 8) okhttp/4.12.0";
inline const std::string kWindowsChrome =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36";
inline const std::string kHeadless =
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36";

struct Place {
    std::string ip, country, city, asn, org, network;
    double lat, lon;
};
inline const Place kHome{"94.126.98.220", "DE", "Hamburg", "3320", "Deutsche Telekom AG", "residential", 53.55, 9.99};
inline const Place kWarsaw{"83.2.47.154", "PL", "Warsaw", "5617", "Orange Polska", "residential", 52.23, 21.01};
inline const Place kSingapore{"220.232.57.71", "SG", "Singapore", "4657", "StarHub", "residential", 1.29, 103.85};
inline const Place kDigitalOcean{"143.244.220.107", "US", "Ashburn", "14061", "DigitalOcean, LLC", "hosting", 39.04, -77.49};
inline const Place kNordVpn{"45.45.214.87", "US", "Ashburn", "212238", "Datacamp Limited", "vpn", 39.04, -77.49};

class TestAccount {
public:
    TestAccount() { a.now = to_unix(2026, 11, 1, 12, 0, 0); }

    Event& add(EventType type, int64_t time, const Place& p, const std::string& ua, bool success = true,
               const std::string& reason = "") {
        Event e;
        e.type = type;
        e.time = time;
        e.src = {0, ++line};
        e.success = success;
        e.failure_reason = reason;
        e.ip = p.ip;
        e.country = p.country;
        e.city = p.city;
        e.asn = p.asn;
        e.org = p.org;
        e.network = p.network;
        e.lat = p.lat;
        e.lon = p.lon;
        e.located = true;
        e.user_agent = ua;
        a.timeline.push_back(e);
        return a.timeline.back();
    }
    Event& login(int64_t time, const Place& p, const std::string& ua) { return add(EventType::LoginSuccess, time, p, ua); }
    Event& fail(int64_t time, const Place& p, const std::string& ua, const std::string& reason) {
        return add(EventType::LoginFailure, time, p, ua, false, reason);
    }

    // 24 sign-ins over the 70..20 days before now from home with the Pixel (browser and app).
    TestAccount& with_home_baseline(const Place& p = kHome) {
        for (int i = 0; i < 24; ++i) login(a.now - (70 - 2 * i) * 86400 + i * 3600, p, i % 2 ? kPixelApp : kPixelChrome);
        return *this;
    }
    int64_t days_ago(double d) const { return a.now - static_cast<int64_t>(d * 86400); }

    std::vector<Signal> signals() const {
        Analysis copy = a;
        sort_timeline(copy);
        return detect_signals(copy);
    }
    static void sort_timeline(Analysis& x) {
        std::stable_sort(x.timeline.begin(), x.timeline.end(), [](const Event& l, const Event& r) { return l.time < r.time; });
    }

    Analysis a;
    int line = 0;
};

inline std::vector<Signal> of_kind(const std::vector<Signal>& all, const std::string& kind) {
    std::vector<Signal> out;
    for (const Signal& s : all)
        if (s.kind == kind) out.push_back(s);
    return out;
}

}  // namespace sigtest
