#pragma once
// Sparse vectors over hashed features (n-grams, stems), sorted by key, for cosine similarity.
// Written here rather than taken from a library: the vectors are tiny (tens of entries), and a
// merge-join over two sorted arrays beats any general sparse-matrix package at this size.
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace kkori::grade {

struct SparseVec {
  std::vector<std::pair<std::uint64_t, float>> entries;  // sorted by key, unique keys, L2 norm 1 (or empty)
};

// Distinct keys with how often each occurs, sorted by key.
using KeyCounts = std::vector<std::pair<std::uint64_t, std::uint32_t>>;
KeyCounts count_keys(std::vector<std::uint64_t> keys);
// `all` less `part` (part's keys counted in all), keys whose count drops to 0 left out.
KeyCounts subtract_counts(const KeyCounts& all, const KeyCounts& part);

// Weighs each key by 1 + log(count) (sublinear tf), L2-normalises.
SparseVec make_tf_vector(const KeyCounts& counts);

// The same with each key's weight multiplied by idf(key) (TF-IDF).
template <class Idf>
SparseVec make_tfidf_vector(const KeyCounts& counts, const Idf& idf) {
  SparseVec v = make_tf_vector(counts);
  double norm2 = 0.0;
  for (auto& e : v.entries) {
    e.second *= static_cast<float>(idf(e.first));
    norm2 += static_cast<double>(e.second) * e.second;
  }
  if (norm2 > 0.0) {
    auto inv = static_cast<float>(1.0 / __builtin_sqrt(norm2));
    for (auto& e : v.entries) e.second *= inv;
  }
  return v;
}

// Dot product of two normalised vectors = their cosine, in [0, 1] for non-negative weights.
double cosine(const SparseVec& a, const SparseVec& b);

}  // namespace kkori::grade
