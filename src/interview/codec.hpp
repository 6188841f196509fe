#pragma once
// JSON forms of plans, turns and reports: stored with a session (plan, report) and printed by
// `--json` front ends. Format version 1; fields are only ever added.
#include "bank/bank.hpp"
#include "interview/planner.hpp"
#include "interview/report.hpp"
#include "json/json.hpp"

namespace kkori::interview {

Json plan_to_json(const Plan& p);
Result<Plan> plan_from_json(const Json& j, const bank::Bank& bank);

// One asked question: question_id, prompt (in `lang`), why, round, depth, answer, score,
// dont_know, covered and missed keypoint ids, hints_used, elapsed_ms. With `plan`, a root asked
// from the résumé has its generated prompt and "resume" (resume_item_to_json).
Json turn_to_json(const Turn& t, const bank::Bank& bank, Lang lang, bool with_time, const Plan* plan = nullptr);
// A topic begun from the résumé adds "resume" (resume_item_to_json).
Json report_to_json(const Report& r);

}  // namespace kkori::interview
