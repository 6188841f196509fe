#pragma once
// Chooses the root questions of a session: per round of the track, `count` roots from the round's
// areas and levels, weighted towards the user's weak spots and due reviews, with variety across
// topics; never a question twice in a session, and not one answered well in the last few days.
// A round whose areas include `project` asks the questions of the user's résumé when one is given
// (resume_round.hpp), else the bank's project templates as before.
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "core/track.hpp"
#include "interview/resume_round.hpp"

namespace kkori::interview {

// What the planner knows of the user's past, per question id (built by the front end from the store).
struct QuestionHistory {
  int attempts = 0;
  double mean_score = 0.0;
  double last_score = 0.0;
  std::int64_t last_at_ms = 0;
};

struct PlanInput {
  std::map<std::string, QuestionHistory> history;
  std::set<std::string> due;  // question ids due for review
  std::int64_t now_ms = 0;
  std::uint64_t seed = 1;
  int recent_days = 7;  // skip questions answered at or above `well` within this many days
  double well = 0.8;
  std::optional<ResumeQuestions> resume{};  // for résumé rounds; nullopt = no résumé
};

// Where a round's roots come from: the bank; the résumé; or the bank because a résumé round had
// no résumé (or none of its questions could be asked): the front end says so once.
enum class RootSource { bank, resume, no_resume };

std::string_view to_string(RootSource s);  // "bank" | "resume" | "no_resume"

struct PlannedRound {
  Round round;
  std::vector<std::string> roots;  // question ids, in asking order
  // A résumé round: the question asked for roots[i] (roots[i] is its bank_id); else empty.
  std::vector<ResumeItem> resume{};
  RootSource source = RootSource::bank;
};

struct Plan {
  std::string track_id;
  std::vector<PlannedRound> rounds;
  std::int64_t resume_id = 0;  // the saved résumé a résumé round used; 0 = none or a file
  std::string resume_title{};  // "" when no résumé was used

  // The résumé question asked as `root_id` in round `round_id`, or nullptr.
  const ResumeItem* resume_item(std::string_view round_id, std::string_view root_id) const;
};

// The weight of a candidate (exposed for tests): unseen 1.0; weak answers up to 2.0; due +1.0.
double candidate_weight(const QuestionHistory* h, bool due);

Plan plan_track(const bank::Bank& bank, const Track& track, const PlanInput& in);

// An ad-hoc session over topics: each entry is a question id, an area, or a tag; one round.
Result<Plan> plan_topics(const bank::Bank& bank, const std::vector<std::string>& topics, int count, int minutes,
                         int max_depth, const PlanInput& in);

}  // namespace kkori::interview
