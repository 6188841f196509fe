#pragma once
// Side effects behind small interfaces: the clock is injected so cores stay deterministic.
#include <cstdint>

namespace kkori {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::int64_t now_ms() const = 0;  // Unix epoch milliseconds
};

class SystemClock final : public Clock {
 public:
  std::int64_t now_ms() const override;
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t ms) : ms_(ms) {}
  std::int64_t now_ms() const override { return ms_; }
  void advance(std::int64_t ms) { ms_ += ms; }

 private:
  std::int64_t ms_;
};

}  // namespace kkori
