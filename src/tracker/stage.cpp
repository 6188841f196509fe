#include "tracker/stage.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace kkori::tracker {

namespace {

constexpr std::array<std::string_view, kStageCount> kStageNames = {
    "applied", "screening", "coding-test", "assignment", "interview", "reference-check",
    "offer",   "accepted",  "declined",    "rejected",   "withdrawn"};
constexpr std::array<std::string_view, 6> kRoundTypeNames = {"",          "technical",  "project",
                                                             "sysdesign", "behavioral", "executive"};
constexpr std::array<std::string_view, 5> kSourceNames = {"posting", "referral", "recruiter", "direct", "other"};

using S = Stage;
constexpr S kFromApplied[] = {S::screening, S::coding_test, S::assignment, S::interview, S::rejected, S::withdrawn};
constexpr S kFromScreening[] = {S::coding_test, S::assignment, S::interview, S::rejected, S::withdrawn};
constexpr S kFromCodingTest[] = {S::coding_test, S::assignment, S::interview, S::rejected, S::withdrawn};
constexpr S kFromAssignment[] = {S::coding_test, S::interview, S::rejected, S::withdrawn};
constexpr S kFromInterview[] = {S::interview, S::reference_check, S::offer, S::rejected, S::withdrawn};
constexpr S kFromReference[] = {S::interview, S::offer, S::rejected, S::withdrawn};
constexpr S kFromOffer[] = {S::accepted, S::declined, S::rejected};

// The rules, one row per stage in enum order. Read a row as "from X the next entry may be ...".
constexpr std::array<TransitionRule, kStageCount> kTable = {{
    {S::applied, kFromApplied},
    {S::screening, kFromScreening},
    {S::coding_test, kFromCodingTest},
    {S::assignment, kFromAssignment},
    {S::interview, kFromInterview},
    {S::reference_check, kFromReference},
    {S::offer, kFromOffer},
    {S::accepted, {}},
    {S::declined, {}},
    {S::rejected, {}},
    {S::withdrawn, {}},
}};

std::string canon(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == ' ') c = '-';
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

}  // namespace

std::string_view to_string(Stage s) { return kStageNames[static_cast<std::size_t>(s)]; }
std::string_view to_string(RoundType t) { return kRoundTypeNames[static_cast<std::size_t>(t)]; }
std::string_view to_string(Source s) { return kSourceNames[static_cast<std::size_t>(s)]; }

std::optional<Stage> parse_stage(std::string_view s) {
  std::string c = canon(s);
  for (std::size_t i = 0; i < kStageNames.size(); ++i)
    if (c == kStageNames[i]) return static_cast<Stage>(i);
  static constexpr std::pair<std::string_view, Stage> kAliases[] = {{"document-screening", S::screening},
                                                                    {"documents", S::screening},
                                                                    {"coding", S::coding_test},
                                                                    {"take-home", S::assignment},
                                                                    {"round", S::interview},
                                                                    {"background-check", S::reference_check},
                                                                    {"reference", S::reference_check},
                                                                    {"background", S::reference_check},
                                                                    {"rejection", S::rejected},
                                                                    {"withdrawal", S::withdrawn},
                                                                    {"accept", S::accepted},
                                                                    {"decline", S::declined}};
  for (const auto& [name, stage] : kAliases)
    if (c == name) return stage;
  return std::nullopt;
}

std::optional<RoundType> parse_round_type(std::string_view s) {
  std::string c = canon(s);
  if (c.empty()) return std::nullopt;
  for (std::size_t i = 1; i < kRoundTypeNames.size(); ++i)
    if (c == kRoundTypeNames[i]) return static_cast<RoundType>(i);
  if (c == "system-design") return RoundType::sysdesign;
  if (c == "behavioural" || c == "culture") return RoundType::behavioral;
  if (c == "tech") return RoundType::technical;
  return std::nullopt;
}

std::optional<Source> parse_source(std::string_view s) {
  std::string c = canon(s);
  for (std::size_t i = 0; i < kSourceNames.size(); ++i)
    if (c == kSourceNames[i]) return static_cast<Source>(i);
  if (c == "job-posting" || c == "ad") return Source::posting;
  return std::nullopt;
}

std::vector<std::string_view> stage_names() { return {kStageNames.begin(), kStageNames.end()}; }
std::vector<std::string_view> round_type_names() { return {kRoundTypeNames.begin() + 1, kRoundTypeNames.end()}; }
std::vector<std::string_view> source_names() { return {kSourceNames.begin(), kSourceNames.end()}; }

std::span<const TransitionRule> transition_table() { return kTable; }

std::span<const Stage> next_stages(Stage from) { return kTable[static_cast<std::size_t>(from)].to; }

bool allowed(Stage from, Stage to) {
  auto next = next_stages(from);
  return std::find(next.begin(), next.end(), to) != next.end();
}

bool is_terminal(Stage s) { return next_stages(s).empty(); }

bool awaits_reply(Stage s) {
  switch (s) {
    case S::applied:
    case S::screening:
    case S::coding_test:
    case S::assignment:
    case S::interview:
    case S::reference_check:
      return true;
    default:
      return false;
  }
}

std::string_view content_stage(Stage s, RoundType t) {
  switch (s) {
    case S::screening:
      return "screening";
    case S::coding_test:
    case S::assignment:
      return "coding";
    case S::interview:
      return t == RoundType::none ? std::string_view{} : to_string(t);
    default:
      return {};
  }
}

}  // namespace kkori::tracker
