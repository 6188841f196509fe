#pragma once
// The srs-benchmark metrics (FSRS.md §5): log loss, RMSE(bins), AUC over items.
#include <vector>

#include "srs/fsrs.hpp"
#include "srs/revlog.hpp"

namespace kkori::srs {

// R predicted for the last review of the item from the reviews before it.
double predict(const Params& w, const Item& item);

struct Metrics {
  double log_loss = 0;
  double rmse_bins = 0;
  double auc = 0;
  int n = 0;
};

Metrics evaluate(const Params& w, const std::vector<Item>& items);

}  // namespace kkori::srs
