// Vertical records: one field per line, records one after another. What a specialist gets when
// they copy an admin panel's event cards, psql's expanded display (\x) or MySQL's \G:
//
//   Date: 2026-03-01 10:22:11 UTC     -[ RECORD 1 ]---+---------     ***** 1. row *****
//   Event: Login                      created_at | 2026-03-01 ...      created_at: 2026-03-01 ...
//   IP: 85.1.2.3                      ip         | 85.1.2.3                    ip: 85.1.2.3
//                                     -[ RECORD 2 ]---+---------     ***** 2. row *****
//
// A record ends at a blank line, a banner or rule, or when a key it already holds comes again
// (cards pasted without blank lines between them). Keys mean what the same words mean as column
// headers (header_synonyms.json). A line that is not a field ends the record too; when it names
// an event ("Login", "Password changed") it is the next record's event, the way cards carry their
// title above their fields.

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "ingest/detect.hpp"
#include "ingest/formats/field_lines.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

constexpr size_t kReasonKeys = 12;  // keys named in format_reason
constexpr std::string_view kMiddleDot = " \xC2\xB7 ";

class RecordBuilder {
public:
    RecordBuilder(BlockContext& ctx, BlockIngest& out) : ctx_(ctx), out_(out) { clear(); }

    bool holds(std::string_view key) const {
        for (auto k : keys_)
            if (k == key) return true;
        return false;
    }
    void add(std::string_view key, std::string_view value, int line) {
        if (keys_.empty()) first_line_ = line;
        keys_.push_back(key);
        const RoleMatch m = roles_.get(key);
        note_key(key, m.role);
        if (value.empty()) return;
        // "IP: 175.136.87.148 · MY 吉隆坡 · AS9534 Maxis Broadband", "金额: 1,000 USDT · 网络: TRC20":
        // a bot's alert packs what a panel shows in several columns into one field, set apart by
        // middle dots. The first part is the field's value; a device label is one whole.
        const size_t dot = value.find(kMiddleDot);
        if (dot == std::string_view::npos || m.role == Role::Device || m.role == Role::UserAgent) {
            offer(values_, ranks_, m, value);
            return;
        }
        offer(values_, ranks_, m, trim(value.substr(0, dot)));
        for (size_t from = dot + kMiddleDot.size(); from < value.size();) {
            const size_t next = std::min(value.find(kMiddleDot, from), value.size());
            const std::string_view part = trim(value.substr(from, next - from));
            from = next + kMiddleDot.size();
            std::string_view k, v;
            if (split_field_line(part, k, v)) {
                offer(values_, ranks_, roles_.get(k), v);
            } else if (m.role == Role::Ip && part.size() > 2 && istarts_with(part, "as") && is_digit(part[2])) {
                offer(values_, ranks_, RoleMatch{Role::Asn, 0}, part);  // whose network the address is in
            } else if (m.role == Role::Ip && at(values_, Role::Location).empty()) {
                offer(values_, ranks_, RoleMatch{Role::Location, 0}, part);  // where it is
            }
        }
    }
    void set_title(std::string_view title) { title_ = title; }
    // Ends the record being read, if any: one row, and an event when it has a readable time.
    void finish() {
        if (keys_.empty()) {
            title_ = {};
            return;
        }
        ++out_.rows;
        if (at(values_, Role::Event).empty() && !title_.empty()) {
            const EventType t = ctx_.vocab().event(title_).type;
            if (t != EventType::Unknown && t != EventType::Other) at(values_, Role::Event) = title_;
        }
        add_event(values_, first_line_, ctx_, out_);
        clear();
    }
    std::string keys_read() const { return describe_roles(reason_keys_, reason_roles_); }

private:
    void clear() {
        values_.fill({});
        ranks_.fill(1 << 30);
        keys_.clear();
        title_ = {};
    }
    void note_key(std::string_view key, Role role) {
        if (reason_keys_.size() >= kReasonKeys) return;
        for (auto k : reason_keys_)
            if (k == key) return;
        reason_keys_.push_back(key);
        reason_roles_.push_back(role);
    }

    BlockContext& ctx_;
    BlockIngest& out_;
    RoleCache roles_;
    RoleValues values_{};
    RoleRanks ranks_{};
    std::vector<std::string_view> keys_;  // views into the block text, which outlives the parse
    std::string_view title_;
    int first_line_ = 0;
    std::vector<std::string_view> reason_keys_;
    std::vector<Role> reason_roles_;
};

}  // namespace

void parse_records(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    LineReader lr(ctx.text(), d.header_offset, d.header_line);
    RecordBuilder record(ctx, out);
    std::string_view l, key, value;
    int no = 0;
    if (!d.record_opener.empty()) {  // only the opening key starts a record
        std::string_view pending;     // a key whose value is on the next line ("Description:")
        bool opened = false;          // the command and banners above the first record are none of it
        while (lr.next(l, no)) {
            const std::string_view t = trim(l);
            if (t.empty() || is_record_banner(t)) continue;
            // "Description:" then "Second factor rejected: code invalid or expired.": the message
            // is the value, its colon no field of the record's
            if (!pending.empty() && split_field_line(t, key, value) && role_of(key).role == Role::None && key.find(' ') != std::string_view::npos) {
                record.add(pending, t, no);
                pending = {};
                continue;
            }
            if (split_field_line(t, key, value)) {
                if (key == d.record_opener) record.finish(), opened = true;
                if (!opened) continue;
                record.add(key, value, no);
                pending = value.empty() ? key : std::string_view{};
            } else if (!pending.empty()) {
                record.add(pending, t, no);
                pending = {};
            }
        }
        record.finish();
        const std::string keys = record.keys_read();
        out.format_reason += keys.empty() ? "; no field recognised" : "; fields read as " + keys;
        return;
    }
    while (lr.next(l, no)) {
        const std::string_view t = trim(l);
        if (t.empty() || is_record_banner(t) || is_table_footer(t)) {
            record.finish();
            continue;
        }
        if (split_field_line(t, key, value)) {
            if (record.holds(key)) record.finish();
            record.add(key, value, no);
            continue;
        }
        record.finish();
        record.set_title(t);
    }
    record.finish();
    const std::string keys = record.keys_read();
    out.format_reason += keys.empty() ? "; no field recognised" : "; fields read as " + keys;
}

}  // namespace ownercheck::ingest
