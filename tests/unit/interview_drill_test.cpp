// The drill state machine on the fixture bank with a fake grader that scores by keywords.
#include <gtest/gtest.h>

#include "bank/files.hpp"
#include "interview/drill.hpp"

namespace kkori::interview {
namespace {

// Scores 1.0 when the answer contains "GOOD", 0.1 otherwise; "모르겠" is I-don't-know.
class FakeGrader final : public AnswerGrader {
 public:
  GradeResult grade(const Question& q, std::string_view a) const override {
    GradeResult g;
    g.dont_know = a.find("모르겠") != std::string_view::npos;
    g.score = a.find("GOOD") != std::string_view::npos ? 1.0 : g.dont_know ? 0.0 : 0.1;
    for (const auto& k : q.keypoints) g.keypoints.push_back({k.id, g.score, g.score >= 0.5, {}});
    return g;
  }
  bool mentions(std::string_view a, std::span<const std::string> terms) const override {
    for (const auto& t : terms)
      if (a.find(t) != std::string_view::npos) return true;
    return false;
  }
};

bank::Bank fixture() {
  auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/content_good");
  auto res = bank::load(*files);
  EXPECT_TRUE(res.errors.empty());
  return std::move(res.bank);
}

TEST(Drill, GoodAnswersWalkTheChainByMentionsThenAlways) {
  bank::Bank b = fixture();
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
  bank::Bank b = fixture();
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
  bank::Bank b = fixture();
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
  bank::Bank b = fixture();
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
