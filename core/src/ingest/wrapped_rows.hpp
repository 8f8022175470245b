#pragma once
// A terminal table under a rule of dash runs whose long cells wrap onto lines of their own, the
// other columns blank there (SQL*Plus with WORD_WRAPPED columns, sqlcmd with narrow columns):
//   24-MAR-27 08.02.47 AM +00:00 LOGIN   SUCCESS 94.63.77.201  3243 MEO - Servicos de   Lisboa
//                                                                   Comunicacoes e
// Rewritten once before detection as a tab-separated table: each row on its first line with its
// wrapped pieces joined back into their cells; the wrapped lines, the session above the header
// (banner, "SQL>" commands), repeated page headers and footers ("12 rows selected.") become empty
// lines, so line numbers stay the paste's.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

bool rewrite_wrapped_rows(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
