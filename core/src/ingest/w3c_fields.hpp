#pragma once
// A W3C extended log (IIS, and the CDNs that write its form): a `#Fields:` directive names the
// space-separated columns of every line after it, spaces inside a value written as '+':
//   #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) ...
//   2026-03-01 20:04:32 10.40.2.15 POST /Hesap/Giris - 443 mc@gmail.com 10.40.0.5 Mozilla/5.0+(Windows+NT+10.0...
// Lines found by PowerShell's Select-String or grep carry their file and line number first
// ("u_ex260301.log:44844:"). No column reader splits on single spaces with '-' for empty, so the
// text is rewritten once before detection: each line of as many values as the directive names
// becomes one JSON object on its own line (line numbers stay the paste's). Behind a load balancer
// c-ip is the balancer's own address; the client is the first X-Forwarded-For address.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds a `#Fields:` directive
// and two lines that fit it at least; false, `out` untouched, otherwise.
bool rewrite_w3c_fields(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
