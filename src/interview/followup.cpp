#include "interview/followup.hpp"

#include <algorithm>

namespace kkori::interview {

namespace {

bool covered(const std::vector<KeypointCoverage>& cov, const std::string& kp) {
  for (const auto& c : cov)
    if (c.keypoint == kp) return c.covered;
  return false;
}

}  // namespace

Decision decide(const Question& q, double score, bool dont_know, const std::vector<KeypointCoverage>& coverage,
                const MentionsFn& mentions, const ChainState& chain, const std::set<std::string>& asked,
                const std::function<const Question*(const std::string&)>& lookup, const PolicyConfig& cfg) {
  const bool miss = dont_know || score < cfg.bar;
  if (miss && chain.misses_in_row >= cfg.stop_after_misses)
    return NextRoot{std::to_string(chain.misses_in_row) + " misses in a row"};
  if (!dont_know && q.level == 1 && score < cfg.hint_below && !chain.hint_shown && !q.hints.empty())
    return OfferHint{0};
  if (chain.depth >= cfg.max_depth) return NextRoot{"depth limit"};

  auto usable = [&](const Followup& f) -> const Question* {
    if (asked.contains(f.target)) return nullptr;
    return lookup(f.target);
  };

  std::vector<AskTail> candidates;
  auto collect = [&](auto pred, auto reason) {
    for (const auto& f : q.followups) {
      const Question* t = usable(f);
      if (t && pred(f)) candidates.push_back(AskTail{t->id, reason(f)});
    }
  };
  auto is_mentions = [&](const Followup& f) {
    auto* m = std::get_if<WhenMentions>(&f.when);
    return m && mentions && mentions(m->terms);
  };
  auto is_covered = [&](const Followup& f) {
    auto* c = std::get_if<WhenCovered>(&f.when);
    return c && covered(coverage, c->keypoint);
  };
  auto is_missed = [&](const Followup& f) {
    auto* m = std::get_if<WhenMissed>(&f.when);
    return m && !covered(coverage, m->keypoint);
  };
  auto is_always = [](const Followup& f) { return std::holds_alternative<WhenAlways>(f.when); };
  auto mention_reason = [](const Followup& f) {
    const auto& t = std::get<WhenMentions>(f.when).terms;
    return "mentions: " + (t.empty() ? std::string() : t.front());
  };
  auto covered_reason = [](const Followup& f) { return "covered: " + std::get<WhenCovered>(f.when).keypoint; };
  auto missed_reason = [](const Followup& f) { return "missed: " + std::get<WhenMissed>(f.when).keypoint; };
  auto always_reason = [](const Followup&) { return std::string("always"); };

  if (!miss && !dont_know) {
    collect(is_mentions, mention_reason);
    collect(is_covered, covered_reason);
    collect(is_always, always_reason);
    collect(is_missed, missed_reason);
  } else {
    collect(is_missed, missed_reason);
    // After a miss, prefer an `always` tail that is not harder than this question.
    std::vector<AskTail> easy, hard;
    for (const auto& f : q.followups) {
      const Question* t = usable(f);
      if (!t || !is_always(f)) continue;
      (t->level <= q.level ? easy : hard).push_back(AskTail{t->id, "always"});
    }
    candidates.insert(candidates.end(), easy.begin(), easy.end());
    candidates.insert(candidates.end(), hard.begin(), hard.end());
  }
  if (candidates.empty()) return NextRoot{"no tail question fired"};
  return candidates.front();
}

}  // namespace kkori::interview
