// Plausible mistake: the textbook formula, exp(x_i) / sum exp(x_j), without subtracting the
// maximum. exp overflows to inf above ~709 (and the sum underflows to 0 for very negative
// logits), so those rows print inf or nan. Small logits come out right.
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
  int r, k;
  if (std::scanf("%d %d", &r, &k) != 2) return 1;
  std::vector<double> x(k);
  double total = 0;
  for (int row = 0; row < r; ++row) {
    int y;
    double eps;
    std::scanf("%d %lf", &y, &eps);
    for (auto& v : x) std::scanf("%lf", &v);
    double s = 0;
    for (double v : x) s += std::exp(v);
    double loss = 0;
    std::vector<double> g(k);
    for (int i = 0; i < k; ++i) {
      const double q = eps / k + (i == y - 1 ? 1.0 - eps : 0.0);
      const double p = std::exp(x[i]) / s;
      loss -= q * std::log(p);
      g[i] = p - q;
    }
    total += loss;
    std::printf("%.9f", loss);
    for (double v : g) std::printf(" %.9f", v);
    std::printf("\n");
  }
  std::printf("%.9f\n", total / r);
}
