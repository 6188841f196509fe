#include "interview/drill.hpp"

namespace kkori::interview {

Drill::Drill(const bank::Bank& bank, const AnswerGrader& grader, const Question& root, const PolicyConfig& cfg)
    : bank_(bank), grader_(grader), cfg_(cfg), default_depth_(cfg.max_depth) {
  start_root(root);
}

void Drill::start_root(const Question& root, std::optional<int> max_depth) {
  cfg_.max_depth = max_depth.value_or(default_depth_);
  current_ = &root;
  root_id_ = root.id;
  end_reason_.clear();
  chain_ = ChainState{};
  hints_used_ = 0;
  reason_.clear();
  chain_over_ = false;
  asked_.insert(root.id);
}

std::optional<Bilingual> Drill::hint() {
  if (hints_used_ >= static_cast<int>(current_->hints.size())) return std::nullopt;
  chain_.hint_shown = true;
  return current_->hints[static_cast<std::size_t>(hints_used_++)];
}

Feedback Drill::answer(std::string answer_text, std::int64_t elapsed_ms) {
  Turn t;
  t.question_id = current_->id;
  t.depth = chain_.depth;
  t.grade = grader_.grade(*current_, answer_text);
  t.answer = std::move(answer_text);
  t.elapsed_ms = elapsed_ms;
  t.hints_used = hints_used_;
  t.asked_because = reason_;
  t.root_id = root_id_;
  t.round_id = round_id_;
  turns_.push_back(std::move(t));
  const Turn& turn = turns_.back();

  const bool miss = turn.grade.dont_know || turn.grade.score < cfg_.bar;
  chain_.misses_in_row = miss ? chain_.misses_in_row + 1 : 0;
  auto mentions = [&](std::span<const std::string> terms) { return grader_.mentions(turn.answer, terms); };
  auto lookup = [&](const std::string& id) { return bank_.find(id); };
  Decision d = decide(*current_, turn.grade.score, turn.grade.dont_know, turn.grade.coverage(), mentions, chain_,
                      asked_, lookup, cfg_);
  if (auto* ask = std::get_if<AskTail>(&d)) {
    current_ = bank_.find(ask->question_id);
    asked_.insert(ask->question_id);
    ++chain_.depth;
    chain_.hint_shown = false;
    hints_used_ = 0;
    reason_ = ask->reason;
  } else if (auto* next = std::get_if<NextRoot>(&d)) {
    chain_over_ = true;
    end_reason_ = next->reason;
  }
  return Feedback{&turn, d};
}

const Question* choose_root(const bank::Bank& bank, const std::vector<const Question*>& candidates,
                            const std::set<std::string>& exclude, const std::function<std::size_t(std::size_t)>& pick) {
  std::vector<const Question*> roots, any;
  for (const Question* q : candidates) {
    if (!q || exclude.contains(q->id)) continue;
    any.push_back(q);
    if (!bank.is_tail(q->id)) roots.push_back(q);
  }
  const auto& pool = roots.empty() ? any : roots;
  if (pool.empty()) return nullptr;
  return pool[pick(pool.size()) % pool.size()];
}

}  // namespace kkori::interview
