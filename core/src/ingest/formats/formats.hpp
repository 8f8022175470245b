#pragma once
// One parser per format; ingest/detect.cpp picks one per block. Each parser reads ctx.text(),
// appends events to out.event_list and counts rows/skipped with a warning per skipped record.

#include <string>

#include "ingest/record.hpp"
#include "model/ingest_result.hpp"

namespace ownercheck::ingest {

enum class Format { Empty, Csv, Tsv, Jsonl, Json, Kv, Cef, Records, Stacked, Table, KrakenLedger, KrakenTrades, Lines };

std::string_view format_name(Format f);

struct Detection {
    Format format = Format::Lines;
    std::string reason;
    char delim = 0;            // csv/tsv/pipe tables and the Kraken exports
    size_t header_offset = 0;  // byte offset of the header row (or first data row when headerless)
    int header_line = 1;       // its 1-based line
    bool has_header = true;
    bool pipe_table = false;   // "| a | b |" markdown / psql output: fields trimmed, rule lines skipped
    bool json_after_text = false;  // JSON lines behind a text prefix (Loki, syslog): `<time> {labels} {"k": ...}`
    // Vertical records that hold blank lines, section labels and sentences inside them (Windows
    // Event Viewer's "Log Name: ... Description: / An account was ..."): only this key, which
    // opens every record, starts the next one.
    std::string record_opener;
};

// Where the JSON object that ends a line of text starts (`2026-11-15T09:34:52Z {app="x"} {"ip": ...}`,
// `Nov 18 09:12:44 host app[7]: {"event": ...}`), or npos. Found by its first `{"`.
size_t json_body_start(std::string_view line);

void parse_delimited(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_aligned_table(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_json(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_kv(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_cef(const Detection& d, BlockContext& ctx, BlockIngest& out);
// A line holding an ArcSight CEF record ("CEF:0|vendor|product|...").
bool is_cef_line(std::string_view line);
void parse_records(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_stacked(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_kraken_ledger(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_kraken_trades(const Detection& d, BlockContext& ctx, BlockIngest& out);
void parse_lines(const Detection& d, BlockContext& ctx, BlockIngest& out);

// Shared by the columnar parsers: the header row's roles, with a human summary for format_reason.
std::string describe_roles(const std::vector<std::string_view>& header, const std::vector<Role>& roles);

}  // namespace ownercheck::ingest
