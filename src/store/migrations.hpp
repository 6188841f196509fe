#pragma once
// Versioned schema. Migration i (1-based) brings the database from user_version i-1 to i.
// Never edit a shipped migration; append a new one.
//   v1: sessions, attempts (question id, answer, language, score, keypoint coverage JSON)
//   v2: sessions.seed, sessions.plan, sessions.report (interview sessions, resume, reports)
//   v3: cards (FSRS state per question / missed keypoint), card_reviews (the review log)
//   v4: applications, application_stages, application_notes, heard_questions, personal_questions
//   v5: judge_attempts (coding-judge verdicts per submission)
//   v6: resumes (saved résumé text, title and generated questions; written only on an explicit save)
#include <span>
#include <string_view>

namespace kkori::store {

std::span<const std::string_view> sqlite_migrations();

}  // namespace kkori::store
