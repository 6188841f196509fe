#pragma once
// What the grader measures between an answer and a reference (or two sentences). Each feature is
// a number with a plain meaning so a score can be explained; model.hpp combines them.
#include <cstdint>
#include <string_view>
#include <vector>

#include "grade/idf.hpp"
#include "grade/sparse.hpp"
#include "text/analyze.hpp"

namespace kkori::grade {

// A text prepared once for comparisons (references are reused across many answers).
struct Doc {
  text::Analysis an;
  std::vector<std::uint64_t> content;  // sorted unique stems of content words (no stop words)
  std::vector<std::uint32_t> first;    // for each content stem, index of its first word in an.words
  std::vector<std::vector<std::uint64_t>> word_grams;  // for each content stem, its word's sorted n-grams
  std::vector<std::uint64_t> numbers;  // sorted unique number tokens
  SparseVec grams;                     // TF-IDF character n-grams of all content words
  SparseVec grams_new;                 // the same without the question's words (set by demote())
  int negations = 0;
};

Doc make_doc(const text::Analyzer& analyzer, std::string_view text, const Idf& idf);

// Fills `d.grams_new` for comparisons under `question` ("question demotion").
void demote(Doc& d, const Doc& question, const Idf& idf);

struct PairFeatures {
  double grams = 0;          // char n-gram TF-IDF cosine
  double grams_new = 0;      // the same, leaving out words of the question ("question demotion")
  double recall = 0;         // IDF-weighted share of the reference's new content words in the answer
  double soft_recall = 0;    // the same, a misspelt or derived word counting by its n-gram overlap
  double precision = 0;      // IDF-weighted share of the answer's new content words in the reference
  double negation = 0;       // 1 when exactly one side is negated
  double opposite = 0;       // share of the reference's new words whose opposite the answer says instead
  double numbers = 0;        // 1 when both have numbers and they differ
  double length = 0;         // log(1 + new content words in the answer)
  double ref_length = 0;     // log(1 + new content words in the reference)
  double question_only = 0;  // share of the answer's content words that only repeat the question
  double references = 0;     // log(number of references the best is taken from): more chances, higher max
};

// `question` may be null (no demotion: the "new" features equal the plain ones); when it is not,
// both docs went through demote() with it.
PairFeatures pair_features(const Doc& answer, const Doc& reference, const Doc* question, const Idf& idf);

}  // namespace kkori::grade
