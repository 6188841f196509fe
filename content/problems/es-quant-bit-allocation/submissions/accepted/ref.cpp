// Reference in C++: a base-3 counter over all 3^n assignments, in lexicographic order.
#include <cstdio>
#include <cstdlib>
#include <vector>

int main() {
  int n;
  long long m;
  if (std::scanf("%d %lld", &n, &m) != 2) return 1;
  std::vector<long long> p(n), e(3 * n);
  for (int i = 0; i < n; ++i) std::scanf("%lld %lld %lld %lld", &p[i], &e[3 * i], &e[3 * i + 1], &e[3 * i + 2]);
  const int bits[3] = {2, 4, 8};
  int total = 1;
  for (int i = 0; i < n; ++i) total *= 3;
  long long best = -1;
  std::vector<int> best_pick, pick(n);
  for (int code = 0; code < total; ++code) {
    int c = code;
    for (int i = n - 1; i >= 0; --i) pick[i] = c % 3, c /= 3;  // layer 0 is the most significant digit
    bool ok = true;
    long long used = 0, err = 0;
    for (int i = 0; i < n && ok; ++i) {
      if (i > 0 && std::abs(pick[i] - pick[i - 1]) > 1) ok = false;
      used += p[i] * bits[pick[i]];
      err += e[3 * i + pick[i]];
    }
    if (!ok || used > 8 * m) continue;
    if (best < 0 || err < best) best = err, best_pick = pick;
  }
  if (best < 0) {
    std::puts("-1");
    return 0;
  }
  std::printf("%lld\n", best);
  for (int i = 0; i < n; ++i) std::printf("%d%c", bits[best_pick[i]], i + 1 < n ? ' ' : '\n');
}
