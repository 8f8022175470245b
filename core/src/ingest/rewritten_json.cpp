#include "ingest/rewritten_json.hpp"

namespace ownercheck::ingest {

void append_json_string(std::string& out, std::string_view v) {
    out += '"';
    for (char ch : v) {
        if (ch == '"' || ch == '\\') out += '\\';
        if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
        out += ch;
    }
    out += '"';
}

std::string join_json_lines(std::vector<std::string>& lines, size_t reserve) {
    for (size_t k = lines.size(); k-- > 0;)
        if (!lines[k].empty()) {
            lines[k] += ']';
            break;
        }
    std::string joined;
    joined.reserve(reserve);
    for (size_t k = 0; k < lines.size(); ++k) {
        if (k > 0) joined += '\n';
        joined += lines[k];
    }
    return joined;
}

}  // namespace ownercheck::ingest
