#pragma once
// The hiring pipeline as values: stages, interview round types, where an application came from,
// and the transition rules between stages as one table (docs/tracker.md).
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kkori::tracker {

// Stages in pipeline order. `applied` is implicit: every application starts there.
enum class Stage {
  applied,
  screening,        // document screening (서류 전형)
  coding_test,      // online coding test (코딩 테스트)
  assignment,       // take-home assignment (과제)
  interview,        // one interview round; rounds are numbered 1..n and have a RoundType
  reference_check,  // reference / background check (평판 조회)
  offer,            // offer received (처우 협의 / 오퍼)
  accepted,         // offer accepted (terminal)
  declined,         // offer declined (terminal)
  rejected,         // rejection at any point (terminal)
  withdrawn,        // the candidate withdrew (terminal)
};
inline constexpr int kStageCount = 11;

// What an interview round is about; `none` for every other stage.
enum class RoundType { none, technical, project, sysdesign, behavioral, executive };

enum class Source { posting, referral, recruiter, direct, other };

std::string_view to_string(Stage s);
std::string_view to_string(RoundType t);
std::string_view to_string(Source s);
// Canonical names ("coding-test") plus '_' spellings and aliases ("document-screening",
// "background-check", "rejection", "withdrawal"); nullopt when unknown.
std::optional<Stage> parse_stage(std::string_view s);
std::optional<RoundType> parse_round_type(std::string_view s);  // also "system-design", "behavioural"
std::optional<Source> parse_source(std::string_view s);

// Every canonical name, in order (for help texts and error messages).
std::vector<std::string_view> stage_names();
std::vector<std::string_view> round_type_names();  // without "none"
std::vector<std::string_view> source_names();

// One row of the transition table: from `from`, the application may move to any of `to`.
struct TransitionRule {
  Stage from;
  std::span<const Stage> to;
};

// The whole table, one row per stage (terminal stages have an empty `to`).
std::span<const TransitionRule> transition_table();
bool allowed(Stage from, Stage to);
std::span<const Stage> next_stages(Stage from);
bool is_terminal(Stage s);
// A stage after which the candidate waits for the company's answer: applied, screening, tests,
// interview rounds, reference checks.
bool awaits_reply(Stage s);

// The content format's interview stage (`seen_at.stage`, core/question.hpp kStages) for a stage
// and round type: interview+technical -> "technical", coding_test -> "coding", ...; "" when none.
std::string_view content_stage(Stage s, RoundType t);

}  // namespace kkori::tracker
