#pragma once
// Résumés for the project round, shared by the terminal and the server (docs/resume.md): turn the
// résumé reader's questions into the planner's data, save a résumé with its questions, and load
// a saved one back for an interview.
#include <cstdint>
#include <string>
#include <string_view>

#include "interview/resume_round.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"
#include "store/resume_store.hpp"

namespace kkori::app {

// The questions of `r` (made from `text`) as the planner takes them; id 0, no title.
interview::ResumeQuestions round_questions(const resume::Report& r, std::string_view text);

// A title for a résumé without one: its first line with text, Markdown marks dropped, at most 80
// bytes (cut at a character boundary); "résumé" for none.
std::string default_title(std::string_view text);

// Makes the questions of `doc` and saves text and questions under `title`. Without a title, the
// same text saved before keeps its title and a new one is called `fallback_title` (default_title
// of the text when that is empty too). Saving the same text again keeps one row.
struct Saved {
  store::SavedResume row;  // without its text
  bool created = false;    // a new row (else the same text was saved before)
};
Result<Saved> save_resume(store::ResumeStore& st, const resume::Maker& maker, const resume::Document& doc,
                          std::string title, std::string fallback_title, std::int64_t now_ms);

// A saved résumé's questions for the planner (id and title filled in).
Result<interview::ResumeQuestions> round_questions(const store::SavedResume& saved);

}  // namespace kkori::app
