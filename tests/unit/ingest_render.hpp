#pragma once
// The format-invariance generator: re-renders normalised events into the admin formats real tools
// print (localised CSV panels, timestamp styles, identity-provider JSON, terminal tables, logfmt,
// web and sshd logs), so a test can ingest each rendering and expect the same events back.
// Each renderer says which fields it can carry; only those are compared.

#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "model/event.hpp"
#include "util/civil_time.hpp"

namespace ingest_render {

using ownercheck::Event;
using ownercheck::EventType;

// What a rendering keeps of an event.
struct Carries {
    bool type = true;         // the exact event type (else: only login success/failure)
    bool seconds = true;      // the time to the second (else: to the minute)
    bool country = true;
    bool city = true;
    bool user_agent = true;
    bool reason = true;       // failure reason
    std::vector<std::string> reasons;  // when set, only these failure reasons can be expressed
    bool funding = false;     // amount, asset, side
};

struct Rendering {
    std::string text;
    std::string label;  // the block label a specialist would give it
};

struct Renderer {
    std::string name;
    bool access = true;     // renders access events (logins, security events)
    bool logins_only = false;  // only login success/failure can be expressed
    bool funding = false;   // renders funding events
    // When set, only the access events this product has a name for are rendered (an identity
    // provider logs password and 2FA changes, never a withdrawal address).
    std::function<bool(const Event&)> accepts;
    // The rendering's numeric dates cannot be told apart by their values (every day <= 12): the
    // block must be read in its language's order and warn that the order was a guess.
    bool guesses_date_order = false;
    // The rendering groups events (a page with one table per kind): compare them in time order.
    bool reorders = false;
    Carries carries;
    std::function<Rendering(const std::vector<Event>&)> render;
};

// ---- small text helpers ---------------------------------------------------------------------

struct Clock {
    int y, mo, d, h, mi, s;
};
inline Clock clock_of(int64_t t) {
    const ownercheck::CivilDate d = ownercheck::date_of(t);
    const int64_t sod = ((t % 86400) + 86400) % 86400;
    return {d.year, d.month, d.day, static_cast<int>(sod / 3600), static_cast<int>(sod / 60 % 60), static_cast<int>(sod % 60)};
}
inline std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
inline std::string fmt(const char* f, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, f);
    std::vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    return buf;
}

inline const char* month_en(int m) {
    static const char* k[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return k[m - 1];
}
// Russian genitive abbreviations as ICU prints them ("3 сент. 2026 г.").
inline const char* month_ru(int m) {
    static const char* k[] = {"янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."};
    return k[m - 1];
}

// Turkish month names, capitalised as Turkish writes them ("3 Şubat 2026").
inline const char* month_tr(int m) {
    static const char* k[] = {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"};
    return k[m - 1];
}
// Russian and French abbreviations as a panel that capitalises its cells prints them.
inline const char* month_ru_cap(int m) {
    static const char* k[] = {"Янв.", "Февр.", "Мар.", "Апр.", "Мая", "Июн.", "Июл.", "Авг.", "Сент.", "Окт.", "Нояб.", "Дек."};
    return k[m - 1];
}
inline const char* month_fr_cap(int m) {
    static const char* k[] = {"Janv.", "Févr.", "Mars", "Avr.", "Mai", "Juin", "Juil.", "Août", "Sept.", "Oct.", "Nov.", "Déc."};
    return k[m - 1];
}

// Timestamp styles. Each takes unix seconds (UTC) and prints the instant as that style would.
struct TimeStyle {
    std::string name;
    bool seconds;
    std::function<std::string(int64_t)> print;
};

inline std::vector<TimeStyle> time_styles() {
    return {
        {"iso_z", true, [](int64_t t) { return ownercheck::format_iso_datetime(t); }},
        {"dmy_slash_hm", false, [](int64_t t) { auto c = clock_of(t); return fmt("%02d/%02d/%04d %02d:%02d", c.d, c.mo, c.y, c.h, c.mi); }},
        {"us_12h", true, [](int64_t t) {
             auto c = clock_of(t);
             const int h12 = c.h % 12 == 0 ? 12 : c.h % 12;
             return fmt("%d/%d/%04d %d:%02d:%02d %s", c.mo, c.d, c.y, h12, c.mi, c.s, c.h < 12 ? "AM" : "PM");
         }},
        {"d_mon_y_utc", true, [](int64_t t) { auto c = clock_of(t); return fmt("%d %s %04d %02d:%02d:%02d UTC", c.d, month_en(c.mo), c.y, c.h, c.mi, c.s); }},
        {"mon_d_y_12h", false, [](int64_t t) {
             auto c = clock_of(t);
             const int h12 = c.h % 12 == 0 ? 12 : c.h % 12;
             return fmt("%s %d, %04d, %d:%02d %s", month_en(c.mo), c.d, c.y, h12, c.mi, c.h < 12 ? "AM" : "PM");
         }},
        {"iso_offset", true, [](int64_t t) {
             auto c = clock_of(t + 7200);
             return fmt("%04d-%02d-%02d %02d:%02d:%02d+02:00", c.y, c.mo, c.d, c.h, c.mi, c.s);
         }},
        {"ymd_slash_hm", false, [](int64_t t) { auto c = clock_of(t); return fmt("%04d/%02d/%02d %02d:%02d", c.y, c.mo, c.d, c.h, c.mi); }},
        {"dmy_dot", true, [](int64_t t) { auto c = clock_of(t); return fmt("%02d.%02d.%04d %02d:%02d:%02d", c.d, c.mo, c.y, c.h, c.mi, c.s); }},
        {"epoch_s", true, [](int64_t t) { return std::to_string(t); }},
        {"epoch_ms", true, [](int64_t t) { return std::to_string(t * 1000 + 250); }},
        {"zh_ymd", false, [](int64_t t) { auto c = clock_of(t); return fmt("%04d年%d月%d日 %02d:%02d", c.y, c.mo, c.d, c.h, c.mi); }},
        {"ko_ymd_12h", true, [](int64_t t) {
             auto c = clock_of(t);
             const int h12 = c.h % 12 == 0 ? 12 : c.h % 12;
             return fmt("%04d. %d. %d. %s %d:%02d:%02d", c.y, c.mo, c.d, c.h < 12 ? "오전" : "오후", h12, c.mi, c.s);
         }},
        {"ru_d_mon_y", false, [](int64_t t) { auto c = clock_of(t); return fmt("%d %s %04d г., %02d:%02d", c.d, month_ru(c.mo), c.y, c.h, c.mi); }},
        {"ru_d_mon_y_capitalised", false, [](int64_t t) { auto c = clock_of(t); return fmt("%d %s %04d г., %02d:%02d", c.d, month_ru_cap(c.mo), c.y, c.h, c.mi); }},
        {"tr_d_month_y", true, [](int64_t t) { auto c = clock_of(t); return fmt("%d %s %04d %02d:%02d:%02d", c.d, month_tr(c.mo), c.y, c.h, c.mi, c.s); }},
        {"fr_d_mon_y_capitalised", true, [](int64_t t) { auto c = clock_of(t); return fmt("%d %s %04d %02d:%02d:%02d", c.d, month_fr_cap(c.mo), c.y, c.h, c.mi, c.s); }},
        // Kibana's Discover table.
        {"kibana_at", true, [](int64_t t) { auto c = clock_of(t); return fmt("%s %d, %04d @ %02d:%02d:%02d.000", month_en(c.mo), c.d, c.y, c.h, c.mi, c.s); }},
        // Brazilian panels: "1 de março de 2026 às 10:22".
        {"pt_de_as", false, [](int64_t t) {
             static const char* k[] = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"};
             auto c = clock_of(t);
             return fmt("%d de %s de %04d às %02d:%02d", c.d, k[c.mo - 1], c.y, c.h, c.mi);
         }},
        // Wall-clock time in Berlin followed by the zone's IANA name (EU summer time computed here,
        // independently of the parser: last Sunday of March to last Sunday of October, 01:00 UTC).
        {"iana_berlin", true, [](int64_t t) {
             auto last_sunday_1am = [](int y, int m) {
                 const int64_t next = m == 12 ? ownercheck::days_from_civil(y + 1, 1, 1) : ownercheck::days_from_civil(y, m + 1, 1);
                 int64_t d = next - 1;
                 while (((d + 4) % 7 + 7) % 7 != 0) --d;
                 return d * 86400 + 3600;
             };
             const int y = clock_of(t).y;
             const bool summer = t >= last_sunday_1am(y, 3) && t < last_sunday_1am(y, 10);
             auto c = clock_of(t + (summer ? 7200 : 3600));
             return fmt("%04d-%02d-%02d %02d:%02d:%02d Europe/Berlin", c.y, c.mo, c.d, c.h, c.mi, c.s);
         }},
    };
}

// Every renderer of the corpus (ingest_render.cpp).
std::vector<Renderer> renderers();

}  // namespace ingest_render
