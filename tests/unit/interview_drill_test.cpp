// The drill state machine on the fixture bank with a fake grader that scores by keywords.
#include <gtest/gtest.h>

#include "fixtures.hpp"
#include "interview/drill.hpp"

namespace kkori::interview {
namespace {

using kkori::testing::FakeGrader;
using kkori::testing::fixture_bank;

TEST(Drill, GoodAnswersWalkTheChainByMentionsThenAlways) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Drill d(b, g, *b.find("ml.kl-divergence"));
  EXPECT_EQ(d.current().id, "ml.kl-divergence");
  auto f = d.answer("GOOD, and it relates to 교차 엔트로피", 1000);
  ASSERT_TRUE(std::holds_alternative<AskTail>(f.next));
  EXPECT_EQ(std::get<AskTail>(f.next).reason, "mentions: cross-entropy");
  EXPECT_EQ(d.current().id, "ml.cross-entropy");
  EXPECT_EQ(d.depth(), 1);
  f = d.answer("GOOD", 500);
  EXPECT_EQ(d.current().id, "ml.mle");
  f = d.answer("GOOD", 500);
  ASSERT_TRUE(std::holds_alternative<NextRoot>(f.next));
  EXPECT_TRUE(d.chain_over());
  ASSERT_EQ(d.turns().size(), 3u);
  EXPECT_EQ(d.turns()[1].asked_because, "mentions: cross-entropy");
  EXPECT_EQ(d.turns()[2].depth, 2);
}

TEST(Drill, TwoMissesInARowEndTheChainAndMarkDepth) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Drill d(b, g, *b.find("ml.kl-divergence"));
  auto f = d.answer("잘 모르겠습니다", 0);
  ASSERT_TRUE(std::holds_alternative<AskTail>(f.next));
  EXPECT_EQ(std::get<AskTail>(f.next).reason, "missed: definition");
  EXPECT_EQ(d.current().id, "ml.entropy");
  // A second miss in a row ends the chain, even on a level-1 question that would get a hint.
  f = d.answer("음...", 0);
  ASSERT_TRUE(std::holds_alternative<NextRoot>(f.next));
  EXPECT_EQ(std::get<NextRoot>(f.next).reason, "2 misses in a row");
}

TEST(Drill, HintsComeInOrderThenRunOut) {
  bank::Bank b = fixture_bank();
  FakeGrader g;
  Drill d(b, g, *b.find("ml.entropy"));
  auto h = d.hint();
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->en, "Think of a coin flip");
  EXPECT_FALSE(d.hint().has_value());
  auto f = d.answer("GOOD", 10);
  EXPECT_EQ(f.turn->hints_used, 1);
}

TEST(Drill, ChooseRootPrefersRootsAndHonoursExclusions) {
  bank::Bank b = fixture_bank();
  std::vector<const Question*> all;
  for (const auto& q : b.questions) all.push_back(&q);
  auto first = [](std::size_t) { return std::size_t{0}; };
  const Question* r = choose_root(b, all, {}, first);
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(b.is_tail(r->id));
  std::set<std::string> roots = {"ml.vae-elbo", "math.svd"};
  EXPECT_TRUE(roots.contains(r->id));
  const Question* r2 = choose_root(b, all, {r->id}, first);
  ASSERT_NE(r2, nullptr);
  EXPECT_NE(r2->id, r->id);
  // Only tails left: fall back to them rather than nothing.
  const Question* r3 = choose_root(b, all, roots, first);
  ASSERT_NE(r3, nullptr);
  EXPECT_TRUE(b.is_tail(r3->id));
  EXPECT_EQ(choose_root(b, {}, {}, first), nullptr);
}

}  // namespace
}  // namespace kkori::interview
