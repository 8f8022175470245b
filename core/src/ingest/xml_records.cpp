#include "ingest/xml_records.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kMaxDepth = 64;  // deeper nesting is not a log export; the rest is read as text

struct Tag {
    enum Kind { Open, Close, SelfClose, Text, End } kind = End;
    std::string_view name;  // local name: "ns:Event" is "Event"
    std::vector<std::pair<std::string_view, std::string>> attrs;
    std::string text;
    int line = 1;  // where the tag starts
};

std::string decode_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += '&';
            continue;
        }
        const std::string_view e = s.substr(i + 1, semi - i - 1);
        if (e == "amp") out += '&';
        else if (e == "lt") out += '<';
        else if (e == "gt") out += '>';
        else if (e == "quot") out += '"';
        else if (e == "apos") out += '\'';
        else if (!e.empty() && e[0] == '#') {
            unsigned long cp = 0;
            bool ok = e.size() > 1;
            for (size_t k = 1; ok && k < e.size(); ++k) {
                const char c = e[k];
                if (k == 1 && (c == 'x' || c == 'X')) continue;
                const bool hex = e.size() > 1 && (e[1] == 'x' || e[1] == 'X');
                const int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0 || cp > 0x10FFFF) ok = false;
                else cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
            }
            if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append(s.substr(i, semi - i + 1));
            } else if (cp < 0x80) {
                out += static_cast<char>(cp);
            } else if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
            }
        } else {
            out.append(s.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return out;
}

bool name_char(char c) { return is_alnum(c) || c == '_' || c == '-' || c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80; }

std::string_view local_name(std::string_view n) {
    const size_t colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// A forgiving tokenizer: comments, processing instructions, DOCTYPE and CDATA are understood, and
// anything it cannot read ends the document (what came before it stays read).
class Tokenizer {
public:
    // `values`: decode attribute values and text (the counting pass needs only the names).
    Tokenizer(std::string_view s, bool values) : s_(s), values_(values) {}

    Tag next() {
        Tag t;
        while (pos_ < s_.size()) {
            if (s_[pos_] != '<') {
                const size_t lt = s_.find('<', pos_);
                const size_t end = lt == std::string_view::npos ? s_.size() : lt;
                const std::string_view raw = s_.substr(pos_, end - pos_);
                t.line = line_;
                advance(end);
                if (!trim(raw).empty()) {
                    t.kind = Tag::Text;
                    if (values_) t.text = decode_entities(trim(raw));
                    return t;
                }
                continue;
            }
            if (s_.compare(pos_, 4, "<!--") == 0) {
                if (!skip_past("-->")) break;
                continue;
            }
            if (s_.compare(pos_, 9, "<![CDATA[") == 0) {
                const size_t end = s_.find("]]>", pos_ + 9);
                if (end == std::string_view::npos) break;
                t.kind = Tag::Text;
                t.line = line_;
                t.text = std::string(s_.substr(pos_ + 9, end - pos_ - 9));
                advance(end + 3);
                return t;
            }
            if (s_.compare(pos_, 2, "<?") == 0) {
                if (!skip_past("?>")) break;
                continue;
            }
            if (s_.compare(pos_, 2, "<!") == 0) {
                if (!skip_past(">")) break;
                continue;
            }
            t.line = line_;
            size_t i = pos_ + 1;
            const bool close = i < s_.size() && s_[i] == '/';
            if (close) ++i;
            const size_t name_start = i;
            while (i < s_.size() && name_char(s_[i])) ++i;
            if (i == name_start) break;  // "<" that opens no tag: not XML from here on
            t.name = local_name(s_.substr(name_start, i - name_start));
            // attributes: name="value" | name='value'
            while (i < s_.size()) {
                while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n' || s_[i] == '\r')) ++i;
                if (i >= s_.size() || s_[i] == '>' || s_[i] == '/') break;
                const size_t a = i;
                while (i < s_.size() && name_char(s_[i])) ++i;
                if (i == a) return Tag{};
                const std::string_view attr = local_name(s_.substr(a, i - a));
                while (i < s_.size() && s_[i] == ' ') ++i;
                if (i >= s_.size() || s_[i] != '=') continue;  // an attribute without a value
                ++i;
                while (i < s_.size() && s_[i] == ' ') ++i;
                if (i >= s_.size() || (s_[i] != '"' && s_[i] != '\'')) return Tag{};
                const char q = s_[i++];
                const size_t v = i;
                while (i < s_.size() && s_[i] != q) ++i;
                if (i >= s_.size()) return Tag{};
                t.attrs.emplace_back(attr, values_ ? decode_entities(s_.substr(v, i - v)) : std::string());
                ++i;
            }
            if (i >= s_.size()) break;
            const bool self = s_[i] == '/';
            const size_t gt = s_.find('>', i);
            if (gt == std::string_view::npos) break;
            t.kind = close ? Tag::Close : self ? Tag::SelfClose : Tag::Open;
            advance(gt + 1);
            return t;
        }
        return Tag{};
    }

private:
    void advance(size_t to) {
        for (size_t k = pos_; k < to && k < s_.size(); ++k) line_ += s_[k] == '\n';
        pos_ = to;
    }
    bool skip_past(std::string_view end) {
        const size_t e = s_.find(end, pos_);
        if (e == std::string_view::npos) return false;
        advance(e + end.size());
        return true;
    }

    std::string_view s_;
    bool values_;
    size_t pos_ = 0;
    int line_ = 1;
};

// The first line that is not Chrome's or Firefox's note above a shown tree starts with '<'.
bool looks_like_xml(std::string_view text) {
    size_t i = 0;
    for (int lines = 0; lines < 3 && i < text.size(); ++lines) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
        if (i < text.size() && text[i] == '<') return text.find("</", i) != std::string_view::npos || text.find("/>", i) != std::string_view::npos;
        const size_t nl = text.find('\n', i);
        const std::string_view line = text.substr(i, nl == std::string_view::npos ? std::string_view::npos : nl - i);
        if (line.find("XML") == std::string_view::npos) return false;  // only the viewer's note may stand above
        i = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    return false;
}

// The record being built. A child element adds to its parent's object its attributes as an object
// (its text as "text" among them), or its text alone; <Data Name="IpAddress">1.2.3.4</Data> is
// "IpAddress".
struct Builder {
    std::vector<nlohmann::ordered_json> stack;  // the record, then open children below it
    std::vector<std::string> names;              // the key each open child goes under
};

}  // namespace

bool rewrite_xml_records(std::string_view text, std::string& out) {
    if (!looks_like_xml(text.substr(0, 64 * 1024))) return false;
    // Pass 1: how often each element name occurs at each depth.
    std::map<std::pair<std::string_view, size_t>, size_t> counts;
    {
        Tokenizer tk(text, false);
        size_t depth = 0;
        for (Tag t = tk.next(); t.kind != Tag::End; t = tk.next()) {
            if (t.kind == Tag::Open || t.kind == Tag::SelfClose) {
                if (depth > 0 && (t.kind == Tag::Open || !t.attrs.empty())) ++counts[{t.name, depth}];
                if (t.kind == Tag::Open && ++depth > kMaxDepth) break;
            } else if (t.kind == Tag::Close && depth > 0) {
                --depth;
            }
        }
    }
    // The records: the shallowest element that repeats (its fields repeat too, deeper down:
    // <Data Name=…> under each Windows <Event>), the most frequent one at that depth.
    std::pair<std::string_view, size_t> record{};
    size_t best = 0;
    for (const auto& [key, n] : counts)
        if (n >= 2 && (best == 0 || key.second < record.second || (key.second == record.second && n > best))) record = key, best = n;
    if (best < 2) return false;

    // Pass 2: each record element as JSON on the line it starts on.
    const size_t line_count = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    std::vector<std::string> lines(line_count);
    Tokenizer tk(text, true);
    size_t depth = 0, records = 0;
    int record_line = 0;
    Builder b;
    auto finish_child = [&]() {
        nlohmann::ordered_json value = std::move(b.stack.back());
        b.stack.pop_back();
        std::string key = std::move(b.names.back());
        b.names.pop_back();
        if (value.is_object() && value.size() == 1 && value.contains("text")) value = value["text"];
        if (value.is_object() && value.empty()) return;
        auto& parent = b.stack.back();
        if (!parent.contains(key)) parent[key] = std::move(value);
    };
    for (Tag t = tk.next(); t.kind != Tag::End; t = tk.next()) {
        const bool opens = t.kind == Tag::Open || t.kind == Tag::SelfClose;
        if (opens && b.stack.empty() && t.name == record.first && depth == record.second) {
            b.stack.emplace_back(nlohmann::ordered_json::object());
            for (const auto& [k, v] : t.attrs) b.stack.back()[std::string(k)] = v;
            record_line = t.line;
        } else if (opens && !b.stack.empty()) {
            nlohmann::ordered_json child = nlohmann::ordered_json::object();
            std::string key(t.name);
            // <Data Name="IpAddress">…</Data>: the name attribute names the value
            if (t.attrs.size() == 1 && (t.attrs[0].first == "Name" || t.attrs[0].first == "name" || t.attrs[0].first == "key")) key = t.attrs[0].second;
            else
                for (const auto& [k, v] : t.attrs) child[std::string(k)] = v;
            b.stack.push_back(std::move(child));
            b.names.push_back(std::move(key));
        } else if (t.kind == Tag::Text && !b.stack.empty()) {
            auto& top = b.stack.back();
            if (!top.contains("text")) top["text"] = t.text;
        }
        if (t.kind == Tag::Open) {
            if (++depth > kMaxDepth) break;
        } else if (t.kind == Tag::Close && depth > 0) {
            --depth;
        }
        const bool closes = t.kind == Tag::Close || t.kind == Tag::SelfClose;
        if (closes && !b.stack.empty()) {
            if (b.stack.size() > 1) {
                finish_child();
            } else if (depth == record.second) {
                // A comma after each record, not before the next: no line starts with one.
                std::string& line = lines[static_cast<size_t>(record_line - 1)];
                if (records++ == 0) line += '[';
                line += b.stack.back().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                line += ',';
                b.stack.clear();
                record_line = 0;
            }
        }
    }
    if (records == 0) return false;
    for (size_t i = lines.size(); i-- > 0;)
        if (!lines[i].empty()) {
            lines[i].back() = ']';  // the last record's comma
            break;
        }
    out = join_lines(lines, text.size() / 2);
    return true;
}

}  // namespace ownercheck::ingest
