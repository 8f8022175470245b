#pragma once
// A client with two accounts at the exchange (their own and their company's, a spouse's) often
// answers for both: "Ultimo versamento: sul personale 2.000 euro ... Sulla ditta l'ultimo è stato
// un bonifico di 15.000 euro". Only this account's facts are claims; a clause that names the other
// account (lexicon "other_account") is cut out of the sentence before its values are read, once
// the reply says there are two (lexicon "two_accounts": "ho due conti", "I have two accounts").

#include <string>
#include <string_view>

namespace ownercheck::claims {

// The text with every clause that names another account replaced by "…": from the joiner
// before the name (", ", "; ", " e ", ":") to the end of its clause ("; ", a sentence's end, the
// line's end). Line by line, so the lines stay where they were; a line that names none is unchanged.
std::string without_other_accounts(std::string_view text);

}  // namespace ownercheck::claims
