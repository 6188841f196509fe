#pragma once
// Terminal pieces shared by sessions and reviews: reading a multi-line answer, printing feedback.
#include <string>

#include "cli/context.hpp"
#include "core/question.hpp"
#include "interview/drill.hpp"

namespace kkori::cli {

enum class Input { answer, hint, skip, quit, eof };

// "/hint", "/skip", "/quit" (and /h, /s, /q) or an answer.
Input classify(const std::string& text);
// Reads lines until an empty line or end of input; a first line that is a command is returned as
// such. Returns eof at end of input (or when `interrupted` is set) with nothing typed.
Input read_answer(Context& ctx, std::string& text, const volatile int* interrupted = nullptr);

std::string bar(double score, int width);
std::string clock_text(std::int64_t ms);
std::string percent(double s);

// Score bar, covered keypoints with the sentence that showed each, missed ones, the model answer.
void print_feedback(Context& ctx, const Question& q, const interview::Turn& t);

}  // namespace kkori::cli
