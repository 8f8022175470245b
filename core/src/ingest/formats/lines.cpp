// Free text, one record per line (syslog/sshd auth lines, notes copied from a tool): each line's
// timestamp, first IP address, an email, a crypto address and its outcome words.

#include <string>

#include "enrich/ip_lookup.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/message_fields.hpp"
#include "ingest/record.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

// The first timestamp in the line: at its start (after "[" or a syslog "<34>"), else at any word start.
std::optional<Timestamp> find_timestamp(std::string_view l, BlockContext& ctx, size_t& at, size_t& len) {
    for (size_t i = 0; i < l.size(); ++i) {
        const char c = l[i];
        if (i > 0 && is_alnum(l[i - 1])) continue;
        if (!is_alnum(c)) continue;
        const std::string_view rest = l.substr(i);
        size_t consumed = 0;
        if (auto ts = parse_timestamp_prefix(rest, ctx.hints_for(rest), consumed)) {
            if (ts->has_time || consumed >= 8) {
                at = i;
                len = consumed;
                return ts;
            }
        }
        if (i > 200) break;  // timestamps sit near the start of a log line
    }
    // An epoch number standing alone at the start: "1763457164 login ok".
    size_t e = 0;
    while (e < l.size() && (is_digit(l[e]) || l[e] == '.')) ++e;
    if (e >= 9 && (e == l.size() || l[e] == ' ' || l[e] == '\t' || l[e] == ',')) {
        if (auto ts = parse_timestamp(l.substr(0, e))) {
            at = 0;
            len = e;
            return ts;
        }
    }
    return std::nullopt;
}



bool base58(char c) { return is_alnum(c) && c != '0' && c != 'O' && c != 'I' && c != 'l'; }

bool looks_like_crypto_address(std::string_view t) {
    if ((istarts_with(t, "bc1") || istarts_with(t, "tb1") || istarts_with(t, "ltc1")) && t.size() >= 26 && t.size() <= 90) {
        for (char c : t)
            if (!is_alnum(c)) return false;
        return true;
    }
    if (t.size() == 42 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
        for (size_t i = 2; i < t.size(); ++i)
            if (!(is_digit(t[i]) || (to_lower(t[i]) >= 'a' && to_lower(t[i]) <= 'f'))) return false;
        return true;
    }
    if ((t[0] == '1' || t[0] == '3' || t[0] == 'r' || t[0] == 'L' || t[0] == 'M' || t[0] == 'D' || t[0] == 'T') && t.size() >= 26 &&
        t.size() <= 35) {
        bool digit = false, upper = false;
        for (char c : t) {
            if (!base58(c)) return false;
            digit = digit || is_digit(c);
            upper = upper || (c >= 'A' && c <= 'Z');
        }
        return digit && upper;
    }
    return false;
}

// The request of an access-log line: `"POST /api/v1/login HTTP/1.1"` -> `POST /api/v1/login`.
std::string_view http_request(std::string_view msg) {
    const size_t http = msg.find(" HTTP/");
    if (http == std::string_view::npos) return {};
    const size_t open = msg.rfind('"', http);
    if (open == std::string_view::npos) return {};
    return trim(msg.substr(open + 1, http - open - 1));
}

// An address no client has as the internet sees it (private, carrier-grade NAT, loopback...): a
// load balancer's or proxy's own, by the address table's special ranges (enrich/ip_lookup.hpp).
bool is_network_own(std::string_view ip) {
    const auto parsed = parse_ip(ip);
    return parsed && !special_range(*parsed).empty();
}

// The application's own verdict logged after an access log line ("auth=ok", "auth=totp_invalid",
// "auth=2fa_required", "auth=2fa_reset_requested"): it beats the HTTP status, which is 200 or 302
// for a wrong code as for a right one. A step that awaits the second factor is no sign-in yet.
void read_outcome_field(std::string_view extras, BlockContext& ctx, Event& ev) {
    for (size_t i = 0; i < extras.size();) {
        while (i < extras.size() && extras[i] == ' ') ++i;
        size_t j = i;
        while (j < extras.size() && extras[j] != ' ') ++j;
        const std::string_view field = extras.substr(i, j - i);
        i = j;
        const size_t eq = field.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 == field.size()) continue;
        const std::string_view key = field.substr(0, eq), value = field.substr(eq + 1);
        if (!iequals(key, "auth") && !iequals(key, "result") && !iequals(key, "outcome") && !iequals(key, "login") && !iequals(key, "login_result"))
            continue;
        const EventMapping& em = ctx.vocab().event(value);
        const OutcomeMapping& om = ctx.vocab().outcome(value);
        if (om.reason == "mfa_required") {
            if (ev.type == EventType::LoginSuccess) ev.type = EventType::Other;  // the password step, the sign-in not done
        } else if (om.outcome == Outcome::Failure || (em.success && !*em.success)) {
            ev.success = false;
            ev.failure_reason = !om.reason.empty() ? om.reason : em.reason;
            if (ev.type == EventType::LoginSuccess) ev.type = EventType::LoginFailure;
        } else if (om.outcome == Outcome::Success) {
            ev.success = true;
        } else if (em.type != EventType::Unknown && em.type != EventType::Other && em.type != EventType::LoginSuccess) {
            ev.type = em.type;  // the request was a security action: "2fa_reset_requested"
        } else if (ev.type == EventType::LoginSuccess) {
            ev.type = EventType::Other;  // "2fa_required": the password step, the sign-in not done
        }
        return;
    }
}

// Web server access logs (nginx/Apache combined): the status after the request decides the
// outcome (401/403 a failure), and the last quoted field is the user agent.
void read_http_fields(std::string_view msg, BlockContext& ctx, Event& ev) {
    const size_t http = msg.find(" HTTP/");
    if (http == std::string_view::npos) return;
    const size_t close = msg.find('"', http);
    if (close == std::string_view::npos) return;
    std::string_view rest = trim(msg.substr(close + 1));
    if (rest.size() >= 3 && is_digit(rest[0]) && is_digit(rest[1]) && is_digit(rest[2]) && (rest.size() == 3 || rest[3] == ' ')) {
        const OutcomeMapping& om = ctx.vocab().outcome(rest.substr(0, 3));
        if (om.outcome == Outcome::Failure) {
            ev.success = false;
            ev.failure_reason = om.reason;
        }
    }
    const size_t last_close = msg.rfind('"');
    if (last_close == std::string_view::npos || last_close <= close) return;
    const size_t last_open = msg.rfind('"', last_close - 1);
    if (last_open == std::string_view::npos || last_open <= close) return;
    const std::string_view ua = msg.substr(last_open + 1, last_close - last_open - 1);
    if (ua.size() > 3 && ua.find('/') != std::string_view::npos && ev.user_agent.empty()) ev.user_agent.assign(ua);
    read_outcome_field(msg.substr(last_close + 1), ctx, ev);
}

// "85.243.17.210    MEO (AS3243)    Porto, PT  Chrome 142 · macOS": a row of an aligned summary
// without a header (pasted into a ticket note), its cells after the address two or more spaces
// apart: each read by what it looks like, a network, a place or a device.
void read_aligned_cells(std::string_view after, Event& ev) {
    size_t i = 0;
    while (i < after.size()) {
        while (i < after.size() && (after[i] == ' ' || after[i] == '\t')) ++i;
        size_t j = i;
        while (j < after.size() && after[j] != '\t' && !(after[j] == ' ' && j + 1 < after.size() && after[j + 1] == ' ')) ++j;
        const std::string_view cell = trim(after.substr(i, j - i));
        i = j;
        if (cell.empty()) continue;
        const size_t as = ifind(cell, "as");
        if (ev.asn.empty() && as != std::string_view::npos && as + 2 < cell.size() && is_digit(cell[as + 2])) {
            read_asn(cell, ev.asn, ev.org);
        } else if (ev.user_agent.empty() && names_device(cell)) {
            ev.user_agent = cell;
        } else if (ev.country.empty()) {
            Interned city, country;
            split_location(cell, city, country);
            if (is_code(country.view()) && cell.find(',') != std::string_view::npos) {
                ev.country = country;
                if (!city.empty()) ev.city = city;
            }
        }
    }
}

}  // namespace

void parse_lines(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    (void)d;
    LineReader lr(ctx.text());
    std::string_view l;
    int no = 0;
    int with_ip = 0, with_outcome = 0;
    auto undated = [&](int line, std::string_view t) {
        // Syslog stamps carry no year; without the case's opened_at there is none to give them.
        TimeHints any_year;
        any_year.reference_year = 2000;
        size_t used = 0;
        if (ctx.hints_for(t).reference_year == 0 && parse_timestamp_prefix(t, any_year, used))
            out.warn(line, "timestamp without a year ('" + excerpt(t.substr(0, used)) + "') and the case has no opened_at to date it");
        else
            out.warn(line, "no timestamp on this line: '" + excerpt(t) + "'");
        ++out.rows;
        ++out.skipped;
    };
    // "Giulia Ferrari · User · giulia@...", "Activity (times in UTC)": up to three undated lines
    // above the first dated one are the panel's heading, noted once, not records that failed.
    std::vector<std::pair<int, std::string_view>> heading;
    bool heading_settled = false;
    auto settle_heading = [&](bool is_title) {
        if (heading_settled) return;
        heading_settled = true;
        if (is_title && !heading.empty())
            out.warn(heading.front().first, std::to_string(heading.size()) + " line(s) above the first dated line read as the block's title");
        else
            for (const auto& [line, text] : heading) undated(line, text);
    };
    while (lr.next(l, no)) {
        const std::string_view t = trim(l);
        if (t.empty()) continue;
        size_t at = 0, len = 0;
        auto ts = find_timestamp(t, ctx, at, len);
        if (!heading_settled) {
            if (!ts && heading.size() < 3) {
                heading.emplace_back(no, t);
                continue;
            }
            settle_heading(ts.has_value());
        }
        if (!ts) {
            undated(no, t);
            continue;
        }
        // A time alone on its line ("15 de nov. de 2026, 21:47" over a message in a copied
        // conversation) stamps the text under it; it is no record of its own.
        {
            std::string_view rest = trim(t.substr(at + len));
            while (!rest.empty() && (rest.front() == ')' || rest.front() == ']' || rest.front() == '-' || rest.front() == ':')) rest = trim(rest.substr(1));
            if (rest.empty() && trim(t.substr(0, at)).size() <= 1) continue;
        }
        ++out.rows;
        Event ev;
        ev.src = Ref{ctx.block(), no};
        ev.time = ts->sec;
        ev.time_ms = ts->ms;
        // The message: the line without its timestamp.
        std::string message(t.substr(0, at));
        message.append(t.substr(at + len));
        const std::string_view msg = trim(message);
        ev.raw_type = excerpt(msg, 80);
        // Tokens: IPs, emails, crypto addresses.
        size_t ip_end = std::string_view::npos;
        bool private_first = false;
        for (size_t i = 0; i < msg.size();) {
            const std::string_view tok = next_token(msg, i);
            const size_t j = i;
            if (!tok.empty()) {
                if (ev.ip.empty() || private_first) {
                    const std::string_view ip = clean_ip(tok);
                    if (!ip.empty() && (looks_like_ipv4(ip) || ip.find("::") != std::string_view::npos || ip.size() > 14) &&
                        !(private_first && is_network_own(ip))) {
                        // A load balancer's or proxy's own address comes first on an access log line
                        // ("10.20.3.118 - - [...] ... xff=90.112.47.201"): a public one after it is the client.
                        private_first = ev.ip.empty() && is_network_own(ip);
                        ev.ip.assign(ip);
                        ip_end = j;
                    }
                }
                const size_t atpos = tok.find('@');
                if (ev.email.empty() && atpos != std::string_view::npos && atpos > 0 &&
                    tok.find('.', atpos) != std::string_view::npos)
                    ev.email.assign(tok);
                if (ev.address.empty() && looks_like_crypto_address(tok)) ev.address.assign(tok);
            }
        }
        // A web access log names its action in the request line ("POST /api/login HTTP/1.1"); the
        // rest of the line (referrer, user agent: "iPhone", "exchange.example") would mislead the rules.
        const std::string_view request = http_request(msg);
        const EventMapping* em = &ctx.vocab().event(request.empty() ? leading_clause(msg) : request);
        if (request.empty()) {
            // The clause may name no action, or a failure whose cause comes after it ("Withdrawal
            // confirmation failed: authenticator code invalid" is a failed second factor).
            const EventMapping& whole = ctx.vocab().event(msg);
            if (em->type == EventType::Other || (em->success == false && em->reason.empty() && !whole.reason.empty())) em = &whole;
        }
        ev.type = em->type == EventType::Unknown ? EventType::Other : em->type;
        if (em->success) {
            ev.success = *em->success;
            if (!ev.success) ev.failure_reason = em->reason;
        }
        read_http_fields(msg, ctx, ev);
        if (ip_end != std::string_view::npos) {
            read_after_address(msg, ip_end, ev);
            const std::string_view after = msg.substr(ip_end);
            if (ev.country.empty() && after.find("  ") != std::string_view::npos) read_aligned_cells(after, ev);
        }
        if (ev.type == EventType::LoginSuccess && !ev.success) ev.type = EventType::LoginFailure;
        if (!ev.ip.empty()) ++with_ip;
        if (ev.type != EventType::Other) ++with_outcome;
        out.event_list.push_back(std::move(ev));
        ++out.events;
    }
    settle_heading(false);  // no dated line at all: the lines were records that could not be read
    out.format_reason += "; " + std::to_string(out.events) + " line(s) with a timestamp, " + std::to_string(with_ip) +
                         " with an IP, " + std::to_string(with_outcome) + " with a recognised action";
}

}  // namespace ownercheck::ingest
