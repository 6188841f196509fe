#pragma once
// A mock interview: the planned rounds, each root followed by its tail questions, under the
// track's time budgets. Pure: the caller passes the time of every event.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "interview/drill.hpp"
#include "interview/planner.hpp"

namespace kkori::interview {

struct ChainEnd {
  std::string root_id;
  std::string round_id;
  std::string reason;  // "depth limit", "2 misses in a row", "no tail question fired", "time", "quit"
};

class Interview {
 public:
  // REQUIRES: every id in `plan` exists in `bank`; a round's `resume` is empty or as long as its
  // roots; bank and grader outlive the interview.
  Interview(const bank::Bank& bank, const AnswerGrader& grader, Plan plan, std::int64_t start_ms,
            const PolicyConfig& policy = {});

  bool done() const { return done_; }
  // For the root of a résumé round: the bank question with the résumé question's prompt. The
  // reference stays valid through the next answer() (front ends show the asked question after it).
  // REQUIRES (also for round()): the plan had a root; an empty plan is done() and has none.
  const Question& current() const { return drill_->current(); }
  // The résumé question being asked (a root of a résumé round), else nullptr.
  const ResumeItem* resume_item() const;
  const PlannedRound& round() const { return plan_.rounds[round_]; }
  std::size_t round_index() const { return round_; }
  int depth() const { return drill_ ? drill_->depth() : 0; }
  // "root" for a root question, else the `when` that fired ("mentions: momentum").
  std::string why() const;
  const Plan& plan() const { return plan_; }
  const std::vector<Turn>& turns() const { return drill_ ? drill_->turns() : no_turns_; }
  const std::vector<ChainEnd>& chain_ends() const { return ends_; }

  // Time left for the current question and round at `now_ms` (may be negative when over).
  std::int64_t question_left_ms(std::int64_t now_ms) const;
  std::int64_t round_left_ms(std::int64_t now_ms) const;

  std::optional<Bilingual> hint() { return drill_ ? drill_->hint() : std::nullopt; }
  // Grades the answer given at `now_ms` and moves on: the tail question, the next root, the next
  // round (when this one's roots or time ran out), or the end.
  Feedback answer(std::string text, std::int64_t now_ms);
  // Ends the session now; the current chain is recorded as ended by "quit".
  void quit();

 private:
  void begin_root(std::int64_t now_ms);
  void advance(std::int64_t now_ms);
  // The question to ask for root `i` of round `r`: the bank's, or the résumé question built on it.
  const Question& root_question(std::size_t r, std::size_t i);

  const bank::Bank& bank_;
  Plan plan_;
  std::optional<Drill> drill_;  // none when the plan has no root: done() from the start
  std::vector<Turn> no_turns_;  // turns() then
  std::size_t round_ = 0;
  std::size_t root_ = 0;
  std::int64_t round_started_ms_ = 0;
  std::int64_t question_started_ms_ = 0;
  bool done_ = false;
  std::vector<ChainEnd> ends_;
  // The résumé root being asked (the drill points into it) and the one before it (still valid
  // for the caller of answer()): on the heap so moving the interview keeps the pointers valid.
  std::shared_ptr<const Question> resume_root_;
  std::shared_ptr<const Question> resume_prev_;
};

}  // namespace kkori::interview
