#include "srs/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kkori::srs {

double predict(const Params& w, const Item& item) {
  const auto& rv = item.reviews;
  MemoryState m = init_state(static_cast<Rating>(rv[0].first), w);
  for (std::size_t i = 1; i + 1 < rv.size(); ++i) m = next_state(m, rv[i].second, static_cast<Rating>(rv[i].first), w);
  return retrievability(rv.back().second, m.stability, w);
}

namespace {
std::tuple<long, long, long> bin_key(const Item& it) {
  const auto& rv = it.reviews;
  const double dt = rv.back().second;
  long dt_bin = std::lround(2.48 * std::pow(3.62, std::floor(std::log(dt) / std::log(3.62))) * 100);
  int n = 1;
  for (const auto& r : rv) n += r.second > 0;
  long n_bin = std::lround(1.99 * std::pow(1.89, std::floor(std::log(n) / std::log(1.89))));
  int lapses = 0;
  for (std::size_t i = 0; i + 1 < rv.size(); ++i) lapses += rv[i].first == 1 && rv[i].second > 0;
  long l_bin = lapses == 0 ? 0 : std::lround(1.65 * std::pow(1.73, std::floor(std::log(lapses) / std::log(1.73))));
  return {dt_bin, n_bin, l_bin};
}
}  // namespace

Metrics evaluate(const Params& w, const std::vector<Item>& items) {
  Metrics m;
  m.n = static_cast<int>(items.size());
  if (items.empty()) return m;
  struct Bin {
    double p = 0, y = 0;
    int n = 0;
  };
  std::map<std::tuple<long, long, long>, Bin> bins;
  std::vector<std::pair<double, int>> py;
  double ll = 0;
  for (const auto& it : items) {
    double p = predict(w, it);
    int y = it.reviews.back().first > 1;
    double q = std::clamp(p, 1e-7, 1 - 1e-7);
    ll -= y * std::log(q) + (1 - y) * std::log(1 - q);
    Bin& b = bins[bin_key(it)];
    b.p += p;
    b.y += y;
    ++b.n;
    py.emplace_back(p, y);
  }
  m.log_loss = ll / static_cast<double>(items.size());
  double se = 0, total = 0;
  for (const auto& [k, b] : bins) {
    se += b.n * std::pow(b.y / b.n - b.p / b.n, 2);
    total += b.n;
  }
  m.rmse_bins = std::sqrt(se / total);
  std::sort(py.begin(), py.end());
  double rank_pos = 0;
  long pos = 0;
  for (std::size_t i = 0; i < py.size();) {
    std::size_t j = i;
    while (j < py.size() && py[j].first == py[i].first) ++j;
    double avg = (static_cast<double>(i) + 1 + static_cast<double>(j)) / 2;
    for (std::size_t k = i; k < j; ++k)
      if (py[k].second) rank_pos += avg, ++pos;
    i = j;
  }
  long neg = static_cast<long>(py.size()) - pos;
  m.auc = pos && neg ? (rank_pos - static_cast<double>(pos) * static_cast<double>(pos + 1) / 2.0) /
                           (static_cast<double>(pos) * static_cast<double>(neg))
                     : 0.5;
  return m;
}

}  // namespace kkori::srs
