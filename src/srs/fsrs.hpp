#pragma once
// FSRS-6 memory model and scheduling (../shared/bench/fsrs/FSRS.md §1-3; kkori's choices in docs/srs.md).
// Pure: time enters as elapsed whole days; randomness (fuzz) as a number u in [0, 1).
//
// Same-day rule: a review with t = 0 elapsed days goes through the short-term formula (as fsrs-rs
// and its optimizer do). Elapsed days are whole local days with a 4:00 rollover (as Anki).
#include <array>
#include <span>

#include "core/error.hpp"

namespace kkori::srs {

using Params = std::array<double, 21>;

inline constexpr Params kDefaultParams = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                          0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                          1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

inline constexpr double kMinStability = 0.001;
inline constexpr double kMaxStability = 36500.0;
inline constexpr int kDefaultMaxInterval = 36500;

enum class Rating { again = 1, hard = 2, good = 3, easy = 4 };

struct MemoryState {
  double stability = 0.0;   // days until R falls to 0.9
  double difficulty = 0.0;  // 1..10
};

// 21 numbers as they are; 19 (FSRS-5) and 17 (FSRS-4.5) are converted; else an error.
Result<Params> check_and_fill(std::span<const double> w);
// The optimizer's clamps (FSRS.md §1) for `relearning_steps` and short-term scheduling.
Params clamp_params(Params w, int relearning_steps = 1, bool short_term = true);

double decay(const Params& w);   // -w20
double factor(const Params& w);  // 0.9^(1/decay) - 1
// Probability of recall after t days at stability s.
double retrievability(double t, double s, const Params& w);
// Days until R falls to `r` (float).
double interval_raw(double r, double s, const Params& w);

double init_difficulty(Rating g, const Params& w);  // clamped to [1, 10]
MemoryState init_state(Rating g, const Params& w);
// The state after a review `t` whole days after the previous one (t = 0: same day).
MemoryState next_state(const MemoryState& m, double t, Rating g, const Params& w);

// Whole-day interval: clamp(round(S · I(r, 1)), 1, max_interval), halves rounded up.
int whole_days(double s, double r, const Params& w, int max_interval = kDefaultMaxInterval);

struct FuzzRange {
  int lo = 0;
  int hi = 0;
};
FuzzRange fuzz_range(double interval, int elapsed_days, int max_interval = kDefaultMaxInterval);
// The fuzzed interval for u in [0, 1); intervals under 2.5 days are returned unchanged.
int apply_fuzz(int interval, int elapsed_days, double u, int max_interval = kDefaultMaxInterval);

// The four answers' whole-day intervals from a state, ordered again < hard < good < easy
// (long-term scheduler) and clamped to [1, max_interval] after ordering.
struct NextIntervals {
  int again = 1, hard = 1, good = 1, easy = 1;
};
NextIntervals next_intervals(const MemoryState* m, double t, double r, const Params& w,
                             int max_interval = kDefaultMaxInterval);

}  // namespace kkori::srs
