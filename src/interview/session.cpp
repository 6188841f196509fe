#include "interview/session.hpp"

namespace kkori::interview {

Interview::Interview(const bank::Bank& bank, const AnswerGrader& grader, Plan plan, std::int64_t start_ms,
                     const PolicyConfig& policy)
    : bank_(bank), plan_(std::move(plan)) {
  // Drop empty rounds so the state machine never stands on nothing.
  std::erase_if(plan_.rounds, [](const PlannedRound& r) { return r.roots.empty(); });
  if (plan_.rounds.empty()) {
    done_ = true;
    return;
  }
  drill_.emplace(bank_, grader, root_question(0, 0), policy);
  round_started_ms_ = start_ms;
  begin_root(start_ms);
}

std::string Interview::why() const {
  if (!drill_) return {};  // an empty plan: nothing is asked
  return drill_->depth() == 0 ? std::string("root") : drill_->asked_because();
}

const Question& Interview::root_question(std::size_t r, std::size_t i) {
  const PlannedRound& pr = plan_.rounds[r];
  const Question& rubric = *bank_.find(pr.roots[i]);
  if (i >= pr.resume.size()) return rubric;
  auto q = std::make_shared<const Question>(resume_question(rubric, pr.resume[i]));
  resume_prev_ = std::move(resume_root_);  // what current() returned before this answer
  resume_root_ = q;                        // the caller points the drill at this one
  return *q;
}

const ResumeItem* Interview::resume_item() const {
  if (done_ || !drill_ || drill_->depth() != 0) return nullptr;
  const PlannedRound& pr = plan_.rounds[round_];
  return root_ < pr.resume.size() ? &pr.resume[root_] : nullptr;
}

void Interview::begin_root(std::int64_t now_ms) {
  if (!drill_) return;  // an empty plan has no roots
  const PlannedRound& r = plan_.rounds[round_];
  drill_->start_root(root_question(round_, root_), r.round.max_depth);
  drill_->set_round(r.round.id);
  question_started_ms_ = now_ms;
}

std::int64_t Interview::question_left_ms(std::int64_t now_ms) const {
  const Round& r = round().round;
  std::int64_t per =
      r.question_minutes > 0 ? r.question_minutes * 60'000LL : r.minutes * 60'000LL / std::max(1, r.count);
  return per - (now_ms - question_started_ms_);
}

std::int64_t Interview::round_left_ms(std::int64_t now_ms) const {
  return round().round.minutes * 60'000LL - (now_ms - round_started_ms_);
}

Feedback Interview::answer(std::string text, std::int64_t now_ms) {
  if (!drill_) return Feedback{nullptr, NextRoot{"no questions"}};  // an empty plan is done() from the start
  Feedback fb = drill_->answer(std::move(text), now_ms - question_started_ms_);
  question_started_ms_ = now_ms;
  const bool out_of_time = round_left_ms(now_ms) <= 0;
  if (drill_->chain_over() || (out_of_time && !std::holds_alternative<OfferHint>(fb.next))) {
    std::string reason = drill_->chain_over() ? drill_->chain_end_reason() : "time";
    ends_.push_back(ChainEnd{drill_->root_id(), round().round.id, reason});
    if (out_of_time) fb.next = NextRoot{"time"};
    advance(now_ms);
  }
  return fb;
}

void Interview::advance(std::int64_t now_ms) {
  const bool out_of_time = round_left_ms(now_ms) <= 0;
  ++root_;
  if (out_of_time || root_ >= plan_.rounds[round_].roots.size()) {
    ++round_;
    root_ = 0;
    round_started_ms_ = now_ms;
  }
  if (round_ >= plan_.rounds.size()) {
    done_ = true;
    round_ = plan_.rounds.size() - 1;
    return;
  }
  begin_root(now_ms);
}

void Interview::quit() {
  if (done_ || !drill_) return;
  ends_.push_back(ChainEnd{drill_->root_id(), round().round.id, "quit"});
  done_ = true;
}

}  // namespace kkori::interview
