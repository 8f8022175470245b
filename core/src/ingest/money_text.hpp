#pragma once
// A sum and its coin written in a cell of words, where a table has no amount column: a security
// log that lists deposits and trades beside sign-ins puts "USDT 500 (TRC20, travel rule checked)"
// or "ETH 0.1742 / USDT 499.95" in its result column.

#include <string_view>

#include "model/event.hpp"

namespace ownercheck::ingest {

// Reads "<coin> <sum>" or "<sum> <coin>" from the start of `text`, else from the note in brackets
// after it ("Executed (0.05 BTC, known address)"), into ev.amount and ev.asset_raw, and a second
// one after " / ", " for " (in six languages) or "->" into the counter sum; true when a sum was
// read. The coin must be written as a code ("USDT", "btc").
bool read_money_text(std::string_view text, Event& ev, char decimal_mark);

// A sum and its coin among the words of a timeline's line ("€  Deposit   500,00 EUR   ·   SEPA",
// "₿  Withdrawal   0.015 BTC  →  bc1q…"): the first "<sum> <code>" or "<code> <sum>" before the
// tool's " · " details, into ev.amount and ev.asset_raw; true when one was read.
bool read_money_words(std::string_view text, Event& ev, char decimal_mark);

}  // namespace ownercheck::ingest
