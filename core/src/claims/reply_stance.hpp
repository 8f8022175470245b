#pragma once
// What the reply says of itself, beyond its facts, that changes what the desk may do with it:
// - its writer is not the account holder ("vi scrivo per conto di mia madre", "als vom
//   Nachlassgericht bestätigte Testamentsvollstreckerin", "şirket adına yazıyorum"). Their facts
//   may all be right (a daughter beside her mother, an executor with the deceased's papers), yet
//   the account cannot be handed to them on a recovery ticket: the holder must confirm, or the
//   estate process applies. Lexicon "for_someone_else".
// - it disputes the account's own activity ("I did NOT make this withdrawal", "não fui eu",
//   "这不是我操作的"): a takeover report, not a recovery. Whoever writes, the disputed activity must
//   be investigated before anything is released or refunded: the account's own device and 2FA
//   behind it is a compromised device or the owner disowning their own withdrawal. Lexicon
//   "disputes_activity".
// Phrases of every language count, whatever the reply's language.

#include "model/analysis.hpp"

namespace ownercheck::claims {

// Sets a.writer_for_someone_else and a.disputed_activity: the first reply sentence that says so.
void read_reply_stance(Analysis& a);

}  // namespace ownercheck::claims
