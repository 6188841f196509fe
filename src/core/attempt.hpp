#pragma once
// What the user did: sessions and graded attempts (persisted by store/).
#include <cstdint>
#include <string>
#include <vector>

#include "core/lang.hpp"

namespace kkori {

struct KeypointCoverage {
  std::string keypoint;
  double coverage = 0.0;  // 0..1
  bool covered = false;
};

struct Attempt {
  std::int64_t id = 0;  // assigned by the store
  std::string question_id;
  std::string answer;
  Lang lang = Lang::ko;
  double score = 0.0;  // 0..1
  std::vector<KeypointCoverage> coverage;
  std::int64_t session_id = 0;  // 0 = no session
  std::int64_t created_at_ms = 0;
};

struct Session {
  std::int64_t id = 0;
  std::string kind;   // "drill", "interview", "review"
  std::string track;  // track id or topic list
  Lang lang = Lang::ko;
  std::int64_t started_at_ms = 0;
  std::int64_t ended_at_ms = 0;  // 0 = open
  std::uint64_t seed = 0;        // the planner's seed, to resume deterministically
  std::string plan_json;         // the planned rounds (interview sessions)
  std::string report_json;       // the final report, "" until the session ends
};

// Per question, what the user's attempts add up to (the planner's view of the past).
struct QuestionStats {
  std::string question_id;
  int attempts = 0;
  double mean_score = 0.0;
  double last_score = 0.0;
  std::int64_t last_at_ms = 0;
};

}  // namespace kkori
