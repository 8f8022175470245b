#include "assess/questions.hpp"

#include <algorithm>
#include <map>

#include "util/civil_time.hpp"
#include "util/embedded_data.hpp"

namespace ownercheck::assess {

namespace {

const nlohmann::json& templates() { return data_table("reply_templates.json"); }

bool supported(const std::string& lang) {
    const auto& q = templates()["reply"]["intro"];
    return q.is_object() && q.contains(lang);
}

std::string text_in(const nlohmann::json& entry, const std::string& lang) {
    if (entry.is_object()) {
        if (auto it = entry.find(lang); it != entry.end() && it->is_string()) return it->get<std::string>();
        if (auto it = entry.find("en"); it != entry.end() && it->is_string()) return it->get<std::string>();
    }
    return {};
}

bool topic_settled(const Analysis& a, const std::string& topic) {
    return std::any_of(a.claims.begin(), a.claims.end(),
                       [&](const Claim& c) { return c.topic == topic && c.verdict == "corroborated"; });
}

size_t count_events(const Analysis& a, EventType t) {
    return static_cast<size_t>(std::count_if(a.timeline.begin(), a.timeline.end(), [&](const Event& e) { return e.type == t; }));
}

}  // namespace

QuestionPlan plan_questions(const Analysis& a, size_t max_questions) {
    QuestionPlan plan;
    const bool change_signal = std::any_of(a.signals.begin(), a.signals.end(), [](const Signal& s) {
        return s.kind == "security_change" && !s.explained_by_baseline && s.severity != "low" && s.severity != "info";
    });
    // A sign-in a month or more before the ticket: old enough that only the owner remembers it.
    int64_t old_login = 0;
    for (const Event& e : a.timeline)
        if (e.type == EventType::LoginSuccess && e.success && a.now > 0 && a.now - e.time >= 30 * 86400 && !e.user_agent.empty())
            old_login = e.time;  // the newest such (timeline is oldest first)

    for (const auto& key_json : templates()["question_order"]) {
        if (plan.keys.size() >= max_questions) break;
        const std::string key = key_json.get<std::string>();
        bool ask = false;
        if (key == "holder_confirmation") ask = a.writer_for_someone_else.has_value();
        else if (key == "security_changes") ask = change_signal;
        else if (key == "devices") ask = !topic_settled(a, "devices") && count_events(a, EventType::LoginSuccess) > 0;
        else if (key == "last_withdrawal") ask = !topic_settled(a, "last_withdrawal") && count_events(a, EventType::Withdrawal) > 0;
        else if (key == "older_deposit") ask = count_events(a, EventType::Deposit) >= 2;
        else if (key == "last_trade") ask = !topic_settled(a, "last_trade") && count_events(a, EventType::Trade) > 0;
        else if (key == "device_on_date") ask = old_login > 0 && !topic_settled(a, "devices");
        else if (key == "last_login") ask = !topic_settled(a, "last_login") && count_events(a, EventType::LoginSuccess) > 0;
        else if (key == "account_created") ask = !topic_settled(a, "account_created") && a.input.account.created_at.has_value();
        if (!ask || !templates()["questions"].contains(key)) continue;
        plan.keys.push_back(key);
        if (key == "device_on_date") plan.date = format_iso_date(old_login);
    }
    return plan;
}

std::vector<std::string> question_texts(const QuestionPlan& plan, const std::string& language) {
    std::vector<std::string> out;
    for (const std::string& key : plan.keys) {
        std::string t = text_in(templates()["questions"][key], language);
        if (const size_t at = t.find("{date}"); at != std::string::npos) t.replace(at, 6, plan.date);
        out.push_back(t);
    }
    return out;
}

std::string reply_language(const Analysis& a) {
    std::map<std::string, int> votes;
    std::string first;
    for (const Claim& c : a.claims)
        if (!c.language.empty() && supported(c.language)) {
            if (votes.empty()) first = c.language;
            ++votes[c.language];
        }
    if (!votes.empty()) {
        std::string best = first;
        for (const auto& [lang, n] : votes)
            if (n > votes[best]) best = lang;
        return best;
    }
    const std::string& t = a.input.ticket.language;
    if (t != "auto" && supported(t)) return t;
    return "en";
}

std::string reply_draft(const QuestionPlan& plan, const std::string& language) {
    const auto& r = templates()["reply"];
    std::string out = text_in(r["greeting"], language) + "\n\n" + text_in(r["intro"], language) + "\n\n";
    const auto questions = question_texts(plan, language);
    for (size_t i = 0; i < questions.size(); ++i) out.append(std::to_string(i + 1)).append(". ").append(questions[i]).append("\n");
    out.append("\n").append(text_in(r["outro"], language)).append("\n\n").append(text_in(r["signoff"], language)).append("\n");
    return out;
}

}  // namespace ownercheck::assess
