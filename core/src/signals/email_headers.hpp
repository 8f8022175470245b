#pragma once
// Reading the ticket's raw RFC 5322 headers and addresses: just what the e-mail detectors need
// (Authentication-Results verdicts, the originating Received IP, address normalisation).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::signals {

struct HeaderField {
    int line = 0;  // 1-based line of the field's first line within the headers text
    std::string name;   // lower case
    std::string value;  // unfolded
};
std::vector<HeaderField> parse_header_fields(std::string_view raw);

struct AuthVerdict {
    int line = 0;
    std::string method;  // dkim | spf | dmarc | arc
    std::string result;  // pass | fail | softfail | none | neutral | permerror | temperror
};
std::vector<AuthVerdict> auth_verdicts(std::string_view raw_headers);

struct OriginIp {
    int line = 0;
    std::string ip;
};
// The IP of the bottom-most Received field that names a public address: the hop where the
// message entered mail transport, normally the sender's own connection.
std::optional<OriginIp> origin_ip(std::string_view raw_headers);

// "Name <A.B@Example.com>" -> "a.b@example.com"; "" when there is no address.
std::string normalize_address(std::string_view text);
// Canonical mailbox: lower case, "+tag" dropped, and for Gmail the dots too (they are ignored).
std::string canonical_mailbox(std::string_view address);
std::string domain_of(std::string_view address);
std::string local_of(std::string_view address);

size_t edit_distance(std::string_view a, std::string_view b);
double similarity(std::string_view a, std::string_view b);  // 1 - distance / longer length

}  // namespace ownercheck::signals
