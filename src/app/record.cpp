#include "app/record.hpp"

#include "srs/feed.hpp"

namespace kkori::app {

Result<std::int64_t> record_practice(store::Store& store, const Attempt& a, bool dont_know,
                                     const srs::SchedulerConfig& cfg, const std::function<double()>& uniform,
                                     const std::optional<std::pair<std::string, srs::Rating>>& override_rating) {
  auto id = store.record_attempt(a);
  if (!id) return id;
  auto existing = store.cards_for_question(a.question_id);
  if (!existing) return std::unexpected(existing.error());
  auto scheduled = srs::feed_attempt(*existing, a.question_id, a.score, dont_know, a.coverage, a.created_at_ms, cfg,
                                     uniform, override_rating);
  std::vector<Card> cards;
  std::vector<CardReview> reviews;
  for (const auto& s : scheduled) {
    cards.push_back(s.card);
    reviews.push_back(
        CardReview{s.card.id, a.created_at_ms, static_cast<int>(s.rating), srs::day_index(a.created_at_ms, cfg)});
  }
  if (auto r = store.save_cards(cards, reviews); !r) return std::unexpected(r.error());
  return id;
}

}  // namespace kkori::app
