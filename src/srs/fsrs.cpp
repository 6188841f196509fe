#include "srs/fsrs.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace kkori::srs {

namespace {
double clampd(double x, double lo, double hi) { return std::min(std::max(x, lo), hi); }
double round_half_up(double x) { return std::floor(x + 0.5); }
}  // namespace

Result<Params> check_and_fill(std::span<const double> in) {
  for (double x : in)
    if (!std::isfinite(x)) return fail(Errc::invalid_input, "FSRS parameters must be finite numbers");
  Params w{};
  if (in.size() == 21) {
    std::copy(in.begin(), in.end(), w.begin());
  } else if (in.size() == 19) {
    std::copy(in.begin(), in.end(), w.begin());
    w[19] = 0.0;
    w[20] = 0.5;
  } else if (in.size() == 17) {
    std::copy(in.begin(), in.end(), w.begin());
    w[4] = in[4] + 2 * in[5];
    w[5] = std::log(3 * in[5] + 1) / 3;
    w[6] = in[6] + 0.5;
    w[17] = 0.0;
    w[18] = 0.0;
    w[19] = 0.0;
    w[20] = 0.5;
  } else {
    return fail(Errc::invalid_input,
                "FSRS needs 21 parameters (or 19 / 17 from older versions), got " + std::to_string(in.size()));
  }
  return w;
}

Params clamp_params(Params w, int relearning_steps, bool short_term) {
  static constexpr std::array<std::pair<double, double>, 17> kFixed = {{
      {0.001, 100},
      {0.001, 100},
      {0.001, 100},
      {0.001, 100},  // w0..w3
      {1, 10},       // w4
      {0.001, 4},
      {0.001, 4},     // w5, w6
      {0.001, 0.75},  // w7
      {0, 4.5},
      {0, 0.8},
      {0.001, 3.5},  // w8..w10
      {0.001, 5},
      {0.001, 0.25},
      {0.001, 0.9},
      {0, 4},  // w11..w14
      {0, 1},
      {1, 6},  // w15, w16
  }};
  for (std::size_t i = 0; i < kFixed.size(); ++i) w[i] = clampd(w[i], kFixed[i].first, kFixed[i].second);
  double c = 2.0;
  if (relearning_steps > 1) {
    double v = -(std::log(w[11]) + std::log(std::pow(2.0, w[13]) - 1) + 0.3 * w[14]) / relearning_steps;
    c = std::min(2.0, std::sqrt(std::max(0.01, v)));
  }
  w[17] = clampd(w[17], 0, c);
  w[18] = clampd(w[18], 0, c);
  w[19] = clampd(w[19], short_term ? 0.01 : 0.0, 0.8);
  w[20] = clampd(w[20], 0.1, 0.8);
  return w;
}

double decay(const Params& w) { return -w[20]; }
double factor(const Params& w) { return std::pow(0.9, 1.0 / decay(w)) - 1.0; }

double retrievability(double t, double s, const Params& w) { return std::pow(1.0 + factor(w) * t / s, decay(w)); }

double interval_raw(double r, double s, const Params& w) { return s / factor(w) * (std::pow(r, 1.0 / decay(w)) - 1.0); }

namespace {
double raw_init_difficulty(Rating g, const Params& w) {
  return w[4] - std::exp(w[5] * (static_cast<int>(g) - 1)) + 1.0;
}
}  // namespace

double init_difficulty(Rating g, const Params& w) { return clampd(raw_init_difficulty(g, w), 1, 10); }

MemoryState init_state(Rating g, const Params& w) {
  return MemoryState{clampd(w[static_cast<int>(g) - 1], kMinStability, kMaxStability), init_difficulty(g, w)};
}

MemoryState next_state(const MemoryState& m, double t, Rating g, const Params& w) {
  const int gi = static_cast<int>(g);
  const double last_d = clampd(m.difficulty, 1, 10);
  const double s = m.stability;
  double new_s;
  if (t <= 0) {
    double sinc = std::exp(w[17] * (gi - 3 + w[18])) * std::pow(s, -w[19]);
    new_s = g == Rating::again ? s * sinc : s * std::max(sinc, 1.0);
  } else {
    const double r = retrievability(t, s, w);
    if (g == Rating::again) {
      double lapse = w[11] * std::pow(last_d, -w[12]) * (std::pow(s + 1, w[13]) - 1) * std::exp(w[14] * (1 - r));
      new_s = std::min(lapse, s / std::exp(w[17] * w[18]));
    } else {
      double hard = g == Rating::hard ? w[15] : 1.0;
      double easy = g == Rating::easy ? w[16] : 1.0;
      new_s =
          s * (1 + std::exp(w[8]) * (11 - last_d) * std::pow(s, -w[9]) * (std::exp(w[10] * (1 - r)) - 1) * hard * easy);
    }
  }
  const double delta = -w[6] * (gi - 3);
  const double damped = last_d + delta * (10 - last_d) / 9;
  const double reverted = w[7] * raw_init_difficulty(Rating::easy, w) + (1 - w[7]) * damped;
  return MemoryState{clampd(new_s, kMinStability, kMaxStability), clampd(reverted, 1, 10)};
}

int whole_days(double s, double r, const Params& w, int max_interval) {
  const double m = interval_raw(r, 1.0, w);
  return static_cast<int>(clampd(round_half_up(s * m), 1, max_interval));
}

FuzzRange fuzz_range(double ivl, int elapsed_days, int max_interval) {
  double delta =
      1.0 + 0.15 * clampd(ivl - 2.5, 0, 4.5) + 0.10 * clampd(ivl - 7, 0, 13) + 0.05 * std::max(ivl - 20, 0.0);
  int lo = std::max(2, static_cast<int>(round_half_up(ivl - delta)));
  int hi = std::min(static_cast<int>(round_half_up(ivl + delta)), max_interval);
  if (ivl > elapsed_days) lo = std::max(lo, elapsed_days + 1);
  lo = std::min(lo, hi);
  return FuzzRange{lo, hi};
}

int apply_fuzz(int interval, int elapsed_days, double u, int max_interval) {
  if (interval < 2.5) return interval;
  FuzzRange r = fuzz_range(interval, elapsed_days, max_interval);
  return static_cast<int>(std::floor(u * (r.hi - r.lo + 1) + r.lo));
}

NextIntervals next_intervals(const MemoryState* m, double t, double r, const Params& w, int max_interval) {
  auto days = [&](Rating g) {
    MemoryState n = m ? next_state(*m, t, g, w) : init_state(g, w);
    return static_cast<int>(std::max(1.0, round_half_up(n.stability * interval_raw(r, 1.0, w))));
  };
  NextIntervals iv{days(Rating::again), days(Rating::hard), days(Rating::good), days(Rating::easy)};
  iv.again = std::min(iv.again, iv.hard);
  iv.hard = std::max(iv.hard, iv.again + 1);
  iv.good = std::max(iv.good, iv.hard + 1);
  iv.easy = std::max(iv.easy, iv.good + 1);
  for (int* x : {&iv.again, &iv.hard, &iv.good, &iv.easy}) *x = std::clamp(*x, 1, max_interval);
  return iv;
}

}  // namespace kkori::srs
