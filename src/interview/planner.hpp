#pragma once
// Chooses the root questions of a session: per round of the track, `count` roots from the round's
// areas and levels, weighted towards the user's weak spots and due reviews, with variety across
// topics; never a question twice in a session, and not one answered well in the last few days.
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "core/track.hpp"

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
  int recent_days = 7;        // skip questions answered at or above `well` within this many days
  double well = 0.8;
};

struct PlannedRound {
  Round round;
  std::vector<std::string> roots;  // question ids, in asking order
};

struct Plan {
  std::string track_id;
  std::vector<PlannedRound> rounds;
};

// The weight of a candidate (exposed for tests): unseen 1.0; weak answers up to 2.0; due +1.0.
double candidate_weight(const QuestionHistory* h, bool due);

Plan plan_track(const bank::Bank& bank, const Track& track, const PlanInput& in);

// An ad-hoc session over topics: each entry is a question id, an area, or a tag; one round.
Result<Plan> plan_topics(const bank::Bank& bank, const std::vector<std::string>& topics, int count,
                         int minutes, int max_depth, const PlanInput& in);

}  // namespace kkori::interview
