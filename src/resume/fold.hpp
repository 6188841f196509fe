#pragma once
// Folding that remembers where each byte came from: NFKC + case folding (text::normalize, one
// code point at a time), hyphens, underscores and runs of white space as one space. Matches are
// found in the folded text and reported as spans of the original.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kkori::resume {

struct Folded {
  std::string text;
  // origin[i]: the original byte where the code point that produced folded byte i starts;
  // origin[text.size()] is the end of the folded range in the original.
  std::vector<std::size_t> origin;

  std::size_t original_begin(std::size_t i) const { return origin[i]; }
  // The original end of a match that ends at folded byte `i` (exclusive).
  std::size_t original_end(std::size_t i) const { return origin[i]; }
};

// Folds original[begin, end).
Folded fold(std::string_view original, std::size_t begin, std::size_t end);
inline Folded fold(std::string_view original) { return fold(original, 0, original.size()); }
// The folded form of a short phrase (a glossary form), without positions.
std::string fold_phrase(std::string_view phrase);

}  // namespace kkori::resume
