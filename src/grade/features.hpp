#pragma once
// What the grader measures between an answer and a reference (or two sentences). Each feature is
// a number with a plain meaning so a score can be explained; model.hpp combines them.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "grade/idf.hpp"
#include "grade/sparse.hpp"
#include "text/analyze.hpp"
#include "text/stopwords.hpp"

namespace kkori::grade {

// A text prepared once for comparisons (references are reused across many answers). Per content
// stem (the vectors below run parallel to `content`) it keeps what the comparisons look up.
struct Doc {
  text::Analysis an;
  std::vector<std::uint64_t> content;    // sorted unique stems of content words (no stop words)
  std::vector<std::uint32_t> first;      // for each content stem, index of its first word in an.words
  std::vector<std::uint64_t> gram_keys;  // the content stems' sorted unique n-grams, one after another
  std::vector<std::uint32_t> gram_end;   // for each content stem, where its n-grams end in gram_keys
  std::vector<double> weight;            // for each content stem, its IDF
  std::vector<std::uint64_t> opposite;   // for each content stem, the hash of its antonym's stem (0: none)
  std::vector<text::Contrast> contrast;  // for each content stem, its closed contrast set (colours ...)
  std::vector<bool> negated;             // for each content stem: some occurrence is in a negation's scope
  std::vector<std::pair<std::uint64_t, std::uint32_t>> gram_index;  // (n-gram, content index), sorted
  std::vector<std::uint64_t> bigrams;  // sorted unique hashes of neighbouring content stems in a sentence
  std::vector<std::uint64_t> numbers;  // sorted unique number tokens
  SparseVec grams;                     // TF-IDF character n-grams of all content words
  SparseVec grams_new;                 // the same without the question's words (make_doc with a question)
  int negations = 0;
  bool has_contrast = false;  // some content stem belongs to a contrast set

  // The sorted unique n-grams of content stem `i`'s word (one flat array rather than a vector per
  // word: fewer allocations per answer).
  std::span<const std::uint64_t> word_grams(std::size_t i) const {
    const std::uint32_t b = i == 0 ? 0 : gram_end[i - 1];
    return {gram_keys.data() + b, gram_end[i] - b};
  }
};

// With a `question`, `grams_new` leaves out the n-grams of the words it says ("question demotion").
Doc make_doc(const text::Analyzer& analyzer, std::string_view text, const Idf& idf, const Doc* question = nullptr);

// The best similarity of `from`'s content stem `i` to any content stem of `to`: 1 for the same stem,
// else the Dice overlap of the two words' n-gram sets ("conected" ~ "connect"). `hits` is scratch.
double best_match(const Doc& from, std::size_t i, const Doc& to, std::vector<std::uint16_t>& hits);

// "New" words below are those the question does not say (all words when there is no question).
struct PairFeatures {
  double grams = 0;            // char n-gram TF-IDF cosine
  double grams_new = 0;        // the same, leaving out words of the question ("question demotion")
  double recall = 0;           // IDF-weighted share of the reference's new content words in the answer
  double soft_recall = 0;      // the same, a misspelt or derived word counting by its n-gram overlap (>= 0.5)
  double precision = 0;        // IDF-weighted share of the answer's new content words in the reference
  double align_recall = 0;     // IDF-weighted mean, over the reference's new words, of best_match in the answer
  double align_precision = 0;  // the same from the answer's new words to the reference
  double key_recall = 0;       // align_recall over all references, each word weighted by the share of
                               // references that say it (the grader sets it; one reference: align_recall)
  double bigrams = 0;          // share of the reference's neighbouring content-word pairs the answer says too
  double negation = 0;         // 1 when exactly one side is negated
  double neg_mismatch = 0;     // IDF-weighted share of the shared new words negated on one side only
  double opposite = 0;         // share of the reference's new words whose opposite (or contrast) the answer says
  double numbers = 0;          // 1 when both have numbers and they differ
  double unmatched = 0;        // log(1 + the reference's new words with no answer word close to them)
  double length = 0;           // log(1 + new content words in the answer)
  double ref_length = 0;       // log(1 + new content words in the reference)
  double question_only = 0;    // share of the answer's content words that only repeat the question
  double question_sim = 0;     // char n-gram cosine of the answer and the question
  double references = 0;       // log(number of references the best is taken from): more chances, higher max
  // With several references the grader sets these to the mean over all of them (how much of the
  // whole set of acceptable answers the answer meets); with one they stay 0.
  double mean_grams = 0;
  double mean_align_recall = 0;
  double mean_align_precision = 0;
};

// `question` may be null (no demotion: the "new" features equal the plain ones); when it is not,
// both docs were made with it.
PairFeatures pair_features(const Doc& answer, const Doc& reference, const Doc* question, const Idf& idf);

}  // namespace kkori::grade
