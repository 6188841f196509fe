#include "grade/idf.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kkori::grade {

void Idf::add_document(const text::Analysis& a) {
  ++docs_;
  std::vector<std::uint64_t> w, g(a.grams);
  for (const auto& word : a.words) w.push_back(word.id);
  for (auto* v : {&w, &g}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  for (auto k : w) ++words_[k];
  for (auto k : g) ++grams_[k];
}

double Idf::weight(const std::unordered_map<std::uint64_t, std::uint32_t>& df, std::uint64_t k) const {
  if (docs_ == 0) return 1.0;
  auto it = df.find(k);
  double n = it == df.end() ? 0.0 : it->second;
  double w = std::log((1.0 + docs_) / (1.0 + n)) + 1.0;
  return power_ == 1.0 ? w : std::pow(w, power_);
}

}  // namespace kkori::grade
