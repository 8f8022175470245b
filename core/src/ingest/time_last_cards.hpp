#pragma once
// An activity feed whose entries print their time last, under what happened: the side panel of a
// help desk (Freshdesk, Intercom, Zendesk apps) or a back office's "Recent activity" list, copied
// from the browser with the page around it:
//
//   Atividade recente (57 de 212)
//   Código 2FA inválido                                                    <- what happened
//   Chrome 142 · Windows 10 · 2.80.141.166 · NOS Comunicações · Lisboa, PT  <- details, if any
//   8 de dez. de 2025 22:46                                                <- when: a line that is only a time
//   Depósito recebido
//   750,00 EUR · SEPA · IBAN PT50 •••• •••• 0417
//   2 de dez. de 2025 18:26
//
// No detector reads that shape (a record's time after its fields, the page's own lines above),
// so the text is rewritten once before detection: each entry becomes a JSON record on its first
// line, its detail parts placed by what they look like (an address, a place, a device, a sum,
// else a note); the entry's other lines and the page around the feed are left empty. Line
// numbers stay the paste's.

#include <string>
#include <string_view>

namespace ownercheck::ingest {

// Writes the rewritten text into `out` and returns true when `text` holds such a feed (three
// entries or more, most of the lines between the first and the last time); false, `out`
// untouched, otherwise.
bool rewrite_time_last_cards(std::string_view text, std::string& out);

}  // namespace ownercheck::ingest
