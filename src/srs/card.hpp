#pragma once
// Review cards: one per question the user has answered, and one per keypoint they missed (so a
// missed point is relearned on its own schedule, asked as "the question, focusing on this point").
// A graded answer maps to a rating:
//   score < 0.4 → Again · < 0.6 → Hard · < 0.85 → Good · else Easy   ("I don't know" → Again)
// A keypoint card is rated from that keypoint's coverage with the same cut-offs.
#include <cstdint>
#include <optional>
#include <string>

#include "core/card.hpp"
#include "srs/fsrs.hpp"

namespace kkori::srs {

struct SchedulerConfig {
  Params params = kDefaultParams;
  double desired_retention = 0.9;
  int max_interval = kDefaultMaxInterval;
  int utc_offset_minutes = 0;  // the user's time zone, for whole-day arithmetic
  int rollover_hour = 4;       // a day starts at 4:00, as in Anki
  bool fuzz = true;
};

Rating rating_from_score(double score, bool dont_know = false);

// Whole local days since the epoch with the rollover applied (Anki's rule).
std::int64_t day_index(std::int64_t ms, const SchedulerConfig& cfg);

// The card after a review at `now_ms` with `rating`; `fuzz_u` in [0,1) from the caller's generator.
// Returns the card with its new memory state, due time (the start of the due day + the same time
// of day), reps and lapses.
Card review(Card card, Rating rating, std::int64_t now_ms, const SchedulerConfig& cfg, double fuzz_u);

// R now (1 for a card never reviewed).
double retrievability_now(const Card& c, std::int64_t now_ms, const SchedulerConfig& cfg);

}  // namespace kkori::srs
