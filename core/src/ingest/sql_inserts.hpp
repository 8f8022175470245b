#pragma once
// Rows exported as SQL statements, as a database client copies a grid "as SQL INSERT" (HeidiSQL,
// DBeaver, DataGrip, TablePlus, pg_dump --column-inserts, mysqldump --complete-insert):
//   INSERT INTO `security_events` (`id`, `created_at`, `event`, `ip`) VALUES
//       (6615796, '2025-11-20 10:53:20', 'login', '93.41.187.22'),
//       (6620074, '2025-11-24 09:45:14', 'login', '93.41.187.22');
// The formats read neither the SQL quoting nor the tuples, so the text is rewritten once before
// detection: each tuple becomes a JSON object keyed by the statement's column list, on the line
// where the tuple starts (one array for the whole block); the client's header comments, SET
// statements and other lines become empty lines, so line numbers stay the paste's. A statement
// without a column list names no column and is left to the line reader.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds INSERT statements with
// a column list and at least one tuple; false, `out` untouched, otherwise.
bool rewrite_sql_inserts(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
