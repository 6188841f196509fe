#pragma once
// Review cards and their log (scheduled by srs/, stored by store/).
#include <cstdint>
#include <string>

namespace kkori {

enum class CardKind { question, keypoint };

struct Card {
  std::int64_t id = 0;  // 0 = not stored yet
  CardKind kind = CardKind::question;
  std::string question_id;
  std::string keypoint_id;  // "" for a question card
  double stability = 0;     // 0 = never reviewed
  double difficulty = 0;
  std::int64_t due_ms = 0;
  std::int64_t last_review_ms = 0;
  int reps = 0;
  int lapses = 0;
};

struct CardReview {
  std::int64_t card_id = 0;
  std::int64_t reviewed_at_ms = 0;
  int rating = 3;        // 1 Again .. 4 Easy
  std::int64_t day = 0;  // local day index with rollover, for the optimiser's log
};

}  // namespace kkori
