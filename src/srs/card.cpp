#include "srs/card.hpp"

#include <algorithm>
#include <cmath>

namespace kkori::srs {

Rating rating_from_score(double score, bool dont_know) {
  if (dont_know || score < 0.4) return Rating::again;
  if (score < 0.6) return Rating::hard;
  if (score < 0.85) return Rating::good;
  return Rating::easy;
}

std::int64_t day_index(std::int64_t ms, const SchedulerConfig& cfg) {
  const std::int64_t local = ms + static_cast<std::int64_t>(cfg.utc_offset_minutes) * 60'000 -
                             static_cast<std::int64_t>(cfg.rollover_hour) * 3'600'000;
  const std::int64_t day = 86'400'000;
  return local >= 0 ? local / day : -((-local + day - 1) / day);
}

Card review(Card card, Rating rating, std::int64_t now_ms, const SchedulerConfig& cfg, double fuzz_u) {
  const bool first = card.reps == 0 || card.stability <= 0;
  const std::int64_t elapsed = first ? 0 : day_index(now_ms, cfg) - day_index(card.last_review_ms, cfg);
  const MemoryState before{card.stability, card.difficulty};
  const MemoryState m =
      first ? init_state(rating, cfg.params)
            : next_state(before, static_cast<double>(std::max<std::int64_t>(0, elapsed)), rating, cfg.params);
  card.stability = m.stability;
  card.difficulty = m.difficulty;
  int days = whole_days(m.stability, cfg.desired_retention, cfg.params, cfg.max_interval);
  if (rating == Rating::again) days = 1;  // relearn tomorrow: a missed point comes back soon
  if (cfg.fuzz)
    days = std::min(apply_fuzz(days, static_cast<int>(std::max<std::int64_t>(0, elapsed)), fuzz_u, cfg.max_interval),
                    cfg.max_interval);
  card.due_ms = now_ms + static_cast<std::int64_t>(days) * 86'400'000;
  card.last_review_ms = now_ms;
  ++card.reps;
  if (rating == Rating::again && !first) ++card.lapses;
  return card;
}

double retrievability_now(const Card& c, std::int64_t now_ms, const SchedulerConfig& cfg) {
  if (c.reps == 0 || c.stability <= 0) return 1.0;
  const double t =
      static_cast<double>(std::max<std::int64_t>(0, day_index(now_ms, cfg) - day_index(c.last_review_ms, cfg)));
  return retrievability(t, c.stability, cfg.params);
}

}  // namespace kkori::srs
