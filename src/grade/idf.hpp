#pragma once
// Inverse document frequencies of stems and character n-grams, counted over a corpus the grader
// is given once (the bank's prompts and answers, shipped with the product). Words the corpus never
// saw weigh most, which is what a rare technical term deserves.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "text/analyze.hpp"

namespace kkori::grade {

class Idf {
 public:
  void add_document(const text::Analysis& a);
  // Computes every weight once into flat lookup tables; call it when all documents are in (the
  // Grader does). Adding a document drops the tables. Lookups give the same
  // numbers either way, only faster when frozen.
  void freeze();

  // log((1 + N) / (1 + df)) + 1 (scikit-learn's smoothed form); 1 for everything when N = 0.
  double word(std::uint64_t stem_id) const {
    return frozen_ ? word_table_.find(stem_id, unseen_) : weight(words_, stem_id);
  }
  double gram(std::uint64_t gram) const { return frozen_ ? gram_table_.find(gram, unseen_) : weight(grams_, gram); }
  std::uint32_t documents() const { return docs_; }
  std::size_t word_count() const { return words_.size(); }  // distinct stems with a frequency
  std::size_t gram_count() const { return grams_.size(); }  // distinct n-grams with a frequency
  // Weights raised to `p` (1: plain IDF; 0: uniform). Experiments only.
  void set_power(double p) {
    const bool was = frozen_;
    power_ = p;
    frozen_ = false;
    if (was) freeze();
  }

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
  double weight_of(std::uint32_t df) const;

  // Open addressing with linear probing over the final weights, at most half full: one probe, no
  // log() per lookup. Written here rather than taken from a library (absl::flat_hash_map would do)
  // because it is one read-only table of 64-bit keys that are already hashes.
  class Table {
   public:
    void build(const std::unordered_map<std::uint64_t, std::uint32_t>& df, const Idf& idf);
    double find(std::uint64_t k, double missing) const {
      if (k == kEmpty) return has_empty_key_ ? empty_key_weight_ : missing;
      for (std::size_t i = slot(k);; i = (i + 1) & mask_) {
        if (keys_[i] == k) return weights_[i];
        if (keys_[i] == kEmpty) return missing;
      }
    }

   private:
    static constexpr std::uint64_t kEmpty = 0;
    std::size_t slot(std::uint64_t k) const { return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ULL) >> shift_); }
    std::vector<std::uint64_t> keys_;
    std::vector<double> weights_;
    std::size_t mask_ = 0;
    int shift_ = 64;
    bool has_empty_key_ = false;
    double empty_key_weight_ = 0.0;
  };

  std::unordered_map<std::uint64_t, std::uint32_t> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> grams_;
  std::uint32_t docs_ = 0;
  double power_ = 1.0;
  bool frozen_ = false;
  double unseen_ = 1.0;  // the weight of a key with no frequency (df = 0)
  Table word_table_, gram_table_;
};

}  // namespace kkori::grade
