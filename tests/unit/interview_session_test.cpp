// Planner, interview session and report on the fixture bank with a keyword-scoring fake grader.
#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "interview/planner.hpp"
#include "interview/report.hpp"
#include "interview/session.hpp"

namespace kkori::interview {
namespace {

using kkori::testing::FakeGrader;
using kkori::testing::fixture_bank;

TEST(Planner, SameSeedSamePlanNoRepeatsRootsOnly) {
  bank::Bank b = fixture_bank();
  const Track* t = b.find_track("ml-basics");
  ASSERT_NE(t, nullptr);
  PlanInput in;
  in.seed = 42;
  Plan p1 = plan_track(b, *t, in);
  Plan p2 = plan_track(b, *t, in);
  ASSERT_EQ(p1.rounds.size(), 1u);
  EXPECT_EQ(p1.rounds[0].roots, p2.rounds[0].roots);
  ASSERT_EQ(p1.rounds[0].roots.size(), 2u);  // the fixture has exactly two roots: vae-elbo, svd
  EXPECT_NE(p1.rounds[0].roots[0], p1.rounds[0].roots[1]);
  for (const auto& id : p1.rounds[0].roots) EXPECT_FALSE(b.is_tail(id)) << id;
}

TEST(Planner, SkipsWhatWasAnsweredWellRecentlyUnlessNothingElseIsLeft) {
  bank::Bank b = fixture_bank();
  Track t = *b.find_track("ml-basics");
  t.rounds[0].count = 1;
  PlanInput in;
  in.now_ms = 10LL * 86'400'000;
  in.history["math.svd"] = QuestionHistory{1, 0.95, 0.95, in.now_ms - 86'400'000};
  for (std::uint64_t seed = 1; seed < 20; ++seed) {
    in.seed = seed;
    EXPECT_EQ(plan_track(b, t, in).rounds[0].roots.at(0), "ml.vae-elbo") << seed;
  }
  t.rounds[0].count = 2;  // both needed: the recent one comes back
  EXPECT_EQ(plan_track(b, t, in).rounds[0].roots.size(), 2u);
}

TEST(Planner, WeakAndDueQuestionsWeighMore) {
  QuestionHistory weak{3, 0.1, 0.1, 0}, strong{3, 0.95, 0.95, 0};
  EXPECT_GT(candidate_weight(&weak, false), candidate_weight(nullptr, false));
  EXPECT_LT(candidate_weight(&strong, false), candidate_weight(nullptr, false));
  EXPECT_GT(candidate_weight(&strong, true), candidate_weight(&strong, false));
}

TEST(Planner, TopicsByIdAreaOrTagAndUnknownTopicIsAnError) {
  bank::Bank b = fixture_bank();
  PlanInput in;
  auto p = plan_topics(b, {"math.svd", "ml"}, 2, 10, 2, in);
  ASSERT_TRUE(p.has_value());
  ASSERT_EQ(p->rounds[0].roots.size(), 2u);
  EXPECT_EQ(p->rounds[0].roots[0], "math.svd");
  EXPECT_EQ(p->rounds[0].roots[1], "ml.vae-elbo");  // the only root in ml
  EXPECT_FALSE(plan_topics(b, {"astrology"}, 2, 10, 2, in).has_value());
}

Plan two_roots(int minutes = 10) {
  Round r;
  r.id = "theory";
  r.count = 2;
  r.minutes = minutes;
  r.max_depth = 3;
  return Plan{"t", {PlannedRound{r, {"ml.vae-elbo", "math.svd"}}}};
}

TEST(Interview, WalksRootsAndTailsWithoutRepeatsThenEnds) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Interview iv(b, g, two_roots(), 0);
  std::vector<std::string> asked;
  std::int64_t now = 0;
  int guard = 0;
  while (!iv.done() && guard++ < 20) {
    asked.push_back(iv.current().id);
    now += 30'000;
    iv.answer("GOOD answer mentioning 교차 엔트로피", now);
  }
  EXPECT_TRUE(iv.done());
  std::set<std::string> unique(asked.begin(), asked.end());
  EXPECT_EQ(unique.size(), asked.size()) << "a question repeated";
  // vae-elbo -> kl-divergence (always) -> cross-entropy (mentions) -> mle (always, depth 3 = limit)
  ASSERT_GE(asked.size(), 5u);
  EXPECT_EQ(asked[0], "ml.vae-elbo");
  EXPECT_EQ(asked[1], "ml.kl-divergence");
  EXPECT_EQ(asked[2], "ml.cross-entropy");
  EXPECT_EQ(asked[3], "ml.mle");
  EXPECT_EQ(asked[4], "math.svd");
  EXPECT_EQ(iv.turns()[2].asked_because, "mentions: cross-entropy");
  ASSERT_EQ(iv.chain_ends().size(), 2u);
  EXPECT_EQ(iv.chain_ends()[0].reason, "depth limit");
}

TEST(Interview, TwoWeakAnswersEndTheChainAndTheReportShowsDepth) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Interview iv(b, g, two_roots(), 0);
  iv.answer("GOOD", 1000);          // vae-elbo ok -> kl-divergence
  iv.answer("모르겠습니다", 2000);  // miss -> entropy (missed: definition)
  EXPECT_EQ(iv.current().id, "ml.entropy");
  EXPECT_EQ(iv.why(), "missed: definition");
  iv.answer("hmm", 3000);  // second miss: chain over -> svd
  EXPECT_EQ(iv.current().id, "math.svd");
  iv.quit();
  EXPECT_TRUE(iv.done());
  Report r = make_report(b, iv.turns(), iv.chain_ends());
  ASSERT_EQ(r.topics.size(), 1u);
  EXPECT_EQ(r.topics[0].root_id, "ml.vae-elbo");
  EXPECT_EQ(r.topics[0].depth_reached, 1);
  EXPECT_EQ(r.topics[0].asked, 3);
  EXPECT_EQ(r.topics[0].stopped, "2 misses in a row");
  EXPECT_EQ(r.dont_know, 1);
  ASSERT_FALSE(r.study.empty());
  for (std::size_t i = 1; i < r.study.size(); ++i) EXPECT_GE(r.study[i - 1].priority, r.study[i].priority);
  // The heaviest missed keypoint comes first: entropy's formula (weight 2 of 4) before kl's definition (2 of 5).
  EXPECT_EQ(r.study[0].question_id, "ml.entropy");
  EXPECT_EQ(r.study[0].keypoint_id, "formula");
  EXPECT_EQ(r.study[1].question_id, "ml.kl-divergence");
  EXPECT_EQ(r.study[1].keypoint_id, "definition");
}

TEST(Interview, RoundTimeRunningOutMovesOn) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Interview iv(b, g, two_roots(1), 0);
  EXPECT_EQ(iv.question_left_ms(0), 30'000);
  iv.answer("GOOD", 61'000);  // past the 1-minute round
  EXPECT_TRUE(iv.done());
  ASSERT_EQ(iv.chain_ends().size(), 1u);
  EXPECT_EQ(iv.chain_ends()[0].reason, "time");
}

TEST(Interview, APlanWithoutRootsIsDoneAndAsksNothing) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Plan empty = two_roots();
  empty.rounds[0].roots.clear();
  Interview iv(b, g, empty, 0);
  EXPECT_TRUE(iv.done());
  EXPECT_EQ(iv.why(), "");
  EXPECT_EQ(iv.resume_item(), nullptr);
  Feedback fb = iv.answer("GOOD", 1'000);  // callers check done() first; this must still be safe
  EXPECT_EQ(fb.turn, nullptr);
  EXPECT_TRUE(std::holds_alternative<NextRoot>(fb.next));
  EXPECT_FALSE(iv.hint().has_value());
  iv.quit();
  EXPECT_TRUE(iv.turns().empty());
  EXPECT_TRUE(iv.chain_ends().empty());
}

}  // namespace
}  // namespace kkori::interview
