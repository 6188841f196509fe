// Reference in C++: IoU > t compared exactly in integers (inter * 1000 > t_milli * union).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

struct Box {
  long long x1, y1, x2, y2;
  double score;
  int cls, id;
};

int main() {
  int n;
  double t;
  if (std::scanf("%d %lf", &n, &t) != 2) return 1;
  const long long t_milli = std::llround(t * 1000);
  std::vector<Box> b(n);
  for (int i = 0; i < n; ++i) {
    std::scanf("%lld %lld %lld %lld %lf %d", &b[i].x1, &b[i].y1, &b[i].x2, &b[i].y2, &b[i].score, &b[i].cls);
    b[i].id = i + 1;
  }
  std::stable_sort(b.begin(), b.end(), [](const Box& p, const Box& q) { return p.score > q.score; });
  std::vector<Box> kept;
  for (const auto& x : b) {
    bool keep = true;
    for (const auto& k : kept) {
      if (k.cls != x.cls) continue;
      long long iw = std::min(x.x2, k.x2) - std::max(x.x1, k.x1), ih = std::min(x.y2, k.y2) - std::max(x.y1, k.y1);
      long long inter = iw > 0 && ih > 0 ? iw * ih : 0;
      long long uni = (x.x2 - x.x1) * (x.y2 - x.y1) + (k.x2 - k.x1) * (k.y2 - k.y1) - inter;
      if (uni > 0 && inter * 1000 > t_milli * uni) keep = false;
    }
    if (keep) kept.push_back(x);
  }
  std::printf("%zu\n", kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) std::printf("%d%c", kept[i].id, i + 1 < kept.size() ? ' ' : '\n');
  if (kept.empty()) std::printf("\n");
}
