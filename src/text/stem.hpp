#pragma once
// Reduces a token to the form words are compared in: Snowball (libstemmer) for Latin script;
// for Hangul, hunspell-ko (Debian hunspell-ko) plus our particle/ending list for words the
// dictionary does not know (loanwords such as 어텐션은, coinages such as 정규화하는).
#include <memory>
#include <string>
#include <string_view>

#include "text/unicode.hpp"

namespace kkori::text {

class Stemmer {
 public:
  // hunspell-ko is loaded on the first Hangul word that needs it (about 0.5 s), so English-only
  // work never pays for it. Without the dictionary files only the suffix list is used.
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // `token` is one normalised token of one script (tokenize()). Results are memoised; safe to
  // call from several threads.
  std::string stem(std::string_view token, Script script) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The suffix-list half of Korean stemming alone (pure; exposed for tests):
// "어텐션은" -> "어텐션", "정규화하는" -> "정규화", "데이터를" -> "데이터".
std::string strip_korean_suffix(std::string_view word);

}  // namespace kkori::text
