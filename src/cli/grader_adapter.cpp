#include "cli/grader_adapter.hpp"

#include "grade/bundled_grade_data.hpp"
#include "grade/grade_data.hpp"
#include "grade/grader.hpp"

namespace kkori::cli {
namespace {

// interview::AnswerGrader over grade::Grader, with document frequencies and glossary from the bank.
class BankGrader final : public interview::AnswerGrader {
 public:
  explicit BankGrader(const bank::Bank& bank)
      : grader_(grade::make_bank_grader(bank.questions, &bank.glossary, grade::bundled_grade_data())) {}

  interview::GradeResult grade(const Question& q, std::string_view answer) const override {
    grade::QuestionGrade g = grader_->grade(q, answer);
    interview::GradeResult r;
    r.score = g.score;
    r.dont_know = g.dont_know;
    for (auto& k : g.keypoints) {
      interview::KeypointResult kr;
      kr.id = std::move(k.id);
      kr.coverage = k.coverage;
      kr.covered = k.covered;
      for (const auto& e : k.evidence) kr.evidence.push_back({e.begin, e.end});
      r.keypoints.push_back(std::move(kr));
    }
    return r;
  }

  bool mentions(std::string_view answer, std::span<const std::string> terms) const override {
    return grader_->mentions(answer, terms);
  }

 private:
  std::unique_ptr<grade::Grader> grader_;
};

}  // namespace

Result<std::unique_ptr<interview::AnswerGrader>> make_answer_grader(const bank::Bank& bank) {
  return std::unique_ptr<interview::AnswerGrader>(std::make_unique<BankGrader>(bank));
}

}  // namespace kkori::cli
