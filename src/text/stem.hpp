#pragma once
// Reduces a token to the form words are compared in: Snowball (libstemmer) for Latin script;
// for Hangul, hunspell-ko (Debian hunspell-ko) plus our particle/ending list for words the
// dictionary does not know (loanwords such as 어텐션은, coinages such as 정규화하는).
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/unicode.hpp"

namespace kkori::text {

// Hangul token -> its stem, computed ahead of time (kkori-grade-data ships the bank's): a Stemmer
// answers from it without loading hunspell-ko. Read-only, shared between stemmers.
using StemTable = std::unordered_map<std::string, std::string>;

class Stemmer {
 public:
  // hunspell-ko is loaded on the first Hangul word that needs it (about 0.5 s), so English-only
  // work never pays for it. Without the dictionary files only the suffix list is used. `seed`
  // (may be null) holds Hangul stems computed earlier the same way; it is consulted first.
  explicit Stemmer(std::shared_ptr<const StemTable> seed = nullptr);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // `token` is one normalised token of one script (tokenize()). Results are memoised; safe to
  // call from several threads.
  std::string stem(std::string_view token, Script script) const;

  // Every Hangul token stemmed so far (and the seed's), with its stem, sorted by token: what the
  // build ships so that start-up needs no dictionary.
  std::vector<std::pair<std::string, std::string>> hangul_memo() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The suffix-list half of Korean stemming alone (pure; exposed for tests):
// "어텐션은" -> "어텐션", "정규화하는" -> "정규화", "데이터를" -> "데이터".
std::string strip_korean_suffix(std::string_view word);

}  // namespace kkori::text
