#pragma once
// What a log line says before its payload (key=value pairs, a JSON body): the stamp, and the words
// that name what happened, without the logger's own marks around them. Shared by the key=value
// reader (formats/kv.cpp) and the JSON-lines reader (formats/json.cpp).
//   syslog   "Aug 15 03:00:43 web-auth-03 authd[7075]: LOGIN OK"            -> stamp, "LOGIN OK"
//   Monolog  "[2026-02-10 13:01:03] production.INFO: Login succeeded"       -> stamp, "Login succeeded"
//   Ruby     "I, [2026-03-09T10:13:52.228775 #3109]  INFO -- : [req-66] Auth login.success"
//                                                                           -> stamp, "Auth login.success"
//   RFC 5424 "<110>1 2026-07-01T18:35:41.324Z auth-5 exchange-auth 2165 LOGIN [evt@41058"
//                                                                           -> stamp, "LOGIN" (the message id)

#include <string_view>

#include "ingest/record.hpp"

namespace ownercheck::ingest {

struct LinePrefix {
    std::string_view stamp;    // the time as written; the whole prefix when no stamp opens it
    std::string_view message;  // empty when nothing but the stamp and the logger's marks
    bool stamped = false;      // a time was found
    bool structured = false;   // RFC 5424: the pairs are structured data, and free text may follow its ']'
};

LinePrefix read_line_prefix(std::string_view prefix, BlockContext& ctx);

}  // namespace ownercheck::ingest
