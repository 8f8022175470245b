#pragma once
// A Redis stream read with redis-cli, as a back office that keeps account events in Redis streams
// gets it (XRANGE / XREVRANGE under the cli's prompt):
//
//   127.0.0.1:6379> XRANGE acct:events:3391047 - +
//    1) 1) "1762873932957-0"              <- the entry's ID: milliseconds since 1970, a sequence
//       2)  1) "type"                      <- then its fields and values, one per line
//           2) "login"
//           3) "ip"
//           4) "37.248.155.127"
//    2) 1) "1763056140665-0"
//
// Not JSON and not one record per line, so the text is rewritten once before detection: each
// entry becomes a JSON object on its first line, with "time" from its ID (a field of its own that
// names the time is kept too), the other lines and the cli's prompts and replies ("(integer) 54")
// are left empty. Line numbers stay the paste's.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds two stream entries or
// more; false, `out` untouched, otherwise.
bool rewrite_redis_replies(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
