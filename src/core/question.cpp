#include "core/question.hpp"

#include <algorithm>

namespace kkori {

namespace {
template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}
}  // namespace

bool is_area(std::string_view s) { return contains(kAreas, s); }
bool is_role(std::string_view s) { return contains(kRoles, s); }
bool is_stage(std::string_view s) { return contains(kStages, s); }

const Keypoint* Question::keypoint(std::string_view kp_id) const {
  for (const auto& kp : keypoints)
    if (kp.id == kp_id) return &kp;
  return nullptr;
}

}  // namespace kkori
