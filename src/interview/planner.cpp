#include "interview/planner.hpp"

#include <algorithm>

namespace kkori::interview {

namespace {

// A question's topic for variety: its content file.
std::string topic_of(const Question& q) { return q.where.file; }

bool recently_good(const QuestionHistory* h, const PlanInput& in) {
  if (!h || h->attempts == 0) return false;
  const std::int64_t window = static_cast<std::int64_t>(in.recent_days) * 86'400'000;
  return h->last_score >= in.well && in.now_ms - h->last_at_ms < window;
}

// Weighted sampling without replacement, preferring topics not used yet in this session.
std::vector<std::string> pick(std::vector<const Question*> pool, int count, const PlanInput& in,
                              std::set<std::string>& used_ids, std::map<std::string, int>& used_topics,
                              std::mt19937_64& rng) {
  std::vector<std::string> out;
  while (static_cast<int>(out.size()) < count && !pool.empty()) {
    std::vector<double> w;
    w.reserve(pool.size());
    for (const Question* q : pool) {
      auto h = in.history.find(q->id);
      double x = candidate_weight(h == in.history.end() ? nullptr : &h->second, in.due.contains(q->id));
      x /= 1.0 + 2.0 * used_topics[topic_of(*q)];  // variety
      w.push_back(x);
    }
    std::discrete_distribution<std::size_t> dist(w.begin(), w.end());
    std::size_t i = dist(rng);
    const Question* q = pool[i];
    out.push_back(q->id);
    used_ids.insert(q->id);
    ++used_topics[topic_of(*q)];
    pool.erase(pool.begin() + static_cast<long>(i));
  }
  return out;
}

std::vector<const Question*> candidates(const bank::Bank& bank, const Round& r, const PlanInput& in,
                                        const std::set<std::string>& used, bool allow_recent) {
  std::vector<const Question*> out;
  for (const auto& q : bank.questions) {
    if (bank.is_tail(q.id) || used.contains(q.id)) continue;
    if (std::find(r.areas.begin(), r.areas.end(), q.area) == r.areas.end()) continue;
    if (!r.levels.empty() && std::find(r.levels.begin(), r.levels.end(), q.level) == r.levels.end()) continue;
    auto h = in.history.find(q.id);
    if (!allow_recent && recently_good(h == in.history.end() ? nullptr : &h->second, in)) continue;
    out.push_back(&q);
  }
  return out;
}

}  // namespace

double candidate_weight(const QuestionHistory* h, bool due) {
  double w = 1.0;
  if (h && h->attempts > 0) w = 0.5 + 1.5 * (1.0 - std::clamp(h->mean_score, 0.0, 1.0));
  if (due) w += 1.0;
  return w;
}

Plan plan_track(const bank::Bank& bank, const Track& track, const PlanInput& in) {
  Plan plan;
  plan.track_id = track.id;
  std::mt19937_64 rng(in.seed);
  std::set<std::string> used;
  std::map<std::string, int> topics;
  for (const auto& r : track.rounds) {
    if (is_resume_round(r) && in.resume) {
      auto asked = pick_resume_questions(bank, *in.resume, resume_round_size(r), used);
      if (!asked.empty()) {
        PlannedRound pr{r, {}, {}, RootSource::resume};
        for (auto& q : asked) {
          used.insert(q.bank_id);
          pr.roots.push_back(q.bank_id);
          pr.resume.push_back(std::move(q));
        }
        plan.resume_id = in.resume->id;
        plan.resume_title = in.resume->title;
        plan.rounds.push_back(std::move(pr));
        continue;
      }
    }
    auto pool = candidates(bank, r, in, used, false);
    if (static_cast<int>(pool.size()) < r.count) pool = candidates(bank, r, in, used, true);
    std::sort(pool.begin(), pool.end(), [](const Question* a, const Question* b) { return a->id < b->id; });
    PlannedRound pr{r, pick(pool, r.count, in, used, topics, rng)};
    if (is_resume_round(r)) pr.source = RootSource::no_resume;
    plan.rounds.push_back(std::move(pr));
  }
  return plan;
}

std::string_view to_string(RootSource s) {
  switch (s) {
    case RootSource::bank:
      return "bank";
    case RootSource::resume:
      return "resume";
    case RootSource::no_resume:
      return "no_resume";
  }
  return "bank";
}

const ResumeItem* Plan::resume_item(std::string_view round_id, std::string_view root_id) const {
  for (const auto& r : rounds) {
    if (r.round.id != round_id) continue;
    for (std::size_t i = 0; i < r.resume.size() && i < r.roots.size(); ++i)
      if (r.roots[i] == root_id) return &r.resume[i];
  }
  return nullptr;
}

Result<Plan> plan_topics(const bank::Bank& bank, const std::vector<std::string>& topics, int count, int minutes,
                         int max_depth, const PlanInput& in) {
  Round r;
  r.id = "topics";
  r.name = Bilingual{"주제 연습", "Topic practice"};
  r.count = count;
  r.minutes = minutes;
  r.max_depth = max_depth;
  std::vector<const Question*> pool;
  std::set<std::string> seen;
  std::vector<std::string> fixed;
  for (const auto& t : topics) {
    if (const Question* q = bank.find(t)) {
      if (seen.insert(q->id).second) fixed.push_back(q->id);
      continue;
    }
    bool matched = false;
    for (const auto& q : bank.questions) {
      bool hit = q.area == t || std::find(q.tags.begin(), q.tags.end(), t) != q.tags.end();
      if (!hit || bank.is_tail(q.id)) continue;
      matched = true;
      if (seen.insert(q.id).second) pool.push_back(&q);
    }
    if (!matched) return fail(Errc::not_found, "no question, area or tag named '" + t + "'");
  }
  std::mt19937_64 rng(in.seed);
  std::set<std::string> used(fixed.begin(), fixed.end());
  std::map<std::string, int> used_topics;
  int rest = std::max(0, count - static_cast<int>(fixed.size()));
  auto picked = pick(pool, rest, in, used, used_topics, rng);
  fixed.insert(fixed.end(), picked.begin(), picked.end());
  r.count = static_cast<int>(fixed.size());
  Plan plan;
  plan.track_id = "topics";
  plan.rounds.push_back(PlannedRound{r, fixed});
  return plan;
}

}  // namespace kkori::interview
