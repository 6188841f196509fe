// Cards: the score → rating mapping, the day rollover, scheduling, and how attempts feed cards.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/record.hpp"
#include "srs/card.hpp"
#include "srs/feed.hpp"
#include "store/sqlite_store.hpp"

namespace kkori::srs {
namespace {

constexpr std::int64_t kDay = 86'400'000;
constexpr std::int64_t kNoon = 20000 * kDay + 12 * 3'600'000;  // some UTC noon

TEST(Cards, ScoreToRatingTable) {
  struct Row {
    double score;
    bool dont_know;
    Rating want;
  };
  for (const Row& r : {Row{0.0, false, Rating::again}, Row{0.39, false, Rating::again}, Row{0.4, false, Rating::hard},
                       Row{0.59, false, Rating::hard}, Row{0.6, false, Rating::good}, Row{0.84, false, Rating::good},
                       Row{0.85, false, Rating::easy}, Row{1.0, false, Rating::easy}, Row{0.9, true, Rating::again}})
    EXPECT_EQ(rating_from_score(r.score, r.dont_know), r.want) << r.score;
}

TEST(Cards, DaysRollOverAtFourInTheMorningLocalTime) {
  SchedulerConfig cfg;
  const std::int64_t midnight = 20000 * kDay;
  EXPECT_EQ(day_index(midnight + 3 * 3'600'000 + 59 * 60'000, cfg), 19999);  // 03:59 is still "yesterday"
  EXPECT_EQ(day_index(midnight + 4 * 3'600'000, cfg), 20000);
  cfg.utc_offset_minutes = 9 * 60;  // Seoul: 19:00 UTC is 04:00 the next day
  EXPECT_EQ(day_index(midnight + 19 * 3'600'000, cfg), 20001);
}

TEST(Cards, FirstReviewsAndLapses) {
  SchedulerConfig cfg;
  cfg.fuzz = false;
  Card c;
  Card good = review(c, Rating::good, kNoon, cfg, 0.5);
  EXPECT_NEAR(good.stability, kDefaultParams[2], 1e-12);
  EXPECT_EQ(good.due_ms, kNoon + 2 * kDay);  // S0(Good) = 2.3065 → 2 days
  EXPECT_EQ(good.reps, 1);
  Card again = review(good, Rating::again, kNoon + 2 * kDay, cfg, 0.5);
  EXPECT_EQ(again.due_ms, kNoon + 3 * kDay);  // relearn tomorrow
  EXPECT_EQ(again.lapses, 1);
  EXPECT_LT(again.stability, good.stability);
  Card easy = review(good, Rating::easy, kNoon + 2 * kDay, cfg, 0.5);
  EXPECT_GT(easy.due_ms, kNoon + 2 * kDay + 5 * kDay);
  EXPECT_NEAR(retrievability_now(good, kNoon + 2 * kDay, cfg), retrievability(2, good.stability, kDefaultParams),
              1e-12);
}

TEST(Cards, AnAttemptFeedsTheQuestionAndItsMissedKeypoints) {
  SchedulerConfig cfg;
  cfg.fuzz = false;
  auto u = [] { return 0.5; };
  std::vector<KeypointCoverage> cov = {{"def", 0.9, true}, {"why", 0.1, false}, {"use", 0.0, false}};
  auto first = feed_attempt({}, "ml.q", 0.45, false, cov, kNoon, cfg, u);
  ASSERT_EQ(first.size(), 3u);  // the question (Hard) and two missed keypoints (Again)
  EXPECT_EQ(first[0].card.kind, CardKind::question);
  EXPECT_EQ(first[0].rating, Rating::hard);
  EXPECT_EQ(first[1].card.keypoint_id, "why");
  EXPECT_EQ(first[1].rating, Rating::again);
  std::vector<Card> stored;
  for (auto& s : first) stored.push_back(s.card);
  // Next time "why" is covered: its card is reviewed with the coverage's rating; "use" missed again.
  cov = {{"def", 1.0, true}, {"why", 0.9, true}, {"use", 0.2, false}};
  auto second = feed_attempt(stored, "ml.q", 0.9, false, cov, kNoon + 3 * kDay, cfg, u);
  ASSERT_EQ(second.size(), 3u);
  EXPECT_EQ(second[0].rating, Rating::easy);
  EXPECT_EQ(second[1].card.keypoint_id, "why");
  EXPECT_EQ(second[1].rating, Rating::easy);
  EXPECT_EQ(second[1].elapsed_days, 3);
  EXPECT_EQ(second[2].card.keypoint_id, "use");
  EXPECT_EQ(second[2].card.lapses, 1);
}

TEST(Cards, RecordPracticeStoresAttemptCardsAndReviewLog) {
  char tmpl[] = "/tmp/kkori-cards-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  {
    auto s = store::SqliteStore::open(dir + "/k.db");
    ASSERT_TRUE(s.has_value());
    SchedulerConfig cfg;
    cfg.fuzz = false;
    Attempt a;
    a.question_id = "ml.q";
    a.answer = "x";
    a.score = 0.3;
    a.coverage = {{"def", 0.0, false}};
    a.created_at_ms = kNoon;
    ASSERT_TRUE(app::record_practice(**s, a, false, cfg, [] { return 0.5; }).has_value());
    a.created_at_ms = kNoon + kDay;
    a.score = 0.7;
    a.coverage = {{"def", 0.7, true}};
    ASSERT_TRUE(app::record_practice(**s, a, false, cfg, [] { return 0.5; }).has_value());
    auto cards = (*s)->cards_for_question("ml.q");
    ASSERT_TRUE(cards.has_value());
    ASSERT_EQ(cards->size(), 2u);
    EXPECT_EQ((*cards)[0].reps, 2);
    EXPECT_EQ((*cards)[1].keypoint_id, "def");
    auto due = (*s)->due_cards(kNoon + 30 * kDay, 10);
    EXPECT_EQ(due->size(), 2u);
    EXPECT_TRUE((*s)->due_cards(kNoon, 10)->empty());
    auto log = (*s)->card_reviews();
    ASSERT_EQ(log->size(), 4u);
    EXPECT_EQ((*log)[0].rating, 1);
    EXPECT_EQ((*log)[1].rating, 3);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kkori::srs
