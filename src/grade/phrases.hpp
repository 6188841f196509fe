#pragma once
// Finding phrases (keypoint terms, glossary forms) in an analysed answer. A phrase is its sequence
// of stem ids, so "셀프 어텐션을" meets the term "셀프 어텐션" and "gradients vanish" meets
// "vanishing gradient"'s stems only when the words line up.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/glossary.hpp"
#include "text/analyze.hpp"

namespace kkori::grade {

struct Phrase {
  std::vector<std::uint64_t> ids;  // stems in order
  // Terms made only of one-letter words and symbols ("P = Q", "1-β^t") would match any formula;
  // they must appear character for character (compact_form) instead.
  bool symbolic = false;
  std::string compact;
  bool operator==(const Phrase&) const = default;
};

Phrase make_phrase(const text::Analyzer& analyzer, std::string_view text);

// True when `p` occurs as consecutive words of sentence `sentence` of `a` (any sentence if < 0).
bool occurs(const text::Analysis& a, const Phrase& p, int sentence = -1);

// The sentences (indexes, ascending, unique) in which `p` occurs: one pass over the words.
std::vector<std::uint32_t> sentences_with(const text::Analysis& a, const Phrase& p);

// Surface form -> concept, from the glossary: expands a term to every form of its concept so a
// Korean answer meets an English keypoint and back.
class ConceptIndex {
 public:
  ConceptIndex() = default;
  ConceptIndex(const Glossary& glossary, const text::Analyzer& analyzer);

  // The phrases of `terms` plus every form of each concept a term names (deduplicated).
  // `texts`, when given, receives the surface text of each returned phrase.
  std::vector<Phrase> expand(std::span<const std::string> terms, const text::Analyzer& analyzer,
                             std::vector<std::string>* texts = nullptr) const;

 private:
  std::vector<std::vector<std::pair<Phrase, std::string>>> forms_;  // per concept
  std::unordered_map<std::string, std::size_t> by_;                 // phrase key -> concept
};

}  // namespace kkori::grade
