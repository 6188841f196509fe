#pragma once
// Where the terminal's project round gets its résumé (docs/resume.md, "The project round"):
// `--resume FILE` reads the file on the fly and stores nothing; `--resume ID` is a saved résumé;
// without either, the most recently saved one, if any.
#include <optional>
#include <string>

#include "bank/bank.hpp"
#include "cli/context.hpp"
#include "interview/resume_round.hpp"

namespace kkori::cli {

// `arg` empty = the latest saved résumé (nullopt when none is saved or there is no database yet).
Result<std::optional<interview::ResumeQuestions>> load_round_resume(const Context& ctx, const bank::Bank& bank,
                                                                    const std::string& arg);

}  // namespace kkori::cli
