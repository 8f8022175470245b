#include "ingest/object_dumps.hpp"

#include <cstdio>
#include <vector>

#include "ingest/formats/line_reader.hpp"
#include "ingest/js_objects.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

// Ruby: Rails model inspects; RubyHash: Hash inspects alone ("key" => value), as Logstash's
// rubydebug output and Fluent Bit's or Fluentd's stdout print events.
enum class Dialect { None, Python, Ruby, RubyHash };

constexpr size_t npos = std::string_view::npos;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ident_char(char c) { return is_alnum(c) || c == '_'; }

// "#<LoginEvent id: …", "#<Admin::LoginEvent kind: …" at s[i]: a Ruby object's inspect; `name_end`
// gets the index after its class name.
bool ruby_object_at(std::string_view s, size_t i, size_t* name_end = nullptr) {
    if (s.substr(i, 2) != "#<" || i + 2 >= s.size() || !is_upper(s[i + 2])) return false;
    size_t j = i + 2;
    while (j < s.size()) {  // "Admin::LoginEvent": a namespace is part of the name; "IPAddr: " ends it
        if (ident_char(s[j])) ++j;
        else if (s.substr(j, 2) == "::" && j + 2 < s.size() && is_upper(s[j + 2])) j += 2;
        else break;
    }
    if (name_end) *name_end = j;
    return true;
}

// Fluent Bit's stdout record: "[12] auth.member: [" (a chunk's record number and the tag); the
// index of the '[' that opens the record, or npos.
size_t fluent_record_start(std::string_view line) {
    if (line.size() < 8 || line[0] != '[' || !is_digit(line[1])) return npos;
    size_t i = 1;
    while (i < line.size() && is_digit(line[i])) ++i;
    if (line.substr(i, 2) != "] ") return npos;
    const size_t colon = line.find(": [", i + 2);
    if (colon == npos || line.substr(i + 2, colon - i - 2).find(' ') != npos) return npos;
    return colon + 2;
}

// Ruby when a line prints an object with a field ("#<Name key: "), Python when a line starts a
// list or dict of quoted keys ("[{'ip': …", "{'created_at': …"), RubyHash when a line holds a
// rubydebug member ("  \"@timestamp\" => 2025-11-18T18:24:01.205Z,") or a Fluent Bit record.
Dialect dialect_of(const std::vector<std::string_view>& lines) {
    for (size_t i = 0; i < lines.size() && i < 200; ++i) {
        const std::string_view t = trim(lines[i]);
        if (!t.empty() && t.front() == '"' && t.find("\" => ") != npos) return Dialect::RubyHash;
        if (fluent_record_start(t) != npos && t.find("\"=>") != npos) return Dialect::RubyHash;
        for (size_t p = t.find("#<"); p != npos; p = t.find("#<", p + 2)) {
            size_t j = 0;
            if (!ruby_object_at(t, p, &j) || j >= t.size() || t[j] != ' ') continue;
            size_t k = j + 1;
            while (k < t.size() && ident_char(t[k])) ++k;
            if (k > j + 1 && k + 1 < t.size() && t[k] == ':' && t[k + 1] == ' ') return Dialect::Ruby;
        }
        if (t.substr(0, 3) == "[{'" || t.substr(0, 2) == "{'") return Dialect::Python;
    }
    return Dialect::None;
}

// Where a printed record starts on a line: "[{'", "{'", "[#<", "#<Name ", after irb's "=> ".
size_t document_start(std::string_view line, Dialect d) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (line.substr(i, 3) == "=> ") i += 3;
    const std::string_view t = line.substr(i);
    if (d == Dialect::Python) return t.substr(0, 3) == "[{'" || t.substr(0, 2) == "{'" ? i : npos;
    if (d == Dialect::RubyHash) {
        if (i == 0 && trim(t) == "{") return 0;  // rubydebug: a record opens with "{" alone
        const size_t at = fluent_record_start(t);
        return at == npos ? npos : i + at;
    }
    if (ruby_object_at(t, 0) || (t.substr(0, 1) == "[" && ruby_object_at(t, 1))) return i;
    return npos;
}

// "2027, 2, 11, 18, 20, 44, 91000, tzinfo=datetime.timezone.utc)" after "datetime.datetime(":
// the instant as ISO text (UTC when the zone says so, an offset for a fixed timedelta, else as
// written); `i` moves past the closing parenthesis.
std::string python_datetime(std::string_view s, size_t& i) {
    int v[7] = {0, 1, 1, 0, 0, 0, 0};
    int n = 0;
    while (i < s.size() && s[i] != ')' && n < 7) {
        while (i < s.size() && s[i] == ' ') ++i;
        if (i >= s.size() || !is_digit(s[i])) break;
        int x = 0;
        while (i < s.size() && is_digit(s[i])) x = x * 10 + (s[i++] - '0');
        v[n++] = x;
        while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    }
    const size_t close = s.find(')', i);
    std::string_view zone = s.substr(i, close == npos ? npos : close - i);
    int depth = 0;  // tzinfo=datetime.timezone(datetime.timedelta(seconds=10800)) nests parentheses
    size_t end = i;
    for (; end < s.size(); ++end) {
        if (s[end] == '(') ++depth;
        else if (s[end] == ')' && depth-- == 0) break;
    }
    zone = s.substr(i, end - i);
    i = end < s.size() ? end + 1 : end;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06d", v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    std::string out = buf;
    if (zone.find("utc") != npos || zone.find("UTC") != npos) {
        out += 'Z';
    } else if (const size_t sec = zone.find("seconds="); sec != npos) {
        size_t k = sec + 8;
        const bool negative = k < zone.size() && zone[k] == '-';
        if (negative) ++k;
        int seconds = 0;
        while (k < zone.size() && is_digit(zone[k])) seconds = seconds * 10 + (zone[k++] - '0');
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", negative ? '-' : '+', seconds / 3600, seconds / 60 % 60);
        out += buf;
    }
    return out;
}

// Rails' own time inspect, unquoted: "Sun, 04 Feb 2027 16:18:03.229000000 UTC +00:00". Its
// length at s[i], or 0.
size_t rails_time_at(std::string_view s, size_t i) {
    static constexpr std::string_view kDays[] = {"Mon, ", "Tue, ", "Wed, ", "Thu, ", "Fri, ", "Sat, ", "Sun, "};
    bool day = false;
    for (auto d : kDays) day = day || s.substr(i, 5) == d;
    if (!day || i + 5 >= s.size() || !is_digit(s[i + 5])) return 0;
    for (size_t k = i + 5; k + 6 <= s.size() && k < i + 60; ++k)
        if ((s[k] == '+' || s[k] == '-') && is_digit(s[k + 1]) && is_digit(s[k + 2]) && s[k + 3] == ':') return k + 6 - i;
    return 0;
}

// Rewrites printed records as JSON, line by line; the nesting carries over from line to line.
class Converter {
public:
    explicit Converter(Dialect d) : dialect_(d) {}

    bool open() const { return !stack_.empty(); }

    // Converts line[from..] and returns the JSON text; stops where the record closes.
    std::string line(std::string_view s, size_t from) {
        std::string out;
        for (size_t i = from; i < s.size();) {
            const char c = s[i];
            if (c == '\'' || c == '"') {
                i = copy_quoted_as_json(s, i, out);
                key_position_ = false;
                continue;
            }
            if ((dialect_ == Dialect::Ruby || dialect_ == Dialect::RubyHash) && convert_ruby(s, i, out)) {
                if (stack_.empty()) return out;
                continue;
            }
            if (dialect_ == Dialect::Python && convert_python(s, i, out)) continue;
            if (c == '[' || c == '{' || (dialect_ == Dialect::Python && c == '(')) {
                stack_.push_back(c);
                out += c == '(' ? '[' : c;
                key_position_ = c == '{';
                ++i;
                continue;
            }
            if (c == ']' || c == '}' || (dialect_ == Dialect::Python && c == ')')) {
                if (!stack_.empty()) stack_.pop_back();
                out += c == ')' ? ']' : c;
                ++i;
                if (stack_.empty()) return out;
                continue;
            }
            if (c == ',') key_position_ = !stack_.empty() && stack_.back() != '[';
            out += c;
            ++i;
        }
        return out;
    }

private:
    bool convert_python(std::string_view s, size_t& i, std::string& out) {
        static constexpr std::pair<std::string_view, std::string_view> kWords[] = {{"None", "null"}, {"True", "true"}, {"False", "false"}};
        if (i > 0 && ident_char(s[i - 1])) return false;
        for (const auto& [word, json] : kWords)
            if (s.substr(i, word.size()) == word && (i + word.size() >= s.size() || !ident_char(s[i + word.size()]))) {
                out += json;
                i += word.size();
                return true;
            }
        for (std::string_view call : {std::string_view("datetime.datetime("), std::string_view("datetime.date(")})
            if (s.substr(i, call.size()) == call) {
                i += call.size();
                std::string iso = python_datetime(s, i);
                if (call == "datetime.date(") iso.resize(10);
                out += '"' + iso + '"';
                return true;
            }
        for (std::string_view call : {std::string_view("Decimal("), std::string_view("UUID(")})
            if (s.substr(i, call.size()) == call) {
                i += call.size();
                while (i < s.size() && s[i] == ' ') ++i;
                if (i < s.size() && (s[i] == '\'' || s[i] == '"')) i = copy_quoted_as_json(s, i, out);
                while (i < s.size() && s[i] != ')') ++i;
                if (i < s.size()) ++i;
                return true;
            }
        return false;
    }

    bool convert_ruby(std::string_view s, size_t& i, std::string& out) {
        size_t name_end = 0;
        if (ruby_object_at(s, i, &name_end)) {
            const std::string_view name = s.substr(i + 2, name_end - i - 2);
            size_t j = name_end;
            if (name == "IPAddr" && s.substr(j, 2) == ": ") {  // #<IPAddr: IPv4:146.70.117.51/255.255.255.255>
                j += 2;
                if (s.substr(j, 5) == "IPv4:" || s.substr(j, 5) == "IPv6:") j += 5;
                const size_t from = j;
                while (j < s.size() && s[j] != '/' && s[j] != '>') ++j;
                out += '"';
                out.append(s.substr(from, j - from));
                out += '"';
                while (j < s.size() && s[j] != '>') ++j;
                i = j < s.size() ? j + 1 : j;
                key_position_ = false;
                return true;
            }
            while (j < s.size() && s[j] == ' ') ++j;
            if (j < s.size() && s[j] == '[') {  // #<ActiveRecord::Relation [ … ]>: the list inside
                stack_.push_back('R');
                i = j;
                return true;
            }
            stack_.push_back('<');
            out += '{';
            key_position_ = true;
            i = j;
            return true;
        }
        const char c = s[i];
        if (c == '>' && !stack_.empty() && (stack_.back() == '<' || stack_.back() == 'R')) {
            if (stack_.back() == '<') out += '}';
            stack_.pop_back();
            ++i;
            return true;
        }
        if (key_position_ && (is_alpha(c) || c == '_')) {  // bare key: "kind: "
            size_t j = i;
            while (j < s.size() && ident_char(s[j])) ++j;
            if (j + 1 < s.size() && s[j] == ':' && s[j + 1] == ' ') {
                out += '"';
                out.append(s.substr(i, j - i));
                out += "\":";
                i = j + 1;
                key_position_ = false;
                return true;
            }
        }
        if (s.substr(i, 2) == "=>") {  // a Hash inside: {"channel"=>"email"}
            out += ':';
            i += 2;
            copy_bare_value(s, i, out);
            return true;
        }
        if (const size_t n = rails_time_at(s, i)) {
            // "… 16:18:03.229 UTC +00:00": the offset says it all; the zone's name before it goes.
            const std::string_view t = s.substr(i, n), offset = t.substr(t.size() - 6);
            std::string_view stamp = trim(t.substr(0, t.size() - 6));
            if (const size_t sp = stamp.rfind(' '); sp != npos && is_alpha(stamp[sp + 1])) stamp = stamp.substr(0, sp);
            out += '"';
            out.append(stamp);
            out += ' ';
            out.append(offset);
            out += '"';
            i += n;
            return true;
        }
        if (s.substr(i, 3) == "nil" && (i + 3 >= s.size() || !ident_char(s[i + 3])) && (i == 0 || !ident_char(s[i - 1]))) {
            out += "null";
            i += 3;
            return true;
        }
        if (c == ':' && i + 1 < s.size() && (is_alpha(s[i + 1]) || s[i + 1] == '_') && (i == 0 || s[i - 1] == ' ')) {  // :symbol
            size_t j = i + 1;
            while (j < s.size() && ident_char(s[j])) ++j;
            out += '"';
            out.append(s.substr(i + 1, j - i - 1));
            out += '"';
            i = j;
            return true;
        }
        return false;
    }

    // A value Ruby prints without quotes, after "=>": a number stays one; a Time or a Date
    // (rubydebug's "2025-11-18T18:24:01.205Z") becomes a string.
    static void copy_bare_value(std::string_view s, size_t& i, std::string& out) {
        size_t j = i;
        while (j < s.size() && s[j] == ' ') ++j;
        if (j >= s.size() || !is_digit(s[j])) return;
        size_t end = j;
        while (end < s.size() && s[end] != ',' && s[end] != '}' && s[end] != ']') ++end;
        const std::string_view token = trim(s.substr(j, end - j));
        bool number = true;
        for (char c : token) number = number && (is_digit(c) || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+');
        if (number && token.find_first_of("-+") != npos && token.find_first_of("eE") == npos) number = false;
        if (number) return;
        out += '"';
        out.append(token);
        out += '"';
        i = j + token.size();
    }

    Dialect dialect_;
    std::vector<char> stack_;  // '[' '{' '(' as written; '<' a Ruby object; 'R' a Ruby wrapper of a list
    bool key_position_ = false;
};

// pprint splits a long string over lines as adjacent literals ('… Gecko) ' then 'Chrome/…'): the
// following pieces are joined onto line k and their lines left empty, so every record keeps its
// first line's number.
void join_split_strings(std::vector<std::string>& lines, size_t k) {
    std::string& a = lines[k];
    for (size_t next = k + 1; next < lines.size();) {
        while (!a.empty() && (a.back() == ' ' || a.back() == '\t')) a.pop_back();
        if (a.empty() || (a.back() != '\'' && a.back() != '"')) return;
        const std::string_view b = trim(lines[next]);
        if (b.empty()) {
            ++next;
            continue;
        }
        if (b.front() != a.back()) return;
        a.pop_back();
        a.append(b.substr(1));
        lines[next].clear();
        ++next;
    }
}

// A Fluent Bit record converted, [[1765274612.452516494, {}], {"event":"auth.login", …}] (or
// Fluentd's older [1765274612.452516494, {…}]), as one object with its time: {"time":
// "1765274612.452516494", "event":"auth.login", …}. Anything else is returned as it was.
std::string fluent_record_as_object(const std::string& json) {
    size_t i = json.find_first_not_of(" \t");
    if (i == std::string::npos || json[i] != '[') return json;
    ++i;
    const bool with_metadata = i < json.size() && json[i] == '[';  // Fluent Bit 2+: [[time, {metadata}], {record}]
    if (with_metadata) ++i;
    const size_t time_end = json.find_first_of(",]", i);
    if (time_end == std::string::npos || time_end == i || !is_digit(json[i])) return json;
    const std::string_view stamp = trim(std::string_view(json).substr(i, time_end - i));
    size_t body = json.find(with_metadata ? "], {" : ", {", time_end);
    if (body != std::string::npos && with_metadata) ++body;
    const size_t close = json.rfind('}');
    if (body == std::string::npos || close == std::string::npos || close < body) return json;
    const size_t open = json.find('{', body);
    std::string out = "{\"time\":\"";
    out.append(stamp);
    out += '"';
    const std::string_view members = trim(std::string_view(json).substr(open + 1, close - open - 1));
    if (!members.empty()) {
        out += ", ";
        out.append(members);
    }
    out += '}';
    return out;
}

}  // namespace

bool rewrite_object_dumps(std::string_view text, std::string& out) {
    const std::string_view head = text.substr(0, 64 * 1024);
    if (head.find("#<") == npos && head.find("{'") == npos && head.find("=>") == npos) return false;
    // The dialect from the head's lines: a huge paste that merely holds "=>" is not split whole.
    const Dialect dialect = dialect_of(split_into_lines(head));
    if (dialect == Dialect::None) return false;
    const std::vector<std::string_view> raw = split_into_lines(text);
    std::vector<std::string> lines(raw.begin(), raw.end());
    std::vector<std::string> json(lines.size());
    struct Document { size_t first, last; bool list; };
    std::vector<Document> docs;
    for (size_t i = 0; i < lines.size(); ++i) {
        const size_t start = document_start(lines[i], dialect);
        if (start == npos) continue;
        // The record's extent: lines until its brackets close (strings joined first for Python).
        Converter probe(dialect);
        size_t last = i;
        for (size_t k = i; k < lines.size(); ++k) {
            if (dialect == Dialect::Python) join_split_strings(lines, k);
            (void)probe.line(lines[k], k == i ? start : 0);
            last = k;
            if (!probe.open()) break;
        }
        Converter conv(dialect);
        for (size_t k = i; k <= last; ++k) json[k] = conv.line(lines[k], k == i ? start : 0);
        if (dialect == Dialect::RubyHash && last == i) json[i] = fluent_record_as_object(json[i]);
        const std::string_view first = trim(json[i]);
        docs.push_back({i, last, !first.empty() && first.front() == '['});
        i = last;
    }
    if (docs.empty()) return false;
    // One array for the whole session: lists lose their brackets between them, records gain commas.
    for (size_t d = 0; d < docs.size(); ++d) {
        std::string& first = json[docs[d].first];
        std::string& last = json[docs[d].last];
        if (d == 0 && !docs[d].list) first.insert(first.find_first_not_of(" \t") == std::string::npos ? 0 : first.find_first_not_of(" \t"), "[");
        if (d > 0 && docs[d].list) first.erase(first.find('['), 1);
        if (d + 1 < docs.size()) {
            const size_t close = last.rfind(']');
            if (docs[d].list && close != std::string::npos) last[close] = ',';
            else last += ',';
        } else if (!docs[d].list) {
            last += ']';
        }
    }
    std::string rewritten;
    rewritten.reserve(text.size() + text.size() / 8);
    for (const std::string& l : json) {
        rewritten += l;
        rewritten += '\n';
    }
    out = std::move(rewritten);
    return true;
}

}  // namespace ownercheck::ingest
