#pragma once
// Who writes: a reply may say its writer is not the account holder ("vi scrivo per conto di mia
// madre", "als vom Nachlassgericht bestätigte Testamentsvollstreckerin", "şirket adına
// yazıyorum"). Their facts may all be right (a daughter beside her mother, an executor with the
// deceased's papers), yet the desk cannot hand the account to them on a recovery ticket: the
// holder must confirm, or the estate process applies. The lexicon's "for_someone_else" phrases,
// in every language, decide.

#include "model/analysis.hpp"

namespace ownercheck::claims {

// The first reply sentence that says so, or none.
std::optional<Analysis::WriterForSomeoneElse> writer_for_someone_else(const Analysis& a);

}  // namespace ownercheck::claims
