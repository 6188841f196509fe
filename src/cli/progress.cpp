#include "cli/progress.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>

namespace kkori::cli {

namespace {

std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string progress_line(std::string_view label, double fraction, std::uint64_t count, std::string_view unit,
                          double per_second, int bar_cols) {
  std::string line(label);
  if (fraction >= 0) {
    const double f = std::clamp(fraction, 0.0, 1.0);
    const int full = static_cast<int>(std::lround(f * bar_cols));
    line += " \u2595";
    for (int i = 0; i < bar_cols; ++i) line += i < full ? "\u2588" : "\u2591";
    line += "\u258F ";
    std::string pct = std::to_string(static_cast<int>(std::lround(f * 100))) + "%";
    line += std::string(4 - std::min<std::size_t>(4, pct.size()), ' ') + pct;
  }
  line += "  " + grouped(count) + " " + std::string(unit);
  if (per_second > 0) line += " \u00B7 " + grouped(static_cast<std::uint64_t>(std::llround(per_second))) + "/s";
  return line;
}

Progress::Progress(Context& ctx, std::string label, std::string unit, std::uint64_t total_bytes)
    : ctx_(ctx),
      label_(std::move(label)),
      unit_(std::move(unit)),
      total_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (drawn_) ctx_.err << "\r\x1b[2K" << std::flush;
}

void Progress::update(std::uint64_t bytes_done, std::uint64_t count) {
  if (!ctx_.progress) return;
  const auto now = std::chrono::steady_clock::now();
  // Nothing for the first half second (a short job stays silent), then ten redraws a second.
  if (now - start_ < std::chrono::milliseconds(500) || (drawn_ && now - last_ < std::chrono::milliseconds(100))) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double fraction = total_ > 0 ? static_cast<double>(bytes_done) / static_cast<double>(total_) : -1.0;
  ctx_.err << "\r\x1b[2K"
           << progress_line(label_, fraction, count, unit_, secs > 0 ? static_cast<double>(count) / secs : 0)
           << std::flush;
  drawn_ = true;
}

}  // namespace kkori::cli
