#pragma once
// One pass over an answer or reference: sentences, stemmed words and character n-grams, the
// material every similarity and coverage measure in grade/ works on.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/stem.hpp"

namespace kkori::text {

struct Sentence {
  std::size_t begin = 0;  // byte offsets into the analysed (original, unnormalised) text
  std::size_t end = 0;
};

struct Word {
  std::string stem;
  std::uint64_t id = 0;  // hash of `stem`
  std::uint32_t sentence = 0;
  bool stop = false;
  bool negation = false;
  bool number = false;
  std::uint32_t gram_begin = 0;  // this word's n-grams: Analysis::grams[gram_begin, gram_end)
  std::uint32_t gram_end = 0;
};

struct Analysis {
  std::vector<Sentence> sentences;
  std::vector<Word> words;           // in text order, stop words included (phrases need them)
  std::vector<std::uint64_t> grams;  // hashed character n-grams of the words, with repeats
  std::vector<std::string> compact;  // per sentence: normalised, whitespace removed ("p=q")
};

// Normalised with whitespace removed: how symbol-heavy terms ("P = Q", "1-β^t") are compared.
std::string compact_form(std::string_view text);

std::uint64_t hash_bytes(std::string_view s, std::uint64_t seed = 0xcbf29ce484222325ULL);

// Splits at . ! ? 。 ; and line breaks that end a sentence (a '.' inside "0.5" or "e.g." does not).
std::vector<Sentence> split_sentences(std::string_view text);

class Analyzer {
 public:
  // `stems` (may be null): precomputed Hangul stems, consulted before hunspell-ko (Stemmer).
  explicit Analyzer(std::shared_ptr<const StemTable> stems = nullptr) : stemmer_(std::move(stems)) {}
  Analysis analyze(std::string_view text) const;
  // Stems of a short phrase (a keypoint term, a glossary form), stop words kept, in order.
  std::vector<std::uint64_t> phrase(std::string_view text) const;
  const Stemmer& stemmer() const { return stemmer_; }

 private:
  Stemmer stemmer_;
};

}  // namespace kkori::text
