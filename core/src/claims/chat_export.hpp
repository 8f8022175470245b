#pragma once
// A reply that is a chat pasted from a messenger: the client answered the desk on WhatsApp or
// Telegram and exported or copied the conversation.
//
//   [08/07/2026, 14:02:37] Suporte Exchange: 1) quando abriu a conta; 2) último depósito ...
//   [08/07/2026, 14:10:41] Rafael: abri a conta em 2023, acho q em maio
//   08/07/2026, 14:11 - Rafael: ultimo deposito foi 1.500 no pix        (WhatsApp on Android)
//   Rafael, [08.07.2026 14:12]                                          (Telegram Desktop: a header,
//   e o 2fa é o google authenticator                                     the message below it)
//
// The stamps are when a message was sent, not dates the client claims; the desk's messages are
// its questions, never the client's answers. So the chat is rewritten line for line (line numbers
// stay) as the rest of the reply reader knows it: the desk's messages as quoted lines ("> ..."),
// whose questions give their topic to the answers below, the client's as their text alone.

#include <string>
#include <string_view>
#include <vector>

namespace ownercheck::claims {

// When at least three lines of `lines` are chat messages, rewrites them (and the lines that continue
// a message) into `storage` and points `lines` at the rewritten text; `opens_message` marks the
// lines a message starts on (a new message ends an answer as a blank line does). Returns false and
// leaves all three alone otherwise. The desk is the sender whose name is a desk's (lexicon
// "desk_names"), else the one who asks the questions.
bool unwrap_chat_export(std::vector<std::string_view>& lines, std::vector<std::string>& storage, std::vector<bool>& opens_message);

}  // namespace ownercheck::claims
