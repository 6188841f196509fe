#pragma once
// The end-of-session report: per topic (a root and its chain) the depth reached and the score;
// each answer with covered and missed keypoints; a study list, weakest keypoints first.
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "interview/drill.hpp"
#include "interview/session.hpp"

namespace kkori::interview {

struct TopicReport {
  std::string root_id;
  std::string round_id;
  int asked = 0;          // questions asked in this chain
  int depth_reached = 0;  // levels answered at or above the bar: 1 = the root, 2 = its tail, ...
  double mean_score = 0;
  std::string stopped;                 // why the chain ended
  std::optional<ResumeItem> resume{};  // the résumé question the chain started from, if any
};

struct StudyItem {
  std::string question_id;
  std::string keypoint_id;
  double weight = 0;    // the keypoint's share of its question
  double coverage = 0;  // how much of it the answer had
  double priority = 0;  // weight · (1 - coverage): higher is weaker
};

struct Report {
  int answered = 0;
  double mean_score = 0;
  int dont_know = 0;
  std::vector<TopicReport> topics;
  std::vector<StudyItem> study;  // weakest first
};

Report make_report(const bank::Bank& bank, const std::vector<Turn>& turns, const std::vector<ChainEnd>& ends,
                   double bar = 0.4);
// The same, with each topic that began with a résumé question of `plan` carrying it.
Report make_report(const bank::Bank& bank, const Plan& plan, const std::vector<Turn>& turns,
                   const std::vector<ChainEnd>& ends, double bar = 0.4);

}  // namespace kkori::interview
