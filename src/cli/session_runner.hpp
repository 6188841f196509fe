#pragma once
// Runs a drill or an interview in the terminal (or from scripted answers): asks, reads, grades,
// records every attempt as it is given, prints feedback and the report.
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "core/clock.hpp"
#include "interview/report.hpp"
#include "interview/session.hpp"
#include "store/store.hpp"

namespace kkori::cli {

struct RunInput {
  std::optional<std::vector<std::string>> scripted;  // answers in order; nullopt = read the terminal
};

enum class RunEnd { finished, quit, interrupted, error };

// REQUIRES: `session_id` names the session row the attempts belong to.
RunEnd run_session(Context& ctx, const bank::Bank& bank, interview::Interview& iv, store::Store& store,
                   std::int64_t session_id, Clock& clock, RunInput input);

// Prints the report in the terminal (per-topic depth, scores, study list, model answers).
void print_report(Context& ctx, const bank::Bank& bank, const interview::Report& r);

}  // namespace kkori::cli
