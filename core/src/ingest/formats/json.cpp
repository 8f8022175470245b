// JSON lines, JSON arrays of records, concatenated pretty-printed objects, and API-style wrappers
// ({"data": {"logins": [...]}}). Nested keys are flattened to dotted paths (geo.country) and mapped
// by the same synonym table as CSV headers. A small purpose-built scanner rather than a DOM: it
// keeps the line each record starts on, copies nothing it does not need, and never throws.

#include <array>
#include <cstring>
#include <deque>
#include <string>
#include <vector>

#include "ingest/detect.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/formats/kv_pairs.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/line_prefix.hpp"
#include "ingest/record.hpp"
#include "ingest/timestamp.hpp"
#include "ingest/text.hpp"
#include "util/json_scan.hpp"
#include "util/utf8.hpp"

namespace ownercheck::ingest {

namespace {

constexpr int kMaxDepth = 48;

// A record's leaves, as views. A key or value written plainly in the paste (nearly all of them) is
// a view into the paste; a decoded string (escapes) or a nested path ("geo.country") is written
// into the record's arena and viewed from there once the record is complete (the arena may move
// while it grows). No std::string per leaf: in WebAssembly every string call is a real call.
struct Piece {
    const char* ptr = nullptr;  // into the paste, or nullptr: `off` into the arena
    uint32_t off = 0;
    uint32_t len = 0;
};

// The keys of the objects around the cursor, joined by '.'. A vector, not a std::string, so
// pushing and popping a segment compiles inline in WebAssembly too.
class KeyPath {
public:
    bool empty() const { return bytes_.empty(); }
    std::string_view view() const { return {bytes_.data(), bytes_.size()}; }
    // Appends ".segment" (or "segment" at the top) and returns the mark to pop back to.
    size_t push(std::string_view segment) {
        const size_t mark = bytes_.size();
        if (mark) bytes_.push_back('.');
        bytes_.insert(bytes_.end(), segment.begin(), segment.end());
        return mark;
    }
    void pop(size_t mark) { bytes_.resize(mark); }
    void clear() { bytes_.clear(); }

private:
    std::vector<char> bytes_;
};

struct Flat {
    std::vector<std::pair<Piece, Piece>> slots;
    std::string arena;
    size_t n = 0;
    // Nested keys ("geo.country") by their order among the record's nested leaves: records repeat
    // them line after line, so each is built once, not per record. A deque: entries never move.
    std::deque<std::pair<std::string, std::string_view>> nested_keys;
    size_t nested_n = 0;
    void clear() {
        n = 0;
        nested_n = 0;
        arena.clear();
    }
    std::pair<Piece, Piece>& add() {
        if (n == slots.size()) slots.emplace_back();
        return slots[n++];
    }
    std::string_view view(const Piece& p) const {
        return p.ptr ? std::string_view(p.ptr, p.len) : std::string_view(arena.data() + p.off, p.len);
    }
    // Starts an arena piece; append to `arena`, then finish() it.
    Piece begin() const { return Piece{nullptr, static_cast<uint32_t>(arena.size()), 0}; }
    void finish(Piece& p) const { p.len = static_cast<uint32_t>(arena.size() - p.off); }
};

class Scanner {
public:
    Scanner(std::string_view s, int first_line) : s_(s), line_(first_line) {}

    size_t pos() const { return i_; }
    int line() const { return line_; }
    bool at_end() {
        ws();
        return i_ >= s_.size();
    }
    char peek() {
        ws();
        return i_ < s_.size() ? s_[i_] : '\0';
    }
    void skip() { ++i_; }
    const std::string& error() const { return error_; }
    int error_line() const { return error_line_; }

    void ws() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\n') ++line_;
            else if (c != ' ' && c != '\t' && c != '\r' && c != ',') break;  // commas between top-level values too
            ++i_;
        }
    }
    void ws_strict() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\n') ++line_;
            else if (c != ' ' && c != '\t' && c != '\r') break;
            ++i_;
        }
    }

    bool fail(const std::string& why) {
        if (error_.empty()) {
            error_ = why;
            error_line_ = line_;
        }
        return false;
    }

    // A string at the cursor. Written plainly, it is a view into the paste; with escapes, it is
    // decoded into `arena`.
    bool string(Piece& out, std::string& arena) {
        if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a string");
        ++i_;
        size_t start = i_;
        bool decoded = false;
        while (i_ < s_.size()) {
            // Skip the plain run up to the next quote, backslash or control byte many bytes a step.
            i_ = static_cast<size_t>(json_scan::find_special<false>(s_.data() + i_, s_.data() + s_.size()) - s_.data());
            if (i_ >= s_.size()) break;
            const char c = s_[i_];
            if (c == '"') {
                if (decoded) {
                    arena.append(s_.data() + start, i_ - start);
                    out.len = static_cast<uint32_t>(arena.size() - out.off);
                } else {
                    out = Piece{s_.data() + start, 0, static_cast<uint32_t>(i_ - start)};
                }
                ++i_;
                return true;
            }
            if (c == '\n') ++line_;
            if (c == '\\') {
                if (!decoded) {
                    decoded = true;
                    out = Piece{nullptr, static_cast<uint32_t>(arena.size()), 0};
                }
                arena.append(s_.data() + start, i_ - start);
                if (i_ + 1 >= s_.size()) break;
                const char e = s_[i_ + 1];
                i_ += 2;
                switch (e) {
                    case 'n': arena.push_back('\n'); break;
                    case 't': arena.push_back('\t'); break;
                    case 'r': arena.push_back('\r'); break;
                    case 'b': arena.push_back('\b'); break;
                    case 'f': arena.push_back('\f'); break;
                    case 'u': {
                        uint32_t cp = 0;
                        if (!hex4(cp)) return fail("bad \\u escape");
                        if (cp >= 0xD800 && cp <= 0xDBFF && i_ + 1 < s_.size() && s_[i_] == '\\' && s_[i_ + 1] == 'u') {
                            i_ += 2;
                            uint32_t lo = 0;
                            if (!hex4(lo)) return fail("bad \\u escape");
                            if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            else cp = 0xFFFD;
                        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                            cp = 0xFFFD;
                        }
                        utf8(cp, arena);
                        break;
                    }
                    default: arena.push_back(e); break;  // \" \\ \/ and lenient others
                }
                start = i_;
                continue;
            }
            ++i_;
        }
        return fail("a string never closes");
    }

    // The flattened key of a leaf: `key` itself at the top level, "path.key" below it.
    static Piece leaf_key(Flat& flat, const KeyPath& path, const Piece& key) {
        if (path.empty()) return key;
        const std::string_view p = path.view(), k = flat.view(key);
        const size_t position = flat.nested_n++;
        if (position == flat.nested_keys.size()) flat.nested_keys.emplace_back();
        auto& [stored, stored_view] = flat.nested_keys[position];
        const std::string_view v = stored_view;
        const bool same = v.size() == p.size() + 1 + k.size() && std::memcmp(v.data(), p.data(), p.size()) == 0 &&
                          v[p.size()] == '.' && std::memcmp(v.data() + p.size() + 1, k.data(), k.size()) == 0;
        if (!same) {
            stored.assign(p);
            stored.push_back('.');
            stored.append(k);
            stored_view = stored;
        }
        return Piece{stored_view.data(), 0, static_cast<uint32_t>(stored_view.size())};
    }

    // Any value under `key`, flattened into `flat`; `path` holds the keys of the enclosing objects.
    bool value(Flat& flat, KeyPath& path, const Piece& key, int depth) {
        if (depth > kMaxDepth) return fail("nesting too deep");
        ws_strict();
        if (i_ >= s_.size()) return fail("unexpected end");
        const char c = s_[i_];
        if (c == '{' || c == '[') {
            const size_t mark = path.push(flat.view(key));
            const bool ok = c == '{' ? object(flat, path, depth + 1) : array(flat, path, depth);
            path.pop(mark);
            return ok;
        }
        const Piece leaf = leaf_key(flat, path, key);
        Piece text;
        if (c == '"') {
            if (!string(text, flat.arena)) return false;
        } else {
            // number, true, false, null: the raw token
            const size_t start = i_;
            while (i_ < s_.size() && (is_alnum(s_[i_]) || s_[i_] == '-' || s_[i_] == '+' || s_[i_] == '.')) ++i_;
            if (i_ == start) return fail(std::string("unexpected character '") + excerpt(s_.substr(i_, 1)) + "'");
            const std::string_view tok = s_.substr(start, i_ - start);
            if (tok != "null") text = Piece{tok.data(), 0, static_cast<uint32_t>(tok.size())};
        }
        flat.add() = {leaf, text};
        return true;
    }

    // An array element {"name": "login_failure_type", "value": "..."} (Google Workspace
    // parameters, AWS tags as Key/Value) is one named field: it becomes "<array>.login_failure_type"
    // so the synonym table can read it, instead of two leaves named "name" and "value".
    static void name_value_pair(Flat& flat, const KeyPath& path, size_t first) {
        auto last_segment = [&](const Piece& k) {
            const std::string_view v = flat.view(k);
            const size_t dot = v.rfind('.');
            return dot == std::string_view::npos ? v : v.substr(dot + 1);
        };
        size_t name = first, value = first + 1;
        auto is = [](std::string_view a, std::string_view b) { return iequals(a, b); };
        if (is(last_segment(flat.slots[first].first), "value") || is(last_segment(flat.slots[first].first), "val")) std::swap(name, value);
        if (!(is(last_segment(flat.slots[name].first), "name") || is(last_segment(flat.slots[name].first), "key")) ||
            !(is(last_segment(flat.slots[value].first), "value") || is(last_segment(flat.slots[value].first), "val")))
            return;
        const std::string field(flat.view(flat.slots[name].second));  // a copy: the arena grows below
        if (field.empty()) return;
        const Piece text = flat.slots[value].second;
        Piece key = flat.begin();
        flat.arena.append(path.view());
        flat.arena.push_back('.');
        flat.arena.append(field);
        flat.finish(key);
        flat.slots[first] = {key, text};
        flat.n = first + 1;
    }

    // '[' at the cursor: each element is flattened under its index ("tags.0", "tags.1").
    bool array(Flat& flat, KeyPath& path, int depth) {
        ++i_;
        int index = 0;
        for (;;) {
            ws_strict();
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return true;
            }
            Piece key = flat.begin();
            flat.arena += std::to_string(index++);
            flat.finish(key);
            const size_t before = flat.n;
            if (!value(flat, path, key, depth + 1)) return false;
            if (flat.n == before + 2) name_value_pair(flat, path, before);
            const Next next = after_item(']');
            if (next == Next::More) continue;
            return next == Next::Done || fail("expected ',' or ']' in an array");
        }
    }

    // An object at the cursor. With `records`, an array of objects under one of its keys is
    // reported element by element through on_record instead of being flattened.
    template <typename OnRecord>
    bool object_or_wrapper(Flat& flat, KeyPath& path, OnRecord&& on_record, bool& had_records, int depth = 0) {
        if (i_ >= s_.size() || s_[i_] != '{') return fail("expected '{'");
        ++i_;
        for (;;) {
            ws_strict();
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return true;
            }
            Piece key;
            if (!string(key, flat.arena)) return false;
            ws_strict();
            if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':' after a key");
            ++i_;
            ws_strict();
            if (i_ < s_.size() && s_[i_] == '[' && array_of_objects_ahead()) {
                had_records = true;
                if (!records_array(on_record)) return false;
            } else if (i_ < s_.size() && s_[i_] == '{' && depth < 3) {
                // Wrappers nest a little ({"data": {"logins": [...]}}): look a few levels down.
                const size_t mark = path.push(flat.view(key));
                if (!object_or_wrapper(flat, path, on_record, had_records, depth + 1)) return false;
                path.pop(mark);
            } else if (!value(flat, path, key, 1)) {
                return false;
            }
            const Next next = after_item('}');
            if (next == Next::More) continue;
            return next == Next::Done || fail("expected ',' or '}' in an object");
        }
    }

    // '[' then objects: each one becomes a record.
    template <typename OnRecord>
    bool records_array(OnRecord&& on_record) {
        ++i_;  // '['
        for (;;) {
            ws_strict();
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return true;
            }
            if (i_ >= s_.size()) return fail("an array never closes");
            if (!on_record(*this)) return false;
            const Next next = after_item(']');
            if (next == Next::More) continue;
            return next == Next::Done || fail("expected ',' or ']' between records");
        }
    }

    bool object(Flat& flat, KeyPath& path, int depth) {
        if (depth > kMaxDepth) return fail("nesting too deep");
        ++i_;  // '{'
        for (;;) {
            ws_strict();
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return true;
            }
            Piece key;
            if (!string(key, flat.arena)) return false;
            ws_strict();
            if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':' after a key");
            ++i_;
            if (!value(flat, path, key, depth)) return false;
            const Next next = after_item('}');
            if (next == Next::More) continue;
            return next == Next::Done || fail("expected ',' or '}' in an object");
        }
    }

    bool array_of_objects_ahead() const {
        size_t k = i_ + 1;
        while (k < s_.size() && (s_[k] == ' ' || s_[k] == '\n' || s_[k] == '\r' || s_[k] == '\t')) ++k;
        return k < s_.size() && s_[k] == '{';
    }

    // After an element or member: ',' means another follows, `close` ends the container.
    enum class Next { More, Done, Bad };
    Next after_item(char close) {
        ws_strict();
        if (i_ < s_.size() && s_[i_] == ',') {
            ++i_;
            return Next::More;
        }
        if (i_ < s_.size() && s_[i_] == close) {
            ++i_;
            return Next::Done;
        }
        return Next::Bad;
    }

    // Skips to the next line that starts with '{' (recovery after a broken record).
    bool resync() {
        while (i_ < s_.size()) {
            if (s_[i_] == '\n') {
                ++line_;
                ++i_;
                size_t k = i_;
                while (k < s_.size() && (s_[k] == ' ' || s_[k] == '\t')) ++k;
                if (k < s_.size() && s_[k] == '{') {
                    i_ = k;
                    return true;
                }
                continue;
            }
            ++i_;
        }
        return false;
    }
    void clear_error() { error_.clear(); }

private:
    bool hex4(uint32_t& cp) {
        if (i_ + 4 > s_.size()) return false;
        cp = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = s_[i_++];
            cp <<= 4;
            if (is_digit(h)) cp |= static_cast<uint32_t>(h - '0');
            else if (to_lower(h) >= 'a' && to_lower(h) <= 'f') cp |= static_cast<uint32_t>(to_lower(h) - 'a' + 10);
            else return false;
        }
        return true;
    }
    static void utf8(uint32_t cp, std::string& out) {
        if (cp == 0) cp = 0xFFFD;
        // Control characters other than tab and newline become spaces (they would break lines).
        if (cp < 0x20 && cp != '\t' && cp != '\n') cp = ' ';
        utf8_append(out, cp);
    }

    std::string_view s_;
    size_t i_ = 0;
    int line_;
    std::string error_;
    int error_line_ = 0;
};

// Turns one flattened record into an event.
class RecordSink {
public:
    RecordSink(BlockContext& ctx, BlockIngest& out) : ctx_(ctx), out_(out) {}
    void emit(const Flat& flat, int line) {
        ++out_.rows;
        values_.fill({});
        ranks_.fill(1 << 30);
        std::string_view pair_text;
        for (size_t i = 0; i < flat.n; ++i) {
            const std::string_view key = flat.view(flat.slots[i].first);
            const std::string_view value = flat.view(flat.slots[i].second);
            if (trim(value).empty()) continue;
            const RoleMatch m = roles_.get(key, i);
            offer(values_, ranks_, m, value);
            if ((m.role == Role::None || m.role == Role::Detail) && pair_text.empty() && holds_pairs(value)) pair_text = value;
        }
        // A "details" value of key=value text ("asset=EUR amount=500.00", "mfa=totp"): its pairs fill
        // the roles the record's own keys left empty.
        if (!pair_text.empty()) {
            for (size_t r = 0; r < kRoleCount; ++r)
                if (!values_[r].empty()) ranks_[r] = -1;
            std::string_view unclosed;
            pairs_.read(pair_text, first_pair(pair_text), unclosed);
            pairs_.assign(roles_, values_, ranks_);
        }
        add_event(values_, line, ctx_, out_);
    }
    void broken(int line, const std::string& why) {
        ++out_.rows;
        ++out_.skipped;
        out_.warn(line, why);
    }

    // An object holding an array of objects is read as a wrapper of records ({"data": [...]})
    // while it is scanned; once it closes, a time of its own says it was one record after all
    // (an Okta event's "request.ipChain"). A mark lets the records read from it be taken back.
    struct Mark {
        int rows, events, skipped, warnings_total;
        size_t event_count, warning_count;
    };
    Mark mark() const {
        return {out_.rows, out_.events, out_.skipped, out_.warnings_total, out_.event_list.size(), out_.warnings.size()};
    }
    void rollback(const Mark& m) {
        out_.rows = m.rows;
        out_.events = m.events;
        out_.skipped = m.skipped;
        out_.warnings_total = m.warnings_total;
        out_.event_list.resize(m.event_count);
        out_.warnings.resize(m.warning_count);
    }
    // A time that reads as one: a search API's "elapsed_time_micros": 21874 beside its "hits" is no
    // record's time.
    bool has_time(const Flat& flat) {
        for (size_t i = 0; i < flat.n; ++i)
            if (roles_.get(flat.view(flat.slots[i].first)).role == Role::Time) {
                const std::string_view v = trim(flat.view(flat.slots[i].second));
                if (!v.empty() && parse_time_value(v, ctx_)) return true;
            }
        return false;
    }

private:
    // key=value text: two pairs or more, or one pair alone ("mfa=totp").
    static bool holds_pairs(std::string_view v) {
        if (is_kv_line(v)) return true;
        v = trim(v);
        const size_t eq = v.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 >= v.size() || !is_alpha(v[0])) return false;
        for (size_t k = 0; k < eq; ++k)
            if (!is_alnum(v[k]) && v[k] != '_' && v[k] != '.' && v[k] != '-') return false;
        return v.find(' ') == std::string_view::npos;
    }

    BlockContext& ctx_;
    BlockIngest& out_;
    RoleCache roles_;
    RoleValues values_{};
    RoleRanks ranks_{};
    PairReader pairs_;  // keeps the pairs' values until the record's event is built
};

// What the text before a record's JSON body says, for what the body lacks: the stamp that opens
// a Loki, syslog or Monolog line as a "time" member, and the words after it ("[2026-02-10
// 13:01:03] production.INFO: Login succeeded {...}") as a "message" member.
void add_prefix_fields(Flat& flat, std::string_view prefix, bool has_time, BlockContext& ctx) {
    const LinePrefix lead = read_line_prefix(prefix, ctx);
    if (!lead.stamped) return;
    auto add = [&](std::string_view key, std::string_view value) {
        auto& slot = flat.add();
        slot.first = Piece{key.data(), 0, static_cast<uint32_t>(key.size())};
        slot.second = Piece{value.data(), 0, static_cast<uint32_t>(value.size())};
    };
    if (!has_time) add("time", lead.stamp);
    if (lead.message.empty()) return;
    for (size_t i = 0; i < flat.n; ++i)
        if (flat.view(flat.slots[i].first) == "message") return;
    add("message", lead.message);
}

}  // namespace

size_t json_body_start(std::string_view line) {
    if (line.size() < 4 || line.back() != '}' || line.front() == '{') return std::string_view::npos;
    const size_t at = line.find("{\"");
    return at == std::string_view::npos || at == 0 ? std::string_view::npos : at;
}

void parse_json(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    const std::string_view text = ctx.text();
    RecordSink sink(ctx, out);
    Flat flat;
    KeyPath path;

    if (d.format == Format::Jsonl) {
        LineReader lr(text);
        std::string_view l;
        int no = 0;
        while (lr.next(l, no)) {
            if (trim(l).empty()) continue;
            std::string_view t = trim(l);
            std::string_view prefix;
            if (d.json_after_text && t.front() != '{') {
                const size_t body = json_body_start(t);
                if (body != std::string_view::npos) {
                    prefix = trim(t.substr(0, body));
                    t = t.substr(body);
                }
            }
            if (t.front() != '{') {
                sink.broken(no, "not a JSON object: '" + excerpt(t) + "'");
                continue;
            }
            Scanner sc(t, no);
            flat.clear();
            path.clear();
            bool wrapped = false;
            const RecordSink::Mark before = sink.mark();
            auto on_record = [&](Scanner& s) {
                Flat inner;
                KeyPath p;
                const int at_line = no;
                if (s.peek() != '{') return s.fail("expected an object");
                if (!s.object(inner, p, 1)) return false;
                sink.emit(inner, at_line);
                return true;
            };
            if (!sc.object_or_wrapper(flat, path, on_record, wrapped)) {
                sink.broken(no, "broken JSON: " + sc.error());
                continue;
            }
            if (wrapped && sink.has_time(flat)) {
                sink.rollback(before);
                wrapped = false;
            }
            sc.ws_strict();
            if (sc.pos() < t.size()) out.warn(no, "text after the JSON object ignored");
            if (!wrapped && !prefix.empty()) add_prefix_fields(flat, prefix, sink.has_time(flat), ctx);
            if (!wrapped) sink.emit(flat, no);
        }
        return;
    }

    // A JSON document: an array of records, a wrapper object holding one, or objects one after another
    // (from its first line: the tool's text above it is not JSON).
    Scanner sc(text.substr(std::min(text.size(), d.header_offset)), d.header_line);
    auto on_record = [&](Scanner& s) {
        s.ws_strict();
        const int at_line = s.line();
        if (s.peek() != '{') {
            // A scalar in a records array: count and skip it.
            Flat junk;
            KeyPath p;
            if (!s.value(junk, p, Piece{}, 1)) return false;
            sink.broken(at_line, "array element is not an object");
            return true;
        }
        flat.clear();
        path.clear();
        if (!s.object(flat, path, 1)) return false;
        sink.emit(flat, at_line);
        return true;
    };
    while (!sc.at_end()) {
        const int at_line = sc.line();
        const char c = sc.peek();
        bool ok;
        if (c == '[') {
            ok = sc.records_array(on_record);
        } else if (c == '{') {
            Flat wrapper;
            KeyPath p;
            bool wrapped = false;
            const RecordSink::Mark before = sink.mark();
            ok = sc.object_or_wrapper(wrapper, p, on_record, wrapped);
            if (ok && wrapped && sink.has_time(wrapper)) {
                sink.rollback(before);
                wrapped = false;
            }
            if (ok && !wrapped) sink.emit(wrapper, at_line);
        } else {
            ok = sc.fail(std::string("unexpected '") + excerpt(std::string_view(&c, 1)) + "'");
        }
        if (!ok) {
            sink.broken(sc.error_line() ? sc.error_line() : at_line, "broken JSON: " + sc.error());
            sc.clear_error();
            if (!sc.resync()) break;
        }
    }
}

}  // namespace ownercheck::ingest
