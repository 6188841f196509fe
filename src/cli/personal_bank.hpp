#pragma once
// Joins the user's personal questions (kkori track, docs/tracker.md) to the loaded bank, so
// drills, interviews, reviews and search find them. Only when the database file already exists:
// loading the bank never creates one.
#include "bank/bank.hpp"
#include "cli/context.hpp"

namespace kkori::cli {

// Problems reading the personal questions are warnings on ctx.err; the bank loads regardless.
void add_personal_questions(Context& ctx, bank::Bank& bank);

}  // namespace kkori::cli
