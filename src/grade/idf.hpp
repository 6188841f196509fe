#pragma once
// Inverse document frequencies of stems and character n-grams, counted over a corpus the grader
// is given once (the bank's prompts and answers, shipped with the product). Words the corpus never
// saw weigh most, which is what a rare technical term deserves.
#include <cstdint>
#include <unordered_map>

#include "text/analyze.hpp"

namespace kkori::grade {

class Idf {
 public:
  void add_document(const text::Analysis& a);
  // log((1 + N) / (1 + df)) + 1 (scikit-learn's smoothed form); 1 for everything when N = 0.
  double word(std::uint64_t stem_id) const { return weight(words_, stem_id); }
  double gram(std::uint64_t gram) const { return weight(grams_, gram); }
  std::uint32_t documents() const { return docs_; }
  // Weights raised to `p` (1: plain IDF; 0: uniform). Experiments only.
  void set_power(double p) { power_ = p; }

 private:
  double weight(const std::unordered_map<std::uint64_t, std::uint32_t>& df, std::uint64_t k) const;

  std::unordered_map<std::uint64_t, std::uint32_t> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> grams_;
  std::uint32_t docs_ = 0;
  double power_ = 1.0;
};

}  // namespace kkori::grade
