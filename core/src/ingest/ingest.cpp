// ingest_block(): clean the bytes, detect the format once, hand the block to that format's parser.

#include "ingest/ingest.hpp"
#include "util/memory_reuse.hpp"

#include <algorithm>
#include <cstring>
#include <exception>
#include <iterator>
#include <string>

#include "ingest/detail_lines.hpp"
#include "ingest/detect.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/formats/line_reader.hpp"
#include "ingest/sections.hpp"
#include "ingest/day_headings.hpp"
#include "ingest/glued_prompt.hpp"
#include "ingest/dot_separated.hpp"
#include "ingest/js_objects.hpp"
#include "ingest/numbered_entries.hpp"
#include "ingest/w3c_fields.hpp"
#include "ingest/object_dumps.hpp"
#include "ingest/sql_inserts.hpp"
#include "ingest/visit_log.hpp"
#include "ingest/redis_replies.hpp"
#include "ingest/kibana_discover.hpp"
#include "ingest/terminal_colours.hpp"
#include "ingest/terminal_text.hpp"
#include "ingest/time_last_cards.hpp"
#include "ingest/wrapped_rows.hpp"
#include "ingest/xml_records.hpp"
#include "ingest/wrapped_cells.hpp"
#include "ingest/text.hpp"
#include "ingest/timestamp.hpp"
#include "util/civil_time.hpp"

namespace ownercheck {

using namespace ingest;

namespace {

void run_parser(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    switch (d.format) {
        case Format::Empty: return;
        case Format::Csv:
        case Format::Tsv: parse_delimited(d, ctx, out); return;
        case Format::Table:
            if (d.pipe_table) parse_delimited(d, ctx, out);
            else parse_aligned_table(d, ctx, out);
            return;
        case Format::Jsonl:
        case Format::Json: parse_json(d, ctx, out); return;
        case Format::Kv: parse_kv(d, ctx, out); return;
        case Format::Cef: parse_cef(d, ctx, out); return;
        case Format::Records: parse_records(d, ctx, out); return;
        case Format::Stacked: parse_stacked(d, ctx, out); return;
        case Format::KrakenLedger: parse_kraken_ledger(d, ctx, out); return;
        case Format::KrakenTrades: parse_kraken_trades(d, ctx, out); return;
        case Format::Lines: parse_lines(d, ctx, out); return;
    }
}

// Detects and parses one stretch of a block (all of it, or one of its sections) into `b`.
void ingest_text(int block_index, std::string_view text, int64_t reference_time, std::string_view label, std::string_view title,
                 BlockIngest& b, size_t room_for_more_events = 0) {
    try {
        const Detection d = detect_format(text);
        b.format = std::string(format_name(d.format));
        b.format_reason = d.reason;
        const int year = reference_time > 0 ? date_of(reference_time).year : 0;
        BlockContext ctx(block_index, text, year, reference_time);
        ctx.set_label(label);
        b.format_reason += ctx.zone_from_label(label);
        if (ctx.label_funding() == EventType::Unknown) ctx.set_label(title);  // "Withdrawals" above the table
        // One event per line at most (multi-line records only lower that): reserving once saves
        // moving every event as the list grows, and a huge paste's list is filled in 2 MB pages.
        if (d.format != Format::Empty && d.format != Format::Json) {
            size_t lines = 1;
            for (const char* p = text.data(); (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(text.data() + text.size() - p)))); ++p) ++lines;
            b.event_list.reserve(b.event_list.size() + lines + room_for_more_events);
            advise_huge_pages(b.event_list.data(), b.event_list.capacity() * sizeof(Event));
            current_pool().reserve(lines);  // a line brings at most one new value in most logs (its address)
        }
        run_parser(d, ctx, b);
        if (std::string note = ctx.date_order_note(); !note.empty() && b.events > 0) b.warn(0, note);
    } catch (const std::exception& e) {
        // A defect, not the paste's fault; keep what was read and say so.
        b.warn(0, std::string("ingest stopped early: ") + e.what());
    }
}

// A section's lines counted from the block's first line, as the report cites them.
void shift_lines(BlockIngest& part, int by) {
    for (Event& e : part.event_list) {
        e.src.line += by;
        for (Ref& r : e.also) r.line += by;
    }
    for (IngestWarning& w : part.warnings)
        if (w.line > 0) w.line += by;
}

void append(BlockIngest& b, BlockIngest&& part) {
    b.rows += part.rows;
    b.events += part.events;
    b.skipped += part.skipped;
    for (IngestWarning& w : part.warnings) b.warn(w.line, std::move(w.message));
    b.warnings_total += part.warnings_total - static_cast<int>(part.warnings.size());
    b.event_list.insert(b.event_list.end(), std::make_move_iterator(part.event_list.begin()), std::make_move_iterator(part.event_list.end()));
}

}  // namespace

BlockIngest ingest_block(int block_index, std::string_view text, int64_t reference_time, std::string_view label,
                         size_t room_for_more_events) {
    BlockIngest b;
    b.block = block_index;
    // A UTF-8 byte order mark (Excel exports) is not part of the first header.
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF && static_cast<unsigned char>(text[1]) == 0xBB &&
        static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    // Invalid UTF-8 or control bytes would poison every string downstream (and the JSON report):
    // replace them once here, keeping line breaks so line numbers still match the paste.
    std::string cleaned;
    bool dirty = !clean_text(text);
    // A terminal's colour codes go first: their ESC bytes are control bytes, so only a block
    // clean_text refused may hold them (the bare "[0m" form is looked for in the head alone).
    std::string uncoloured;
    if (strip_terminal_colours(text, dirty, uncoloured)) {
        text = uncoloured;
        dirty = dirty && !clean_text(text);
    }
    if (dirty) {
        cleaned = sanitize_utf8(text);
        text = cleaned;
        b.warn(0, "the block has bytes that are not UTF-8 text (binary data or a wrong encoding); they were replaced by \xEF\xBF\xBD");
    }
    std::string unprompted;
    if (strip_glued_prompt(text, unprompted)) text = unprompted;
    std::string shell, kibana, details, terminal, dotted, unwrapped, dated;
    if (rewrite_sql_inserts(text, shell) || rewrite_w3c_fields(text, shell) || rewrite_numbered_entries(text, shell) || rewrite_visit_log(text, shell) || rewrite_js_objects(text, shell) || rewrite_object_dumps(text, shell) || rewrite_xml_records(text, shell) ||
        rewrite_redis_replies(text, shell))
        text = shell;
    if (rewrite_day_headings(text, reference_time, dated)) text = dated;  // before the detail-line pass, which takes a heading for a detail
    else if (rewrite_time_last_cards(text, dated)) text = dated;
    if (rewrite_kibana_discover(text, kibana)) text = kibana;
    else if (rewrite_detail_lines(text, details)) text = details;
    if (rewrite_wrapped_rows(text, terminal) || rewrite_terminal_text(text, terminal)) text = terminal;
    if (rewrite_dot_separated(text, dotted)) text = dotted;
    if (rewrite_wrapped_cells(text, unwrapped)) text = unwrapped;
    const std::vector<Section> sections = split_sections(text);
    if (sections.size() == 1) {
        ingest_text(block_index, text, reference_time, label, sections.front().title, b, room_for_more_events);
    } else {
        std::vector<std::string> formats;
        for (const Section& s : sections) {
            BlockIngest part;
            part.block = block_index;
            ingest_text(block_index, text.substr(s.offset, s.size), reference_time, label, s.title, part);
            shift_lines(part, s.first_line - 1);
            if (std::find(formats.begin(), formats.end(), part.format) == formats.end()) formats.push_back(part.format);
            if (!b.format_reason.empty()) b.format_reason += " | ";
            b.format_reason += "section at line " + std::to_string(s.first_line) + (s.title.empty() ? "" : " ('" + excerpt(s.title, 40) + "')") +
                               ": " + part.format_reason;
            append(b, std::move(part));
        }
        for (const auto& f : formats) b.format += (b.format.empty() ? "" : "+") + f;
        b.format_reason = std::to_string(sections.size()) + " tables one after another, each read on its own: " + b.format_reason;
    }
    if (b.rows > 0 && b.events == 0 && b.skipped == b.rows)
        b.warn(0, "no record of this block could be read as an event");
    return b;
}

BlockIngest ingest_block(int block_index, std::string_view text) { return ingest_block(block_index, text, 0); }

bool looks_like_logs(std::string_view text) {
    const Detection d = detect_format(text);
    if (d.format == Format::Empty) return false;
    // One line of prose with commas reads as a header with no rows: a table needs a row.
    if (d.format == Format::Csv || d.format == Format::Tsv || d.format == Format::Table) {
        const std::string_view rest = text.substr(std::min(text.size(), d.header_offset));
        const size_t nl = rest.find('\n');
        return nl != std::string_view::npos && !trim(rest.substr(nl + 1)).empty();
    }
    if (d.format != Format::Lines) return true;
    // Free text: logs when most lines start with a timestamp; a client's reply rarely does.
    LineReader lr(text);
    std::string_view l;
    int no = 0, lines = 0, stamped = 0;
    TimeHints hints;
    while (lr.next(l, no) && lines < 50) {
        const std::string_view t = trim(l);
        if (t.empty()) continue;
        ++lines;
        size_t consumed = 0;
        std::string_view s = t;
        if (!s.empty() && (s.front() == '[' || s.front() == '<')) s.remove_prefix(1);
        if (parse_timestamp_prefix(s, hints, consumed)) ++stamped;
    }
    return lines > 0 && stamped * 2 > lines;
}

std::vector<BlockIngest> ingest_case(const Case& c) {
    const int64_t reference = c.opened_at.value_or(0);
    std::vector<size_t> logs;
    for (size_t i = 0; i < c.evidence.size(); ++i) {
        const EvidenceBlock& b = c.evidence[i];
        if (b.kind == BlockKind::Logs || (b.kind == BlockKind::Auto && looks_like_logs(b.text))) logs.push_back(i);
    }
    // The largest block is read last, with room for every other block's events: the timeline then
    // merges them into its list in place instead of moving a million events into a fresh one.
    // (Blocks share nothing while read, so the order changes no event.)
    size_t largest = 0;
    for (size_t k = 1; k < logs.size(); ++k)
        if (c.evidence[logs[k]].text.size() > c.evidence[logs[largest]].text.size()) largest = k;
    std::vector<BlockIngest> out(logs.size());
    size_t others = 0;
    for (size_t k = 0; k < logs.size(); ++k) {
        if (k == largest) continue;
        const EvidenceBlock& b = c.evidence[logs[k]];
        out[k] = ingest_block(static_cast<int>(logs[k]), b.text, reference, b.label);
        others += out[k].event_list.size();
    }
    if (!logs.empty()) {
        const EvidenceBlock& b = c.evidence[logs[largest]];
        out[largest] = ingest_block(static_cast<int>(logs[largest]), b.text, reference, b.label, others);
    }
    return out;
}

}  // namespace ownercheck
