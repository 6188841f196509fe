#pragma once
// JSON forms of applications and personal questions: the `--json` output, the HTTP API and the
// import/export file (format version 1; fields are only ever added). Personal questions use the
// content schema (docs/content-format.md) as JSON.
#include <string>
#include <vector>

#include "core/question.hpp"
#include "json/json.hpp"
#include "tracker/application.hpp"

namespace kkori::tracker {

inline constexpr int kExportVersion = 1;

Json stage_to_json(const StageEntry& e);
Json heard_to_json(const Heard& h);
// id, company, role, source, applied_at_ms, current, outcome, next (allowed next stages), rounds,
// last_at_ms, stages, notes, heard (with stage_index: which entry of stages it was asked in).
Json application_to_json(const Application& a);
Json question_to_json(const Question& q);

// Parsing reports the first problem with its JSON path ("applications[2].stages[0].stage").
Result<Question> question_from_json(const Json& j, const std::string& path = "question");

// An application from its JSON form. Stages are replayed through check_next, so an imported
// history obeys the same rules as one typed in; heard questions name their round by "round" (the
// interview number) or "stage_index" (into "stages"). Ids in the input are ignored.
Result<Application> application_from_json(const Json& j, const std::string& path = "application");

struct TrackerData {
  std::vector<Application> applications;
  std::vector<Question> personal;
};

// {"version": 1, "applications": [...], "personal_questions": [...]}
Json export_json(const TrackerData& d);
// Parses an export; `file` names the input in error messages ("file: error: path: message").
Result<TrackerData> import_json(const std::string& text, const std::string& file);

}  // namespace kkori::tracker
