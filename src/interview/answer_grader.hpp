#pragma once
// What the interview engine needs from a grader, as a small interface so sessions are tested
// with a fake and the real grader (grade/) is plugged in by the front end.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/attempt.hpp"
#include "core/question.hpp"

namespace kkori::interview {

// A byte range of the user's answer that evidences a keypoint.
struct Evidence {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct KeypointResult {
  std::string id;
  double coverage = 0.0;  // 0..1
  bool covered = false;
  std::vector<Evidence> evidence;  // sentences of the answer that covered it
};

struct GradeResult {
  double score = 0.0;      // calibrated 0..1 (docs/grading.md)
  bool dont_know = false;  // "모르겠습니다", "I don't know", "pass", empty
  std::vector<KeypointResult> keypoints;

  std::vector<KeypointCoverage> coverage() const;
};

class AnswerGrader {
 public:
  virtual ~AnswerGrader() = default;
  virtual GradeResult grade(const Question& q, std::string_view answer) const = 0;
  // Whether the answer mentions any of the terms (a `mentions` followup fires).
  virtual bool mentions(std::string_view answer, std::span<const std::string> terms) const = 0;
};

}  // namespace kkori::interview
