#pragma once
// Plugs the real grader (grade/) into the interview engine's AnswerGrader interface.
#include <memory>

#include "bank/bank.hpp"
#include "core/error.hpp"
#include "interview/answer_grader.hpp"

namespace kkori::cli {

// REQUIRES: `bank` outlives the grader.
Result<std::unique_ptr<interview::AnswerGrader>> make_answer_grader(const bank::Bank& bank);

}  // namespace kkori::cli
