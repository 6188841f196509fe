#pragma once
// A drill: one root question and its chain of tail questions, then the next root, until the user
// stops. Pure state machine: no I/O, time passed in, the grader injected.
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "interview/answer_grader.hpp"
#include "interview/followup.hpp"

namespace kkori::interview {

struct Turn {
  std::string question_id;
  int depth = 0;  // 0 = root
  std::string answer;
  GradeResult grade;
  std::int64_t elapsed_ms = 0;
  int hints_used = 0;
  std::string asked_because;  // followup reason, "" for a root
  std::string root_id;        // the root of this turn's chain
  std::string round_id;       // set by an Interview, "" in a drill
};

struct Feedback {
  const Turn* turn = nullptr;
  Decision next;  // what happens after this answer
};

class Drill {
 public:
  // REQUIRES: bank and grader outlive the drill; `root` is a question of the bank.
  Drill(const bank::Bank& bank, const AnswerGrader& grader, const Question& root, const PolicyConfig& cfg = {});

  const Question& current() const { return *current_; }
  int depth() const { return chain_.depth; }
  const std::string& asked_because() const { return reason_; }
  bool chain_over() const { return chain_over_; }
  const std::vector<Turn>& turns() const { return turns_; }
  const std::set<std::string>& asked() const { return asked_; }

  // The next hint for the current question, or nullopt when all are shown.
  std::optional<Bilingual> hint();
  // Grades the answer and decides what comes next; moves to the tail question if one is asked.
  Feedback answer(std::string answer_text, std::int64_t elapsed_ms);
  // Starts a new chain at `root` (after chain_over(), or to abandon the current one); `max_depth`
  // overrides the configured tail depth for this chain.
  void start_root(const Question& root, std::optional<int> max_depth = std::nullopt);
  // Why the last chain ended ("" while it runs).
  const std::string& chain_end_reason() const { return end_reason_; }
  const std::string& root_id() const { return root_id_; }
  // Tags the turns this drill records from now on with a round id.
  void set_round(std::string round_id) { round_id_ = std::move(round_id); }

 private:
  const bank::Bank& bank_;
  const AnswerGrader& grader_;
  PolicyConfig cfg_;
  const Question* current_ = nullptr;
  ChainState chain_;
  int hints_used_ = 0;
  std::string reason_;
  bool chain_over_ = false;
  std::string end_reason_;
  std::string root_id_;
  std::string round_id_;
  int default_depth_ = 3;
  std::set<std::string> asked_;
  std::vector<Turn> turns_;
};

// Picks a root question for `topic`: an exact id, an area name, or search words; `pick` chooses
// among candidates (inject randomness). Returns nullptr when nothing matches.
const Question* choose_root(const bank::Bank& bank, const std::vector<const Question*>& candidates,
                            const std::set<std::string>& exclude, const std::function<std::size_t(std::size_t)>& pick);

}  // namespace kkori::interview
