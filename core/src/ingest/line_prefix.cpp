#include "ingest/line_prefix.hpp"

#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

// "INFO", "[WARN]", "production.ERROR:", "<info>": a logger's severity, in any case.
bool is_level_token(std::string_view token) {
    while (!token.empty() && (token.front() == '[' || token.front() == '<')) token.remove_prefix(1);
    while (!token.empty() && (token.back() == ']' || token.back() == '>' || token.back() == ':')) token.remove_suffix(1);
    if (const size_t dot = token.rfind('.'); dot != std::string_view::npos) token = token.substr(dot + 1);  // Monolog's channel
    static constexpr std::string_view kLevels[] = {"trace", "debug", "dbg", "info", "inf", "notice", "warn", "warning", "wrn",
                                                   "error", "err", "crit", "critical", "alert", "emerg", "emergency", "fatal", "ftl", "severe", "trc"};
    for (std::string_view level : kLevels)
        if (iequals(token, level)) return true;
    return false;
}

std::string_view first_token(std::string_view s) { return s.substr(0, s.find_first_of(" \t")); }

// RFC 5424's "<PRI>VERSION " opening ("<110>1 "): the priority and the protocol version.
size_t rfc5424_opening(std::string_view p) {
    size_t k = 1;
    while (k < p.size() && k <= 4 && is_digit(p[k])) ++k;
    if (p.empty() || p[0] != '<' || k == 1 || k + 2 >= p.size() || p[k] != '>' || !is_digit(p[k + 1]) || p[k + 2] != ' ') return 0;
    return k + 3;
}

// After an RFC 5424 stamp: "HOST APP PROCID MSGID [SD-ID ..." or "... MSGID -". The message id
// names the event ("LOGIN", "WD_SENT"); "-" is the protocol's nothing.
std::string_view rfc5424_message_id(std::string_view rest) {
    for (int field = 0; field < 3; ++field) {
        const size_t gap = rest.find(' ');
        if (gap == std::string_view::npos) return {};
        rest = trim(rest.substr(gap + 1));
    }
    const std::string_view id = first_token(rest);
    return id.empty() || id == "-" || id.front() == '[' ? std::string_view{} : id;
}

}  // namespace

LinePrefix read_line_prefix(std::string_view prefix, BlockContext& ctx) {
    LinePrefix out;
    out.stamp = prefix;
    if (parse_time_value(prefix, ctx)) {
        out.stamped = true;
        return out;
    }
    std::string_view p = prefix;
    // `docker compose logs` names the container first ("auth-1    | "), `kubectl logs --prefix` the
    // pod ("[pod/auth-7d9f8/auth] "): which process wrote the line, not what happened.
    if (const size_t bar = p.find(" | "); bar != std::string_view::npos && bar < 64) {
        const std::string_view container = trim(p.substr(0, bar));
        if (!container.empty() && container.find(' ') == std::string_view::npos) p = trim(p.substr(bar + 3));
    }
    if (const size_t opening = rfc5424_opening(p); opening > 0) {
        p = p.substr(opening);
        size_t consumed = 0;
        if (!parse_timestamp_prefix(p, ctx.hints_for(p), consumed)) return out;
        out.stamp = p.substr(0, consumed);
        out.stamped = true;
        out.structured = true;
        out.message = rfc5424_message_id(trim(p.substr(consumed)));
        return out;
    }
    if (p.substr(0, 5) == "[pod/") {
        const size_t close = p.find("] ");
        if (close != std::string_view::npos) p = trim(p.substr(close + 2));
    }
    // Ruby's Logger opens with the severity's letter: "I, [2026-03-09T10:13:52.228775 #3109]".
    if (p.size() > 3 && p[0] >= 'A' && p[0] <= 'Z' && p[1] == ',' && p[2] == ' ') p = trim(p.substr(3));
    const bool bracketed = !p.empty() && (p.front() == '[' || p.front() == '<');
    if (bracketed) p.remove_prefix(1);
    size_t consumed = 0;
    if (!parse_timestamp_prefix(p, ctx.hints_for(p), consumed)) return out;
    out.stamp = p.substr(0, consumed);
    out.stamped = true;
    std::string_view rest = p.substr(consumed);
    if (bracketed) {  // the bracket may hold more than the stamp: " #3109]"
        const size_t close = rest.find_first_of("]>");
        if (close != std::string_view::npos && close < 24) rest = rest.substr(close + 1);
    }
    rest = trim(rest);
    const bool leveled = is_level_token(first_token(rest));
    if (leveled) rest = trim(rest.substr(first_token(rest).size()));
    // Ruby's "-- progname: " after the level.
    if (rest.size() >= 2 && rest[0] == '-' && rest[1] == '-') {
        const size_t colon = rest.find(": ");
        rest = colon == std::string_view::npos ? std::string_view{} : trim(rest.substr(colon + 2));
    }
    // A request's tag ("[req-664257b5]") says which request, not what happened.
    while (rest.size() > 2 && rest.front() == '[') {
        const size_t close = rest.find(']');
        if (close == std::string_view::npos || rest.substr(0, close).find(' ') != std::string_view::npos) break;
        rest = trim(rest.substr(close + 1));
    }
    // syslog's "host app[pid]: " before the message, or alone ("auth-01 login[2935]:"). A logger
    // that prints a level prints no host, and its message may hold a colon: "Login failed: bad code".
    if (!leveled && !bracketed) {
        if (!rest.empty() && rest.back() == ':') rest = {};
        if (const size_t tag = rest.find(": "); tag != std::string_view::npos && rest.substr(0, tag).find(' ') != std::string_view::npos)
            rest = trim(rest.substr(tag + 2));
    }
    out.message = rest;
    return out;
}

}  // namespace ownercheck::ingest
