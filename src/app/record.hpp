#pragma once
// Application service shared by the front ends: save a graded attempt and feed the review cards.
#include <functional>

#include "core/attempt.hpp"
#include "srs/card.hpp"
#include "store/store.hpp"

namespace kkori::app {

// Saves the attempt (durable on return), then schedules its question card and missed-keypoint
// cards in one transaction. A failure to schedule is returned but the attempt stays saved.
Result<std::int64_t> record_practice(
    store::Store& store, const Attempt& a, bool dont_know, const srs::SchedulerConfig& cfg,
    const std::function<double()>& uniform,
    const std::optional<std::pair<std::string, srs::Rating>>& override_rating = std::nullopt);

}  // namespace kkori::app
