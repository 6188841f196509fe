#pragma once
// The subcommand table: each entry adds its subcommands (and their callbacks) to the app.
#include "cli/cli11.hpp"
#include "cli/context.hpp"

namespace kkori::cli {

using AddCommands = void (*)(CLI::App& app, Context& ctx);

void add_bank_commands(CLI::App& app, Context& ctx);
void add_store_commands(CLI::App& app, Context& ctx);
void add_srs_commands(CLI::App& app, Context& ctx);
void add_review_commands(CLI::App& app, Context& ctx);
void add_serve_commands(CLI::App& app, Context& ctx);
void add_interview_commands(CLI::App& app, Context& ctx);
void add_grade_commands(CLI::App& app, Context& ctx);
void add_track_commands(CLI::App& app, Context& ctx);
void add_resume_commands(CLI::App& app, Context& ctx);
void add_judge_commands(CLI::App& app, Context& ctx);

inline constexpr AddCommands kCommandTable[] = {
    add_bank_commands,   add_store_commands, add_srs_commands,   add_grade_commands,  add_interview_commands,
    add_review_commands, add_serve_commands, add_track_commands, add_resume_commands, add_judge_commands,
};

}  // namespace kkori::cli
