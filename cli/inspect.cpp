#include "inspect.hpp"

#include <istream>
#include <ostream>

#include "enrich/address_check.hpp"
#include "enrich/email_check.hpp"
#include "enrich/gazetteer.hpp"
#include "enrich/ip_lookup.hpp"
#include "enrich/user_agent.hpp"

namespace ownercheck::cli {

namespace {

nlohmann::ordered_json describe(const std::string& cmd, const std::string& item) {
    if (cmd == "ua") return describe_user_agent(item);
    if (cmd == "ip") return describe_ip(item);
    if (cmd == "address") return describe_address(item);
    if (cmd == "email") return describe_email(item);
    return describe_place(item);
}

}  // namespace

bool is_inspect_command(const std::string& cmd) {
    return cmd == "ua" || cmd == "ip" || cmd == "address" || cmd == "place" || cmd == "email";
}

int run_inspect(const std::string& cmd, std::istream& in, std::ostream& out) {
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // Invalid UTF-8 is replaced, never thrown: the describers clean their input.
        out << describe(cmd, line).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    }
    out.flush();
    return 0;
}

}  // namespace ownercheck::cli
