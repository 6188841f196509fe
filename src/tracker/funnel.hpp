#pragma once
// The hiring funnel over all applications: how many reached each step, and where they ended.
#include <array>
#include <span>
#include <string_view>

#include "tracker/application.hpp"

namespace kkori::tracker {

// Funnel steps in order. An application "reached" a step when any of its entries is at that step
// or a later one (skipping document screening still counts as past it).
enum class FunnelStep { applied, screening, test, interview, final_round, offer, accepted };
inline constexpr int kFunnelSteps = 7;

struct Funnel {
  std::array<int, kFunnelSteps> reached{};  // by FunnelStep
  int active = 0, offers = 0, accepted = 0, declined = 0, rejected = 0, withdrawn = 0;
};

std::string_view to_string(FunnelStep s);
// The step a stage belongs to: coding_test/assignment -> test, interview round 2+ or a reference
// check -> final_round (a second round means the first was passed), offer -> offer, ...
FunnelStep funnel_step(const StageEntry& e);
Funnel funnel(std::span<const Application> apps);

}  // namespace kkori::tracker
