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
#include "text/analyze.hpp"

namespace kkori::grade {

struct ReferenceGrade {
  double score = 0.0;  // calibrated, docs/grading.md
  bool dont_know = false;
  std::size_t best_reference = 0;  // index of the reference the score comes from
  PairFeatures features;           // against that reference
};

class Grader {
 public:
  // `corpus` gives the document frequencies (the bank's texts: corpus_of()); `glossary` (may be
  // null) lets a Korean answer meet an English keypoint and back and must outlive the grader.
  explicit Grader(std::span<const std::string> corpus = {}, const Glossary* glossary = nullptr);
  ~Grader();
  Grader(const Grader&) = delete;
  Grader& operator=(const Grader&) = delete;

  // The answer against each reference; the best one counts. An empty reference list scores 0.
  ReferenceGrade grade_against(std::string_view question, std::span<const std::string> references,
                               std::string_view answer) const;

  // Symmetric text similarity in [0, 1].
  double similarity(std::string_view a, std::string_view b) const;

  const text::Analyzer& analyzer() const { return analyzer_; }
  const Idf& idf() const { return idf_; }

 private:
  // References and questions repeat across a batch; each is analysed once. Only the analysis is
  // shared, never a score: every answer is graded on its own.
  // `question` non-null: the doc is demoted under it (the cache key includes the question).
  std::shared_ptr<const Doc> doc(std::string_view text, const Doc* question = nullptr,
                                 std::string_view question_text = {}) const;

  text::Analyzer analyzer_;
  Idf idf_;
  const Glossary* glossary_;
  struct Cache;
  std::unique_ptr<Cache> cache_;
};

// The texts document frequencies are counted over: every prompt, model answer and keypoint, both languages.
std::vector<std::string> corpus_of(std::span<const Question> questions);

// "모르겠습니다", "I don't know", "pass", "잘 모르겠어요", empty or punctuation only.
bool is_dont_know(std::string_view answer);

}  // namespace kkori::grade
