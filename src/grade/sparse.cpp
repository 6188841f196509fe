#include "grade/sparse.hpp"

#include <algorithm>
#include <cmath>

namespace kkori::grade {

KeyCounts count_keys(std::vector<std::uint64_t> keys) {
  KeyCounts out;
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    out.emplace_back(keys[i], static_cast<std::uint32_t>(j - i));
    i = j;
  }
  return out;
}

KeyCounts subtract_counts(const KeyCounts& all, const KeyCounts& part) {
  KeyCounts out;
  out.reserve(all.size());
  auto p = part.begin();
  for (const auto& [k, n] : all) {
    while (p != part.end() && p->first < k) ++p;
    const std::uint32_t less = p != part.end() && p->first == k ? std::min(n, p->second) : 0;
    if (n > less) out.emplace_back(k, n - less);
  }
  return out;
}

SparseVec make_tf_vector(const KeyCounts& counts) {
  SparseVec v;
  v.entries.reserve(counts.size());
  double norm2 = 0.0;
  for (const auto& [k, n] : counts) {
    auto w = static_cast<float>(1.0 + std::log(static_cast<double>(n)));
    v.entries.emplace_back(k, w);
    norm2 += static_cast<double>(w) * w;
  }
  if (norm2 > 0.0) {
    auto inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (auto& e : v.entries) e.second *= inv;
  }
  return v;
}

double cosine(const SparseVec& a, const SparseVec& b) {
  double dot = 0.0;
  auto i = a.entries.begin(), j = b.entries.begin();
  while (i != a.entries.end() && j != b.entries.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += static_cast<double>(i->second) * j->second;
      ++i;
      ++j;
    }
  }
  return std::clamp(dot, 0.0, 1.0);
}

}  // namespace kkori::grade
