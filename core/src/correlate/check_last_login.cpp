// "The last time I logged in successfully was on March 10": the newest successful login before
// now. A claimed date that matches an older successful login only is partial.
// When that newest login came from a device the account first used in the period under review
// (habit.recent_days) and the account has an older history, knowing it proves nothing: whoever
// got in from that device knows when they did; so with a network first used in those days. It is partial then, as check_devices treats a
// device seen only in those days. So is a newest login within hours of a password, e-mail, phone
// or 2FA change in those days (correlate_tolerances.json last_login.credential_change_hours): the
// session belongs to whoever made the change.

#include <algorithm>
#include <string>
#include <unordered_set>

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"
#include "correlate/ua_family.hpp"

namespace ownercheck::correlate {

namespace {

std::string reading(const Event& e) {
    const UaFamily u = ua_family(e);
    if (u.os.empty() && u.browser.empty() && !u.app) return {};
    return u.os + '\n' + u.browser + '\n' + u.model + '\n' + char('0' + u.app);
}

// The newest login's device first appears in the period under review, after an older history.
bool from_device_under_review(const Analysis& a, const std::vector<const Event*>& logins) {
    const Event& newest = *logins.back();
    const int64_t recent_days = tolerances()["habit"].value("recent_days", 14);
    if (a.now <= 0 || newest.time < a.now - recent_days * 86400) return false;
    const int64_t recent_start = a.now - recent_days * 86400;
    const std::string device = reading(newest);
    if (device.empty()) return false;
    int history = 0;
    bool known = false;
    std::unordered_set<const void*> read;  // a long history repeats a few user agents: read each once
    for (const Event* e : logins) {
        if (e->time >= recent_start) break;  // oldest first
        ++history;
        if (!known && read.insert(e->user_agent.id()).second)
            known = e->user_agent.id() == newest.user_agent.id() || reading(*e) == device;
    }
    return history >= tolerances()["habit"].value("recent_min_history", 3) && !known;
}

// The newest login's network (its ASN, else its provider's name) first appears in the period under
// review, after an older history: a phished session from the attacker's own line ("ontem à noite,
// daqui de São Paulo") knows when it signed in as well as the owner would.
bool from_network_under_review(const Analysis& a, const std::vector<const Event*>& logins) {
    const Event& newest = *logins.back();
    const int64_t recent_days = tolerances()["habit"].value("recent_days", 14);
    if (a.now <= 0 || newest.time < a.now - recent_days * 86400) return false;
    const Interned& network = !newest.asn.empty() ? newest.asn : newest.org;
    if (network.empty()) return false;
    const int64_t recent_start = a.now - recent_days * 86400;
    int history = 0;
    for (const Event* e : logins) {
        if (e->time >= recent_start) break;  // oldest first
        ++history;
        if ((!newest.asn.empty() ? e->asn : e->org) == network) return false;
    }
    return history >= tolerances()["habit"].value("recent_min_history", 3);
}

// A change of the credentials (password, e-mail, phone, 2FA) within a few hours of the newest
// login, in the period under review: that session is the one the change opened or used, and
// whoever made the change knows it.
const Event* credential_change_near(const Analysis& a, const Event& newest) {
    const int64_t recent_days = tolerances()["habit"].value("recent_days", 14);
    if (a.now <= 0 || newest.time < a.now - recent_days * 86400) return nullptr;
    const int64_t window = static_cast<int64_t>(tolerances()["last_login"].value("credential_change_hours", 6.0) * 3600);
    for (const Event& e : a.timeline) {
        if (!is_security_change(e.type) || e.type == EventType::ApiKeyCreated || e.type == EventType::WithdrawalAddressAdded ||
            e.type == EventType::SettingsLock)
            continue;
        if (e.time >= newest.time - window && e.time <= newest.time + window) return &e;
    }
    return nullptr;
}

}  // namespace

void check_last_login(const Analysis& a, Claim& c) {
    const auto span = claimed_days(c.value);
    const auto logins = successful_logins(a);
    if (!span) {
        set_verdict(c, "unverifiable", "the claimed date could not be read");
        return;
    }
    if (logins.empty()) {
        set_verdict(c, "unverifiable", "no successful login in the evidence");
        return;
    }
    const Event* newest = logins.back();
    const int64_t off = days_off(*span, newest->time);
    const std::string fact = "the newest successful login is on " + day_of(newest->time);
    // Sign-ins more than a day after the claimed last one (time zones aside) are someone's: the
    // claim does not describe the newest login, however loosely the date was said ("yesterday",
    // "Monday 14.12." with four more days of sign-ins after it).
    const int64_t newest_day = (newest->time >= 0 ? newest->time : newest->time - 86399) / 86400;
    const bool signed_in_after = newest_day > span->hi + 1 && (!span->alt || newest_day > span->alt->second + 1);
    // "Yesterday", "Monday evening": a last sign-in is remembered to the day; the looser window a
    // relative phrase earns for a deposit ("about two weeks ago") does not apply.
    int64_t ok_days = date_ok_days(*span);
    if (span->precision == "day") ok_days = std::min<int64_t>(ok_days, tolerances()["date"].value("day_exact_days", 2));
    if (off <= ok_days && !signed_in_after) {
        if (from_device_under_review(a, logins)) {
            set_verdict(c, "partial", fact + " (" + days_text(off) + "), from a device first used in the period under review: "
                                      "whoever signed in from it knows this", {newest->src});
            return;
        }
        if (from_network_under_review(a, logins)) {
            set_verdict(c, "partial", fact + " (" + days_text(off) + "), from a network first used in the period under review: "
                                      "whoever signed in from it knows this", {newest->src});
            return;
        }
        if (const Event* change = credential_change_near(a, *newest)) {
            set_verdict(c, "partial", fact + " (" + days_text(off) + "), in the session of a " + std::string(event_type_name(change->type)) +
                                      " on " + day_of(change->time) + ": whoever made that change knows this",
                        {newest->src, change->src});
            return;
        }
        set_verdict(c, "corroborated", fact + " (" + days_text(off) + ")", {newest->src});
        return;
    }
    const Event* closest = nullptr;
    int64_t best = 0;
    for (const Event* e : logins) {
        const int64_t d = days_off(*span, e->time);
        if (!closest || d <= best) closest = e, best = d;
    }
    int64_t partial_days = date_partial_days(*span);
    if (span->precision == "day") partial_days = std::min<int64_t>(partial_days, tolerances()["last_login"].value("day_partial_days", 7));
    if (off <= partial_days || best <= date_ok_days(*span))
        set_verdict(c, "partial", fact + " (" + days_text(off) + "); a successful login on " + day_of(closest->time) + " is " + days_text(best),
                    {newest->src, closest->src});
    else
        set_verdict(c, "contradicted", fact + ", " + days_text(off) + " from the claim", {newest->src});
}

}  // namespace ownercheck::correlate
