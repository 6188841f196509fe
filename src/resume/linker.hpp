#pragma once
// From a glossary concept to the bank questions about it: a question whose id names the concept
// ("genai.lora" for LoRA) comes first, then questions whose prompt names it; tags and keypoint
// terms break ties. Project and behavioral questions are never technology questions.
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"

namespace kkori::resume {

struct Link {
  const Question* question = nullptr;
  // Higher is closer: 7 the id is the concept, 6 the id names the concept's id, 5 one of its forms,
  // 3 only the prompt names it; +1 each for the prompt (after an id match), the tags, the keypoint
  // terms (1-2: only tags or keypoint terms name it).
  int score = 0;
};

struct Links {
  std::vector<Link> best;  // at most the limit asked for, best first
  std::size_t naming = 0;  // bank questions whose id or prompt names the concept: many = a general concept
};

class BankLinker {
 public:
  // REQUIRES: `bank` outlives the linker.
  explicit BankLinker(const bank::Bank& bank);

  // At most `limit` questions about concept `c`, best first.
  Links links(const Concept& c, std::size_t limit = 3) const;
  const bank::Bank& bank() const { return bank_; }

 private:
  struct Entry {
    const Question* question;
    std::string slug, prompt, tags, terms;  // folded
  };
  const bank::Bank& bank_;
  std::vector<Entry> entries_;
};

}  // namespace kkori::resume
