#pragma once
// Full-text search over the bank in Korean and English: prompts, model answers, keypoints and
// glossary forms. Backed by an in-memory SQLite FTS5 index ranked by BM25; the text is
// pre-tokenised by text/ (Hangul as character bigrams, so "경사하강법" meets "경사 하강법" and
// two-syllable words such as "발산" are searchable, which FTS5's trigram tokenizer cannot do),
// and queries are expanded through the glossary ("쿨백" -> KL divergence).
#include <memory>
#include <string>
#include <vector>

#include "bank/bank.hpp"

namespace kkori::bank {

struct SearchHit {
  const Question* question = nullptr;
  double score = 0.0;  // higher is better
};

class SearchIndex {
 public:
  // REQUIRES: `bank` outlives the index.
  static Result<SearchIndex> build(const Bank& bank);
  SearchIndex(SearchIndex&&) noexcept;
  SearchIndex& operator=(SearchIndex&&) noexcept;
  ~SearchIndex();

  Result<std::vector<SearchHit>> search(const std::string& query, int limit) const;

 private:
  struct Impl;
  explicit SearchIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The index terms of a text: normalised Latin/digit words and Hangul character bigrams.
// Exposed for tests.
std::vector<std::string> index_terms(const std::string& text);

}  // namespace kkori::bank
