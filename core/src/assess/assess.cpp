#include "assess/assess.hpp"

#include "assess/explain.hpp"
#include "assess/policy.hpp"
#include "assess/questions.hpp"
#include "assess/weigh.hpp"

namespace ownercheck {

void assess_case(Analysis& a) {
    using namespace assess;
    weigh_claims(a.claims);
    weigh_signals(a.signals);
    const double p = logistic(log_odds(a.claims, a.signals));
    const Decision d = decide(a, p);
    const auto& policy = weights()["policy"];

    Assessment& out = a.assessment;
    out.recommendation = d.recommendation;
    out.owner_probability = round_to(p, 3);
    out.reasons = deciding_reasons(a, d, policy.value("max_reasons", 5));
    out.summary = summary_text(a, d, p);

    // Questions help in every outcome (a senior may still want them); the client reply is only
    // drafted when the answer is "ask more".
    const QuestionPlan plan = plan_questions(a, policy.value("max_questions", 3));
    out.next_questions = question_texts(plan, "en");
    out.reply_language = reply_language(a);
    out.reply_draft = d.recommendation == "needs_more_info" && !plan.keys.empty() ? reply_draft(plan, out.reply_language) : "";
}

}  // namespace ownercheck
