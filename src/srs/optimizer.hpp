#pragma once
// Fits the 21 FSRS-6 parameters to a review log with fsrs-rs 6.6's recipe (docs/srs.md, "Optimiser"):
// outlier filter, initial-stability pretraining, then Adam on the recency-weighted log loss (summed over
// each batch) with an L2 pull to the starting point, the parameter clamps after every step, and
// fsrs-rs's batch order. On the same items it returns fsrs-rs's parameters to float32 precision.
#include <cstdint>
#include <string>
#include <vector>

#include "srs/fsrs.hpp"
#include "srs/revlog.hpp"

namespace kkori::srs {

struct FitResult {
  Params params = kDefaultParams;
  bool trained = false;  // false: defaults (or defaults with fitted S0) kept, see `note`
  std::string note;      // why defaults were kept, "" when trained
  int items = 0;         // items after filtering
};

struct FitOptions {
  int epochs = 5;
  int batch_size = 512;
  double learning_rate = 0.04;
  std::uint64_t seed = 2023;  // of the batch shuffle (batch_shuffle.hpp)
};

FitResult fit(const std::vector<Item>& items, const FitOptions& opt = {});

}  // namespace kkori::srs
