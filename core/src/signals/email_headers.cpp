#include "signals/email_headers.hpp"

#include <algorithm>
#include <cctype>

#include "signals/signal_common.hpp"

namespace ownercheck::signals {

std::vector<HeaderField> parse_header_fields(std::string_view raw) {
    std::vector<HeaderField> fields;
    int line_no = 0;
    size_t pos = 0;
    while (pos <= raw.size()) {
        size_t end = raw.find('\n', pos);
        if (end == std::string_view::npos) end = raw.size();
        std::string_view line = raw.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++line_no;
        pos = end + 1;
        if (line.empty()) {
            if (end == raw.size()) break;
            continue;
        }
        if ((line[0] == ' ' || line[0] == '\t') && !fields.empty()) {
            fields.back().value.append(" ").append(line.substr(line.find_first_not_of(" \t")));
        } else if (const size_t colon = line.find(':'); colon != std::string_view::npos && colon > 0) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
            fields.push_back({line_no, lower(line.substr(0, colon)), std::string(value)});
        }
        if (end == raw.size()) break;
    }
    return fields;
}

std::vector<AuthVerdict> auth_verdicts(std::string_view raw_headers) {
    std::vector<AuthVerdict> out;
    for (const HeaderField& f : parse_header_fields(raw_headers)) {
        if (f.name != "authentication-results" && f.name != "arc-authentication-results") continue;
        const std::string v = lower(f.value);
        for (const char* method : {"dkim", "spf", "dmarc"}) {
            const std::string key = std::string(method) + "=";
            size_t at = 0;
            while ((at = v.find(key, at)) != std::string::npos) {
                // Only a token start: "header.d=" or "smtp.dkim=" are not verdicts.
                const bool token_start = at == 0 || v[at - 1] == ' ' || v[at - 1] == ';' || v[at - 1] == '\t';
                size_t b = at + key.size(), e = b;
                while (e < v.size() && std::isalpha(static_cast<unsigned char>(v[e]))) ++e;
                if (token_start && e > b) out.push_back({f.line, method, v.substr(b, e - b)});
                at = e;
            }
        }
    }
    return out;
}

static std::string first_ip_in(std::string_view v) {
    // An address inside [brackets] or (parentheses), as Received fields write the peer.
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '[' && v[i] != '(') continue;
        const char close = v[i] == '[' ? ']' : ')';
        const size_t e = v.find(close, i + 1);
        if (e == std::string_view::npos) continue;
        std::string inner(v.substr(i + 1, e - i - 1));
        if (inner.rfind("IPv6:", 0) == 0 || inner.rfind("ipv6:", 0) == 0) inner = inner.substr(5);
        // "(host.example [1.2.3.4])" puts the IP in the inner brackets: recurse.
        if (inner.find('[') != std::string::npos) {
            std::string nested = first_ip_in(inner);
            if (!nested.empty()) return nested;
        }
        const bool ipv4 = !ip_prefix(inner).empty() && inner.find(':') == std::string::npos;
        const bool ipv6 = inner.find(':') != std::string::npos &&
                          inner.find_first_not_of("0123456789abcdefABCDEF:.") == std::string::npos;
        if ((ipv4 || ipv6) && is_public_ip(inner)) return inner;
    }
    return {};
}

std::optional<OriginIp> origin_ip(std::string_view raw_headers) {
    std::optional<OriginIp> found;
    for (const HeaderField& f : parse_header_fields(raw_headers)) {
        if (f.name != "received") continue;
        // Only the "from" part names the connecting peer; "by" names the receiving server.
        std::string_view v = f.value;
        const size_t by = lower(v).find(" by ");
        if (by != std::string::npos) v = v.substr(0, by);
        std::string ip = first_ip_in(v);
        if (!ip.empty()) found = OriginIp{f.line, ip};  // keep the bottom-most
    }
    return found;
}

std::string normalize_address(std::string_view text) {
    std::string_view t = text;
    if (const size_t lt = t.find('<'); lt != std::string_view::npos) {
        const size_t gt = t.find('>', lt);
        t = t.substr(lt + 1, gt == std::string_view::npos ? std::string_view::npos : gt - lt - 1);
    }
    const size_t b = t.find_first_not_of(" \t\r\n\"");
    if (b == std::string_view::npos) return {};
    const size_t e = t.find_last_not_of(" \t\r\n\"");
    std::string out = lower(t.substr(b, e - b + 1));
    return out.find('@') == std::string::npos ? std::string{} : out;
}

std::string domain_of(std::string_view address) {
    const size_t at = address.rfind('@');
    return at == std::string_view::npos ? std::string{} : std::string(address.substr(at + 1));
}

std::string local_of(std::string_view address) {
    const size_t at = address.rfind('@');
    return std::string(at == std::string_view::npos ? address : address.substr(0, at));
}

std::string canonical_mailbox(std::string_view address) {
    const std::string a = normalize_address(address);
    if (a.empty()) return {};
    std::string local = local_of(a), domain = domain_of(a);
    if (const size_t plus = local.find('+'); plus != std::string::npos) local.resize(plus);
    if (domain == "googlemail.com") domain = "gmail.com";
    if (domain == "gmail.com") local.erase(std::remove(local.begin(), local.end(), '.'), local.end());
    return local + "@" + domain;
}

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

double similarity(std::string_view a, std::string_view b) {
    const size_t n = std::max(a.size(), b.size());
    if (n == 0) return 1.0;
    return 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(n);
}

}  // namespace ownercheck::signals
