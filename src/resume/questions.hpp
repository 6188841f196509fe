#pragma once
// Interview questions for each project of a résumé (docs/resume.md):
//  - template questions: the project area of the bank (purpose, approach, why this algorithm,
//    data, how the data was rebuilt, why that metric, team and role, hardest part, what to
//    improve), pointed at the words of the project they are about;
//  - technology questions: for the concepts found, the bank question about each (LoRA ->
//    genai.lora), each bank question at most once per résumé;
//  - claim questions: built from the claim's own words ("You wrote “2.1초 → 0.6초”: how was it
//    measured, and what was the bottleneck?"), graded with the project question that fits.
// Between 10 and 15 per project when the bank has the project templates; no text twice.
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "resume/analyze.hpp"
#include "resume/linker.hpp"

namespace kkori::resume {

enum class QuestionKind { template_question, technology, claim };

struct ResumeQuestion {
  Bilingual text;
  QuestionKind kind = QuestionKind::template_question;
  Span source;             // the résumé words the question is about
  std::string bank_id;     // the bank question whose rubric grades the answer; empty when none
  std::string concept_id;  // technology questions: the glossary concept
  std::string key;         // template: its name; claim: "<topic>.<shape>"; technology: the concept id
};

struct ProjectQuestions {
  std::string title;
  std::string context;
  Span span;
  Span title_span;
  std::vector<ResumeQuestion> questions;
};

inline constexpr std::size_t kMinQuestions = 10;
inline constexpr std::size_t kMaxQuestions = 15;

// REQUIRES: `findings` was made from `text` with the glossary of `linker`'s bank.
std::vector<ProjectQuestions> make_questions(std::string_view text, const Findings& findings, const Glossary& glossary,
                                             const BankLinker& linker);

std::string_view to_string(QuestionKind k);

}  // namespace kkori::resume
