#pragma once
// How a graded attempt feeds the cards: the question's card is reviewed with the rating from the
// score; every keypoint the answer missed gets a card (new, or reviewed as Again); a keypoint card
// that already exists and was covered this time is reviewed with the rating from its coverage.
// `override_rating` = (keypoint id, "" for the question card; the rating the user chose instead).
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "core/attempt.hpp"
#include "srs/card.hpp"

namespace kkori::srs {

struct Scheduled {
  Card card;  // after the review (id 0 = new card)
  Rating rating;
  std::int64_t elapsed_days = 0;
};

// REQUIRES: `existing` holds the cards of this question (question and keypoint cards).
std::vector<Scheduled> feed_attempt(
    const std::vector<Card>& existing, const std::string& question_id, double score, bool dont_know,
    const std::vector<KeypointCoverage>& coverage, std::int64_t now_ms, const SchedulerConfig& cfg,
    const std::function<double()>& uniform,
    const std::optional<std::pair<std::string, Rating>>& override_rating = std::nullopt);

}  // namespace kkori::srs
