#pragma once
// The project round from a résumé (docs/resume.md, "The project round"): a track round whose
// areas include `project` asks the questions generated from the user's résumé instead of the
// bank's generic project templates. Each asked question is its rubric's bank question (the
// `bank_id`: keypoints, model answer, hints, followups) with the generated prompt, so grading,
// tail questions and review cards work unchanged.
// Pure: the front end loads the résumé (saved or read from a file) and passes it in as data.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "core/track.hpp"
#include "json/json.hpp"

namespace kkori::interview {

enum class ResumeKind { claim, technology, template_question };

std::string_view to_string(ResumeKind k);  // "claim" | "technology" | "template"
std::optional<ResumeKind> parse_resume_kind(std::string_view s);

// The résumé words a question is about: UTF-8 byte offsets into the résumé text, 1-based lines.
struct ResumeSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  int line = 0;
  int end_line = 0;
  std::string text;  // the quoted words
};

// One generated question (resume::ResumeQuestion as plain data).
struct ResumeItem {
  Bilingual text;
  ResumeKind kind = ResumeKind::template_question;
  std::string bank_id;  // the bank question whose rubric grades the answer; empty = none (never asked)
  std::string key;      // the résumé module's key ("speed.change", "purpose", a concept id)
  std::string project;  // the project's title
  ResumeSpan source;
};

struct ResumeProject {
  std::string title;
  std::vector<ResumeItem> questions;  // in the résumé module's order
};

// One résumé's questions, as the planner takes them.
struct ResumeQuestions {
  std::int64_t id = 0;  // the saved résumé's id; 0 = read from a file and not stored
  std::string title;
  std::vector<ResumeProject> projects;
};

// A round that takes résumé questions: its areas include `project`.
bool is_resume_round(const Round& r);
// The first track with a résumé round, or nullptr.
const Track* first_resume_track(const bank::Bank& bank);

// How many roots a résumé round asks: `count`, or fewer when `question_minutes` · count would
// not fit in `minutes` (at least one).
int resume_round_size(const Round& r);

// Up to `n` questions for the round, a spread: kinds taken in turn (claim, technology, template),
// each kind going round the projects in résumé order; a question is skipped when its bank_id is
// empty, not in the bank, already in `used` or already picked (a bank question is asked at most
// once per session). Returned in asking order: claims first, then technology, then templates.
std::vector<ResumeItem> pick_resume_questions(const bank::Bank& bank, const ResumeQuestions& r, int n,
                                              const std::set<std::string>& used);

// The question asked for `item`: `rubric` (its bank_id question) with the generated prompt.
Question resume_question(const Question& rubric, const ResumeItem& item);

// JSON forms (the stored résumé's questions and the session plan share them; fields only added):
//   item: {"text": {"ko", "en"}, "kind", "bank_id", "key", "project",
//          "source": {"start", "end", "line", "end_line", "text"}}
//   questions: {"version": 1, "projects": [{"title", "questions": [item, ...]}]}
Json resume_item_to_json(const ResumeItem& item);
Result<ResumeItem> resume_item_from_json(const Json& j);
Json resume_questions_to_json(const ResumeQuestions& r);
// Reads the "projects" of a stored form; id and title are the caller's.
Result<ResumeQuestions> resume_questions_from_json(const Json& j);

}  // namespace kkori::interview
