#include "tracker/funnel.hpp"

#include <algorithm>

namespace kkori::tracker {

std::string_view to_string(FunnelStep s) {
  static constexpr std::string_view kNames[] = {"applied",     "screening", "test",    "interview",
                                                "final_round", "offer",     "accepted"};
  return kNames[static_cast<std::size_t>(s)];
}

FunnelStep funnel_step(const StageEntry& e) {
  switch (e.stage) {
    case Stage::screening:
      return FunnelStep::screening;
    case Stage::coding_test:
    case Stage::assignment:
      return FunnelStep::test;
    case Stage::interview:
      return e.round >= 2 ? FunnelStep::final_round : FunnelStep::interview;
    case Stage::reference_check:
      return FunnelStep::final_round;
    case Stage::offer:
    case Stage::declined:
      return FunnelStep::offer;
    case Stage::accepted:
      return FunnelStep::accepted;
    default:
      return FunnelStep::applied;
  }
}

Funnel funnel(std::span<const Application> apps) {
  Funnel f;
  for (const auto& a : apps) {
    int top = 0;
    for (const auto& e : a.stages) top = std::max(top, static_cast<int>(funnel_step(e)));
    for (int s = 0; s <= top; ++s) ++f.reached[static_cast<std::size_t>(s)];
    switch (outcome(a)) {
      case Outcome::active:
        ++f.active;
        break;
      case Outcome::offer:
        ++f.offers;
        break;
      case Outcome::accepted:
        ++f.accepted;
        break;
      case Outcome::declined:
        ++f.declined;
        break;
      case Outcome::rejected:
        ++f.rejected;
        break;
      case Outcome::withdrawn:
        ++f.withdrawn;
        break;
    }
  }
  return f;
}

}  // namespace kkori::tracker
