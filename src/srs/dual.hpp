#pragma once
// Forward-mode automatic differentiation over the 21 FSRS parameters: each value carries its
// gradient. Written here because the optimiser needs exact gradients of a short recurrence and no
// Debian-packaged autodiff library fits (a tape-based one would be slower for 21 inputs).
#include <algorithm>
#include <array>
#include <cmath>

namespace kkori::srs {

struct Dual {
  static constexpr std::size_t kN = 21;
  double v = 0;
  std::array<double, kN> d{};

  Dual() = default;
  Dual(double x) : v(x) {}  // NOLINT(google-explicit-constructor): constants mix with duals
  static Dual var(double x, std::size_t i) {
    Dual r(x);
    r.d[i] = 1;
    return r;
  }
};

inline Dual scale(const Dual& a, double value, double k) {
  Dual r(value);
  for (std::size_t i = 0; i < Dual::kN; ++i) r.d[i] = a.d[i] * k;
  return r;
}
inline Dual operator+(const Dual& a, const Dual& b) {
  Dual r(a.v + b.v);
  for (std::size_t i = 0; i < Dual::kN; ++i) r.d[i] = a.d[i] + b.d[i];
  return r;
}
inline Dual operator-(const Dual& a, const Dual& b) {
  Dual r(a.v - b.v);
  for (std::size_t i = 0; i < Dual::kN; ++i) r.d[i] = a.d[i] - b.d[i];
  return r;
}
inline Dual operator*(const Dual& a, const Dual& b) {
  Dual r(a.v * b.v);
  for (std::size_t i = 0; i < Dual::kN; ++i) r.d[i] = a.d[i] * b.v + b.d[i] * a.v;
  return r;
}
inline Dual operator/(const Dual& a, const Dual& b) {
  Dual r(a.v / b.v);
  const double inv = 1.0 / (b.v * b.v);
  for (std::size_t i = 0; i < Dual::kN; ++i) r.d[i] = (a.d[i] * b.v - b.d[i] * a.v) * inv;
  return r;
}
inline Dual exp(const Dual& a) {
  double e = std::exp(a.v);
  return scale(a, e, e);
}
inline Dual log(const Dual& a) { return scale(a, std::log(a.v), 1.0 / a.v); }
// a^b for a > 0.
inline Dual pow(const Dual& a, const Dual& b) { return exp(b * log(a)); }
inline Dual pow(const Dual& a, double b) { return scale(a, std::pow(a.v, b), b * std::pow(a.v, b - 1)); }
inline Dual min(const Dual& a, const Dual& b) { return a.v <= b.v ? a : b; }
inline Dual max(const Dual& a, const Dual& b) { return a.v >= b.v ? a : b; }
// Outside [lo, hi] the result is the bound, with no gradient (as autodiff of clamp).
inline Dual clamp(const Dual& a, double lo, double hi) {
  if (a.v < lo) return Dual(lo);
  if (a.v > hi) return Dual(hi);
  return a;
}

}  // namespace kkori::srs
