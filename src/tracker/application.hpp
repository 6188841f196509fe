#pragma once
// One job application and its history: the stages it went through (or is scheduled for), notes,
// and the questions heard in its rounds. Adding a stage goes through `check_next`, which applies
// the transition table (stage.hpp) and the rules on rounds and dates.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "tracker/stage.hpp"

namespace kkori::tracker {

inline constexpr std::int64_t kDayMs = 86'400'000;

struct StageEntry {
  std::int64_t id = 0;
  Stage stage = Stage::applied;
  int round = 0;                     // interview: 1..n in order; 0 otherwise
  RoundType type = RoundType::none;  // interview only
  std::int64_t at_ms = 0;            // when it happened, or is scheduled (in the future)
  std::string note;
};

struct Note {
  std::int64_t id = 0;
  std::int64_t at_ms = 0;
  std::string text;
};

// A question the interviewer asked, as the candidate remembers it.
struct Heard {
  std::int64_t id = 0;
  std::int64_t application_id = 0;
  std::int64_t stage_id = 0;  // the round it was asked in; 0 = not tied to a round
  std::string text;
  std::string question_id;  // confirmed bank question or personal question ("me.…"); "" = not linked yet
  std::int64_t at_ms = 0;
};

struct Application {
  std::int64_t id = 0;
  std::string company;
  std::string role;  // free text: "ML Engineer", "AI Research Intern"
  Source source = Source::posting;
  std::int64_t applied_at_ms = 0;
  std::vector<StageEntry> stages;  // in order; the implicit first stage is `applied` at applied_at_ms
  std::vector<Note> notes;
  std::vector<Heard> heard;

  Stage current() const { return stages.empty() ? Stage::applied : stages.back().stage; }
  // Date of the newest stage entry (applied_at_ms when none).
  std::int64_t last_at_ms() const { return stages.empty() ? applied_at_ms : stages.back().at_ms; }
  int rounds() const;  // interview rounds so far
  const StageEntry* stage(std::int64_t stage_id) const;
  // The interview entry with this round number, or nullptr.
  const StageEntry* round(int n) const;
};

// Where an application stands, from its current stage.
enum class Outcome { active, offer, accepted, declined, rejected, withdrawn };
Outcome outcome(const Application& a);
std::string_view to_string(Outcome o);

// Validates `next` as the application's next stage entry and fills in what the rules decide:
// - the move must be in the transition table (e.g. nothing after `rejected`, `offer` only after
//   an interview or a reference check);
// - an interview needs a round type and gets the next round number (a given round must equal it);
//   other stages must not have a round type or number;
// - dates never go backwards (not before the previous entry, nor before the application date).
// Errors are `conflict` (the move) or `invalid_input` (the fields), with field names as locations.
Result<StageEntry> check_next(const Application& a, StageEntry next);

// Validates the fields of a new application (company and role required, lengths bounded).
Result<void> check_application(const Application& a);

}  // namespace kkori::tracker
