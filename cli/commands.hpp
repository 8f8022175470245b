#pragma once
// The command line, as a function of its arguments and streams, so the native CLI and the node
// (wasm) entry run the very same code.

#include <iosfwd>
#include <string>
#include <vector>

namespace ownercheck::cli {

// Exit codes (shared/docs/CONTRACT.md).
enum Exit : int { kOk = 0, kInternal = 1, kUsage = 2, kBadInput = 3 };

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace ownercheck::cli
