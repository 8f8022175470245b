#include "model/event.hpp"

#include <array>
#include <utility>

namespace ownercheck {

namespace {

constexpr std::array<std::pair<EventType, std::string_view>, 26> kNames{{
    {EventType::Unknown, "unknown"},
    {EventType::LoginSuccess, "login_success"},
    {EventType::LoginFailure, "login_failure"},
    {EventType::Logout, "logout"},
    {EventType::PasswordResetRequested, "password_reset_requested"},
    {EventType::PasswordResetCompleted, "password_reset_completed"},
    {EventType::PasswordChanged, "password_changed"},
    {EventType::EmailChangeRequested, "email_change_requested"},
    {EventType::EmailChangeCompleted, "email_change_completed"},
    {EventType::TwoFactorChanged, "2fa_changed"},
    {EventType::TwoFactorReset, "2fa_reset"},
    {EventType::TwoFactorResetRequested, "2fa_reset_requested"},
    {EventType::TwoFactorDisabled, "2fa_disabled"},
    {EventType::DeviceApprovalSent, "device_approval_sent"},
    {EventType::DeviceApprovalApproved, "device_approval_approved"},
    {EventType::PhoneVerified, "phone_verified"},
    {EventType::PhoneChanged, "phone_changed"},
    {EventType::ApiKeyCreated, "api_key_created"},
    {EventType::WithdrawalAddressAdded, "withdrawal_address_added"},
    {EventType::SettingsLock, "settings_lock"},
    {EventType::Deposit, "deposit"},
    {EventType::Withdrawal, "withdrawal"},
    {EventType::Trade, "trade"},
    {EventType::Transfer, "transfer"},
    {EventType::Staking, "staking"},
    {EventType::Other, "other"},
}};

}  // namespace

std::string_view event_type_name(EventType t) {
    for (const auto& [type, name] : kNames)
        if (type == t) return name;
    return "unknown";
}

EventType event_type_from_name(std::string_view name) {
    for (const auto& [type, n] : kNames)
        if (n == name) return type;
    return EventType::Unknown;
}

bool is_login(EventType t) { return t == EventType::LoginSuccess || t == EventType::LoginFailure; }

bool is_security_change(EventType t) {
    switch (t) {
        case EventType::PasswordResetRequested:
        case EventType::PasswordResetCompleted:
        case EventType::PasswordChanged:
        case EventType::EmailChangeRequested:
        case EventType::EmailChangeCompleted:
        case EventType::TwoFactorChanged:
        case EventType::TwoFactorReset:
        case EventType::TwoFactorResetRequested:
        case EventType::TwoFactorDisabled:
        case EventType::PhoneChanged:
        case EventType::ApiKeyCreated:
        case EventType::WithdrawalAddressAdded:
        case EventType::SettingsLock:
            return true;
        default:
            return false;
    }
}

bool is_funding(EventType t) {
    return t == EventType::Deposit || t == EventType::Withdrawal || t == EventType::Trade ||
           t == EventType::Transfer || t == EventType::Staking;
}

}  // namespace ownercheck
