#pragma once
// Looking words up in folded text (fold.hpp): ASCII words as whole words (a plural "s"
// allowed), Korean words anywhere (particles and endings follow them).
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace kkori::resume {

// The folded-text position of the first `word` in `folded`, or npos.
std::size_t find_word(std::string_view folded, std::string_view word, std::size_t from = 0);
inline bool has_word(std::string_view folded, std::string_view word) {
  return find_word(folded, word) != std::string_view::npos;
}
// True when any of `words` occurs.
bool has_any(std::string_view folded, std::initializer_list<std::string_view> words);

}  // namespace kkori::resume
