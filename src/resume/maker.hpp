#pragma once
// Everything from résumé text to questions, with the glossary index and the bank links built
// once (a server keeps one Maker for every request).
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "resume/analyze.hpp"
#include "resume/linker.hpp"
#include "resume/questions.hpp"

namespace kkori::resume {

struct Report {
  Findings findings;
  std::vector<ProjectQuestions> projects;
};

class Maker {
 public:
  // REQUIRES: `bank` outlives the maker.
  explicit Maker(const bank::Bank& bank) : finder_(bank.glossary), linker_(bank) {}

  Report make(std::string_view text) const {
    Report r;
    r.findings = analyze(text, finder_);
    r.projects = make_questions(text, r.findings, finder_.glossary(), linker_);
    return r;
  }

 private:
  ConceptFinder finder_;
  BankLinker linker_;
};

}  // namespace kkori::resume
