// Reference in C++: the same stable formulas with long double accumulation.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
  int r, k;
  if (std::scanf("%d %d", &r, &k) != 2) return 1;
  std::vector<double> x(k), q(k);
  long double total = 0;
  for (int row = 0; row < r; ++row) {
    int y;
    double eps;
    std::scanf("%d %lf", &y, &eps);
    for (auto& v : x) std::scanf("%lf", &v);
    const double m = *std::max_element(x.begin(), x.end());
    long double s = 0;
    for (double v : x) s += std::exp(static_cast<long double>(v - m));
    const long double lse = m + std::log(s);
    long double loss = 0;
    for (int i = 0; i < k; ++i) {
      q[i] = eps / k + (i == y - 1 ? 1.0 - eps : 0.0);
      loss += q[i] * (lse - x[i]);
    }
    total += loss;
    std::printf("%.9Lf", loss);
    for (int i = 0; i < k; ++i) std::printf(" %.9Lf", std::exp(x[i] - lse) - q[i]);
    std::printf("\n");
  }
  std::printf("%.9Lf\n", total / r);
}
