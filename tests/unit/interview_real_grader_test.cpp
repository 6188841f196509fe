// The drill with the real grader (not the keyword fake): what an answer says decides the tail.
#include <gtest/gtest.h>

#include "bank/files.hpp"
#include "cli/grader_adapter.hpp"
#include "interview/drill.hpp"

namespace kkori::interview {
namespace {

bank::Bank optim_bank() {
  auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/content_optim");
  EXPECT_TRUE(files.has_value());
  auto res = bank::load(*files);
  EXPECT_TRUE(res.errors.empty());
  return std::move(res.bank);
}

TEST(DrillWithRealGrader, MentioningMomentumBringsTheMomentumTail) {
  bank::Bank b = optim_bank();
  auto g = cli::make_answer_grader(b);
  ASSERT_TRUE(g.has_value());
  Drill d(b, **g, *b.find("ml.gradient-descent-variants"));
  auto f = d.answer(
      "All three step against the gradient. Batch GD uses the full dataset per update, SGD a single example, "
      "mini-batch SGD a batch of B samples. Mini-batches use GPU parallelism and reduce the gradient variance. "
      "Adding momentum damps the oscillation.",
      0);
  ASSERT_TRUE(std::holds_alternative<AskTail>(f.next));
  EXPECT_EQ(d.current().id, "ml.momentum");
  EXPECT_EQ(std::get<AskTail>(f.next).reason.rfind("mentions", 0), 0u);
}

TEST(DrillWithRealGrader, ScheduleMentionInKoreanBringsTheScheduleTail) {
  bank::Bank b = optim_bank();
  auto g = cli::make_answer_grader(b);
  ASSERT_TRUE(g.has_value());
  Drill d(b, **g, *b.find("ml.gradient-descent-variants"));
  d.answer("미니배치는 GPU 병렬 연산에 유리하고, 학습률은 워밍업 후 감쇠하는 스케줄을 씁니다.", 0);
  EXPECT_EQ(d.current().id, "ml.lr-schedule-warmup");
}

TEST(DrillWithRealGrader, TwoWeakAnswersEndTheChain) {
  bank::Bank b = optim_bank();
  auto g = cli::make_answer_grader(b);
  ASSERT_TRUE(g.has_value());
  Drill d(b, **g, *b.find("ml.gradient-descent-variants"));
  d.answer("모르겠습니다", 0);
  EXPECT_FALSE(d.chain_over());
  d.answer("I don't know", 0);
  EXPECT_TRUE(d.chain_over());
  EXPECT_EQ(d.turns().size(), 2u);
}

}  // namespace
}  // namespace kkori::interview
