#include "interview/answer_grader.hpp"

namespace kkori::interview {

std::vector<KeypointCoverage> GradeResult::coverage() const {
  std::vector<KeypointCoverage> out;
  out.reserve(keypoints.size());
  for (const auto& k : keypoints) out.push_back(KeypointCoverage{k.id, k.coverage, k.covered});
  return out;
}

}  // namespace kkori::interview
