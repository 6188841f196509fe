#pragma once
// Finding glossary concepts (LoRA, 양자화, retrieval-augmented generation, ...) in résumé text.
// Every surface form of every concept is looked up at word starts of the folded text; the
// longest form wins where forms overlap ("QLoRA" is not "LoRA"). Abbreviations of up to three
// letters match with their case ("RAG", not "rag"); English forms match whole words (a plural
// "s" allowed); Korean forms take particles after them ("LoRA를", "양자화로").
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/glossary.hpp"
#include "resume/document.hpp"
#include "resume/fold.hpp"

namespace kkori::resume {

struct ConceptHit {
  std::size_t concept_index = 0;  // into Glossary::concepts
  Span span;                      // the surface form as written
};

class ConceptFinder {
 public:
  // REQUIRES: `glossary` outlives the finder.
  explicit ConceptFinder(const Glossary& glossary);

  // Hits in original[begin, end), in text order, non-overlapping.
  std::vector<ConceptHit> find(std::string_view original, std::size_t begin, std::size_t end,
                               const std::vector<Line>& lines) const;

  const Glossary& glossary() const { return glossary_; }

 private:
  struct Form {
    std::string folded;
    std::string exact;  // non-empty: must equal the original bytes (short abbreviations)
    std::size_t concept_index = 0;
  };
  const Glossary& glossary_;
  std::vector<Form> forms_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;  // first word / two syllables -> forms
};

}  // namespace kkori::resume
