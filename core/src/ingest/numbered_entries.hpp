#pragma once
// The raw-data view of a cloud log search copied from the browser (Tencent Cloud CLS, Alibaba SLS,
// Huawei LTS): each entry a number and its time on one line, then indented lines of `key: value`
// fields set apart by wide gaps:
//   1	2026-07-22 00:35:02.571
//   	__TAG__.pod_name: auth-svc-6c9    __SOURCE__: 10.6.3.62
//   	event: 2fa_reset_request    result: pending_manual_review    ip: 112.97.183.20    city: Shenzhen
// No format reads that, so the text is rewritten once before detection: each entry becomes one
// JSON object opened on its number's line ("time") and continued on its field lines, every other
// line an empty line (line numbers stay the paste's). A time zone the page names above the entries ("时区：UTC+08:00",
// "Time zone: UTC+8") is written onto each time.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds two such entries at
// least; false, `out` untouched, otherwise.
bool rewrite_numbered_entries(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
