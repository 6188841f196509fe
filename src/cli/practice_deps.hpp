#pragma once
// What every practice command opens first: the bank, the grader over it, the user's store.
#include <memory>
#include <optional>

#include "cli/context.hpp"
#include "interview/answer_grader.hpp"
#include "json/json.hpp"
#include "store/store.hpp"

namespace kkori::cli {

struct PracticeDeps {
  const bank::Bank* bank = nullptr;
  std::unique_ptr<interview::AnswerGrader> grader;
  std::unique_ptr<store::Store> store;
};

// Opens all three or reports the first failure on ctx (and returns nullopt).
std::optional<PracticeDeps> open_practice(Context& ctx);

// Scripted answers: a JSONL file of objects with a string "answer" (other keys kept).
Result<std::vector<Json>> read_scripted_answers(const std::string& path);

}  // namespace kkori::cli
