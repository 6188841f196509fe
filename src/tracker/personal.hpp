#pragma once
// Personal questions: questions the user heard in interviews and keeps in their own bank. They use
// the content schema (core/question.hpp) with ids "me.<area>.<slug>", live in the database, and
// join the loaded bank — so drills, interviews and reviews find them — once they have a model
// answer to grade against.
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "bank/bank.hpp"
#include "core/lang.hpp"

namespace kkori::tracker {

inline constexpr std::string_view kPersonalPrefix = "me.";

bool is_personal_id(std::string_view id);
// The content id inside a personal id: "me.ml.adam-bias" -> "ml.adam-bias".
std::string content_id(std::string_view personal_id);

// Korean when the text has any Hangul, else English.
Lang guess_lang(std::string_view text);

// A slug from the Latin words of `text` (at most five words), "heard" when it has none; made unique
// against `taken` (full ids) with "-2", "-3", ...
std::string make_personal_id(const std::string& area, const std::string& text, const std::set<std::string>& taken);

struct PersonalDraft {
  std::string text;  // the question as heard
  std::string area;  // one of kAreas
  int level = 2;
  std::string role_kind;  // one of kRoles ("" = every role)
  std::string company;    // becomes seen_at
  std::string stage;      // content stage for seen_at ("technical", "coding", ...), may be ""
  std::string answer;     // optional model answer, in the language of `text`
};

// A new personal question from a draft; the prompt goes in the language of the text.
Result<Question> new_personal(const PersonalDraft& d, const std::set<std::string>& taken);

// The content rules that apply to a personal question: a "me.<area>.<slug>" id matching its area,
// level 1-3, known roles, a prompt, well-formed keypoints (unique ids, weight > 0, terms), at most
// three hints, known seen_at stages. Keypoints, hints and the model answer may be missing.
Result<void> check_personal(const Question& q);

// Has a model answer in at least one language, so it can be graded.
bool gradeable(const Question& q);

// Adds the gradeable personal questions to `bank` (a missing language is filled from the other
// so both views work), skipping ids the bank already has, and reindexes. Returns how many joined.
int merge_personal(bank::Bank& bank, std::span<const Question> personal);

}  // namespace kkori::tracker
