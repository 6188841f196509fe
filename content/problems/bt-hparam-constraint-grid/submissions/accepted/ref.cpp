// Reference in C++: plain backtracking over every full assignment, rules checked at the later
// parameter (at most 4^10 leaves).
#include <cstdio>
#include <utility>
#include <vector>

int n, m;
std::vector<int> d, value, first;
std::vector<std::vector<std::vector<std::pair<int, int>>>> banned;
long long count = 0;

void go(int i) {
  if (i == n) {
    if (count++ == 0) first = value;
    return;
  }
  for (int y = 0; y < d[i]; ++y) {
    bool ok = true;
    for (auto [a, x] : banned[i][y])
      if (value[a] == x) ok = false;
    if (!ok) continue;
    value[i] = y;
    go(i + 1);
  }
}

int main() {
  if (std::scanf("%d %d", &n, &m) != 2) return 1;
  d.resize(n);
  value.assign(n, 0);
  banned.resize(n);
  for (int i = 0; i < n; ++i) {
    std::scanf("%d", &d[i]);
    banned[i].resize(d[i]);
  }
  for (int r = 0; r < m; ++r) {
    int a, x, b, y;
    std::scanf("%d %d %d %d", &a, &x, &b, &y);
    --a, --x, --b, --y;
    if (a > b) std::swap(a, b), std::swap(x, y);
    banned[b][y].push_back({a, x});
  }
  go(0);
  std::printf("%lld\n", count);
  if (count > 0)
    for (int i = 0; i < n; ++i) std::printf("%d%c", first[i] + 1, i + 1 < n ? ' ' : '\n');
}
