#pragma once
// The answer grader: an answer against reference answers (batch, benchmarks), against a bank
// question's rubric (keypoint coverage with evidence), and the text-similarity core alone.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/glossary.hpp"
#include "core/question.hpp"
#include "grade/features.hpp"
#include "grade/idf.hpp"
#include "grade/phrases.hpp"
#include "text/analyze.hpp"

namespace kkori::grade {

struct ReferenceGrade {
  double score = 0.0;  // calibrated, docs/grading.md
  bool dont_know = false;
  std::size_t best_reference = 0;           // index of the reference the score comes from
  PairFeatures features;                    // against that reference
  std::vector<PairFeatures> per_reference;  // against each reference, in order
};

struct KeypointGrade {
  std::string id;
  double coverage = 0.0;                 // 0..1
  bool covered = false;                  // coverage >= 0.5
  std::vector<text::Sentence> evidence;  // sentences of the answer that covered it
  std::string matched;                   // the term (or glossary form) found, "" when covered by wording
};

struct QuestionGrade {
  double score = 0.0;  // calibrated 0..1, docs/grading.md
  bool dont_know = false;
  bool repeats_question = false;  // the answer only restates the prompt
  double keypoint_score = 0.0;    // weighted keypoint coverage
  double reference_score = 0.0;   // against the model answer (either language, the better)
  std::vector<KeypointGrade> keypoints;
};

// Answers longer than this are graded on their first kAnswerLimit bytes (bounded time).
inline constexpr std::size_t kAnswerLimit = 16 * 1024;

class Grader {
 public:
  // `corpus` gives the document frequencies (the bank's texts: corpus_of()); `glossary` (may be
  // null) lets a Korean answer meet an English keypoint and back and must outlive the grader.
  explicit Grader(std::span<const std::string> corpus = {}, const Glossary* glossary = nullptr);
  // From document frequencies and Hangul stems computed earlier (grade_data.hpp: shipped with the
  // binary), plus `more` texts counted now (the user's personal questions). The same grader as
  // the constructor above over all the texts, without analysing the shipped ones again.
  Grader(Idf idf, std::shared_ptr<const text::StemTable> stems, std::span<const std::string> more,
         const Glossary* glossary);
  ~Grader();
  Grader(const Grader&) = delete;
  Grader& operator=(const Grader&) = delete;

  // The answer against each reference; the best one counts. An empty reference list scores 0.
  ReferenceGrade grade_against(std::string_view question, std::span<const std::string> references,
                               std::string_view answer) const;

  // Against a bank question: keypoint coverage with evidence, and the model answer.
  QuestionGrade grade(const Question& q, std::string_view answer) const;

  // Whether the answer names any of `terms` (or another form of the same glossary concept).
  bool mentions(std::string_view answer, std::span<const std::string> terms) const;

  // Symmetric text similarity in [0, 1].
  double similarity(std::string_view a, std::string_view b) const;

  const text::Analyzer& analyzer() const { return analyzer_; }
  const Idf& idf() const { return idf_; }
  void set_idf_power(double p) { idf_.set_power(p); }  // experiments (bench/grade/fit.py)

 private:
  // References and questions repeat across a batch; each is analysed once. Only the analysis is
  // shared, never a score: every answer is graded on its own.
  // `question` non-null: the doc is demoted under it (the cache key includes the question).
  std::shared_ptr<const Doc> doc(std::string_view text, const Doc* question = nullptr,
                                 std::string_view question_text = {}) const;

  text::Analyzer analyzer_;
  Idf idf_;
  const Glossary* glossary_;
  ConceptIndex concepts_;
  struct Rubric;
  std::shared_ptr<const Rubric> rubric(const Question& q) const;
  struct Cache;
  std::unique_ptr<Cache> cache_;
};

// The texts document frequencies are counted over: every prompt, model answer and keypoint, both languages.
std::vector<std::string> corpus_of(std::span<const Question> questions);

// "모르겠습니다", "I don't know", "pass", "잘 모르겠어요", empty or punctuation only.
bool is_dont_know(std::string_view answer);

}  // namespace kkori::grade
