#pragma once
// Versioned schema. Migration i (1-based) brings the database from user_version i-1 to i.
// Never edit a shipped migration; append a new one.
//   v1: sessions, attempts (question id, answer, language, score, keypoint coverage JSON)
//   v2: sessions.seed, sessions.plan, sessions.report (interview sessions, resume, reports)
//   v3: cards (FSRS state per question / missed keypoint), card_reviews (the review log)
#include <span>
#include <string_view>

namespace kkori::store {

std::span<const std::string_view> sqlite_migrations();

}  // namespace kkori::store
