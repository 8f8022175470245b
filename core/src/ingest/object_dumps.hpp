#pragma once
// Records printed by a back office's own console, as a specialist pastes a session:
//   Python / Django shell, pprint of a list of dicts: {'ip': '176.88.37.209', 'success': True,
//     'created_at': datetime.datetime(2027, 2, 11, 18, 20, 44, 91000, tzinfo=datetime.timezone.utc)}
//     (long strings split over lines as 'abc ' 'def');
//   Ruby / Rails console, inspect of model objects: [#<LoginEvent id: 5520931, kind: "login",
//     ip: #<IPAddr: IPv4:146.70.117.51/255.255.255.255>, created_at: "2027-02-04 16:18:03 +0000">, …].
// Neither is JSON, so the text is rewritten once before detection: each printed list or record
// becomes JSON (one array for the whole session), prompts, commands and other output become empty
// lines, and line numbers stay the paste's.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds such records; false,
// `out` untouched, otherwise.
bool rewrite_object_dumps(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
