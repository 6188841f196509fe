#include "srs/feed.hpp"

namespace kkori::srs {

std::vector<Scheduled> feed_attempt(const std::vector<Card>& existing, const std::string& question_id, double score,
                                    bool dont_know, const std::vector<KeypointCoverage>& coverage, std::int64_t now_ms,
                                    const SchedulerConfig& cfg, const std::function<double()>& uniform,
                                    const std::optional<std::pair<std::string, Rating>>& override_rating) {
  std::vector<Scheduled> out;
  auto find = [&](CardKind kind, const std::string& kp) -> const Card* {
    for (const auto& c : existing)
      if (c.kind == kind && c.question_id == question_id && c.keypoint_id == kp) return &c;
    return nullptr;
  };
  auto apply = [&](Card c, Rating r) {
    if (override_rating && override_rating->first == c.keypoint_id) r = override_rating->second;
    std::int64_t elapsed = c.reps ? day_index(now_ms, cfg) - day_index(c.last_review_ms, cfg) : 0;
    out.push_back(Scheduled{review(std::move(c), r, now_ms, cfg, uniform()), r, elapsed});
  };
  Card q;
  if (const Card* c = find(CardKind::question, "")) q = *c;
  q.kind = CardKind::question;
  q.question_id = question_id;
  apply(q, rating_from_score(score, dont_know));
  for (const auto& kc : coverage) {
    const Card* c = find(CardKind::keypoint, kc.keypoint);
    if (!kc.covered) {
      Card k = c ? *c : Card{};
      k.kind = CardKind::keypoint;
      k.question_id = question_id;
      k.keypoint_id = kc.keypoint;
      apply(k, Rating::again);
    } else if (c) {
      apply(*c, rating_from_score(kc.coverage));
    }
  }
  return out;
}

}  // namespace kkori::srs
