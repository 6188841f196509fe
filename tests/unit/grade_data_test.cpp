// The grading data shipped with the binary (grade/grade_data.hpp, built by kkori-grade-data):
// it parses, it equals what the grader computes from the bundled bank at start-up, a damaged blob
// is an error, and its stems are the stemmer's.
#include "grade/grade_data.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "bank/bank.hpp"
#include "bank/files.hpp"
#include "grade/bundled_grade_data.hpp"
#include "grade/grader.hpp"

namespace kkori::grade {
namespace {

struct Bundled {
  bank::Bank bank;
  std::unique_ptr<Grader> computed;  // what every process computed at start-up before
};

const Bundled& bundled() {
  static const Bundled b = [] {
    Bundled x;
    auto res = bank::load(bank::bundled_files());
    EXPECT_TRUE(res.errors.empty());
    x.bank = std::move(res.bank);
    x.computed = std::make_unique<Grader>(corpus_of(x.bank.questions), &x.bank.glossary);
    return x;
  }();
  return b;
}

bool have_hunspell_ko() {
  std::error_code ec;
  return std::filesystem::exists("/usr/share/hunspell/ko.dic", ec) ||
         std::filesystem::exists("/usr/share/myspell/ko.dic", ec);
}

TEST(GradeData, ShippedBlobEqualsTheBundledBanksDocumentFrequencies) {
  auto d = parse_grade_data(bundled_grade_data());
  ASSERT_TRUE(d.has_value()) << d.error().located();
  const Bundled& b = bundled();
  const Idf& want = b.computed->idf();
  EXPECT_EQ(d->questions, b.bank.questions.size());
  EXPECT_EQ(d->fingerprint, corpus_fingerprint(b.bank.questions));
  EXPECT_EQ(d->idf.documents(), want.documents());
  EXPECT_GT(want.documents(), 0u);
  EXPECT_EQ(d->idf.word_count(), want.word_count());
  EXPECT_EQ(d->idf.gram_count(), want.gram_count());
  EXPECT_TRUE(d->idf == want);
  // Weights of a sample of the bank's own words and n-grams, and of one it never saw.
  text::Analysis a =
      b.computed->analyzer().analyze(b.bank.questions.front().answer.ko + "\n" + b.bank.questions.back().answer.en);
  ASSERT_FALSE(a.words.empty());
  for (const auto& w : a.words) EXPECT_EQ(d->idf.word(w.id), want.word(w.id)) << w.stem;
  for (auto g : a.grams) EXPECT_EQ(d->idf.gram(g), want.gram(g));
  EXPECT_EQ(d->idf.word(text::hash_bytes("zzqqxx")), want.word(text::hash_bytes("zzqqxx")));
  EXPECT_FALSE(d->stems->empty());
}

TEST(GradeData, BankGraderFromShippedDataGradesLikeTheComputedOne) {
  const Bundled& b = bundled();
  auto shipped = make_bank_grader(b.bank.questions, &b.bank.glossary, bundled_grade_data());
  EXPECT_TRUE(shipped->idf() == b.computed->idf());
  const Question& q = b.bank.questions.front();
  for (const std::string& answer : {q.answer.ko, q.answer.en, std::string("모르겠지만 정규화가 중요합니다"),
                                    std::string("The gradient vanishes, so training stalls.")}) {
    EXPECT_EQ(shipped->grade(q, answer).score, b.computed->grade(q, answer).score) << answer;
    EXPECT_EQ(shipped->similarity(answer, q.prompt.ko), b.computed->similarity(answer, q.prompt.ko));
  }
}

// A small bank (tests/data/content_optim) and grade data made from it the way kkori-grade-data
// makes the shipped one: cheap enough to count twice.
struct Small {
  bank::Bank bank;
  std::string blob;
};

const Small& small_bank() {
  static const Small s = [] {
    Small x;
    auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/content_optim");
    EXPECT_TRUE(files.has_value());
    auto res = bank::load(*files);
    EXPECT_TRUE(res.errors.empty());
    x.bank = std::move(res.bank);
    Grader g(corpus_of(x.bank.questions), &x.bank.glossary);
    GradeData d;
    d.fingerprint = corpus_fingerprint(x.bank.questions);
    d.questions = static_cast<std::uint32_t>(x.bank.questions.size());
    d.idf = g.idf();
    auto memo = g.analyzer().stemmer().hangul_memo();
    d.stems = std::make_shared<text::StemTable>(memo.begin(), memo.end());
    x.blob = to_bytes(d);
    return x;
  }();
  return s;
}

// Over the whole bundled bank: a question's own model answer, in either language, covers every
// keypoint and scores as strong; the prompt itself given as the answer covers none and scores as a
// miss (a restated question is not evidence). A content edit that breaks either fails here.
TEST(GradeData, EveryModelAnswerCoversItsKeypointsAndNoPromptDoes) {
  const Bundled& b = bundled();
  auto g = make_bank_grader(b.bank.questions, &b.bank.glossary, bundled_grade_data());
  std::size_t graded = 0;
  for (const Question& q : b.bank.questions) {
    if (q.keypoints.empty()) continue;
    for (const std::string* a : {&q.answer.ko, &q.answer.en}) {
      QuestionGrade r = g->grade(q, *a);
      EXPECT_GE(r.score, 0.8) << q.id << (a == &q.answer.ko ? " (ko)" : " (en)");
      for (const auto& k : r.keypoints) EXPECT_TRUE(k.covered) << q.id << " " << k.id;
    }
    for (const std::string* p : {&q.prompt.ko, &q.prompt.en}) {
      QuestionGrade r = g->grade(q, *p);
      EXPECT_LT(r.score, 0.4) << q.id << ": " << *p;
      for (const auto& k : r.keypoints) EXPECT_FALSE(k.covered) << q.id << " " << k.id << " by the prompt " << *p;
    }
    ++graded;
  }
  EXPECT_GT(graded, 400u);
}

TEST(GradeData, PersonalQuestionsAreCountedOnTopOfTheShippedData) {
  const Small& sm = small_bank();
  std::vector<Question> qs = sm.bank.questions;
  Question mine;
  mine.id = "personal.one";
  mine.prompt = {"사내 추천 시스템의 콜드 스타트를 어떻게 해결했나요?",
                 "How did you solve cold start in our recommender?"};
  mine.answer = {"인기 아이템과 콘텐츠 기반 특징으로 시작했습니다.", "Popular items and content features first."};
  qs.push_back(mine);
  auto shipped = make_bank_grader(qs, &sm.bank.glossary, sm.blob);
  Grader computed(corpus_of(qs), &sm.bank.glossary);
  Grader without(corpus_of(sm.bank.questions), &sm.bank.glossary);
  EXPECT_EQ(shipped->idf().documents(), without.idf().documents() + 4);
  EXPECT_TRUE(shipped->idf() == computed.idf());
  EXPECT_FALSE(shipped->idf() == without.idf());
}

TEST(GradeData, OtherContentIsCountedAtStartUp) {
  const Small& sm = small_bank();
  Grader computed(corpus_of(sm.bank.questions), &sm.bank.glossary);
  // The bundled data does not fit this bank: counted here, the same as without data.
  auto g = make_bank_grader(sm.bank.questions, &sm.bank.glossary, bundled_grade_data());
  EXPECT_TRUE(g->idf() == computed.idf());
  // Nor does data made from a bank of other questions, or a damaged blob.
  std::vector<Question> other(sm.bank.questions.begin() + 1, sm.bank.questions.end());
  Grader other_computed(corpus_of(other), &sm.bank.glossary);
  EXPECT_TRUE(make_bank_grader(other, &sm.bank.glossary, sm.blob)->idf() == other_computed.idf());
  std::string_view cut = std::string_view(sm.blob).substr(0, sm.blob.size() - 3);
  EXPECT_TRUE(make_bank_grader(sm.bank.questions, &sm.bank.glossary, cut)->idf() == computed.idf());
}

TEST(GradeData, DamagedBlobsAreErrorsNotCrashes) {
  // A small blob, cut at every length.
  Grader small(std::vector<std::string>{"편향과 분산", "bias and variance trade-off"});
  GradeData d;
  d.questions = 1;
  d.fingerprint = 42;
  d.idf = small.idf();
  d.stems = std::make_shared<text::StemTable>(text::StemTable{{"분산은", "분산"}, {"편향과", "편향"}});
  std::string bytes = to_bytes(d);
  auto back = parse_grade_data(bytes);
  ASSERT_TRUE(back.has_value()) << back.error().located();
  EXPECT_TRUE(back->idf == small.idf());
  EXPECT_EQ(back->stems->at("분산은"), "분산");
  EXPECT_EQ(back->questions, 1u);
  EXPECT_EQ(back->fingerprint, 42u);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    auto r = parse_grade_data(std::string_view(bytes).substr(0, n));
    ASSERT_FALSE(r.has_value()) << "prefix of " << n << " bytes parsed";
    EXPECT_NE(r.error().located().find("grade data"), std::string::npos);
  }
  EXPECT_FALSE(parse_grade_data(bytes + "x").has_value());
  std::string bad = bytes;
  bad[0] = 'X';
  EXPECT_NE(parse_grade_data(bad).error().message.find("magic"), std::string::npos);
  bad = bytes;
  bad[4] = 9;  // version
  EXPECT_NE(parse_grade_data(bad).error().message.find("version"), std::string::npos);
  // A huge count must not allocate or read past the end.
  std::string idf = small.idf().to_bytes();
  idf[4] = idf[5] = idf[6] = idf[7] = '\xff';
  auto r = Idf::from_bytes(idf);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("at byte"), std::string::npos);
  // The shipped one, truncated.
  std::string_view shipped = bundled_grade_data();
  EXPECT_FALSE(parse_grade_data(shipped.substr(0, shipped.size() / 2)).has_value());
  EXPECT_FALSE(parse_grade_data(shipped.substr(0, shipped.size() - 1)).has_value());
}

TEST(GradeData, SeededStemsAreTheStemmersOwn) {
  if (!have_hunspell_ko()) GTEST_SKIP() << "hunspell-ko is not installed";
  auto d = parse_grade_data(bundled_grade_data());
  ASSERT_TRUE(d.has_value());
  text::Stemmer fresh;  // no seed: hunspell-ko and the suffix list
  std::size_t i = 0, checked = 0;
  for (const auto& [token, stem] : *d->stems) {
    if (i++ % 25 != 0) continue;
    EXPECT_EQ(fresh.stem(token, text::Script::hangul), stem) << token;
    ++checked;
  }
  EXPECT_GT(checked, 10u);
  for (const char* w : {"설명했습니다", "과적합을", "어텐션은"}) {
    if (auto it = d->stems->find(w); it != d->stems->end()) {
      EXPECT_EQ(it->second, fresh.stem(w, text::Script::hangul));
    }
  }
}

TEST(GradeData, StemmerConsultsItsSeedFirst) {
  auto seed = std::make_shared<text::StemTable>(text::StemTable{{"가나다라", "가나"}});
  text::Stemmer s(seed);
  EXPECT_EQ(s.stem("가나다라", text::Script::hangul), "가나");
  EXPECT_EQ(s.stem("어텐션은", text::Script::hangul), "어텐션");  // not in it: computed
  auto memo = s.hangul_memo();
  ASSERT_EQ(memo.size(), 2u);
  EXPECT_EQ(memo[0].first, "가나다라");  // sorted by token
  EXPECT_EQ(memo[1], (std::pair<std::string, std::string>{"어텐션은", "어텐션"}));
}

}  // namespace
}  // namespace kkori::grade
