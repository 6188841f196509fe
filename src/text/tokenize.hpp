#pragma once
// Splitting normalised text into tokens at spaces, punctuation and script changes
// ("query와" -> "query", "와"; "d_k" -> "d", "k"; "gpt4" -> "gpt", "4").
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.hpp"

namespace kkori::text {

struct Token {
  std::string text;
  Script script = Script::other_letter;
  std::size_t begin = 0;  // byte offsets into the tokenised string
  std::size_t end = 0;
};

// REQUIRES: `normalized` went through normalize() (the function does not case-fold itself).
std::vector<Token> tokenize(std::string_view normalized);

// Overlapping character n-grams of one token ("발산" n=2 -> {"발산"}; "쿨백라" -> {"쿨백","백라"}).
// A token shorter than n yields itself.
std::vector<std::string> char_ngrams(std::string_view token, std::size_t n);

}  // namespace kkori::text
