#pragma once
// Lines that hold one field each, the way a details pane or a database client's vertical display
// prints a record: "IP: 85.1.2.3", "ip         | 85.1.2.3" (psql \x), "IP<TAB>85.1.2.3" (a two-column
// table copied from a browser), "登录时间：2026-03-01 10:22" (full-width colon). Shared by the
// detector and the vertical-records parser, so both read a line the same way.

#include <string_view>
#include <utility>
#include <vector>

namespace ownercheck::ingest {

// Splits a field line into its key and value (both trimmed; the value may be empty). False when
// the line is not one field: no separator, or what precedes it does not read as a key (a
// timestamp, a sentence, a syslog prefix).
bool split_field_line(std::string_view line, std::string_view& key, std::string_view& value);

// A line of several fields set apart by tabs or runs of spaces ("event: login    result: fail    ip:
// 1.2.3.4" in a log search's raw view, "ID du visiteur : …    ID utilisateur : …" in a visits log):
// each chunk read as split_field_line reads a line, its fields appended to `out`. Returns how
// many chunks were not fields.
size_t split_gap_fields(std::string_view line, std::vector<std::pair<std::string_view, std::string_view>>& out);

// A line that only separates records: psql "-[ RECORD 3 ]-----+------", MySQL
// "*************************** 3. row ***************************", a rule ("-----", "====="),
// or a chat message's header (below).
// wevtutil's "Event[12]:" too.
bool is_record_banner(std::string_view line);

// A shell's prompt and the command typed after it, above what the command printed: "PS C:\…>
// wevtutil qe …", "$ zcat …", "ops@jump-01:~$ curl …".
bool is_shell_command(std::string_view line);

// The line a chat client puts above each message when messages are copied (Telegram Desktop:
// "RiskBot, [2026/10/01 12:24]"): the sender, a comma and the message's time in brackets. A bot's
// alerts copied from a group read as records, one per message.
bool is_chat_message_header(std::string_view line);

}  // namespace ownercheck::ingest
