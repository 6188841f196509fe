#include "grade/sparse.hpp"

#include <algorithm>
#include <cmath>

namespace kkori::grade {

SparseVec make_tf_vector(std::vector<std::uint64_t> keys) {
  SparseVec v;
  std::sort(keys.begin(), keys.end());
  double norm2 = 0.0;
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i;
    while (j < keys.size() && keys[j] == keys[i]) ++j;
    auto w = static_cast<float>(1.0 + std::log(static_cast<double>(j - i)));
    v.entries.emplace_back(keys[i], w);
    norm2 += static_cast<double>(w) * w;
    i = j;
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
