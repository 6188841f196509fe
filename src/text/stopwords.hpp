#pragma once
// Function words that carry no content in an answer, Korean and English (our own lists), and
// negation words, whose mismatch flips the meaning of otherwise similar sentences.
#include <string_view>

namespace kkori::text {

// `stem` is a stemmed, normalised word (Stemmer::stem).
bool is_stop_word(std::string_view stem);
bool is_negation(std::string_view stem);

// The stem of the word with the opposite meaning ("increas" -> "decreas", "open" -> "close",
// "증가" -> "감소"), or "" when the word has none in our list.
std::string_view antonym(std::string_view stem);

// Words of a closed set whose members exclude each other (colours, weekdays, man/woman ...):
// {set, member} with set > 0, or {0, 0} for any other word. Two stems with the same set and a
// different member contradict each other ("red shirt" / "blue shirt"); forms of one member
// ("흰", "하얀", "white") share the member.
struct Contrast {
  int set = 0;
  int member = 0;
};
Contrast contrast(std::string_view stem);

}  // namespace kkori::text
