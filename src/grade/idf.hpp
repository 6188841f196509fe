#pragma once
// Inverse document frequencies of stems and character n-grams, counted over a corpus the grader
// is given once (the bank's prompts and answers, shipped with the product). Words the corpus never
// saw weigh most, which is what a rare technical term deserves.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/error.hpp"
#include "text/analyze.hpp"

namespace kkori::grade {

class Idf {
 public:
  void add_document(const text::Analysis& a);
  // log((1 + N) / (1 + df)) + 1 (scikit-learn's smoothed form); 1 for everything when N = 0.
  double word(std::uint64_t stem_id) const { return weight(words_, stem_id); }
  double gram(std::uint64_t gram) const { return weight(grams_, gram); }
  std::uint32_t documents() const { return docs_; }
  std::size_t word_count() const { return words_.size(); }  // distinct stems with a frequency
  std::size_t gram_count() const { return grams_.size(); }  // distinct n-grams with a frequency
  // Weights raised to `p` (1: plain IDF; 0: uniform). Experiments only.
  void set_power(double p) { power_ = p; }

  // The counts as bytes, little-endian: u32 N, u32 n, n × (u64 stem, u32 df), the same for
  // n-grams; keys ascending, so equal counts give equal bytes (kkori-grade-data ships them).
  std::string to_bytes() const;
  // The inverse of to_bytes(); a short or inconsistent blob is an error naming `origin` and the
  // byte offset, never a crash.
  static Result<Idf> from_bytes(std::string_view bytes, std::string_view origin = "grade data");

  // Same documents and frequencies (the power is not compared).
  bool operator==(const Idf& o) const { return docs_ == o.docs_ && words_ == o.words_ && grams_ == o.grams_; }

 private:
  double weight(const std::unordered_map<std::uint64_t, std::uint32_t>& df, std::uint64_t k) const;

  std::unordered_map<std::uint64_t, std::uint32_t> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> grams_;
  std::uint32_t docs_ = 0;
  double power_ = 1.0;
};

}  // namespace kkori::grade
