// ArcSight Common Event Format, as SIEMs forward and export it:
//   [syslog prefix] CEF:0|Vendor|Product|1.0|100|Login success|3|rt=1786679723000 src=77.34.128.19
//   suser=a@b.c cs1Label=geo cs1=Novosibirsk, RU requestClientApplication=Mozilla/5.0 (Linux; ...) outcome=success
// The header's sixth field names the event. Extension values are not quoted and may hold spaces:
// a value runs to the space before the next `key=`. `\=`, `\\` and `\|` are escapes. A custom
// field's label names it (cs1Label=geo makes cs1 a "geo" field).
// IBM QRadar's Log Event Extended Format is read here too: the fifth field (the event id) names the
// event and the attributes are split by a tab, or by the character LEEF 2.0 names in its sixth field:
//   LEEF:2.0|Vendor|Product|5.12|LOGIN_SUCCESS|^|devTime=Jun 27 2026 21:18:30 UTC^src=178.89.190.173^usrName=...

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/record.hpp"
#include "ingest/roles.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"

namespace ownercheck::ingest {

namespace {

bool key_char(char c) { return is_alnum(c) || c == '_' || c == '.'; }

// Where the next ` key=` starts after `from` (the space before it), or npos.
size_t next_key(std::string_view s, size_t from) {
    for (size_t i = from; i < s.size(); ++i) {
        if (s[i] != ' ') continue;
        size_t k = i + 1;
        while (k < s.size() && key_char(s[k])) ++k;
        if (k > i + 1 && k < s.size() && s[k] == '=' && s[k - 1] != '\\') return i;
    }
    return std::string_view::npos;
}

std::string unescape(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size() && (v[i + 1] == '=' || v[i + 1] == '\\' || v[i + 1] == '|')) ++i;
        else if (v[i] == '\\' && i + 1 < v.size() && v[i + 1] == 'n') {
            out += ' ';
            ++i;
            continue;
        }
        out += v[i];
    }
    return out;
}

// The header's fields: version, vendor, product, version, signature, name, severity; then the
// extension. Returns false when the line has no complete CEF header.
bool split_header(std::string_view line, std::array<std::string_view, 7>& fields, std::string_view& extension, std::string_view& prefix) {
    const size_t at = line.find("CEF:");
    if (at == std::string_view::npos) return false;
    prefix = trim(line.substr(0, at));
    size_t i = at + 4;
    for (size_t f = 0; f < 7; ++f) {
        size_t e = i;
        while (e < line.size() && !(line[e] == '|' && line[e - 1] != '\\')) ++e;
        if (e >= line.size()) return false;
        fields[f] = line.substr(i, e - i);
        i = e + 1;
    }
    extension = line.substr(i);
    return true;
}

// A LEEF record's header and attributes: `LEEF:1.0|V|P|Ver|EventID|attrs` (tab between attributes)
// or `LEEF:2.0|V|P|Ver|EventID|^|attrs` (the named character; "x5E" or "\t" spelled out as well).
bool split_leef(std::string_view line, std::string_view& event, std::string_view& attributes, char& delimiter,
                std::string_view& prefix) {
    const size_t at = line.find("LEEF:");
    if (at == std::string_view::npos) return false;
    prefix = trim(line.substr(0, at));
    std::array<std::string_view, 6> fields{};
    size_t i = at + 5;
    const bool two = line.substr(i, 1) == "2";
    const size_t count = two ? 6 : 5;
    for (size_t f = 0; f < count; ++f) {
        const size_t e = line.find('|', i);
        if (e == std::string_view::npos) return false;
        fields[f] = line.substr(i, e - i);
        i = e + 1;
    }
    event = trim(fields[4]);
    attributes = line.substr(i);
    delimiter = '\t';
    if (two) {
        const std::string_view d = trim(fields[5]);
        if (d.size() == 1) delimiter = d[0];
        else if (d == "\\t") delimiter = '\t';
        else if (d.size() == 3 && (d[0] == 'x' || d[0] == 'X') && std::isxdigit(static_cast<unsigned char>(d[1])) &&
                 std::isxdigit(static_cast<unsigned char>(d[2])))
            delimiter = static_cast<char>(std::stoi(std::string(d.substr(1)), nullptr, 16));
    }
    return true;
}

}  // namespace

bool is_cef_line(std::string_view line) {
    if (const size_t at = line.find("LEEF:"); at != std::string_view::npos && at + 6 < line.size() && is_digit(line[at + 5]) &&
                                               line.find('|', at) != std::string_view::npos)
        return true;
    const size_t at = line.find("CEF:");
    return at != std::string_view::npos && at + 5 < line.size() && is_digit(line[at + 4]) && line.find('|', at) != std::string_view::npos;
}

namespace {

// Reads a LEEF record into `values`; false when the line has no complete LEEF header.
bool read_leef(std::string_view t, BlockContext& ctx, RoleCache& roles, RoleValues& values, RoleRanks& ranks,
               std::vector<std::string>& keys, std::vector<std::string>& vals) {
    std::string_view event, attributes, prefix;
    char delimiter = '\t';
    if (!split_leef(t, event, attributes, delimiter, prefix)) return false;
    keys.clear();
    vals.clear();
    for (size_t i = 0; i <= attributes.size();) {
        size_t end = attributes.find(delimiter, i);
        if (end == std::string_view::npos) end = attributes.size();
        const std::string_view field = attributes.substr(i, end - i);
        if (const size_t eq = field.find('='); eq != std::string_view::npos && eq > 0) {
            keys.emplace_back(trim(field.substr(0, eq)));
            vals.emplace_back(trim(field.substr(eq + 1)));
        }
        i = end + 1;
    }
    values.fill({});
    ranks.fill(1 << 30);
    for (size_t k = 0; k < keys.size(); ++k)
        if (!vals[k].empty()) offer(values, ranks, roles.get(keys[k]), vals[k]);
    at(values, Role::Event) = event;
    for (size_t k = 0; k < keys.size(); ++k)
        if (keys[k] == "devTime" && !vals[k].empty()) at(values, Role::Time) = vals[k];
    if (at(values, Role::Time).empty() && !prefix.empty()) {
        size_t consumed = 0;
        std::string_view p = prefix;
        if (p.size() > 3 && p[0] == '<') p = trim(p.substr(p.find('>') + 1));  // "<134>Jun 27 21:14:07 host"
        if (parse_timestamp_prefix(p, ctx.hints_for(p), consumed)) at(values, Role::Time) = p.substr(0, consumed);
    }
    return true;
}

}  // namespace

void parse_cef(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    (void)d;
    LineReader lr(ctx.text());
    std::string_view l;
    int no = 0;
    RoleCache roles;
    RoleValues values{};
    RoleRanks ranks{};
    std::vector<std::string> keys, vals;  // this line's extension, unescaped (values views point here)
    std::string name;
    while (lr.next(l, no)) {
        const std::string_view t = trim(l);
        if (t.empty()) continue;
        ++out.rows;
        if (t.find("LEEF:") != std::string_view::npos && read_leef(t, ctx, roles, values, ranks, keys, vals)) {
            add_event(values, no, ctx, out);
            continue;
        }
        std::array<std::string_view, 7> header{};
        std::string_view extension, prefix;
        if (!split_header(t, header, extension, prefix)) {
            ++out.skipped;
            out.warn(no, "not a CEF or LEEF record: '" + excerpt(t) + "'");
            continue;
        }
        keys.clear();
        vals.clear();
        for (size_t i = 0; i < extension.size();) {
            while (i < extension.size() && extension[i] == ' ') ++i;
            size_t eq = i;
            while (eq < extension.size() && key_char(extension[eq])) ++eq;
            if (eq >= extension.size() || extension[eq] != '=' || eq == i) break;
            const size_t stop = next_key(extension, eq + 1);
            const size_t end = stop == std::string_view::npos ? extension.size() : stop;
            keys.emplace_back(extension.substr(i, eq - i));
            vals.push_back(unescape(trim(extension.substr(eq + 1, end - eq - 1))));
            i = end;
        }
        // cs1Label=geo cs1=...: the label names the custom field.
        for (size_t k = 0; k < keys.size(); ++k) {
            const std::string& key = keys[k];
            if (key.size() > 5 && key.compare(key.size() - 5, 5, "Label") == 0) {
                const std::string field = key.substr(0, key.size() - 5);
                for (size_t j = 0; j < keys.size(); ++j)
                    if (keys[j] == field) keys[j] = vals[k];
            }
        }
        values.fill({});
        ranks.fill(1 << 30);
        for (size_t k = 0; k < keys.size(); ++k)
            if (!vals[k].empty()) offer(values, ranks, roles.get(keys[k]), vals[k]);
        // CEF's own keys: rt is the time; the action is `act`, else the header's name (a `msg` is
        // free text about it, never the action).
        name = unescape(header[5]);
        at(values, Role::Event) = name;
        for (size_t k = 0; k < keys.size(); ++k) {
            if (keys[k] == "rt" && at(values, Role::Time).empty()) at(values, Role::Time) = vals[k];
            if (keys[k] == "act" && !vals[k].empty()) at(values, Role::Event) = vals[k];
        }
        // The syslog stamp in front, when the record carries no time of its own.
        if (at(values, Role::Time).empty() && !prefix.empty()) {
            size_t consumed = 0;
            if (parse_timestamp_prefix(prefix, ctx.hints_for(prefix), consumed)) at(values, Role::Time) = prefix.substr(0, consumed);
        }
        add_event(values, no, ctx, out);
    }
}

}  // namespace ownercheck::ingest
