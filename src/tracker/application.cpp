#include "tracker/application.hpp"

#include <string>

namespace kkori::tracker {

namespace {

constexpr std::size_t kMaxName = 200;

std::string list_names(std::span<const Stage> stages) {
  std::string out;
  for (Stage s : stages) out += (out.empty() ? "" : ", ") + std::string(to_string(s));
  return out.empty() ? "none" : out;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

int Application::rounds() const {
  int n = 0;
  for (const auto& s : stages) n += s.stage == Stage::interview;
  return n;
}

const StageEntry* Application::stage(std::int64_t stage_id) const {
  for (const auto& s : stages)
    if (s.id == stage_id) return &s;
  return nullptr;
}

const StageEntry* Application::round(int n) const {
  for (const auto& s : stages)
    if (s.stage == Stage::interview && s.round == n) return &s;
  return nullptr;
}

Outcome outcome(const Application& a) {
  switch (a.current()) {
    case Stage::offer:
      return Outcome::offer;
    case Stage::accepted:
      return Outcome::accepted;
    case Stage::declined:
      return Outcome::declined;
    case Stage::rejected:
      return Outcome::rejected;
    case Stage::withdrawn:
      return Outcome::withdrawn;
    default:
      return Outcome::active;
  }
}

std::string_view to_string(Outcome o) {
  static constexpr std::string_view kNames[] = {"active", "offer", "accepted", "declined", "rejected", "withdrawn"};
  return kNames[static_cast<std::size_t>(o)];
}

Result<StageEntry> check_next(const Application& a, StageEntry next) {
  const Stage from = a.current();
  if (next.stage == Stage::applied)
    return fail(Errc::invalid_input, "'applied' is where every application starts; it cannot be added",
                Location{{}, 0, 0, "stage"});
  if (!allowed(from, next.stage))
    return fail(Errc::conflict,
                "cannot go from " + std::string(to_string(from)) + " to " + std::string(to_string(next.stage)) +
                    " (allowed next: " + list_names(next_stages(from)) + ")",
                Location{{}, 0, 0, "stage"});
  if (next.stage == Stage::interview) {
    if (next.type == RoundType::none)
      return fail(Errc::invalid_input,
                  "an interview round needs a type (technical, project, sysdesign, behavioral, executive)",
                  Location{{}, 0, 0, "type"});
    const int expected = a.rounds() + 1;
    if (next.round != 0 && next.round != expected)
      return fail(Errc::invalid_input,
                  "this is interview round " + std::to_string(expected) + ", not " + std::to_string(next.round),
                  Location{{}, 0, 0, "round"});
    next.round = expected;
  } else {
    if (next.type != RoundType::none)
      return fail(Errc::invalid_input, "only interview rounds have a type", Location{{}, 0, 0, "type"});
    if (next.round != 0)
      return fail(Errc::invalid_input, "only interview rounds have a number", Location{{}, 0, 0, "round"});
  }
  if (next.at_ms < a.last_at_ms())
    return fail(Errc::invalid_input,
                "dates go forward: " + std::string(to_string(next.stage)) + " cannot be before the previous " +
                    (a.stages.empty() ? std::string("application date") : std::string(to_string(from))),
                Location{{}, 0, 0, "date"});
  return next;
}

Result<void> check_application(const Application& a) {
  if (blank(a.company)) return fail(Errc::invalid_input, "company is required", Location{{}, 0, 0, "company"});
  if (blank(a.role)) return fail(Errc::invalid_input, "role is required", Location{{}, 0, 0, "role"});
  if (a.company.size() > kMaxName)
    return fail(Errc::invalid_input, "company is longer than 200 bytes", Location{{}, 0, 0, "company"});
  if (a.role.size() > kMaxName)
    return fail(Errc::invalid_input, "role is longer than 200 bytes", Location{{}, 0, 0, "role"});
  return {};
}

}  // namespace kkori::tracker
