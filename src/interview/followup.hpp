#pragma once
// The follow-up policy: after a graded answer, ask a tail question, offer a hint, or move on.
//
// Priority (the order interviewers pull tail questions in):
//   answer at or above the bar:  mentions  >  covered  >  always  >  missed
//     (pull on what the candidate brought up, then go deeper where they were solid)
//   answer below the bar or "I don't know":  missed  >  always (easier or same level first)
//     (probe the gap with an easier question; `mentions`/`covered` cannot fire on a miss)
//   within one kind, the order of `followups` in the content file.
// A chain stops (NextRoot) after `stop_after_misses` answers in a row below the bar, at the depth
// limit, or when no `when` fires. Tails already asked in this session are never repeated.
// A hint is offered instead once per question, when a level-1 question scored under `hint_below`.
#include <functional>
#include <set>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "core/attempt.hpp"
#include "core/question.hpp"

namespace kkori::interview {

struct PolicyConfig {
  double bar = 0.4;           // an answer below this is a miss
  double hint_below = 0.2;    // a level-1 answer below this gets a hint first
  int max_depth = 3;          // tail questions below one root
  int stop_after_misses = 2;  // misses in a row that end a chain
};

struct ChainState {
  int depth = 0;          // 0 = answering the root
  int misses_in_row = 0;  // including the answer just graded
  bool hint_shown = false;
};

struct AskTail {
  std::string question_id;
  std::string reason;  // "mentions: attention", "missed: definition", "covered: …", "always"
};
struct OfferHint {
  int index = 0;  // which hint (0-based)
};
struct NextRoot {
  std::string reason;  // "depth limit", "two misses in a row", "no tail question fired"
};
using Decision = std::variant<AskTail, OfferHint, NextRoot>;

// Whether the answer mentions any of the terms (normalised matching is the grader's job).
using MentionsFn = std::function<bool(std::span<const std::string> terms)>;

// REQUIRES: `lookup` returns the question for an id or nullptr.
Decision decide(const Question& q, double score, bool dont_know, const std::vector<KeypointCoverage>& coverage,
                const MentionsFn& mentions, const ChainState& chain, const std::set<std::string>& asked,
                const std::function<const Question*(const std::string&)>& lookup, const PolicyConfig& cfg = {});

}  // namespace kkori::interview
