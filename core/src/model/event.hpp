#pragma once
// A normalised event: one thing that happened to the account, read from one line of a log paste.
// Every later stage (claims, signals) reads events, never the pasted text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/ref.hpp"
#include "util/interned.hpp"

namespace ownercheck {

// The fixed event vocabulary. Spellings seen in admin tools map here through
// core/data/event_types.json; keep the names in event_type_name() in sync.
enum class EventType {
    Unknown,
    LoginSuccess,
    LoginFailure,
    Logout,
    PasswordResetRequested,
    PasswordResetCompleted,
    PasswordChanged,
    EmailChangeRequested,
    EmailChangeCompleted,
    TwoFactorChanged,
    TwoFactorReset,
    TwoFactorResetRequested,  // the recovery request itself ("2FA reset requested"): nothing changed yet
    TwoFactorDisabled,
    DeviceApprovalSent,
    DeviceApprovalApproved,
    PhoneVerified,
    PhoneChanged,
    ApiKeyCreated,
    WithdrawalAddressAdded,
    SettingsLock,
    Deposit,
    Withdrawal,
    Trade,
    Transfer,
    Staking,
    Other,
};

std::string_view event_type_name(EventType t);
EventType event_type_from_name(std::string_view name);  // inverse of event_type_name
bool is_login(EventType t);
bool is_security_change(EventType t);
bool is_funding(EventType t);  // deposit, withdrawal, trade, transfer, staking

// Between a user agent string and the device label an admin panel shows beside it, when an
// event has both: the ingest stage joins them (ingest/record.cpp), the enrich stage reads them apart.
inline constexpr std::string_view kDeviceLabelAfterUserAgent = " | device: ";

// What the network, place and user agent of an event turned out to be (filled by enrich).
// Text fields are Interned (util/interned.hpp): a paste repeats the same few values on every line.
struct UserAgentInfo {
    Interned browser;  // "Chrome", "Safari", "Kraken app"...
    Interned os;       // "Windows", "iOS", "Android", "Mac OS X", "Linux"
    Interned device;   // "iPhone", "Pixel 8", "Mac", "PC"...
    Interned kind;     // browser | app | automation | unknown
};

// Field order keeps the flags together: an event is ~280 bytes and a paste may hold a million.
struct Event {
    int64_t time = 0;       // unix seconds, UTC
    EventType type = EventType::Unknown;
    int32_t time_ms = 0;    // sub-second part, 0..999
    Ref src;                // block and line it was read from
    std::vector<Ref> also;  // other lines folded into this event (e.g. a trade's second leg)
    Interned raw_type;      // the action as spelled in the paste ("Sign-in", "auth.login")

    // Access events
    Interned failure_reason;  // "invalid_otp", "wrong_password", ... (lower snake case)
    Interned ip;
    Interned country;  // ISO alpha-2 when known, else as given
    Interned city;
    Interned asn;      // digits only, e.g. "3320"
    Interned org;
    Interned user_agent;
    Interned method;   // login/2FA method as given ("password+totp")
    Interned email;    // an address shown with the event: the new email of an email change, a login name
    Interned device_id;  // the admin tool's own identifier of the device ("d-7e21c4", a fingerprint)

    // Funding events
    Interned asset;          // normalised ticker: BTC, ETH, EUR...
    Interned asset_raw;      // as in the paste: XXBT, ZEUR, ADA.S
    double amount = 0;       // signed as in the ledger; deposits positive
    double fee = 0;
    Interned side;           // trades: "buy" or "sell" (of the non-fiat asset)
    Interned counter_asset;  // trades: what was paid or received
    double counter_amount = 0;
    Interned txid, refid;
    Interned address;        // withdrawal / deposit address when shown

    // Enrichment (filled by the enrich stage, never by a parser)
    UserAgentInfo ua;
    Interned network;             // residential | hosting | vpn | private | unknown
    double lat = 0, lon = 0;
    Interned location_precision;  // "city" | "country" (lat/lon = country centroid, located stays false) | ""

    // Flags
    bool success = true;           // access events: the attempt succeeded
    bool fiat = false;             // funding events: the asset is a fiat currency
    bool located = false;          // enrich: lat/lon are the event's city (precise enough for travel speed)
    bool ip_table_filled = false;  // enrich: asn/org/country were missing in the log and filled from the IP tables
};

}  // namespace ownercheck
