// The bundled bank keeps the promises of docs/content-format.md and issue 3: its size per area, tail
// questions, chain depths on the core topics, both languages everywhere, rubric shape, glossary size
// and the interview tracks. A content change that breaks one of them fails here, naming what broke.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "bank/files.hpp"

namespace kkori::bank {
namespace {

const Bank& bundled() {
  static const Bank bank = [] {
    auto files = read_content_dir(KKORI_CONTENT_DIR);
    EXPECT_TRUE(files.has_value());
    auto res = load(*files);
    EXPECT_TRUE(res.errors.empty()) << (res.errors.empty() ? "" : res.errors[0].located());
    return std::move(res.bank);
  }();
  return bank;
}

TEST(BankContent, SizePerAreaTailsAndGlossary) {
  const Bank& b = bundled();
  EXPECT_GE(b.questions.size(), 400u);
  std::map<std::string, int> per_area;
  int tails = 0;
  for (const auto& q : b.questions) {
    ++per_area[q.area];
    tails += b.is_tail(q.id) ? 1 : 0;
  }
  EXPECT_GE(tails, 150);
  const std::map<std::string, int> minimum = {{"ml", 60},    {"dl", 60},        {"genai", 45},      {"nlp", 25},
                                              {"cv", 25},    {"math", 40},      {"cs", 50},         {"linux", 15},
                                              {"mlops", 25}, {"sysdesign", 10}, {"behavioral", 25}, {"project", 15}};
  for (const auto& [area, n] : minimum) {
    EXPECT_GE(per_area[area], n) << area;
  }
  EXPECT_GE(b.glossary.concepts.size(), 600u);
}

TEST(BankContent, EveryTheoryRootHasTwoFollowups) {
  const std::set<std::string> areas = {"ml", "dl", "nlp", "cv", "genai", "math", "mlops"};
  for (const auto& q : bundled().questions) {
    if (areas.contains(q.area) && !bundled().is_tail(q.id)) {
      EXPECT_GE(q.followups.size(), 2u) << q.id;
    }
  }
}

TEST(BankContent, CoreTopicsHaveChainsThreeDeep) {
  // optimisation, regularisation, bias/variance, metrics, information theory, CNN, attention and the
  // transformer, LLM fine-tuning, serving.
  for (const char* id :
       {"ml.gradient-descent-variants", "ml.l1-vs-l2", "ml.overfitting", "ml.bias-variance", "ml.precision-recall",
        "ml.kl-divergence", "ml.entropy", "cv.conv-basics", "dl.cnn-translation-invariance", "dl.attention-mechanism",
        "dl.transformer-architecture", "genai.full-ft-vs-peft", "mlops.model-serving"}) {
    ASSERT_NE(bundled().find(id), nullptr) << id;
    EXPECT_GE(bundled().chain_depth(id), 3) << id;
  }
}

TEST(BankContent, NamedQuestionsArePresent) {
  // Questions public interview reviews name (issue 3's list), by id.
  for (const char* id : {"ml.bias-variance", "ml.kl-divergence", "ml.entropy", "ml.cross-entropy", "cs.hash-table",
                         "cs.hash-collision-resolution", "cs.process-vs-thread", "cs.python-gil", "ml.adam",
                         "ml.adam-bias-correction", "genai.lora", "dl.transformer-architecture",
                         "mlops.deployment-strategies", "mlops.canary-deployment", "dl.diffusion-ddpm"}) {
    EXPECT_NE(bundled().find(id), nullptr) << id;
  }
}

TEST(BankContent, EveryQuestionIsBilingualWithAWellFormedRubric) {
  for (const auto& q : bundled().questions) {
    SCOPED_TRACE(q.id);
    EXPECT_FALSE(q.prompt.ko.empty());
    EXPECT_FALSE(q.prompt.en.empty());
    EXPECT_FALSE(q.answer.ko.empty());
    EXPECT_FALSE(q.answer.en.empty());
    EXPECT_GE(q.keypoints.size(), 3u);
    EXPECT_LE(q.keypoints.size(), 7u);
    for (const auto& k : q.keypoints) {
      EXPECT_FALSE(k.text.ko.empty()) << k.id;
      EXPECT_FALSE(k.text.en.empty()) << k.id;
      EXPECT_GT(k.weight, 0.0) << k.id;
      EXPECT_FALSE(k.terms.empty()) << k.id;
    }
    EXPECT_GE(q.hints.size(), 1u);
    EXPECT_LE(q.hints.size(), 3u);
    for (const auto& h : q.hints) {
      EXPECT_TRUE(!h.ko.empty() && !h.en.empty());
    }
    EXPECT_GE(q.level, 1);
    EXPECT_LE(q.level, 3);
  }
}

TEST(BankContent, TracksForTheReportedInterviewFormats) {
  EXPECT_GE(bundled().tracks.size(), 5u);
  for (const auto& t : bundled().tracks) {
    EXPECT_FALSE(t.rounds.empty()) << t.id;
  }
}

}  // namespace
}  // namespace kkori::bank
