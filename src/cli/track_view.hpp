#pragma once
// Terminal renderings for `kkori track`: dates in local time, an application's one-line summary,
// its timeline, reminders and the funnel.
#include <cstdint>
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "tracker/application.hpp"
#include "tracker/funnel.hpp"
#include "tracker/reminders.hpp"

namespace kkori::cli {

// "2025-03-14", "2025-03-14 15:30" or "2025-03-14T15:30" in local time; nullopt when malformed.
std::optional<std::int64_t> parse_date(const std::string& s);
std::string format_date(std::int64_t ms);      // "2025-03-14"
std::string format_datetime(std::int64_t ms);  // "2025-03-14 15:30" ("2025-03-14" at midnight)

// "interview #2 (technical)", "coding-test", ...
std::string stage_label(const tracker::StageEntry& e);

void print_application_row(Context& ctx, const tracker::Application& a);
void print_timeline(Context& ctx, const tracker::Application& a, std::int64_t now_ms);
void print_reminder(Context& ctx, const tracker::Reminder& r);
void print_funnel(Context& ctx, const tracker::Funnel& f);

}  // namespace kkori::cli
