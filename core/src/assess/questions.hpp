#pragma once
// What to ask next: the questions that would best separate owner from attacker given what is
// still unverified, and a reply to the client in their language that asks them. Questions ask
// for facts the logs can check; they never say what the logs show.

#include <string>
#include <vector>

#include "model/analysis.hpp"

namespace ownercheck::assess {

struct QuestionPlan {
    std::vector<std::string> keys;  // reply_templates.json question keys, best first
    std::string date;               // for device_on_date
};

QuestionPlan plan_questions(const Analysis& a, size_t max_questions);
std::vector<std::string> question_texts(const QuestionPlan& plan, const std::string& language);

// The client's language: the claims' (most frequent), else the ticket's, else "en".
std::string reply_language(const Analysis& a);
std::string reply_draft(const QuestionPlan& plan, const std::string& language);

}  // namespace ownercheck::assess
