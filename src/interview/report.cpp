#include "interview/report.hpp"

#include <algorithm>
#include <map>

namespace kkori::interview {

Report make_report(const bank::Bank& bank, const std::vector<Turn>& turns, const std::vector<ChainEnd>& ends,
                   double bar) {
  Report r;
  double sum = 0;
  std::map<std::pair<std::string, std::string>, std::size_t> index;  // (round, root) -> topic
  for (const auto& t : turns) {
    ++r.answered;
    sum += t.grade.score;
    r.dont_know += t.grade.dont_know;
    auto key = std::make_pair(t.round_id, t.root_id);
    auto [it, fresh] = index.emplace(key, r.topics.size());
    if (fresh) r.topics.push_back(TopicReport{t.root_id, t.round_id, 0, 0, 0, ""});
    TopicReport& tp = r.topics[it->second];
    tp.mean_score = (tp.mean_score * tp.asked + t.grade.score) / (tp.asked + 1);
    ++tp.asked;
    if (!t.grade.dont_know && t.grade.score >= bar) tp.depth_reached = std::max(tp.depth_reached, t.depth + 1);

    const Question* q = bank.find(t.question_id);
    if (!q) continue;
    double total = 0;
    for (const auto& k : q->keypoints) total += k.weight;
    for (const auto& kr : t.grade.keypoints) {
      if (kr.covered) continue;
      const Keypoint* kp = q->keypoint(kr.id);
      if (!kp || total <= 0) continue;
      double w = kp->weight / total;
      r.study.push_back(StudyItem{q->id, kp->id, w, kr.coverage, w * (1 - kr.coverage)});
    }
  }
  if (r.answered) r.mean_score = sum / r.answered;
  for (const auto& e : ends) {
    auto it = index.find({e.round_id, e.root_id});
    if (it != index.end()) r.topics[it->second].stopped = e.reason;
  }
  std::stable_sort(r.study.begin(), r.study.end(),
                   [](const StudyItem& a, const StudyItem& b) { return a.priority > b.priority; });
  return r;
}

Report make_report(const bank::Bank& bank, const Plan& plan, const std::vector<Turn>& turns,
                   const std::vector<ChainEnd>& ends, double bar) {
  Report r = make_report(bank, turns, ends, bar);
  for (auto& t : r.topics)
    if (const ResumeItem* item = plan.resume_item(t.round_id, t.root_id)) t.resume = *item;
  return r;
}

}  // namespace kkori::interview
