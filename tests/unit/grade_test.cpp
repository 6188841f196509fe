// The grader, one behaviour per row: empty and "I don't know" answers, answers that only restate
// the question, very long answers, answers in the other language and in a mix of both, evidence,
// and the reference-answer and similarity cores.
#include <gtest/gtest.h>

#include "bank/bank.hpp"
#include "bank/files.hpp"
#include "grade/grader.hpp"
#include "grade/model.hpp"

namespace kkori::grade {
namespace {

struct Fixture {
  bank::Bank bank;
  std::unique_ptr<Grader> grader;
  const Question* q = nullptr;  // ml.gradient-descent-variants
};

const Fixture& fx() {
  static const Fixture f = [] {
    Fixture x;
    auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/content_optim");
    EXPECT_TRUE(files.has_value());
    auto res = bank::load(*files);
    EXPECT_TRUE(res.errors.empty());
    x.bank = std::move(res.bank);
    x.grader = std::make_unique<Grader>(corpus_of(x.bank.questions), &x.bank.glossary);
    x.q = x.bank.find("ml.gradient-descent-variants");
    return x;
  }();
  return f;
}

const KeypointGrade& kp(const QuestionGrade& g, std::string_view id) {
  for (const auto& k : g.keypoints)
    if (k.id == id) return k;
  ADD_FAILURE() << "no keypoint " << id;
  static KeypointGrade none;
  return none;
}

TEST(Grade, DontKnowRows) {
  struct Row {
    const char* answer;
    bool dont_know;
  } rows[] = {
      {"", true},
      {"   \n ", true},
      {"모르겠습니다", true},
      {"음... 죄송하지만 잘 모르겠습니다.", true},
      {"I don't know.", true},
      {"pass", true},
      {"I don't know the exact constant, but mini-batches average the gradient over B samples.", false},
      {"SGD uses one sample per step.", false},
  };
  for (const auto& r : rows) {
    EXPECT_EQ(is_dont_know(r.answer), r.dont_know) << r.answer;
    QuestionGrade g = fx().grader->grade(*fx().q, r.answer);
    EXPECT_EQ(g.dont_know, r.dont_know) << r.answer;
    if (r.dont_know) {
      EXPECT_EQ(g.score, 0.0) << r.answer;
    }
  }
}

TEST(Grade, ModelAnswersInEitherLanguageScoreAsStrong) {
  const Question& q = *fx().q;
  for (const std::string* a : {&q.answer.en, &q.answer.ko}) {
    QuestionGrade g = fx().grader->grade(q, *a);
    EXPECT_GE(g.score, 0.8) << *a;
    for (const auto& k : g.keypoints) EXPECT_TRUE(k.covered) << k.id << " in " << *a;
  }
}

TEST(Grade, RestatingTheQuestionScoresLow) {
  const Question& q = *fx().q;
  for (const std::string* a : {&q.prompt.en, &q.prompt.ko}) {
    QuestionGrade g = fx().grader->grade(q, *a);
    EXPECT_TRUE(g.repeats_question) << *a;
    EXPECT_LT(g.score, 0.2) << *a;
    for (const auto& k : g.keypoints) EXPECT_FALSE(k.covered) << k.id << " covered by the prompt: " << *a;
  }
}

TEST(Grade, BetterAnswersScoreHigher) {
  const Question& q = *fx().q;
  std::string full = q.answer.en;
  std::string partial =
      "Batch GD uses the full dataset, SGD a single example, and mini-batch SGD a batch of B samples.";
  std::string off = "I would use a random forest with more trees and tune the depth.";
  double s_full = fx().grader->grade(q, full).score;
  double s_partial = fx().grader->grade(q, partial).score;
  double s_off = fx().grader->grade(q, off).score;
  EXPECT_GT(s_full, s_partial);
  EXPECT_GT(s_partial, s_off);
  EXPECT_LT(s_off, 0.3);
}

TEST(Grade, KoreanAnswerMeetsEnglishTermsAndEvidenceIsTheSentence) {
  const Question& q = *fx().q;
  std::string a = "세 방법 모두 같은 식을 씁니다. 기울기 노이즈 덕분에 안장점을 탈출하기 쉽습니다.";
  QuestionGrade g = fx().grader->grade(q, a);
  const auto& k = kp(g, "noise-benefit");
  ASSERT_TRUE(k.covered);
  ASSERT_FALSE(k.evidence.empty());
  EXPECT_EQ(a.substr(k.evidence[0].begin, k.evidence[0].end - k.evidence[0].begin),
            "기울기 노이즈 덕분에 안장점을 탈출하기 쉽습니다.");
  EXPECT_FALSE(kp(g, "hardware").covered);
}

TEST(Grade, MixedKoreanAndEnglishAndGlossaryForms) {
  const Question& q = *fx().q;
  // "minibatch" is not one of the keypoint's terms; the glossary maps it to 미니배치 / mini-batch.
  QuestionGrade g =
      fx().grader->grade(q, "실무에서는 minibatch를 쓰는데 GPU에서 행렬 연산으로 병렬 처리가 되기 때문입니다.");
  EXPECT_TRUE(kp(g, "sample-count").covered);
  EXPECT_TRUE(kp(g, "hardware").covered);
  EXPECT_FALSE(kp(g, "noise-benefit").covered);
}

TEST(Grade, VeryLongAnswerIsBoundedAndStillGraded) {
  const Question& q = *fx().q;
  std::string a;
  while (a.size() < 200 * 1024) a += q.answer.en + "\n";
  QuestionGrade g = fx().grader->grade(q, a);
  EXPECT_GE(g.score, 0.5);
  for (const auto& k : g.keypoints)
    for (const auto& e : k.evidence) EXPECT_LE(e.end, kAnswerLimit);
}

TEST(Grade, MentionsUsesTermsAndGlossary) {
  const Grader& gr = *fx().grader;
  std::vector<std::string> terms{"momentum"};
  EXPECT_TRUE(gr.mentions("I would add Momentum to damp the oscillation", terms));
  EXPECT_TRUE(gr.mentions("관성항을 더하면 진동이 줄어듭니다", terms));  // glossary: 관성항 = momentum
  EXPECT_FALSE(gr.mentions("Adam adapts per-parameter step sizes", terms));
}

TEST(GradeAgainst, ReferenceRows) {
  Grader gr;
  std::vector<std::string> refs{"Terminal 1 and the positive terminal are separated by the gap",
                                "Terminal 1 is not connected to the positive terminal"};
  const char* q = "Explain why you got a voltage reading of 1.5 for terminal 1 and the positive terminal.";
  double good = gr.grade_against(q, refs, "terminal one is separated from the positive terminal by a gap").score;
  double restated = gr.grade_against(q, refs, "the voltage reading was 1.5").score;
  double wrong = gr.grade_against(q, refs, "terminal 1 is connected to the positive terminal").score;
  EXPECT_GT(good, 0.6);
  EXPECT_GT(good, restated);
  EXPECT_GT(good, wrong);
  EXPECT_EQ(gr.grade_against(q, refs, "I don't know").score, 0.0);
  EXPECT_EQ(gr.grade_against(q, {}, "anything").score, 0.0);
  for (double s : {good, restated, wrong}) {
    EXPECT_GE(s, 0.0);
    EXPECT_LE(s, 1.0);
  }
}

// Several references: the means over all of them are measured and the several-references model
// scores the answer; one reference leaves the means at 0 (the one-reference model).
TEST(GradeAgainst, SeveralReferencesUseTheirOwnModel) {
  Grader gr;
  std::vector<std::string> refs{"the bulb and the battery are in a closed path",
                                "there is a closed path containing both the bulb and the battery",
                                "the circuit is closed"};
  const char* q = "Why does bulb A light?";
  auto g = gr.grade_against(q, refs, "bulb A and the battery are in the same closed path");
  ASSERT_EQ(g.per_reference.size(), 3u);
  double mean = 0;
  for (const auto& f : g.per_reference) mean += f.align_recall / 3;
  for (const auto& f : g.per_reference) EXPECT_NEAR(f.mean_align_recall, mean, 1e-12);
  EXPECT_GT(g.features.mean_grams, 0.0);
  EXPECT_EQ(g.score, reference_score(g.features));
  EXPECT_GT(g.score, gr.grade_against(q, refs, "the bulb is broken").score);

  auto one = gr.grade_against(q, std::span(refs).first(1), "bulb A and the battery are in the same closed path");
  EXPECT_EQ(one.features.mean_align_recall, 0.0);
  EXPECT_EQ(one.features.references, 0.0);
  // The models differ: the same features scored as one reference give another number.
  PairFeatures as_one = g.features;
  as_one.references = 0;
  EXPECT_NE(reference_score(as_one), g.score);
}

// The features between an answer and a reference, row by row (no question, uniform IDF).
PairFeatures features(const Grader& gr, std::string_view answer, std::string_view reference) {
  Doc a = make_doc(gr.analyzer(), answer, gr.idf());
  Doc r = make_doc(gr.analyzer(), reference, gr.idf());
  return pair_features(a, r, nullptr, gr.idf());
}

TEST(Features, MisspeltWordsAlignByTheirNgrams) {
  Grader gr;
  Doc a = make_doc(gr.analyzer(), "the bulb is conected in paralel", gr.idf());
  Doc r = make_doc(gr.analyzer(), "the bulb is connected in parallel", gr.idf());
  std::vector<std::uint16_t> scratch;
  for (std::size_t i = 0; i < r.content.size(); ++i) {
    double m = best_match(r, i, a, scratch);
    EXPECT_GE(m, 0.5) << r.an.words[r.first[i]].stem;
    EXPECT_LE(m, 1.0);
  }
  PairFeatures f = pair_features(a, r, nullptr, gr.idf());
  EXPECT_GT(f.align_recall, f.recall);
  EXPECT_GT(f.align_precision, f.precision);
  EXPECT_EQ(f.unmatched, 0.0);
  EXPECT_EQ(features(gr, "the bulb is connected in parallel", "the bulb is connected in parallel").align_recall, 1.0);
}

TEST(Features, NegationScopeAndWordPairs) {
  Grader gr;
  const char* ref = "terminal 1 is not connected to the battery";
  PairFeatures flipped = features(gr, "terminal 1 is connected to the battery", ref);
  PairFeatures same = features(gr, "terminal 1 is not connected to the battery", ref);
  EXPECT_GT(flipped.neg_mismatch, 0.0);
  EXPECT_EQ(same.neg_mismatch, 0.0);
  EXPECT_EQ(same.bigrams, 1.0);
  // Korean negation governs the words before it.
  EXPECT_GT(features(gr, "두 단자는 연결되어 있다", "두 단자는 연결되지 않았다").neg_mismatch, 0.0);
  // Same words in another order share fewer pairs.
  EXPECT_LT(features(gr, "battery connected terminal", "terminal connected battery").bigrams, 1.0);
}

TEST(Features, ContrastingColoursAndPeopleCountAsOpposites) {
  Grader gr;
  EXPECT_GT(features(gr, "A man in a blue shirt is running.", "A man in a red shirt is running.").opposite, 0.0);
  EXPECT_GT(features(gr, "여자가 기타를 치고 있다.", "남자가 기타를 치고 있다.").opposite, 0.0);
  EXPECT_EQ(features(gr, "A man in a red shirt runs.", "A man in a red shirt is running.").opposite, 0.0);
  // Counted Korean numerals are numbers: four dogs are not one dog.
  EXPECT_EQ(features(gr, "네 마리의 개가 달린다.", "한 마리의 개가 달린다.").numbers, 1.0);
  EXPECT_EQ(features(gr, "한 남자가 달린다.", "남자가 달린다.").numbers, 0.0);  // 한 = "a", not a count
}

TEST(GradeAgainst, KeyRecallWeighsWordsMostReferencesShare) {
  Grader gr;
  std::vector<std::string> refs{"the bulb is in a closed path with the battery",
                                "the bulb and the battery are in a closed path", "a closed path contains the bulb"};
  auto shared = gr.grade_against("", refs, "there is a closed path");
  auto rare = gr.grade_against("", refs, "the battery is there");
  EXPECT_GT(shared.features.key_recall, rare.features.key_recall);
  ASSERT_EQ(shared.per_reference.size(), refs.size());
}

TEST(Similarity, SymmetricAndOrdered) {
  Grader gr;
  const char* a = "한 남자가 기타를 치고 있다.";
  const char* b = "남자가 기타를 연주하고 있다.";
  const char* c = "여자가 양파를 썰고 있다.";
  EXPECT_DOUBLE_EQ(gr.similarity(a, b), gr.similarity(b, a));
  EXPECT_GT(gr.similarity(a, a), gr.similarity(a, b));
  EXPECT_GT(gr.similarity(a, b), gr.similarity(a, c));
  EXPECT_GT(gr.similarity("A man is playing a guitar.", "A man plays the guitar."),
            gr.similarity("A man is playing a guitar.", "A woman is slicing an onion."));
  EXPECT_GT(gr.similarity("A man in a red shirt is running.", "A man in a red shirt runs."),
            gr.similarity("A man in a red shirt is running.", "A man in a blue shirt is running."));
}

}  // namespace
}  // namespace kkori::grade
