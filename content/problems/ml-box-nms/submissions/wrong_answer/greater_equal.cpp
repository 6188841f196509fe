// Plausible mistake: suppresses at IoU >= t instead of IoU > t, so a box overlapping a kept one by
// exactly the threshold is dropped. Otherwise correct (class-aware, same order).
#include <algorithm>
#include <cstdio>
#include <vector>

struct Box {
  long long x1, y1, x2, y2;
  double score;
  int cls, id;
};

double iou(const Box& a, const Box& b) {
  long long iw = std::min(a.x2, b.x2) - std::max(a.x1, b.x1), ih = std::min(a.y2, b.y2) - std::max(a.y1, b.y1);
  long long inter = iw > 0 && ih > 0 ? iw * ih : 0;
  long long uni = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter;
  return uni > 0 ? static_cast<double>(inter) / static_cast<double>(uni) : 0.0;
}

int main() {
  int n;
  double t;
  if (std::scanf("%d %lf", &n, &t) != 2) return 1;
  std::vector<Box> b(n);
  for (int i = 0; i < n; ++i) {
    std::scanf("%lld %lld %lld %lld %lf %d", &b[i].x1, &b[i].y1, &b[i].x2, &b[i].y2, &b[i].score, &b[i].cls);
    b[i].id = i + 1;
  }
  std::stable_sort(b.begin(), b.end(), [](const Box& p, const Box& q) { return p.score > q.score; });
  std::vector<Box> kept;
  for (const auto& x : b) {
    bool keep = true;
    for (const auto& k : kept)
      if (k.cls == x.cls && iou(x, k) >= t) keep = false;
    if (keep) kept.push_back(x);
  }
  std::printf("%zu\n", kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) std::printf("%d%c", kept[i].id, i + 1 < kept.size() ? ' ' : '\n');
  if (kept.empty()) std::printf("\n");
}
