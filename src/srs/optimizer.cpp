#include "srs/optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "srs/batch_shuffle.hpp"
#include "srs/dual.hpp"

namespace kkori::srs {

namespace {

constexpr std::array<double, 21> kSigma = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,  0.12, 0.39, 0.18, 0.33,
                                           0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27};
constexpr std::size_t kMaxReviews = 256;

int long_term_count(const Item& it) {
  int n = 0;
  for (const auto& r : it.reviews) n += r.second > 0;
  return n;
}
int first_long_term_dt(const Item& it) {
  for (const auto& r : it.reviews)
    if (r.second > 0) return r.second;
  return 0;
}

// FSRS.md §4.2: drop rare (first rating, t) groups among first long-term reviews. Groups are removed
// smallest first, equal sizes in increasing t (the order that reproduces fsrs-rs).
std::set<std::pair<int, int>> outlier_pairs(const std::vector<const Item*>& items) {
  std::map<int, std::map<int, int>> groups;  // first rating -> t -> count
  for (const Item* it : items)
    if (long_term_count(*it) == 1) ++groups[it->reviews[0].first][it->reviews.back().second];
  std::set<std::pair<int, int>> removed;
  for (const auto& [rating, by_t] : groups) {
    std::vector<std::pair<int, int>> sub(by_t.begin(), by_t.end());  // (t, count)
    std::stable_sort(sub.begin(), sub.end(), [](auto& a, auto& b) { return a.second < b.second; });
    int total = 0;
    for (const auto& s : sub) total += s.second;
    int gone = 0;
    const int quota = std::max(total / 20, 20);
    for (const auto& [t, count] : sub) {
      const int t_limit = rating == 4 ? 365 : 100;
      if (gone + count >= quota) {
        if (count < 6 || t > t_limit) removed.insert({rating, t});
      } else {
        gone += count;
        removed.insert({rating, t});
      }
    }
  }
  return removed;
}

// FSRS.md §4.3: S0 per first rating from first long-term reviews, by ternary search. `mean_recall`
// (the smoothing prior) is the recall over the whole filtered training set, as in fsrs-rs.
std::map<int, double> pretrain(const std::vector<const Item*>& pre, double mean_recall, std::map<int, int>& counts) {
  std::map<int, std::map<int, std::pair<double, int>>> stats;  // rating -> t -> (recalls, n)
  for (const Item* it : pre) {
    auto& s = stats[it->reviews[0].first][it->reviews.back().second];
    s.first += it->reviews.back().first > 1;
    ++s.second;
  }
  const double decay = -kDefaultParams[20];
  const double fct = std::pow(0.9, 1.0 / decay) - 1.0;
  std::map<int, double> s0;
  for (const auto& [rating, by_t] : stats) {
    int n = 0;
    for (const auto& [t, s] : by_t) n += s.second;
    counts[rating] = n;
    const double dflt = kDefaultParams[static_cast<std::size_t>(rating - 1)];
    auto loss = [&](double s) {
      double l = 0;
      for (const auto& [t, st] : by_t) {
        double y = (st.first + mean_recall) / (st.second + 1);
        double r = std::clamp(std::pow(1 + fct * t / s, decay), 1e-9, 1 - 1e-9);
        l -= st.second * (y * std::log(r) + (1 - y) * std::log(1 - r));
      }
      return l + std::abs(s - dflt) / 16;
    };
    // fsrs-rs stops at an interval of f32::EPSILON or after 1000 steps.
    double lo = kMinStability, hi = 100;
    for (int i = 0; i < 1000 && hi - lo > 1.1920929e-7; ++i) {
      const double m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
      if (loss(m1) < loss(m2))
        hi = m2;
      else
        lo = m1;
    }
    s0[rating] = (lo + hi) / 2;
  }
  return s0;
}

// Makes S0 increase with the rating and fills missing ratings in log space (fsrs-rs smooth_and_fill),
// from the relations r2 = r1^0.41 · r3^0.59 and r3 = r2^0.46 · r4^0.54.
std::array<double, 4> smooth_and_fill(std::map<int, double> s, const std::map<int, int>& counts) {
  constexpr double kW1 = 0.41, kW2 = 0.54;
  auto count = [&](int r) {
    auto it = counts.find(r);
    return it == counts.end() ? 0 : it->second;
  };
  for (auto [small, big] : {std::pair{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}}) {
    if (s.contains(small) && s.contains(big) && s[small] > s[big]) {
      if (count(small) > count(big))
        s[big] = s[small];
      else
        s[small] = s[big];
    }
  }
  std::array<double, 4> out{};
  if (s.empty()) {
    std::copy(kDefaultParams.begin(), kDefaultParams.begin() + 4, out.begin());
    return out;
  }
  if (s.size() == 1) {
    auto [r, v] = *s.begin();
    double ratio = v / kDefaultParams[static_cast<std::size_t>(r - 1)];
    for (std::size_t i = 0; i < 4; ++i) out[i] = std::clamp(kDefaultParams[i] * ratio, kMinStability, 100.0);
    return out;
  }
  auto has = [&](int r) { return s.contains(r); };
  auto p = [](double a, double e) { return std::pow(a, e); };
  auto fill1 = [&] { s[1] = p(s[2], 1 / kW1) * p(s[3], 1 - 1 / kW1); };
  auto fill2 = [&] { s[2] = p(s[1], kW1) * p(s[3], 1 - kW1); };
  auto fill3 = [&] { s[3] = p(s[2], 1 - kW2) * p(s[4], kW2); };
  auto fill4 = [&] { s[4] = p(s[2], 1 - 1 / kW2) * p(s[3], 1 / kW2); };
  if (s.size() == 2) {
    if (!has(1) && !has(2)) {
      s[2] = p(s[3], 1 / (1 - kW2)) * p(s[4], 1 - 1 / (1 - kW2));
      fill1();
    } else if (!has(1) && !has(3)) {
      fill3(), fill1();
    } else if (!has(1) && !has(4)) {
      fill4(), fill1();
    } else if (!has(2) && !has(3)) {
      const double t = kW1 + kW2 - kW1 * kW2;
      s[2] = p(s[1], kW1 / t) * p(s[4], 1 - kW1 / t);
      s[3] = p(s[1], 1 - kW2 / t) * p(s[4], kW2 / t);
    } else if (!has(2) && !has(4)) {
      fill2(), fill4();
    } else {  // 3 and 4 missing
      s[3] = p(s[1], 1 - 1 / (1 - kW1)) * p(s[2], 1 / (1 - kW1));
      fill4();
    }
  } else if (s.size() == 3) {
    if (!has(1)) fill1();
    if (!has(2)) fill2();
    if (!has(3)) fill3();
    if (!has(4)) fill4();
  }
  for (int i = 1; i <= 4; ++i) out[static_cast<std::size_t>(i - 1)] = std::clamp(s[i], kMinStability, 100.0);
  return out;
}

Dual predict_dual(const std::array<Dual, 21>& w, const Item& item) {
  const auto& rv = item.reviews;
  auto init_d = [&](int g) { return w[4] - exp(w[5] * Dual(g - 1)) + Dual(1); };
  Dual s = clamp(w[static_cast<std::size_t>(rv[0].first - 1)], kMinStability, kMaxStability);
  Dual d = clamp(init_d(rv[0].first), 1, 10);
  const Dual decay = Dual(0) - w[20];
  const Dual fct = pow(Dual(0.9), Dual(1) / decay) - Dual(1);
  auto curve = [&](double t, const Dual& st) { return pow(Dual(1) + fct * Dual(t) / st, decay); };
  for (std::size_t i = 1; i + 1 < rv.size(); ++i) {
    const int g = rv[i].first;
    const double t = rv[i].second;
    Dual ns;
    if (t <= 0) {
      Dual sinc = exp(w[17] * (Dual(g - 3) + w[18])) * pow(s, Dual(0) - w[19]);
      ns = g == 1 ? s * sinc : s * max(sinc, Dual(1));
    } else {
      Dual r = curve(t, s);
      if (g == 1) {
        Dual lapse = w[11] * pow(d, Dual(0) - w[12]) * (pow(s + Dual(1), w[13]) - Dual(1)) * exp(w[14] * (Dual(1) - r));
        ns = min(lapse, s / exp(w[17] * w[18]));
      } else {
        Dual k = exp(w[8]) * (Dual(11) - d) * pow(s, Dual(0) - w[9]) * (exp(w[10] * (Dual(1) - r)) - Dual(1));
        if (g == 2) k = k * w[15];
        if (g == 4) k = k * w[16];
        ns = s * (Dual(1) + k);
      }
    }
    Dual nd = d + (Dual(0) - w[6] * Dual(g - 3)) * (Dual(10) - d) / Dual(9);
    d = clamp(w[7] * init_d(4) + (Dual(1) - w[7]) * nd, 1, 10);
    s = clamp(ns, kMinStability, kMaxStability);
  }
  return curve(rv.back().second, s);
}

}  // namespace

FitResult fit(const std::vector<Item>& all_items, const FitOptions& opt) {
  FitResult res;
  std::vector<const Item*> items;
  for (const auto& it : all_items)
    if (it.reviews.size() <= kMaxReviews) items.push_back(&it);
  const auto removed = outlier_pairs(items);
  // The training set keeps the items' time order: the recency weights below depend on it.
  std::vector<const Item*> pre, train;
  for (const Item* it : items) {
    if (removed.contains({it->reviews[0].first, first_long_term_dt(*it)})) continue;
    if (long_term_count(*it) == 1) pre.push_back(it);
    train.push_back(it);
  }
  res.items = static_cast<int>(train.size());
  if (train.size() < 8) {
    res.note = "only " + std::to_string(train.size()) + " usable reviews (8 needed): default parameters kept";
    return res;
  }
  double recalls = 0;
  for (const Item* it : train) recalls += it->reviews.back().first > 1;
  std::map<int, int> counts;
  auto s0 = smooth_and_fill(pretrain(pre, recalls / static_cast<double>(train.size()), counts), counts);
  Params w = kDefaultParams;
  std::copy(s0.begin(), s0.end(), w.begin());
  w = clamp_params(w);
  res.params = w;
  if (train.size() < 64 || train.size() == pre.size()) {
    res.note = train.size() < 64 ? "only " + std::to_string(train.size()) +
                                       " usable reviews (64 needed to train): defaults with fitted initial stability"
                                 : "every review is a first review: defaults with fitted initial stability";
    return res;
  }

  // Recency weight by position in time: 0.25 for the oldest item up to 1 for the newest.
  const Params w0 = w;
  const std::size_t n = train.size();
  std::vector<double> weight(n);
  for (std::size_t i = 0; i < n; ++i) {
    double x = static_cast<double>(i) / static_cast<double>(n - 1);
    weight[i] = 0.25 + 0.75 * x * x * x;
  }
  // Batches of consecutive items in order of length (stable), visited in an order shuffled every
  // epoch by fsrs-rs's generator (batch_shuffle.hpp).
  std::vector<std::size_t> by_len(n);
  std::iota(by_len.begin(), by_len.end(), 0);
  std::stable_sort(by_len.begin(), by_len.end(),
                   [&](std::size_t a, std::size_t b) { return train[a]->reviews.size() < train[b]->reviews.size(); });
  const std::size_t bs = static_cast<std::size_t>(opt.batch_size);
  std::vector<std::vector<std::size_t>> batches;
  for (std::size_t i = 0; i < n; i += bs)
    batches.emplace_back(by_len.begin() + static_cast<long>(i),
                         by_len.begin() + static_cast<long>(std::min(n, i + bs)));
  ChaChaRng rng(opt.seed);
  // Cosine annealing from the full rate at the first step towards 0 after (n/batch + 1)·epochs steps
  // (whole batches, rounded down, plus one: fsrs-rs counts them so).
  const std::size_t steps_per_epoch = n / bs + 1;
  const double total_steps = static_cast<double>(steps_per_epoch * static_cast<std::size_t>(opt.epochs));
  std::array<double, 21> m{}, v{};
  int step = 0;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    std::vector<std::size_t> order(batches.size());
    std::iota(order.begin(), order.end(), 0);
    shuffle(order, rng);
    for (std::size_t b : order) {
      const auto& batch = batches[b];
      std::array<Dual, 21> wd;
      for (std::size_t j = 0; j < 21; ++j) wd[j] = Dual::var(w[j], j);
      std::array<double, 21> grad{};
      for (std::size_t i : batch) {
        Dual p = predict_dual(wd, *train[i]);
        double pv = std::clamp(p.v, 1e-7, 1 - 1e-7);
        int y = train[i]->reviews.back().first > 1;
        // d/dw of -(y ln p + (1-y) ln(1-p)) = -(y/p - (1-y)/(1-p)) dp/dw
        double k = -(y / pv - (1 - y) / (1 - pv)) * weight[i];
        if (p.v <= 1e-7 || p.v >= 1 - 1e-7) k = 0;
        for (std::size_t j = 0; j < 21; ++j) grad[j] += k * p.d[j];
      }
      const double lr = opt.learning_rate * 0.5 * (1 + std::cos(M_PI * std::min(1.0, step / total_steps)));
      ++step;
      // The loss is the weighted sum over the batch plus the L2 pull scaled by the batch's share of
      // the data, so one epoch adds the prior once (fsrs-rs: Reduction::Sum + l2_regularization).
      const double pen = static_cast<double>(batch.size()) / static_cast<double>(n);
      const double bc1 = 1 - std::pow(0.9, step), bc2 = 1 - std::pow(0.999, step);
      for (std::size_t j = 0; j < 21; ++j) {
        double g = grad[j] + pen * 2 * (w[j] - w0[j]) / (kSigma[j] * kSigma[j]);
        m[j] = 0.9 * m[j] + 0.1 * g;
        v[j] = 0.999 * v[j] + 0.001 * g * g;
        w[j] -= lr * (m[j] / bc1) / (std::sqrt(v[j] / bc2) + 1e-8);
      }
      w = clamp_params(w);
    }
  }
  // The last step's parameters are kept (fsrs-rs 6.6 does not pick a best epoch); S0 made monotone
  // again and missing ratings refilled.
  std::map<int, double> trained_s0;
  for (int r = 1; r <= 4; ++r)
    if (counts.contains(r)) trained_s0[r] = w[static_cast<std::size_t>(r - 1)];
  auto smoothed = smooth_and_fill(trained_s0, counts);
  std::copy(smoothed.begin(), smoothed.end(), w.begin());
  res.params = clamp_params(w);
  res.trained = true;
  return res;
}

}  // namespace kkori::srs
