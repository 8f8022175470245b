#pragma once
// Inspection commands: one item per stdin line in, one JSON object per line out. They show what
// the enrich stage makes of a user agent, an IP, a crypto address or a place, and the tests run
// the field's own test suites through them.

#include <iosfwd>
#include <string>

namespace ownercheck::cli {

bool is_inspect_command(const std::string& cmd);  // ua, ip, address, place, email
int run_inspect(const std::string& cmd, std::istream& in, std::ostream& out);

}  // namespace ownercheck::cli
