// Funding claims ("my last deposit was 0.5 BTC on 3 November"): find the ledger event that best
// fits the claimed asset, amount and date, and judge how well it fits and whether it is the newest
// of its kind, since "last" is part of the claim.

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "correlate/checkers.hpp"
#include "correlate/common.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::correlate {

namespace {

struct Fit {
    const Event* e = nullptr;
    bool asset_ok = true;           // no asset claimed counts as ok
    std::optional<double> rel;      // amount difference, nullopt when no amount claimed
    std::optional<int64_t> days;    // date distance, nullopt when no date claimed
    double amount = 0;              // the leg compared
    Interned asset;
    bool side_ok = true;
};

// A currency written "$" ("$1,500"): the ledger's own dollar or peso is the one meant
// (correlate_tolerances.json "dollar_sign_currencies").
bool dollar_sign_currency(std::string_view asset) {
    for (const auto& c : tolerances()["dollar_sign_currencies"])
        if (c.get<std::string>() == asset) return true;
    return false;
}

bool same_asset(const std::string& claimed, const Event& e, Interned& matched, double& amount, bool dollar_sign = false) {
    if (e.asset == claimed || (dollar_sign && e.fiat && dollar_sign_currency(e.asset.view()))) {
        matched = e.asset, amount = e.amount;
        return true;
    }
    if (!e.counter_asset.empty() && e.counter_asset == claimed) {
        matched = e.counter_asset, amount = e.counter_amount;
        return true;
    }
    return false;
}

// "Kartenkauf BTC (Visa ••4417)": a trade paid by card, money coming in (event_types.json).
bool bought_by_card(const Event& e) {
    static const std::vector<std::string> markers = [] {
        std::vector<std::string> out;
        for (const auto& m : data_table("event_types.json").at("card_purchase_markers")) out.push_back(m.get<std::string>());
        return out;
    }();
    std::string name(e.raw_type.view());
    for (char& ch : name)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return std::any_of(markers.begin(), markers.end(), [&](const std::string& m) { return name.find(m) != std::string::npos; });
}

}  // namespace

// The claimed sum in US dollars at a typical rate, when the ledger's asset is a dollar stablecoin
// and the rate of the claimed currency is known (correlate_tolerances.json "paid_in_other_currency").
static std::optional<double> usd_value(const std::string& currency, double amount, const std::string& credited) {
    const auto& t = tolerances()["paid_in_other_currency"];
    bool stable = false;
    for (const auto& s : t["stablecoins"]) stable = stable || s.get<std::string>() == credited;
    if (!stable || !t["usd_per_unit"].contains(currency)) return std::nullopt;
    return amount * t["usd_per_unit"][currency].get<double>();
}

void check_funding(const Analysis& a, Claim& c, EventType type, const char* noun) {
    const auto& v = c.value;
    std::vector<const Event*> events;
    const Event* request = nullptr;  // the newest held, refused or amountless one of this kind
    const Event* held = nullptr;     // the newest held or refused one with its sum
    // A ledger repeats a few action names over many rows: each name is read once (by identity).
    std::unordered_map<const void*, bool> card_by_name;
    auto card_trade = [&card_by_name](const Event& e) {
        auto [it, added] = card_by_name.try_emplace(e.raw_type.id(), false);
        if (added) it->second = bought_by_card(e);
        return it->second;
    };
    bool any_funding = false;
    for (const auto& e : a.timeline) {
        if (!before_now(a, e)) continue;
        // Money that moved: a request held or refused, or a security log's "withdrawal requested"
        // line with neither asset nor amount, is not a ledger row to match a claim against.
        if (!e.success || (e.amount == 0 && e.asset.empty())) {
            if (e.type == type) request = &e;
            if (e.type == type && !e.success && e.amount != 0) held = &e;
            continue;
        }
        if (is_funding(e.type)) any_funding = true;
        if (e.type == type || (type == EventType::Deposit && e.type == EventType::Trade && card_trade(e))) events.push_back(&e);
    }
    // "I tried to withdraw 0.05 BTC, then the account got restricted": the held or refused request
    // newer than every row that went through, with the claimed sum (and day), is what the writer
    // did last. Whoever made it knows it, owner or not: it neither confirms nor refutes the claim.
    if (held && v.contains("amount") && (events.empty() || held->time > events.back()->time)) {
        const auto rel = amount_rel_diff(v, held->amount);
        const auto span = claimed_days(v);
        if (rel && *rel <= amount_tolerance(v) + 1e-9 && (!span || days_off(*span, held->time) <= date_ok_days(*span))) {
            set_verdict(c, "unverifiable",
                        std::string("matches the ") + noun + " request of " + fmt_amount(held->amount) + " " + std::string(held->asset.view()) + " on " +
                            day_of(held->time) + " that did not go through: whoever made it knows it, so it cannot vouch for the writer",
                        {held->src});
            return;
        }
    }
    // "I have never withdrawn anything": the ledger holds none of that kind, or it refutes the claim.
    if (v.value("none", false)) {
        // "never withdrew any crypto" / "any BTC": the rows of other assets are not denied
        const std::string only = v.value("asset", std::string());
        const bool crypto = v.value("crypto", false);
        events.erase(std::remove_if(events.begin(), events.end(),
                                    [&](const Event* e) { return (!only.empty() && e->asset.view() != only) || (crypto && e->fiat); }),
                     events.end());
        const std::string what = (crypto ? "crypto " : only.empty() ? "" : only + " ") + noun;
        // "Je n'ai JAMAIS fait de retrait, c'est quelqu'un d'autre qui a vidé mon compte": rows in
        // the days under review may be the very ones the ticket is about; they neither confirm nor refute.
        const int64_t recent_days = tolerances()["habit"].value("recent_days", 14);
        const bool all_recent = !events.empty() && a.now > 0 &&
                                std::all_of(events.begin(), events.end(), [&](const Event* e) { return e->time >= a.now - recent_days * 86400; });
        if (!any_funding) set_verdict(c, "unverifiable", "no ledger or funding history in the evidence to check 'no " + what + "' against");
        else if (events.empty()) set_verdict(c, "corroborated", "the ledger shows no " + what + " at all, as the client says");
        else if (all_recent)
            set_verdict(c, "unverifiable", "the ledger's only " + what + "s are in the last " + std::to_string(recent_days) +
                                               " days, which are under review (the newest on " + day_of(events.back()->time) + ")",
                        {events.back()->src});
        else
            set_verdict(c, "contradicted", "the ledger shows " + std::to_string(events.size()) + " " + what + "(s), the newest " +
                                               fmt_amount(events.back()->amount) + " " + std::string(events.back()->asset.view()) + " on " +
                                               day_of(events.back()->time),
                        {events.back()->src});
        return;
    }
    if (events.empty() && request) {
        set_verdict(c, "unverifiable",
                    std::string("the logs show a ") + noun + " request on " + day_of(request->time) +
                        (request->success ? " without its amount" : " that did not go through") + ", and no ledger row to check against",
                    {request->src});
        return;
    }
    if (!any_funding) {
        set_verdict(c, "unverifiable", std::string("no ledger or funding history in the evidence to check a ") + noun + " against");
        return;
    }
    if (events.empty()) {
        // "... danach direkt BTC gekauft": a trade named by its asset alone, beside a funding
        // history without trades (a deposits-and-withdrawals export), was never in the paste.
        if (type == EventType::Trade && !v.contains("amount") && !v.contains("quote_amount") && !v.contains("date")) {
            set_verdict(c, "unverifiable", "the evidence has no trades to check a trade named by its asset alone against");
            return;
        }
        // Money came in before any trade or withdrawal: rows of those and no deposit at all is a
        // paste without the deposits (a withdrawal history, an explorer page of the client's
        // wallet), not an account that never had one.
        if (type == EventType::Deposit) {
            set_verdict(c, "unverifiable", "the evidence holds trades or withdrawals but no deposits, so none to check the claim against");
            return;
        }
        set_verdict(c, "contradicted", std::string("the ledger shows no ") + noun + " at all");
        return;
    }
    const std::string claimed_asset = v.value("asset", std::string());
    const bool dollar_sign = v.value("currency_sign", std::string()) == "$";
    const auto span = claimed_days(v);
    // "I bought BTC for around 49-50k": what the trade cost, against the row's counter sum
    const bool by_cost = !v.contains("amount") && v.contains("quote_amount");
    nlohmann::ordered_json cost;
    if (by_cost) {
        cost["amount"] = v["quote_amount"];
        if (v.contains("quote_amount_to")) cost["amount_to"] = v["quote_amount_to"];
        if (v.value("amount_approx", false)) cost["amount_approx"] = true;
    }
    const std::string cost_asset = v.value("quote_asset", std::string());
    const double tol = amount_tolerance(by_cost ? cost : v);
    const std::string side = v.value("side", std::string());

    std::vector<Fit> fits;
    fits.reserve(events.size());
    for (const Event* e : events) {
        Fit f;
        f.e = e;
        f.amount = e->amount;
        f.asset = e->asset;
        if (!claimed_asset.empty()) f.asset_ok = same_asset(claimed_asset, *e, f.asset, f.amount, dollar_sign);
        if (v.contains("amount")) {
            f.rel = amount_rel_diff(v, f.amount);
            if (!f.rel && e->counter_amount != 0 && claimed_asset.empty()) f.rel = amount_rel_diff(v, e->counter_amount);
        } else if (by_cost && e->counter_amount != 0 && (cost_asset.empty() || cost_asset == e->counter_asset.view())) {
            f.rel = amount_rel_diff(cost, e->counter_amount);
        }
        if (span) f.days = days_off(*span, e->time);
        if (!side.empty() && !e->side.empty()) f.side_ok = e->side == side;
        fits.push_back(f);
    }
    const Event* newest = events.back();  // the timeline is oldest first
    auto amount_ok = [&](const Fit& f) { return !f.rel || *f.rel <= tol + 1e-9; };
    auto amount_near = [&](const Fit& f) { return !f.rel || *f.rel <= tolerances()["amount"].value("partial_rel", 0.35); };
    auto date_ok = [&](const Fit& f) { return !f.days || *f.days <= date_ok_days(*span); };
    auto date_near = [&](const Fit& f) { return !f.days || *f.days <= date_partial_days(*span); };
    auto describe = [&](const Fit& f) {
        std::string s = std::string("ledger shows a ") + fmt_amount(f.amount) + " " + f.asset + " " + (f.e->type == type ? noun : "card purchase") +
                        " on " + day_of(f.e->time);
        std::vector<std::string> parts;
        if (f.rel && by_cost)
            parts.push_back("for " + fmt_amount(f.e->counter_amount) + " " + std::string(f.e->counter_asset.view()) + (*f.rel <= 0.0005 ? ", exact" : ", " + fmt_pct(*f.rel) + " off"));
        else if (f.rel) parts.push_back(*f.rel <= 0.0005 ? "amount exact" : "amount " + fmt_pct(*f.rel) + " off");
        if (f.days) parts.push_back(days_text(*f.days));
        if (!f.side_ok) parts.push_back("but a " + f.e->side + ", not a " + side);
        if (!parts.empty()) {
            s += " (";
            for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
            s += ")";
        }
        return s;
    };
    auto refs = [](const Fit& f) {
        std::vector<Ref> r{f.e->src};
        r.insert(r.end(), f.e->also.begin(), f.e->also.end());
        return r;
    };
    // How well each event fits, best first: asset, amount, date, then the newest.
    auto rank = [&](const Fit& f) {
        return (f.asset_ok ? 0 : 1000000.0) + (f.rel ? std::min(*f.rel, 10.0) * 100 : 0) + (f.days ? static_cast<double>(std::min<int64_t>(*f.days, 3650)) : 0) -
               static_cast<double>(f.e->time) * 1e-12;
    };
    const Fit* best_fit = &fits.front();  // the first of the best ranked: ties go to the older
    double best_rank = rank(*best_fit);
    for (const Fit& f : fits)
        if (const double r = rank(f); r < best_rank) best_fit = &f, best_rank = r;
    const Fit& best = *best_fit;
    const bool specific = best.rel.has_value() || best.days.has_value();

    if (!specific && claimed_asset.empty() && side.empty()) {
        // "my withdrawal is blocked", "I am withdrawing to my new wallet": a mention, not a fact.
        // Anyone who saw the account (or made that withdrawal) can say as much.
        set_verdict(c, "unverifiable", std::string("the claim names no amount, date or asset of the ") + noun + " to check");
        return;
    }
    if (!specific) {  // "my last trade was buying USDT": only the asset and side can be checked
        // A guessable fact (most accounts hold a few assets): it fits, but it is no proof.
        const Fit& nf = fits.back();
        if (nf.asset_ok && nf.side_ok) set_verdict(c, "partial", "the newest " + std::string(noun) + " is " + describe(nf).substr(13) + "; only the asset could be checked", refs(nf));
        else if (best.asset_ok && best.side_ok) set_verdict(c, "partial", describe(best) + ", but it is not the newest " + noun, refs(best));
        else set_verdict(c, "contradicted", std::string("no ") + noun + " of " + claimed_asset + " in the ledger; the newest is " + describe(nf).substr(13), refs(nf));
        return;
    }
    // "R$ 2 mil, só que em dois PIX de mil", "two transfers of 500 because of my card's limit": one
    // sum sent as consecutive rows of one asset within a day. When no single row has the amount,
    // a run of two or three whose total does (and whose date fits) is that deposit.
    if (best.rel && !amount_ok(best) && v.contains("amount")) {
        const Fit* run_first = nullptr;
        Fit run;
        size_t run_size = 0, run_rows = 0;  // the fits the run spans, and the rows of its ledger among them
        for (size_t i = 0; i < fits.size(); ++i) {
            if (!fits[i].asset_ok || !fits[i].side_ok) continue;
            // Rows of one ledger, counted by size: a security log's line for the same withdrawal
            // (another block) is that money again, and ledgers sign withdrawals either way.
            double total = std::fabs(fits[i].amount);
            std::optional<int64_t> days = fits[i].days;
            size_t rows = 1;
            for (size_t k = i + 1; k < fits.size() && rows < 3; ++k) {
                const Fit& f = fits[k];
                if (f.e->time - fits[i].e->time > 86400 || !f.asset_ok || !f.side_ok || f.asset != fits[i].asset) break;
                if (f.e->src.block != fits[i].e->src.block) continue;
                ++rows;
                total += std::fabs(f.amount);
                if (f.days && (!days || *f.days < *days)) days = f.days;
                Fit g = f;
                g.amount = total;
                g.rel = amount_rel_diff(v, total);
                g.days = days;
                if (g.rel && amount_ok(g) && date_ok(g)) run_first = &fits[i], run = g, run_size = k - i + 1, run_rows = rows;  // the newest run wins
            }
        }
        const bool run_newer_followed = run_first && run.e != newest && newest->time - run.e->time > 86400 * 2;
        if (run_first && !run_newer_followed) {
            std::vector<Ref> r;
            for (const Fit* f = run_first; f <= run_first + (run_size - 1); ++f) {
                if (f->e->src.block != run_first->e->src.block) continue;
                r.push_back(f->e->src);
                r.insert(r.end(), f->e->also.begin(), f->e->also.end());
            }
            const std::string from = day_of(run_first->e->time), to = day_of(run.e->time);
            std::string s = "ledger shows " + std::to_string(run_rows) + " " + noun + "s of " + run.asset + (from == to ? " on " + to : " from " + from + " to " + to) +
                            " adding up to " + fmt_amount(run.amount) + " " + run.asset;
            s += " (" + std::string(*run.rel <= 0.0005 ? "amount exact" : "amount " + fmt_pct(*run.rel) + " off") + (run.days ? ", " + days_text(*run.days) : "") + ")";
            set_verdict(c, "corroborated", s, r);
            return;
        }
    }
    // "last": a newer event of the same kind, well after the matched one
    const bool newer_followed = best.e != newest && newest->time - best.e->time > 86400 * std::max<int64_t>(date_ok_days(span ? *span : DaySpan{}), 2);
    if (best.asset_ok && best.side_ok && amount_ok(best) && date_ok(best)) {
        if (newer_followed && (span ? span->precision == "day" : true)) {
            set_verdict(c, "partial", describe(best) + ", but a newer " + noun + " followed on " + day_of(newest->time) + " (" + fmt_amount(newest->amount) + " " + newest->asset + ")",
                        refs(best));
            return;
        }
        // No amount and only a month, a season or a year: an attacker who read one statement
        // e-mail says as much ("I deposited bitcoin in the autumn"). It fits; it proves little.
        if (!best.rel && span && span->hi - span->lo >= 10) {
            set_verdict(c, "partial", describe(best) + "; only the " + (claimed_asset.empty() ? "period" : "asset and the period") +
                                          " were named, no amount", refs(best));
            return;
        }
        set_verdict(c, "corroborated", describe(best), refs(best));
        return;
    }
    // A near miss of an event that is not the newest is two deviations from "my last one was...":
    // it stays partial only when a claimed amount or date is right on.
    const bool one_exact = (best.rel && amount_ok(best)) || (best.days && date_ok(best));
    // The newest one, its amount and date both a little off ("end of August, 0.05 BTC" for 0.04
    // BTC on 2 September): an owner's memory, partial; an older one needs one of them right on.
    if (best.asset_ok && best.side_ok && amount_near(best) && date_near(best) && (amount_ok(best) || date_ok(best) || best.e == newest) &&
        (!newer_followed || one_exact)) {
        set_verdict(c, "partial", describe(best), refs(best));
        return;
    }
    const Fit& nf = fits.back();
    const bool asset_unseen = !claimed_asset.empty() && std::none_of(fits.begin(), fits.end(), [](const Fit& f) { return f.asset_ok; });
    // "400 лари by card ... credited as about 147 USDT": money paid in a currency the ledger never
    // holds arrives as a dollar stablecoin. The newest deposit, on the claimed day and about the
    // claimed sum at a typical rate, is that payment.
    // So is the newest deposit a stablecoin's when the claim names the currency its value was
    // thought in ("circa 3000 euro, io mandato USDT") though older deposits of that currency exist:
    // near the claimed date, partial at best.
    const bool paid_as_stablecoin = !asset_unseen && !nf.asset_ok && nf.days && date_near(nf);
    if ((asset_unseen || paid_as_stablecoin) && type == EventType::Deposit && v.value("fiat", false) && v.contains("amount") && nf.days &&
        (date_ok(nf) || paid_as_stablecoin))
        if (const auto usd = usd_value(claimed_asset, v.value("amount", 0.0), nf.asset)) {
            const double rel = std::fabs(*usd - std::fabs(nf.amount)) / std::max(std::fabs(nf.amount), 1e-9);
            if (rel <= tolerances()["paid_in_other_currency"].value("rel", 0.25)) {
                set_verdict(c, "partial",
                            "ledger shows a " + fmt_amount(nf.amount) + " " + nf.asset + " deposit on " + day_of(nf.e->time) + " (" +
                                days_text(*nf.days) + "); " +
                                (paid_as_stablecoin ? "the newest deposit is not in " + claimed_asset : "the ledger holds no " + claimed_asset) +
                                ": " + fmt_amount(v.value("amount", 0.0)) +
                                " " + claimed_asset + " is about " + fmt_amount(*usd) + " USD at a typical rate, " + fmt_pct(rel) + " off",
                            refs(nf));
                return;
            }
        }
    std::string why = "no " + std::string(noun) + " in the ledger fits";
    if (asset_unseen) why = "no " + std::string(noun) + " of " + claimed_asset + " in the ledger";
    set_verdict(c, "contradicted", why + "; the newest " + noun + " is " + fmt_amount(nf.amount) + " " + nf.asset + " on " + day_of(nf.e->time) +
                                       (best.e != nf.e && best.asset_ok ? "; the closest is " + describe(best).substr(13) : ""),
                refs(nf));
}

void check_last_deposit(const Analysis& a, Claim& c) { check_funding(a, c, EventType::Deposit, "deposit"); }
void check_last_withdrawal(const Analysis& a, Claim& c) { check_funding(a, c, EventType::Withdrawal, "withdrawal"); }
void check_last_trade(const Analysis& a, Claim& c) { check_funding(a, c, EventType::Trade, "trade"); }

}  // namespace ownercheck::correlate
