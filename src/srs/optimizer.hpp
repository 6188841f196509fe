#pragma once
// Fits the 21 FSRS-6 parameters to a review log (FSRS.md §4, the fsrs-rs recipe): outlier filter,
// initial-stability pretraining, then Adam on the recency-weighted log loss with an L2 pull to the
// starting point and the parameter clamps after every step.
#include <string>
#include <vector>

#include "srs/fsrs.hpp"
#include "srs/revlog.hpp"

namespace kkori::srs {

struct FitResult {
  Params params = kDefaultParams;
  bool trained = false;   // false: defaults (or defaults with fitted S0) kept, see `note`
  std::string note;       // why defaults were kept, "" when trained
  int items = 0;          // items after filtering
};

struct FitOptions {
  int epochs = 5;
  int batch_size = 512;
  double learning_rate = 0.04;
  unsigned seed = 2023;
};

FitResult fit(const std::vector<Item>& items, const FitOptions& opt = {});

}  // namespace kkori::srs
