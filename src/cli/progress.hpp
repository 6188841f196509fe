#pragma once
// A one-line progress bar on stderr for jobs that take seconds (grade-batch on a large file): drawn
// only when stderr is a terminal, redrawn at most ten times a second, erased when the job ends.
#include <chrono>
#include <cstdint>
#include <string>

#include "cli/context.hpp"

namespace kkori::cli {

// The bar's text for `done` of `total` units (total 0: unknown, only the count and the rate), e.g.
// "grade-batch ▕██████░░░░▏  60%  9,600 lines · 52,000/s". Pure, for tests.
std::string progress_line(std::string_view label, double fraction, std::uint64_t count, std::string_view unit,
                          double per_second, int bar_cols = 24);

class Progress {
 public:
  // `total_bytes` 0 when the size is unknown (stdin).
  Progress(Context& ctx, std::string label, std::string unit, std::uint64_t total_bytes);
  ~Progress();  // erases the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void update(std::uint64_t bytes_done, std::uint64_t count);

 private:
  Context& ctx_;
  std::string label_, unit_;
  std::uint64_t total_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace kkori::cli
